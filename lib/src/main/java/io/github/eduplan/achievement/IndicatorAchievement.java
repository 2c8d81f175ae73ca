package io.github.eduplan.achievement;

import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Comparison;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.Target;
import io.github.eduplan.time.FiscalYear;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The achievement (ผลสัมฤทธิ์) of one indicator in one fiscal year, with the working: the target,
 * the actual result and the baseline it used, the numbers it compared, whether the target was met,
 * the percent of target (ร้อยละของค่าเป้าหมาย) and the progress from the baseline. Example: the
 * dropout rate (อัตราการออกกลางคัน), decrease, target 0, actual 0 → {@link Outcome#MET}, 100 %.
 * {@link AchievementCalculator#assess} computes it; the formulas are in {@code docs/achievement.md}.
 *
 * <p>Levels (ดี, ดีเยี่ยม) are compared by their position on the ordinal scale, lowest = 1, and
 * {@link #actualNumber()} and {@link #targetNumber()} hold those positions. An achievement that is
 * {@link Outcome#NOT_ASSESSABLE} has a {@link #reason()} and no percentages: it is never 0. This
 * type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class IndicatorAchievement {
  IndicatorAchievement() {}

  /**
   * Returns the indicator.
   *
   * @return the key, not null
   */
  public abstract IndicatorKey indicator();

  /**
   * Returns the indicator's text, for reports.
   *
   * @return the text, not null
   */
  public abstract String text();

  /**
   * Returns the number of the goal (เป้าประสงค์) the indicator measures, as the plan writes it.
   *
   * @return the goal's number, or empty
   */
  public abstract Optional<String> goal();

  /**
   * Returns the indicator's direction.
   *
   * @return the direction, not null
   */
  public abstract Direction direction();

  /**
   * Returns the fiscal year assessed.
   *
   * @return the year, not null
   */
  public abstract FiscalYear year();

  /**
   * Returns the plan's target for the year.
   *
   * @return the target, or empty when the plan sets none
   */
  public abstract Optional<Target> target();

  /**
   * Returns the actual result used.
   *
   * @return the result, or empty when none was given
   */
  public abstract Optional<ActualResult> actual();

  /**
   * Returns the baseline used for {@link #progressFromBaseline()}: the latest baseline before the
   * year whose value can be compared.
   *
   * @return the baseline, or empty
   */
  public abstract Optional<Baseline> baseline();

  /**
   * Returns the comparison applied: the target's written one, or the one the direction implies.
   *
   * @return the comparison, or empty for yes/no targets and when not assessable
   */
  public abstract Optional<Comparison> comparison();

  /**
   * Returns the ordinal scale levels were ranked on.
   *
   * @return the scale, or empty when no level was compared
   */
  public abstract Optional<OrdinalScale> scale();

  /**
   * Returns the actual number compared: the value, the percentage 100 × numerator ÷ denominator
   * rounded to the calculator's precision when only counts were given (the figure a report
   * prints, and the one compared), or a level's position on the scale (lowest = 1).
   *
   * @return the number, or empty for yes/no and when not assessable
   */
  public abstract Optional<BigDecimal> actualNumber();

  /**
   * Returns the target number compared: the value, or a level's position on the scale; the lower
   * bound of a BETWEEN target.
   *
   * @return the number, or empty for yes/no and when not assessable
   */
  public abstract Optional<BigDecimal> targetNumber();

  /**
   * Returns the baseline number used, or a level's position on the scale.
   *
   * @return the number, or empty when no baseline was used
   */
  public abstract Optional<BigDecimal> baselineNumber();

  /**
   * Returns whether the target was met.
   *
   * @return the outcome, not null
   */
  public abstract Outcome outcome();

  /**
   * Returns why the indicator could not be assessed.
   *
   * @return the reason, present exactly when the outcome is NOT_ASSESSABLE
   */
  public abstract Optional<NotAssessableReason> reason();

  /**
   * Returns the percent of target (ร้อยละของค่าเป้าหมาย), never negative and not capped: at least
   * 100 whenever the target is met (a narrowly missed target can also round to 100; the
   * {@link #outcome()} decides). For "at least" targets {@code 100 × actual ÷ target}; for
   * "at most" targets the mirror {@code 100 × (2 × target − actual) ÷ target}; for "equal" and
   * "between" {@code 100 − 100 × |actual − target| ÷ |target|} from the nearest bound; for yes/no
   * 100 or 0. When the target (or nearest bound) is 0 or below, no ratio exists and the percent is
   * 100 when met and 0 when not: a dropout target of 0 with 0 dropouts is 100, with 0.5 % it is 0.
   * Floored at 0.
   *
   * @return the percent, present exactly when assessable
   */
  public abstract Optional<BigDecimal> percentOfTarget();

  /**
   * Returns the progress from the baseline (ความก้าวหน้าจากข้อมูลพื้นฐาน) toward the target,
   * {@code 100 × (actual − baseline) ÷ (target − baseline)}, which is mirrored for a decrease by
   * itself; it may be below 0 (worse than the baseline) or above 100. When the target does not
   * move away from the baseline in the comparison's direction (baseline = target, or a falling
   * target for "at least") there is no ratio, and progress is 100 when met and 0 when not.
   *
   * @return the progress, or empty for "equal", "between", yes/no, no usable baseline, or not
   *     assessable
   */
  public abstract Optional<BigDecimal> progressFromBaseline();

  /**
   * Tells whether the indicator could be assessed.
   *
   * @return true unless the outcome is NOT_ASSESSABLE
   */
  public boolean isAssessable() {
    return outcome() != Outcome.NOT_ASSESSABLE;
  }

  /**
   * Tells whether the target was met.
   *
   * @return true when the outcome is MET
   */
  public boolean isMet() {
    return outcome() == Outcome.MET;
  }

  /**
   * Returns the percent of target capped at 100, the figure roll-ups average, so one indicator far
   * over its target cannot hide another below it.
   *
   * @return the capped percent, present exactly when assessable
   */
  public Optional<BigDecimal> cappedPercent() {
    return percentOfTarget().map(p -> p.compareTo(Precision.HUNDRED) > 0 ? Precision.HUNDRED.setScale(p.scale()) : p);
  }

  @Value.Check
  void check() {
    if ((outcome() == Outcome.NOT_ASSESSABLE) != reason().isPresent()) {
      throw new IllegalArgumentException(indicator() + " " + year() + ": a reason is given exactly when"
          + " the outcome is NOT_ASSESSABLE: outcome=" + outcome() + ", reason="
          + reason().map(Enum::name).orElse("none"));
    }
    if (isAssessable() != percentOfTarget().isPresent()) {
      throw new IllegalArgumentException(indicator() + " " + year() + ": percentOfTarget is present"
          + " exactly when assessable: outcome=" + outcome());
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

  /** Builds an {@link IndicatorAchievement}. */
  public static final class Builder extends ImmutableIndicatorAchievement.Builder {}
}
