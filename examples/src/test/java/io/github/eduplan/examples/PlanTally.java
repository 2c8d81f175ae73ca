package io.github.eduplan.examples;

import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Guideline;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.time.FiscalYear;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Counts what a transcribed plan holds, nested guidelines and indicator components included. */
final class PlanTally {
  private PlanTally() {}

  static int goals(StrategicPlan plan) {
    return plan.strategies().stream().mapToInt(s -> s.goals().size()).sum();
  }

  static int guidelines(StrategicPlan plan) {
    return plan.strategies().stream().flatMap(s -> s.guidelines().stream()).mapToInt(PlanTally::guidelines).sum();
  }

  private static int guidelines(Guideline g) {
    return 1 + g.children().stream().mapToInt(PlanTally::guidelines).sum();
  }

  /** Every indicator, each followed by its components, depth first. */
  static List<Indicator> indicators(StrategicPlan plan) {
    List<Indicator> all = new ArrayList<>();
    plan.strategies().stream().flatMap(s -> s.indicators().stream()).forEach(i -> collect(i, all));
    return all;
  }

  static List<Indicator> indicators(Strategy strategy) {
    List<Indicator> all = new ArrayList<>();
    strategy.indicators().forEach(i -> collect(i, all));
    return all;
  }

  private static void collect(Indicator indicator, List<Indicator> into) {
    into.add(indicator);
    indicator.components().forEach(c -> collect(c, into));
  }

  static SortedSet<Integer> baselineYears(StrategicPlan plan) {
    SortedSet<Integer> years = new TreeSet<>();
    indicators(plan).stream().flatMap(i -> i.baselines().stream()).map(Baseline::year).forEach(years::add);
    return years;
  }

  static SortedSet<Integer> targetYears(StrategicPlan plan) {
    SortedSet<Integer> years = new TreeSet<>();
    indicators(plan).stream().flatMap(i -> i.targets().keySet().stream())
        .map(FiscalYear::buddhistEraYear).forEach(years::add);
    return years;
  }

  static Stream<Guideline> allGuidelines(Strategy strategy) {
    return strategy.guidelines().stream().flatMap(PlanTally::withChildren);
  }

  private static Stream<Guideline> withChildren(Guideline g) {
    return Stream.concat(Stream.of(g), g.children().stream().flatMap(PlanTally::withChildren));
  }
}
