package io.github.eduplan.validation;

import io.github.eduplan.model.Office;
import io.github.eduplan.model.Person;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.time.ThaiDigits;
import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules on the plan's free text: letters of a script no Thai plan uses (the สพป.ตาก เขต 2 FY2565
 * plan has two Hebrew letters inside a Thai word of an indicator, left by a font conversion), a
 * Buddhist Era year that cannot be meant (the same plan writes ปีการศึกษา 2654 for 2564; past years
 * are left alone: plans cite laws such as พ.ร.บ.การศึกษาแห่งชาติ พ.ศ. 2542), and invisible
 * characters that change the direction of names and titles.
 */
final class TextRules {
  /** Thai and English text, digits, punctuation and combining marks are what plans are made of. */
  private static final Set<UnicodeScript> EXPECTED =
      EnumSet.of(UnicodeScript.THAI, UnicodeScript.LATIN, UnicodeScript.COMMON, UnicodeScript.INHERITED);
  /**
   * A year after พ.ศ., ปีการศึกษา, ปีงบประมาณ or ปี, in Arabic or Thai digits. The white space
   * before the digits is taken whole ({@code \s*+}): the digits cannot begin with white space, and
   * giving none of it back keeps a long run of spaces from being read again and again.
   */
  static final Pattern YEAR = Pattern.compile("(พ\\.\\s?ศ\\.|ปีการศึกษา|ปีงบประมาณ|ปี)\\s*+([0-9๐-๙]{4})(?![0-9๐-๙])");
  /** How far after the plan's period a year in its text may be: the national strategy runs 20 years. */
  static final int YEARS_AHEAD = 20;
  /** Before this, a Buddhist Era year in a plan is a typo (FiscalYear's own lower bound). */
  static final int EARLIEST = io.github.eduplan.time.FiscalYear.MIN_YEAR;

  private TextRules() {}

  static void foreignScript(StrategicPlan plan, RuleContext context) {
    for (ScannedTexts.Scan text : ScannedTexts.of(plan, context)) {
      if (text.firstOther() < 0) {
        continue;   // Latin, ASCII and the Thai block only: no script to look up
      }
      String s = text.text();
      for (int i = text.firstOther(); i < s.length(); ) {
        if (ScannedTexts.isPlain(s.charAt(i))) {
          i++;   // the whole Thai block counts as Thai, its unassigned places too
          continue;
        }
        int cp = s.codePointAt(i);
        UnicodeScript script = UnicodeScript.of(cp);
        if (!EXPECTED.contains(script)) {
          context.at(text.site().path())
              .value("character", new String(Character.toChars(cp)))
              .value("codePoint", codePoint(cp))
              .value("script", script.name(), ThaiWords.of(script))
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
    for (ScannedTexts.Scan text : ScannedTexts.of(plan, context)) {
      if (!text.fourDigits()) {
        continue;   // no run of exactly four digits, so no year: most texts, and the pattern is slow
      }
      Matcher m = YEAR.matcher(text.text());
      while (m.find()) {
        int year = Integer.parseInt(ThaiDigits.toArabic(m.group(2)));
        if (year < EARLIEST || year > high) {
          context.at(text.site().path())
              .value("written", m.group())
              .value("year", Integer.toString(year))
              .value("period", plan.period())
              .report();
        }
      }
    }
  }

  /**
   * The invisible characters that change the direction text is shown in (Unicode's bidirectional
   * controls): embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069, the marks U+200E,
   * U+200F and U+061C. Thai and English never need them; in a name or title they can make what
   * is shown differ from what is stored and compared.
   */
  static boolean isBidiControl(int cp) {
    return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069
        || cp == 0x200E || cp == 0x200F || cp == 0x061C;
  }

  static void bidiControl(StrategicPlan plan, RuleContext context) {
    Office office = plan.office();
    bidiControl(office.name(), () -> "office.name", context);
    office.shortName().ifPresent(n -> bidiControl(n, () -> "office.shortName", context));
    for (int m = 0; m < office.mentions().size(); m++) {
      int at = m;
      bidiControl(office.mentions().get(m).name(), () -> "office.mentions[" + at + "].name", context);
    }
    for (ScannedTexts.Scan text : ScannedTexts.of(plan, context)) {
      if (text.bidi()) {
        bidiControl(text.text(), text.site()::path, context);
      }
    }
    for (int p = 0; p < plan.projects().size(); p++) {
      List<Person> people = plan.projects().get(p).responsiblePeople();
      for (int r = 0; r < people.size(); r++) {
        int project = p;
        int person = r;
        bidiControl(people.get(r).name(),
            () -> "projects[" + project + "].responsiblePeople[" + person + "].name", context);
      }
    }
  }

  /** Reports the first bidirectional control of a text, with how many it holds; the path is made only then. */
  private static void bidiControl(String text, Supplier<String> path, RuleContext context) {
    int first = -1;
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isBidiControl(text.charAt(i))) {
        first = first < 0 ? i : first;
        count++;
      }
    }
    if (count > 0) {
      int cp = text.charAt(first);
      context.at(path.get())
          .value("codePoint", codePoint(cp))
          .value("name", Character.getName(cp), ThaiWords.bidi(cp))
          .value("position", first + 1)
          .value("count", count)
          .report();
    }
  }

  private static String codePoint(int cp) {
    return String.format(Locale.ROOT, "U+%04X", cp);
  }

  private static String around(String s, int at) {
    int from = Math.max(0, at - 8);
    int to = Math.min(s.length(), at + 8);
    return s.substring(from, to);
  }
}
