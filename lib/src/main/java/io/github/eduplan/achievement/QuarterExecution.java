package io.github.eduplan.achievement;

import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.model.Baht;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One quarter's row of a {@link BudgetExecution}: planned and spent in the quarter, both
 * cumulated from quarter 1, the cumulative disbursement rate and its target. Example: ไตรมาส 2,
 * planned 60,000, spent 45,500; cumulative 75,500 of a 121,940 budget = 61.92 % against a
 * 52 % target: met.
 *
 * <p>Quarters after the last one reported have no spending, rates or verdict. This type is
 * immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class QuarterExecution {
  QuarterExecution() {}

  /**
   * Returns the quarter.
   *
   * @return the quarter, not null
   */
  public abstract Quarter quarter();

  /**
   * Returns the amount the quarterly plan sets for the quarter.
   *
   * @return the amount, {@link Baht#ZERO} when there is no quarterly plan; not null
   */
  public abstract Baht planned();

  /**
   * Returns the amount spent in the quarter.
   *
   * @return the amount, or empty for a quarter after the last one reported
   */
  public abstract Optional<Baht> spent();

  /**
   * Returns the amount planned from quarter 1 to this quarter.
   *
   * @return the amount, not null
   */
  public abstract Baht cumulativePlanned();

  /**
   * Returns the amount spent from quarter 1 to this quarter.
   *
   * @return the amount, or empty for a quarter after the last one reported
   */
  public abstract Optional<Baht> cumulativeSpent();

  /**
   * Returns the quarter's spending against its plan, {@code 100 × spent ÷ planned}.
   *
   * @return the rate, or empty when nothing was planned for the quarter or it is not reported
   */
  public abstract Optional<BigDecimal> rateOfPlan();

  /**
   * Returns the cumulative disbursement rate (อัตราการเบิกจ่ายสะสม), {@code 100 × cumulative spent ÷
   * allocated budget}.
   *
   * @return the rate, or empty when the allocated budget is 0 or the quarter is not reported
   */
  public abstract Optional<BigDecimal> cumulativeRate();

  /**
   * Returns the cumulative target for the quarter.
   *
   * @return the target in percent, or empty when none was given
   */
  public abstract Optional<BigDecimal> target();

  /**
   * Tells whether the cumulative disbursement reaches the target, decided on the exact amounts
   * ({@code 100 × cumulative spent ≥ target × allocated}), so rounding never lifts 51.996 % to a
   * 52 % target.
   *
   * @return the verdict, or empty when there is no rate or no target
   */
  public abstract Optional<Boolean> meetsTarget();

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QuarterExecution}. */
  public static final class Builder extends ImmutableQuarterExecution.Builder {}
}
