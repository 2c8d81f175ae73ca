package io.github.eduplan.achievement;

import io.github.eduplan.internal.ValueStyle;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The achievement of a goal, a strategy or a whole plan (ผลสัมฤทธิ์ภาพรวม): how many of its
 * indicators could be assessed and met, the share met, and the weighted mean of their capped
 * percent of target. Example: strategy 1, five indicators, one not yet due, three of the four
 * assessable met → share met 75.00 %.
 *
 * <p>Not-assessable indicators are left out of both figures, never counted as 0: a strategy whose
 * only indicator is N/A has no share, not a share of 0. This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class RollUp {
  RollUp() {}

  /**
   * Returns what the roll-up summarises.
   *
   * @return the scope, not null
   */
  public abstract RollUpScope scope();

  /**
   * Returns the goal or strategy number, normalised like {@link IndicatorKey}.
   *
   * @return the number, or empty for the plan, and for a goal roll-up of indicators that name no goal
   */
  public abstract Optional<String> key();

  /**
   * Returns the number of the strategy a goal roll-up belongs to, normalised like
   * {@link IndicatorKey}: goal 1 of strategy 1 and goal 1 of strategy 2 are two goals, told apart
   * by this number.
   *
   * @return the strategy number of a {@link RollUpScope#GOAL} roll-up, empty for the others
   */
  public abstract Optional<String> strategy();

  /**
   * Returns the indicators' achievements, in plan order.
   *
   * @return the parts, not null
   */
  public abstract List<IndicatorAchievement> parts();

  /**
   * Returns the weight of each assessable part used in the mean; 1 unless the caller gave one.
   *
   * @return the weights, zero or more, not null
   */
  public abstract Map<IndicatorKey, BigDecimal> weights();

  /**
   * Returns the number of indicators.
   *
   * @return the count, zero or more
   */
  public int count() {
    return parts().size();
  }

  /**
   * Returns the number of indicators that could be assessed.
   *
   * @return the count, zero or more
   */
  public int assessableCount() {
    return (int) parts().stream().filter(IndicatorAchievement::isAssessable).count();
  }

  /**
   * Returns the number of indicators that met their target.
   *
   * @return the count, zero or more
   */
  public int metCount() {
    return (int) parts().stream().filter(IndicatorAchievement::isMet).count();
  }

  /**
   * Returns the share of assessable indicators that met their target, {@code 100 × met ÷
   * assessable}.
   *
   * @return the share, or empty when no indicator could be assessed
   */
  public abstract Optional<BigDecimal> shareMet();

  /**
   * Returns the weighted mean of the capped percent of target, {@code Σ wᵢ × min(pᵢ, 100) ÷ Σ wᵢ}
   * over the assessable indicators; between the lowest and the highest capped part.
   *
   * @return the mean, or empty when no indicator could be assessed or every weight is 0
   */
  public abstract Optional<BigDecimal> weightedMeanAchievement();

  @Value.Check
  void check() {
    if (strategy().isPresent() && scope() != RollUpScope.GOAL) {
      throw new IllegalArgumentException("only a goal roll-up names a strategy: " + scope() + " of strategy "
          + strategy().get());
    }
    weights().forEach((key, w) -> {
      if (w.signum() < 0) {
        throw new IllegalArgumentException("weight of " + key + " cannot be negative: " + w.toPlainString());
      }
    });
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RollUp}. */
  public static final class Builder extends ImmutableRollUp.Builder {}
}
