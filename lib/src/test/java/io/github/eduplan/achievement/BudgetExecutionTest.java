package io.github.eduplan.achievement;

import static io.github.eduplan.achievement.ExamplePlan.FY2565;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.Baht;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BudgetExecutionTest {
  static final AchievementCalculator CALC = AchievementCalculator.of();

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  @Test
  void aProjectIsComparedWithItsQuarterlyPlanAndTheCumulativeTargets() {
    StrategicPlan plan = ExamplePlan.plan();
    // docs:project:begin
    DisbursementTargets targets = DisbursementTargets.of("ตัวอย่าง", 30, 52, 75, 100);
    Spending spending = Spending.of(FiscalYear.of(2565),
        ProjectSpending.of("1", FiscalYear.of(2565), 30_000, 45_500, 0, 0));
    BudgetExecution one = AchievementCalculator.of()
        .execution(plan.projects().get(0), spending, targets, Quarter.Q2);
    // budget 121,940; ไตรมาส 2: spent 45,500 of 60,000 planned = 75.83 %;
    // cumulative 75,500 ÷ 121,940 = 61.92 % against 52 %: met
    // docs:project:end
    QuarterExecution q1 = one.quarter(Quarter.Q1);
    assertEquals(dec("75.00"), q1.rateOfPlan().orElseThrow());
    assertEquals(dec("24.60"), q1.cumulativeRate().orElseThrow());
    assertEquals(Optional.of(false), q1.meetsTarget());
    QuarterExecution q2 = one.quarter(Quarter.Q2);
    assertEquals(dec("75.83"), q2.rateOfPlan().orElseThrow());
    assertEquals(Baht.of(75_500), q2.cumulativeSpent().orElseThrow());
    assertEquals(Baht.of(100_000), q2.cumulativePlanned());
    assertEquals(dec("61.92"), q2.cumulativeRate().orElseThrow());
    assertEquals(Optional.of(true), q2.meetsTarget());
    QuarterExecution q3 = one.quarter(Quarter.Q3);
    assertEquals(Optional.empty(), q3.spent(), "after the last quarter reported");
    assertEquals(Optional.empty(), q3.meetsTarget());
    assertEquals(Baht.of(75_500), one.spent());
    assertEquals(dec("46440.00"), one.remaining());
    assertEquals(dec("61.92"), one.disbursementRate().orElseThrow());
    IllegalArgumentException inconsistent = assertThrows(IllegalArgumentException.class,
        () -> BudgetExecution.builder().from(one).through(Quarter.Q1).build());
    assertTrue(inconsistent.getMessage().contains("Q2"), inconsistent.getMessage());
  }

  @Test
  void meetingADisbursementTargetIsDecidedOnTheExactAmounts() {
    io.github.eduplan.model.Project project = ExamplePlan.project("7", "1", "กลุ่มบริหารงานการเงินและสินทรัพย์",
        100_000, io.github.eduplan.model.QuarterlyBudget.of(25_000, 25_000, 25_000, 25_000));
    Spending spending = Spending.of(FY2565, ProjectSpending.builder().project("7").year(FY2565)
        .putSpent(Quarter.Q1, Baht.of(dec("51996.00"))).build());
    QuarterExecution q1 = CALC.execution(project, spending, DisbursementTargets.of("ทดสอบ", 52, 60, 75, 100),
        Quarter.Q1).quarter(Quarter.Q1);
    assertEquals(dec("52.00"), q1.cumulativeRate().orElseThrow());
    assertEquals(Optional.of(false), q1.meetsTarget(), "51.996 % prints as 52.00 % but misses 52 %");
  }

  @Test
  void executionsSumByStrategyGroupAndPlan() {
    StrategicPlan plan = ExamplePlan.plan();
    DisbursementTargets targets = DisbursementTargets.example();
    List<BudgetExecution> byStrategy = CALC.executionByStrategy(plan, ExamplePlan.spending(), targets, Quarter.Q2);
    assertEquals(List.of(Optional.of("1"), Optional.of("๒"), Optional.empty()),
        byStrategy.stream().map(BudgetExecution::key).collect(Collectors.toList()));
    assertEquals(Baht.of(171_940), byStrategy.get(0).allocated());
    assertEquals(Baht.of(120_500), byStrategy.get(0).spent());
    assertEquals(dec("70.08"), byStrategy.get(0).disbursementRate().orElseThrow());
    assertEquals(dec("50.00"), byStrategy.get(1).disbursementRate().orElseThrow());
    assertEquals(Optional.empty(), byStrategy.get(2).disbursementRate(), "no budget: no rate, not 0 %");

    List<BudgetExecution> byGroup = CALC.executionByGroup(plan, ExamplePlan.spending(), targets, Quarter.Q2);
    assertEquals(Optional.of("กลุ่มนโยบายและแผน"), byGroup.get(0).key());
    assertEquals(dec("54.51"), byGroup.get(0).disbursementRate().orElseThrow());
    assertEquals(dec("90.00"), byGroup.get(1).disbursementRate().orElseThrow());

    BudgetExecution whole = CALC.planExecution(plan, ExamplePlan.spending(), targets, Quarter.Q2);
    assertEquals(Baht.of(371_940), whole.allocated());
    assertEquals(Baht.of(220_500), whole.spent());
    assertEquals(dec("59.28"), whole.disbursementRate().orElseThrow());
    assertEquals(dec("25.54"), whole.quarter(Quarter.Q1).cumulativeRate().orElseThrow());
    assertEquals(4, whole.parts().size());
    assertEquals(whole.spent(), Baht.sum(whole.parts().stream().map(BudgetExecution::spent).collect(Collectors.toList())));
  }

  @Test
  void budgetIsSetNextToResultsPerStrategy() {
    StrategicPlan plan = ExamplePlan.plan();
    PlanAchievement achievement = CALC.assess(plan, FY2565, ExamplePlan.results());
    List<BudgetVersusResults> rows = CALC.budgetVersusResults(plan, achievement, ExamplePlan.spending(),
        DisbursementTargets.example(), Quarter.Q2);
    assertEquals(List.of("1", "๒"), rows.stream().map(BudgetVersusResults::strategy).collect(Collectors.toList()));
    assertEquals(dec("70.08"), rows.get(0).budgetSpentShare().orElseThrow());
    assertEquals(dec("66.67"), rows.get(0).indicatorsMetShare().orElseThrow());
    assertEquals(dec("50.00"), rows.get(1).budgetSpentShare().orElseThrow());
    assertEquals(dec("50.00"), rows.get(1).indicatorsMetShare().orElseThrow());
  }

  @Test
  void aRepeatedProjectNumberGetsItsSpendingOnce() {
    StrategicPlan plan = ExamplePlan.plan();
    StrategicPlan repeated = StrategicPlan.builder().from(plan)
        .addProject(ExamplePlan.project("1", "1", "กลุ่มนโยบายและแผน", 10_000,
            io.github.eduplan.model.QuarterlyBudget.of(10_000, 0, 0, 0))).build();
    BudgetExecution whole = CALC.planExecution(repeated, ExamplePlan.spending(), DisbursementTargets.example(), Quarter.Q4);
    assertEquals(Baht.of(220_500), whole.spent());
    assertEquals(Baht.ZERO, whole.parts().get(4).spent());
  }

  @Test
  void targetsAndSpendingThatCanNeverBeLegalAreRejected() {
    IllegalArgumentException falling = assertThrows(IllegalArgumentException.class,
        () -> DisbursementTargets.of("ผิด", 30, 25, 75, 100));
    assertTrue(falling.getMessage().contains("cumulative"), falling.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DisbursementTargets.of("ผิด", 30, 52, 75, 101));
    assertThrows(IllegalArgumentException.class, () -> Spending.of(FY2565,
        ProjectSpending.of("1", FY2565, 1, 0, 0, 0), ProjectSpending.of("๑", FY2565, 1, 0, 0, 0)));
    assertThrows(IllegalArgumentException.class, () -> Spending.of(FY2565,
        ProjectSpending.of("1", FiscalYear.of(2566), 1, 0, 0, 0)));
    assertTrue(DisbursementTargets.example().label().orElseThrow().contains("example"));
  }
}
