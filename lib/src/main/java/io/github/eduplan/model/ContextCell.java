package io.github.eduplan.model;

import io.github.eduplan.time.ThaiDigits;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * One cell of a {@link ContextTable} read as a number (ค่าในช่องตาราง): the text exactly as printed,
 * with Thai or Arabic digits, and the exact value it prints. {@code "๑,๒๓๔"} is 1234,
 * {@code "12.10"} is 12.10 with two decimals, {@code "-"} prints none (zero), {@code "1 : 19"} is
 * the ratio 19, {@code "17.50%"} is 17.50; a blank prints nothing and other words
 * ({@code "11 รร. 3 รร.สาขา"}) are text without a value.
 *
 * @param text the cell as printed, not null
 * @param kind what the text is
 * @param value the value printed: empty for a blank or text
 * @param decimals the decimals printed, 0 for a whole number, "-" or no value
 */
public record ContextCell(String text, Kind kind, Optional<BigDecimal> value, int decimals) {
  /** What a printed cell holds. */
  public enum Kind {
    /** A number, such as 1,234 or 42.10. */
    NUMBER,
    /** A dash: none, zero. */
    NONE,
    /** Nothing printed. */
    BLANK,
    /** A ratio written {@code 1 : x}. */
    RATIO,
    /** Words that are not a number. */
    TEXT
  }

  /**
   * Checks the parts are there.
   *
   * @param text the cell as printed, not null
   * @param kind what the text is, not null
   * @param value the value printed, not null
   * @param decimals the decimals printed
   * @throws NullPointerException if a part is null
   */
  public ContextCell {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
  }

  /**
   * Reads a printed cell.
   *
   * @param text the cell as printed, not null
   * @return the cell, not null; never fails: what is not a number is {@link Kind#TEXT}
   */
  public static ContextCell of(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return new ContextCell(text, Kind.BLANK, Optional.empty(), 0);
    }
    if (s.equals("-") || s.equals("–") || s.equals("—")) {
      return new ContextCell(text, Kind.NONE, Optional.of(BigDecimal.ZERO), 0);
    }
    int colon = s.indexOf(':');
    if (colon > 0 && s.indexOf(':', colon + 1) < 0) {
      Optional<BigDecimal> a = number(s.substring(0, colon));
      Optional<BigDecimal> b = number(s.substring(colon + 1));
      if (a.isPresent() && b.isPresent() && a.get().signum() > 0) {
        BigDecimal ratio = b.get().divide(a.get(), MathContext.DECIMAL64);
        return new ContextCell(text, Kind.RATIO, Optional.of(ratio), Math.max(0, b.get().scale()));
      }
      return new ContextCell(text, Kind.TEXT, Optional.empty(), 0);
    }
    String n = s.endsWith("%") ? s.substring(0, s.length() - 1) : s;
    Optional<BigDecimal> v = number(n);
    return v.map(d -> new ContextCell(text, Kind.NUMBER, Optional.of(d), Math.max(0, d.scale())))
        .orElseGet(() -> new ContextCell(text, Kind.TEXT, Optional.empty(), 0));
  }

  private static Optional<BigDecimal> number(String text) {
    String s = text.strip();
    if (s.startsWith("+")) {
      s = s.substring(1);
    }
    // A trailing dash is "-" after the number in ThaiDigits' money form, not a sign here.
    if (s.isEmpty() || s.endsWith("-") || !Character.isDigit(s.charAt(s.length() - 1))) {
      return Optional.empty();
    }
    try {
      return Optional.of(ThaiDigits.parseDecimal(s));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns whether the cell prints a value: a number, a ratio or a dash.
   *
   * @return true if {@link #value()} is present
   */
  public boolean hasValue() {
    return value.isPresent();
  }
}
