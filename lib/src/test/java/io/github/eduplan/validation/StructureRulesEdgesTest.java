package io.github.eduplan.validation;

import static io.github.eduplan.validation.Fixtures.plan;
import static io.github.eduplan.validation.Fixtures.withIndicator;
import static io.github.eduplan.validation.Fixtures.withPlan;
import static io.github.eduplan.validation.Fixtures.withProject;
import static io.github.eduplan.validation.Fixtures.withStrategy;
import static io.github.eduplan.validation.RuleEdges.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Guideline;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.Mission;
import io.github.eduplan.model.StrategicPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Which elements the numbering, reference, repeated-text and blank-text rules look at: elements
 * without a number, blank texts, components, and references resolved in the strategy or the plan.
 * The clean plan has missions 1–2, plan goal 1, strategies 1–2 each with goal 1, guidelines 1
 * (children 1.1, 1.2) and 2, indicators 1–2, and projects 1–3.
 */
class StructureRulesEdgesTest {
  private static List<String> paths(StrategicPlan plan, String code) {
    return RuleEdges.VALIDATOR.validate(plan).byCode(code).stream().map(Finding::path).collect(Collectors.toList());
  }

  @Test
  void everyTextThatShouldSaySomethingIsCheckedForBlankInDocumentOrder() {
    StrategicPlan plan = withPlan(plan(), b -> b.title(" ")
        .missions(List.of(Mission.of("1", "พันธกิจ"), Mission.of("2", " ")))
        .goals(List.of(Goal.builder().number("1").text("").build())));
    plan = withStrategy(plan, 0, s -> s.title("\t")
        .goals(List.of(Goal.builder().number("1").text(" ").build()))
        .guidelines(List.of(Guideline.builder().number("1").text("แนวทาง")
            .addChildren(Guideline.builder().number("1.1").text(" ").build()).build())));
    plan = withIndicator(plan, 0, 0, i -> i.guideline("1").addComponent(Indicator.builder()
        .from(Fixtures.percent("1", " ")).guideline(Optional.empty()).build()));
    plan = withProject(plan, 2, p -> p.title(" "));
    assertEquals(List.of("$.title", "$.missions[1].text", "$.goals[0].text", "$.strategies[0].title",
        "$.strategies[0].goals[0].text", "$.strategies[0].guidelines[0].children[0].text",
        "$.strategies[0].indicators[0].components[0].text", "$.projects[2].title"),
        paths(plan, StandardRules.TITLE_EMPTY));
    assertEquals(List.of("WARNING $.missions[1].text: The text at $.missions[1].text is blank."),
        found(plan, StandardRules.TITLE_EMPTY).subList(1, 2));
  }

  /**
   * Paths are made only for findings, from the top of the strategy down: a guideline and a
   * component nested thousands deep get their whole path, and no rule overflows the stack.
   */
  @Test
  void deeplyNestedElementsGetTheirWholePathWithoutOverflow() {
    int depth = 30_000;
    Guideline guideline = Guideline.builder().number("1").text(" ").build();
    Indicator indicator = Indicator.builder().from(Fixtures.percent("1", " ")).guideline(Optional.empty()).build();
    for (int d = 1; d < depth; d++) {
      guideline = Guideline.builder().number("1").text("แนวทาง").addChildren(guideline).build();
      indicator = Indicator.builder().from(Fixtures.percent("1", "ตัวชี้วัด " + d)).guideline(Optional.empty())
          .addComponent(indicator).build();
    }
    Guideline deepGuideline = guideline;
    Indicator deepIndicator = indicator;
    StrategicPlan plan = withStrategy(plan(), 1, s -> s.guidelines(List.of(deepGuideline))
        .indicators(List.of(deepIndicator)));
    ValidationReport report = RuleEdges.VALIDATOR.validate(plan);
    assertEquals(List.of(), report.byCode(StandardRules.RULE_FAILED));
    String guidelinePath = "$.strategies[1].guidelines[0]" + ".children[0]".repeat(depth - 1);
    String indicatorPath = "$.strategies[1].indicators[0]" + ".components[0]".repeat(depth - 1);
    assertEquals(List.of(guidelinePath + ".text", indicatorPath + ".text"),
        paths(plan, StandardRules.TITLE_EMPTY));
  }

  @Test
  void blankTitlesAndTextsAreNotRepeatsOfEachOther() {
    StrategicPlan plan = withStrategy(withStrategy(plan(), 0, s -> s.title(" ")), 1, s -> s.title(""));
    plan = withIndicator(withIndicator(plan, 1, 0, i -> i.text(" ")), 1, 1, i -> i.text(""));
    assertEquals(List.of(), found(plan, StandardRules.STRATEGY_TITLE_DUPLICATE));
    assertEquals(List.of(), found(plan, StandardRules.INDICATOR_TEXT_DUPLICATE));
  }

