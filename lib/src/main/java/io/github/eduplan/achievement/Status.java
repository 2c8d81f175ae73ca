package io.github.eduplan.achievement;

/** The status band of an indicator's achievement, as {@link StatusBands} classes it. */
public enum Status {
  /** บรรลุเป้าหมาย: met. */
  MET("บรรลุเป้าหมาย"),
  /** ใกล้เคียงเป้าหมาย: nearly met. */
  NEARLY_MET("ใกล้เคียงเป้าหมาย"),
  /** ต่ำกว่าเป้าหมาย: below the target. */
  BELOW("ต่ำกว่าเป้าหมาย"),
  /** ประเมินไม่ได้: not assessable; never counted as below. */
  NOT_ASSESSABLE("ประเมินไม่ได้");

  private final String thai;

  Status(String thai) {
    this.thai = thai;
  }

  /**
   * Returns the Thai label.
   *
   * @return the label, such as บรรลุเป้าหมาย, not null
   */
  public String thai() {
    return thai;
  }
}
