package io.github.eduplan.validation;

import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Guideline;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.Mission;
import io.github.eduplan.model.NameMention;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.Person;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.StatedTotal;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.Target;
import io.github.eduplan.model.TotalScope;
import io.github.eduplan.model.Unit;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.time.Quarter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A small plan with no defect at all (สพป.ตาก เขต 2, 2565–2567, two strategies whose indicator
 * numbering restarts, three projects numbered across strategies), and ways to break one element.
 */
final class Fixtures {
  static final FiscalYear Y2565 = FiscalYear.of(2565);
  static final FiscalYear Y2566 = FiscalYear.of(2566);
  static final FiscalYear Y2567 = FiscalYear.of(2567);

  private Fixtures() {}

  static Indicator percent(String code, String text) {
    return Indicator.builder()
        .code(code)
        .text(text)
        .unit(Unit.PERCENT)
        .measureKind(MeasureKind.PERCENTAGE)
        .direction(Direction.INCREASE)
        .addBaseline(Baseline.of(2564, IndicatorValue.number(70)))
        .putTarget(Y2565, Target.of(80))
        .putTarget(Y2566, Target.of(85))
        .putTarget(Y2567, Target.of(90))
        .goal("1")
        .guideline("1")
        .build();
  }

  static Indicator quality(String code, String text) {
    return Indicator.builder()
        .code(code)
        .text(text)
        .unit(Unit.LEVEL)
        .measureKind(MeasureKind.ORDINAL)
        .scale(OrdinalScale.QUALITY)
        .direction(Direction.INCREASE)
        .addBaseline(Baseline.of(2564, IndicatorValue.level("ดี")))
        .putTarget(Y2565, Target.of(IndicatorValue.level("ดี")))
        .putTarget(Y2566, Target.of(IndicatorValue.level("ดีมาก")))
        .putTarget(Y2567, Target.of(IndicatorValue.level("ดีเยี่ยม")))
        .build();
  }

  static Strategy strategy(String number, String title, Indicator... indicators) {
    return Strategy.builder()
        .number(number)
        .title(title)
        .addGoal(Goal.builder().number("1").text("ผู้เรียนได้รับการดูแลความปลอดภัย " + number).build())
        .addGuideline(Guideline.builder().number("1").text("พัฒนาระบบดูแลช่วยเหลือ " + number)
            .addChildren(Guideline.builder().number("1.1").text("ส่งเสริมสถานศึกษา " + number).build())
            .addChildren(Guideline.builder().number("1.2").text("ติดตามผล " + number).build())
            .build())
        .addGuideline(Guideline.builder().number("2").text("สร้างเครือข่าย " + number).build())
        .addIndicators(indicators)
        .build();
  }

  static Project project(String number, String strategy, long q1, long q2, long q3, long q4) {
    Project.Builder b = Project.builder()
        .number(number)
        .title("โครงการที่ " + number)
        .strategy(strategy)
        .program("แผนงานพื้นฐานด้านการพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์")
        .budget(Baht.of(q1 + q2 + q3 + q4))
        .quarterlyPlan(QuarterlyBudget.of(q1, q2, q3, q4))
        .addResponsiblePeople(Person.of("นางสาวเฉลิมศรี กัญยารอง"))
        .group("กลุ่มส่งเสริมการจัดการศึกษา");
    long[] amounts = {q1, q2, q3, q4};
    for (int i = 0; i < 4; i++) {
      if (amounts[i] > 0) {
        b.addActiveQuarter(Quarter.of(i + 1));
      }
    }
    return b.build();
  }

  static StrategicPlan plan() {
    return StrategicPlan.builder()
        .office(Office.builder()
            .name("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2")
            .shortName("สพป.ตาก เขต 2")
            .addMention(NameMention.of("ปก", "สพป.ตาก เขต ๒"))
            .build())
        .kind(PlanKind.ACTION_PLAN)
        .title("แผนปฏิบัติการ สพป.ตาก เขต 2")
        .period(FiscalYearRange.of(2565, 2567))
        .approvalDate(LocalDate.of(2021, 9, 15))
        .addMission(Mission.of("1", "จัดการศึกษาให้ผู้เรียนปลอดภัย"))
        .addMission(Mission.of("2", "พัฒนาคุณภาพผู้เรียน"))
        .addGoal(Goal.builder().number("1").text("ผู้เรียนปลอดภัย").build())
        .addStrategy(strategy("1", "ส่งเสริมความปลอดภัย",
            percent("1", "ร้อยละของสถานศึกษาที่มีระบบดูแลช่วยเหลือ"),
            quality("2", "ระดับคุณภาพการบริหารจัดการ")))
        .addStrategy(strategy("2", "เพิ่มโอกาสทางการศึกษา",
            percent("1", "ร้อยละของประชากรวัยเรียนที่ได้รับการศึกษา"),
            percent("2", "ร้อยละของผู้เรียนที่อ่านออกเขียนได้")))
        .addProject(project("1", "1", 24_090, 22_400, 0, 75_450))
        .addProject(project("2", "1", 0, 0, 5_000, 5_000))
        .addProject(project("3", "2", 1_000, 1_000, 1_000, 1_000))
        .addStatedTotal(StatedTotal.builder().scope(TotalScope.PLAN).amount(Baht.of(135_940))
            .projectCount(3).build())
        .addStatedTotal(StatedTotal.builder().scope(TotalScope.STRATEGY).key("1")
            .amount(Baht.of(131_940)).projectCount(2).build())
        .addStatedTotal(StatedTotal.builder().scope(TotalScope.QUARTER).key("1")
            .amount(Baht.of(25_090)).build())
        .build();
  }

  static StrategicPlan withPlan(StrategicPlan plan, UnaryOperator<StrategicPlan.Builder> change) {
    return change.apply(StrategicPlan.builder().from(plan)).build();
  }

  static StrategicPlan withStrategy(StrategicPlan plan, int index, UnaryOperator<Strategy.Builder> change) {
    List<Strategy> strategies = new ArrayList<>(plan.strategies());
    strategies.set(index, change.apply(Strategy.builder().from(strategies.get(index))).build());
    return StrategicPlan.builder().from(plan).strategies(strategies).build();
  }

  static StrategicPlan withIndicator(StrategicPlan plan, int strategy, int index,
      UnaryOperator<Indicator.Builder> change) {
    return withStrategy(plan, strategy, s -> {
      List<Indicator> indicators = new ArrayList<>(plan.strategies().get(strategy).indicators());
      indicators.set(index, change.apply(Indicator.builder().from(indicators.get(index))).build());
      return s.indicators(indicators);
    });
  }

  static StrategicPlan withTarget(StrategicPlan plan, int strategy, int index, FiscalYear year,
      Target target) {
    java.util.SortedMap<FiscalYear, Target> targets =
        new java.util.TreeMap<>(plan.strategies().get(strategy).indicators().get(index).targets());
    targets.put(year, target);
    return withIndicator(plan, strategy, index, i -> i.targets(targets));
  }

  static StrategicPlan withProject(StrategicPlan plan, int index, UnaryOperator<Project.Builder> change) {
    List<Project> projects = new ArrayList<>(plan.projects());
    projects.set(index, change.apply(Project.builder().from(projects.get(index))).build());
    return StrategicPlan.builder().from(plan).projects(projects).build();
  }
}
