package io.github.eduplan.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.eduplan.achievement.AchievementCalculator;
import io.github.eduplan.achievement.ActualResults;
import io.github.eduplan.achievement.BudgetExecution;
import io.github.eduplan.achievement.RollUp;
import io.github.eduplan.achievement.Spending;
import io.github.eduplan.alignment.AlignmentMap;
import io.github.eduplan.alignment.BudgetTable;
import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.ElementNumber;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.ServedElement;
import io.github.eduplan.model.ServedKind;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.testsupport.AchievementGenerators;
import io.github.eduplan.testsupport.Examples;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every consolidated figure is the sum of the single-plan figures (issue 26): over generated sets
 * of school, area office and OBEC plans, each row of every table, each coverage, each pooled
 * execution and achievement is worked out again plan by plan, from the alignment map and the
 * achievement calculator of each plan alone, and compared exactly.
 */
class ConsolidationPropertiesTest {
  private static final Catalogue CATALOGUE = Catalogue.bundled();
  private static final List<String> FRAMEWORKS = List.of("national-strategy", "master-plan", "obec-policy");

  @Test
  void everyRowByItemIsTheSumOfThePlansRows() {
    qt().withExamples(Examples.upTo(300)).forAll(CascadeGenerators.sets()).checkAssert(plans -> {
      Consolidation all = Consolidation.of(PlanSet.of(plans), CATALOGUE);
      for (String framework : FRAMEWORKS) {
        ConsolidatedBudget table = all.budgetByItem(framework);
        Map<String, Baht> budget = new HashMap<>();
        Map<String, Integer> projects = new HashMap<>();
        Map<String, Integer> planCount = new HashMap<>();
        Baht total = Baht.ZERO;
        Baht unassigned = Baht.ZERO;
        int totalProjects = 0;
        for (StrategicPlan p : plans) {
          BudgetTable single = AlignmentMap.of(p, CATALOGUE).budgetByItem(framework);
          for (BudgetTable.Row r : single.rows()) {
            budget.merge(r.key(), r.budget(), Baht::plus);
            projects.merge(r.key(), r.projectCount(), Integer::sum);
            planCount.merge(r.key(), r.projectCount() > 0 ? 1 : 0, Integer::sum);
          }
          total = total.plus(single.total().budget());
          totalProjects += single.total().projectCount();
          unassigned = unassigned.plus(single.unassigned().budget());
        }
        assertEquals(budget.keySet(), table.rows().stream().map(ConsolidatedBudget.Row::key)
            .collect(java.util.stream.Collectors.toSet()));
        for (ConsolidatedBudget.Row row : table.rows()) {
          assertEquals(budget.get(row.key()), row.budget(), framework + " " + row.key());
          assertEquals(projects.get(row.key()), row.projects(), framework + " " + row.key());
          assertEquals(planCount.get(row.key()), row.plans(), framework + " " + row.key());
        }
        assertEquals(total, table.total().budget());
        assertEquals(totalProjects, table.total().projects());
        assertEquals(unassigned, table.unassigned().budget());
        // Every project is counted in the total or unassigned, once.
        Baht all2 = plans.stream().map(StrategicPlan::projectBudgetTotal).reduce(Baht.ZERO, Baht::plus);
        assertEquals(all2, table.total().budget().plus(table.unassigned().budget()));
      }
    });
  }

  @Test
  void everyRowByOfficeAndByProvinceIsTheSumOfThePlansTotals() {
    qt().withExamples(Examples.upTo(300)).forAll(CascadeGenerators.sets()).checkAssert(plans -> {
      Consolidation all = Consolidation.of(PlanSet.of(plans), CATALOGUE);
      ConsolidatedBudget byOffice = all.budgetByOffice();
      Baht sum = Baht.ZERO;
      int projects = 0;
      for (StrategicPlan p : plans) {
        sum = sum.plus(p.projectBudgetTotal());
        projects += p.projects().size();
      }
      assertEquals(sum, byOffice.total().budget());
      assertEquals(projects, byOffice.total().projects());
      assertEquals(plans.size(), byOffice.total().plans() + (int) plans.stream().filter(p -> p.projects().isEmpty()).count());
      for (ConsolidatedBudget.Row row : byOffice.rows()) {
        List<StrategicPlan> own = plans.stream().filter(p -> p.office().name().equals(row.key())).toList();
        assertEquals(own.stream().map(StrategicPlan::projectBudgetTotal).reduce(Baht.ZERO, Baht::plus), row.budget());
        assertEquals(own.stream().mapToInt(p -> p.projects().size()).sum(), row.projects());
      }
      ConsolidatedBudget byProvince = all.budgetByProvince();
      assertEquals(sum, byProvince.total().budget());
      Baht rows = byProvince.rows().stream().map(ConsolidatedBudget.Row::budget).reduce(Baht.ZERO, Baht::plus);
      assertEquals(sum, rows.plus(byProvince.unassigned().budget()));
      for (ConsolidatedBudget.Row row : byProvince.rows()) {
        assertEquals(plans.stream().filter(p -> p.office().province().filter(row.key()::equals).isPresent())
            .map(StrategicPlan::projectBudgetTotal).reduce(Baht.ZERO, Baht::plus), row.budget());
      }
    });
  }

