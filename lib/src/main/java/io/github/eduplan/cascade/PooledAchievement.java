package io.github.eduplan.cascade;

import io.github.eduplan.achievement.PlanAchievement;
import io.github.eduplan.model.StrategicPlan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Indicator achievement pooled across plans (ผลสัมฤทธิ์ตัวชี้วัดรวม): each plan's achievement as the
 * achievement calculator gives it ({@link io.github.eduplan.achievement.AchievementCalculator#assess}),
 * the counts of its plan roll-up ({@link io.github.eduplan.achievement.AchievementCalculator#rollUpPlan})
 * summed, the pooled share met {@code 100 × Σ met ÷ Σ assessable}, and the indicators off track:
 * assessable and not met. Example: two school plans with one indicator each, one met and one
 * not, 50.00 % met and one indicator off track.
 *
 * @param plans the plans with results, in the set's order, not null
 * @param achievements each plan's achievement, in the same order, not null
 * @param indicators the number of indicators assessed
 * @param assessable the number that could be assessed
 * @param met the number that met their target
 * @param shareMet the pooled share met, rounded as the calculator's precision says, or empty when
 *     no indicator could be assessed
 * @param offTrack the indicators assessable and not met, plan by plan, not null
 * @param withoutResults the plans of the set given no results, not null
 */
public record PooledAchievement(List<StrategicPlan> plans, List<PlanAchievement> achievements, int indicators,
    int assessable, int met, Optional<BigDecimal> shareMet, List<PlanIndicator> offTrack,
    List<StrategicPlan> withoutResults) {
  /**
   * Creates the record.
   *
   * @param plans the plans with results, not null
   * @param achievements each plan's achievement, not null
   * @param indicators the number of indicators
   * @param assessable the number assessable
   * @param met the number met
   * @param shareMet the pooled share met, or empty
   * @param offTrack the indicators off track, not null
   * @param withoutResults the plans given no results, not null
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if plans and achievements differ in number
   */
  public PooledAchievement {
    plans = List.copyOf(plans);
    achievements = List.copyOf(achievements);
    Objects.requireNonNull(shareMet, "shareMet");
    offTrack = List.copyOf(offTrack);
    withoutResults = List.copyOf(withoutResults);
    if (plans.size() != achievements.size()) {
      throw new IllegalArgumentException("one achievement per plan: " + plans.size() + " plans, "
          + achievements.size() + " achievements");
    }
  }
}
