package io.github.eduplan.validation;

import java.util.Optional;

/** How rules compare what plans write: digits unified, white space ignored; never shown to users. */
final class Texts {
  private Texts() {}

  /**
   * Text for comparison: Thai digits as Arabic, lower case, no white space (line wraps put spaces
   * in words).
   */
  static String key(String text) {
    char[] key = new char[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isThaiDigit(c)) {
        key[n++] = (char) ('0' + (c - '๐'));
      } else if (c >= '\u0E00' && c <= '\u0E7F') {
        // Thai has no case. Most characters of a plan are Thai, and looking each one up in the
        // case table made keys about three times as slow.
        key[n++] = c;
      } else if (!isSpace(c)) {
        key[n++] = Character.toLowerCase(c);
      }
    }
    return new String(key, 0, n);
  }

  /** Whether a character is the white space of the regular expression class {@code \s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * A written number split into the part before its last numeric component and that component:
   * "๑.๒" is ("1.", 2), "S1-2" is ("S1-", 2), "(3)" is ("(", 3), "12" is ("", 12); empty when the
   * number has no digit. The component is the last run of digits of the {@linkplain #key key}, at
   * most its last nine (so that it fits an int), as the pattern {@code (\d{1,9})\D*$} finds it.
   */
  static Optional<Numbering> numbering(String written) {
    // The key, not the element number's key: the dots it drops at the end are not digits either.
    String k = key(written);
    int end = k.length();
    while (end > 0 && !isArabicDigit(k.charAt(end - 1))) {
      end--;
    }
    if (end == 0) {
      return Optional.empty();
    }
    int start = end - 1;
    while (start > 0 && isArabicDigit(k.charAt(start - 1)) && end - start < 9) {
      start--;
    }
    return Optional.of(new Numbering(k.substring(0, start), Integer.parseInt(k.substring(start, end))));
  }

  /** Whether a character is a digit, Arabic (0–9) or Thai (๐–๙): what plans write numbers with. */
  static boolean isArabicOrThaiDigit(char c) {
    return isArabicDigit(c) || isThaiDigit(c);
  }

  private static boolean isArabicDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isThaiDigit(char c) {
    return c >= '๐' && c <= '๙';
  }

  record Numbering(String prefix, int value) {}
}
