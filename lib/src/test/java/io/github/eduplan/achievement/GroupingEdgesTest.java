package io.github.eduplan.achievement;

import static io.github.eduplan.achievement.ExamplePlan.FY2565;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.Target;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How indicators and projects are grouped (blank goals, strategy numbers) and what a group's money is. */
class GroupingEdgesTest {
  private static final AchievementCalculator CALC = AchievementCalculator.of();

  @Test
  void anIndicatorWithABlankGoalRollsUpWithThoseNamingNone() {
    Strategy s = Strategy.builder().number("1").title("กลยุทธ์")
        .addIndicator(ExamplePlan.indicator("1", "ก", MeasureKind.QUANTITY, Direction.INCREASE, "1", Target.of(10)))
        .addIndicator(ExamplePlan.indicator("2", "ข", MeasureKind.QUANTITY, Direction.INCREASE, " ", Target.of(10)))
        .addIndicator(io.github.eduplan.model.Indicator.builder().from(ExamplePlan.indicator("3", "ค",
            MeasureKind.QUANTITY, Direction.INCREASE, "1", Target.of(10))).goal(Optional.empty()).build())
        .build();
    StrategicPlan plan = StrategicPlan.builder().from(ExamplePlan.plan()).strategies(List.of(s)).build();
    PlanAchievement a = CALC.assess(plan, FY2565, ActualResults.of());
    List<RollUp> goals = CALC.rollUpGoals(a, Map.of());
    assertEquals(List.of(Optional.of("1"), Optional.empty()), goals.stream().map(RollUp::key).collect(Collectors.toList()));
    assertEquals(2, goals.get(1).parts().size());
  }

  @Test
  void goalOneOfStrategyOneAndGoalOneOfStrategyTwoAreDifferentGoals() {
    Strategy first = Strategy.builder().number("1").title("กลยุทธ์ที่ 1")
        .addIndicator(ExamplePlan.indicator("1.1", "ก", MeasureKind.QUANTITY, Direction.INCREASE, "1", Target.of(10)))
        .addIndicator(ExamplePlan.indicator("1.2", "ข", MeasureKind.QUANTITY, Direction.INCREASE, "๑", Target.of(10)))
        .build();
    Strategy second = Strategy.builder().number("2").title("กลยุทธ์ที่ 2")
        .addIndicator(ExamplePlan.indicator("2.1", "ค", MeasureKind.QUANTITY, Direction.INCREASE, "1", Target.of(10)))
        .build();
    StrategicPlan plan = StrategicPlan.builder().from(ExamplePlan.plan()).strategies(List.of(first, second)).build();
    PlanAchievement a = CALC.assess(plan, FY2565, ActualResults.of(
        ActualResult.of(IndicatorKey.of("1", "1.1"), FY2565, IndicatorValue.number(10)),
        ActualResult.of(IndicatorKey.of("1", "1.2"), FY2565, IndicatorValue.number(12)),
        ActualResult.of(IndicatorKey.of("2", "2.1"), FY2565, IndicatorValue.number(5))));

    List<RollUp> goals = CALC.rollUpGoals(a, Map.of());

    assertEquals(2, goals.size(), "goal 1 and ๑ of strategy 1 are one goal; goal 1 of strategy 2 is another");
    RollUp ofFirst = goals.get(0);
    assertEquals(Optional.of("1"), ofFirst.strategy());
    assertEquals(Optional.of("1"), ofFirst.key());
    assertEquals(List.of(IndicatorKey.of("1", "1.1"), IndicatorKey.of("1", "1.2")),
        ofFirst.parts().stream().map(IndicatorAchievement::indicator).collect(Collectors.toList()));
    assertEquals(new BigDecimal("100.00"), ofFirst.shareMet().orElseThrow());
    RollUp ofSecond = goals.get(1);
    assertEquals(Optional.of("2"), ofSecond.strategy());
    assertEquals(Optional.of("1"), ofSecond.key());
    assertEquals(List.of(IndicatorKey.of("2", "2.1")),
        ofSecond.parts().stream().map(IndicatorAchievement::indicator).collect(Collectors.toList()));
    assertEquals(new BigDecimal("0.00"), ofSecond.shareMet().orElseThrow());
    assertEquals(new BigDecimal("50.00"), ofSecond.weightedMeanAchievement().orElseThrow());
  }

