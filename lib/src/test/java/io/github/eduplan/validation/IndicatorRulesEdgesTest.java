package io.github.eduplan.validation;

import static io.github.eduplan.validation.Fixtures.Y2565;
import static io.github.eduplan.validation.Fixtures.Y2566;
import static io.github.eduplan.validation.Fixtures.Y2567;
import static io.github.eduplan.validation.RuleEdges.found;
import static io.github.eduplan.validation.RuleEdges.percentIndicator;
import static io.github.eduplan.validation.RuleEdges.qualityIndicator;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Comparison;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.Target;
import io.github.eduplan.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * How an indicator's yearly targets are held against the target in its text, the threshold in its
 * words, its direction and its baseline: the values either side of every comparison. The clean
 * plan's first indicator is a percentage with baseline 70 (2564) and targets 80, 85, 90 for
 * 2565–2567; its second is on the quality scale with targets ดี, ดีมาก, ดีเยี่ยม.
 */
class IndicatorRulesEdgesTest {
  private static final String TEXT = StandardRules.TARGET_CONTRADICTS_TEXT;
  private static final String PHRASE = StandardRules.TARGET_CONTRADICTS_TEXT_PHRASE;
  private static final String DIRECTION = StandardRules.TARGET_AGAINST_DIRECTION;
  private static final String BASELINE = StandardRules.TARGET_BEHIND_BASELINE;

  private static Target number(long n) {
    return Target.of(n);
  }

  private static Target between(long low, long high) {
    return Target.between(BigDecimal.valueOf(low), BigDecimal.valueOf(high));
  }

  private static Map<FiscalYear, Target> targets(Target t2565, Target t2566, Target t2567) {
    return new TreeMap<>(Map.of(Y2565, t2565, Y2566, t2566, Y2567, t2567));
  }

  private static String contradicts(String year, String target, String text) {
    return "ERROR $.strategies[0].indicators[0].targets." + year + ": Indicator 1: the target for " + year
        + " is " + target + ", but the indicator's text sets " + text + ".";
  }

  private static String wordsSay(String year, String target, String text) {
    return "WARNING $.strategies[0].indicators[0].targets." + year + ": Indicator 1: the target for " + year
        + " is " + target + ", but the indicator's words say " + text + ".";
  }

  @Test
  void atLeastInTheTextIsKeptByATargetEqualToItAndBrokenByOneBelow() {
    assertEquals(List.of(), found(percentIndicator(i -> i.targetInText(Target.of(Comparison.AT_LEAST,
        BigDecimal.valueOf(80)))), TEXT));
    assertEquals(List.of(contradicts("2565", "80", "≥ 81")), found(percentIndicator(i -> i.targetInText(
        Target.of(Comparison.AT_LEAST, BigDecimal.valueOf(81)))), TEXT));
  }

  @Test
  void atMostInTheTextIsKeptByATargetEqualToItAndBrokenByOneAboveOrARangeReachingAbove() {
    assertEquals(List.of(contradicts("2567", "90", "≤ 85")), found(percentIndicator(i -> i.targetInText(
        Target.of(Comparison.AT_MOST, BigDecimal.valueOf(85)))), TEXT));
    assertEquals(List.of(contradicts("2565", "80–86", "≤ 85")), found(percentIndicator(i -> i
        .targets(targets(between(80, 86), number(85), number(84)))
        .targetInText(Target.of(Comparison.AT_MOST, BigDecimal.valueOf(85)))), TEXT));
  }

  @Test
  void equalInTheTextIsKeptOnlyByThatExactValue() {
    assertEquals(List.of(contradicts("2565", "80", "= 85"), contradicts("2567", "90", "= 85")),
        found(percentIndicator(i -> i.targetInText(Target.of(Comparison.EQUAL, BigDecimal.valueOf(85)))), TEXT));
    assertEquals(List.of(contradicts("2565", "85–90", "= 85")), found(percentIndicator(i -> i
        .targets(targets(between(85, 90), number(85), number(85)))
        .targetInText(Target.of(Comparison.EQUAL, BigDecimal.valueOf(85)))), TEXT));
  }

  @Test
  void aTextTargetWithoutAComparisonFollowsTheDirection() {
    // A MAINTAIN indicator's bare "85" means exactly 85; a DECREASE indicator's means at most 85.
    assertEquals(List.of(contradicts("2565", "80", "85"), contradicts("2567", "90", "85")),
        found(percentIndicator(i -> i.direction(Direction.MAINTAIN).targetInText(number(85))), TEXT));
    assertEquals(List.of(contradicts("2567", "90", "85")),
        found(percentIndicator(i -> i.direction(Direction.DECREASE).targetInText(number(85))), TEXT));
  }

