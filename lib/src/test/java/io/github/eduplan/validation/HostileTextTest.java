package io.github.eduplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.Person;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Target;
import io.github.eduplan.testsupport.Examples;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Text that a hostile or broken writer can put in a plan costs validation time in proportion to
 * its length: no pattern reads a run of spaces or digits again for each way to split it, and no
 * number is made from more digits than a plan value has. The only timing here is a generous
 * preemptive limit around inputs that took tens of seconds, or did not finish, before.
 */
class HostileTextTest {
  private static final PlanValidator VALIDATOR = PlanValidator.standard().build();
  /** Far more than any of these validations needs; the old patterns needed minutes to hours. */
  private static final Duration LIMIT = Duration.ofSeconds(10);

  private static String repeat(String s, int times) {
    return s.repeat(times);
  }

  private static ValidationReport validate(StrategicPlan plan) {
    return assertTimeoutPreemptively(LIMIT, () -> VALIDATOR.validate(plan));
  }

  private static StrategicPlan withVision(String vision) {
    return Fixtures.withPlan(Fixtures.plan(), b -> b.vision(vision));
  }

  private static void noRuleFailed(ValidationReport report) {
    assertEquals(List.of(), report.byCode(StandardRules.RULE_FAILED));
  }

  @Test
  void theIssuesPlanWithAnOfficeNameAndThreeThousandSpacesIsValidatedQuickly() throws IOException {
    // Its vision took 27 s with the office-name pattern's three runs of white space in a row.
    StrategicPlan plan;
    try (InputStream in = HostileTextTest.class.getResourceAsStream("/hostile/validation-office-name-then-3000-spaces.json")) {
      plan = PlanJson.strict().read(in);
    }
    assertEquals(3000 + "สำนักงานเขตพื้นที่การศึกษา".length(), plan.vision().orElseThrow().length());
    noRuleFailed(validate(plan));
  }

  @Test
  void officeNamesOfHundredsOfThousandsOfCharactersAreComparedInLinearTime() {
    // Searching one such name in another with String.contains costs the product of their lengths.
    String name = "สพป.ตาก" + repeat("ก", 400_000);
    Office.Builder office = Office.builder().from(Fixtures.plan().office()).name(name).shortName(repeat("ก", 200_000) + "ข");
    for (int m = 0; m < 20; m++) {
      office.addMentions(io.github.eduplan.model.NameMention.of("คำนำ " + m, repeat("ก", 300_000) + "ค"));
    }
    StrategicPlan plan = Fixtures.withPlan(Fixtures.plan(), b -> b.office(office.build()));
    ValidationReport report = validate(plan);
    noRuleFailed(report);
    assertEquals(21, report.byCode(StandardRules.OFFICE_NAME_INCONSISTENT).size());
  }

  @Test
  void officeNamesBeforeAHundredThousandSpacesAreQuick() {
    String spaces = repeat(" ", 100_000);
    for (String start : List.of("สำนักงานเขตพื้นที่การศึกษา", "สำนักงาน เขต พื้นที่ การศึกษา ประถม",
        "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา", "สพป.", "สพ ม .", "สพป.ตาก", "สพป.ตาก เขต", "สำนักงานเขต")) {
      ValidationReport report = validate(withVision(start + spaces + "ตาก" + spaces + "เขต" + spaces));
      noRuleFailed(report);
      ValidationReport named = validate(withVision(start + spaces + "ตราด" + spaces + "เขต" + spaces + "๓"));
      noRuleFailed(named);
    }
    // Still found across spaces that line wraps leave.
    assertEquals(List.of("$.vision"), validate(withVision("สพป. ตราด" + repeat(" ", 10_000) + "เขต 2"))
        .byCode(StandardRules.OFFICE_NAME_IN_TEXT).stream().map(Finding::path).collect(Collectors.toList()));
  }

  @Test
  void aNumberOfNineHundredNinetyNineThousandDigitsAfterAThresholdWordIsNotMade() {
    // Made with new BigDecimal before its length was looked at, this number took 20 s.
    String digits = repeat("9", 999_000);
    for (String phrase : List.of("ไม่ต่ำกว่าร้อยละ", "ไม่น้อยกว่า ", "ไม่เกินร้อยละ ", "ร้อยละ ")) {
      for (String text : List.of(phrase + digits, phrase + digits + " ขึ้นไป", phrase + "๙" + digits + ".5",
          phrase + "1." + digits)) {
        StrategicPlan plan = Fixtures.withIndicator(Fixtures.plan(), 0, 0, i -> i.text(text));
        ValidationReport report = validate(plan);
        noRuleFailed(report);
        assertEquals(List.of(), report.byCode(StandardRules.TARGET_CONTRADICTS_TEXT_PHRASE));
      }
    }
  }

  @Test
  void aThresholdOfThirtyDigitsIsStillRead() {
    String thirty = "1" + repeat("0", 29);
    assertEquals(Optional.of(Target.of(io.github.eduplan.model.Comparison.AT_LEAST, new BigDecimal(thirty))),
        IndicatorRules.thresholdInWords("ไม่ต่ำกว่าร้อยละ " + thirty));
  }

