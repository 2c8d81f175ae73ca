package io.github.eduplan.model;

import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.internal.VisibleText;
import io.github.eduplan.time.FiscalYear;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The plan a plan serves (แผนที่สนองต่อ): the office above, as the plan names it, and a fiscal year
 * its plan covers. A school plan of FY2565 serves the สพป.ตาก เขต 2 plan covering 2565; an area
 * office plan serves OBEC's. A plan set resolves it to the plan itself.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableServedPlan.class)
@JsonDeserialize(as = ImmutableServedPlan.class)
public abstract class ServedPlan {
  ServedPlan() {}

  /**
   * Returns the served office's name or short name as the plan writes it, such as
   * {@code สพป.ตาก เขต 2}.
   *
   * @return the office, not null, not blank
   */
  public abstract String office();

  /**
   * Returns a fiscal year the served plan covers, in the Buddhist Era, such as 2565.
   *
   * @return the year, 2400 to 2999
   */
  public abstract int fiscalYear();

  @Value.Check
  void check() {
    if (VisibleText.isBlank(office())) {
      throw new IllegalArgumentException("a served plan needs an office: '" + office() + "'");
    }
    FiscalYear.of(fiscalYear());
  }

  /**
   * Returns the plan of an office covering a fiscal year.
   *
   * @param office the office's name or short name as written, not null, not blank
   * @param fiscalYear the Buddhist Era fiscal year, 2400 to 2999
   * @return the served plan, not null
   * @throws IllegalArgumentException if the office is blank or the year out of range
   */
  public static ServedPlan of(String office, int fiscalYear) {
    return builder().office(office).fiscalYear(fiscalYear).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServedPlan}. */
  public static final class Builder extends ImmutableServedPlan.Builder {}
}
