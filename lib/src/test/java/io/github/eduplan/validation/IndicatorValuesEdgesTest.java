package io.github.eduplan.validation;

import static io.github.eduplan.validation.Fixtures.Y2565;
import static io.github.eduplan.validation.Fixtures.Y2566;
import static io.github.eduplan.validation.Fixtures.Y2567;
import static io.github.eduplan.validation.Fixtures.withPlan;
import static io.github.eduplan.validation.RuleEdges.found;
import static io.github.eduplan.validation.RuleEdges.percentIndicator;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Target;
import io.github.eduplan.model.Unit;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Which years an indicator must have, which indicators count as having a target, which values a
 * percentage rule reads and which value kinds fit which measure kinds. The clean plan's first
 * indicator is a percentage with baseline 70 (2564) and targets 80, 85, 90 for 2565–2567.
 */
class IndicatorValuesEdgesTest {
  private static final String OUT_OF_RANGE = StandardRules.PERCENT_OUT_OF_RANGE;
  private static final String KIND = StandardRules.VALUE_KIND_MISMATCH;

  private static String outOfRange(String path, String where, String value) {
    return "ERROR $.strategies[0].indicators[0]." + path + ": Indicator 1 is a percentage, but its value for "
        + where + " is " + value + ", outside 0–100.";
  }

  @Test
  void missingYearsAreWrittenAsSingleYearsAndRuns() {
    StrategicPlan plan = withPlan(percentIndicator(i -> i.targets(new TreeMap<>(Map.of(
        FiscalYear.of(2564), Target.of(75), Y2566, Target.of(85))))), b -> b.period(FiscalYearRange.of(2563, 2569)));
    assertEquals(List.of("WARNING $.strategies[0].indicators[0].targets: Indicator 1 has no target for the fiscal years "
        + "2563, 2565, 2567–2569 of the period 2563–2569."),
        RuleEdges.foundAt(plan, StandardRules.TARGET_YEAR_MISSING, "$.strategies[0].indicators[0]"));
    assertEquals(List.of("WARNING $.strategies[0].indicators[0].targets: Indicator 1 has no target for fiscal year "
        + "2566 of the period 2565–2567."), found(percentIndicator(i -> i.targets(new TreeMap<>(Map.of(
            Y2565, Target.of(80), Y2567, Target.of(90))))), StandardRules.TARGET_YEAR_MISSING));
  }

  @Test
  void aBackwardsPeriodIsReadAsTheYearsItSpans() {
    StrategicPlan plan = withPlan(Fixtures.plan(), b -> b.period(FiscalYearRange.of(2567, 2565)));
    assertEquals(List.of("ERROR $.period: The plan's period runs backwards: from 2567 to 2565."),
        found(plan, StandardRules.PERIOD_BACKWARDS));
    assertEquals(List.of(), found(plan, StandardRules.TARGET_YEAR_MISSING));
    assertEquals(List.of(), found(plan, StandardRules.TARGET_YEAR_OUTSIDE_PERIOD));
  }

  @Test
  void aTargetNotAvailableOutsideThePeriodIsOnlyOutsideThePeriod() {
    StrategicPlan plan = percentIndicator(i -> i.putTarget(FiscalYear.of(2568), Target.notAvailable()));
    assertEquals(List.of(), found(plan, StandardRules.TARGET_NOT_AVAILABLE));
    assertEquals(List.of("WARNING $.strategies[0].indicators[0].targets.2568: Indicator 1 has a target for fiscal year "
        + "2568, outside the period 2565–2567."), found(plan, StandardRules.TARGET_YEAR_OUTSIDE_PERIOD));
  }

  /** The first indicator's targets 80 and 85 for 2565 and 2566, and another for 2567. */
  private static Map<FiscalYear, Target> with2567(Target target) {
    return new TreeMap<>(Map.of(Y2565, Target.of(80), Y2566, Target.of(85), Y2567, target));
  }

  private static Indicator component(Map<FiscalYear, Target> targets, Optional<Target> inText) {
    return Indicator.builder().from(Fixtures.percent("1", "ป.๓")).targets(targets).targetInText(inText).build();
  }

  @Test
  void anIndicatorWhoseComponentsHaveTargetsHasATarget() {
    assertEquals(List.of(), found(percentIndicator(i -> i.targets(Map.of()).addComponent(
        component(Map.of(Y2565, Target.of(80)), Optional.empty()))), StandardRules.INDICATOR_NO_TARGET));
    assertEquals(List.of(), found(percentIndicator(i -> i.targets(Map.of()).addComponent(
        component(Map.of(), Optional.of(Target.of(80))))), StandardRules.INDICATOR_NO_TARGET));
    assertEquals(List.of("WARNING $.strategies[0].indicators[0].targets: Indicator 1 has no target at all."),
        found(percentIndicator(i -> i.targets(Map.of()).addComponent(component(Map.of(), Optional.empty()))),
            StandardRules.INDICATOR_NO_TARGET));
  }

  @Test
  void aTextIndicatorNeedsNoTarget() {
    assertEquals(List.of(), found(percentIndicator(i -> i.targets(Map.of()).measureKind(MeasureKind.TEXT)
        .unit(Optional.empty())), StandardRules.INDICATOR_NO_TARGET));
  }

  @Test
  void theTargetInTheTextAndTheUpperBoundOfARangeAreReadAsPercentages() {
    assertEquals(List.of(outOfRange("targetInText", "text", "120")),
        found(percentIndicator(i -> i.targetInText(Target.of(120))), OUT_OF_RANGE));
    assertEquals(List.of(outOfRange("targets.2567", "2567", "120")), found(percentIndicator(i -> i
        .targets(with2567(Target.between(BigDecimal.valueOf(90), BigDecimal.valueOf(120))))), OUT_OF_RANGE));
    assertEquals(List.of(outOfRange("baselines[0]", "2564", "-1")), found(percentIndicator(i -> i.baselines(
        List.of(Baseline.of(2564, IndicatorValue.number(-1))))), OUT_OF_RANGE));
  }