  @Test
  void runsOfSpacesAndDigitsAroundThresholdAndYearWordsAreQuick() {
    String spaces = repeat(" ", 100_000);
    String digits = repeat("๙", 100_000);
    for (String text : List.of(
        "ไม่ต่ำกว่า" + spaces + "ร้อยละ" + spaces + "x", "ไม่ต่ำกว่า" + spaces + spaces, "ร้อยละ" + spaces + "80" + spaces,
        "ร้อยละ 80" + spaces + "ขึ้น", "ไม่เกิน" + spaces + "ร้อยละ" + spaces, "ร้อยละ " + digits + " ขึ้น",
        "ปี" + spaces + "2565" + spaces, "พ.ศ." + spaces + digits, repeat("ปี ", 50_000) + digits,
        repeat("พ. ศ. ", 30_000), repeat("ไม่ต่ำกว่า ", 20_000) + "1", repeat("ร้อยละ 1", 20_000))) {
      StrategicPlan plan = Fixtures.withIndicator(Fixtures.plan(), 0, 0, i -> i.text(text));
      noRuleFailed(validate(plan));
      noRuleFailed(validate(withVision(text)));
    }
  }

  /** Words of the patterns, the letters they start with, and runs that a pattern may read again. */
  private static final String[] HOSTILE_PIECES = {
      "สำนักงาน", "เขต", "พื้นที่", "การศึกษา", "ประถม", "มัธยม", "ศึกษา", "สพ", "ป", "ม", ".", "ตาก", "ส",
      "ไม่ต่ำกว่า", "ไม่น้อยกว่า", "ไม่เกิน", "ไม่มากกว่า", "ร้อยละ", "ขึ้นไป", "พ.ศ.", "ปีการศึกษา", "ปีงบประมาณ",
      "ปี", "2565", "๑", "1.5", "SPACES", "DIGITS", "THAI_DIGITS", "LETTERS",
      "สพป.ตาก เขต 2", "สพ ม . เชียงใหม่ เขต ๓", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 1",
      "สำนักงาน เขตพื้นที่ การศึกษา ตาก เขต 12", "สพป.", "ตราด เขต ๑"};

  private static String hostile(List<Integer> picks, int run) {
    StringBuilder sb = new StringBuilder();
    for (int p : picks) {
      switch (HOSTILE_PIECES[p]) {
        case "SPACES" -> sb.append(repeat(" ", run));
        case "DIGITS" -> sb.append(repeat("7", run));
        case "THAI_DIGITS" -> sb.append(repeat("๗", run));
        case "LETTERS" -> sb.append(repeat("ก", run));
        default -> sb.append(HOSTILE_PIECES[p]);
      }
    }
    return sb.toString();
  }

  @Test
  void anyTextOfPatternWordsAndLongRunsIsValidatedQuickly() {
    // Each text has up to eight runs of 5,000 characters: a pattern that splits one run between
    // two of its quantifiers reads 10^7 steps per start, one that splits it among three 10^10.
    qt().withExamples(Examples.upTo(60))
        .forAll(lists().of(integers().between(0, HOSTILE_PIECES.length - 1)).ofSizeBetween(1, 16))
        .checkAssert(picks -> {
          String text = hostile(picks, 5_000);
          StrategicPlan plan = Fixtures.withIndicator(withVision(text), 0, 0, i -> i.text(text));
          noRuleFailed(validate(Fixtures.withProject(plan, 0, p -> p.title(text))));
        });
  }

  // The patterns as they were before their runs were made possessive, to show that they find the
  // same matches on short texts (on long ones they backtrack without end).
  private static final Pattern OLD_OFFICE = Pattern.compile(
      "(?:สพ\\s*([ปม])\\s*\\.|สำนักงาน\\s*เขต\\s*พื้นที่\\s*การศึกษา\\s*(ประถม|มัธยม)?\\s*(?:ศึกษา)?)"
          + "\\s*([\\u0E01-\\u0E4F]{2,20}?)\\s*เขต\\s*([0-9\\u0E50-\\u0E59]{1,3})");
  private static final Pattern OLD_YEAR =
      Pattern.compile("(พ\\.\\s?ศ\\.|ปีการศึกษา|ปีงบประมาณ|ปี)\\s*([0-9๐-๙]{4})(?![0-9๐-๙])");
  private static final Pattern OLD_AT_LEAST = Pattern.compile(
      "(?:ไม่ต่ำกว่า|ไม่น้อยกว่า)\\s*(?:ร้อยละ)?\\s*(\\d+(?:\\.\\d+)?)|ร้อยละ\\s*(\\d+(?:\\.\\d+)?)\\s*ขึ้นไป");
  private static final Pattern OLD_AT_MOST = Pattern.compile("(?:ไม่เกิน|ไม่มากกว่า)\\s*ร้อยละ\\s*(\\d+(?:\\.\\d+)?)");