  @Test
  void aRangeInTheTextIncludesBothBounds() {
    Target text = between(80, 90);
    assertEquals(List.of(), found(percentIndicator(i -> i.targetInText(text)), TEXT));
    assertEquals(List.of(contradicts("2565", "79", "80–90"), contradicts("2567", "91", "80–90")),
        found(percentIndicator(i -> i.targets(targets(number(79), number(85), number(91))).targetInText(text)), TEXT));
    assertEquals(List.of(contradicts("2566", "85–95", "80–90")),
        found(percentIndicator(i -> i.targets(targets(number(80), between(85, 95), number(90))).targetInText(text)), TEXT));
  }

  @Test
  void levelsInTheTextCompareByRankOnTheScale() {
    assertEquals(List.of("ERROR $.strategies[0].indicators[1].targets.2565: Indicator 2: the target for 2565 is ดี, "
            + "but the indicator's text sets ดีมาก."),
        found(qualityIndicator(i -> i.targetInText(Target.of(IndicatorValue.level("ดีมาก")))), TEXT));
    assertEquals(List.of("ERROR $.strategies[0].indicators[1].targets.2567: Indicator 2: the target for 2567 is ดีเยี่ยม, "
            + "but the indicator's text sets ≤ ดีมาก."),
        found(qualityIndicator(i -> i.targetInText(Target.builder().value(IndicatorValue.level("ดีมาก"))
            .comparison(Comparison.AT_MOST).build())), TEXT));
  }

  @Test
  void aTextLevelThatCannotBeRankedIsNotCompared() {
    assertEquals(List.of(), found(qualityIndicator(i -> i.targetInText(Target.of(IndicatorValue.level("AA")))), TEXT));
    assertEquals(List.of(), found(qualityIndicator(i -> i.scale(java.util.Optional.empty())
        .targetInText(Target.of(IndicatorValue.level("ดีเยี่ยม")))), TEXT));
  }

  @Test
  void yearlyTargetsOfAnotherKindThanTheTextsAreNotCompared() {
    // Ranks 2, 3, 4 against a numeric "at least 3": a level is not a number.
    assertEquals(List.of(), found(qualityIndicator(i -> i.targetInText(
        Target.of(Comparison.AT_LEAST, BigDecimal.valueOf(3)))), TEXT));
    // 80 and N/A against the level ดีมาก (rank 3) at most.
    assertEquals(List.of(), found(qualityIndicator(i -> i
        .targets(targets(Target.of(IndicatorValue.level("ดี")), number(80), Target.notAvailable()))
        .targetInText(Target.builder().value(IndicatorValue.level("ดีมาก")).comparison(Comparison.AT_MOST).build())), TEXT));
  }

  @Test
  void thresholdPhrasesInTheWordsAreReadInEveryDocumentedForm() {
    assertEquals(List.of(wordsSay("2565", "80", "≥ 85")),
        found(percentIndicator(i -> i.text("สถานศึกษาผ่านเกณฑ์ไม่น้อยกว่าร้อยละ 85")), PHRASE));
    assertEquals(List.of(wordsSay("2565", "80", "≥ 85")),
        found(percentIndicator(i -> i.text("คะแนนเฉลี่ยไม่ต่ำกว่า ๘๕")), PHRASE));
    assertEquals(List.of(wordsSay("2565", "80", "≥ 85")),
        found(percentIndicator(i -> i.text("ผู้เรียนร้อยละ 85 ขึ้นไปอ่านออก")), PHRASE));
    assertEquals(List.of(wordsSay("2567", "90", "≤ 85")),
        found(percentIndicator(i -> i.text("อัตราการออกกลางคันไม่เกินร้อยละ 85")), PHRASE));
    assertEquals(List.of(wordsSay("2567", "90", "≤ 85")),
        found(percentIndicator(i -> i.text("อัตราการออกกลางคันไม่มากกว่าร้อยละ ๘๕")), PHRASE));
    assertEquals(List.of(wordsSay("2565", "80", "≥ 80.5")),
        found(percentIndicator(i -> i.text("ผ่านเกณฑ์ไม่น้อยกว่าร้อยละ 80.5")), PHRASE));
  }

  @Test
  void aThresholdEqualToTheTargetsIsKept() {
    assertEquals(List.of(), found(percentIndicator(i -> i.text("ผ่านเกณฑ์ไม่น้อยกว่าร้อยละ 80")), PHRASE));
    assertEquals(List.of(), found(percentIndicator(i -> i.text("ออกกลางคันไม่เกินร้อยละ 90")), PHRASE));
  }

