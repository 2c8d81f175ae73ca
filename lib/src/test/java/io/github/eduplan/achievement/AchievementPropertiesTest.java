package io.github.eduplan.achievement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.Target;
import io.github.eduplan.testsupport.AchievementGenerators;
import io.github.eduplan.testsupport.AchievementGenerators.Scenario;
import io.github.eduplan.testsupport.Examples;
import io.github.eduplan.testsupport.ModelGenerators;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AchievementPropertiesTest {
  static final int EXAMPLES = Examples.upTo(1000);
  static final AchievementCalculator CALC = AchievementCalculator.of();
  static final FiscalYear FY2565 = FiscalYear.of(2565);
  static final IndicatorKey KEY = IndicatorKey.of("1", "1");

  static IndicatorAchievement assess(Indicator indicator, BigDecimal actual) {
    return CALC.assess(KEY, indicator, FY2565, Optional.of(ActualResult.of(KEY, FY2565, IndicatorValue.number(actual))));
  }

  @Test
  void everyGeneratedPlanAndResultIsAssessedWithoutException() {
    qt().withExamples(EXAMPLES).forAll(AchievementGenerators.scenarios()).checkAssert(s -> {
      PlanAchievement a = CALC.assess(s.plan, s.year, s.results);
      assertEquals(IndicatorKey.keysOf(s.plan).size(), a.indicators().size());
      for (IndicatorAchievement i : a.indicators()) {
        assertEquals(i.isAssessable(), i.percentOfTarget().isPresent());
        i.percentOfTarget().ifPresent(p -> assertTrue(p.signum() >= 0, "never negative: " + p));
        if (i.isMet()) {
          assertTrue(i.percentOfTarget().orElseThrow().compareTo(BigDecimal.valueOf(100)) >= 0, i.toString());
        }
        assertEquals(i.isAssessable(), StatusBands.DEFAULT.classify(i) != Status.NOT_ASSESSABLE);
        assertEquals(i.isMet(), StatusBands.DEFAULT.classify(i) == Status.MET);
        Rubric.DEFAULT.level(i).ifPresent(level -> assertTrue(level >= 1 && level <= 5));
      }
      CALC.rollUpPlan(a);
      CALC.rollUpStrategies(a);
      CALC.rollUpGoals(a, Map.of());
      for (Quarter q : Quarter.values()) {
        for (Trajectory t : CALC.trajectories(s.plan, s.year.quarter(q), s.results)) {
          assertEquals(t.status() == Trajectory.Status.NOT_ASSESSABLE, t.reason().isPresent());
        }
      }
      CALC.poolAll(s.plan, s.year, List.of(s.results, s.results));
    });
  }

  @Test
  void theGeneratedResultsReachEveryOutcomeAndMostReasons() {
    Map<Object, Integer> seen = new HashMap<>();
    int[] examples = {0};
    qt().withExamples(EXAMPLES).forAll(AchievementGenerators.scenarios()).checkAssert(s -> {
      examples[0]++;
      for (IndicatorAchievement i : CALC.assess(s.plan, s.year, s.results).indicators()) {
        seen.merge(i.outcome(), 1, Integer::sum);
        i.reason().ifPresent(r -> seen.merge(r, 1, Integer::sum));
        i.progressFromBaseline().ifPresent(p -> seen.merge("progress", 1, Integer::sum));
      }
    });
    assertEquals(EXAMPLES, examples[0]);
    for (Object expected : List.of(Outcome.MET, Outcome.NOT_MET, Outcome.NOT_ASSESSABLE, "progress",
        NotAssessableReason.NO_RESULT, NotAssessableReason.NO_TARGET, NotAssessableReason.TARGET_NOT_AVAILABLE,
        NotAssessableReason.NOT_YET_DUE, NotAssessableReason.KIND_MISMATCH, NotAssessableReason.NOT_MEASURABLE,
        NotAssessableReason.ZERO_DENOMINATOR)) {
      // At least one in a hundred scenarios: more than 10 in a normal build's 1,000.
      assertTrue(seen.getOrDefault(expected, 0) > EXAMPLES / 100, expected + " seen " + seen);
    }
    int assessable = seen.get(Outcome.MET) + seen.get(Outcome.NOT_MET);
    assertTrue(assessable * 5 > seen.get(Outcome.NOT_ASSESSABLE), "too few assessable: " + seen);
  }

  @Test
  void everyGeneratedPlanAndSpendingGivesABudgetExecutionWhoseQuartersSumToTheYear() {
    qt().withExamples(EXAMPLES).forAll(AchievementGenerators.scenarios()).checkAssert(s -> {
      BudgetExecution year = CALC.planExecution(s.plan, s.spending, s.targets, Quarter.Q4);
      Baht quarters = Baht.sum(year.quarters().stream().map(q -> q.spent().orElseThrow()).collect(Collectors.toList()));
      assertEquals(year.spent(), quarters);
      Set<String> seen = new HashSet<>();
      List<Baht> spentByProjects = new ArrayList<>();
      for (Project p : s.plan.projects()) {
        if (seen.add(io.github.eduplan.model.ElementNumber.key(p.number()))) {
          s.spending.forProject(p).ifPresent(ps -> spentByProjects.addAll(ps.spent().values()));
        }
      }
      assertEquals(Baht.sum(spentByProjects), year.spent());
      assertEquals(year.spent(), Baht.sum(year.parts().stream().map(BudgetExecution::spent).collect(Collectors.toList())));
      Baht planned = Baht.sum(year.quarters().stream().map(QuarterExecution::planned).collect(Collectors.toList()));
      assertEquals(year.quarter(Quarter.Q4).cumulativePlanned(), planned);
      for (List<BudgetExecution> groups : List.of(
          CALC.executionByStrategy(s.plan, s.spending, s.targets, Quarter.Q4),
          CALC.executionByGroup(s.plan, s.spending, s.targets, Quarter.Q4))) {
        assertEquals(year.spent(), Baht.sum(groups.stream().map(BudgetExecution::spent).collect(Collectors.toList())));
        assertEquals(year.allocated(), Baht.sum(groups.stream().map(BudgetExecution::allocated).collect(Collectors.toList())));
      }
      for (Quarter through : Quarter.values()) {
        BudgetExecution partial = CALC.planExecution(s.plan, s.spending, s.targets, through);
        for (QuarterExecution q : partial.quarters()) {
          assertEquals(q.quarter().compareTo(through) <= 0, q.spent().isPresent());
        }
      }
      PlanAchievement a = CALC.assess(s.plan, s.year, s.results);
      CALC.budgetVersusResults(s.plan, a, s.spending, s.targets, Quarter.Q2);
    });
  }

  @Test
  void forAnIncreaseIndicatorAHigherActualNeverScoresLower() {
    qt().withExamples(EXAMPLES)
        .forAll(AchievementGenerators.numericIndicators(Direction.INCREASE), AchievementGenerators.actuals(),
            AchievementGenerators.actuals())
        .checkAssert((indicator, x, y) -> neverScoresLower(assess(indicator, x.min(y)), assess(indicator, x.max(y))));
  }

  @Test
  void forADecreaseIndicatorALowerActualNeverScoresLower() {
    qt().withExamples(EXAMPLES)
        .forAll(AchievementGenerators.numericIndicators(Direction.DECREASE), AchievementGenerators.actuals(),
            AchievementGenerators.actuals())
        .checkAssert((indicator, x, y) -> neverScoresLower(assess(indicator, x.max(y)), assess(indicator, x.min(y))));
  }

  @Test
  void forAnOrdinalIndicatorAHigherLevelNeverScoresLower() {
    qt().withExamples(EXAMPLES)
        .forAll(ModelGenerators.scales(), integers().between(0, 4), integers().between(0, 4), integers().between(0, 4))
        .checkAssert((scale, target, x, y) -> {
          List<String> levels = scale.levels();
          Indicator indicator = Indicator.builder().text("ระดับคุณภาพ").measureKind(MeasureKind.ORDINAL)
              .direction(Direction.INCREASE).scale(scale)
              .putTarget(FY2565, Target.of(IndicatorValue.level(levels.get(target % levels.size())))).build();
          int low = Math.min(x, y) % levels.size();
          int high = Math.max(Math.min(x, y) % levels.size(), Math.max(x, y) % levels.size());
          neverScoresLower(assessLevel(indicator, levels.get(low)), assessLevel(indicator, levels.get(high)));
        });
  }

  static IndicatorAchievement assessLevel(Indicator indicator, String level) {
    return CALC.assess(KEY, indicator, FY2565, Optional.of(ActualResult.of(KEY, FY2565, IndicatorValue.level(level))));
  }

  static void neverScoresLower(IndicatorAchievement worse, IndicatorAchievement better) {
    assertTrue(worse.isAssessable() && better.isAssessable());
    assertTrue(worse.percentOfTarget().orElseThrow().compareTo(better.percentOfTarget().orElseThrow()) <= 0,
        worse + " vs " + better);
    assertFalse(worse.isMet() && !better.isMet(), worse + " vs " + better);
    if (worse.progressFromBaseline().isPresent()) {
      assertTrue(worse.progressFromBaseline().get().compareTo(better.progressFromBaseline().orElseThrow()) <= 0,
          worse + " vs " + better);
    }
    assertTrue(StatusBands.DEFAULT.classify(worse).compareTo(StatusBands.DEFAULT.classify(better)) >= 0,
        "MET < NEARLY_MET < BELOW in declaration order");
    assertTrue(Rubric.DEFAULT.level(worse).getAsInt() <= Rubric.DEFAULT.level(better).getAsInt());
  }

  @Test
  void aRollUpLiesBetweenTheLowestAndHighestOfItsParts() {
    qt().withExamples(EXAMPLES).forAll(AchievementGenerators.scenarios(), AchievementGenerators.weights())
        .checkAssert((s, weight) -> {
          PlanAchievement a = CALC.assess(s.plan, s.year, s.results);
          Map<IndicatorKey, BigDecimal> weights = new HashMap<>();
          for (int i = 0; i < a.indicators().size(); i += 2) {
            weights.put(a.indicators().get(i).indicator(), weight);
          }
          List<RollUp> strategies = CALC.rollUpStrategies(a, weights);
          for (RollUp r : strategies) {
            assertWithinParts(r);
          }
          for (RollUp r : CALC.rollUpGoals(a, weights)) {
            assertWithinParts(r);
          }
          RollUp plan = CALC.rollUpPlan(a, weights);
          assertWithinParts(plan);
          List<BigDecimal> means = strategies.stream().flatMap(r -> r.weightedMeanAchievement().stream())
              .collect(Collectors.toList());
          plan.weightedMeanAchievement().ifPresent(m -> {
            assertTrue(m.compareTo(means.stream().min(BigDecimal::compareTo).orElseThrow()) >= 0);
            assertTrue(m.compareTo(means.stream().max(BigDecimal::compareTo).orElseThrow()) <= 0);
          });
        });
  }

  static void assertWithinParts(RollUp r) {
    List<IndicatorAchievement> assessable = r.parts().stream().filter(IndicatorAchievement::isAssessable)
        .collect(Collectors.toList());
    assertEquals(assessable.isEmpty(), r.shareMet().isEmpty());
    r.shareMet().ifPresent(share -> {
      BigDecimal min = assessable.stream().allMatch(IndicatorAchievement::isMet) ? BigDecimal.valueOf(100) : BigDecimal.ZERO;
      BigDecimal max = assessable.stream().anyMatch(IndicatorAchievement::isMet) ? BigDecimal.valueOf(100) : BigDecimal.ZERO;
      assertTrue(share.compareTo(min) >= 0 && share.compareTo(max) <= 0, share + " outside " + min + "…" + max);
    });
    r.weightedMeanAchievement().ifPresent(mean -> {
      List<BigDecimal> weighted = assessable.stream()
          .filter(i -> r.weights().get(i.indicator()).signum() > 0)
          .map(i -> i.cappedPercent().orElseThrow()).collect(Collectors.toList());
      assertTrue(mean.compareTo(weighted.stream().min(BigDecimal::compareTo).orElseThrow()) >= 0, mean.toString());
      assertTrue(mean.compareTo(weighted.stream().max(BigDecimal::compareTo).orElseThrow()) <= 0, mean.toString());
    });
  }

  @Test
  void aPooledPercentageIsThePercentageOfTheSummedCounts() {
    qt().withExamples(EXAMPLES).forAll(ModelGenerators.listOf(AchievementGenerators.counts(), 0, 12))
        .checkAssert(units -> {
          List<ActualResults> schools = new ArrayList<>();
          long numerator = 0;
          long denominator = 0;
          for (int i = 0; i < units.size(); i++) {
            long[] c = units.get(i);
            schools.add(ActualResults.ofUnit("โรงเรียน " + i, ActualResult.ofCounts(KEY, FY2565, c[0], c[1])));
            numerator += c[0];
            denominator += c[1];
          }
          PooledPercentage pooled = CALC.pool(KEY, FY2565, schools);
          assertEquals(BigDecimal.valueOf(numerator), pooled.numerator());
          assertEquals(BigDecimal.valueOf(denominator), pooled.denominator());
          if (denominator == 0) {
            assertEquals(Optional.empty(), pooled.percent());
          } else {
            assertEquals(CALC.precision().percent(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator)),
                pooled.percent().orElseThrow());
            List<BigDecimal> each = units.stream().filter(c -> c[1] > 0)
                .map(c -> CALC.precision().percent(BigDecimal.valueOf(c[0]), BigDecimal.valueOf(c[1])))
                .collect(Collectors.toList());
            assertTrue(pooled.percent().get().compareTo(each.stream().min(BigDecimal::compareTo).orElseThrow()) >= 0);
            assertTrue(pooled.percent().get().compareTo(each.stream().max(BigDecimal::compareTo).orElseThrow()) <= 0);
          }
        });
  }
}
