package io.github.eduplan.achievement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Comparison;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.Target;
import io.github.eduplan.model.Unit;
import io.github.eduplan.time.FiscalYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The worked examples of docs/achievement.md, one per formula. */
class IndicatorAchievementTest {
  static final FiscalYear FY2565 = FiscalYear.of(2565);
  static final AchievementCalculator CALC = AchievementCalculator.of();

  static IndicatorAchievement assess(Indicator indicator, IndicatorValue actual) {
    IndicatorKey key = IndicatorKey.of("1", indicator.code().orElse(""));
    return CALC.assess(key, indicator, FY2565, Optional.of(ActualResult.of(key, FY2565, actual)));
  }

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  @Test
  void anIncreaseIndicatorScoresActualOverTargetAndProgressFromItsBaseline() {
    // docs:increase:begin
    Indicator schools = Indicator.builder()
        .code("1.1")
        .text("ร้อยละของสถานศึกษาที่จัดกิจกรรมการสร้างภูมิคุ้มกันทางสังคม")
        .unit(Unit.PERCENT)
        .measureKind(MeasureKind.PERCENTAGE)
        .direction(Direction.INCREASE)
        .addBaseline(Baseline.of(2564, IndicatorValue.number(70)))
        .putTarget(FiscalYear.of(2565), Target.of(85))
        .build();
    IndicatorKey key = IndicatorKey.of("1", "1.1");
    ActualResult counted = ActualResult.ofCounts(key, FiscalYear.of(2565), 92, 115);
    IndicatorAchievement a = AchievementCalculator.of()
        .assess(key, schools, FiscalYear.of(2565), Optional.of(counted));
    // 92 of 115 schools = 80.00 %; 100 × 80 ÷ 85 = 94.12 % of target; (80 − 70) ÷ (85 − 70) = 66.67 %
    // docs:increase:end
    assertEquals(dec("80.00"), a.actualNumber().orElseThrow());
    assertEquals(Outcome.NOT_MET, a.outcome());
    assertEquals(dec("94.12"), a.percentOfTarget().orElseThrow());
    assertEquals(dec("66.67"), a.progressFromBaseline().orElseThrow());
    assertEquals(Comparison.AT_LEAST, a.comparison().orElseThrow());
    assertEquals(2564, a.baseline().orElseThrow().year());
    assertEquals(Status.NEARLY_MET, StatusBands.DEFAULT.classify(a));
    assertEquals(OptionalInt.of(4), Rubric.DEFAULT.level(a));
  }

  static Indicator dropout(IndicatorValue baseline) {
    return Indicator.builder().code("2.3").text("อัตราการออกกลางคันของนักเรียน").unit(Unit.PERCENT)
        .measureKind(MeasureKind.PERCENTAGE).direction(Direction.DECREASE)
        .addBaseline(Baseline.of(2562, baseline))
        .putTarget(FY2565, Target.of(0)).build();
  }

  @Test
  void aDecreaseIndicatorWithTargetZeroIsMetOnlyAtZeroAndNeverDividesByZero() {
    Indicator dropout = dropout(IndicatorValue.number("0.50"));
    IndicatorAchievement none = assess(dropout, IndicatorValue.number(0));
    assertEquals(Outcome.MET, none.outcome());
    assertEquals(dec("100.00"), none.percentOfTarget().orElseThrow());
    assertEquals(dec("100.00"), none.progressFromBaseline().orElseThrow());
    assertEquals(Comparison.AT_MOST, none.comparison().orElseThrow());

    IndicatorAchievement some = assess(dropout, IndicatorValue.number("0.25"));
    assertEquals(Outcome.NOT_MET, some.outcome());
    assertEquals(dec("0.00"), some.percentOfTarget().orElseThrow());
    // (0.25 − 0.50) ÷ (0 − 0.50): half-way from the baseline to the target
    assertEquals(dec("50.00"), some.progressFromBaseline().orElseThrow());
    assertEquals(Status.BELOW, StatusBands.DEFAULT.classify(some));
    assertEquals(OptionalInt.of(1), Rubric.DEFAULT.level(some));
  }

