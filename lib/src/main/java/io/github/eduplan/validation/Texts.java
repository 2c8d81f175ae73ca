package io.github.eduplan.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How rules compare what plans write: digits unified, white space ignored; never shown to users. */
final class Texts {
  private Texts() {}

  /** Text for comparison: Thai digits as Arabic, no white space (line wraps put spaces in words). */
  static String key(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && keeps(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return text;   // most texts are already their own key: no copy
    }
    StringBuilder sb = new StringBuilder(n);
    sb.append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        sb.append(keyChar(c));
      }
    }
    return sb.toString();
  }

  /** Whether a character is the white space of the regular expression class {@code \s}. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * The character a key has for a character that is not white space. ASCII and Thai are answered
   * here, in a method small enough for the JIT to inline into every loop over a text; only the rest
   * of Unicode calls {@link Character#toLowerCase(char)}, whose table lookup inlined here would make
   * this one too big to inline.
   */
  private static char keyChar(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    if (c >= '\u0E00' && c <= '\u0E7F') {
      // The Thai block has no case; its digits are keyed as Arabic ones.
      return c >= '\u0E50' && c <= '\u0E59' ? (char) ('0' + (c - '\u0E50')) : c;
    }
    return Character.toLowerCase(c);
  }

  /** How many characters at each end of a key {@link #keyHash} reads. */
  static final int HASHED = 16;

  /**
   * A hash of a text's {@link #key} made from its first and last {@value #HASHED} characters
   * (fewer when the key is shorter; the two ends may overlap), without making the key: texts with
   * the same key have the same hash, and a text is read at its two ends only instead of whole.
   * The hash is that of the key's first characters followed by its last ones from the end; -1 when
   * the key is empty (the text is white space or nothing).
   */
  static long keyHash(String text) {
    int n = text.length();
    int hash = 0;
    int taken = 0;
    for (int i = 0; i < n && taken < HASHED; i++) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        hash = 31 * hash + keyChar(c);
        taken++;
      }
    }
    if (taken == 0) {
      return -1;
    }
    taken = 0;
    for (int i = n - 1; i >= 0 && taken < HASHED; i--) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        hash = 31 * hash + keyChar(c);
        taken++;
      }
    }
    return hash & 0xFFFF_FFFFL;
  }

  /** Whether two texts have the same {@link #key}, without making the keys. */
  static boolean sameKey(String a, String b) {
    int i = 0;
    int j = 0;
    while (true) {
      while (i < a.length() && isSpace(a.charAt(i))) {
        i++;
      }
      while (j < b.length() && isSpace(b.charAt(j))) {
        j++;
      }
      if (i == a.length() || j == b.length()) {
        return i == a.length() && j == b.length();
      }
      if (keyChar(a.charAt(i++)) != keyChar(b.charAt(j++))) {
        return false;
      }
    }
  }

  /** Whether a character is its own key: not white space, not a Thai digit, not upper case. */
  private static boolean keeps(char c) {
    if (c < 0x80) {
      return c > ' ' ? c < 'A' || c > 'Z' : !isSpace(c);
    }
    if (c >= '\u0E00' && c <= '\u0E7F') {
      return c < '\u0E50' || c > '\u0E59';   // the Thai block has no case
    }
    return Character.toLowerCase(c) == c;
  }

  /**
   * A written number split into the part before its last numeric component and that component:
   * "๑.๒" is ("1.", 2), "S1-2" is ("S1-", 2), "(3)" is ("(", 3), "12" is ("", 12).
   */
  static Optional<Numbering> numbering(String written) {
    return Optional.ofNullable(numberingOrNull(written));
  }

  /**
   * {@link #numbering}, or null when the number has no digit. The component is the last run of
   * ASCII digits, at most its last nine (so that it fits an int), as the pattern
   * {@code (\d{1,9})\D*$} finds it.
   */
  static Numbering numberingOrNull(String written) {
    return numberingOrNull(written, null);
  }

  /**
   * {@link #numberingOrNull(String)}, with the prefix of {@code previous} (the numbering of the
   * element before, or null) where it is the same text, instead of a copy: in a series most
   * elements share their prefix ("1.1", "1.2", …).
   */
  static Numbering numberingOrNull(String written, Numbering previous) {
    // The key, not the number key: the dots the number key drops at the end are not digits either.
    String k = key(written);
    int end = k.length();
    while (end > 0 && !isDigit(k.charAt(end - 1))) {
      end--;
    }
    if (end == 0) {
      return null;
    }
    int start = end - 1;
    while (start > 0 && isDigit(k.charAt(start - 1)) && end - start < 9) {
      start--;
    }
    int value = 0;
    for (int i = start; i < end; i++) {
      value = value * 10 + (k.charAt(i) - '0');
    }
    String prefix = previous != null && previous.prefix().length() == start && k.startsWith(previous.prefix())
        ? previous.prefix()
        : k.substring(0, start);
    return new Numbering(prefix, value);
  }

  /** Where a match of a pattern can start: a character and the one after it. */
  interface MatchStart {
    boolean at(char c, char next);
  }

  /**
   * The matches {@code pattern.matcher(text).find()} finds, in order, with the pattern tried only
   * where {@code start} says a match can begin (and, after a match, from where it ends) instead of
   * at every character: for patterns whose matches begin with two known characters and hold no
   * other such beginning, in Thai text where most characters begin nothing.
   */
  static List<MatchResult> find(Pattern pattern, String text, MatchStart start) {
    List<MatchResult> out = new ArrayList<>(2);
    Matcher m = null;
    for (int at = 0; at < text.length() - 1; at++) {
      if (!start.at(text.charAt(at), text.charAt(at + 1))) {
        continue;
      }
      if (m == null) {
        m = pattern.matcher(text);
      }
      m.region(at, text.length());
      if (m.lookingAt()) {
        out.add(m.toMatchResult());
        at = m.end() - 1;
      }
    }
    return out;
  }

  /** Whether a character is a digit, Arabic (0–9) or Thai (๐–๙): what plans write numbers with. */
  static boolean isArabicOrThaiDigit(char c) {
    return (char) (c - '0') <= 9 || (char) (c - '๐') <= 9;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  record Numbering(String prefix, int value) {}
}