  @Test
  void aRepeatedIndicatorTextNamesTheFirstOccurrence() {
    StrategicPlan plan = withIndicator(withIndicator(plan(), 1, 1, i -> i.text("ร้อยละของสถานศึกษาที่มีระบบดูแลช่วยเหลือ")),
        1, 0, i -> i.code(Optional.empty()));
    assertEquals(List.of("WARNING $.strategies[1].indicators[1].text: Indicator 2 has the same text as indicator 1 "
        + "($.strategies[0].indicators[0])."), found(plan, StandardRules.INDICATOR_TEXT_DUPLICATE));
    StrategicPlan uncoded = withIndicator(plan(), 0, 0, i -> i.code(Optional.empty()));
    uncoded = withIndicator(uncoded, 1, 1, i -> i.text("ร้อยละของสถานศึกษาที่มีระบบดูแลช่วยเหลือ"));
    assertEquals(List.of("WARNING $.strategies[1].indicators[1].text: Indicator 2 has the same text as indicator - "
        + "($.strategies[0].indicators[0])."), found(uncoded, StandardRules.INDICATOR_TEXT_DUPLICATE));
  }

  @Test
  void textsThatDifferOnlyInTheMiddleAreNotRepeats() {
    String ends = "ร้อยละของนักเรียนที่%sได้ตามเกณฑ์ของสำนักงานเขต";
    String reading = String.format(ends, "อ่านออกเขียน");
    String counting = String.format(ends, "คิดเลขเป็น");
    StrategicPlan plan = withIndicator(withIndicator(plan(), 0, 0, i -> i.text(reading)), 0, 1, i -> i.text(counting));
    plan = withIndicator(withIndicator(plan, 1, 0, i -> i.text(String.format(ends, "คิดเลข เป็น"))),
        1, 1, i -> i.text(String.format(ends, "อ่านออก เขียน")));
    List<String> repeats = RuleEdges.VALIDATOR.validate(plan).byCode(StandardRules.INDICATOR_TEXT_DUPLICATE).stream()
        .map(f -> f.path() + " repeats " + f.values().get("first")).collect(Collectors.toList());
    assertEquals(List.of(
        "$.strategies[1].indicators[0].text repeats $.strategies[0].indicators[1]",
        "$.strategies[1].indicators[1].text repeats $.strategies[0].indicators[0]"), repeats);
    StrategicPlan titles = withStrategy(withStrategy(plan(), 0, s -> s.title(reading)), 1, s -> s.title(counting));
    assertEquals(List.of(), found(titles, StandardRules.STRATEGY_TITLE_DUPLICATE));
    assertEquals(List.of("$.strategies[1].title"), paths(
        withStrategy(titles, 1, s -> s.title(String.format(ends, "อ่านออก เขียน"))), StandardRules.STRATEGY_TITLE_DUPLICATE));
  }

  @Test
  void aComponentMayRepeatTheTextOfATopLevelIndicator() {
    StrategicPlan plan = withIndicator(plan(), 1, 0, i -> i.addComponent(
        Fixtures.percent("1", "ร้อยละของสถานศึกษาที่มีระบบดูแลช่วยเหลือ")));
    assertEquals(List.of(), found(plan, StandardRules.INDICATOR_TEXT_DUPLICATE));
  }

  @Test
  void elementsWithoutANumberAreLeftOutOfTheirNumbering() {
    StrategicPlan plan = withPlan(plan(), b -> b
        .missions(List.of(Mission.of("1", "ก"), Mission.builder().text("ข").build(), Mission.of("2", "ค")))
        .addGoal(Goal.builder().text("ไม่มีเลข").build()));
    plan = withStrategy(plan, 0, s -> {
      List<Indicator> indicators = new ArrayList<>(plan().strategies().get(0).indicators());
      indicators.add(1, Indicator.builder().from(Fixtures.percent("1", "ไม่มีรหัส")).code(Optional.empty()).build());
      return s.indicators(indicators).addGoal(Goal.builder().text("ไม่มีเลข").build())
          .addGuideline(Guideline.builder().text("ไม่มีเลข").build());
    });
    for (String code : List.of(StandardRules.MISSION_NUMBER_GAP, StandardRules.MISSION_NUMBER_DUPLICATE,
        StandardRules.GOAL_NUMBER_GAP, StandardRules.GOAL_NUMBER_DUPLICATE, StandardRules.INDICATOR_CODE_GAP,
        StandardRules.INDICATOR_CODE_DUPLICATE, StandardRules.GUIDELINE_NUMBER_GAP,
        StandardRules.GUIDELINE_NUMBER_DUPLICATE)) {
      assertEquals(List.of(), found(plan, code), code);
    }
  }

