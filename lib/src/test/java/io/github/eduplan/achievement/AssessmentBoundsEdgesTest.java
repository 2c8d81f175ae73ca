package io.github.eduplan.achievement;

import static io.github.eduplan.achievement.AchievementEdgesTest.CALC;
import static io.github.eduplan.achievement.AchievementEdgesTest.KEY;
import static io.github.eduplan.achievement.AchievementEdgesTest.assess;
import static io.github.eduplan.achievement.AchievementEdgesTest.dec;
import static io.github.eduplan.achievement.AchievementEdgesTest.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Comparison;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.Target;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Verdicts exactly at their boundaries: a decrease on its path, ranges of levels, zero targets. */
class AssessmentBoundsEdgesTest {
  private static final FiscalYear Y = FiscalYear.of(2565);

  private static Trajectory atQ2(Indicator indicator, String actual) {
    return CALC.trajectory(KEY, indicator, Y.quarter(Quarter.Q2), ActualResults.of(ActualResult.builder()
        .indicator(KEY).year(Y).quarter(Quarter.Q2).status(ResultStatus.REPORTED)
        .value(IndicatorValue.number(actual)).build()));
  }

  @Test
  void aTrajectoryExactlyOnThePathOfADecreaseIsOnTrackAndJustAboveIsNot() {
    Indicator dropout = score().direction(Direction.DECREASE)
        .addBaseline(Baseline.of(2564, IndicatorValue.number(8))).putTarget(Y, Target.of(4)).build();
    // baseline 8, target 4: after 2 of 4 quarters the path expects 6
    Trajectory on = atQ2(dropout, "6");
    assertTrue(on.isOnTrack());
    assertEquals(0, on.expected().orElseThrow().compareTo(dec("6")));
    assertEquals(Trajectory.Status.OFF_TRACK, atQ2(dropout, "6.01").status());
  }

  private static IndicatorAchievement level(Target target, String actual) {
    Indicator i = Indicator.builder().code("1").text("ระดับคุณภาพ").measureKind(MeasureKind.ORDINAL)
        .direction(Direction.INCREASE).scale(OrdinalScale.LEVELS_1_TO_5).putTarget(Y, target).build();
    return CALC.assess(KEY, i, Y, Optional.of(ActualResult.of(KEY, Y, IndicatorValue.level(actual))));
  }

  @Test
  void aRangeOfLevelsIsAssessedByRankAndOneReachingOffTheScaleIsNot() {
    Target twoToFour = Target.between(dec("2"), dec("4"));
    assertEquals(Outcome.MET, level(twoToFour, "ระดับ ๔").outcome());
    assertEquals(Outcome.NOT_MET, level(twoToFour, "5").outcome());
    IndicatorAchievement offScale = level(Target.between(dec("2"), dec("7")), "3");
    assertEquals(Outcome.NOT_ASSESSABLE, offScale.outcome());
    assertEquals(Optional.of(NotAssessableReason.NOT_ON_SCALE), offScale.reason());
  }

  @Test
  void ofTwoBaselinesOfTheSameYearTheLaterListedIsTheStart() {
    Indicator i = score().addBaseline(Baseline.of(2564, IndicatorValue.number(40)))
        .addBaseline(Baseline.of(2564, IndicatorValue.number(50))).putTarget(Y, Target.of(60)).build();
    IndicatorAchievement a = assess(i, Y, "55");
    assertEquals(0, a.baselineNumber().orElseThrow().compareTo(dec("50")));
    assertEquals(dec("50.00"), a.progressFromBaseline().orElseThrow());
  }

  @Test
  void anExactTargetOfZeroIsAllOrNothing() {
    Indicator zero = score().direction(Direction.MAINTAIN)
        .putTarget(Y, Target.of(Comparison.EQUAL, BigDecimal.ZERO)).build();
    IndicatorAchievement met = assess(zero, Y, "0");
    assertEquals(Outcome.MET, met.outcome());
    assertEquals(0, met.percentOfTarget().orElseThrow().compareTo(dec("100")));
    IndicatorAchievement missed = assess(zero, Y, "2");
    assertEquals(Outcome.NOT_MET, missed.outcome());
    assertEquals(0, missed.percentOfTarget().orElseThrow().signum());
    assertFalse(missed.percentOfTarget().isEmpty());
  }
}
