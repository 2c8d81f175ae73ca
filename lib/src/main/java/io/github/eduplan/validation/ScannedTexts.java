package io.github.eduplan.validation;

import io.github.eduplan.model.StrategicPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * What one pass over each of the plan's texts ({@link IdentityRules#texts}) finds for the rules that
 * read every text, made once per validation: texts are most of a plan's bytes, and reading them
 * once instead of once per rule is most of what those rules cost. Each fact lets a rule skip the
 * texts it cannot find anything in (most of them) without running its pattern.
 */
final class ScannedTexts {
  private static final RuleContext.SharedKey<List<Scan>> KEY = RuleContext.SharedKey.named("scanned texts");

  private ScannedTexts() {}

  /**
   * A text with what the pass found in it: where its first character outside Latin (with its
   * extensions), ASCII and the Thai block is (-1 when none), which only the script rule must look
   * at; whether it has a bidirectional control ({@link TextRules#isBidiControl}); whether it has a
   * run of exactly four digits, without which the year rule's pattern cannot match; and whether it
   * has the word เขต, without which no office is named.
   */
  record Scan(IdentityRules.TextSite site, int firstOther, boolean bidi, boolean fourDigits, boolean khet) {
    String text() {
      return site.text();
    }
  }

  /** The plan's texts scanned, in the order of {@link IdentityRules#texts}. */
  static List<Scan> of(StrategicPlan plan, RuleContext context) {
    return context.shared(KEY, () -> {
      List<IdentityRules.TextSite> texts = IdentityRules.texts(plan, context);
      List<Scan> out = new ArrayList<>(texts.size());
      texts.forEach(t -> out.add(scan(t)));
      return out;
    });
  }

  static Scan scan(IdentityRules.TextSite site) {
    String s = site.text();
    int firstOther = -1;
    boolean bidi = false;
    boolean fourDigits = false;
    int digits = 0;   // the digits just before i
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Texts.isArabicOrThaiDigit(c)) {
        digits++;
        continue;
      }
      fourDigits |= digits == 4;
      digits = 0;
      if (!isPlain(c)) {
        firstOther = firstOther < 0 ? i : firstOther;
        bidi |= TextRules.isBidiControl(c);
      }
    }
    fourDigits |= digits == 4;
    return new Scan(site, firstOther, bidi, fourDigits, s.contains("เขต"));
  }

  /**
   * Whether a character is Latin (with its extensions), ASCII or in the Thai block: what plans are
   * made of, and what the script rule need not look up.
   */
  static boolean isPlain(char c) {
    return c < 0x0250 || (c >= 0x0E00 && c <= 0x0E7F);
  }
}
