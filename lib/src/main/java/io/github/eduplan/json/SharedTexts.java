package io.github.eduplan.json;

/**
 * The short texts read so far in one document, so that an equal text read again is the same
 * {@code String}: numbers, units, frameworks, budget sources and groups recur in every project and
 * indicator of a plan, and sharing them saves about a third of the strings a plan would otherwise
 * hold (a quarter of its memory). The plan is equal either way. A table of the last text read into
 * each slot by hash: a text that meets another in its slot replaces it. Not thread-safe: one per
 * reading.
 */
final class SharedTexts {
  /** Texts up to this length are shared; longer ones are rarely repeated. */
  static final int MAX_LENGTH = 64;
  /** Slots of the table, a power of two: a plan has some hundreds of distinct short texts. */
  private static final int SLOTS = 512;

  private final String[] slots = new String[SLOTS];

  /**
   * Returns the text of the characters, the one read before when it is equal.
   *
   * @param length at most {@link #MAX_LENGTH}
   */
  String text(char[] chars, int offset, int length) {
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + chars[i];
    }
    int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
    String known = slots[slot];
    if (known != null && equal(known, chars, offset, length)) {
      return known;
    }
    String text = new String(chars, offset, length);
    slots[slot] = text;
    return text;
  }

  private static boolean equal(String text, char[] chars, int offset, int length) {
    if (text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (text.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
