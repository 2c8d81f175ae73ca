package io.github.eduplan.achievement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.Baht;
import io.github.eduplan.model.ElementNumber;
import io.github.eduplan.model.Project;
import io.github.eduplan.testsupport.AchievementGenerators;
import io.github.eduplan.testsupport.AchievementGenerators.Scenario;
import io.github.eduplan.time.Quarter;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hang guards: every calculator on a plan of 40,000 elements (20,000 indicators, 20,000 projects
 * whose numbers and spending are written in different forms). A scan per element would take
 * minutes here; each call is given a generous 10 seconds, and its result is checked.
 */
class LargePlanHangGuardTest {
  private static final AchievementCalculator CALC = AchievementCalculator.of();
  private static final Duration GUARD = Duration.ofSeconds(10);
  private static Scenario s;

  @BeforeAll
  static void generate() {
    s = AchievementGenerators.large(40_000, 21L);
  }

  @Test
  void theScenarioIsAsLargeAsTheGuardClaims() {
    assertEquals(20_000, s.plan.projects().size());
    assertEquals(20_000, IndicatorKey.keysOf(s.plan).size());
  }

  @Test
  void projectExecutionsFindEverySpendingWrittenInAnotherForm() {
    List<BudgetExecution> rows = assertTimeoutPreemptively(GUARD,
        () -> CALC.projectExecutions(s.plan, s.spending, s.targets, Quarter.Q4));
    assertEquals(s.plan.projects().size(), rows.size());
    // Every spending item names a project of the plan, so all of it is found, once.
    Baht spent = rows.stream().map(BudgetExecution::spent).collect(Baht.summing());
    Baht given = s.spending.projects().stream()
        .map(p -> Baht.sum(p.spent().values())).collect(Baht.summing());
    assertEquals(given, spent);
    Set<String> numbers = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      Project p = s.plan.projects().get(i);
      boolean first = numbers.add(ElementNumber.key(p.number()));
      Baht expected = first ? s.spending.forProject(p).map(x -> Baht.sum(x.spent().values())).orElse(Baht.ZERO)
          : Baht.ZERO;
      assertEquals(expected, rows.get(i).spent(), p.number());
    }
  }

  @Test
  void executionsByStrategyGroupAndPlanAgreeOnTheTotal() {
    BudgetExecution plan = assertTimeoutPreemptively(GUARD,
        () -> CALC.planExecution(s.plan, s.spending, s.targets, Quarter.Q3));
    List<BudgetExecution> strategies = assertTimeoutPreemptively(GUARD,
        () -> CALC.executionByStrategy(s.plan, s.spending, s.targets, Quarter.Q3));
    List<BudgetExecution> groups = assertTimeoutPreemptively(GUARD,
        () -> CALC.executionByGroup(s.plan, s.spending, s.targets, Quarter.Q3));
    assertEquals(s.plan.strategies().size(), strategies.size(), "strategy numbers in four forms are one each");
    assertEquals(8, groups.size(), "group names with stray spaces are one each");
    assertEquals(plan.allocated(), strategies.stream().map(BudgetExecution::allocated).collect(Baht.summing()));
    assertEquals(plan.spent(), groups.stream().map(BudgetExecution::spent).collect(Baht.summing()));
    assertEquals(s.plan.projects().size(), plan.parts().size());
  }

  @Test
  void assessmentRollUpsAndBudgetVersusResultsCoverEveryIndicator() {
    PlanAchievement a = assertTimeoutPreemptively(GUARD, () -> CALC.assess(s.plan, s.year, s.results));
    assertEquals(20_000, a.indicators().size());
    assertEquals(200, a.unmatched().size());
    RollUp plan = assertTimeoutPreemptively(GUARD, () -> CALC.rollUpPlan(a));
    List<RollUp> strategies = assertTimeoutPreemptively(GUARD, () -> CALC.rollUpStrategies(a));
    List<RollUp> goals = assertTimeoutPreemptively(GUARD, () -> CALC.rollUpGoals(a, Map.of()));
    assertEquals(200, strategies.size());
    assertEquals(1_000, goals.size(), "five goals in each of 200 strategies");
    assertEquals(plan.assessableCount(), goals.stream().mapToInt(RollUp::assessableCount).sum());
    List<BudgetVersusResults> rows = assertTimeoutPreemptively(GUARD,
        () -> CALC.budgetVersusResults(s.plan, a, s.spending, s.targets, Quarter.Q2));
    assertEquals(200, rows.size());
    assertEquals(plan.metCount(), rows.stream().mapToInt(r -> r.results().metCount()).sum());
    for (int i = 0; i < 20_000; i += 997) {
      IndicatorAchievement one = a.indicators().get(i);
      assertEquals(one, a.get(one.indicator()).orElseThrow());
    }
  }

  @Test
  void trajectoriesAndPoolingOverManySchools() {
    List<Trajectory> paths = assertTimeoutPreemptively(GUARD,
        () -> CALC.trajectories(s.plan, s.year.quarter(Quarter.Q2), s.results));
    assertEquals(20_000, paths.size());
    assertTrue(paths.stream().anyMatch(t -> t.startFrom().equals(java.util.Optional.of(Trajectory.Start.PREVIOUS_YEAR_RESULT))));
    List<ActualResults> schools = AchievementGenerators.schools(s, 20, 22L);
    ActualResults pooled = assertTimeoutPreemptively(GUARD, () -> CALC.poolAll(s.plan, s.year, schools));
    // Every school reports the indicators at positions 0, 11, 22, ... without counts: those cannot
    // be pooled; every other indicator is reported with counts by some school and is pooled.
    assertEquals(20_000 - (20_000 + 10) / 11, pooled.results().size());
    IndicatorKey sample = pooled.results().get(123).indicator();
    assertEquals(CALC.pool(sample, s.year, schools).asResult(), pooled.results().get(123));
  }
}
