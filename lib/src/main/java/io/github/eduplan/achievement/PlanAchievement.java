package io.github.eduplan.achievement;

import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.time.FiscalYear;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The achievement of every top-level indicator of a plan in one fiscal year, in plan order, with
 * the results that matched no indicator. Example: FY 2565 of สพป.ตาก เขต 2, 21 indicators.
 * {@link AchievementCalculator#assess(io.github.eduplan.model.StrategicPlan, FiscalYear,
 * ActualResults)} computes it; {@link AchievementCalculator#rollUpStrategies} summarises it.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class PlanAchievement {
  PlanAchievement() {}

  /**
   * Returns the fiscal year.
   *
   * @return the year, not null
   */
  public abstract FiscalYear year();

  /**
   * Returns the achievements, in plan order.
   *
   * @return the achievements, not null
   */
  public abstract List<IndicatorAchievement> indicators();

  /**
   * Returns the results that name no indicator of the plan, such as a mistyped code.
   *
   * @return the results, not null
   */
  public abstract List<ActualResult> unmatched();

  /**
   * Returns the achievement of one indicator.
   *
   * @param key the indicator, not null
   * @return the achievement, or empty when the plan has no such indicator
   */
  public Optional<IndicatorAchievement> get(IndicatorKey key) {
    return Optional.ofNullable(byKey().get(key));
  }

  /** The achievements by key, built once; the first wins should a key repeat. */
  @Value.Lazy
  Map<IndicatorKey, IndicatorAchievement> byKey() {
    Map<IndicatorKey, IndicatorAchievement> byKey = new HashMap<>(indicators().size() * 2);
    for (IndicatorAchievement a : indicators()) {
      byKey.putIfAbsent(a.indicator(), a);
    }
    return byKey;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlanAchievement}. */
  public static final class Builder extends ImmutablePlanAchievement.Builder {}
}
