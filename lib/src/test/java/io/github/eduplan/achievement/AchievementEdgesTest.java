package io.github.eduplan.achievement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.Target;
import io.github.eduplan.model.Unit;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The limits of the calculator's settings and the exact boundaries of its verdicts. */
class AchievementEdgesTest {
  static final AchievementCalculator CALC = AchievementCalculator.of();
  static final IndicatorKey KEY = IndicatorKey.of("1", "1");

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  static Indicator.Builder score() {
    return Indicator.builder().code("1").text("คะแนนเฉลี่ย").unit(Unit.SCORE).measureKind(MeasureKind.QUANTITY)
        .direction(Direction.INCREASE);
  }

  static IndicatorAchievement assess(Indicator indicator, FiscalYear year, String actual) {
    return CALC.assess(KEY, indicator, year, Optional.of(ActualResult.of(KEY, year, IndicatorValue.number(actual))));
  }

  @Test
  void precisionAllowsScalesFromZeroToItsMaximum() {
    assertEquals(0, Precision.of(0, RoundingMode.HALF_UP).scale());
    assertEquals(Precision.MAX_SCALE, Precision.of(Precision.MAX_SCALE, RoundingMode.HALF_UP).scale());
    assertThrows(IllegalArgumentException.class, () -> Precision.of(-1, RoundingMode.HALF_UP));
    assertThrows(IllegalArgumentException.class, () -> Precision.of(Precision.MAX_SCALE + 1, RoundingMode.HALF_UP));
    assertThrows(IllegalArgumentException.class, () -> Precision.of(2, RoundingMode.UNNECESSARY));
  }

  @Test
  void precisionRoundsToItsScaleWithItsMode() {
    assertEquals(2, Precision.DEFAULT.scale());
    assertEquals(RoundingMode.HALF_UP, Precision.DEFAULT.roundingMode());
    assertEquals(dec("1.01"), Precision.DEFAULT.round(dec("1.005")));
    assertEquals(dec("1.00"), Precision.of(2, RoundingMode.DOWN).round(dec("1.009")));
    assertEquals(dec("33"), Precision.of(0, RoundingMode.HALF_UP).percent(BigDecimal.ONE, dec("3")));
    IndicatorAchievement a = AchievementCalculator.of(Precision.of(0, RoundingMode.DOWN))
        .assess(KEY, score().putTarget(FiscalYear.of(2565), Target.of(3)).build(), FiscalYear.of(2565),
            Optional.of(ActualResult.of(KEY, FiscalYear.of(2565), IndicatorValue.number(2))));
    assertEquals(dec("66"), a.percentOfTarget().orElseThrow());
  }

  @Test
  void statusBandsMayStartAtZeroAndMeetAtTheNearlyMark() {
    assertEquals(0, StatusBands.DEFAULT.metAt().compareTo(dec("100")));
    assertEquals(0, StatusBands.DEFAULT.nearlyAt().compareTo(dec("80")));
    assertEquals(dec("0"), StatusBands.of(dec("90"), dec("0")).nearlyAt());
    assertEquals(dec("90"), StatusBands.of(dec("90"), dec("90")).nearlyAt());
    assertThrows(IllegalArgumentException.class, () -> StatusBands.of(dec("90"), dec("-0.01")));
    assertThrows(IllegalArgumentException.class, () -> StatusBands.of(dec("90"), dec("90.01")));
  }

  @Test
  void rubricThresholdsMayBeZeroAndMayRepeat() {
    Rubric flat = Rubric.builder().addThresholds(dec("0"), dec("0"), dec("50"), dec("50")).build();
    assertEquals(4, flat.thresholds().size());
    assertThrows(IllegalArgumentException.class,
        () -> Rubric.builder().addThresholds(dec("-1"), dec("0"), dec("50"), dec("50")).build());
    assertThrows(IllegalArgumentException.class,
        () -> Rubric.builder().addThresholds(dec("0"), dec("60"), dec("50"), dec("70")).build());
  }

  @Test
  void aBetweenTargetIsMetAtBothOfItsBounds() {
    Indicator between = score().putTarget(FiscalYear.of(2565), Target.between(dec("5"), dec("10"))).build();
    assertEquals(Outcome.MET, assess(between, FiscalYear.of(2565), "5").outcome());
    assertEquals(Outcome.MET, assess(between, FiscalYear.of(2565), "10").outcome());
    assertEquals(Outcome.NOT_MET, assess(between, FiscalYear.of(2565), "10.01").outcome());
    assertEquals(Outcome.NOT_MET, assess(between, FiscalYear.of(2565), "4.99").outcome());
  }

  @Test
  void progressStartsFromTheLatestBaselineBeforeTheYearNotOneOfTheYearItself() {
    Indicator i = score()
        .addBaseline(Baseline.of(2563, IndicatorValue.number(40)))
        .addBaseline(Baseline.of(2564, IndicatorValue.number(50)))
        .addBaseline(Baseline.of(2565, IndicatorValue.number(58)))
        .putTarget(FiscalYear.of(2565), Target.of(60)).build();
    IndicatorAchievement a = assess(i, FiscalYear.of(2565), "55");
    assertEquals(2564, a.baseline().orElseThrow().year());
    assertEquals(dec("50.00"), a.progressFromBaseline().orElseThrow());
  }