  @Test
  void indicatorsNamingNoGoalRollUpWithinTheirOwnStrategy() {
    Strategy first = Strategy.builder().number("1").title("กลยุทธ์ที่ 1")
        .addIndicator(io.github.eduplan.model.Indicator.builder().from(ExamplePlan.indicator("1.1", "ก",
            MeasureKind.QUANTITY, Direction.INCREASE, "1", Target.of(10))).goal(Optional.empty()).build())
        .build();
    Strategy second = Strategy.builder().number("2").title("กลยุทธ์ที่ 2")
        .addIndicator(io.github.eduplan.model.Indicator.builder().from(ExamplePlan.indicator("2.1", "ข",
            MeasureKind.QUANTITY, Direction.INCREASE, "1", Target.of(10))).goal(Optional.empty()).build())
        .build();
    StrategicPlan plan = StrategicPlan.builder().from(ExamplePlan.plan()).strategies(List.of(first, second)).build();
    List<RollUp> goals = CALC.rollUpGoals(CALC.assess(plan, FY2565, ActualResults.of()), Map.of());
    assertEquals(List.of(Optional.of("1"), Optional.of("2")), goals.stream().map(RollUp::strategy).collect(Collectors.toList()));
    assertEquals(List.of(Optional.empty(), Optional.empty()), goals.stream().map(RollUp::key).collect(Collectors.toList()));
  }

  @Test
  void onlyAGoalRollUpNamesAStrategy() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RollUp.builder()
        .scope(RollUpScope.STRATEGY).key("1").strategy("1").build());
    assertTrue(e.getMessage().contains("only a goal roll-up names a strategy"), e.getMessage());
  }

  @Test
  void projectsNamingOneStrategyInThaiAndArabicDigitsAreOneStrategy() {
    StrategicPlan plan = StrategicPlan.builder().from(ExamplePlan.plan()).projects(List.of(
        ExamplePlan.project("1", "1", "กลุ่มนโยบายและแผน", 1_000, QuarterlyBudget.of(500, 500, 0, 0)),
        ExamplePlan.project("2", "๑ ", "กลุ่มนโยบายและแผน", 3_000, QuarterlyBudget.of(1_500, 1_500, 0, 0)))).build();
    List<BudgetExecution> byStrategy = CALC.executionByStrategy(plan, Spending.of(FY2565), DisbursementTargets.example(),
        Quarter.Q2);
    assertEquals(List.of(Optional.of("1")), byStrategy.stream().map(BudgetExecution::key).collect(Collectors.toList()));
    assertEquals(Baht.of(4_000), byStrategy.get(0).allocated());
  }

  @Test
  void aProjectWithoutABudgetIsAllocatedItsQuarterlyPlan() {
    Project noBudget = Project.builder().from(ExamplePlan.project("1", "1", "กลุ่มนโยบายและแผน", 1,
        QuarterlyBudget.of(3_000, 1_000, 0, 0))).budget(Optional.empty()).build();
    BudgetExecution e = CALC.execution(noBudget, Spending.of(FY2565), DisbursementTargets.example(), Quarter.Q1);
    assertEquals(Baht.of(4_000), e.allocated());
  }

  @Test
  void spendingExactlyTheCumulativeTargetMeetsIt() {
    Project p = ExamplePlan.project("1", "1", "กลุ่มนโยบายและแผน", 100_000, QuarterlyBudget.of(25_000, 25_000, 25_000, 25_000));
    Spending spent = Spending.of(FY2565, ProjectSpending.of("1", FY2565, 30_000, 0, 0, 0));
    QuarterExecution q1 = CALC.execution(p, spent, DisbursementTargets.of("ทดสอบ", 30, 52, 75, 100), Quarter.Q1)
        .quarter(Quarter.Q1);
    assertEquals(Optional.of(true), q1.meetsTarget());
  }

  @Test
  void aRollUpRefusesANegativeWeightItselfAndQuarterRowsMustBeInOrder() {
    IllegalArgumentException weight = assertThrows(IllegalArgumentException.class, () -> RollUp.builder()
        .scope(RollUpScope.PLAN).putWeight(IndicatorKey.of("1", "1"), new BigDecimal("-2")).build());
    assertTrue(weight.getMessage().contains("-2"), weight.getMessage());
    Project p = ExamplePlan.project("1", "1", "กลุ่มนโยบายและแผน", 100_000, QuarterlyBudget.of(25_000, 25_000, 25_000, 25_000));
    BudgetExecution e = CALC.execution(p, Spending.of(FY2565), DisbursementTargets.example(), Quarter.Q1);
    List<QuarterExecution> swapped = List.of(e.quarter(Quarter.Q2), e.quarter(Quarter.Q1), e.quarter(Quarter.Q3),
        e.quarter(Quarter.Q4));
    IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
        () -> BudgetExecution.builder().from(e).quarters(swapped).build());
    assertEquals("quarter rows are in order Q1 to Q4: Q2 at position 1", order.getMessage());
  }
}
