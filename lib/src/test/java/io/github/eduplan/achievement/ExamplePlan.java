package io.github.eduplan.achievement;

import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.Target;
import io.github.eduplan.model.Unit;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.time.Quarter;

/** A small FY 2565 action plan in the shape of the สพป.ตาก เขต 2 FY2565 action plan, with the results of docs/achievement.md. */
final class ExamplePlan {
  private ExamplePlan() {}

  static final FiscalYear FY2565 = FiscalYear.of(2565);

  static Indicator indicator(String code, String text, MeasureKind kind, Direction direction, String goal,
      Target target) {
    return Indicator.builder().code(code).text(text).measureKind(kind).direction(direction).goal(goal)
        .putTarget(FY2565, target).build();
  }

  static StrategicPlan plan() {
    Strategy safety = Strategy.builder().number("1").title("ส่งเสริมการจัดการศึกษาให้ผู้เรียนมีความปลอดภัยจากภัยทุกรูปแบบ")
        .addIndicator(Indicator.builder().from(indicator("1.1", "ร้อยละของสถานศึกษาที่จัดกิจกรรมการสร้างภูมิคุ้มกัน",
            MeasureKind.PERCENTAGE, Direction.INCREASE, "1", Target.of(85)))
            .unit(Unit.PERCENT).addBaseline(Baseline.of(2564, IndicatorValue.number(70))).build())
        .addIndicator(Indicator.builder().from(indicator("1.2", "อัตราการออกกลางคันของนักเรียน",
            MeasureKind.PERCENTAGE, Direction.DECREASE, "1", Target.of(0)))
            .addBaseline(Baseline.of(2562, IndicatorValue.number("0.50"))).build())
        .addIndicator(Indicator.builder().from(indicator("1.3", "ระดับคุณภาพการประเมินคุณธรรมและความโปร่งใส",
            MeasureKind.ORDINAL, Direction.MAINTAIN, "2", Target.of(IndicatorValue.level("ดีเยี่ยม"))))
            .scale(OrdinalScale.QUALITY).build())
        .addIndicator(indicator("1.4", "ร้อยละของนักเรียนชั้น ป.๓ ที่มีผลการประเมิน NT ระดับดีขึ้นไป",
            MeasureKind.PERCENTAGE, Direction.INCREASE, "1", Target.of(80)))
        .build();
    Strategy quality = Strategy.builder().number("๒").title("พัฒนาคุณภาพผู้เรียน")
        .addIndicator(Indicator.builder().from(indicator("๒.๑", "คะแนนเฉลี่ยผลการทดสอบ O-NET ชั้น ป.๖",
            MeasureKind.QUANTITY, Direction.INCREASE, "๒", Target.of(48)))
            .unit(Unit.SCORE).addBaseline(Baseline.of(2564, IndicatorValue.number(40))).build())
        // Real plans repeat codes; this second ๒.๑ is key ("2", "2.1", 2).
        .addIndicator(indicator("๒.๑", "มีระบบส่งเสริมการอ่านออกเขียนได้", MeasureKind.YES_NO, Direction.MAINTAIN, "๒",
            Target.of(IndicatorValue.yesNo(true))))
        .build();
    return StrategicPlan.builder()
        .office(Office.of("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2"))
        .kind(PlanKind.ACTION_PLAN)
        .period(FiscalYearRange.single(FY2565))
        .addStrategies(safety, quality)
        .addProject(project("1", "1", "กลุ่มนโยบายและแผน", 121_940, QuarterlyBudget.of(40_000, 60_000, 0, 21_940)))
        .addProject(project("2", "1", "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา", 50_000,
            QuarterlyBudget.of(25_000, 25_000, 0, 0)))
        .addProject(project("3", "๒", "กลุ่มนโยบายและแผน", 200_000, QuarterlyBudget.of(50_000, 50_000, 50_000, 50_000)))
        .addProject(Project.builder().number("4").title("กิจกรรมที่ไม่ใช้งบประมาณ").build())
        .build();
  }

  static Project project(String number, String strategy, String group, long budget, QuarterlyBudget quarters) {
    return Project.builder().number(number).title("โครงการที่ " + number).strategy(strategy).group(group)
        .budget(Baht.of(budget)).quarterlyPlan(quarters).addActiveQuarters(Quarter.Q1, Quarter.Q2).build();
  }

  static ActualResults results() {
    return ActualResults.of(
        ActualResult.ofCounts(IndicatorKey.of("1", "1.1"), FY2565, 92, 115),
        ActualResult.of(IndicatorKey.of("1", "1.2"), FY2565, IndicatorValue.number(0)),
        ActualResult.of(IndicatorKey.of("1", "1.3"), FY2565, IndicatorValue.level("ดีเยี่ยม")),
        ActualResult.missing(IndicatorKey.of("1", "1.4"), FY2565, ResultStatus.NOT_YET_DUE),
        ActualResult.of(IndicatorKey.of("2", "2.1"), FY2565, IndicatorValue.number(50)),
        ActualResult.of(IndicatorKey.of("2", "2.1", 2), FY2565, IndicatorValue.yesNo(false)),
        ActualResult.of(IndicatorKey.of("2", "2.9"), FY2565, IndicatorValue.number(1)));
  }

  static Spending spending() {
    return Spending.of(FY2565,
        ProjectSpending.of("1", FY2565, 30_000, 45_500, 0, 0),
        ProjectSpending.of("๒", FY2565, 25_000, 20_000, 0, 0),
        ProjectSpending.of("3", FY2565, 40_000, 60_000, 0, 0));
  }
}