  @Test
  void aTrajectoryInTheFirstYearOfTheCalendarHasNoPreviousYearToStartFrom() {
    FiscalYear first = FiscalYear.of(FiscalYear.MIN_YEAR);
    Indicator i = score().putTarget(first, Target.of(60)).build();
    ActualResults results = ActualResults.of(ActualResult.builder().indicator(KEY).year(first).quarter(Quarter.Q2)
        .status(ResultStatus.REPORTED).value(IndicatorValue.number(30)).build());
    Trajectory t = CALC.trajectory(KEY, i, first.quarter(Quarter.Q2), results);
    assertEquals(Trajectory.Status.NOT_ASSESSABLE, t.status());
    assertEquals(NotAssessableReason.NO_STARTING_VALUE, t.reason().orElseThrow());
    assertFalse(t.isOnTrack());
  }

  @Test
  void aTrajectoryExactlyOnThePathOfAnIncreaseIsOnTrackAndJustBelowIsNot() {
    FiscalYear y = FiscalYear.of(2565);
    Indicator i = score().addBaseline(Baseline.of(2564, IndicatorValue.number(40))).putTarget(y, Target.of(48)).build();
    // baseline 40, target 48: after 2 of 4 quarters the path expects 44
    Trajectory on = CALC.trajectory(KEY, i, y.quarter(Quarter.Q2), ActualResults.of(ActualResult.builder()
        .indicator(KEY).year(y).quarter(Quarter.Q2).status(ResultStatus.REPORTED).value(IndicatorValue.number(44)).build()));
    assertTrue(on.isOnTrack());
    Trajectory below = CALC.trajectory(KEY, i, y.quarter(Quarter.Q2), ActualResults.of(ActualResult.builder()
        .indicator(KEY).year(y).quarter(Quarter.Q2).status(ResultStatus.REPORTED).value(IndicatorValue.number("43.99")).build()));
    assertEquals(Trajectory.Status.OFF_TRACK, below.status());
    assertFalse(below.isOnTrack());
  }

  @Test
  void keysOrderByStrategyThenCodeThenOccurrence() {
    assertTrue(IndicatorKey.of("1", "2").compareTo(IndicatorKey.of("2", "1")) < 0);
    assertTrue(IndicatorKey.of("1", "1.2").compareTo(IndicatorKey.of("1", "1.1")) > 0);
    assertTrue(IndicatorKey.of("1", "1", 1).compareTo(IndicatorKey.of("1", "1", 2)) < 0);
    assertTrue(IndicatorKey.of("1", "1", 2).compareTo(IndicatorKey.of("1", "1", 1)) > 0);
    assertEquals(0, IndicatorKey.of("1", "1").compareTo(IndicatorKey.of("1", "1")));
  }

  @Test
  void countsCannotBeNegative() {
    FiscalYear y = FiscalYear.of(2565);
    IllegalArgumentException numerator = assertThrows(IllegalArgumentException.class,
        () -> ActualResult.ofCounts(KEY, y, -1, 10));
    assertTrue(numerator.getMessage().contains("numerator"), numerator.getMessage());
    IllegalArgumentException denominator = assertThrows(IllegalArgumentException.class,
        () -> ActualResult.ofCounts(KEY, y, 1, -10));
    assertTrue(denominator.getMessage().contains("denominator"), denominator.getMessage());
  }

  @Test
  void aUnitGivingOneResultTwiceIsNamedWithTheQuarter() {
    FiscalYear y = FiscalYear.of(2565);
    ActualResult q1 = ActualResult.builder().indicator(KEY).year(y).quarter(Quarter.Q1)
        .status(ResultStatus.REPORTED).value(IndicatorValue.number(1)).build();
    IllegalArgumentException quarter = assertThrows(IllegalArgumentException.class,
        () -> ActualResults.ofUnit("โรงเรียนบ้านแม่ระมาด", q1, q1));
    assertTrue(quarter.getMessage().contains(" of โรงเรียนบ้านแม่ระมาด"), quarter.getMessage());
    assertTrue(quarter.getMessage().endsWith("2565 Q1"), quarter.getMessage());
    ActualResult year = ActualResult.of(KEY, y, IndicatorValue.number(1));
    IllegalArgumentException whole = assertThrows(IllegalArgumentException.class, () -> ActualResults.of(year, year));
    assertTrue(whole.getMessage().endsWith("2565 (whole year)"), whole.getMessage());
    assertFalse(whole.getMessage().contains(" of "), whole.getMessage());
  }

  @Test
  void aNegativeWeightIsRefusedNamingTheIndicator() {
    FiscalYear y = FiscalYear.of(2565);
    IndicatorAchievement a = assess(score().putTarget(y, Target.of(10)).build(), y, "5");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CALC.rollUp(RollUpScope.PLAN,
        Optional.empty(), java.util.List.of(a), java.util.Map.of(KEY, dec("-1"))));
    assertTrue(e.getMessage().contains("-1"), e.getMessage());
  }

  @Test
  void aPrecisionOrBandsBuiltWithoutSettingsHaveTheDocumentedDefaults() {
    Precision precision = Precision.builder().build();
    assertEquals(2, precision.scale());
    assertEquals(RoundingMode.HALF_UP, precision.roundingMode());
    StatusBands bands = StatusBands.builder().build();
    assertEquals(0, bands.metAt().compareTo(dec("100")));
    assertEquals(0, bands.nearlyAt().compareTo(dec("80")));
  }
}
