package io.github.eduplan.examples;

import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Comparison;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.Mission;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.Person;
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
import java.io.PrintStream;
import java.math.BigDecimal;

/**
 * Builds a small three-year development plan from scratch with the builders: a vision, a mission,
 * a goal, a strategy with a percentage indicator, a decrease-indicator (dropouts, target 0) and a
 * quality-level indicator, and a project with its quarterly spending plan; then prints its JSON.
 */
public final class BuildAPlan {
  private BuildAPlan() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(BundledPlans.console());
  }

  static StrategicPlan build() {
    FiscalYear y2566 = FiscalYear.of(2566);
    Indicator readers = Indicator.builder()
        .code("1.1")
        .text("ร้อยละของนักเรียนชั้น ป.๓ ที่อ่านออกเขียนได้")
        .unit(Unit.PERCENT)
        .measureKind(MeasureKind.PERCENTAGE)
        .direction(Direction.INCREASE)
        .addBaseline(Baseline.of(2565, IndicatorValue.number("82.50")))
        .putTarget(y2566, Target.of(85))
        .putTarget(y2566.next(), Target.of(90))
        .putTarget(y2566.plusYears(2), Target.of(Comparison.AT_LEAST, new BigDecimal("95")))
        .goal("1")
        .build();
    Indicator dropouts = Indicator.builder()
        .code("1.2")
        .text("จำนวนนักเรียนออกกลางคัน")
        .unit(Unit.PERSON)
        .measureKind(MeasureKind.QUANTITY)
        .direction(Direction.DECREASE)
        .addBaseline(Baseline.of(2565, IndicatorValue.number(12)))
        .putTarget(y2566, Target.of(5))
        .putTarget(y2566.next(), Target.of(0))
        .putTarget(y2566.plusYears(2), Target.of(0))
        .build();
    Indicator quality = Indicator.builder()
        .code("1.3")
        .text("ระดับคุณภาพการบริหารจัดการของสำนักงานเขตพื้นที่การศึกษา")
        .unit(Unit.LEVEL)
        .measureKind(MeasureKind.ORDINAL)
        .scale(OrdinalScale.QUALITY)
        .direction(Direction.INCREASE)
        .putTarget(y2566, Target.of(IndicatorValue.level("ดีมาก")))
        .putTarget(y2566.next(), Target.of(IndicatorValue.level("ดีเยี่ยม")))
        .putTarget(y2566.plusYears(2), Target.of(IndicatorValue.level("ดีเยี่ยม")))
        .build();
    return StrategicPlan.builder()
        .office(Office.builder().name("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1")
            .shortName("สพป.ตัวอย่าง เขต 1").build())
        .kind(PlanKind.DEVELOPMENT_PLAN)
        .title("แผนพัฒนาการศึกษาขั้นพื้นฐาน พ.ศ. ๒๕๖๖ - ๒๕๖๘")
        .period(FiscalYearRange.of(y2566, y2566.plusYears(2)))
        .vision("ภายในปี ๒๕๗๐ ผู้เรียนมีคุณภาพ ปลอดภัย และมีความสุข")
        .addMission(Mission.of("1", "ส่งเสริมการจัดการศึกษาให้ผู้เรียนมีความปลอดภัย"))
        .addGoal(Goal.builder().number("1").text("ผู้เรียนอ่านออกเขียนได้และอยู่ในระบบการศึกษา").build())
        .addStrategy(Strategy.builder()
            .number("1")
            .title("พัฒนาคุณภาพผู้เรียน")
            .addIndicators(readers, dropouts, quality)
            .addAlignment(AlignmentLink.matrix("national-strategy", "3"))
            .build())
        .addProject(Project.builder()
            .number("1")
            .title("ส่งเสริมการอ่านออกเขียนได้")
            .strategy("1")
            .budget(Baht.parse("45,000"))
            .quarterlyPlan(QuarterlyBudget.of(10_000, 15_000, 15_000, 5_000))
            .addActiveQuarters(Quarter.values())
            .addResponsiblePeople(Person.of("นางสาวสมใจ ใฝ่เรียน"))
            .group("กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา")
            .build())
        .build();
  }

  static void run(PrintStream out) {
    out.println(PlanJson.strict().write(build()));
  }
}
