package io.github.eduplan.achievement;

import io.github.eduplan.internal.ValueStyle;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The 5-step rubric (เกณฑ์การให้คะแนน ระดับ ๑–๕): the lowest percent of target that scores each of
 * ระดับ 2, 3, 4 and 5; anything assessable below the first threshold scores ระดับ 1. The
 * {@link #DEFAULT} thresholds are 70, 80, 90 and 100: reaching the target scores ระดับ 5, 80 % (the
 * default "nearly met" band) scores ระดับ 3, under 70 % scores ระดับ 1. Offices that put the target
 * at ระดับ 3 build their own, such as {@code Rubric.of(80, 90, 100, 110)}.
 *
 * <p>As with {@link StatusBands}, a threshold of 100 or more also needs the target's comparison to
 * be met, so rounding never lifts a missed target to a higher level. This type is immutable and
 * thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Rubric {
  /** ระดับ 2 from 70 %, 3 from 80 %, 4 from 90 %, 5 from 100 %. */
  public static final Rubric DEFAULT = of(70, 80, 90, 100);

  Rubric() {}

  /**
   * Returns the lowest percent of target for ระดับ 2, 3, 4 and 5, in that order.
   *
   * @return four thresholds, zero or more, never decreasing
   */
  public abstract List<BigDecimal> thresholds();

  /**
   * Returns the level of an achievement.
   *
   * @param achievement the achievement, not null
   * @return 1 to 5, or empty when the indicator could not be assessed
   */
  public OptionalInt level(IndicatorAchievement achievement) {
    if (!achievement.isAssessable()) {
      return OptionalInt.empty();
    }
    int level = 1;
    for (BigDecimal threshold : thresholds()) {
      if (StatusBands.reaches(achievement, threshold)) {
        level++;
      }
    }
    return OptionalInt.of(level);
  }

  @Value.Check
  void check() {
    if (thresholds().size() != 4) {
      throw new IllegalArgumentException("a rubric has four thresholds, for levels 2 to 5: " + thresholds());
    }
    for (int i = 0; i < 4; i++) {
      if (thresholds().get(i).signum() < 0 || i > 0 && thresholds().get(i).compareTo(thresholds().get(i - 1)) < 0) {
        throw new IllegalArgumentException(
            "rubric thresholds are zero or more and never decrease: " + thresholds());
      }
    }
  }

  /**
   * Returns the rubric of four thresholds in percent of target.
   *
   * @param level2 the lowest percent for ระดับ 2, zero or more
   * @param level3 the lowest percent for ระดับ 3, not below level2
   * @param level4 the lowest percent for ระดับ 4, not below level3
   * @param level5 the lowest percent for ระดับ 5, not below level4
   * @return the rubric, not null
   * @throws IllegalArgumentException if a threshold is negative or below the previous one
   */
  public static Rubric of(long level2, long level3, long level4, long level5) {
    return builder().addThresholds(BigDecimal.valueOf(level2), BigDecimal.valueOf(level3),
        BigDecimal.valueOf(level4), BigDecimal.valueOf(level5)).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Rubric}. */
  public static final class Builder extends ImmutableRubric.Builder {}
}
