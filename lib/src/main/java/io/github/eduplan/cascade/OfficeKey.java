package io.github.eduplan.cascade;

import io.github.eduplan.model.Office;
import io.github.eduplan.time.ThaiDigits;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How a served plan's office is matched to an office's name: as a reader means the name, not as it
 * is typed. Thai digits count as Arabic ones, white space (no-break spaces too) and case do not
 * count: "สพป.ตาก เขต ๒" and "สพป.ตาก  เขต 2" are the same office.
 */
final class OfficeKey {
  private OfficeKey() {}

  static String of(String written) {
    String arabic = ThaiDigits.toArabic(written);
    StringBuilder key = new StringBuilder(arabic.length());
    for (int i = 0; i < arabic.length(); i++) {
      char c = arabic.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B') {
        key.append(Character.toLowerCase(c));
      }
    }
    return key.toString();
  }

  /** The keys of an office's name and short name: one or two. */
  static Set<String> of(Office office) {
    Set<String> keys = new LinkedHashSet<>(2);
    keys.add(of(office.name()));
    office.shortName().ifPresent(s -> keys.add(of(s)));
    return keys;
  }
}
