package io.github.eduplan.model;

import io.github.eduplan.time.ThaiDigits;

/**
 * How the number of a plan element (เลขข้อ: of a strategy, goal, guideline, indicator or project)
 * is compared: as a planner means it, not as it is typed. {@code "1."}, {@code "1"}, {@code "๑"},
 * {@code "(1)"}, {@code "1)"} and {@code " 1 "} are the same number; {@code "1.1"} and
 * {@code "๑.๑"} are the same; {@code "1.1"} and {@code "11"} are not.
 *
 * <p>Every part of the library that matches an element by number uses this one rule: a project's
 * strategy, an indicator's goal or guideline, a stated total's key, an alignment link's item, an
 * achievement key and a table's rows. Numbers are stored as written; only comparisons use the key.
 *
 * <p>This class is a namespace of pure functions; it is thread-safe.
 */
public final class ElementNumber {
  private ElementNumber() {}

  /**
   * Returns the key two numbers are compared by: Thai digits as Arabic ones, no white space, lower
   * case, without opening parentheses in front or closing parentheses and dots at the end.
   * Examples: {@code "๑.๒."} gives {@code "1.2"}, {@code "(3)"} gives {@code "3"}, {@code "S1-2"}
   * gives {@code "s1-2"}.
   *
   * @param written the number as written, not null
   * @return the key, not null; empty when the number is only white space, dots or parentheses
   */
  public static String key(CharSequence written) {
    String arabic = ThaiDigits.toArabic(written);
    StringBuilder key = new StringBuilder(arabic.length());
    for (int i = 0; i < arabic.length(); i++) {
      char c = arabic.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        key.append(Character.toLowerCase(c));
      }
    }
    int start = 0;
    while (start < key.length() && key.charAt(start) == '(') {
      start++;
    }
    int end = key.length();
    while (end > start && (key.charAt(end - 1) == '.' || key.charAt(end - 1) == ')')) {
      end--;
    }
    return key.substring(start, end);
  }

  /**
   * Tells whether two written numbers are the same number ({@link #key} of each is equal).
   *
   * @param a a number as written, not null
   * @param b another number as written, not null
   * @return true when they name the same element
   */
  public static boolean same(CharSequence a, CharSequence b) {
    return key(a).equals(key(b));
  }
}
