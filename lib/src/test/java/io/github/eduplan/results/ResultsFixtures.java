package io.github.eduplan.results;

import io.github.eduplan.achievement.ResultStatus;
import io.github.eduplan.model.Baht;
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
import io.github.eduplan.time.FiscalQuarter;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A small FY 2565 action plan of สพป.ตาก เขต 2's shape, one indicator of every measure kind and
 * four projects, and a results document for it that every check passes.
 */
final class ResultsFixtures {
  private ResultsFixtures() {}

  static final FiscalYear FY2565 = FiscalYear.of(2565);
  static final String OFFICE = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2";

  static Indicator indicator(String code, String text, MeasureKind kind, Target target) {
    return Indicator.builder().code(code).text(text).measureKind(kind).direction(Direction.INCREASE)
        .putTarget(FY2565, target).build();
  }

  static StrategicPlan plan() {
    Strategy safety = Strategy.builder().number("1").title("ส่งเสริมการจัดการศึกษาให้ผู้เรียนมีความปลอดภัย")
        .addIndicator(indicator("1.1", "ร้อยละของสถานศึกษาที่มีแผนการจัดการภัยพิบัติ", MeasureKind.PERCENTAGE,
            Target.of(85)))
        .addIndicator(indicator("1.2", "จำนวนผู้เรียนที่ได้รับการพัฒนาเต็มตามศักยภาพ", MeasureKind.QUANTITY,
            Target.of(150)))
        .addIndicator(Indicator.builder().from(indicator("1.3", "ระดับคุณภาพการประเมินคุณธรรมและความโปร่งใส",
            MeasureKind.ORDINAL, Target.of(IndicatorValue.level("ดีเยี่ยม")))).scale(OrdinalScale.QUALITY).build())
        .build();
    Strategy quality = Strategy.builder().number("๒").title("พัฒนาคุณภาพผู้เรียน")
        .addIndicator(indicator("๒.๑", "มีระบบส่งเสริมการอ่านออกเขียนได้", MeasureKind.YES_NO,
            Target.of(IndicatorValue.yesNo(true))))
        .addIndicator(indicator("๒.๒", "อัตราส่วนครูต่อนักเรียน", MeasureKind.TEXT, Target.of(IndicatorValue.text("1 : 20"))))
        .addIndicator(indicator("๒.๓", "ระดับความสำเร็จของการนิเทศ", MeasureKind.ORDINAL,
            Target.of(IndicatorValue.level("ระดับ ๕"))))
        .build();
    return StrategicPlan.builder()
        .office(Office.of(OFFICE))
        .kind(PlanKind.ACTION_PLAN)
        .period(FiscalYearRange.single(FY2565))
        .addStrategies(safety, quality)
        .addProject(project("1", 121_940, QuarterlyBudget.of(40_000, 60_000, 0, 21_940), Quarter.Q1, Quarter.Q2, Quarter.Q4))
        .addProject(project("2", 50_000, QuarterlyBudget.of(25_000, 25_000, 0, 0), Quarter.Q1, Quarter.Q2))
        .addProject(Project.builder().number("3").title("กิจกรรมที่ไม่ใช้งบประมาณ").build())
        .addProject(project("2", 10_000, QuarterlyBudget.of(10_000, 0, 0, 0), Quarter.Q1))
        .build();
  }

  static Project project(String number, long budget, QuarterlyBudget quarters, Quarter... active) {
    return Project.builder().number(number).title("โครงการที่ " + number).budget(Baht.of(budget))
        .quarterlyPlan(quarters).addActiveQuarters(active).build();
  }

  static PeriodResult number(String value) {
    return PeriodResult.builder().year(FY2565).value(IndicatorValue.number(new BigDecimal(value))).build();
  }

  static IndicatorResults results(String strategy, String code, PeriodResult... results) {
    return IndicatorResults.builder().strategy(strategy).code(code).addResults(results).build();
  }

  /** A document of the plan through ไตรมาส 3 that every check passes. */
  static ResultsDocument document() {
    return ResultsDocument.builder()
        .plan(PlanReference.builder().office("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก  เขต ๒").kind(PlanKind.ACTION_PLAN)
            .period(FiscalYearRange.single(FY2565)).build())
        .reportedThrough(FiscalQuarter.of(2565, 3))
        .reportedOn(LocalDate.of(2022, 7, 15))
        .addNote("ตัวเลขสมมุติสำหรับการทดสอบ")
        .addIndicator(IndicatorResults.builder().strategy("1").code("1.1")
            .text("ร้อยละของสถานศึกษาที่มีแผนการจัดการภัยพิบัติ ")
            .addResult(PeriodResult.builder().year(FY2565).numerator(BigDecimal.valueOf(92))
                .denominator(BigDecimal.valueOf(115)).source("ระบบ DMC").date(LocalDate.of(2022, 6, 10)).build())
            .addResult(PeriodResult.builder().from(number("61.5")).quarter(Quarter.Q2).build())
            .build())
        .addIndicator(results("1", "1.2", number("162")))
        .addIndicator(results("1", "1.3", PeriodResult.builder().year(FY2565).value(IndicatorValue.level("ดีมาก")).build()))
        .addIndicator(results("2", "2.1", PeriodResult.builder().year(FY2565).value(IndicatorValue.yesNo(true)).build()))
        .addIndicator(results("2", "2.2", PeriodResult.builder().year(FY2565).value(IndicatorValue.text("1 : 22")).build()))
        .addIndicator(results("2", "2.3", number("4"),
            PeriodResult.builder().year(FY2565).quarter(Quarter.Q3).status(ResultStatus.NOT_YET_DUE).build()))
        .addProject(ProjectProgress.builder().number("1").year(FY2565).status(ProjectStatus.IN_PROGRESS)
            .putSpent(Quarter.Q1, Baht.of(40_000)).putSpent(Quarter.Q2, Baht.of(58_500)).putSpent(Quarter.Q3, Baht.ZERO)
            .build())
        .addProject(ProjectProgress.builder().number("3").year(FY2565).status(ProjectStatus.DONE).build())
        .build();
  }
}