  @Test
  void numbersOutOfOrderLeaveNoGap() {
    StrategicPlan plan = withStrategy(withStrategy(plan(), 0, s -> s.number("2")), 1, s -> s.number("1"));
    assertEquals(List.of(), found(plan, StandardRules.STRATEGY_NUMBER_GAP));
  }

  @Test
  void aGapOfSeveralNumbersIsGivenAsARun() {
    StrategicPlan plan = withStrategy(plan(), 1, s -> s.number("4"));
    assertEquals(List.of("WARNING $.strategies[1]: The strategies' numbering skips 2–3 before strategy 4."),
        found(plan, StandardRules.STRATEGY_NUMBER_GAP));
  }

  @Test
  void aGapsMessageKeyTellsOneMissingNumberFromARun() {
    // Users' own bundles may word the two cases differently (CODE.one, CODE.many).
    assertEquals(List.of("STRATEGY_NUMBER_GAP.many"), RuleEdges.VALIDATOR.validate(withStrategy(plan(), 1,
        s -> s.number("4"))).byCode(StandardRules.STRATEGY_NUMBER_GAP).stream().map(Finding::messageKey)
        .collect(Collectors.toList()));
    assertEquals(List.of("STRATEGY_NUMBER_GAP.one"), RuleEdges.VALIDATOR.validate(withStrategy(plan(), 1,
        s -> s.number("3"))).byCode(StandardRules.STRATEGY_NUMBER_GAP).stream().map(Finding::messageKey)
        .collect(Collectors.toList()));
  }

  @Test
  void repeatsOfTwoInterleavedSeriesAreReportedInDocumentOrder() {
    StrategicPlan plan = withStrategy(plan(), 0, s -> s.indicators(List.of(Fixtures.percent("1.1", "ก"),
        Fixtures.percent("2.1", "ข"), Fixtures.percent("2.1", "ค"), Fixtures.percent("1.1", "ง"))));
    assertEquals(List.of("$.strategies[0].indicators[2]", "$.strategies[0].indicators[3]"),
        paths(plan, StandardRules.INDICATOR_CODE_DUPLICATE));
  }

  @Test
  void topLevelGuidelinesMayRunOnAcrossStrategies() {
    StrategicPlan plan = withStrategy(plan(), 1, s -> s.guidelines(List.of(
        Guideline.builder().number("3").text("ค").build(), Guideline.builder().number("4").text("ง").build())));
    plan = withIndicator(withIndicator(plan, 1, 0, i -> i.guideline("3")), 1, 1, i -> i.guideline("4"));
    assertEquals(List.of(), found(plan, StandardRules.GUIDELINE_NUMBER_GAP));
    StrategicPlan reused = withStrategy(plan, 1, s -> s.guidelines(List.of(
        Guideline.builder().number("3").text("ค").build(), Guideline.builder().number("2").text("ง").build())));
    assertEquals(List.of("WARNING $.strategies[1].guidelines[1]: Guideline 2 has the same number as "
        + "$.strategies[0].guidelines[1] (2)."), found(reused, StandardRules.GUIDELINE_NUMBER_DUPLICATE));
  }

  /**
   * Child guidelines form one series per strategy and depth: numbering that runs on from another
   * strategy's children, or from the level above, is a gap.
   */
  @Test
  void childGuidelinesRestartInEachStrategyAndAtEachDepth() {
    StrategicPlan plan = withStrategy(plan(), 1, s -> s.guidelines(List.of(
        Guideline.builder().number("1").text("ก")
            .addChildren(Guideline.builder().number("1.3").text("ก3").build())
            .addChildren(Guideline.builder().number("1.4").text("ก4").build()).build(),
        Guideline.builder().number("2").text("ข").build())));
    assertEquals(List.of("$.strategies[1].guidelines[0].children[0]"), paths(plan, StandardRules.GUIDELINE_NUMBER_GAP));
    StrategicPlan deeper = withStrategy(plan(), 0, s -> s.guidelines(List.of(
        Guideline.builder().number("1").text("ก")
            .addChildren(Guideline.builder().number("(1)").text("ก1")
                .addChildren(Guideline.builder().number("(3)").text("ก13").build()).build())
            .addChildren(Guideline.builder().number("(2)").text("ก2").build()).build(),
        Guideline.builder().number("2").text("ข").build())));
    assertEquals(List.of("$.strategies[0].guidelines[0].children[0].children[0]"),
        paths(deeper, StandardRules.GUIDELINE_NUMBER_GAP));
  }