  private static List<String> groups(Pattern pattern, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      StringBuilder sb = new StringBuilder().append(m.start()).append(':').append(m.group());
      for (int g = 1; g <= m.groupCount(); g++) {
        sb.append('|').append(m.group(g));
      }
      out.add(sb.toString());
    }
    return out;
  }

  /** The old threshold reading, with the old patterns and no bound on the number. */
  private static Optional<Target> oldThreshold(String text) {
    String arabic = io.github.eduplan.time.ThaiDigits.toArabic(text);
    List<Target> found = new ArrayList<>();
    Matcher m = OLD_AT_LEAST.matcher(arabic);
    while (m.find()) {
      found.add(Target.of(io.github.eduplan.model.Comparison.AT_LEAST,
          new BigDecimal(m.group(1) != null ? m.group(1) : m.group(2))));
    }
    m = OLD_AT_MOST.matcher(arabic);
    while (m.find()) {
      found.add(Target.of(io.github.eduplan.model.Comparison.AT_MOST, new BigDecimal(m.group(1))));
    }
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  @Test
  void theRewrittenPatternsFindWhatTheOldOnesFound() {
    int[] matched = new int[3];
    qt().withExamples(Examples.upTo(20_000))
        .forAll(lists().of(integers().between(0, HOSTILE_PIECES.length - 1)).ofSizeBetween(0, 12))
        .checkAssert(picks -> {
          String text = hostile(picks, 3);
          List<String> office = groups(OLD_OFFICE, text);
          assertEquals(office, groups(IdentityRules.OFFICE, text), text);
          List<String> year = groups(OLD_YEAR, text);
          assertEquals(year, groups(TextRules.YEAR, text), text);
          Optional<Target> threshold = oldThreshold(text);
          assertEquals(threshold, IndicatorRules.thresholdInWords(text), text);
          matched[0] += office.size();
          matched[1] += year.size();
          matched[2] += threshold.isPresent() ? 1 : 0;
        });
    assertTrue(matched[0] > 100 && matched[1] > 100 && matched[2] > 100,
        () -> "too few matches to compare: " + java.util.Arrays.toString(matched));
  }

  @Test
  void bidirectionalControlsInNamesAndTitlesAreReported() {
    StrategicPlan plan = Fixtures.withPlan(Fixtures.plan(), b -> b
        .office(Office.builder().from(Fixtures.plan().office())
            .name("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก\u202E เขต 2").build())
        .vision("วิสัยทัศน์\u200F\u200F"));
    plan = Fixtures.withProject(plan, 1, p -> p.responsiblePeople(List.of(Person.of("นาง\u2066สมศรี"), Person.of("นายสมชาย"))));
    plan = Fixtures.withIndicator(plan, 1, 0, i -> i.text("ร้อยละ\u061Cของผู้เรียน"));
    List<Finding> found = validate(plan).byCode(StandardRules.TEXT_BIDI_CONTROL);
    assertEquals(List.of("$.office.name", "$.vision", "$.strategies[1].indicators[0].text",
        "$.projects[1].responsiblePeople[0].name"), found.stream().map(Finding::path).collect(Collectors.toList()));
    assertEquals("The text at $.vision holds 2 invisible direction control character(s), the first U+200F "
        + "RIGHT-TO-LEFT MARK at character 11: the text may be shown in another order than it is stored and compared.",
        found.get(1).message(java.util.Locale.ENGLISH));
    assertEquals("ข้อความที่ หน่วยงาน ชื่อ มีอักขระควบคุมทิศทางที่มองไม่เห็น 1 ตัว ตัวแรกคือ U+202E บังคับขวาไปซ้าย "
        + "ที่ตำแหน่ง 40 ข้อความอาจแสดงเรียงต่างจากที่บันทึกและใช้เปรียบเทียบ",
        found.get(0).message(java.util.Locale.forLanguageTag("th")));
    assertEquals(Severity.WARNING, found.get(0).severity());
  }

  @Test
  void eachBidirectionalControlIsFoundAndNothingElseIs() {
    for (int cp : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
        0x200E, 0x200F, 0x061C}) {
      assertEquals(List.of("$.projects[0].title"), RuleEdges.found(
          Fixtures.withProject(Fixtures.plan(), 0, p -> p.title("โครงการ" + (char) cp)), StandardRules.TEXT_BIDI_CONTROL)
          .stream().map(f -> f.substring(f.indexOf(' ') + 1, f.indexOf(':'))).collect(Collectors.toList()),
          Integer.toHexString(cp));
    }
    for (int cp : new int[] {0x2029, 0x202F, 0x2065, 0x206A, 0x200D, 0x061B, 0x200B}) {
      assertEquals(List.of(), RuleEdges.found(
          Fixtures.withProject(Fixtures.plan(), 0, p -> p.title("โครงการ" + (char) cp)), StandardRules.TEXT_BIDI_CONTROL),
          Integer.toHexString(cp));
    }
    assertEquals(List.of(), RuleEdges.found(Fixtures.plan(), StandardRules.TEXT_BIDI_CONTROL));
  }
}