  @Test
  void thresholdsOfZeroAndNineAreReadInArabicAndThaiDigits() {
    List<String> allAbove = List.of(wordsSay("2565", "80", "≤ 0"), wordsSay("2566", "85", "≤ 0"),
        wordsSay("2567", "90", "≤ 0"));
    assertEquals(allAbove, found(percentIndicator(i -> i.text("ผู้เรียนออกกลางคันไม่เกินร้อยละ 0")), PHRASE));
    assertEquals(allAbove, found(percentIndicator(i -> i.text("ผู้เรียนออกกลางคันไม่เกินร้อยละ ๐")), PHRASE));
    List<String> nine = List.of(wordsSay("2565", "80", "≤ 9"), wordsSay("2566", "85", "≤ 9"),
        wordsSay("2567", "90", "≤ 9"));
    assertEquals(nine, found(percentIndicator(i -> i.text("ผู้เรียนออกกลางคันไม่เกินร้อยละ 9")), PHRASE));
    assertEquals(nine, found(percentIndicator(i -> i.text("ผู้เรียนออกกลางคันไม่เกินร้อยละ ๙")), PHRASE));
  }

  @Test
  void wordsThatAreNotOneThresholdAreNotRead() {
    assertEquals(List.of(), found(percentIndicator(i -> i.text("อัตราการออกกลางคันไม่เกิน 85 คน")), PHRASE),
        "ไม่เกิน without ร้อยละ");
    assertEquals(List.of(), found(percentIndicator(i -> i.text("ลดลงร้อยละ ๕")), PHRASE), "a bare ร้อยละ");
    assertEquals(List.of(), found(percentIndicator(i -> i.text("ไม่ต่ำกว่าร้อยละ 95 และไม่เกินร้อยละ 99")), PHRASE),
        "two phrases");
    assertEquals(List.of(), found(percentIndicator(i -> i.text("ไม่ต่ำกว่าร้อยละ 95 หรือร้อยละ 96 ขึ้นไป")), PHRASE),
        "two at-least phrases");
    assertEquals(List.of(), found(percentIndicator(i -> i.text("ไม่ต่ำกว่า 1234567890123456789012345678901")), PHRASE),
        "a number longer than any value the model accepts");
  }

  @Test
  void aTranscribedTargetInTheTextSilencesTheWords() {
    assertEquals(List.of(), found(percentIndicator(i -> i.text("ไม่น้อยกว่าร้อยละ 95")
        .targetInText(Target.of(Comparison.AT_LEAST, BigDecimal.valueOf(80)))), PHRASE));
  }

  @Test
  void theWordsAreHeldOnlyAgainstNumericTargets() {
    // Ranks 2, 3, 4 would break "ไม่ต่ำกว่า 3" if levels were read as numbers.
    assertEquals(List.of(), found(qualityIndicator(i -> i.text("ระดับคุณภาพไม่ต่ำกว่า 3")), PHRASE));
    assertEquals(List.of(wordsSay("2566", "80", "≥ 85")), found(percentIndicator(i -> i
        .text("ไม่น้อยกว่าร้อยละ 85").targets(targets(Target.notAvailable(), number(80), number(85)))), PHRASE));
  }

  @Test
  void aDecreaseIndicatorMayKeepItsTargetAndAFallBackIsReported() {
    assertEquals(List.of(), found(percentIndicator(i -> i.direction(Direction.DECREASE)
        .baselines(List.of()).targets(targets(number(10), number(10), number(5)))), DIRECTION));
    assertEquals(List.of("WARNING $.strategies[0].indicators[0].targets.2566: Indicator 1 should decrease, "
            + "but its target rises from 10 in 2565 to 11 in 2566."),
        found(percentIndicator(i -> i.direction(Direction.DECREASE).baselines(List.of())
            .targets(targets(number(10), number(11), number(5)))), DIRECTION));
  }

  @Test
  void aTargetWithoutAPositionIsSkippedAndTheOneBeforeItIsComparedWithTheNext() {
    assertEquals(List.of("WARNING $.strategies[0].indicators[0].targets.2567: Indicator 1 should increase, "
            + "but its target falls from 80 in 2565 to 75 in 2567."),
        found(percentIndicator(i -> i.baselines(List.of())
            .targets(targets(number(80), Target.notAvailable(), number(75)))), DIRECTION));
  }