  @Test
  void aDecreaseIndicatorWithAPositiveTargetMirrorsTheRatio() {
    Indicator malnutrition = Indicator.builder().code("2.4").text("ร้อยละของนักเรียนที่มีภาวะทุพโภชนาการ")
        .measureKind(MeasureKind.PERCENTAGE).direction(Direction.DECREASE)
        .putTarget(FY2565, Target.of(5)).build();
    IndicatorAchievement above = assess(malnutrition, IndicatorValue.number(6));
    assertEquals(Outcome.NOT_MET, above.outcome());
    assertEquals(dec("80.00"), above.percentOfTarget().orElseThrow()); // (2 × 5 − 6) ÷ 5
    assertEquals(Status.NEARLY_MET, StatusBands.DEFAULT.classify(above));
    IndicatorAchievement below = assess(malnutrition, IndicatorValue.number(4));
    assertEquals(Outcome.MET, below.outcome());
    assertEquals(dec("120.00"), below.percentOfTarget().orElseThrow());
    assertEquals(dec("100.00"), below.cappedPercent().orElseThrow());
    assertEquals(Optional.empty(), below.progressFromBaseline(), "no baseline, no progress");
    IndicatorAchievement far = assess(malnutrition, IndicatorValue.number(12));
    assertEquals(dec("0.00"), far.percentOfTarget().orElseThrow(), "floored at 0, never negative");
  }

  @Test
  void aBaselineEqualToTheTargetGivesProgressOfAllOrNothing() {
    Indicator trained = Indicator.builder().code("4.1").text("ร้อยละของครูที่ได้รับการพัฒนาตามมาตรฐานวิชาชีพ")
        .measureKind(MeasureKind.PERCENTAGE).direction(Direction.INCREASE)
        .addBaseline(Baseline.of(2564, IndicatorValue.number(100)))
        .putTarget(FY2565, Target.of(100)).build();
    IndicatorAchievement held = assess(trained, IndicatorValue.number(100));
    assertEquals(Outcome.MET, held.outcome());
    assertEquals(dec("100.00"), held.progressFromBaseline().orElseThrow());
    IndicatorAchievement slipped = assess(trained, IndicatorValue.number(98));
    assertEquals(Outcome.NOT_MET, slipped.outcome());
    assertEquals(dec("98.00"), slipped.percentOfTarget().orElseThrow());
    assertEquals(dec("0.00"), slipped.progressFromBaseline().orElseThrow());
  }

  @Test
  void anOrdinalTargetIsComparedByPositionOnTheScale() {
    // docs:ordinal:begin
    Indicator quality = Indicator.builder()
        .code("3.2")
        .text("ระดับคุณภาพการประเมินคุณธรรมและความโปร่งใส")
        .unit(Unit.LEVEL)
        .measureKind(MeasureKind.ORDINAL)
        .direction(Direction.INCREASE)
        .scale(OrdinalScale.QUALITY)
        .putTarget(FiscalYear.of(2565), Target.of(IndicatorValue.level("ดีเยี่ยม")))
        .build();
    // ดีมาก is position 4 of 5, ดีเยี่ยม position 5: 100 × 4 ÷ 5 = 80 % of target, not met
    // docs:ordinal:end
    IndicatorAchievement veryGood = assess(quality, IndicatorValue.level("ดีมาก"));
    assertEquals(Outcome.NOT_MET, veryGood.outcome());
    assertEquals(dec("4"), veryGood.actualNumber().orElseThrow());
    assertEquals(dec("5"), veryGood.targetNumber().orElseThrow());
    assertEquals(dec("80.00"), veryGood.percentOfTarget().orElseThrow());
    assertEquals(OrdinalScale.QUALITY, veryGood.scale().orElseThrow());
    IndicatorAchievement excellent = assess(quality, IndicatorValue.level("ระดับดีเยี่ยม"));
    assertEquals(Outcome.MET, excellent.outcome());
    assertEquals(Status.MET, StatusBands.DEFAULT.classify(excellent));
    assertEquals(OptionalInt.of(5), Rubric.DEFAULT.level(excellent));
  }

  @Test
  void aLevelOrBetterTargetIsMetByAHigherLevel() {
    Indicator goodOrBetter = Indicator.builder().code("3.3").text("ผลการประเมินระดับดีขึ้นไป")
        .measureKind(MeasureKind.ORDINAL).direction(Direction.INCREASE)
        .putTarget(FY2565, Target.builder().value(IndicatorValue.level("ดี")).comparison(Comparison.AT_LEAST)
            .asWritten("ระดับดีขึ้นไป").build()).build();
    IndicatorAchievement a = assess(goodOrBetter, IndicatorValue.level("ดีมาก"));
    assertEquals(Outcome.MET, a.outcome());
    assertEquals(dec("133.33"), a.percentOfTarget().orElseThrow());
    assertEquals(OrdinalScale.QUALITY, a.scale().orElseThrow(), "no scale given: the quality scale holds both");
  }

