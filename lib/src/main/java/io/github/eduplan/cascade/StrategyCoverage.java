package io.github.eduplan.cascade;

import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Strategy;
import java.util.List;
import java.util.Objects;

/**
 * How the projects of the plans below support one strategy of a plan (การสนองกลยุทธ์): for an area
 * office's strategy, the school projects that serve it and their budget. A strategy no school
 * serves has no projects. Example, in the small cascade of {@code docs/cascade.md}: strategy 2 of
 * the สพป.ตาก เขต 2 plan, served by two projects of two schools, 45,000 baht.
 *
 * @param strategy the strategy of the plan above, not null
 * @param projects the projects that serve it, in the set's order, not null
 * @param budget the sum of their budgets, not null
 */
public record StrategyCoverage(Strategy strategy, List<PlanProject> projects, Baht budget) {
  /**
   * Creates the record.
   *
   * @param strategy the strategy, not null
   * @param projects the projects that serve it, not null
   * @param budget the sum of their budgets, not null
   * @throws NullPointerException if a component is null
   */
  public StrategyCoverage {
    Objects.requireNonNull(strategy, "strategy");
    projects = List.copyOf(projects);
    Objects.requireNonNull(budget, "budget");
  }

  /**
   * Tells whether at least one project serves the strategy.
   *
   * @return true when a project serves it
   */
  public boolean isCovered() {
    return !projects.isEmpty();
  }
}
