package io.github.eduplan.model;

import io.github.eduplan.internal.ValueStyle;

import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A baseline value (ข้อมูลพื้นฐาน, Base Line) of an indicator for one year, as the plan writes it:
 * "ข้อมูลฐานปี ๒๕๖๒: (N/A)". The year is a Buddhist Era year; whether it is a fiscal or an academic
 * year is kept as the document says ({@link YearBasis}).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableBaseline.class)
@JsonDeserialize(as = ImmutableBaseline.class)
public abstract class Baseline {
  Baseline() {}

  /**
   * Returns the Buddhist Era year of the baseline.
   *
   * @return the year, 2400 to 2999
   */
  public abstract int year();

  /**
   * Returns which calendar the year belongs to.
   *
   * @return the basis, {@link YearBasis#UNSTATED} unless the document says
   */
  @Value.Default
  public YearBasis basis() {
    return YearBasis.UNSTATED;
  }

  /**
   * Returns the baseline value.
   *
   * @return the value, not null
   */
  public abstract IndicatorValue value();

  @Value.Check
  void check() {
    if (year() < 2400 || year() > 2999) {
      throw new IllegalArgumentException(
          "a baseline year is a Buddhist Era year from 2400 to 2999: " + year());
    }
  }

  /**
   * Returns a baseline of a year whose calendar the document does not state.
   *
   * @param year the Buddhist Era year, 2400 to 2999
   * @param value the value, not null
   * @return the baseline, not null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static Baseline of(int year, IndicatorValue value) {
    return builder().year(year).value(value).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Baseline}. */
  public static final class Builder extends ImmutableBaseline.Builder {}
}
