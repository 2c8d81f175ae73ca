package io.github.eduplan.internal;

import java.util.Arrays;

/** Character bigrams of a text, for the similarity of indicator texts and of revised elements. */
public final class Bigrams {
  private Bigrams() {}

  /**
   * The text's bigrams, each two characters in one int, sorted; empty for fewer than two characters.
   *
   * @param text the text, not null
   * @return the bigrams, not null
   */
  public static int[] sorted(String text) {
    if (text.length() < 2) {
      return new int[0];
    }
    int[] grams = new int[text.length() - 1];
    for (int i = 0; i + 1 < text.length(); i++) {
      grams[i] = (text.charAt(i) << 16) | text.charAt(i + 1);
    }
    Arrays.sort(grams);
    return grams;
  }

  /**
   * How many bigrams two sorted bigram lists share, counting repeats as often as both have them.
   *
   * @param a sorted bigrams, not null
   * @param b sorted bigrams, not null
   * @return the count
   */
  public static int shared(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int count = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        count++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return count;
  }
}
