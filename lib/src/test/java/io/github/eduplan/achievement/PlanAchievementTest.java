package io.github.eduplan.achievement;

import static io.github.eduplan.achievement.ExamplePlan.FY2565;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.time.FiscalQuarter;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlanAchievementTest {
  static final AchievementCalculator CALC = AchievementCalculator.of();

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  @Test
  void theQuickStartReadsLikeAReport() {
    StrategicPlan plan = ExamplePlan.plan();
    ActualResults results = ExamplePlan.results();
    Spending spending = ExamplePlan.spending();
    // docs:quickstart:begin
    AchievementCalculator calc = AchievementCalculator.of();
    PlanAchievement fy2565 = calc.assess(plan, FiscalYear.of(2565), results);
    List<String> lines = new ArrayList<>();
    for (IndicatorAchievement a : fy2565.indicators()) {
      lines.add(a.indicator() + " " + StatusBands.DEFAULT.classify(a).thai()
          + a.percentOfTarget().map(p -> " " + p + " %").orElse(""));
    }
    RollUp whole = calc.rollUpPlan(fy2565);
    BudgetExecution money = calc.planExecution(plan, spending, DisbursementTargets.example(), Quarter.Q2);
    // docs:quickstart:end
    assertEquals(List.of("1/1.1 ใกล้เคียงเป้าหมาย 94.12 %", "1/1.2 บรรลุเป้าหมาย 100.00 %",
        "1/1.3 บรรลุเป้าหมาย 100.00 %", "1/1.4 ประเมินไม่ได้", "2/2.1 บรรลุเป้าหมาย 104.17 %",
        "2/2.1#2 ต่ำกว่าเป้าหมาย 0.00 %"), lines);
    assertEquals(dec("60.00"), whole.shareMet().orElseThrow());
    assertEquals(dec("59.28"), money.disbursementRate().orElseThrow());
  }

  @Test
  void everyIndicatorIsMatchedByKeyEvenWhenACodeRepeats() {
    PlanAchievement a = CALC.assess(ExamplePlan.plan(), FY2565, ExamplePlan.results());
    assertEquals(List.of("1/1.1", "1/1.2", "1/1.3", "1/1.4", "2/2.1", "2/2.1#2"),
        a.indicators().stream().map(i -> i.indicator().toString()).collect(Collectors.toList()));
    assertEquals(List.of(Outcome.NOT_MET, Outcome.MET, Outcome.MET, Outcome.NOT_ASSESSABLE, Outcome.MET,
        Outcome.NOT_MET), a.indicators().stream().map(IndicatorAchievement::outcome).collect(Collectors.toList()));
    assertEquals(dec("104.17"), a.get(IndicatorKey.of("๒", "๒.๑")).orElseThrow().percentOfTarget().orElseThrow());
    assertEquals(List.of(IndicatorKey.of("2", "2.9")),
        a.unmatched().stream().map(ActualResult::indicator).collect(Collectors.toList()));
  }

  @Test
  void rollUpsShareTheAssessableIndicatorsMetAndAverageTheCappedPercent() {
    PlanAchievement a = CALC.assess(ExamplePlan.plan(), FY2565, ExamplePlan.results());
    // docs:rollup:begin
    List<RollUp> strategies = AchievementCalculator.of().rollUpStrategies(a);
    RollUp safety = strategies.get(0);
    // 4 indicators, 1.4 not yet due: 2 of 3 assessable met; (94.12 + 100 + 100) ÷ 3
    // docs:rollup:end
    assertEquals(4, safety.count());
    assertEquals(3, safety.assessableCount());
    assertEquals(2, safety.metCount());
    assertEquals(dec("66.67"), safety.shareMet().orElseThrow());
    assertEquals(dec("98.04"), safety.weightedMeanAchievement().orElseThrow());
    RollUp quality = strategies.get(1);
    assertEquals(Optional.of("2"), quality.key());
    assertEquals(dec("50.00"), quality.shareMet().orElseThrow());
    assertEquals(dec("50.00"), quality.weightedMeanAchievement().orElseThrow());

    RollUp plan = CALC.rollUpPlan(a);
    assertEquals(dec("60.00"), plan.shareMet().orElseThrow());
    assertEquals(dec("78.82"), plan.weightedMeanAchievement().orElseThrow());

    RollUp weighted = CALC.rollUpStrategies(a, Map.of(IndicatorKey.of("1", "1.1"), BigDecimal.valueOf(2))).get(0);
    assertEquals(dec("97.06"), weighted.weightedMeanAchievement().orElseThrow()); // (2 × 94.12 + 200) ÷ 4
    assertEquals(BigDecimal.valueOf(2), weighted.weights().get(IndicatorKey.of("1", "1.1")));

    // Strategy 1 names goals 1 and 2, strategy ๒ names goal ๒: three goals, as each strategy numbers its own.
    List<RollUp> goals = CALC.rollUpGoals(a, Map.of());
    assertEquals(List.of(Optional.of("1"), Optional.of("2"), Optional.of("2")),
        goals.stream().map(RollUp::key).collect(Collectors.toList()));
    assertEquals(List.of(Optional.of("1"), Optional.of("1"), Optional.of("2")),
        goals.stream().map(RollUp::strategy).collect(Collectors.toList()));
    assertEquals(dec("50.00"), goals.get(0).shareMet().orElseThrow());
    assertEquals(dec("97.06"), goals.get(0).weightedMeanAchievement().orElseThrow());
    assertEquals(dec("100.00"), goals.get(1).shareMet().orElseThrow(), "goal 2 of strategy 1 is 1.3 alone, met");
    assertEquals(dec("50.00"), goals.get(2).shareMet().orElseThrow(), "goal ๒ of strategy ๒ is ๒.๑ met and ๒.๑#2 not");
  }

  @Test
  void aRollUpOfNothingAssessableHasNoShareRatherThanZero() {
    IndicatorAchievement notDue = CALC.assess(ExamplePlan.plan(), FY2565, ExamplePlan.results())
        .get(IndicatorKey.of("1", "1.4")).orElseThrow();
    RollUp r = CALC.rollUp(RollUpScope.STRATEGY, Optional.of("1"), List.of(notDue), Map.of());
    assertEquals(Optional.empty(), r.shareMet());
    assertEquals(Optional.empty(), r.weightedMeanAchievement());
    IndicatorAchievement met = CALC.assess(ExamplePlan.plan(), FY2565, ExamplePlan.results())
        .get(IndicatorKey.of("1", "1.2")).orElseThrow();
    RollUp zeroWeight = CALC.rollUp(RollUpScope.GOAL, Optional.empty(), List.of(met),
        Map.of(met.indicator(), BigDecimal.ZERO));
    assertEquals(dec("100.00"), zeroWeight.shareMet().orElseThrow());
    assertEquals(Optional.empty(), zeroWeight.weightedMeanAchievement(), "every weight 0: no mean");
  }

  @Test
  void percentagesArePooledFromCountsNotAveraged() {
    IndicatorKey key = IndicatorKey.of("1", "1.1");
    // docs:pool:begin
    List<ActualResults> schools = List.of(
        ActualResults.ofUnit("โรงเรียนบ้านแม่ระมาด", ActualResult.ofCounts(key, FiscalYear.of(2565), 45, 50)),
        ActualResults.ofUnit("โรงเรียนบ้านท่าสองยาง", ActualResult.ofCounts(key, FiscalYear.of(2565), 10, 50)),
        ActualResults.ofUnit("โรงเรียนบ้านแม่ต้าน", ActualResult.ofCounts(key, FiscalYear.of(2565), 1, 4)));
    PooledPercentage pooled = AchievementCalculator.of().pool(key, FiscalYear.of(2565), schools);
    // 100 × (45 + 10 + 1) ÷ (50 + 50 + 4) = 53.85 %, not the mean of 90, 20 and 25 %
    // docs:pool:end
    assertEquals(dec("53.85"), pooled.percent().orElseThrow());
    assertEquals(BigDecimal.valueOf(56), pooled.numerator());
    assertEquals(BigDecimal.valueOf(104), pooled.denominator());
    assertEquals(3, pooled.included().size());

    List<ActualResults> mixed = List.of(schools.get(0),
        ActualResults.ofUnit("โรงเรียนบ้านห้วยนกแล", ActualResult.of(key, FY2565, IndicatorValue.number(90))),
        ActualResults.ofUnit("โรงเรียนบ้านวาเล่ย์", ActualResult.missing(key, FY2565, ResultStatus.NOT_APPLICABLE)),
        ActualResults.ofUnit("โรงเรียนบ้านแม่กลองใหม่"));
    PooledPercentage partial = CALC.pool(key, FY2565, mixed);
    assertEquals(dec("90.00"), partial.percent().orElseThrow());
    assertEquals(2, partial.excluded().size());
    assertEquals(1, partial.missingCount());

    ActualResults area = CALC.poolAll(ExamplePlan.plan(), FY2565, schools);
    assertEquals(1, area.results().size());
    IndicatorAchievement all = CALC.assess(ExamplePlan.plan(), FY2565, area).get(key).orElseThrow();
    assertEquals(dec("53.85"), all.actualNumber().orElseThrow());
    assertEquals(dec("63.35"), all.percentOfTarget().orElseThrow());
    assertEquals(ResultStatus.NOT_AVAILABLE,
        CALC.pool(key, FY2565, List.of(ActualResults.ofUnit("ว่าง", ActualResult.ofCounts(key, FY2565, 0, 0))))
            .asResult().status());
  }

  @Test
  void trajectoriesFollowTheLinearPathFromTheStartToTheTarget() {
    StrategicPlan plan = ExamplePlan.plan();
    Map<IndicatorKey, Indicator> keys = IndicatorKey.keysOf(plan);
    IndicatorKey onet = IndicatorKey.of("2", "2.1");
    FiscalQuarter q2 = FY2565.quarter(2);
    // docs:trajectory:begin
    ActualResults atQ2 = ActualResults.of(ActualResult.builder()
        .indicator(onet).year(FiscalYear.of(2565)).quarter(q2.quarter())
        .status(ResultStatus.REPORTED).value(IndicatorValue.number(45)).build());
    Trajectory t = AchievementCalculator.of().trajectory(onet, keys.get(onet), q2, atQ2);
    // baseline 40, target 48: after 2 of 4 quarters the path expects 40 + 8 × 2 ÷ 4 = 44
    // docs:trajectory:end
    assertEquals(Trajectory.Status.ON_TRACK, t.status());
    assertEquals(dec("44.00"), t.expected().orElseThrow());
    assertEquals(Trajectory.Start.BASELINE, t.startFrom().orElseThrow());

    ActualResults withLastYear = ActualResults.builder().from(atQ2)
        .addResult(ActualResult.of(onet, FiscalYear.of(2564), IndicatorValue.number(42))).build();
    Trajectory fromLastYear = CALC.trajectory(onet, keys.get(onet), q2, withLastYear);
    assertEquals(Trajectory.Start.PREVIOUS_YEAR_RESULT, fromLastYear.startFrom().orElseThrow());
    assertEquals(dec("45.00"), fromLastYear.expected().orElseThrow());
    assertTrue(fromLastYear.isOnTrack(), "exactly on the path is on track");

    IndicatorKey dropout = IndicatorKey.of("1", "1.2");
    ActualResults dropoutQ2 = ActualResults.of(ActualResult.builder().indicator(dropout).year(FY2565)
        .quarter(q2.quarter()).status(ResultStatus.REPORTED).value(IndicatorValue.number("0.30")).build());
    Trajectory falling = CALC.trajectory(dropout, keys.get(dropout), q2, dropoutQ2);
    assertEquals(dec("0.25"), falling.expected().orElseThrow());
    assertEquals(Trajectory.Status.OFF_TRACK, falling.status(), "0.30 is above the path of a decrease");

    List<Trajectory> all = CALC.trajectories(plan, q2, dropoutQ2);
    assertEquals(6, all.size());
    assertEquals(NotAssessableReason.NO_RESULT, all.get(0).reason().orElseThrow());
    IndicatorKey quality = IndicatorKey.of("1", "1.3");
    ActualResults levelQ2 = ActualResults.of(ActualResult.builder().indicator(quality).year(FY2565)
        .quarter(q2.quarter()).status(ResultStatus.REPORTED).value(IndicatorValue.level("ดีเยี่ยม")).build());
    Trajectory held = CALC.trajectory(quality, keys.get(quality), q2, levelQ2);
    assertEquals(Trajectory.Status.ON_TRACK, held.status(), "an equal target is on track when already held");
  }
}
