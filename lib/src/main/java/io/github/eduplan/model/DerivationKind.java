package io.github.eduplan.model;

/**
 * How a printed cell of a {@link ContextTable} derives from other cells (ที่มาของค่าในช่อง).
 */
public enum DerivationKind {
  /** A total (รวม): the sum of the cells of its ranges; blank and "-" count as zero. */
  SUM,
  /** A difference (ผลต่าง, + / -): the first cell minus the second. */
  DIFFERENCE,
  /**
   * A percentage or share (ร้อยละ, คิดเป็นร้อยละ): the first cell as a percentage of the whole, the
   * sum of the other operands (one cell, or the ranges of a total the table does not print).
   */
  PERCENTAGE,
  /** An average (ค่าเฉลี่ย, ภาพรวม): the mean of the number cells of its ranges ("-" and blanks left out). */
  AVERAGE,
  /**
   * A ratio printed {@code 1 : x} (ครู : นักเรียน): x is the second cell divided by the first, so
   * "1 : 19" from 637 teachers and 11,879 students.
   */
  RATIO;

  /**
   * Returns whether the kind takes exactly two single cells.
   *
   * @return true for a difference and a ratio
   */
  public boolean binary() {
    return this == DIFFERENCE || this == RATIO;
  }

  /**
   * Returns whether the printed value is a rounded quotient rather than an exact sum or difference.
   *
   * @return true for a percentage, an average and a ratio
   */
  public boolean rounds() {
    return this == PERCENTAGE || this == AVERAGE || this == RATIO;
  }
}
