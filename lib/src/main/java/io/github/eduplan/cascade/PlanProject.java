package io.github.eduplan.cascade;

import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import java.util.Objects;

/**
 * A project (โครงการ) with the plan that holds it: in a set of plans, a project number names a
 * project only within its plan. Example: project 3 of โรงเรียนบ้านแม่ระมาด's FY2565 plan.
 *
 * @param plan the plan, not null
 * @param project one of its projects, not null
 */
public record PlanProject(StrategicPlan plan, Project project) {
  /**
   * Creates the record.
   *
   * @param plan the plan, not null
   * @param project one of its projects, not null
   * @throws NullPointerException if a component is null
   */
  public PlanProject {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(project, "project");
  }
}
