package io.github.eduplan.achievement;

import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.model.Baht;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Budget execution (ผลการเบิกจ่ายงบประมาณ) of a project, a strategy, a group of the office or a
 * whole plan up to a quarter: the allocated budget, the four quarters planned and spent, and the
 * cumulative disbursement rate against the cabinet's targets. A summary holds the executions of
 * its projects in {@link #parts()}, so a report can show every row behind a total.
 *
 * <p>A project's allocated budget is its stated budget, or the total of its quarterly plan when it
 * states none, or 0. Sums of baht are exact; only rates are rounded. This type is immutable and
 * thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class BudgetExecution {
  BudgetExecution() {}

  /**
   * Returns what the execution summarises.
   *
   * @return the scope, not null
   */
  public abstract BudgetScope scope();

  /**
   * Returns the project number, strategy number or group name, as written.
   *
   * @return the key, or empty for the plan and for projects that name no strategy or group
   */
  public abstract Optional<String> key();

  /**
   * Returns the fiscal year.
   *
   * @return the year, not null
   */
  public abstract FiscalYear year();

  /**
   * Returns the last quarter reported.
   *
   * @return the quarter, not null
   */
  public abstract Quarter through();

  /**
   * Returns the allocated budget (งบประมาณที่ได้รับจัดสรร).
   *
   * @return the amount, not null
   */
  public abstract Baht allocated();

  /**
   * Returns the rows of quarters 1 to 4.
   *
   * @return four rows, in order, not null
   */
  public abstract List<QuarterExecution> quarters();

  /**
   * Returns the executions of the projects summarised, in plan order.
   *
   * @return the parts, empty for a project; not null
   */
  public abstract List<BudgetExecution> parts();

  /**
   * Returns the amount spent from quarter 1 to {@link #through()}, the sum of the reported
   * quarters.
   *
   * @return the amount, not null
   */
  public Baht spent() {
    return quarters().get(through().ordinal()).cumulativeSpent().orElseThrow();
  }

  /**
   * Returns the amount not yet spent, {@code allocated − spent}; negative when more was spent
   * than allocated.
   *
   * @return the amount in baht, not null
   */
  public BigDecimal remaining() {
    return allocated().minus(spent());
  }

  /**
   * Returns the cumulative disbursement rate through {@link #through()}.
   *
   * @return the rate, or empty when the allocated budget is 0
   */
  public Optional<BigDecimal> disbursementRate() {
    return quarters().get(through().ordinal()).cumulativeRate();
  }

  /**
   * Returns the row of a quarter.
   *
   * @param quarter the quarter, not null
   * @return the row, not null
   */
  public QuarterExecution quarter(Quarter quarter) {
    return quarters().get(quarter.ordinal());
  }

  @Value.Check
  void check() {
    if (quarters().size() != 4) {
      throw new IllegalArgumentException("a budget execution has four quarters: " + quarters().size());
    }
    for (int i = 0; i < 4; i++) {
      QuarterExecution row = quarters().get(i);
      if (row.quarter().ordinal() != i) {
        throw new IllegalArgumentException("quarter rows are in order Q1 to Q4: " + row.quarter()
            + " at position " + (i + 1));
      }
      if ((i <= through().ordinal()) != row.cumulativeSpent().isPresent()) {
        throw new IllegalArgumentException("quarters up to " + through() + " and no later have spending: "
            + row.quarter() + " cumulativeSpent=" + row.cumulativeSpent().map(Baht::toString).orElse("none"));
      }
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BudgetExecution}. */
  public static final class Builder extends ImmutableBudgetExecution.Builder {}
}
