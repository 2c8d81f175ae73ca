package io.github.eduplan.diff;

import io.github.eduplan.internal.Bigrams;
import java.util.Arrays;

/**
 * How alike two titles or texts are, for matching elements that were reworded: the Dice
 * coefficient of their character bigrams after {@link #normalize normalising}. Thai has no spaces
 * between words, so bigrams of characters stand in for words; a rewording that keeps most of the
 * words keeps most of the bigrams.
 */
final class Similarity {
  private Similarity() {}

  /** The least similarity, in percent, of two elements of the same parent with the same number. */
  static final int SAME_NUMBER_PERCENT = 50;
  /** The least similarity, in percent, of two elements with different numbers or parents. */
  static final int OTHER_PERCENT = 70;

  private static final char NIKHAHIT = '\u0E4D';
  private static final char SARA_AA = '\u0E32';
  private static final char SARA_AM = '\u0E33';
  private static final char PAIYANNOI = '\u0E2F';
  private static final int[] NONE = new int[0];

  /**
   * The text as matching sees it: letters and combining marks only, lower case. White space, Thai
   * and Arabic digits, punctuation and symbols go (a number inside a title, "กลยุทธ์ที่ 1", is not
   * part of its wording), as does the abbreviation mark ฯ; sara am typed as nikhahit and sara aa
   * (ํ + า) becomes sara am (ำ), as the two look the same in print.
   */
  static String normalize(String text) {
    StringBuilder sb = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      char out;
      if (c == NIKHAHIT && i + 1 < n && text.charAt(i + 1) == SARA_AA) {
        out = SARA_AM;
      } else if (kept(c)) {
        out = Character.toLowerCase(c);
        if (out == c && sb == null) {
          continue;   // still a prefix of the text itself: nothing to copy yet
        }
      } else {
        out = 0;
      }
      if (sb == null) {
        sb = new StringBuilder(n).append(text, 0, i);
      }
      if (out != 0) {
        sb.append(out);
      }
      if (c == NIKHAHIT && out == SARA_AM) {
        i++;
      }
    }
    return sb == null ? text : sb.toString();
  }

  private static boolean kept(char c) {
    if (c == PAIYANNOI) {
      return false;
    }
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** The sorted bigrams of a normalised text, each two characters in one int; one for a single character. */
  static int[] bigrams(String normalized) {
    int n = normalized.length();
    if (n == 0) {
      return NONE;
    }
    if (n == 1) {
      return new int[] {normalized.charAt(0) << 16};
    }
    int[] grams = new int[n - 1];
    for (int i = 0; i + 1 < n; i++) {
      grams[i] = (normalized.charAt(i) << 16) | normalized.charAt(i + 1);
    }
    Arrays.sort(grams);
    return grams;
  }

  /** How many bigrams two sorted bigram lists share, counting repeats as often as both have them. */
  static int shared(int[] a, int[] b) {
    return Bigrams.shared(a, b);
  }

  /**
   * The Dice coefficient of two bigram lists, 2·shared / (|a| + |b|), from 0 to 1; 0 when either is
   * empty, since an empty text is no evidence that two elements are the same.
   */
  static double dice(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    return 2.0 * shared(a, b) / (a.length + b.length);
  }

  /**
   * Whether two bigram lists of these lengths can reach a threshold at all: they share at most the
   * shorter's bigrams, so 2·min / (|a| + |b|) bounds their similarity.
   */
  static boolean mayReach(int[] a, int[] b, int percent) {
    return 200L * Math.min(a.length, b.length) >= (long) percent * (a.length + b.length);
  }

  /** Whether a similarity reaches a threshold in percent, decided on exact integers. */
  static boolean reaches(int[] a, int[] b, int shared, int percent) {
    return a.length > 0 && b.length > 0 && 200L * shared >= (long) percent * (a.length + b.length);
  }
}
