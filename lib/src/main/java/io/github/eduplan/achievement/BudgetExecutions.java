package io.github.eduplan.achievement;

import io.github.eduplan.model.Baht;
import io.github.eduplan.model.ElementNumber;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The budget part of {@link AchievementCalculator}: budget execution of a project, a strategy, a
 * group or a plan, and budget versus results. Spending is found by a hash look-up on the project
 * number's {@link ElementNumber#key} ({@link Spending#forKey}) and groups are built in one pass, so
 * every method costs time linear in the plan's projects, strategies and indicators. Sums of baht
 * are exact and unbounded ({@link Baht#plus}), so no total of amounts that were each valid fails.
 */
final class BudgetExecutions {
  private static final List<Quarter> QUARTERS = List.of(Quarter.values());

  private final Precision precision;
  private final RollUps rollUps;

  BudgetExecutions(Precision precision, RollUps rollUps) {
    this.precision = precision;
    this.rollUps = rollUps;
  }

  /** What a project or a summary planned and spent, quarters 1 to 4. */
  private record Amounts(Baht allocated, List<Baht> planned, List<Baht> spent) {}

  BudgetExecution execution(Project project, Spending spending, DisbursementTargets targets, Quarter through) {
    return execution(project, spending.forProject(project), spending.year(), targets, through);
  }

  private BudgetExecution execution(Project project, Optional<ProjectSpending> spent, FiscalYear year,
      DisbursementTargets targets, Quarter through) {
    Baht allocated = project.budget()
        .orElseGet(() -> project.quarterlyPlan().map(q -> q.total()).orElse(Baht.ZERO));
    List<Baht> planned = QUARTERS.stream()
        .map(q -> project.quarterlyPlan().map(p -> p.amount(q)).orElse(Baht.ZERO)).toList();
    List<Baht> paid = QUARTERS.stream().map(q -> spent.map(s -> s.spent(q)).orElse(Baht.ZERO)).toList();
    return summary(BudgetScope.PROJECT, Optional.of(project.number()), year, through,
        new Amounts(allocated, planned, paid), targets, List.of());
  }

  private BudgetExecution summary(BudgetScope scope, Optional<String> key, FiscalYear year, Quarter through,
      Amounts amounts, DisbursementTargets targets, List<BudgetExecution> parts) {
    Baht allocated = amounts.allocated();
    BudgetExecution.Builder b = BudgetExecution.builder().scope(scope).key(key).year(year).through(through)
        .allocated(allocated).addAllParts(parts);
    Baht cumulativePlanned = Baht.ZERO;
    Baht cumulativeSpent = Baht.ZERO;
    for (Quarter q : QUARTERS) {
      Baht plannedQ = amounts.planned().get(q.ordinal());
      cumulativePlanned = cumulativePlanned.plus(plannedQ);
      QuarterExecution.Builder row = QuarterExecution.builder().quarter(q).planned(plannedQ)
          .cumulativePlanned(cumulativePlanned).target(targets.target(q));
      if (q.compareTo(through) <= 0) {
        Baht spentQ = amounts.spent().get(q.ordinal());
        cumulativeSpent = cumulativeSpent.plus(spentQ);
        row.spent(spentQ).cumulativeSpent(cumulativeSpent);
        if (!plannedQ.isZero()) {
          row.rateOfPlan(precision.percent(spentQ.amount(), plannedQ.amount()));
        }
        if (!allocated.isZero()) {
          row.cumulativeRate(precision.percent(cumulativeSpent.amount(), allocated.amount()));
          BigDecimal spentTimes100 = cumulativeSpent.amount().multiply(Precision.HUNDRED);
          targets.target(q).ifPresent(t -> row.meetsTarget(spentTimes100.compareTo(t.multiply(allocated.amount())) >= 0));
        }
      }
      b.addQuarter(row.build());
    }
    return b.build();
  }

  List<BudgetExecution> projectExecutions(StrategicPlan plan, Spending spending, DisbursementTargets targets,
      Quarter through) {
    Set<String> used = new HashSet<>();
    List<BudgetExecution> out = new ArrayList<>(plan.projects().size());
    for (Project p : plan.projects()) {
      String key = ElementNumber.key(p.number());
      Optional<ProjectSpending> s = used.add(key) ? spending.forKey(key) : Optional.empty();
      out.add(execution(p, s, spending.year(), targets, through));
    }
    return Collections.unmodifiableList(out);
  }

  BudgetExecution planExecution(StrategicPlan plan, Spending spending, DisbursementTargets targets, Quarter through) {
    return sum(BudgetScope.PLAN, Optional.empty(), projectExecutions(plan, spending, targets, through),
        spending.year(), targets, through);
  }

  List<BudgetExecution> byStrategy(StrategicPlan plan, Spending spending, DisbursementTargets targets,
      Quarter through) {
    return grouped(BudgetScope.STRATEGY, plan, Project::strategy, ElementNumber::key, spending, targets, through);
  }

  List<BudgetExecution> byGroup(StrategicPlan plan, Spending spending, DisbursementTargets targets, Quarter through) {
    return grouped(BudgetScope.GROUP, plan, Project::group, String::strip, spending, targets, through);
  }

  /** The projects grouped by a key compared in its normal form; a group keeps the key as first written. */
  private List<BudgetExecution> grouped(BudgetScope scope, StrategicPlan plan, Function<Project, Optional<String>> keyOf,
      Function<String, String> normalise, Spending spending, DisbursementTargets targets, Quarter through) {
    List<BudgetExecution> projects = projectExecutions(plan, spending, targets, through);
    Map<Optional<String>, List<BudgetExecution>> groups = new LinkedHashMap<>();
    Map<Optional<String>, Optional<String>> written = new HashMap<>();
    for (int i = 0; i < projects.size(); i++) {
      Optional<String> key = keyOf.apply(plan.projects().get(i));
      Optional<String> normal = key.map(normalise);
      groups.computeIfAbsent(normal, k -> new ArrayList<>()).add(projects.get(i));
      written.putIfAbsent(normal, key);
    }
    List<BudgetExecution> out = new ArrayList<>(groups.size());
    groups.forEach((normal, parts) ->
        out.add(sum(scope, written.get(normal), parts, spending.year(), targets, through)));
    return List.copyOf(out);
  }

  /** The parts summed quarter by quarter, exactly, in one pass; sums are not bounded by {@link Baht#MAX}. */
  private BudgetExecution sum(BudgetScope scope, Optional<String> key, List<BudgetExecution> parts,
      FiscalYear year, DisbursementTargets targets, Quarter through) {
    Baht allocated = Baht.ZERO;
    Baht[] planned = {Baht.ZERO, Baht.ZERO, Baht.ZERO, Baht.ZERO};
    Baht[] spent = {Baht.ZERO, Baht.ZERO, Baht.ZERO, Baht.ZERO};
    for (BudgetExecution part : parts) {
      allocated = allocated.plus(part.allocated());
      for (QuarterExecution row : part.quarters()) {
        int q = row.quarter().ordinal();
        planned[q] = planned[q].plus(row.planned());
        spent[q] = spent[q].plus(row.spent().orElse(Baht.ZERO));
      }
    }
    return summary(scope, key, year, through, new Amounts(allocated, List.of(planned), List.of(spent)), targets, parts);
  }

  List<BudgetVersusResults> budgetVersusResults(StrategicPlan plan, PlanAchievement achievement, Spending spending,
      DisbursementTargets targets, Quarter through) {
    Map<String, BudgetExecution> byStrategy = new HashMap<>();
    for (BudgetExecution e : byStrategy(plan, spending, targets, through)) {
      e.key().ifPresent(k -> byStrategy.putIfAbsent(ElementNumber.key(k), e));
    }
    Map<String, List<IndicatorAchievement>> results = RollUps.groups(achievement, a -> a.indicator().strategy());
    List<BudgetVersusResults> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Strategy strategy : plan.strategies()) {
      String number = ElementNumber.key(strategy.number());
      if (!seen.add(number)) {
        continue;
      }
      BudgetExecution budget = Optional.ofNullable(byStrategy.get(number))
          .orElseGet(() -> sum(BudgetScope.STRATEGY, Optional.of(strategy.number()), List.of(), spending.year(),
              targets, through));
      List<IndicatorAchievement> parts = results.getOrDefault(number, List.of());
      out.add(BudgetVersusResults.builder().strategy(strategy.number()).budget(budget)
          .results(rollUps.rollUp(RollUpScope.STRATEGY, Optional.of(number), parts, Map.of())).build());
    }
    return List.copyOf(out);
  }
}
