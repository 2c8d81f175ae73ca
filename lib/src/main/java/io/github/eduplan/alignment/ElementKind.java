package io.github.eduplan.alignment;

/** The kinds of plan element that can link to higher-level plans. */
public enum ElementKind {
  /** The plan as a whole (its own alignment claims, often in prose). */
  PLAN("แผน"),
  /** A goal of the plan (เป้าประสงค์). */
  GOAL("เป้าประสงค์"),
  /** A strategy (กลยุทธ์). */
  STRATEGY("กลยุทธ์"),
  /** A strategic goal within a strategy (เป้าประสงค์เชิงกลยุทธ์). */
  STRATEGY_GOAL("เป้าประสงค์เชิงกลยุทธ์"),
  /** An indicator (ตัวชี้วัด) or one of its components. */
  INDICATOR("ตัวชี้วัด"),
  /** A project (โครงการ). */
  PROJECT("โครงการ");

  private final String thai;

  ElementKind(String thai) {
    this.thai = thai;
  }

  /**
   * Returns the Thai word for the kind, as table headers use it.
   *
   * @return the word, such as โครงการ, not null
   */
  public String thai() {
    return thai;
  }
}
