package io.github.eduplan.achievement;

import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A percentage indicator pooled across units (schools, offices) from their counts, not averaged:
 * {@code 100 × Σ numerators ÷ Σ denominators}. Example: school A 45 of 50 pupils (90 %), school B
 * 10 of 50 (20 %), school C 1 of 4 (25 %): pooled 56 of 104 = 53.85 %, where the mean of the
 * percentages would say 45 %.
 *
 * <p>Only results with counts are pooled. A unit whose result has only a percentage cannot be
 * weighted and is listed in {@link #excluded()} with the units that reported nothing for the year
 * (not yet due, N/A, not applicable); units that give no result at all are counted in
 * {@link #missingCount()}. This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class PooledPercentage {
  PooledPercentage() {}

  /**
   * Returns the indicator.
   *
   * @return the key, not null
   */
  public abstract IndicatorKey indicator();

  /**
   * Returns the fiscal year.
   *
   * @return the year, not null
   */
  public abstract FiscalYear year();

  /**
   * Returns the results whose counts were summed, in the order of the units.
   *
   * @return the results, not null
   */
  public abstract List<ActualResult> included();

  /**
   * Returns the results that could not be pooled: without counts, or not reported.
   *
   * @return the results, not null
   */
  public abstract List<ActualResult> excluded();

  /**
   * Returns the number of units that gave no result for the indicator and year.
   *
   * @return the count, zero or more
   */
  public abstract int missingCount();

  /**
   * Returns the sum of the included numerators.
   *
   * @return the sum, zero when nothing was included
   */
  public abstract BigDecimal numerator();

  /**
   * Returns the sum of the included denominators.
   *
   * @return the sum, zero when nothing was included
   */
  public abstract BigDecimal denominator();

  /**
   * Returns the pooled percentage, {@code 100 × numerator ÷ denominator}.
   *
   * @return the percentage, or empty when the summed denominator is 0
   */
  public abstract Optional<BigDecimal> percent();

  /**
   * Returns the pooled figure as one result with the summed counts, to assess the indicator for
   * all units together.
   *
   * @return a REPORTED result with the counts, or a NOT_AVAILABLE result when nothing was counted;
   *     not null
   */
  public ActualResult asResult() {
    ActualResult.Builder b = ActualResult.builder().indicator(indicator()).year(year());
    if (denominator().signum() == 0) {
      return b.status(ResultStatus.NOT_AVAILABLE).build();
    }
    return b.status(ResultStatus.REPORTED).numerator(numerator()).denominator(denominator())
        .note("pooled from " + included().size() + " units").build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PooledPercentage}. */
  public static final class Builder extends ImmutablePooledPercentage.Builder {}
}