  @Test
  void eachStrategysCoverageIsTheSumOfTheProjectsThatServeIt() {
    qt().withExamples(Examples.upTo(300)).forAll(CascadeGenerators.sets()).checkAssert(plans -> {
      PlanSet set = PlanSet.of(plans);
      Consolidation all = Consolidation.of(set, CATALOGUE);
      for (StrategicPlan plan : plans) {
        List<StrategyCoverage> coverage = all.coverage(plan);
        assertEquals(plan.strategies().size(), coverage.size());
        for (int i = 0; i < coverage.size(); i++) {
          Strategy s = plan.strategies().get(i);
          Baht expected = Baht.ZERO;
          int count = 0;
          for (StrategicPlan child : plans) {
            if (set.parentOf(child).filter(p -> p == plan).isEmpty()) {
              continue;
            }
            for (Project p : child.projects()) {
              if (serves(child, p, s.number())) {
                expected = expected.plus(p.budget().orElse(Baht.ZERO));
                count++;
              }
            }
          }
          assertEquals(expected, coverage.get(i).budget(), "strategy " + s.number());
          assertEquals(count, coverage.get(i).projects().size(), "strategy " + s.number());
          assertEquals(count == 0, all.uncovered(plan).contains(s));
        }
      }
    });
  }

  /** Whether a project serves a strategy of the plan above, worked out without the consolidation. */
  private static boolean serves(StrategicPlan plan, Project p, String number) {
    Set<String> keys = new LinkedHashSet<>();
    for (ServedElement e : p.serves()) {
      if (e.kind() == ServedKind.STRATEGY) {
        keys.add(ElementNumber.key(e.number()));
      }
    }
    if (keys.isEmpty() && p.strategy().isPresent()) {
      for (Strategy s : plan.strategies()) {
        if (ElementNumber.same(s.number(), p.strategy().get())) {
          s.serves().stream().filter(e -> e.kind() == ServedKind.STRATEGY)
              .forEach(e -> keys.add(ElementNumber.key(e.number())));
          break;
        }
      }
    }
    return keys.contains(ElementNumber.key(number));
  }

  @Test
  void pooledExecutionAndAchievementAreTheSumsOfEachPlans() {
    AchievementCalculator calculator = AchievementCalculator.of();
    qt().withExamples(Examples.upTo(200))
        .forAll(org.quicktheories.generators.SourceDSL.integers().between(1, 4).flatMap(n -> in -> {
              List<AchievementGenerators.Scenario> out = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                out.add(AchievementGenerators.scenarios().generate(in));
              }
              return out;
            }))
        .checkAssert(scenarios -> {
          List<StrategicPlan> plans = scenarios.stream().map(s -> s.plan).toList();
          Consolidation all = Consolidation.of(PlanSet.of(plans), CATALOGUE);
          Map<StrategicPlan, Spending> spending = new java.util.IdentityHashMap<>();
          Map<StrategicPlan, ActualResults> results = new java.util.IdentityHashMap<>();
          // The last plan is given nothing, now and then.
          int given = scenarios.size() > 1 && scenarios.size() % 2 == 0 ? scenarios.size() - 1 : scenarios.size();
          for (int i = 0; i < given; i++) {
            spending.put(plans.get(i), scenarios.get(i).spending);
            results.put(plans.get(i), scenarios.get(i).results);
          }
          AchievementGenerators.Scenario first = scenarios.get(0);
          PooledExecution pooled = all.execution(spending, first.targets, Quarter.Q3);
          Baht allocated = Baht.ZERO;
          Baht spent = Baht.ZERO;
          for (int i = 0; i < given; i++) {
            BudgetExecution e = calculator.planExecution(plans.get(i), scenarios.get(i).spending, first.targets, Quarter.Q3);
            assertEquals(e, pooled.executions().get(i));
            allocated = allocated.plus(e.allocated());
            spent = spent.plus(e.spent());
          }
          assertEquals(allocated, pooled.allocated());
          assertEquals(spent, pooled.spent());
          assertEquals(plans.size() - given, pooled.withoutSpending().size());
          assertEquals(allocated.isZero() ? java.util.Optional.empty()
              : java.util.Optional.of(spent.amount().multiply(BigDecimal.valueOf(100))
                  .divide(allocated.amount(), calculator.precision().scale(), calculator.precision().roundingMode())),
              pooled.disbursementRate());

          PooledAchievement achievement = all.achievement(first.year, results);
          int count = 0;
          int assessable = 0;
          int met = 0;
          for (int i = 0; i < given; i++) {
            RollUp up = calculator.rollUpPlan(calculator.assess(plans.get(i), first.year, scenarios.get(i).results));
            count += up.count();
            assessable += up.assessableCount();
            met += up.metCount();
          }
          assertEquals(count, achievement.indicators());
          assertEquals(assessable, achievement.assessable());
          assertEquals(met, achievement.met());
          assertEquals(assessable - met, achievement.offTrack().size());
          assertEquals(plans.size() - given, achievement.withoutResults().size());
          assertTrue(achievement.shareMet().isPresent() == (assessable > 0));
        });
  }
}
