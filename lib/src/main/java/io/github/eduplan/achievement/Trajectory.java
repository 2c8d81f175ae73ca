package io.github.eduplan.achievement;

import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.model.Comparison;
import io.github.eduplan.time.FiscalQuarter;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether an indicator is on track (เป็นไปตามแผน) at the end of a quarter: its actual value against
 * the linear path from the year's starting value to the year's target. After {@code q} of 4
 * quarters the path expects {@code start + (target − start) × q ÷ 4}; an "at least" indicator is
 * on track at or above it, an "at most" indicator at or below it. "Equal" and "between" targets
 * have no path to walk: they are on track when the quarter's value already meets the target.
 * Example: O-NET mean, start 40, target 48, quarter 2 expects 44; an actual of 45 is on track.
 *
 * <p>The start is the indicator's reported result for the previous fiscal year when there is one,
 * otherwise its latest baseline before the year. The quarter's actual is the result reported for
 * that quarter, read as the value at the quarter's end. This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Trajectory {
  /** Whether an indicator is on track. */
  public enum Status {
    /** เป็นไปตามแผน: on or ahead of the path. */
    ON_TRACK,
    /** ล่าช้ากว่าแผน: behind the path. */
    OFF_TRACK,
    /** ประเมินไม่ได้: see {@link Trajectory#reason()}. */
    NOT_ASSESSABLE
  }

  /** Where the starting value of a path comes from. */
  public enum Start {
    /** The indicator's reported result for the previous fiscal year. */
    PREVIOUS_YEAR_RESULT,
    /** The indicator's latest baseline (ข้อมูลพื้นฐาน) before the year. */
    BASELINE
  }

  Trajectory() {}

  /**
   * Returns the indicator.
   *
   * @return the key, not null
   */
  public abstract IndicatorKey indicator();

  /**
   * Returns the quarter whose end is assessed.
   *
   * @return the quarter, not null
   */
  public abstract FiscalQuarter quarter();

  /**
   * Returns the status.
   *
   * @return the status, not null
   */
  public abstract Status status();

  /**
   * Returns why the trajectory could not be assessed.
   *
   * @return the reason, present exactly when the status is NOT_ASSESSABLE
   */
  public abstract Optional<NotAssessableReason> reason();

  /**
   * Returns the comparison applied.
   *
   * @return the comparison, or empty when not assessable
   */
  public abstract Optional<Comparison> comparison();

  /**
   * Returns where the starting value came from.
   *
   * @return the source, or empty for "equal" and "between" targets and when not assessable
   */
  public abstract Optional<Start> startFrom();

  /**
   * Returns the starting value of the path (a level's position for ordinal indicators).
   *
   * @return the value, or empty when there is no path
   */
  public abstract Optional<BigDecimal> start();

  /**
   * Returns the year's target value (a level's position for ordinal indicators).
   *
   * @return the value, or empty when not assessable
   */
  public abstract Optional<BigDecimal> target();

  /**
   * Returns the value the path expects at the quarter's end, rounded to the calculator's
   * precision; for "equal" and "between" targets, the target itself.
   *
   * @return the value, or empty when not assessable
   */
  public abstract Optional<BigDecimal> expected();

  /**
   * Returns the quarter's actual value (a level's position for ordinal indicators).
   *
   * @return the value, or empty when not assessable
   */
  public abstract Optional<BigDecimal> actual();

  /**
   * Tells whether the indicator is on track.
   *
   * @return true for ON_TRACK
   */
  public boolean isOnTrack() {
    return status() == Status.ON_TRACK;
  }

  @Value.Check
  void check() {
    if ((status() == Status.NOT_ASSESSABLE) != reason().isPresent()) {
      throw new IllegalArgumentException(indicator() + " " + quarter() + ": a reason is given exactly"
          + " when the status is NOT_ASSESSABLE: status=" + status() + ", reason="
          + reason().map(Enum::name).orElse("none"));
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

  /** Builds a {@link Trajectory}. */
  public static final class Builder extends ImmutableTrajectory.Builder {}
}
