package io.github.eduplan.validation;

import io.github.eduplan.time.ThaiDigits;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How rules compare what plans write: digits unified, white space ignored; never shown to users. */
final class Texts {
  private static final Pattern WHITE = Pattern.compile("\\s+");
  private static final Pattern LAST_NUMBER = Pattern.compile("(\\d{1,9})\\D*$");

  private Texts() {}

  /** Text for comparison: Thai digits as Arabic, no white space (line wraps put spaces in words). */
  static String key(String text) {
    return WHITE.matcher(ThaiDigits.toArabic(text)).replaceAll("").toLowerCase(Locale.ROOT);
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
