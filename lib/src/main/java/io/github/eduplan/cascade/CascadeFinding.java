package io.github.eduplan.cascade;

import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.validation.Finding;
import java.util.Objects;

/**
 * A finding of a cross-plan rule (ผลการตรวจความสอดคล้องระหว่างแผน) with the plan it is in: the
 * finding's path is a JSON path in that plan's document. Example: in a school's FY2565 plan,
 * {@code CASCADE_SERVED_MISSING} at {@code $.projects[2].serves[0]}, "serves strategy 7 of the
 * plan of สพป.ตาก เขต 2 (2565), which has no such strategy".
 *
 * @param plan the plan the finding is in, not null
 * @param finding the finding, with its code, severity, path, values and messages, not null
 */
public record CascadeFinding(StrategicPlan plan, Finding finding) {
  /**
   * Creates the record.
   *
   * @param plan the plan, not null
   * @param finding the finding, not null
   * @throws NullPointerException if a component is null
   */
  public CascadeFinding {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(finding, "finding");
  }
}
