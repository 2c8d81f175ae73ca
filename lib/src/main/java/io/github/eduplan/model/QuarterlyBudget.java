package io.github.eduplan.model;

import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.time.Quarter;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A project's spending plan by fiscal quarter (แผนการใช้จ่ายงบประมาณรายไตรมาส): the amounts for
 * ไตรมาส 1 (Oct–Dec) to ไตรมาส 4 (Jul–Sep).
 *
 * <p>The four amounts need not add up to the project's stated budget: real plans have such
 * mistakes, and the validator reports them. This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableQuarterlyBudget.class)
@JsonDeserialize(as = ImmutableQuarterlyBudget.class)
public abstract class QuarterlyBudget {
  QuarterlyBudget() {}

  /**
   * Returns the amount for quarter 1 (October–December).
   *
   * @return the amount, not null
   */
  public abstract Baht q1();

  /**
   * Returns the amount for quarter 2 (January–March).
   *
   * @return the amount, not null
   */
  public abstract Baht q2();

  /**
   * Returns the amount for quarter 3 (April–June).
   *
   * @return the amount, not null
   */
  public abstract Baht q3();

  /**
   * Returns the amount for quarter 4 (July–September).
   *
   * @return the amount, not null
   */
  public abstract Baht q4();

  /**
   * Returns the amount for a quarter.
   *
   * @param quarter the quarter, not null
   * @return the amount, not null
   */
  public Baht amount(Quarter quarter) {
    switch (quarter) {
      case Q1:
        return q1();
      case Q2:
        return q2();
      case Q3:
        return q3();
      default:
        return q4();
    }
  }

  /**
   * Returns the four amounts in quarter order.
   *
   * @return four amounts, not null
   */
  public List<Baht> amounts() {
    return List.of(q1(), q2(), q3(), q4());
  }

  /**
   * Returns the sum of the four quarters.
   *
   * @return the sum, not null
   */
  public Baht total() {
    return Baht.sum(amounts());
  }

  /**
   * Returns the spending plan of the four amounts.
   *
   * @param q1 quarter 1, not null
   * @param q2 quarter 2, not null
   * @param q3 quarter 3, not null
   * @param q4 quarter 4, not null
   * @return the plan, not null
   */
  public static QuarterlyBudget of(Baht q1, Baht q2, Baht q3, Baht q4) {
    return builder().q1(q1).q2(q2).q3(q3).q4(q4).build();
  }

  /**
   * Returns the spending plan of four amounts in whole baht.
   *
   * @param q1 quarter 1, zero or more
   * @param q2 quarter 2, zero or more
   * @param q3 quarter 3, zero or more
   * @param q4 quarter 4, zero or more
   * @return the plan, not null
   * @throws IllegalArgumentException if an amount is negative
   */
  public static QuarterlyBudget of(long q1, long q2, long q3, long q4) {
    return of(Baht.of(q1), Baht.of(q2), Baht.of(q3), Baht.of(q4));
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QuarterlyBudget}. */
  public static final class Builder extends ImmutableQuarterlyBudget.Builder {}
}