  @Test
  void aValueOutOfRangeAtBothEndsIsReportedOnce() {
    assertEquals(List.of(outOfRange("targets.2567", "2567", "-5")), found(percentIndicator(i -> i
        .targets(with2567(Target.between(BigDecimal.valueOf(-5), BigDecimal.valueOf(120))))), OUT_OF_RANGE));
  }

  @Test
  void aPercentageIsKnownByItsMeasureKindOrItsUnit() {
    StrategicPlan byUnit = percentIndicator(i -> i.measureKind(MeasureKind.QUANTITY).targets(with2567(Target.of(150))));
    assertEquals(List.of(outOfRange("targets.2567", "2567", "150")), found(byUnit, OUT_OF_RANGE));
    StrategicPlan byKind = percentIndicator(i -> i.unit(Unit.PERSON).targets(with2567(Target.of(150))));
    assertEquals(List.of(outOfRange("targets.2567", "2567", "150")), found(byKind, OUT_OF_RANGE));
    StrategicPlan neither = percentIndicator(i -> i.unit(Unit.PERSON).measureKind(MeasureKind.QUANTITY)
        .targets(with2567(Target.of(150))));
    assertEquals(List.of(), found(neither, OUT_OF_RANGE));
    StrategicPlan noUnit = percentIndicator(i -> i.unit(Optional.empty()).measureKind(MeasureKind.QUANTITY)
        .targets(with2567(Target.of(150))));
    assertEquals(List.of(), found(noUnit, OUT_OF_RANGE));
  }

  private static StrategicPlan measuring(MeasureKind kind, Target target) {
    return percentIndicator(i -> i.measureKind(kind).unit(Optional.empty()).scale(Optional.empty())
        .baselines(List.of()).targets(new TreeMap<>(Map.of(Y2565, target))));
  }

  private static String mismatch(MeasureKind kind, String value, IndicatorValue.Kind valueKind) {
    return "WARNING $.strategies[0].indicators[0].targets.2565: Indicator 1 measures " + kind + ", but its value for "
        + "2565 is " + value + " (" + valueKind + ").";
  }

  @Test
  void eachMeasureKindTakesItsOwnKindOfValue() {
    Target number = Target.of(3);
    Target level = Target.of(IndicatorValue.level("ดี"));
    Target yes = Target.of(IndicatorValue.yesNo(true));
    assertEquals(List.of(), found(measuring(MeasureKind.QUANTITY, number), KIND));
    assertEquals(List.of(mismatch(MeasureKind.QUANTITY, "ดี", IndicatorValue.Kind.LEVEL)),
        found(measuring(MeasureKind.QUANTITY, level), KIND));
    assertEquals(List.of(), found(measuring(MeasureKind.ORDINAL, level), KIND));
    assertEquals(List.of(mismatch(MeasureKind.ORDINAL, "3", IndicatorValue.Kind.NUMBER)),
        found(measuring(MeasureKind.ORDINAL, number), KIND));
    assertEquals(List.of(), found(measuring(MeasureKind.YES_NO, yes), KIND));
    assertEquals(List.of(mismatch(MeasureKind.YES_NO, "3", IndicatorValue.Kind.NUMBER)),
        found(measuring(MeasureKind.YES_NO, number), KIND));
    for (Target any : List.of(number, level, yes, Target.of(IndicatorValue.text("ครบทุกโรงเรียน")))) {
      assertEquals(List.of(), found(measuring(MeasureKind.TEXT, any), KIND), any::toString);
    }
    for (MeasureKind kind : MeasureKind.values()) {
      assertEquals(List.of(), found(measuring(kind, Target.notAvailable()), KIND), kind::toString);
    }
  }

  @Test
  void aLevelOffTheScaleIsReportedWhereverItIsWrittenAndNotWithoutAScale() {
    StrategicPlan plan = RuleEdges.qualityIndicator(i -> i.baselines(List.of(Baseline.of(2564, IndicatorValue.level("B"))))
        .targetInText(Target.of(IndicatorValue.level("A+"))));
    assertEquals(List.of(
        "ERROR $.strategies[0].indicators[1].baselines[0]: Indicator 2: the level B for 2564 is not on the scale "
            + "ระดับคุณภาพ (ปรับปรุง, พอใช้, ดี, ดีมาก, ดีเยี่ยม).",
        "ERROR $.strategies[0].indicators[1].targetInText: Indicator 2: the level A+ for text is not on the scale "
            + "ระดับคุณภาพ (ปรับปรุง, พอใช้, ดี, ดีมาก, ดีเยี่ยม)."), found(plan, StandardRules.LEVEL_NOT_ON_SCALE));
    assertEquals(List.of(), found(RuleEdges.qualityIndicator(i -> i.scale(Optional.empty())
        .targetInText(Target.of(IndicatorValue.level("B")))), StandardRules.LEVEL_NOT_ON_SCALE));
  }

  @Test
  void aPhraseWrittenWithoutSpacesIsRead() {
    assertEquals(List.of("WARNING $.strategies[0].indicators[0].targets.2567: Indicator 1: the target for 2567 is 90, "
        + "but the indicator's words say ≤ 85."), found(percentIndicator(i -> i.text("ออกกลางคันไม่เกินร้อยละ85")),
        StandardRules.TARGET_CONTRADICTS_TEXT_PHRASE));
  }
}
