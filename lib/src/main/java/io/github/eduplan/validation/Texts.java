package io.github.eduplan.validation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How rules compare what plans write: digits unified, white space ignored; never shown to users. */
final class Texts {
  private static final Pattern LAST_NUMBER = Pattern.compile("(\\d{1,9})\\D*$");

  private Texts() {}

  /** Text for comparison: Thai digits as Arabic, no white space (line wraps put spaces in words). */
  static String key(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        continue;   // the white space of the regular expression class \s
      }
      if (c >= '\u0E50' && c <= '\u0E59') {
        sb.append((char) ('0' + (c - '\u0E50')));
      } else {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  /** A number for comparison: "๑.", "1", " 1 " all give "1". */
  static String numberKey(String number) {
    String k = key(number);
    int end = k.length();
    while (end > 0 && k.charAt(end - 1) == '.') {
      end--;
    }
    return k.substring(0, end);
  }

  /**
   * A written number split into the part before its last numeric component and that component:
   * "๑.๒" is ("1.", 2), "S1-2" is ("S1-", 2), "(3)" is ("(", 3), "12" is ("", 12).
   */
  static Optional<Numbering> numbering(String written) {
    String k = numberKey(written);
    Matcher m = LAST_NUMBER.matcher(k);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(new Numbering(k.substring(0, m.start(1)), Integer.parseInt(m.group(1))));
  }

  record Numbering(String prefix, int value) {}
}
