package io.github.eduplan.achievement;

import io.github.eduplan.internal.ValueStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Budget versus results (งบประมาณเทียบกับผลสัมฤทธิ์) of one strategy: the share of its budget spent
 * next to the share of its indicators met. Example: strategy 2 spent 95 % of its budget and met 40 %
 * of its assessable indicators; strategy 3 spent 50 % and met 100 %.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class BudgetVersusResults {
  BudgetVersusResults() {}

  /**
   * Returns the strategy number, as the plan writes it.
   *
   * @return the number, not null
   */
  public abstract String strategy();

  /**
   * Returns the budget execution of the strategy's projects.
   *
   * @return the execution, not null
   */
  public abstract BudgetExecution budget();

  /**
   * Returns the roll-up of the strategy's indicators.
   *
   * @return the roll-up, not null
   */
  public abstract RollUp results();

  /**
   * Returns the share of the strategy's budget spent.
   *
   * @return the rate in percent, or empty when its allocated budget is 0
   */
  public Optional<BigDecimal> budgetSpentShare() {
    return budget().disbursementRate();
  }

  /**
   * Returns the share of the strategy's assessable indicators met.
   *
   * @return the share in percent, or empty when none could be assessed
   */
  public Optional<BigDecimal> indicatorsMetShare() {
    return results().shareMet();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BudgetVersusResults}. */
  public static final class Builder extends ImmutableBudgetVersusResults.Builder {}
}
