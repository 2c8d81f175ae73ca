package io.github.eduplan.cascade;

import io.github.eduplan.model.Goal;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import java.util.List;
import java.util.Objects;

/**
 * One plan on the way up from a project (ขั้นของสายการสนองแผน): the plan above and the strategies
 * and goals of it that the level below serves. Example: the สพป.ตาก เขต 2 FY2565 plan, strategy 2.
 *
 * @param plan the plan above, not null
 * @param strategies its strategies served from below, in the plan's order, not null
 * @param goals its goals served from below, in the plan's order, not null
 */
public record ChainStep(StrategicPlan plan, List<Strategy> strategies, List<Goal> goals) {
  /**
   * Creates the record.
   *
   * @param plan the plan above, not null
   * @param strategies its strategies served from below, not null
   * @param goals its goals served from below, not null
   * @throws NullPointerException if a component is null
   */
  public ChainStep {
    Objects.requireNonNull(plan, "plan");
    strategies = List.copyOf(strategies);
    goals = List.copyOf(goals);
  }
}
