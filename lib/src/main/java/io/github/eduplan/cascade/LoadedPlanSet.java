package io.github.eduplan.cascade;

import io.github.eduplan.model.StrategicPlan;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link PlanSetLoader} loaded (ชุดแผนที่อ่านได้): the plan set of the documents that read,
 * the documents that did not, each with its path and error, and where each plan came from.
 *
 * <p>This type is immutable and thread-safe.
 */
public final class LoadedPlanSet {
  private final PlanSet set;
  private final List<LoadFailure> failures;
  private final Map<StrategicPlan, String> sources;

  LoadedPlanSet(PlanSet set, List<LoadFailure> failures, Map<StrategicPlan, String> sources) {
    this.set = set;
    this.failures = List.copyOf(failures);
    this.sources = new IdentityHashMap<>(sources);
  }

  /**
   * Returns the plans that read, in the documents' order.
   *
   * @return the set, not null
   */
  public PlanSet set() {
    return set;
  }

  /**
   * Returns the documents that did not read, in the documents' order.
   *
   * @return the failures, not null
   */
  public List<LoadFailure> failures() {
    return failures;
  }

  /**
   * Returns the path or name of the document a plan of the set was read from.
   *
   * @param plan a plan of the set, not null
   * @return the path or name, or empty for a plan not from this load
   */
  public Optional<String> source(StrategicPlan plan) {
    return Optional.ofNullable(sources.get(plan));
  }

  @Override
  public String toString() {
    return "LoadedPlanSet[" + set.plans().size() + " plans, " + failures.size() + " failures]";
  }
}