  @Test
  void aLevelIsNotComparedWithANumberForDirection() {
    // ดีมาก is rank 3; the number 1 after it is not a fall, and 2 after 1 is a rise.
    assertEquals(List.of(), found(qualityIndicator(i -> i.baselines(List.of())
        .targets(targets(Target.of(IndicatorValue.level("ดีมาก")), number(1), number(2)))), DIRECTION));
  }

  @Test
  void maintainAndCloserToTargetIndicatorsAreNotCheckedForDirectionOrBaseline() {
    for (Direction direction : List.of(Direction.MAINTAIN, Direction.CLOSER_TO_TARGET)) {
      var plan = percentIndicator(i -> i.direction(direction)
          .baselines(List.of(Baseline.of(2564, IndicatorValue.number(95))))
          .targets(targets(number(90), number(80), number(70))));
      assertEquals(List.of(), found(plan, DIRECTION), direction::toString);
      assertEquals(List.of(), found(plan, BASELINE), direction::toString);
    }
  }

  private static String belowBaseline(String year, String target, String baseline, String baselineYear) {
    return "WARNING $.strategies[0].indicators[0].targets." + year + ": Indicator 1 should increase, but its target "
        + target + " for " + year + " is below the baseline " + baseline + " of " + baselineYear + ".";
  }

  @Test
  void ofTwoBaselinesOfTheSameYearTheLaterListedIsTheLatest() {
    assertEquals(List.of(belowBaseline("2565", "80", "85", "2564")), found(percentIndicator(i -> i.baselines(List.of(
        Baseline.of(2564, IndicatorValue.number(70)), Baseline.of(2564, IndicatorValue.number(85))))), BASELINE));
  }

  @Test
  void theLatestBaselineIsTheLatestYearWhereverItIsListed() {
    assertEquals(List.of(belowBaseline("2565", "80", "85", "2564")), found(percentIndicator(i -> i.baselines(List.of(
        Baseline.of(2564, IndicatorValue.number(85)), Baseline.of(2563, IndicatorValue.number(70))))), BASELINE));
    assertEquals(List.of(), found(percentIndicator(i -> i.baselines(List.of(
        Baseline.of(2563, IndicatorValue.number(85)), Baseline.of(2564, IndicatorValue.number(70))))), BASELINE));
  }

  @Test
  void aBaselineWithoutAPositionIsPassedOverForTheLatestComparableOne() {
    assertEquals(List.of(belowBaseline("2565", "80", "85", "2563")), found(percentIndicator(i -> i.baselines(List.of(
        Baseline.of(2563, IndicatorValue.number(85)), Baseline.of(2564, IndicatorValue.notAvailable())))), BASELINE));
  }

  @Test
  void onlyTheFirstTargetBehindTheBaselineIsReported() {
    assertEquals(List.of(belowBaseline("2565", "80", "95", "2564")), found(percentIndicator(i -> i.baselines(List.of(
        Baseline.of(2564, IndicatorValue.number(95))))), BASELINE));
  }

  @Test
  void aTargetEqualToTheBaselineIsNotBehindIt() {
    assertEquals(List.of(), found(percentIndicator(i -> i.baselines(List.of(
        Baseline.of(2564, IndicatorValue.number(80))))), BASELINE));
    assertEquals(List.of(), found(percentIndicator(i -> i.direction(Direction.DECREASE)
        .baselines(List.of(Baseline.of(2564, IndicatorValue.number(12))))
        .targets(targets(number(12), number(10), number(8)))), BASELINE));
    assertEquals(List.of("WARNING $.strategies[0].indicators[0].targets.2566: Indicator 1 should decrease, but its target "
            + "13 for 2566 is above the baseline 12 of 2564."),
        found(percentIndicator(i -> i.direction(Direction.DECREASE)
            .baselines(List.of(Baseline.of(2564, IndicatorValue.number(12))))
            .targets(targets(number(12), number(13), number(14)))), BASELINE));
  }

  @Test
  void targetsOfAnotherKindOrOffTheScaleAreNotHeldAgainstTheBaseline() {
    // A numeric baseline 5 against levels of rank 2–4, and a level baseline against a level off the scale.
    assertEquals(List.of(), found(qualityIndicator(i -> i.baselines(List.of(
        Baseline.of(2564, IndicatorValue.number(5))))), BASELINE));
    assertEquals(List.of(), found(qualityIndicator(i -> i.baselines(List.of(
        Baseline.of(2564, IndicatorValue.level("ดีมาก"))))
        .targets(targets(Target.of(IndicatorValue.level("AA")), Target.of(IndicatorValue.level("ดีมาก")),
            Target.of(IndicatorValue.level("ดีเยี่ยม"))))), BASELINE));
  }
}
