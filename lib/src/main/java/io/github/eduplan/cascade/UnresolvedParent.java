package io.github.eduplan.cascade;

import io.github.eduplan.model.ServedPlan;
import io.github.eduplan.model.StrategicPlan;
import java.util.List;
import java.util.Objects;

/**
 * A plan whose served plan (แผนที่สนองต่อ) a {@link PlanSet} could not resolve to one plan: no plan
 * of that office covers that year, or several do equally well. Example: the FY2565 plan of a school
 * serving "สพป.ตาก เขต 2" 2565 in a set that holds no plan of สพป.ตาก เขต 2.
 *
 * @param plan the plan whose parent is unresolved, not null
 * @param served the plan it says it serves, not null
 * @param candidates the plans that match equally well: empty when none matches, two or more when
 *     several do; in the set's order, not null
 */
public record UnresolvedParent(StrategicPlan plan, ServedPlan served, List<StrategicPlan> candidates) {
  /**
   * Creates the record.
   *
   * @param plan the plan whose parent is unresolved, not null
   * @param served the plan it says it serves, not null
   * @param candidates the plans that match equally well, not null
   * @throws NullPointerException if a component is null
   */
  public UnresolvedParent {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(served, "served");
    candidates = List.copyOf(candidates);
  }

  /**
   * Tells whether several plans match rather than none.
   *
   * @return true when two or more plans match
   */
  public boolean isAmbiguous() {
    return candidates.size() > 1;
  }
}