  @Test
  void aNumberIsReadAsALevelAgainstALevelTarget() {
    Indicator levels = Indicator.builder().text("ระดับความสำเร็จของการพัฒนาระบบบริหาร")
        .measureKind(MeasureKind.ORDINAL).direction(Direction.INCREASE)
        .putTarget(FY2565, Target.of(IndicatorValue.level("ระดับ ๕"))).build();
    IndicatorAchievement a = assess(levels, IndicatorValue.number(4));
    assertEquals(OrdinalScale.LEVELS_1_TO_5, a.scale().orElseThrow());
    assertEquals(dec("80.00"), a.percentOfTarget().orElseThrow());
  }

  @Test
  void aYesNoTargetIsMetOrNot() {
    Indicator plan = Indicator.builder().code("5.1").text("มีแผนพัฒนาการศึกษาที่สอดคล้องกับนโยบาย")
        .measureKind(MeasureKind.YES_NO).direction(Direction.MAINTAIN)
        .putTarget(FY2565, Target.of(IndicatorValue.yesNo(true))).build();
    IndicatorAchievement yes = assess(plan, IndicatorValue.yesNo(true));
    assertEquals(Outcome.MET, yes.outcome());
    assertEquals(dec("100.00"), yes.percentOfTarget().orElseThrow());
    assertEquals(Optional.empty(), yes.comparison());
    IndicatorAchievement no = assess(plan, IndicatorValue.yesNo(false));
    assertEquals(Outcome.NOT_MET, no.outcome());
    assertEquals(dec("0.00"), no.percentOfTarget().orElseThrow());
  }

  @Test
  void betweenAtMostAndEqualTargetsUseTheirComparison() {
    Indicator visits = Indicator.builder().text("จำนวนครั้งของการนิเทศติดตาม").measureKind(MeasureKind.QUANTITY)
        .direction(Direction.CLOSER_TO_TARGET).putTarget(FY2565, Target.between(dec("3"), dec("5"))).build();
    assertEquals(dec("100.00"), assess(visits, IndicatorValue.number(4)).percentOfTarget().orElseThrow());
    IndicatorAchievement six = assess(visits, IndicatorValue.number(6));
    assertEquals(Outcome.NOT_MET, six.outcome());
    assertEquals(dec("80.00"), six.percentOfTarget().orElseThrow()); // 100 − 100 × |6 − 5| ÷ 5
    assertEquals(dec("66.67"), assess(visits, IndicatorValue.number(2)).percentOfTarget().orElseThrow());

    Indicator days = Indicator.builder().text("จำนวนวันในการอนุมัติโครงการ").measureKind(MeasureKind.QUANTITY)
        .direction(Direction.INCREASE).putTarget(FY2565, Target.of(Comparison.AT_MOST, dec("10"))).build();
    IndicatorAchievement twelve = assess(days, IndicatorValue.number(12));
    assertEquals(Comparison.AT_MOST, twelve.comparison().orElseThrow(), "the written ไม่เกิน wins over the direction");
    assertEquals(dec("80.00"), twelve.percentOfTarget().orElseThrow());

    Indicator maintain = Indicator.builder().text("ร้อยละของนักเรียนที่ได้รับทุนการศึกษา").measureKind(MeasureKind.PERCENTAGE)
        .direction(Direction.MAINTAIN).putTarget(FY2565, Target.of(100)).build();
    IndicatorAchievement ninetyFive = assess(maintain, IndicatorValue.number(95));
    assertEquals(Comparison.EQUAL, ninetyFive.comparison().orElseThrow());
    assertEquals(Outcome.NOT_MET, ninetyFive.outcome());
    assertEquals(dec("95.00"), ninetyFive.percentOfTarget().orElseThrow());
    assertEquals(Optional.empty(), ninetyFive.progressFromBaseline());
  }

