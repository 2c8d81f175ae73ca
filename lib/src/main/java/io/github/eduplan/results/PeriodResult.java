package io.github.eduplan.results;

import io.github.eduplan.achievement.ActualResult;
import io.github.eduplan.achievement.IndicatorKey;
import io.github.eduplan.achievement.ResultStatus;
import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One indicator's actual result (ผลการดำเนินงาน) for a fiscal year or one of its quarters, as a
 * results document states it: the status, the value or the counts behind a percentage, where the
 * figure comes from (แหล่งข้อมูล), its date and a note. Example: FY 2565, reported, 92 of 115 schools,
 * source ระบบ DMC, 2022-06-10.
 *
 * <p>The rules are those of {@link ActualResult}: a {@link ResultStatus#REPORTED reported} result
 * (the default) has a value, or a numerator and a denominator, or both; any other status — not yet
 * due, not available, not applicable — has neither. Counts come together and are never negative. A
 * result breaking these rules can never be legal and is rejected when built. This type is
 * immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutablePeriodResult.class)
@JsonDeserialize(as = ImmutablePeriodResult.class)
public abstract class PeriodResult {
  PeriodResult() {}

  /**
   * Returns the fiscal year.
   *
   * @return the year, not null
   */
  public abstract FiscalYear year();

  /**
   * Returns the quarter (ไตรมาส) of a quarterly result; a result without one is the whole year's.
   *
   * @return the quarter, or empty for the whole year
   */
  public abstract Optional<Quarter> quarter();

  /**
   * Returns the status: {@link ResultStatus#REPORTED} unless given.
   *
   * @return the status, not null
   */
  @Value.Default
  public ResultStatus status() {
    return ResultStatus.REPORTED;
  }

  /**
   * Returns the value as reported, in the indicator's kind: a number (also a percentage), a level
   * such as ดีเยี่ยม, yes or no, or text.
   *
   * @return the value, or empty
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
   * Returns where the figure comes from (แหล่งข้อมูล), such as a system or a survey.
   *
   * @return the source, or empty
   */
  public abstract Optional<String> source();

  /**
   * Returns the date of the figure: when it was measured or taken from its source.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> date();

  /**
   * Returns a note.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    if (numerator().isPresent() != denominator().isPresent()) {
      throw problem("numerator and denominator come together: numerator="
          + numerator().map(BigDecimal::toPlainString).orElse("none") + ", denominator="
          + denominator().map(BigDecimal::toPlainString).orElse("none"));
    }
    numerator().ifPresent(n -> notNegative("numerator", n));
    denominator().ifPresent(d -> notNegative("denominator", d));
    boolean measured = value().isPresent() || numerator().isPresent();
    if (status() == ResultStatus.REPORTED && !measured) {
      throw problem("a REPORTED result needs a value or a numerator and a denominator;"
          + " a result without one has the status NOT_YET_DUE, NOT_AVAILABLE or NOT_APPLICABLE");
    }
    if (status() != ResultStatus.REPORTED && measured) {
      throw problem("a " + status() + " result has no value and no counts");
    }
  }

  private void notNegative(String attribute, BigDecimal n) {
    if (n.signum() < 0) {
      throw problem(attribute + " cannot be negative: " + n.toPlainString());
    }
  }

  private IllegalArgumentException problem(String text) {
    return new IllegalArgumentException("result of " + year() + quarter().map(q -> " " + q).orElse("") + ": " + text);
  }

  /**
   * Returns the period this result is for: the year and its quarter, or the year alone.
   *
   * @return {@code 2565} or {@code 2565 Q3}, not null
   */
  String period() {
    return year() + quarter().map(q -> " Q" + q.number()).orElse("");
  }

  /**
   * Returns this result as the achievement calculators take it.
   *
   * @param indicator the indicator it is for, not null
   * @return the result, with the note but not the source and date; not null
   */
  public ActualResult toActual(IndicatorKey indicator) {
    return ActualResult.builder().indicator(indicator).year(year()).quarter(quarter()).status(status())
        .value(value()).numerator(numerator()).denominator(denominator()).note(note()).build();
  }

  /**
   * Returns the result of a whole year or quarter as the calculators gave it, without source and
   * date.
   *
   * @param result the result, not null
   * @return the result, not null
   */
  public static PeriodResult of(ActualResult result) {
    return builder().year(result.year()).quarter(result.quarter()).status(result.status()).value(result.value())
        .numerator(result.numerator()).denominator(result.denominator()).note(result.note()).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PeriodResult}. */
  public static final class Builder extends ImmutablePeriodResult.Builder {}
}
