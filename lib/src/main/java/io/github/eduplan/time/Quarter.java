package io.github.eduplan.time;

import java.time.Month;

/**
 * A quarter of the Thai government fiscal year (ไตรมาส): Q1 = October–December, Q2 =
 * January–March, Q3 = April–June, Q4 = July–September.
 */
public enum Quarter {
  /** ไตรมาส 1: October–December. */
  Q1,
  /** ไตรมาส 2: January–March. */
  Q2,
  /** ไตรมาส 3: April–June. */
  Q3,
  /** ไตรมาส 4: July–September. */
  Q4;

  private static final Quarter[] VALUES = values();

  /**
   * Returns the quarter of a number.
   *
   * @param number 1 to 4
   * @return the quarter, not null
   * @throws IllegalArgumentException if the number is not 1 to 4
   */
  public static Quarter of(int number) {
    if (number < 1 || number > 4) {
      throw new IllegalArgumentException("a fiscal quarter is 1 to 4: " + number);
    }
    return VALUES[number - 1];
  }

  /**
   * Returns the fiscal quarter a calendar month falls in.
   *
   * @param month the month, not null
   * @return the quarter, not null
   */
  public static Quarter ofMonth(Month month) {
    return VALUES[((month.getValue() + 2) % 12) / 3];
  }

  /**
   * Returns the quarter's number.
   *
   * @return 1 to 4
   */
  public int number() {
    return ordinal() + 1;
  }

  /**
   * Returns the quarter's first month: October for Q1.
   *
   * @return the month, not null
   */
  public Month firstMonth() {
    return Month.OCTOBER.plus(3L * ordinal());
  }

  /**
   * Returns the quarter's last month: December for Q1.
   *
   * @return the month, not null
   */
  public Month lastMonth() {
    return firstMonth().plus(2);
  }

  /**
   * Returns the quarter's Thai name: {@code ไตรมาส 1}.
   *
   * @return the name, not null
   */
  public String thaiName() {
    return "ไตรมาส " + number();
  }
}
