package io.github.eduplan.achievement;

import io.github.eduplan.internal.ValueStyle;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Status bands (เกณฑ์สถานะ): the thresholds on the percent of target that class an indicator's
 * achievement as met, nearly met or below. The {@link #DEFAULT} bands are met at 100 % or more,
 * nearly met at 80 % or more, below otherwise; an office that counts 95 % as met uses
 * {@code StatusBands.of(new BigDecimal("95"), new BigDecimal("80"))}.
 *
 * <p>Percentages are rounded, so 99.996 % can print as 100.00 % although the target was not met.
 * A threshold of 100 or more therefore also needs the target's comparison to be met: with the
 * default bands, MET is exactly {@link Outcome#MET}. This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class StatusBands {
  /** Met at 100 %, nearly met at 80 %. */
  public static final StatusBands DEFAULT = builder().build();

  StatusBands() {}

  /**
   * Returns the lowest percent of target counted as met.
   *
   * @return the threshold, zero or more; 100 by default
   */
  @Value.Default
  public BigDecimal metAt() {
    return Precision.HUNDRED;
  }

  /**
   * Returns the lowest percent of target counted as nearly met.
   *
   * @return the threshold, zero or more, not above {@link #metAt()}; 80 by default
   */
  @Value.Default
  public BigDecimal nearlyAt() {
    return BigDecimal.valueOf(80);
  }

  /**
   * Returns the band of an achievement.
   *
   * @param achievement the achievement, not null
   * @return NOT_ASSESSABLE when the indicator could not be assessed, otherwise MET, NEARLY_MET or
   *     BELOW; not null
   */
  public Status classify(IndicatorAchievement achievement) {
    if (!achievement.isAssessable()) {
      return Status.NOT_ASSESSABLE;
    }
    if (reaches(achievement, metAt())) {
      return Status.MET;
    }
    return reaches(achievement, nearlyAt()) ? Status.NEARLY_MET : Status.BELOW;
  }

  /**
   * Tells whether an assessable achievement reaches a threshold, honouring the rule that a threshold
   * of 100 or more also needs the comparison met.
   */
  static boolean reaches(IndicatorAchievement achievement, BigDecimal threshold) {
    BigDecimal percent = achievement.percentOfTarget().orElseThrow();
    return percent.compareTo(threshold) >= 0
        && (threshold.compareTo(Precision.HUNDRED) < 0 || achievement.isMet());
  }

  @Value.Check
  void check() {
    if (nearlyAt().signum() < 0) {
      throw new IllegalArgumentException("nearlyAt cannot be negative: " + nearlyAt().toPlainString());
    }
    if (nearlyAt().compareTo(metAt()) > 0) {
      throw new IllegalArgumentException("nearlyAt " + nearlyAt().toPlainString()
          + " cannot be above metAt " + metAt().toPlainString());
    }
  }

  /**
   * Returns the bands of two thresholds.
   *
   * @param metAt the lowest percent counted as met, not null, not below {@code nearlyAt}
   * @param nearlyAt the lowest percent counted as nearly met, not null, zero or more
   * @return the bands, not null
   * @throws IllegalArgumentException if a threshold is negative or nearlyAt is above metAt
   */
  public static StatusBands of(BigDecimal metAt, BigDecimal nearlyAt) {
    return builder().metAt(metAt).nearlyAt(nearlyAt).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StatusBands}. */
  public static final class Builder extends ImmutableStatusBands.Builder {}
}
