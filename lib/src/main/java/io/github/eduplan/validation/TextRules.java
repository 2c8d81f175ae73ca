package io.github.eduplan.validation;

import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.time.ThaiDigits;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules on the plan's free text: letters of a script no Thai plan uses (seed 003's indicator 1.4
 * has two Hebrew letters inside a Thai word, left by a font conversion), and a Buddhist Era year
 * that cannot be meant (seed 003 writes ปีการศึกษา 2654 for 2564). Past years are left alone: plans
 * cite laws such as พ.ร.บ.การศึกษาแห่งชาติ พ.ศ. 2542.
 */
final class TextRules {
  /** Thai and English text, digits, punctuation and combining marks are what plans are made of. */
  private static final Set<UnicodeScript> EXPECTED =
      EnumSet.of(UnicodeScript.THAI, UnicodeScript.LATIN, UnicodeScript.COMMON, UnicodeScript.INHERITED);
  /**
   * A year after พ.ศ., ปีการศึกษา, ปีงบประมาณ or ปี, in Arabic or Thai digits: what
   * {@link #yearsIn} finds, written as a pattern (the tests hold one to the other).
   */
  static final Pattern YEAR = Pattern.compile("(พ\\.\\s?ศ\\.|ปีการศึกษา|ปีงบประมาณ|ปี)\\s*([0-9๐-๙]{4})(?![0-9๐-๙])");
  /** How far after the plan's period a year in its text may be: the national strategy runs 20 years. */
  static final int YEARS_AHEAD = 20;
  /** Before this, a Buddhist Era year in a plan is a typo (FiscalYear's own lower bound). */
  static final int EARLIEST = io.github.eduplan.time.FiscalYear.MIN_YEAR;

  private TextRules() {}

  static void foreignScript(StrategicPlan plan, RuleContext context) {
    ScannedTexts scanned = ScannedTexts.of(plan, context);
    for (int t = 0; t < scanned.texts().size(); t++) {
      if (scanned.firstOther(t) < 0) {
        continue;   // Latin, digits, ASCII punctuation and the Thai block only: the common case
      }
      IdentityRules.TextSite text = scanned.texts().get(t);
      String s = text.text();
      for (int i = scanned.firstOther(t); i < s.length(); ) {
        char c = s.charAt(i);
        if (ScannedTexts.isPlain(c)) {
          i++;
          continue;
        }
        int cp = s.codePointAt(i);
        UnicodeScript script = UnicodeScript.of(cp);
        if (!EXPECTED.contains(script)) {
          context.at(text.path())
              .value("character", new String(Character.toChars(cp)))
              .value("codePoint", String.format(Locale.ROOT, "U+%04X", cp))
              .value("script", script.name())
              .value("around", around(s, i))
              .report();
          break;
        }
        i += Character.charCount(cp);
      }
    }
  }

  static void yearImplausible(StrategicPlan plan, RuleContext context) {
    int high = Math.max(plan.period().first().buddhistEraYear(), plan.period().last().buddhistEraYear())
        + YEARS_AHEAD;
    ScannedTexts scanned = ScannedTexts.of(plan, context);
    for (int t = 0; t < scanned.texts().size(); t++) {
      if (!scanned.fourDigits(t)) {
        continue;   // most texts have no run of four digits, and the pattern is slow
      }
      IdentityRules.TextSite text = scanned.texts().get(t);
      for (Year written : yearsIn(text.text())) {
        int year = Integer.parseInt(ThaiDigits.toArabic(written.digits()));
        if (year < EARLIEST || year > high) {
          context.at(text.path())
              .value("written", written.written())
              .value("year", Integer.toString(year))
              .value("period", plan.period())
              .report();
        }
      }
    }
  }

  /** A year a text writes: the words and digits as written, its four digits, and where it starts. */
  record Year(String written, String digits, int start) {}

  /** What may follow ปี before the year, in the pattern's order: ปีการศึกษา, ปีงบประมาณ, ปี. */
  private static final String[] AFTER_PI = {"การศึกษา", "งบประมาณ", ""};

  /**
   * The years a text writes after พ.ศ., ปีการศึกษา, ปีงบประมาณ or ปี: what {@code YEAR.find()}
   * finds, in order, read without the pattern. Every match starts with พ. (พ.ศ.) or ปี (ปี,
   * ปีการศึกษา, ปีงบประมาณ), tried in the pattern's order; พ and ป alone begin many Thai words.
   */
  static List<Year> yearsIn(String s) {
    List<Year> out = null;
    int n = s.length();
    for (int at = 0; at < n - 1; at++) {
      char c = s.charAt(at);
      int digits = -1;
      if (c == 'พ' && s.charAt(at + 1) == '.') {
        int j = at + 2;
        if (j < n && Texts.isSpace(s.charAt(j))) {
          j++;   // \s? : without it, the space itself would have to be ศ
        }
        digits = s.startsWith("ศ.", j) ? digitsAt(s, j + 2) : -1;
      } else if (c == 'ป' && s.charAt(at + 1) == 'ี') {
        for (int w = 0; w < AFTER_PI.length && digits < 0; w++) {
          if (s.startsWith(AFTER_PI[w], at + 2)) {
            digits = digitsAt(s, at + 2 + AFTER_PI[w].length());
          }
        }
      }
      if (digits >= 0) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(new Year(s.substring(at, digits + 4), s.substring(digits, digits + 4), at));
        at = digits + 3;   // the next match starts after this one
      }
    }
    return out == null ? List.of() : out;
  }

  /**
   * Where four digits, Arabic or Thai, begin after the white space at {@code from}, not followed by
   * a fifth: {@code \s*([0-9๐-๙]{4})(?![0-9๐-๙])}; -1 when they do not.
   */
  private static int digitsAt(String s, int from) {
    int at = from;
    while (at < s.length() && Texts.isSpace(s.charAt(at))) {
      at++;
    }
    if (at + 4 > s.length()) {
      return -1;
    }
    for (int i = at; i < at + 4; i++) {
      if (!Texts.isArabicOrThaiDigit(s.charAt(i))) {
        return -1;
      }
    }
    return at + 4 < s.length() && Texts.isArabicOrThaiDigit(s.charAt(at + 4)) ? -1 : at;
  }

  private static String around(String s, int at) {
    int from = Math.max(0, at - 8);
    int to = Math.min(s.length(), at + 8);
    return s.substring(from, to);
  }
}