  @Test
  void thePlansOwnGoalsAndMissionsAreNamedByTheirPlaceInTheirFindings() {
    StrategicPlan plan = withPlan(plan(), b -> b
        .missions(List.of(Mission.of("1", "ก"), Mission.of("3", "ข"), Mission.of("3", "ค")))
        .goals(List.of(Goal.builder().number("1").text("ก").build(), Goal.builder().number("1").text("ข").build())));
    assertEquals(List.of("WARNING $.missions[1]: The missions' numbering skips 2 before mission 3."),
        found(plan, StandardRules.MISSION_NUMBER_GAP));
    assertEquals(List.of("WARNING $.missions[2]: Mission 3 has the same number as $.missions[1] (3)."),
        found(plan, StandardRules.MISSION_NUMBER_DUPLICATE));
    assertEquals(List.of("WARNING $.goals[1]: Goal 1 has the same number as $.goals[0] (1)."),
        found(plan, StandardRules.GOAL_NUMBER_DUPLICATE));
  }

  @Test
  void strategyGoalsRestartInEachStrategyButRepeatWithinOne() {
    StrategicPlan plan = withStrategy(plan(), 1, s -> s.addGoal(Goal.builder().number("๑").text("ซ้ำ").build()));
    assertEquals(List.of("WARNING $.strategies[1].goals[1]: Goal ๑ has the same number as $.strategies[1].goals[0] (1)."),
        found(plan, StandardRules.GOAL_NUMBER_DUPLICATE));
  }

  @Test
  void childGuidelinesRestartUnderEachParentAndRepeatOnlyAmongSiblings() {
    StrategicPlan plan = withStrategy(plan(), 0, s -> s.guidelines(List.of(
        Guideline.builder().number("1").text("ก")
            .addChildren(Guideline.builder().number("(1)").text("ก1").build())
            .addChildren(Guideline.builder().number("(2)").text("ก2").build()).build(),
        Guideline.builder().number("2").text("ข")
            .addChildren(Guideline.builder().number("(1)").text("ข1").build())
            .addChildren(Guideline.builder().number("(1)").text("ข2").build()).build())));
    assertEquals(List.of("WARNING $.strategies[0].guidelines[1].children[1]: Guideline (1) has the same number as "
        + "$.strategies[0].guidelines[1].children[0] ((1))."), found(plan, StandardRules.GUIDELINE_NUMBER_DUPLICATE));
    assertEquals(List.of(), found(plan, StandardRules.GUIDELINE_NUMBER_GAP));
  }

  @Test
  void aProjectWithoutAStrategyBelongsToNoUnknownStrategy() {
    StrategicPlan plan = withProject(plan(), 2, p -> p.strategy(Optional.empty()));
    assertEquals(List.of(), found(plan, StandardRules.PROJECT_STRATEGY_UNKNOWN));
  }

  @Test
  void anIndicatorsGoalMayBeThePlansOrItsOwnStrategysButNotAnotherStrategys() {
    StrategicPlan plan = withPlan(plan(), b -> b.addGoal(Goal.builder().number("2").text("เป้าประสงค์แผน").build()));
    plan = withStrategy(plan, 0, s -> s.addGoal(Goal.builder().number("3").text("เป้าประสงค์กลยุทธ์").build()));
    plan = withIndicator(withIndicator(plan, 0, 0, i -> i.goal("2")), 0, 1, i -> i.goal("๓"));
    plan = withIndicator(withIndicator(plan, 1, 0, i -> i.goal("3")), 1, 1, i -> i.goal(Optional.empty()));
    assertEquals(List.of("WARNING $.strategies[1].indicators[0].goal: Indicator 1 names goal 3, which neither its "
        + "strategy nor the plan has."), found(plan, StandardRules.INDICATOR_GOAL_UNKNOWN));
  }

  @Test
  void anIndicatorsGuidelineMustBeOneOfItsOwnStrategy() {
    StrategicPlan plan = withStrategy(plan(), 1, s -> s.guidelines(List.of(
        Guideline.builder().number("3").text("แนวทางของกลยุทธ์ที่ 2").build())));
    plan = withIndicator(plan, 0, 0, i -> i.guideline("3"));
    plan = withIndicator(plan, 1, 0, i -> i.guideline("๓"));
    plan = withIndicator(plan, 1, 1, i -> i.guideline(Optional.empty()));
    assertEquals(List.of("WARNING $.strategies[0].indicators[0].guideline: Indicator 1 names guideline 3, which its "
        + "strategy does not have."), found(plan, StandardRules.INDICATOR_GUIDELINE_UNKNOWN));
    StrategicPlan none = withIndicator(withStrategy(plan(), 1, s -> s.guidelines(List.of())), 1, 1,
        i -> i.guideline(Optional.empty()));
    assertEquals(List.of("$.strategies[1].indicators[0].guideline"),
        paths(none, StandardRules.INDICATOR_GUIDELINE_UNKNOWN));
  }
}
