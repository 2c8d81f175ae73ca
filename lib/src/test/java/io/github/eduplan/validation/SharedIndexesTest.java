package io.github.eduplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
  void aTextThatNeedsNoFoldingIsItsOwnKey() {
    String text = "ร้อยละของสถานศึกษา1.2abc";
    assertSame(text, Texts.key(text));
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
      Texts.Numbering n = Texts.numberingOrNull(text);
      if (m.find()) {
        assertEquals(new Texts.Numbering(k.substring(0, m.start(1)), Integer.parseInt(m.group(1))), n, text);
        assertEquals(Optional.of(n), Texts.numbering(text));
      } else {
        assertNull(n, text);
        assertEquals(Optional.empty(), Texts.numbering(text));
      }
    });
  }

  /** Pieces of text and, for each, pieces with the same key (and "ข" for one without). */
  private static final String[][] SAME_KEY = {
      {"ก", "ก"}, {" ", "", "\t", "\n", "\u000B\f\r"}, {"1", "๑"}, {"A", "a"}, {"Ä", "ä"},
      {"Σ", "σ"}, {"x", "X"}, {"๙", "9"}, {"ข", "ข"}};

  @Test
  void aKeyHashAndAKeyComparisonAgreeWithTheKeys() {
    // Up to three times the characters a key hash reads at each end, so that its ends overlap,
    // meet or leave a middle unread.
    Gen<List<Integer>> picks = lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 3 * Texts.HASHED);
    qt().withExamples(20_000).forAll(picks, integers().between(0, 3)).checkAssert((p, change) -> {
      StringBuilder a = new StringBuilder();
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < p.size(); i++) {
        String[] same = SAME_KEY[p.get(i) % SAME_KEY.length];
        a.append(same[0]);
        // Now and then a piece of another key, so that some pairs differ.
        b.append(change == 0 && i == p.size() - 1 ? "ข" : same[p.get(i) / SAME_KEY.length % same.length]);
      }
      for (String text : List.of(a.toString(), b.toString())) {
        String key = Texts.key(text);
        assertEquals(key.isEmpty() ? -1 : endsHash(key), Texts.keyHash(text), text);
      }
      assertEquals(Texts.key(a.toString()).equals(Texts.key(b.toString())),
          Texts.sameKey(a.toString(), b.toString()), () -> a + " / " + b);
      assertEquals(Texts.sameKey(a.toString(), b.toString()), Texts.sameKey(b.toString(), a.toString()));
    });
  }

  /** The hash of a key's first {@link Texts#HASHED} characters, then of its last ones from the end. */
  private static long endsHash(String key) {
    int ends = Math.min(Texts.HASHED, key.length());
    String backwards = new StringBuilder(key.substring(key.length() - ends)).reverse().toString();
    return (key.substring(0, ends) + backwards).hashCode() & 0xFFFF_FFFFL;
  }

  @Test
  void twoTextsThatDifferOnlyInTheMiddleShareAKeyHashButNotAKey() {
    String a = "ร้อยละของนักเรียนที่อ่านออกเขียนได้ตามเกณฑ์ของสำนักงานเขต";
    String b = "ร้อยละของนักเรียนที่คิดเลขเป็นได้ตามเกณฑ์ของสำนักงานเขต";
    assertEquals(Texts.keyHash(a), Texts.keyHash(b));
    assertFalse(Texts.sameKey(a, b));
  }

  @Test
  void aLongNumberKeepsItsLastNineDigits() {
    assertEquals(new Texts.Numbering("x1", 234567890), Texts.numberingOrNull("x1234567890."));
    assertEquals(new Texts.Numbering("", 123456789), Texts.numberingOrNull("123456789"));
    assertEquals(new Texts.Numbering("(", 3), Texts.numberingOrNull("(๓)"));
    assertNull(Texts.numberingOrNull("ก."));
  }

  @Test
  void aNumberingTakesThePrefixOfThePreviousWhenItIsTheSame() {
    Texts.Numbering first = Texts.numberingOrNull("1.1");
    Texts.Numbering second = Texts.numberingOrNull("๑. ๒", first);
    assertEquals(new Texts.Numbering("1.", 2), second);
    assertSame(first.prefix(), second.prefix());
    Texts.Numbering other = Texts.numberingOrNull("2.1", second);
    assertEquals(new Texts.Numbering("2.", 1), other);
    assertEquals(new Texts.Numbering("1.1.", 3), Texts.numberingOrNull("1.1.3", first));
    assertEquals(new Texts.Numbering("", 7), Texts.numberingOrNull("7", null));
  }

  @Test
  void aSeriesMakesPathsOnlyForItsEvents() {
    AtomicInteger made = new AtomicInteger();
    NumberSequence.Series clean = new NumberSequence.Series(k -> "x[" + made.incrementAndGet() + k + "]");
    for (int i = 1; i <= 5; i++) {
      clean.add(Integer.toString(i), "plan", i);
    }
    assertEquals(List.of(), NumberSequence.analyse(clean));
    assertEquals(0, made.get());
    NumberSequence.Series broken = new NumberSequence.Series(k -> String.valueOf((char) ('a' + k)))
        .add("1", "plan", 0).add("3", "plan", 1).add("3", "plan", 2);
    List<NumberSequence.Event> events = NumberSequence.analyse(broken);
    assertEquals(List.of(
        new NumberSequence.Event(new NumberSequence.Item("b", "3", "plan"), false, "", "", 2, 2),
        new NumberSequence.Event(new NumberSequence.Item("c", "3", "plan"), true, "b", "3", 0, 0)), events);
    assertEquals(3, broken.size());
  }

  /**
   * A series built as plans number: runs of a parent, each counting up within a prefix, and now
   * and then a step that breaks it (a parent or prefix coming back, a skip, a repeat, a restart,
   * a number without a digit), so that both the one-pass test and the grouping are exercised.
   */
  private static NumberSequence.Series series(List<Integer> steps) {
    NumberSequence.Series series = new NumberSequence.Series(k -> "x[" + k + "]");
    String[] prefixes = {"", "1.", "๒.", "S1-"};
    int parent = 0;
    int prefix = 0;
    int value = 0;
    for (int i = 0; i < steps.size(); i++) {
      int step = steps.get(i);
      switch (step) {
        case 0: parent++; value = 0; break;                         // the next parent, from 1
        case 1: parent++; break;                                    // the next parent, running on
        case 2: prefix = (prefix + 1) % prefixes.length; value = 0; break;
        case 3: parent = Math.max(0, parent - 1); break;            // an earlier parent again
        case 4: value++; break;                                     // a skip
        case 5: value--; break;                                     // a repeat
        case 6: value = -1; break;                                  // a restart at 1
        default: break;                                             // the next number
      }
      value = Math.max(0, value) + 1;
      String written = step == 8 ? "ก." : prefixes[prefix] + value;
      series.add(written, parent % 2 == 0 ? "p" + parent : (Object) parent, i);
    }
    return series;
  }

  @Test
  void theOnePassTestForPlainNumberingFindsWhatTheGroupingFinds() {
    // Most steps count on, so that many series are plain and the one-pass answer is tried.
    Gen<List<Integer>> steps = lists().of(integers().between(0, 40).map(n -> n > 8 ? 7 : n)).ofSizeBetween(0, 30);
    int[] plain = new int[1];
    qt().withExamples(20_000).forAll(steps).checkAssert(s -> {
      NumberSequence.Series series = series(s);
      List<NumberSequence.Event> grouped = NumberSequence.analyseGrouped(series);
      assertEquals(grouped, NumberSequence.analyse(series), s::toString);
      if (grouped.isEmpty()) {
        plain[0]++;
      }
    });
    assertTrue(plain[0] > 2_000, () -> "too few plain series to test the one-pass answer: " + plain[0]);
  }

  @Test
  void eventsComeInDocumentOrderAcrossParents() {
    List<NumberSequence.Item> items = List.of(
        new NumberSequence.Item("p[0]", "1", "A"), new NumberSequence.Item("p[1]", "3", "B"),
        new NumberSequence.Item("p[2]", "1", "A"), new NumberSequence.Item("p[3]", "5", "B"));
    List<String> order = NumberSequence.analyse(items).stream()
        .map(e -> e.item().path() + (e.duplicate() ? " repeats " + e.firstPath() : " after gap " + e.missingFrom()))
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
    assertEquals(3, events.get(0).get(0).missingFrom());
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
  void aTextSitesPathJoinsOwnerIndexAndField() {
    assertEquals("vision", new IdentityRules.TextSite("t", "vision", -1, "").path());
    assertEquals("projects[4].title", new IdentityRules.TextSite("t", "projects", 4, ".title").path());
    assertEquals("projects[0].title", new IdentityRules.TextSite("t", "projects", 0, ".title").path());
    assertEquals("strategies[0].indicators[1].text",
        new IdentityRules.TextSite("t", "strategies[0].indicators[1]", -1, ".text").path());
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
          .filter(f -> f.path().equals("projects[0].title")).map(f -> f.values().get("written"))
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
