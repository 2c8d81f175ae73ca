package io.github.eduplan.achievement;

import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An actual result (ผลการดำเนินงาน) of one indicator for a fiscal year or one of its quarters: a
 * status, the measured value, the counts behind a percentage, and a note. Example: indicator 1.2 of
 * strategy 1, FY 2565, reported, 80 % from 92 of 115 schools
 * ({@code ActualResult.ofCounts(key, FiscalYear.of(2565), 92, 115)}).
 *
 * <p>A {@link ResultStatus#REPORTED reported} result has a value, or a numerator and a denominator
 * from which the calculators derive the percentage; any other status has neither. Numerator and
 * denominator come together and are never negative. A result breaking these rules can never be
 * legal and is rejected when built. This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class ActualResult {
  ActualResult() {}

  /**
   * Returns the indicator the result is for.
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
   * Returns the quarter (ไตรมาส) of a quarterly report; a result without a quarter is the year's.
   *
   * @return the quarter, or empty for a result of the whole year
   */
  public abstract Optional<Quarter> quarter();

  /**
   * Returns the status.
   *
   * @return the status, not null
   */
  public abstract ResultStatus status();

  /**
   * Returns the value as reported: a number, a level such as ดีเยี่ยม, yes or no.
   *
   * @return the value, or empty when the status is not REPORTED or only counts were reported
   */
  public abstract Optional<IndicatorValue> value();

  /**
   * Returns the count measured, such as 92 schools that pass.
   *
   * @return the numerator, present exactly when the denominator is; zero or more
   */
  public abstract Optional<BigDecimal> numerator();

  /**
   * Returns the count measured against, such as 115 schools in the area.
   *
   * @return the denominator, present exactly when the numerator is; zero or more
   */
  public abstract Optional<BigDecimal> denominator();

  /**
   * Returns a note, such as where the figure comes from.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Tells whether the result has a numerator and a denominator.
   *
   * @return true if both are present
   */
  public boolean hasCounts() {
    return numerator().isPresent();
  }

  @Value.Check
  void check() {
    if (numerator().isPresent() != denominator().isPresent()) {
      throw new IllegalArgumentException("result " + indicator() + " " + year()
          + ": numerator and denominator come together: numerator="
          + numerator().map(BigDecimal::toPlainString).orElse("none") + ", denominator="
          + denominator().map(BigDecimal::toPlainString).orElse("none"));
    }
    numerator().ifPresent(n -> notNegative("numerator", n));
    denominator().ifPresent(d -> notNegative("denominator", d));
    boolean measured = value().isPresent() || numerator().isPresent();
    if (status() == ResultStatus.REPORTED && !measured) {
      throw new IllegalArgumentException("result " + indicator() + " " + year()
          + ": a REPORTED result needs a value or a numerator and a denominator");
    }
    if (status() != ResultStatus.REPORTED && measured) {
      throw new IllegalArgumentException("result " + indicator() + " " + year() + ": a " + status()
          + " result has no value and no counts: value=" + value().map(Object::toString).orElse("none")
          + ", numerator=" + numerator().map(BigDecimal::toPlainString).orElse("none"));
    }
  }

  private void notNegative(String attribute, BigDecimal n) {
    if (n.signum() < 0) {
      throw new IllegalArgumentException("result " + indicator() + " " + year() + ": " + attribute
          + " cannot be negative: " + n.toPlainString());
    }
  }

  /**
   * Returns a reported result of a whole year.
   *
   * @param indicator the indicator, not null
   * @param year the fiscal year, not null
   * @param value the value, not null
   * @return the result, not null
   */
  public static ActualResult of(IndicatorKey indicator, FiscalYear year, IndicatorValue value) {
    return builder().indicator(indicator).year(year).status(ResultStatus.REPORTED).value(value).build();
  }

  /**
   * Returns a reported result of a whole year given as counts, such as 92 of 115 schools.
   *
   * @param indicator the indicator, not null
   * @param year the fiscal year, not null
   * @param numerator the count measured, zero or more
   * @param denominator the count measured against, zero or more
   * @return the result, not null
   * @throws IllegalArgumentException if a count is negative
   */
  public static ActualResult ofCounts(IndicatorKey indicator, FiscalYear year, long numerator, long denominator) {
    return builder().indicator(indicator).year(year).status(ResultStatus.REPORTED)
        .numerator(BigDecimal.valueOf(numerator)).denominator(BigDecimal.valueOf(denominator)).build();
  }

  /**
   * Returns a result of a whole year that has no value: not yet due, not available or not
   * applicable.
   *
   * @param indicator the indicator, not null
   * @param year the fiscal year, not null
   * @param status the status, not null, not REPORTED
   * @return the result, not null
   * @throws IllegalArgumentException if the status is REPORTED
   */
  public static ActualResult missing(IndicatorKey indicator, FiscalYear year, ResultStatus status) {
    return builder().indicator(indicator).year(year).status(status).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActualResult}. */
  public static final class Builder extends ImmutableActualResult.Builder {}
}
