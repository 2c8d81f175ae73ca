package io.github.eduplan.validation;

import io.github.eduplan.model.StrategicPlan;
import java.util.List;

/**
 * What one pass over each of the plan's texts ({@link IdentityRules#texts}) finds for the rules that
 * read every text, made once per validation: texts are most of a plan's bytes, and reading them
 * once instead of once per rule is most of what those rules cost. For each text: where its first
 * character outside Latin (with its extensions), ASCII and the Thai block is, which only the script
 * rule must look up; whether it has a run of exactly four digits, without which the year rule's
 * pattern cannot match; and whether it has the word เขต, without which no office is named.
 */
final class ScannedTexts {
  private static final Object KEY = new Object();
  private static final int FOUR_DIGITS = 1;
  private static final int KHET = 2;

  private final List<IdentityRules.TextSite> texts;
  private final int[] firstOther;
  private final byte[] flags;

  ScannedTexts(List<IdentityRules.TextSite> texts) {
    this.texts = texts;
    this.firstOther = new int[texts.size()];
    this.flags = new byte[texts.size()];
    for (int t = 0; t < texts.size(); t++) {
      scan(t, texts.get(t).text());
    }
  }

  static ScannedTexts of(StrategicPlan plan, RuleContext context) {
    return context.shared(KEY, () -> new ScannedTexts(IdentityRules.texts(plan, context)));
  }

  private void scan(int t, String s) {
    int other = -1;
    int found = 0;
    int run = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if ((char) (c - '\u0E01') <= '\u0E4F' - '\u0E01') {
        // Thai letters, vowels and tone marks, most of every text: first, in one comparison.
        if (run == 4) {
          found |= FOUR_DIGITS;
        }
        run = 0;
        if (c == 'เ' && i + 2 < n && s.charAt(i + 1) == 'ข' && s.charAt(i + 2) == 'ต') {
          found |= KHET;
        }
        continue;
      }
      if (Texts.isArabicOrThaiDigit(c)) {
        run++;
        continue;
      }
      if (run == 4) {
        found |= FOUR_DIGITS;
      }
      run = 0;
      if (other < 0 && !isPlain(c)) {
        other = i;
      }
    }
    if (run == 4) {
      found |= FOUR_DIGITS;
    }
    firstOther[t] = other;
    flags[t] = (byte) found;
  }

  /**
   * Whether a character is Latin (with its extensions), ASCII or in the Thai block: what plans are
   * made of, and what the script rule need not look up.
   */
  static boolean isPlain(char c) {
    return c < 0x0250 || (c >= 0x0E00 && c <= 0x0E7F);
  }

  /** The plan's texts, in the order of {@link IdentityRules#texts}. */
  List<IdentityRules.TextSite> texts() {
    return texts;
  }

  /** Where the text's first character outside Latin, ASCII and the Thai block is, or -1. */
  int firstOther(int text) {
    return firstOther[text];
  }

  /** Whether the text has a run of exactly four digits, Arabic or Thai. */
  boolean fourDigits(int text) {
    return (flags[text] & FOUR_DIGITS) != 0;
  }

  /** Whether the text has the word เขต, which every office name has. */
  boolean khet(int text) {
    return (flags[text] & KHET) != 0;
  }
}
