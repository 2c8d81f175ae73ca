package io.github.eduplan.diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.diff.FieldChange.Field;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Guideline;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.Person;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.Target;
import io.github.eduplan.model.Unit;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PlanDiffTest {
  private static final Locale THAI = Locale.forLanguageTag("th");

  private static final List<String> TITLES = List.of(
      "ส่งเสริมการจัดการศึกษาให้ผู้เรียนมีความปลอดภัยจากภัยทุกรูปแบบ",
      "สร้างโอกาสและความเสมอภาคทางการศึกษาให้กับประชากรวัยเรียนทุกคน",
      "ยกระดับคุณภาพการศึกษาให้สอดคล้องกับการเปลี่ยนแปลงในศตวรรษที่ 21",
      "เพิ่มประสิทธิภาพการบริหารจัดการศึกษา");

  private static StrategicPlan.Builder plan() {
    return StrategicPlan.builder()
        .office(Office.builder().name("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2").build())
        .kind(PlanKind.ACTION_PLAN)
        .title("แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2565")
        .period(FiscalYearRange.of(2565, 2565));
  }

  private static Strategy strategy(String number, String title, Indicator... indicators) {
    return Strategy.builder().number(number).title(title).addIndicators(indicators).build();
  }

  private static Indicator indicator(String code, String text) {
    return Indicator.builder().code(code).text(text).unit(Unit.PERCENT).measureKind(MeasureKind.PERCENTAGE)
        .direction(Direction.INCREASE).putTarget(FiscalYear.of(2565), Target.of(85)).build();
  }

  private static Project project(String number, String title, String strategy, long q1, long q2, long q3, long q4) {
    QuarterlyBudget q = QuarterlyBudget.of(q1, q2, q3, q4);
    return Project.builder().number(number).title(title).strategy(strategy).budget(q.total()).quarterlyPlan(q).build();
  }

  private static List<String> summary(PlanDiff diff) {
    return diff.changes().stream()
        .map(c -> c.part() + " " + c.kinds() + " " + c.olderPath().orElse("-") + " " + c.newerPath().orElse("-"))
        .toList();
  }

  @Test
  void normalisingLeavesOutSpacesDigitsPunctuationAndTheAbbreviationMark() {
    assertEquals(Similarity.normalize("กลยุทธ์ที่ 1 ส่งเสริม (PM 2.5)"), Similarity.normalize("กลยุทธ์ที่๑ส่งเสริม “pm”"));
    assertEquals("กลยุทธ์ที่ส่งเสริมpm", Similarity.normalize("กลยุทธ์ที่ ๑. ส่งเสริม (PM 2.5)"));
    assertEquals("แผนแม่บท", Similarity.normalize("แผนแม่บทฯ"));
    assertEquals("ต่างๆ", Similarity.normalize("ต่าง ๆ"));
    // sara am typed as nikhahit + sara aa reads the same as sara am
    assertEquals(Similarity.normalize("การดำเนินงาน"), Similarity.normalize("การด\u0E4D\u0E32เนินงาน"));
    String plain = "ส่งเสริมการอ่าน";
    assertTrue(plain == Similarity.normalize(plain), "a text with nothing to leave out is not copied");
  }

  @Test
  void similarityIsTheDiceCoefficientOfBigrams() {
    int[] a = Similarity.bigrams(Similarity.normalize("การศึกษา"));
    int[] b = Similarity.bigrams(Similarity.normalize("การ ศึกษา ๒๕๖๕"));
    assertEquals(1.0, Similarity.dice(a, b));
    assertEquals(0.0, Similarity.dice(a, Similarity.bigrams("")));
    assertEquals(0.0, Similarity.dice(Similarity.bigrams(""), Similarity.bigrams("")));
    int[] c = Similarity.bigrams("abcd");
    int[] d = Similarity.bigrams("abce");
    assertEquals(2 * 2.0 / 6, Similarity.dice(c, d), 1e-12);   // ab, bc shared of 3 + 3
    assertTrue(Similarity.reaches(c, d, 2, 66));
    assertFalse(Similarity.reaches(c, d, 2, 67));
    assertArrayEquals(new int[] {'ก' << 16}, Similarity.bigrams("ก"));
  }

  @Test
  void aStrategyRenumberedAndRewordedAfterAnotherIsDroppedIsMatchedNotRemovedAndAdded() {
    StrategicPlan older = plan().addStrategies(strategy("1", TITLES.get(0)), strategy("2", TITLES.get(1)),
        strategy("3", TITLES.get(2)), strategy("4", TITLES.get(3))).build();
    StrategicPlan newer = plan().addStrategies(strategy("1", TITLES.get(0)),
        strategy("2", "ยกระดับคุณภาพการศึกษาให้สอดคล้องกับการเปลี่ยนแปลงและทักษะในศตวรรษที่ 21"),
        strategy("๓", TITLES.get(3))).build();
    PlanDiff diff = PlanDiff.between(older, newer);
    assertEquals(List.of(
        "STRATEGY [REMOVED] $.strategies[1] -",
        "STRATEGY [RENUMBERED, RETITLED] $.strategies[2] $.strategies[1]",
        "STRATEGY [RENUMBERED] $.strategies[3] $.strategies[2]"), summary(diff));
    ElementChange reworded = diff.changes().get(1);
    assertEquals(Optional.of("3"), reworded.olderNumber());
    assertEquals(Optional.of("2"), reworded.newerNumber());
    assertEquals(Optional.of(TITLES.get(2)), reworded.olderText());
  }

  @Test
  void numbersAreComparedAsElementNumberComparesThem() {
    StrategicPlan older = plan().addStrategies(strategy("1.", TITLES.get(0)), strategy("2", TITLES.get(1))).build();
    StrategicPlan newer = plan().addStrategies(strategy("(๑)", TITLES.get(0)), strategy("๒", TITLES.get(1))).build();
    assertTrue(PlanDiff.between(older, newer).isEmpty());
  }

  @Test
  void aTotallyRewordedElementUnderTheSameNumberIsRemovedAndAdded() {
    StrategicPlan older = plan().addStrategies(strategy("1", TITLES.get(0))).build();
    StrategicPlan newer = plan().addStrategies(strategy("1", TITLES.get(3))).build();
    assertEquals(List.of("STRATEGY [REMOVED] $.strategies[0] -", "STRATEGY [ADDED] - $.strategies[0]"),
        summary(PlanDiff.between(older, newer)));
  }

  private static final List<String> PROJECT_TITLES = List.of("",
      "การจัดงานวันสำคัญทางลูกเสือ เนตรนารี และยุวกาชาด", "ส่งเสริมการจัดการศึกษาโรงเรียนบนพื้นที่สูง",
      "ประชุมเชิงปฏิบัติการจัดทำแผนปฏิบัติการ", "นิเทศ ติดตาม และประเมินผลการจัดการศึกษา",
      "ป้องกันและแก้ไขปัญหายาเสพติดในสถานศึกษา");

  private static StrategicPlan projects(String... order) {
    StrategicPlan.Builder b = plan();
    for (String n : order) {
      b.addProject(project(n, PROJECT_TITLES.get(Integer.parseInt(n)), "1", 1000, 0, 0, 0));
    }
    return b.build();
  }

  @Test
  void twoSwappedNeighboursAreBothMovedButOneTakenToTheFrontIsTheOnlyOneMoved() {
    assertEquals(List.of("PROJECT [MOVED] $.projects[1] $.projects[0]", "PROJECT [MOVED] $.projects[0] $.projects[1]"),
        summary(PlanDiff.between(projects("1", "2", "3"), projects("2", "1", "3"))));
    assertEquals(List.of("PROJECT [MOVED] $.projects[4] $.projects[0]"),
        summary(PlanDiff.between(projects("1", "2", "3", "4", "5"), projects("5", "1", "2", "3", "4"))));
    // an element added or removed moves nothing
    assertEquals(List.of("PROJECT [ADDED] - $.projects[0]", "PROJECT [REMOVED] $.projects[2] -"),
        summary(PlanDiff.between(projects("1", "2", "3"), projects("4", "1", "2"))));
  }

  @Test
  void elementsInEveryLongestRunKeepTheirPlace() {
    assertArrayEquals(new boolean[] {true, true, true}, Matcher.inEveryLongestRun(new int[] {0, 1, 2}));
    assertArrayEquals(new boolean[] {false, false}, Matcher.inEveryLongestRun(new int[] {1, 0}));
    assertArrayEquals(new boolean[] {false, true, true, true}, Matcher.inEveryLongestRun(new int[] {3, 0, 1, 2}));
    assertArrayEquals(new boolean[] {false, false, true}, Matcher.inEveryLongestRun(new int[] {1, 0, 2}));
    assertArrayEquals(new boolean[] {true, false, false, true}, Matcher.inEveryLongestRun(new int[] {0, 2, 1, 3}));
  }

  @Test
  void anIndicatorMovedToAnotherStrategyIsMovedWithItsPathInBoth() {
    Indicator moving = indicator("1.2", "ร้อยละของสถานศึกษาที่มีระบบดูแลช่วยเหลือนักเรียน");
    StrategicPlan older = plan().addStrategies(
        strategy("1", TITLES.get(0), indicator("1.1", "ร้อยละของผู้เรียนที่ปลอดภัย"), moving),
        strategy("2", TITLES.get(1), indicator("2.1", "ร้อยละของผู้เรียนที่ได้รับทุน"))).build();
    StrategicPlan newer = plan().addStrategies(
        strategy("1", TITLES.get(0), indicator("1.1", "ร้อยละของผู้เรียนที่ปลอดภัย")),
        strategy("2", TITLES.get(1), indicator("2.1", "ร้อยละของผู้เรียนที่ได้รับทุน"),
            Indicator.builder().from(moving).code("2.2").build())).build();
    assertEquals(List.of("INDICATOR [MOVED, RENUMBERED] $.strategies[0].indicators[1] $.strategies[1].indicators[1]"),
        summary(PlanDiff.between(older, newer)));
  }

  @Test
  void aProjectFollowingItsRenumberedStrategyKeepsItsStrategyOneMovedToAnotherDoesNot() {
    StrategicPlan older = plan().addStrategies(strategy("1", TITLES.get(0)), strategy("2", TITLES.get(1)))
        .addProjects(project("1", "การจัดงานวันสำคัญทางลูกเสือ", "2", 1000, 0, 0, 0),
            project("2", "ประชุมเชิงปฏิบัติการจัดทำแผน", "1", 1000, 0, 0, 0)).build();
    StrategicPlan newer = plan().addStrategies(strategy("1", TITLES.get(0)), strategy("5", TITLES.get(1)))
        .addProjects(project("1", "การจัดงานวันสำคัญทางลูกเสือ", "5", 1000, 0, 0, 0),
            project("2", "ประชุมเชิงปฏิบัติการจัดทำแผน", "5", 1000, 0, 0, 0)).build();
    PlanDiff diff = PlanDiff.between(older, newer);
    assertEquals(List.of("STRATEGY [RENUMBERED] $.strategies[1] $.strategies[1]",
        "PROJECT [CHANGED] $.projects[1] $.projects[1]"), summary(diff));
    assertEquals(List.of(new FieldChange(Field.STRATEGY, "", Optional.of("1 " + TITLES.get(0)),
        Optional.of("5 " + TITLES.get(1)), Optional.empty())), diff.changes().get(1).fields());
    BudgetComparison byStrategy = diff.budgetByStrategy();
    assertEquals(List.of("1", "5"), byStrategy.rows().stream().map(BudgetComparison.Row::key).toList());
    assertEquals(new BigDecimal("-1000.00"), byStrategy.row("1").orElseThrow().difference());
    assertEquals(new BigDecimal("1000.00"), byStrategy.row("5").orElseThrow().difference());
    assertEquals(1, byStrategy.row("5").orElseThrow().projectsBefore());
    assertEquals(2, byStrategy.row("5").orElseThrow().projectsAfter());
  }

  @Test
  void aProjectsChangedDetailsAreListedWithExactMoney() {
    Project before = Project.builder().from(project("1", "การจัดงานวันสำคัญทางลูกเสือ เนตรนารี และยุวกาชาด", "1",
            24_090, 22_400, 0, 75_450))
        .addActiveQuarters(Quarter.Q1, Quarter.Q2, Quarter.Q4)
        .addResponsiblePeople(Person.of("นางสาวเฉลิมศรี กันยารอง"))
        .addAlignment(AlignmentLink.matrix("obec-policy", "3"))
        .addObjectives("เพื่อน้อมรำลึกในพระมหากรุณาธิคุณ").build();
    Project after = Project.builder().from(before)
        .quarterlyPlan(QuarterlyBudget.of(Baht.of(24_090), Baht.of(22_400), Baht.parse("20,000.50"), Baht.parse("55,449.50")))
        .activeQuarters(List.of(Quarter.Q1, Quarter.Q2, Quarter.Q3, Quarter.Q4))
        .budget(Baht.of(121_940).plus(Baht.parse("0.50")))
        .responsiblePeople(List.of(Person.of("นางเมธพร สุรเดช")))
        .alignment(List.of(AlignmentLink.matrix("obec-policy", "3"), AlignmentLink.matrix("master-plan", "12")))
        .build();
    PlanDiff diff = PlanDiff.between(plan().addProjects(before).build(), plan().addProjects(after).build());
    ElementChange c = diff.changes().get(0);
    assertEquals(Set.of(ChangeKind.CHANGED), c.kinds());
    assertEquals(List.of(
        "BUDGET  121940 121940.50 0.50",
        "QUARTER 3 0 20000.50 20000.50",
        "QUARTER 4 75450 55449.50 -20000.50",
        "ACTIVE_QUARTERS  1,2,4 1,2,3,4 -",
        "RESPONSIBLE_PERSON  นางสาวเฉลิมศรี กันยารอง - -",
        "RESPONSIBLE_PERSON  - นางเมธพร สุรเดช -",
        "ALIGNMENT  - master-plan 12 (MATRIX) -"),
        c.fields().stream().map(f -> f.field() + " " + f.at() + " " + f.before().orElse("-") + " "
            + f.after().orElse("-") + " " + f.difference().map(BigDecimal::toPlainString).orElse("-")).toList());
    assertEquals(new BigDecimal("0.50"), diff.budgetByStrategy().total().difference());
    assertEquals(new BigDecimal("0.00"), diff.budgetByQuarter().row("3").orElseThrow().difference()
        .add(diff.budgetByQuarter().row("4").orElseThrow().difference()));
    assertEquals(0, diff.budgetByQuarter().row("3").orElseThrow().projectsBefore());
    assertEquals(1, diff.budgetByQuarter().row("3").orElseThrow().projectsAfter());
  }

  @Test
  void anIndicatorsChangedDetailsGiveEachYearsOldAndNewTarget() {
    Indicator before = Indicator.builder().from(indicator("1", "ร้อยละของผู้เรียนที่อ่านออกเขียนได้"))
        .addBaselines(Baseline.of(2564, IndicatorValue.notAvailable("(N/A)")))
        .putTarget(FiscalYear.of(2566), Target.of(90))
        .putTarget(FiscalYear.of(2567), Target.of(IndicatorValue.level("5"))).build();
    Indicator after = Indicator.builder().from(before).unit(Unit.LEVEL).measureKind(MeasureKind.ORDINAL)
        .direction(Direction.MAINTAIN)
        .baselines(List.of(Baseline.of(2564, IndicatorValue.number(80))))
        .targets(java.util.Map.of(FiscalYear.of(2565), Target.of(Comparison.AT_LEAST, new BigDecimal("87.5")),
            FiscalYear.of(2567), Target.of(5), FiscalYear.of(2568), Target.of(95)))
        .build();
    PlanDiff diff = PlanDiff.between(plan().addStrategies(strategy("1", TITLES.get(0), before)).build(),
        plan().addStrategies(strategy("1", TITLES.get(0), after)).build());
    assertEquals(List.of(
        "UNIT  ร้อยละ ระดับ",
        "MEASURE_KIND  PERCENTAGE ORDINAL",
        "DIRECTION  INCREASE MAINTAIN",
        "BASELINE 2564 (N/A) 80",
        "TARGET 2565 85 ≥ 87.5",
        "TARGET 2566 90 -",
        "TARGET 2567 5 [LEVEL] 5 [NUMBER]",
        "TARGET 2568 - 95"),
        diff.changes().get(0).fields().stream()
            .map(f -> f.field() + " " + f.at() + " " + f.before().orElse("-") + " " + f.after().orElse("-")).toList());
    assertEquals(Optional.of("$.strategies[0].indicators[0]"), diff.changes().get(0).newerPath());
  }

  private static final class Comparison {
    static final io.github.eduplan.model.Comparison AT_LEAST = io.github.eduplan.model.Comparison.AT_LEAST;
  }

  @Test
  void theReportsNameEveryChangeInThaiAndEnglishAndTheJsonIsExact() {
    StrategicPlan older = plan().addStrategies(strategy("1", TITLES.get(0)))
        .addProjects(project("1", "ประชุม | ทบทวน *แผน*", "1", 1000, 0, 0, 0),
            project("2", "การจัดงานวันสำคัญทางลูกเสือ", "1", 500, 500, 0, 0)).build();
    StrategicPlan newer = plan().revision("ฉบับปรับปรุง").addStrategies(strategy("1", TITLES.get(0)))
        .addProjects(project("1", "ประชุม | ทบทวน *แผน*", "1", 0, 1000, 0, 0),
            Project.builder().number("3").title("โครงการใหม่").budget(Baht.parse("10,000.50")).build()).build();
    PlanDiff diff = PlanDiff.between(older, newer);
    String thai = diff.toMarkdown(THAI);
    assertTrue(thai.startsWith("# การเปลี่ยนแปลงของแผน\n"), thai);
    assertTrue(thai.contains("- **แผน** แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2565 — แก้ไขรายละเอียด · `$`\n"
        + "  - ฉบับปรับปรุง: เพิ่ม ฉบับปรับปรุง\n"), thai);
    assertTrue(thai.contains("- **โครงการ 1** ประชุม \\| ทบทวน \\*แผน\\* — แก้ไขรายละเอียด · `$.projects[0]`\n"
        + "  - ไตรมาส 1: 1,000 → 0 (-1,000)\n  - ไตรมาส 2: 0 → 1,000 (+1,000)\n"), thai);
    assertTrue(thai.contains("- **โครงการ 2** การจัดงานวันสำคัญทางลูกเสือ — ลบ · `$.projects[1]`\n"), thai);
    assertTrue(thai.contains("- **โครงการ 3** โครงการใหม่ — เพิ่ม · `$.projects[1]`\n"), thai);
    assertTrue(thai.contains("| 1 | " + TITLES.get(0) + " | 2 → 1 | 2,000 | 1,000 | -1,000 |"), thai);
    assertTrue(thai.contains("|  | (ไม่ระบุกลยุทธ์) | 0 → 1 | 0 | 10,000.50 | +10,000.50 |"), thai);
    assertTrue(thai.contains("|  | **รวมทั้งสิ้น** | 2 | 2,000 | 11,000.50 | +9,000.50 |"), thai);
    assertTrue(thai.contains("เพิ่ม 1 · ลบ 1 · แก้ไขรายละเอียด 2"), thai);
    String english = diff.toMarkdown(Locale.ENGLISH);
    assertTrue(english.startsWith("# Plan changes\n"), english);
    assertTrue(english.contains("- **project 2** การจัดงานวันสำคัญทางลูกเสือ — removed · `$.projects[1]`"), english);
    assertTrue(english.contains("  - quarter 2: 0 → 1,000 (+1,000)"), english);
    assertTrue(english.contains("added 1 · removed 1 · changed 2"), english);

    JsonNode json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build()
        .readTree(diff.toJson());
    assertEquals(List.of("older", "newer", "summary", "changes", "budget"), names(json));
    assertEquals("ฉบับปรับปรุง", json.get("newer").get("revision").asString());
    assertTrue(json.get("older").get("revision").isNull());
    assertEquals(4, json.get("changes").size());
    JsonNode removed = json.get("changes").get(2);
    assertEquals("PROJECT", removed.get("part").asString());
    assertEquals("REMOVED", removed.get("kinds").get(0).asString());
    assertEquals("$.projects[1]", removed.get("older").get("path").asString());
    assertTrue(removed.get("newer").isNull());
    JsonNode quarter = json.get("changes").get(1).get("fields").get(0);
    assertEquals(List.of("field", "at", "before", "after", "difference"), names(quarter));
    assertEquals("1", quarter.get("at").asString());
    assertEquals(new BigDecimal("-1000"), quarter.get("difference").decimalValue());
    JsonNode total = json.get("budget").get("byStrategy").get("total");
    assertEquals(List.of("key", "label", "projectsBefore", "projectsAfter", "before", "after", "difference"), names(total));
    assertEquals(new BigDecimal("11000.50"), total.get("after").decimalValue());
    assertEquals(new BigDecimal("9000.50"), total.get("difference").decimalValue());
    assertEquals(4, json.get("budget").get("byQuarter").get("rows").size());
    assertEquals(0, json.get("budget").get("byFrameworkItem").size(), "no links, no framework");
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.propertyNames().forEach(names::add);
    return names;
  }

  @Test
  void theBudgetByFrameworkItemComesFromTheAlignmentLinks() {
    Project linked = Project.builder().from(project("1", "การจัดงานวันสำคัญทางลูกเสือ", "1", 1000, 0, 0, 0))
        .addAlignment(AlignmentLink.matrix("obec-policy", "3")).build();
    StrategicPlan older = plan().addStrategies(strategy("1", TITLES.get(0))).addProjects(linked).build();
    StrategicPlan newer = plan().addStrategies(strategy("1", TITLES.get(0)))
        .addProjects(Project.builder().from(linked).alignment(List.of(AlignmentLink.matrix("obec-policy", "4"))).build())
        .build();
    PlanDiff diff = PlanDiff.between(older, newer);
    assertEquals(List.of(Field.ALIGNMENT, Field.ALIGNMENT),
        diff.changes().get(0).fields().stream().map(FieldChange::field).toList());
    List<BudgetComparison> byItem = diff.budgetByFrameworkItem();
    assertEquals(List.of("obec-policy"), byItem.stream().map(c -> c.framework().orElseThrow()).toList());
    assertTrue(byItem == diff.budgetByFrameworkItem(), "made once");
    BudgetComparison policy = byItem.get(0);
    assertEquals(new BigDecimal("-1000.00"), policy.row("3").orElseThrow().difference());
    assertEquals(new BigDecimal("1000.00"), policy.row("4").orElseThrow().difference());
    assertEquals(new BigDecimal("0.00"), policy.total().difference());
    assertTrue(diff.toMarkdown(THAI).contains("`obec-policy`"));
  }

  @Test
  void projectsNamingNoStrategyOrAMissingOneHaveRowsOfTheirOwn() {
    StrategicPlan older = plan().addStrategies(strategy("1", TITLES.get(0)))
        .addProjects(project("1", "ประชุมเชิงปฏิบัติการ", "9", 700, 0, 0, 0)).build();
    StrategicPlan newer = plan().addStrategies(strategy("1", TITLES.get(0)))
        .addProjects(Project.builder().from(project("1", "ประชุมเชิงปฏิบัติการ", "9", 700, 0, 0, 0)).strategy(Optional.empty())
            .build()).build();
    PlanDiff diff = PlanDiff.between(older, newer);
    assertEquals(List.of("1|" + TITLES.get(0), "9|", "|"),
        diff.budgetByStrategy().rows().stream().map(r -> r.key() + "|" + r.label()).toList());
    assertEquals(new BigDecimal("-700.00"), diff.budgetByStrategy().row("9").orElseThrow().difference());
    assertTrue(diff.toMarkdown(THAI).contains("| 9 | (ไม่มีกลยุทธ์นี้ในแผน) | 1 → 0 | 700 | 0 | -700 |"));
    assertEquals(List.of(new FieldChange(Field.STRATEGY, "", Optional.of("9"), Optional.empty(), Optional.empty())),
        diff.changes().get(0).fields());
  }

  @Test
  void aThousandProjectsRenumberedAndRewordedAreMatchedThroughTheBigramIndex() {
    List<Project> olderProjects = new ArrayList<>();
    List<Project> newerProjects = new ArrayList<>();
    String letters = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผพฟภมยรลวศษสหฬอฮ";
    for (int i = 0; i < 1000; i++) {
      String name = "" + letters.charAt(i % 40) + letters.charAt(i / 40 % 40) + letters.charAt(i / 1600 % 40);
      String title = "โครงการพัฒนาโรงเรียนบ้าน" + name + "วิทยาคาร" + name + "ให้มีคุณภาพ";
      olderProjects.add(project(Integer.toString(i + 1), title, "1", 1000, 0, 0, 0));
      if (i % 100 == 7) {
        continue;   // ten projects dropped
      }
      String reworded = i % 5 == 0 ? title.replace("ให้มีคุณภาพ", "ให้มีคุณภาพมาตรฐานสากล") : title;
      newerProjects.add(project(Integer.toString(newerProjects.size() + 1), reworded, "1", 1000, 0, 0, 0));
    }
    PlanDiff diff = PlanDiff.between(plan().addAllProjects(olderProjects).build(), plan().addAllProjects(newerProjects).build());
    assertEquals(10, diff.changes().stream().filter(c -> c.is(ChangeKind.REMOVED)).count());
    assertEquals(0, diff.changes().stream().filter(c -> c.is(ChangeKind.ADDED) || c.is(ChangeKind.MOVED)).count());
    assertEquals(200, diff.changes().stream().filter(c -> c.is(ChangeKind.RETITLED)).count());
    assertTrue(diff.changes().stream().filter(c -> c.is(ChangeKind.RETITLED)).allMatch(c -> c.is(ChangeKind.RENUMBERED)
        || c.olderPath().equals(Optional.of("$.projects[0]")) || c.olderNumber().equals(c.newerNumber())));
  }

  @Test
  void guidelinesNestedFiftyThousandDeepAreDiffedWithoutRecursion() {
    Guideline deepest = Guideline.builder().number("1").text("ส่งเสริมการอ่าน").build();
    Guideline changed = Guideline.builder().number("1").text("ส่งเสริมการอ่านและการเขียน").build();
    for (int i = 0; i < 50_000; i++) {
      deepest = Guideline.builder().number("1").text("แนวทาง").addChildren(deepest).build();
      changed = Guideline.builder().number("1").text("แนวทาง").addChildren(changed).build();
    }
    StrategicPlan older = plan().addStrategies(Strategy.builder().from(strategy("1", TITLES.get(0))).addGuidelines(deepest)
        .build()).build();
    StrategicPlan newer = plan().addStrategies(Strategy.builder().from(strategy("1", TITLES.get(0))).addGuidelines(changed)
        .build()).build();
    assertTrue(PlanDiff.between(older, older).isEmpty());
    List<ElementChange> changes = PlanDiff.between(older, newer).changes();
    assertEquals(1, changes.size());
    assertEquals(Set.of(ChangeKind.RETITLED), changes.get(0).kinds());
    assertTrue(changes.get(0).newerPath().orElseThrow().endsWith(".children[0]".repeat(3)));
    assertEquals("$.strategies[0].guidelines[0]".length() + 50_000 * ".children[0]".length(),
        changes.get(0).newerPath().orElseThrow().length());
  }

  @Test
  void aChangeRejectsKindsThatContradictItsPathsOrFields() {
    Optional<String> path = Optional.of("$.projects[0]");
    Optional<String> none = Optional.empty();
    assertThrows(IllegalArgumentException.class, () -> new ElementChange(PlanPart.PROJECT, Set.of(ChangeKind.ADDED),
        path, path, none, none, none, none, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new ElementChange(PlanPart.PROJECT,
        Set.of(ChangeKind.ADDED, ChangeKind.RETITLED), none, path, none, none, none, none, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new ElementChange(PlanPart.PROJECT, Set.of(ChangeKind.CHANGED),
        path, path, none, none, none, none, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new ElementChange(PlanPart.PROJECT, Set.of(),
        path, path, none, none, none, none, List.of()));
    FieldChange budget = new FieldChange(Field.BUDGET, "", Optional.of("1"), Optional.of("2"),
        Optional.of(new BigDecimal("1.00")));
    assertThrows(IllegalArgumentException.class, () -> new ElementChange(PlanPart.PROJECT, Set.of(ChangeKind.MOVED),
        path, path, none, none, none, none, List.of(budget)));
    ElementChange c = new ElementChange(PlanPart.PROJECT, Set.of(ChangeKind.CHANGED), path, Optional.of("$.projects[1]"),
        none, none, none, none, List.of(budget));
    assertEquals(c, c.reversed().reversed());
    assertEquals(new BigDecimal("-1.00"), c.reversed().fields().get(0).difference().orElseThrow());
    assertThrows(NullPointerException.class, () -> PlanDiff.between(null, plan().build()));
    assertThrows(NullPointerException.class, () -> PlanDiff.between(plan().build(), plan().build(), null));
  }

  @Test
  void everyFieldHasAWordInBothLanguages() {
    // MarkdownReport checks the count when the class loads; this loads it and names one of each.
    StrategicPlan older = plan().vision("ภายในปี ๒๕๗๐").build();
    StrategicPlan newer = plan().vision("ภายในปี ๒๕๗๕").period(FiscalYearRange.of(2565, 2566)).build();
    String english = PlanDiff.between(older, newer).toMarkdown(Locale.ENGLISH);
    assertTrue(english.contains("  - period: 2565 → 2565–2566\n"), english);
    assertTrue(english.contains("  - vision: ภายในปี ๒๕๗๐ → ภายในปี ๒๕๗๕\n"), english);
    assertEquals(Set.of(Field.PERIOD, Field.VISION), PlanDiff.between(older, newer).changes().get(0).fields().stream()
        .map(FieldChange::field).collect(Collectors.toSet()));
  }

  @Test
  void docsDiffNamesEveryPartKindAndField() throws java.io.IOException {
    String page = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "diff.md"),
        java.nio.charset.StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    for (Enum<?> e : List.<Enum<?>>of(PlanPart.values()[0], ChangeKind.values()[0])) {
      for (Enum<?> constant : e.getDeclaringClass().getEnumConstants()) {
        if (!page.contains("`" + constant.name() + "`")) {
          missing.add(constant.name());
        }
      }
    }
    for (Field f : Field.values()) {
      if (!page.contains("`" + f.name() + "`")) {
        missing.add(f.name());
      }
    }
    assertEquals(List.of(), missing, "named in docs/diff.md");
    assertTrue(page.contains("**" + Similarity.SAME_NUMBER_PERCENT / 100.0 + "**"), "the same-number threshold");
    assertTrue(page.contains("**" + Similarity.OTHER_PERCENT / 100.0 + "**"), "the other threshold");
    assertTrue(page.contains(String.format(Locale.ROOT, "%,d", Matcher.ALL_PAIRS)) && page.contains("at most "
        + Matcher.BIGRAM_CAP + " texts"), "the candidate limits");
  }
}
