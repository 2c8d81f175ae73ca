package io.github.eduplan.testsupport;

import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import java.util.List;
import org.quicktheories.core.Gen;

/** Generators of plans for the tables' round trip (docs/tables.md). */
public final class TableGenerators {
  private TableGenerators() {}

  /**
   * Any plan {@link ModelGenerators#plans()} makes, with each indicator's baselines in year order
   * and one per year and basis: the one shape of the model a table cannot hold otherwise (its
   * baseline columns are years), so that writing must succeed and read back equal. The elements of
   * the plan above that goals, strategies and projects serve are left out: the tables do not hold
   * the plan cascade (docs/cascade.md).
   */
  public static Gen<StrategicPlan> plans() {
    return ModelGenerators.plans().map(plan -> StrategicPlan.builder().from(plan)
        .strategies(plan.strategies().stream().map(s -> Strategy.builder().from(s)
            .goals(s.goals().stream().map(g -> Goal.builder().from(g).serves(List.of()).build()).toList())
            .serves(List.of())
            .indicators(s.indicators().stream().map(TableGenerators::ordered).toList()).build()).toList())
        .projects(plan.projects().stream().map(p -> Project.builder().from(p).serves(List.of()).build()).toList())
        .build());
  }

  private static Indicator ordered(Indicator i) {
    java.util.TreeMap<String, Baseline> byYear = new java.util.TreeMap<>();
    for (Baseline b : i.baselines()) {
      byYear.putIfAbsent(b.year() + ":" + b.basis().ordinal(), b);
    }
    return Indicator.builder().from(i).baselines(byYear.values())
        .components(i.components().stream().map(TableGenerators::ordered).toList()).build();
  }
}
