package io.github.eduplan.time;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Thai digits (เลขไทย ๐๑๒๓๔๕๖๗๘๙) and numbers as Thai plan documents write them: {@code ๒๕๖๕} ⇄
 * {@code 2565}, {@code ๘,๐๙๕,๖๐๖.๕๐} ⇄ 8095606.50, {@code 10,000.-}. Numbers inside names
 * ("ศตวรรษที่ ๒๑") are text, not values: this class converts only what it is given.
 *
 * <p>This class has no instances; its methods are pure and thread-safe.
 */
public final class ThaiDigits {
  /**
   * The most digits {@link #parseDecimal} reads before, and after, the decimal point, as written.
   * No plan value has more, and refusing longer text before any arithmetic keeps a hostile cell of
   * a million digits from costing {@code new BigDecimal} most of a minute.
   */
  public static final int MAX_DIGITS = 30;

  /** How much of a refused text an error message quotes. */
  private static final int QUOTED = 60;

  private static final char THAI_ZERO = '\u0E50';

  private ThaiDigits() {}

  /**
   * Replaces every Thai digit by the Arabic one; other characters are unchanged.
   *
   * @param text the text, not null
   * @return the text with Arabic digits, not null
   */
  public static String toArabic(CharSequence text) {
    if (!containsThaiDigit(text)) {
      return text.toString();
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      sb.append(isThaiDigit(c) ? (char) ('0' + (c - THAI_ZERO)) : c);
    }
    return sb.toString();
  }

  /**
   * Replaces every ASCII digit by the Thai one; other characters are unchanged.
   *
   * @param text the text, not null
   * @return the text with Thai digits, not null
   */
  public static String toThai(CharSequence text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      sb.append(c >= '0' && c <= '9' ? (char) (THAI_ZERO + (c - '0')) : c);
    }
    return sb.toString();
  }

  /**
   * Tells whether the text holds a Thai digit.
   *
   * @param text the text, not null
   * @return true if a character is one of ๐ to ๙
   */
  public static boolean containsThaiDigit(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (isThaiDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isThaiDigit(char c) {
    return c >= THAI_ZERO && c <= THAI_ZERO + 9;
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    return isThaiDigit(c) ? c - THAI_ZERO : -1;
  }

  /**
   * Parses a decimal number written with Thai or Arabic digits: an optional leading {@code -},
   * {@code ,} thousands separators in groups of three, an optional {@code .} with decimals, and an
   * optional trailing {@code .-} or {@code -} as in {@code 10,000.-}. Surrounding white space is
   * ignored. The scale is kept as written: {@code ๙๖.๐๐} gives 96.00. At most {@link #MAX_DIGITS}
   * digits before and after the point.
   *
   * @param text the text, not null
   * @return the number, not null
   * @throws NumberFormatException if the text is not such a number or has too many digits; the
   *     message quotes the text (its first 60 characters and its length when it is longer) and the
   *     0-based index of the first character that does not fit
   */
  public static BigDecimal parseDecimal(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int start = 0;
    int end = s.length();
    while (start < end && Character.isWhitespace(s.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      throw new NumberFormatException("not a number: '" + s + "' is blank");
    }
    if (s.startsWith(".-", end - 2) && end - 2 > start) {
      end -= 2;
    } else if (s.charAt(end - 1) == '-' && end - 1 > start) {
      end -= 1;
    }
    StringBuilder plain = new StringBuilder(end - start);
    int i = start;
    if (s.charAt(i) == '-') {
      plain.append('-');
      i++;
    }
    int intDigits = 0;
    int groupDigits = 0;
    boolean grouped = false;
    for (; i < end && s.charAt(i) != '.'; i++) {
      char c = s.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        plain.append((char) ('0' + d));
        intDigits++;
        groupDigits++;
        if (intDigits > MAX_DIGITS) {
          throw tooLong(s, i);
        }
      } else if (c == ',' && intDigits > 0 && (!grouped && groupDigits <= 3 || grouped && groupDigits == 3)) {
        grouped = true;
        groupDigits = 0;
      } else {
        throw bad(s, i);
      }
    }
    if (intDigits == 0 || grouped && groupDigits != 3) {
      throw bad(s, i);
    }
    if (i < end) {
      plain.append('.');
      i++;
      int decimals = 0;
      for (; i < end; i++) {
        int d = digit(s.charAt(i));
        if (d < 0) {
          throw bad(s, i);
        }
        plain.append((char) ('0' + d));
        decimals++;
        if (decimals > MAX_DIGITS) {
          throw tooLong(s, i);
        }
      }
      if (decimals == 0) {
        throw bad(s, i);
      }
    }
    return new BigDecimal(plain.toString());
  }

  private static NumberFormatException bad(String text, int index) {
    return new NumberFormatException("not a number: " + quoted(text) + " at index " + index);
  }

  private static NumberFormatException tooLong(String text, int index) {
    return new NumberFormatException("not a number: " + quoted(text) + " has more than " + MAX_DIGITS
        + " digits before or after the point (at index " + index + ")");
  }

  private static String quoted(String text) {
    return text.length() <= QUOTED
        ? "'" + text + "'"
        : "'" + text.substring(0, QUOTED) + "…' (" + text.length() + " characters)";
  }

  /**
   * Parses a whole number written with Thai or Arabic digits, with the rules of
   * {@link #parseDecimal} and no decimals.
   *
   * @param text the text, not null
   * @return the number
   * @throws NumberFormatException if the text is not a whole number that fits an {@code int}
   */
  public static int parseInt(CharSequence text) {
    BigDecimal value = parseDecimal(text);
    try {
      if (value.scale() > 0) {
        throw new ArithmeticException();
      }
      return value.intValueExact();
    } catch (ArithmeticException e) {
      throw new NumberFormatException("not a whole number that fits an int: '" + text + "'");
    }
  }

  /**
   * Formats a number with Arabic digits and {@code ,} thousands separators, keeping its scale:
   * 8095606.50 gives {@code 8,095,606.50}.
   *
   * @param value the number, not null
   * @return the text, not null
   */
  public static String format(BigDecimal value) {
    String plain = value.toPlainString();
    int sign = plain.startsWith("-") ? 1 : 0;
    int dot = plain.indexOf('.');
    int intEnd = dot < 0 ? plain.length() : dot;
    StringBuilder sb = new StringBuilder(plain.length() + plain.length() / 3);
    sb.append(plain, 0, sign);
    for (int i = sign; i < intEnd; i++) {
      if (i > sign && (intEnd - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(plain.charAt(i));
    }
    sb.append(plain, intEnd, plain.length());
    return sb.toString();
  }

  /**
   * Formats a number like {@link #format} with Thai digits: 8095606.50 gives
   * {@code ๘,๐๙๕,๖๐๖.๕๐}.
   *
   * @param value the number, not null
   * @return the text, not null
   */
  public static String formatThai(BigDecimal value) {
    return toThai(format(value));
  }
}
