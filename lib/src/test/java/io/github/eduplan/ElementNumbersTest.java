package io.github.eduplan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.eduplan.achievement.AchievementCalculator;
import io.github.eduplan.achievement.ActualResults;
import io.github.eduplan.achievement.BudgetExecution;
import io.github.eduplan.achievement.BudgetVersusResults;
import io.github.eduplan.achievement.DisbursementTargets;
import io.github.eduplan.achievement.PlanAchievement;
import io.github.eduplan.achievement.ProjectSpending;
import io.github.eduplan.achievement.Spending;
import io.github.eduplan.alignment.AlignmentMap;
import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.alignment.ElementKind;
import io.github.eduplan.alignment.PlanElement;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.StatedTotal;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.TotalScope;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.time.Quarter;
import io.github.eduplan.validation.Finding;
import io.github.eduplan.validation.PlanValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A strategy numbered "1." whose projects name strategy "1", "๑" or "(1)": every part of the library
 * that matches a project to its strategy finds the same strategy, with the same money.
 */
class ElementNumbersTest {
  private static final FiscalYear FY2565 = FiscalYear.of(2565);

  private static Project project(String number, String strategy, long budget) {
    return Project.builder().number(number).title("โครงการที่ " + number).strategy(strategy)
        .budget(Baht.of(budget)).quarterlyPlan(QuarterlyBudget.of(budget, 0, 0, 0))
        .addActiveQuarters(Quarter.Q1).group("กลุ่มนโยบายและแผน").build();
  }

  private static final StrategicPlan PLAN = StrategicPlan.builder()
      .office(Office.of("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2"))
      .kind(PlanKind.ACTION_PLAN)
      .period(FiscalYearRange.parse("2565"))
      .addStrategy(Strategy.builder().number("1.").title("ส่งเสริมความปลอดภัย").build())
      .addStrategy(Strategy.builder().number("๒").title("เพิ่มโอกาสทางการศึกษา").build())
      .addProject(project("1", "1", 10_000))
      .addProject(project("2", "๑", 20_000))
      .addProject(project("3", "(1)", 30_000))
      .addProject(project("4", "2.", 4_000))
      .addStatedTotal(StatedTotal.builder().scope(TotalScope.STRATEGY).key("1").amount(Baht.of(60_000)).build())
      .addStatedTotal(StatedTotal.builder().scope(TotalScope.STRATEGY).key("2").amount(Baht.of(4_000)).build())
      .build();

  @Test
  void theValidatorFindsEveryProjectsStrategyAndEveryTotalRight() {
    List<String> codes = PlanValidator.standard().build().validate(PLAN).findings().stream()
        .map(Finding::code)
        .filter(c -> c.contains("STRATEGY") || c.contains("TOTAL"))
        .toList();
    assertEquals(List.of(), codes);
  }

  @Test
  void thePlanFindsAStrategysProjectsWhateverTheWritingOfItsNumber() {
    assertEquals(List.of("1", "2", "3"), PLAN.projectsOf("1").stream().map(Project::number).toList());
    assertEquals(List.of("1", "2", "3"), PLAN.projectsOf("๑.").stream().map(Project::number).toList());
    assertEquals("1.", PLAN.strategy("(1)").orElseThrow().number());
    assertEquals("๒", PLAN.strategy("2").orElseThrow().number());
  }

  @Test
  void theAlignmentMapPutsEveryProjectUnderItsStrategy() {
    AlignmentMap map = AlignmentMap.of(PLAN, Catalogue.bundled());
    List<PlanElement> strategies = map.elements(ElementKind.STRATEGY);
    for (PlanElement project : map.elements(ElementKind.PROJECT)) {
      int expected = project.number().orElseThrow().equals("4") ? 1 : 0;
      assertEquals(List.of(strategies.get(expected)), map.strategiesOf(project), project.path());
    }
  }

  @Test
  void theCalculatorsGiveTheStrategyAllItsProjectsMoney() {
    AchievementCalculator calc = AchievementCalculator.of();
    Spending spending = Spending.of(FY2565,
        ProjectSpending.of("1", FY2565, 10_000, 0, 0, 0),
        ProjectSpending.of("๒", FY2565, 20_000, 0, 0, 0),
        ProjectSpending.of("(3)", FY2565, 30_000, 0, 0, 0));
    DisbursementTargets targets = DisbursementTargets.of("ตัวอย่าง", 30, 52, 75, 100);
    List<BudgetExecution> byStrategy = calc.executionByStrategy(PLAN, spending, targets, Quarter.Q1);
    assertEquals(2, byStrategy.size(), byStrategy.toString());
    assertEquals(Baht.of(60_000), byStrategy.get(0).allocated());
    assertEquals(Baht.of(60_000), byStrategy.get(0).spent());
    assertEquals(Baht.of(4_000), byStrategy.get(1).allocated());
    PlanAchievement achievement = calc.assess(PLAN, FY2565, ActualResults.builder().build());
    List<BudgetVersusResults> rows = calc.budgetVersusResults(PLAN, achievement, spending, targets, Quarter.Q1);
    assertEquals(List.of("1.", "๒"), rows.stream().map(BudgetVersusResults::strategy).toList());
    assertEquals(Baht.of(60_000), rows.get(0).budget().allocated());
    assertEquals(Baht.of(4_000), rows.get(1).budget().allocated());
  }
}
