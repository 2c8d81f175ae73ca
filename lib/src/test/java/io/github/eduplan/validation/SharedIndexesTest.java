package io.github.eduplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Guideline;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StatedTotal;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.TotalScope;
import io.github.eduplan.testsupport.Examples;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The values the rules of one validation share ({@link RuleContext#shared}) hold what the rules
 * computed on their own before: comparison keys, number splits, the plan's texts, stated totals,
 * level ranks and numbering events.
 */
class SharedIndexesTest {
  private static final String[] PIECES = {
      "", " ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "\u2028", "A", "Z", "a", "z", "Ä", "Σ", "İ",
      "Ǆ", "ร้อยละ", "ดี", "๐", "๕", "๙", "0", "7", "9", ".", "-", "(", ")", "S", "1.", "12", "123456789",
      "1234567890", "٣", "ปี", "ป", "พ", "พ.ศ.", "พ. ศ.", "ปีงบประมาณ", "ปีการศึกษา", "2654", "๒๕๖๕",
      "12345", "1999", "ก", "ศ."};

  private static Gen<String> texts() {
    return lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 12)
        .map(indexes -> indexes.stream().map(i -> PIECES[i]).collect(Collectors.joining()));
  }

  /** The comparison key as it was first written: every character through the JDK's table. */
  private static String referenceKey(String text) {
    StringBuilder sb = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        continue;
      }
      sb.append(c >= '\u0E50' && c <= '\u0E59' ? (char) ('0' + (c - '\u0E50')) : Character.toLowerCase(c));
    }
    return sb.toString();
  }

  @Test
  void keysAreThoseOfTheCharacterTable() {
    qt().withExamples(Examples.upTo(2000)).forAll(texts()).checkAssert(text ->
        assertEquals(referenceKey(text), Texts.key(text), text));
  }

  @Test
  void keysFoldCaseAndDropOnlyTheWhiteSpaceOfBackslashS() {
    assertEquals("ร้อยละของสถานศึกษา1.2abc", Texts.key("ร้อยละของสถานศึกษา1.2abc"));
    assertEquals("s1-2", Texts.key("S1 - 2"));
    assertEquals("σ", Texts.key("Σ"));
    assertEquals("\u00A0", Texts.key("\u00A0"), "only the white space of \\s is dropped");
  }

  private static final Pattern LAST_NUMBER = Pattern.compile("(\\d{1,9})\\D*$");

  @Test
  void numbersSplitWhereThePatternOfTheLastNumberSplitsThem() {
    qt().withExamples(Examples.upTo(2000)).forAll(texts()).checkAssert(text -> {
      String k = Texts.key(text);
      Matcher m = LAST_NUMBER.matcher(k);
      Optional<Texts.Numbering> n = Texts.numbering(text);
      if (m.find()) {
        assertEquals(Optional.of(new Texts.Numbering(k.substring(0, m.start(1)), Integer.parseInt(m.group(1)))), n, text);
      } else {
        assertEquals(Optional.empty(), n, text);
      }
    });
  }

  @Test
  void aLongNumberKeepsItsLastNineDigits() {
    assertEquals(Optional.of(new Texts.Numbering("x1", 234567890)), Texts.numbering("x1234567890."));
    assertEquals(Optional.of(new Texts.Numbering("", 123456789)), Texts.numbering("123456789"));
    assertEquals(Optional.of(new Texts.Numbering("(", 3)), Texts.numbering("(๓)"));
    assertEquals(Optional.of(new Texts.Numbering("1.", 2)), Texts.numbering("๑. ๒"));
    assertEquals(Optional.empty(), Texts.numbering("ก."));
  }

  private static NumberSequence.Item item(String path, String written, Object parent) {
    return new NumberSequence.Item(written, parent, () -> path);
  }

  @Test
  void aSeriesMakesPathsOnlyForItsEvents() {
    AtomicInteger made = new AtomicInteger();
    List<NumberSequence.Item> clean = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      int at = i;
      clean.add(new NumberSequence.Item(Integer.toString(i), "plan", () -> "x[" + made.incrementAndGet() + at + "]"));
    }
    assertEquals(List.of(), NumberSequence.analyse(clean));
    assertEquals(0, made.get());
    NumberSequence.Item a = item("a", "1", "plan");
    NumberSequence.Item b = item("b", "3", "plan");
    NumberSequence.Item c = item("c", "3", "plan");
    assertEquals(List.of(new NumberSequence.Gap(b, 2, 2), new NumberSequence.Repeat(c, b)),
        NumberSequence.analyse(List.of(a, b, c)));
  }

  /**
   * A series numbered as plans number it: runs of a parent, each counting up from 1 or running on
   * from the parent before, with now and then a skip of one number (step 4).
   */
  private static List<NumberSequence.Item> series(List<Integer> steps) {
    List<NumberSequence.Item> series = new ArrayList<>();
    int parent = 0;
    int value = 0;
    for (int i = 0; i < steps.size(); i++) {
      switch (steps.get(i)) {
        case 0 -> { parent++; value = 0; }   // the next parent, from 1
        case 1 -> parent++;                  // the next parent, running on
        case 4 -> value++;                   // a skip
        default -> { }                       // the next number
      }
      value++;
      series.add(item("x[" + i + "]", "S" + value, parent % 2 == 0 ? "p" + parent : (Object) parent));
    }
    return series;
  }

  @Test
  void plainNumberingHasNoEventsAndEachSkipIsOneGap() {
    Gen<List<Integer>> steps = lists().of(integers().between(0, 12)).ofSizeBetween(0, 30);
    qt().withExamples(Examples.upTo(5000)).forAll(steps).checkAssert(s -> {
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < s.size(); i++) {
        if (s.get(i) == 4) {
          expected.add("x[" + i + "]");   // a skip, also where a parent starts or runs on
        }
      }
      List<String> gaps = NumberSequence.analyse(series(s)).stream()
          .map(e -> (e instanceof NumberSequence.Gap ? "" : "repeat ") + e.item().path()).collect(Collectors.toList());
      assertEquals(expected, gaps, s::toString);
    });
  }

  @Test
  void eventsComeInDocumentOrderAcrossParents() {
    List<NumberSequence.Item> items = List.of(
        item("p[0]", "1", "A"), item("p[1]", "3", "B"), item("p[2]", "1", "A"), item("p[3]", "5", "B"));
    List<String> order = NumberSequence.analyse(items).stream()
        .map(e -> e.item().path() + (e instanceof NumberSequence.Repeat r
            ? " repeats " + r.first().path()
            : " after gap " + ((NumberSequence.Gap) e).missingFrom()))
        .collect(Collectors.toList());
    assertEquals(List.of("p[1] after gap 2", "p[2] repeats p[0]", "p[3] after gap 4"), order);
  }

  private static RuleContext context() {
    return new RuleContext("TEST", Severity.WARNING, FindingMessages.plain("test"), new HashMap<>());
  }

  @Test
  void theNumberingOfAKindIsAnalysedOncePerValidation() {
    StrategicPlan plan = Fixtures.withProject(Fixtures.plan(), 2, p -> p.number("5"));
    RuleContext context = context();
    List<List<NumberSequence.Event>> events =
        StructureRules.events(StructureRules.Numbered.PROJECT, plan, context);
    assertSame(events, StructureRules.events(StructureRules.Numbered.PROJECT, plan, context));
    assertEquals(1, events.size());
    assertEquals("projects[2]", events.get(0).get(0).item().path());
    assertEquals(3, ((NumberSequence.Gap) events.get(0).get(0)).missingFrom());
    assertFalse(events.equals(StructureRules.events(StructureRules.Numbered.STRATEGY, plan, context)));
  }

  @Test
  void textsAreListedInDocumentOrderWithTheirPaths() {
    StrategicPlan plan = Fixtures.withStrategy(Fixtures.plan(), 1, s -> s.addGoal(Goal.builder().text("เป้า").build())
        .addGuideline(Guideline.builder().number("3").text("แนวทางที่สาม").build()));
    RuleContext context = context();
    List<IdentityRules.TextSite> texts = IdentityRules.texts(plan, context);
    assertSame(texts, IdentityRules.texts(plan, context));
    List<String> expected = new ArrayList<>(List.of("title", "missions[0].text", "missions[1].text", "goals[0].text"));
    for (int s = 0; s < 2; s++) {
      expected.add("strategies[" + s + "].title");
      expected.add("strategies[" + s + "].goals[0].text");
      if (s == 1) {
        expected.add("strategies[1].goals[1].text");
      }
      expected.add("strategies[" + s + "].guidelines[0].text");
      expected.add("strategies[" + s + "].guidelines[0].children[0].text");
      expected.add("strategies[" + s + "].guidelines[0].children[1].text");
      expected.add("strategies[" + s + "].guidelines[1].text");
      if (s == 1) {
        expected.add("strategies[1].guidelines[2].text");
      }
      expected.add("strategies[" + s + "].indicators[0].text");
      expected.add("strategies[" + s + "].indicators[1].text");
    }
    for (int p = 0; p < 3; p++) {
      expected.add("projects[" + p + "].title");
    }
    assertEquals(expected, texts.stream().map(IdentityRules.TextSite::path).collect(Collectors.toList()));
    assertEquals("แนวทางที่สาม", texts.get(expected.indexOf("strategies[1].guidelines[2].text")).text());
    assertEquals("โครงการที่ 3", texts.get(texts.size() - 1).text());
  }

  @Test
  void talliesHoldEachTotalsProjectsAndSumOnce() {
    StrategicPlan plan = Fixtures.withPlan(Fixtures.plan(), b -> b
        .addStatedTotal(StatedTotal.builder().scope(TotalScope.STRATEGY).key("เพิ่มโอกาส ทางการศึกษา")
            .amount(Baht.of(4_000)).build())
        .addStatedTotal(StatedTotal.builder().scope(TotalScope.GROUP).key("กลุ่มส่งเสริม การจัดการศึกษา")
            .amount(Baht.of(1)).build())
        .addStatedTotal(StatedTotal.builder().scope(TotalScope.PROGRAM).key("ไม่มีแผนงานนี้")
            .amount(Baht.of(1)).build()));
    BudgetRules.Tallies tallies = BudgetRules.tallies(plan, context());
    List<Project> projects = plan.projects();
    assertSame(tallies.of(0), tallies.of(0));
    assertEquals(projects, tallies.of(0).projects().orElseThrow());
    assertEquals(Baht.of(new BigDecimal("135940.00")), tallies.of(0).sum().orElseThrow());
    assertEquals(projects.subList(0, 2), tallies.of(1).projects().orElseThrow());
    assertEquals(Baht.of(new BigDecimal("131940.00")), tallies.of(1).sum().orElseThrow());
    assertEquals(projects, tallies.of(2).projects().orElseThrow(), "every project has a quarterly plan");
    assertEquals(Baht.of(new BigDecimal("25090.00")), tallies.of(2).sum().orElseThrow());
    assertEquals(List.of(projects.get(2)), tallies.of(3).projects().orElseThrow(), "a strategy named by its title");
    assertEquals(projects, tallies.of(4).projects().orElseThrow(), "groups compare without white space");
    assertEquals(Optional.empty(), tallies.of(5).projects());
    assertEquals(Optional.empty(), tallies.of(5).sum());
  }

  @Test
  void ranksAreTheScalesOwnAndEqualScalesShareThem() {
    OrdinalScale copy = OrdinalScale.builder().from(OrdinalScale.QUALITY).build();
    IndicatorRules.Ranks ranks = IndicatorRules.ranks(context());
    for (String level : List.of("ดี", "ระดับ ดีมาก", "ดีเยี่ยม", "AA", "", "ระดับ")) {
      assertEquals(OrdinalScale.QUALITY.rankOf(level), ranks.rankOf(OrdinalScale.QUALITY, level), level);
      assertEquals(OrdinalScale.QUALITY.rankOf(level), ranks.rankOf(copy, level), level);
    }
    OrdinalScale other = OrdinalScale.builder().name("ระดับ").addLevels("ต่ำ", "ดี").build();
    assertEquals(other.rankOf("ดี"), ranks.rankOf(other, "ดี"));
    assertTrue(ranks.rankOf(other, "ดีมาก").isEmpty());
  }

  private static final Pattern YEAR =
      Pattern.compile("(พ\\.\\s?ศ\\.|ปีการศึกษา|ปีงบประมาณ|ปี)\\s*([0-9๐-๙]{4})(?![0-9๐-๙])");

  @Test
  void theYearRuleFindsWhatTheYearPatternFindsAnywhereInAText() {
    PlanValidator validator = PlanValidator.builder()
        .addRule(StandardRules.all().stream().filter(r -> r.code().equals(StandardRules.TEXT_YEAR_IMPLAUSIBLE))
            .findFirst().orElseThrow())
        .build();
    qt().withExamples(Examples.upTo(1000)).forAll(texts()).checkAssert(text -> {
      StrategicPlan plan = Fixtures.withProject(Fixtures.plan(), 0, p -> p.title("โครงการ" + text));
      List<String> expected = new ArrayList<>();
      Matcher m = YEAR.matcher("โครงการ" + text);
      while (m.find()) {
        int year = Integer.parseInt(io.github.eduplan.time.ThaiDigits.toArabic(m.group(2)));
        if (year < TextRules.EARLIEST || year > 2567 + TextRules.YEARS_AHEAD) {
          expected.add(m.group());
        }
      }
      List<String> found = validator.validate(plan).findings().stream()
          .filter(f -> f.path().equals("$.projects[0].title")).map(f -> f.values().get("written"))
          .collect(Collectors.toList());
      assertEquals(expected, found, text);
    });
  }

  @Test
  void aYearRightAfterAnotherIsFoundToo() {
    StrategicPlan plan = Fixtures.withProject(Fixtures.plan(), 0, p -> p.title("ปี 2654ปี 2700พ.ศ.2399"));
    List<String> written = PlanValidator.standard().build().validate(plan).byCode(StandardRules.TEXT_YEAR_IMPLAUSIBLE)
        .stream().map(f -> f.values().get("written")).collect(Collectors.toList());
    assertEquals(List.of("ปี 2654", "ปี 2700", "พ.ศ.2399"), written);
  }
}