  @Test
  void missingAndNotAvailableResultsAreNotAssessableAndNeverZero() {
    Indicator dropout = dropout(IndicatorValue.notAvailable("(N/A)"));
    IndicatorKey key = IndicatorKey.of("1", "2.3");
    IndicatorAchievement noResult = CALC.assess(key, dropout, FY2565, Optional.empty());
    assertEquals(Outcome.NOT_ASSESSABLE, noResult.outcome());
    assertEquals(NotAssessableReason.NO_RESULT, noResult.reason().orElseThrow());
    assertEquals(Optional.empty(), noResult.percentOfTarget());
    assertEquals(Status.NOT_ASSESSABLE, StatusBands.DEFAULT.classify(noResult));
    assertEquals(OptionalInt.empty(), Rubric.DEFAULT.level(noResult));
    for (ResultStatus status : new ResultStatus[] {ResultStatus.NOT_YET_DUE, ResultStatus.NOT_AVAILABLE,
        ResultStatus.NOT_APPLICABLE}) {
      IndicatorAchievement a = CALC.assess(key, dropout, FY2565, Optional.of(ActualResult.missing(key, FY2565, status)));
      assertEquals(Outcome.NOT_ASSESSABLE, a.outcome(), status.name());
      assertEquals(Optional.empty(), a.percentOfTarget(), status.name());
    }
    assertEquals(NotAssessableReason.RESULT_NOT_AVAILABLE,
        assess(dropout, IndicatorValue.notAvailable("-")).reason().orElseThrow());
    IndicatorAchievement noBaseline = assess(dropout, IndicatorValue.number(0));
    assertEquals(Optional.empty(), noBaseline.progressFromBaseline(), "an N/A baseline gives no progress");
    assertEquals(Outcome.MET, noBaseline.outcome());
  }

  @Test
  void targetsThatCannotBeComparedGiveTheirReason() {
    Indicator.Builder base = Indicator.builder().text("ตัวชี้วัด").measureKind(MeasureKind.QUANTITY)
        .direction(Direction.INCREASE);
    assertEquals(NotAssessableReason.TARGET_NOT_AVAILABLE, assess(base.putTarget(FY2565, Target.notAvailable()).build(),
        IndicatorValue.number(1)).reason().orElseThrow());
    assertEquals(NotAssessableReason.NO_TARGET, assess(Indicator.builder().text("ตัวชี้วัด")
        .measureKind(MeasureKind.QUANTITY).direction(Direction.INCREASE)
        .putTarget(FiscalYear.of(2566), Target.of(1)).build(), IndicatorValue.number(1)).reason().orElseThrow());
    Indicator ratio = Indicator.builder().text("อัตราส่วนครูต่อนักเรียน").measureKind(MeasureKind.TEXT)
        .direction(Direction.CLOSER_TO_TARGET).putTarget(FY2565, Target.of(IndicatorValue.text("3 : 2"))).build();
    assertEquals(NotAssessableReason.NOT_MEASURABLE, assess(ratio, IndicatorValue.number(1)).reason().orElseThrow());
    Indicator eighty = Indicator.builder().text("ร้อยละ").measureKind(MeasureKind.PERCENTAGE)
        .direction(Direction.INCREASE).putTarget(FY2565, Target.of(80)).build();
    assertEquals(NotAssessableReason.NOT_ON_SCALE, assess(eighty, IndicatorValue.level("ดี")).reason().orElseThrow());
    assertEquals(NotAssessableReason.KIND_MISMATCH, assess(eighty, IndicatorValue.yesNo(true)).reason().orElseThrow());
    IndicatorKey key = IndicatorKey.of("1", "");
    IndicatorAchievement zero = CALC.assess(key, eighty, FY2565, Optional.of(ActualResult.ofCounts(key, FY2565, 0, 0)));
    assertEquals(NotAssessableReason.ZERO_DENOMINATOR, zero.reason().orElseThrow());
    Indicator level = Indicator.builder().text("ระดับ").measureKind(MeasureKind.ORDINAL)
        .direction(Direction.INCREASE).putTarget(FY2565, Target.of(IndicatorValue.level("ดี"))).build();
    IndicatorAchievement counts = CALC.assess(key, level, FY2565, Optional.of(ActualResult.ofCounts(key, FY2565, 3, 4)));
    assertEquals(NotAssessableReason.KIND_MISMATCH, counts.reason().orElseThrow());
  }

  @Test
  void roundingNeverTurnsAMissedTargetIntoMet() {
    Indicator indicator = Indicator.builder().text("ร้อยละ").measureKind(MeasureKind.PERCENTAGE)
        .direction(Direction.INCREASE).putTarget(FY2565, Target.of(dec("80"))).build();
    IndicatorAchievement a = assess(indicator, IndicatorValue.number("79.999"));
    assertEquals(dec("100.00"), a.percentOfTarget().orElseThrow(), "99.99875 % rounds half up");
    assertEquals(Outcome.NOT_MET, a.outcome());
    assertEquals(Status.NEARLY_MET, StatusBands.DEFAULT.classify(a));
    assertEquals(OptionalInt.of(4), Rubric.DEFAULT.level(a));
    assertEquals(Status.MET, StatusBands.of(dec("95"), dec("80")).classify(a), "a lenient band counts 95 % as met");
  }

