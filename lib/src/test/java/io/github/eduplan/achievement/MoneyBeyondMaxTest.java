package io.github.eduplan.achievement;

import static io.github.eduplan.achievement.ExamplePlan.FY2565;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Amounts at {@link Baht#MAX} (10^15 baht), each one legal, whose totals go past it: every total,
 * execution and roll-up is exact, on a plan read from JSON, and nothing throws.
 */
class MoneyBeyondMaxTest {
  private static final AchievementCalculator CALC = AchievementCalculator.of();
  private static final Baht MAX = Baht.of(Baht.MAX);
  private static final Baht QUARTER_OF_MAX = Baht.of(new BigDecimal("250000000000000"));

  private static BigDecimal times(long n) {
    return Baht.MAX.multiply(BigDecimal.valueOf(n));
  }

  /** Two projects of 10^15 baht each in strategy 1; a third with no budget whose quarters are 10^15 each. */
  private static StrategicPlan readPlan() {
    Project first = Project.builder().number("1").title("โครงการที่ 1").strategy("1").group("กลุ่มนโยบายและแผน")
        .budget(MAX).quarterlyPlan(QuarterlyBudget.of(QUARTER_OF_MAX, QUARTER_OF_MAX, QUARTER_OF_MAX, QUARTER_OF_MAX))
        .build();
    Project second = Project.builder().from(first).number("2").title("โครงการที่ 2").build();
    Project third = Project.builder().number("3").title("โครงการที่ 3").strategy("๒").group("กลุ่มนโยบายและแผน")
        .quarterlyPlan(QuarterlyBudget.of(MAX, MAX, MAX, MAX)).build();
    StrategicPlan built = StrategicPlan.builder().from(ExamplePlan.plan()).projects(List.of(first, second, third))
        .build();
    PlanJson json = PlanJson.strict();
    StrategicPlan read = json.read(json.write(built));
    assertEquals(built, read);
    return read;
  }

  private static Spending spending() {
    return Spending.of(FY2565,
        ProjectSpending.builder().project("1").year(FY2565).putSpent(Quarter.Q1, MAX).putSpent(Quarter.Q2, MAX).build(),
        ProjectSpending.builder().project("๒").year(FY2565).putSpent(Quarter.Q1, Baht.of(times(1).divide(BigDecimal.valueOf(2))))
            .build(),
        ProjectSpending.builder().project("(3)").year(FY2565).putSpent(Quarter.Q1, MAX).putSpent(Quarter.Q2, MAX)
            .putSpent(Quarter.Q3, MAX).putSpent(Quarter.Q4, MAX).build());
  }

  @Test
  void quartersSummingPastMaxGiveTheExactAllocatedBudget() {
    StrategicPlan plan = readPlan();
    BudgetExecution third = CALC.execution(plan.projects().get(2), spending(), DisbursementTargets.example(), Quarter.Q4);
    assertEquals(times(4).setScale(2), third.allocated().amount());
    assertEquals(times(4).setScale(2), third.spent().amount());
    assertEquals(new BigDecimal("100.00"), third.disbursementRate().orElseThrow());
    assertEquals(times(3).setScale(2), third.quarter(Quarter.Q3).cumulativePlanned().amount());
    assertEquals(Optional.of(true), third.quarter(Quarter.Q4).meetsTarget());
  }

  @Test
  void twoProjectsOfMaxEachSumExactlyInEveryTotal() {
    StrategicPlan plan = readPlan();
    DisbursementTargets targets = DisbursementTargets.example();

    BudgetExecution whole = CALC.planExecution(plan, spending(), targets, Quarter.Q2);
    assertEquals(times(6).setScale(2), whole.allocated().amount(), "10^15 + 10^15 + 4 × 10^15");
    // spent: 2 × 10^15 (project 1) + 0.5 × 10^15 (project 2) + 2 × 10^15 (project 3)
    assertEquals(new BigDecimal("4500000000000000.00"), whole.spent().amount());
    assertEquals(new BigDecimal("75.00"), whole.disbursementRate().orElseThrow());
    assertEquals(new BigDecimal("1500000000000000.00"), whole.remaining());
    assertEquals(new BigDecimal("3000000000000000.00"), whole.quarter(Quarter.Q2).cumulativePlanned().amount());

    List<BudgetExecution> strategies = CALC.executionByStrategy(plan, spending(), targets, Quarter.Q2);
    assertEquals(2, strategies.size());
    BudgetExecution one = strategies.get(0);
    assertEquals(times(2).setScale(2), one.allocated().amount());
    assertEquals(new BigDecimal("2500000000000000.00"), one.spent().amount());
    assertEquals(new BigDecimal("125.00"), one.disbursementRate().orElseThrow(), "overspent");
    assertEquals(new BigDecimal("-500000000000000.00"), one.remaining());
    assertEquals(Optional.of(new BigDecimal("300.00")), one.quarter(Quarter.Q1).rateOfPlan());

    List<BudgetExecution> groups = CALC.executionByGroup(plan, spending(), targets, Quarter.Q4);
    assertEquals(1, groups.size());
    assertEquals(times(6).setScale(2), groups.get(0).allocated().amount());
    assertEquals(new BigDecimal("6500000000000000.00"), groups.get(0).spent().amount());

    PlanAchievement achievement = CALC.assess(plan, FY2565, ExamplePlan.results());
    List<BudgetVersusResults> rows = CALC.budgetVersusResults(plan, achievement, spending(), targets, Quarter.Q2);
    assertEquals(times(2).setScale(2), rows.get(0).budget().allocated().amount());
    assertEquals(times(4).setScale(2), rows.get(1).budget().allocated().amount());
    assertEquals(Optional.of(new BigDecimal("125.00")), rows.get(0).budgetSpentShare());
    assertEquals(3, CALC.rollUpGoals(achievement, Map.of()).size());
  }
}
