package io.github.eduplan.achievement;

import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * Cumulative disbursement targets (เป้าหมายการเบิกจ่ายงบประมาณสะสม): the share of the allocated
 * budget that should be spent by the end of each quarter. The cabinet (คณะรัฐมนตรี) sets them by
 * resolution for every fiscal year, so the library takes them as a parameter and ships none as a
 * rule. Example: {@code DisbursementTargets.of("FY 2565", 30, 52, 75, 100)}.
 *
 * <p>Targets are 0 to 100 and never fall from one quarter to the next; a quarter without a target
 * is simply not compared. This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class DisbursementTargets {
  DisbursementTargets() {}

  /**
   * Returns a label for reports, such as which resolution the targets come from.
   *
   * @return the label, or empty
   */
  public abstract Optional<String> label();

  /**
   * Returns the cumulative target of each quarter, in percent of the allocated budget.
   *
   * @return the targets by quarter, not null
   */
  @Value.NaturalOrder
  public abstract SortedMap<Quarter, BigDecimal> cumulativePercent();

  /**
   * Returns the cumulative target of a quarter.
   *
   * @param quarter the quarter, not null
   * @return the target in percent, or empty when none is set for that quarter
   */
  public Optional<BigDecimal> target(Quarter quarter) {
    return Optional.ofNullable(cumulativePercent().get(quarter));
  }

  @Value.Check
  void check() {
    BigDecimal previous = BigDecimal.ZERO;
    for (Map.Entry<Quarter, BigDecimal> e : cumulativePercent().entrySet()) {
      BigDecimal p = e.getValue();
      if (p.signum() < 0 || p.compareTo(Precision.HUNDRED) > 0) {
        throw new IllegalArgumentException("disbursement target of " + e.getKey() + " is 0 to 100: " + p.toPlainString());
      }
      if (p.compareTo(previous) < 0) {
        throw new IllegalArgumentException("disbursement target of " + e.getKey() + " (" + p.toPlainString()
            + ") is below an earlier quarter's (" + previous.toPlainString() + "): targets are cumulative");
      }
      previous = p;
    }
  }

  /**
   * Returns the targets of four quarters.
   *
   * @param label a label, such as the resolution's date, not null
   * @param q1 the cumulative percent by the end of quarter 1
   * @param q2 the cumulative percent by the end of quarter 2
   * @param q3 the cumulative percent by the end of quarter 3
   * @param q4 the cumulative percent by the end of quarter 4
   * @return the targets, not null
   * @throws IllegalArgumentException if a target is outside 0 to 100 or below an earlier one
   */
  public static DisbursementTargets of(String label, long q1, long q2, long q3, long q4) {
    return builder().label(label).putCumulativePercent(Quarter.Q1, BigDecimal.valueOf(q1))
        .putCumulativePercent(Quarter.Q2, BigDecimal.valueOf(q2))
        .putCumulativePercent(Quarter.Q3, BigDecimal.valueOf(q3))
        .putCumulativePercent(Quarter.Q4, BigDecimal.valueOf(q4)).build();
  }

  /**
   * Returns an example of the shape a cabinet resolution takes, 30, 52, 75 and 100 % by the end of
   * quarters 1 to 4. It is an example for documentation and tests, not the targets of any
   * particular year: use the resolution of the year being reported.
   *
   * @return the example targets, labelled as an example, not null
   */
  public static DisbursementTargets example() {
    return of("example (not a cabinet resolution)", 30, 52, 75, 100);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisbursementTargets}. */
  public static final class Builder extends ImmutableDisbursementTargets.Builder {}
}