  @Test
  void precisionIsConfigurable() {
    Indicator indicator = Indicator.builder().text("ร้อยละ").measureKind(MeasureKind.PERCENTAGE)
        .direction(Direction.INCREASE).putTarget(FY2565, Target.of(3)).build();
    IndicatorKey key = IndicatorKey.of("1", "");
    Optional<ActualResult> two = Optional.of(ActualResult.of(key, FY2565, IndicatorValue.number(2)));
    assertEquals(dec("66.67"), CALC.assess(key, indicator, FY2565, two).percentOfTarget().orElseThrow());
    AchievementCalculator down = AchievementCalculator.of(Precision.of(4, RoundingMode.DOWN));
    assertEquals(dec("66.6666"), down.assess(key, indicator, FY2565, two).percentOfTarget().orElseThrow());
    assertThrows(IllegalArgumentException.class, () -> Precision.of(2, RoundingMode.UNNECESSARY));
    assertThrows(IllegalArgumentException.class, () -> Precision.of(-1, RoundingMode.HALF_UP));
  }

  @Test
  void bandsAndRubricsRejectThresholdsThatCannotBeLegal() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StatusBands.of(dec("80"), dec("90")));
    assertTrue(e.getMessage().contains("90"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Rubric.of(70, 60, 90, 100));
    assertThrows(IllegalArgumentException.class, () -> Rubric.builder().addThreshold(dec("1")).build());
    Rubric targetAtThree = Rubric.of(80, 90, 100, 110);
    Indicator indicator = Indicator.builder().text("ร้อยละ").measureKind(MeasureKind.PERCENTAGE)
        .direction(Direction.INCREASE).putTarget(FY2565, Target.of(80)).build();
    assertEquals(OptionalInt.of(4), targetAtThree.level(assess(indicator, IndicatorValue.number(80))));
  }

  @Test
  void resultsThatCanNeverBeLegalAreRejectedWithTheirValues() {
    IndicatorKey key = IndicatorKey.of("1", "1.1");
    IllegalArgumentException noValue = assertThrows(IllegalArgumentException.class,
        () -> ActualResult.builder().indicator(key).year(FY2565).status(ResultStatus.REPORTED).build());
    assertTrue(noValue.getMessage().contains("1/1.1"), noValue.getMessage());
    IllegalArgumentException valueWhenDue = assertThrows(IllegalArgumentException.class,
        () -> ActualResult.builder().indicator(key).year(FY2565).status(ResultStatus.NOT_YET_DUE)
            .value(IndicatorValue.number(5)).build());
    assertTrue(valueWhenDue.getMessage().contains("NOT_YET_DUE"), valueWhenDue.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ActualResult.ofCounts(key, FY2565, -1, 4));
    assertThrows(IllegalArgumentException.class, () -> ActualResult.builder().indicator(key).year(FY2565)
        .status(ResultStatus.REPORTED).numerator(BigDecimal.ONE).build());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> ActualResults.of(
        ActualResult.of(key, FY2565, IndicatorValue.number(1)), ActualResult.ofCounts(key, FY2565, 1, 2)));
    assertTrue(twice.getMessage().contains("twice"), twice.getMessage());
  }

  @Test
  void aResultOfAnotherIndicatorOrYearIsRejected() {
    Indicator indicator = dropout(IndicatorValue.number(1));
    IndicatorKey key = IndicatorKey.of("1", "2.3");
    ActualResult other = ActualResult.of(IndicatorKey.of("1", "2.4"), FY2565, IndicatorValue.number(0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CALC.assess(key, indicator, FY2565, Optional.of(other)));
    assertTrue(e.getMessage().contains("1/2.4") && e.getMessage().contains("1/2.3"), e.getMessage());
    ActualResult lastYear = ActualResult.of(key, FiscalYear.of(2564), IndicatorValue.number(0));
    assertThrows(IllegalArgumentException.class, () -> CALC.assess(key, indicator, FY2565, Optional.of(lastYear)));
  }

  @Test
  void keysCompareThaiAndArabicDigitsAlikeAndCountRepeatedCodes() {
    assertEquals(IndicatorKey.of("1", "1.2"), IndicatorKey.of("๑", "๑.๒"));
    assertEquals("1/-", IndicatorKey.of("1", " ").toString());
    assertEquals("1/3#2", IndicatorKey.of("1", "3", 2).toString());
    assertThrows(IllegalArgumentException.class, () -> IndicatorKey.of("1", "3", 0));
    assertFalse(IndicatorKey.of("1", "3").equals(IndicatorKey.of("2", "3")));
  }
}
