package io.github.eduplan.cascade;

import io.github.eduplan.achievement.IndicatorAchievement;
import io.github.eduplan.model.StrategicPlan;
import java.util.Objects;

/**
 * An indicator's achievement (ผลสัมฤทธิ์ของตัวชี้วัด) with the plan it belongs to: in a set of plans,
 * an indicator key names an indicator only within its plan. Example: indicator 1 of a school's
 * FY2565 plan, 70 against a target of 80.
 *
 * @param plan the plan, not null
 * @param achievement the achievement of one of its indicators, not null
 */
public record PlanIndicator(StrategicPlan plan, IndicatorAchievement achievement) {
  /**
   * Creates the record.
   *
   * @param plan the plan, not null
   * @param achievement the achievement, not null
   * @throws NullPointerException if a component is null
   */
  public PlanIndicator {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(achievement, "achievement");
  }
}
