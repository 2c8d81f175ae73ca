package io.github.eduplan.internal;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;

/**
 * The one rule for a name or number that must not be blank (an office's or a person's name, a
 * unit, a framework, a scale's name, a level): it needs at least one visible character. Invisible
 * are white space in Unicode's sense (including the no-break spaces U+00A0, U+2007 and U+202F and
 * the ideographic space U+3000), control characters, and the format characters of the Basic
 * Multilingual Plane (general category Cf: the soft hyphen U+00AD, the zero-width space U+200B and
 * joiners, the bidirectional marks, the word joiner U+2060, the byte order mark U+FEFF and the
 * others). A text made only of them looks empty on paper and in a table, so it names nothing.
 *
 * <p>The list of format characters is fixed (Unicode 15), not read from the running JDK, so that
 * the same text is refused on every JDK and the plan schema's pattern
 * ({@code plan.schema.json}, {@code $defs/name}) says exactly the same. Characters outside the
 * Basic Multilingual Plane always count as visible. Text is otherwise kept verbatim: this rule only
 * decides whether it is blank.
 */
public final class VisibleText {
  /** The format characters (Cf) of the Basic Multilingual Plane, as inclusive ranges. */
  static final ImmutableList<char[]> FORMAT_RANGES = ImmutableList.of(
      new char[] {'\u00AD', '\u00AD'},
      new char[] {'\u0600', '\u0605'},
      new char[] {'\u061C', '\u061C'},
      new char[] {'\u06DD', '\u06DD'},
      new char[] {'\u070F', '\u070F'},
      new char[] {'\u0890', '\u0891'},
      new char[] {'\u08E2', '\u08E2'},
      new char[] {'\u180E', '\u180E'},
      new char[] {'\u200B', '\u200F'},
      new char[] {'\u202A', '\u202E'},
      new char[] {'\u2060', '\u2064'},
      new char[] {'\u2066', '\u206F'},
      new char[] {'\uFEFF', '\uFEFF'},
      new char[] {'\uFFF9', '\uFFFB'});

  private static final CharMatcher INVISIBLE = invisible();

  private VisibleText() {}

  private static CharMatcher invisible() {
    CharMatcher m = CharMatcher.whitespace().or(CharMatcher.javaIsoControl());
    for (char[] range : FORMAT_RANGES) {
      m = m.or(CharMatcher.inRange(range[0], range[1]));
    }
    return m.precomputed();
  }

  /**
   * Tells whether a character is invisible in the sense of {@link #isBlank}.
   *
   * @param c the character
   * @return true for white space, a control or a format character
   */
  public static boolean isInvisible(char c) {
    return INVISIBLE.matches(c);
  }

  /**
   * Tells whether a text has no visible character: empty, or only white space, controls and
   * format characters.
   *
   * @param text the text, not null
   * @return true when the text is blank
   */
  public static boolean isBlank(CharSequence text) {
    return INVISIBLE.matchesAllOf(text);
  }
}
