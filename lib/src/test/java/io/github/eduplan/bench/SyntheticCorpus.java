package io.github.eduplan.bench;

import io.github.eduplan.model.AlignmentLink;
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
import io.github.eduplan.model.OfficeLevel;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.Person;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.ServedElement;
import io.github.eduplan.model.ServedKind;
import io.github.eduplan.model.ServedPlan;
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
import io.github.eduplan.achievement.ActualResult;
import io.github.eduplan.achievement.ActualResults;
import io.github.eduplan.achievement.IndicatorKey;
import io.github.eduplan.achievement.ResultStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic generator of realistic plans at national scale: office action plans shaped like
 * the สพป.ตาก เขต 2 FY2565 action plan (สพป.ตาก เขต 2: 4–6 strategies, about 60 indicators with seven yearly targets, about 60
 * projects with quarterly splits and alignment links) and smaller school plans. The same seed gives
 * the same corpus on every machine, so benchmark runs compare like with like.
 *
 * <p>Unlike the QuickTheories generators in {@code testsupport}, which look for edge cases, this one
 * aims at the typical plan: defects are rare and text has the length of real titles.
 */
public final class SyntheticCorpus {
  /** Area offices of OBEC (สพป. and สพม.). */
  public static final int OFFICES = 245;
  /** Schools under OBEC, roughly. */
  public static final int SCHOOLS = 29_000;

  private static final List<String> PROVINCES = List.of(
      "ตาก", "เชียงราย", "เชียงใหม่", "ยโสธร", "ตรัง", "ขอนแก่น", "นครราชสีมา", "อุบลราชธานี",
      "สุราษฎร์ธานี", "นครศรีธรรมราช", "ลำปาง", "พิษณุโลก", "อุดรธานี", "สงขลา", "กาญจนบุรี");
  private static final List<String> GROUPS = List.of(
      "กลุ่มนโยบายและแผน", "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา", "กลุ่มส่งเสริมการจัดการศึกษา",
      "กลุ่มบริหารงานบุคคล", "กลุ่มบริหารงานการเงินและสินทรัพย์", "กลุ่มอำนวยการ",
      "กลุ่มพัฒนาครูและบุคลากรทางการศึกษา", "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร");
  private static final List<String> STRATEGY_TITLES = List.of(
      "ส่งเสริมการจัดการศึกษาให้ผู้เรียนมีความปลอดภัยจากภัยทุกรูปแบบ",
      "ส่งเสริมการเข้าถึงโอกาสทางการศึกษาที่มีคุณภาพอย่างทั่วถึงและเท่าเทียม",
      "พัฒนาคุณภาพการจัดการศึกษาให้ผู้เรียนมีสมรรถนะตามหลักสูตรและทักษะในศตวรรษที่ 21",
      "พัฒนาประสิทธิภาพการบริหารจัดการศึกษาตามหลักธรรมาภิบาล",
      "พัฒนาครูและบุคลากรทางการศึกษาให้มีสมรรถนะและจรรยาบรรณวิชาชีพ",
      "ส่งเสริมการใช้เทคโนโลยีดิจิทัลเพื่อการศึกษาและการบริหารจัดการ");
  private static final List<String> SUBJECTS = List.of(
      "ผู้เรียน", "สถานศึกษา", "ครูและบุคลากรทางการศึกษา", "โรงเรียนขนาดเล็ก", "นักเรียนพิการ",
      "นักเรียนระดับชั้นประถมศึกษาปีที่ ๖", "นักเรียนกลุ่มเปราะบาง", "ผู้บริหารสถานศึกษา");
  private static final List<String> ACTIONS = List.of(
      "ที่ผ่านเกณฑ์การประเมินการอ่านออกเขียนได้", "ที่มีผลการทดสอบระดับชาติ (O-NET) เพิ่มขึ้น",
      "ที่จัดกิจกรรมส่งเสริมความปลอดภัยตามมาตรการ MOE Safety Center",
      "ที่ได้รับการพัฒนาตามแผนพัฒนาตนเอง (ID Plan)", "ที่จัดการเรียนรู้เชิงรุก (Active Learning)",
      "ที่มีคุณลักษณะอันพึงประสงค์ตามหลักสูตร", "ที่ได้รับทุนการศึกษาและสิ่งอำนวยความสะดวก",
      "ที่ใช้ระบบเทคโนโลยีสารสนเทศในการบริหารจัดการ");
  private static final List<String> PROJECT_WORDS = List.of(
      "โครงการพัฒนาคุณภาพการจัดการศึกษา", "ส่งเสริมการจัดการเรียนรู้", "ประชุมเชิงปฏิบัติการ",
      "การนิเทศ ติดตาม และประเมินผล", "ยกระดับผลสัมฤทธิ์ทางการเรียน", "ป้องกันและแก้ไขปัญหายาเสพติด",
      "พัฒนาระบบดูแลช่วยเหลือนักเรียน", "การประเมินคุณธรรมและความโปร่งใส (ITA)",
      "สำหรับโรงเรียนในสังกัดสำนักงานเขตพื้นที่การศึกษา", "ปีงบประมาณ พ.ศ. 2565");
  private static final List<String> PEOPLE = List.of(
      "นางสาวเฉลิมศรี กันยารอง", "นางเมธพร สุรเดช", "นางสาวสายสุนีย์ แสงด้วง", "นางเสาวลักษณ์ กมลปลื้ม",
      "นายสมชาย ใจดี", "นางสาววรรณา ศรีสุข", "นายประเสริฐ บุญมา", "นางพรทิพย์ แก้วมณี");
  private static final List<Unit> UNITS = List.of(
      Unit.PERCENT, Unit.PERCENT, Unit.PERCENT, Unit.PERCENT, Unit.LEVEL, Unit.SCORE, Unit.SCHOOL,
      Unit.PERSON, Unit.TIMES);
  private static final String PROGRAM = "แผนงานพื้นฐานด้านการพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์";

  private SyntheticCorpus() {}

  /**
   * Generates a corpus: the office plans first, then the school plans.
   *
   * @param seed the seed; the same seed gives the same corpus
   * @param offices how many office plans, at least 0
   * @param schools how many school plans, at least 0
   * @return the plans, not null
   */
  public static List<StrategicPlan> generate(long seed, int offices, int schools) {
    SplittableRandom random = new SplittableRandom(seed);
    List<StrategicPlan> plans = new ArrayList<>(offices + schools);
    for (int i = 0; i < offices; i++) {
      plans.add(officePlan(random.split(), i));
    }
    for (int i = 0; i < schools; i++) {
      plans.add(schoolPlan(random.split(), i));
    }
    return plans;
  }

  /**
   * The same plans as a cascade (ชุดแผน): each office plan an area office plan with a name of its
   * own ("เขต" numbered by its position, so no two offices share a name) and its province, each
   * school plan a school plan in that province serving one of them (school {@code i} serves office
   * {@code i mod offices}), its strategies and projects serving the office's strategies. A view for
   * the cascade benchmarks and tests; {@link #generate} itself, which the other benchmarks and the
   * findings dump measure, is unchanged.
   *
   * @param corpus plans from {@link #generate}: office plans first, then school plans
   * @return the plans as a cascade, in the same order, not null
   */
  public static List<StrategicPlan> cascade(List<StrategicPlan> corpus) {
    List<StrategicPlan> offices = new ArrayList<>();
    List<StrategicPlan> out = new ArrayList<>(corpus.size());
    for (StrategicPlan plan : corpus) {
      String shortName = plan.office().shortName().orElse("");
      if (!shortName.startsWith("สพป.")) {
        continue;
      }
      String province = shortName.substring("สพป.".length(), shortName.lastIndexOf(" เขต "));
      int area = offices.size() + 1;
      StrategicPlan office = StrategicPlan.builder().from(plan)
          .level(OfficeLevel.AREA_OFFICE)
          .office(Office.builder().from(plan.office())
              .name("สำนักงานเขตพื้นที่การศึกษาประถมศึกษา" + province + " เขต " + area)
              .shortName("สพป." + province + " เขต " + area)
              .province(province).build())
          .build();
      offices.add(office);
      out.add(office);
    }
    int school = 0;
    for (StrategicPlan plan : corpus) {
      if (plan.office().shortName().orElse("").startsWith("สพป.")) {
        continue;
      }
      if (offices.isEmpty()) {
        throw new IllegalArgumentException("a cascade needs office plans");
      }
      StrategicPlan parent = offices.get(school++ % offices.size());
      List<Strategy> parentStrategies = parent.strategies();
      StrategicPlan.Builder b = StrategicPlan.builder().from(plan)
          .level(OfficeLevel.SCHOOL)
          .office(Office.builder().from(plan.office()).province(parent.office().province().orElseThrow()).build())
          .servedPlan(ServedPlan.of(parent.office().shortName().orElseThrow(), plan.period().first().buddhistEraYear()))
          .strategies(List.of())
          .projects(List.of());
      for (int s = 0; s < plan.strategies().size(); s++) {
        b.addStrategy(Strategy.builder().from(plan.strategies().get(s))
            .addServes(ServedElement.of(ServedKind.STRATEGY, parentStrategies.get(s % parentStrategies.size()).number()))
            .build());
      }
      for (Project project : plan.projects()) {
        int s = Integer.parseInt(project.strategy().orElseThrow()) - 1;
        b.addProject(Project.builder().from(project)
            .addServes(ServedElement.of(ServedKind.STRATEGY, parentStrategies.get(s % parentStrategies.size()).number()))
            .build());
      }
      out.add(b.build());
    }
    return out;
  }

  static StrategicPlan officePlan(SplittableRandom r, int index) {
    String province = pick(r, PROVINCES);
    int area = 1 + index % 4;
    String name = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา" + province + " เขต " + area;
    return plan(r, name, "สพป." + province + " เขต " + area, 4 + r.nextInt(3), 12, 12, 7);
  }

  static StrategicPlan schoolPlan(SplittableRandom r, int index) {
    String name = "โรงเรียนบ้าน" + pick(r, PROVINCES) + "วิทยา " + (index + 1);
    return plan(r, name, "รร." + (index + 1), 3, 4, 4, 3);
  }

  private static StrategicPlan plan(
      SplittableRandom r, String officeName, String shortName, int strategyCount,
      int indicatorsPerStrategy, int projectsPerStrategy, int targetYears) {
    int first = 2565;
    StrategicPlan.Builder plan = StrategicPlan.builder()
        .office(Office.builder().name(officeName).shortName(shortName)
            .addMention(NameMention.of("คำนำ", officeName)).build())
        .kind(PlanKind.ACTION_PLAN)
        .title("แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. " + first + "–" + (first + targetYears - 1))
        .period(FiscalYearRange.of(first, first + targetYears - 1))
        .vision("ภายในปี ๒๕๗๐ " + officeName + " เป็นองค์กรที่มีมาตรฐาน สถานศึกษามีคุณภาพ และเครือข่ายมีความเข้มแข็ง")
        .source("synthetic");
    for (int m = 1; m <= 4; m++) {
      plan.addMission(Mission.of(String.valueOf(m), "ส่งเสริม" + pick(r, SUBJECTS) + pick(r, ACTIONS)));
    }
    for (int g = 1; g <= 8; g++) {
      plan.addGoal(Goal.builder().number(String.valueOf(g)).text(pick(r, SUBJECTS) + pick(r, ACTIONS)).build());
    }
    Baht planTotal = Baht.ZERO;
    int projectNumber = 0;
    for (int s = 1; s <= strategyCount; s++) {
      String number = String.valueOf(s);
      String nationalStrategy = String.valueOf(1 + r.nextInt(6));
      Strategy.Builder strategy = Strategy.builder()
          .number(number)
          .title(STRATEGY_TITLES.get((s - 1) % STRATEGY_TITLES.size()))
          .addAlignment(AlignmentLink.matrix("national-strategy", nationalStrategy));
      for (int g = 1; g <= 3; g++) {
        strategy.addGuideline(Guideline.builder().number(s + "." + g)
            .text("ส่งเสริมและพัฒนา" + pick(r, SUBJECTS) + pick(r, ACTIONS)).build());
      }
      int indicators = Math.max(1, indicatorsPerStrategy - 2 + r.nextInt(5));
      for (int i = 1; i <= indicators; i++) {
        strategy.addIndicator(indicator(r, s + "." + i, first, targetYears));
      }
      Baht strategyTotal = Baht.ZERO;
      int projects = Math.max(1, projectsPerStrategy - 2 + r.nextInt(5));
      for (int p = 0; p < projects; p++) {
        Project project = project(r, String.valueOf(++projectNumber), number, nationalStrategy);
        strategyTotal = strategyTotal.plus(project.budget().orElse(Baht.ZERO));
        plan.addProject(project);
      }
      planTotal = planTotal.plus(strategyTotal);
      plan.addStrategy(strategy.build());
      plan.addStatedTotal(StatedTotal.builder().scope(TotalScope.STRATEGY).key(number).amount(strategyTotal).build());
    }
    plan.addStatedTotal(StatedTotal.builder().scope(TotalScope.PLAN).amount(planTotal)
        .projectCount(projectNumber).label("รวมงบประมาณ").build());
    return plan.build();
  }

  private static Indicator indicator(SplittableRandom r, String code, int first, int years) {
    Unit unit = pick(r, UNITS);
    Indicator.Builder b = Indicator.builder()
        .code(code)
        .text((unit.isPercent() ? "ร้อยละของ" : "จำนวน") + pick(r, SUBJECTS) + pick(r, ACTIONS))
        .unit(unit)
        .addResponsibleUnit(pick(r, GROUPS));
    if (unit.equals(Unit.LEVEL)) {
      OrdinalScale scale = OrdinalScale.QUALITY;
      b.measureKind(MeasureKind.ORDINAL).direction(Direction.MAINTAIN).scale(scale)
          .addBaseline(Baseline.of(first - 1, IndicatorValue.level("ดี")));
      for (int y = 0; y < years; y++) {
        b.putTarget(FiscalYear.of(first + y), Target.of(IndicatorValue.level(y < 2 ? "ดีมาก" : "ดีเยี่ยม")));
      }
      return b.build();
    }
    boolean percent = unit.isPercent();
    b.measureKind(percent ? MeasureKind.PERCENTAGE : MeasureKind.QUANTITY).direction(Direction.INCREASE);
    int base = percent ? 50 + r.nextInt(30) : 10 + r.nextInt(200);
    b.addBaseline(r.nextInt(10) == 0
        ? Baseline.of(first - 1, IndicatorValue.notAvailable("N/A"))
        : Baseline.of(first - 1, IndicatorValue.number(base)));
    int step = percent ? 1 + r.nextInt(4) : 1 + r.nextInt(20);
    for (int y = 0; y < years; y++) {
      long value = percent ? Math.min(100, base + (long) step * (y + 1)) : base + (long) step * (y + 1);
      b.putTarget(FiscalYear.of(first + y), Target.of(value));
    }
    return b.build();
  }

  /**
   * A project under a strategy. Like the projects of the สพป.ตาก เขต 2 FY2565 action plan's matrix, it serves its strategy's
   * item of the national strategy, but one in ten names another item at random (five times in six
   * a different one): the defect {@code ALIGNMENT_DISAGREES_WITH_STRATEGY} finds.
   */
  private static Project project(SplittableRandom r, String number, String strategy, String nationalStrategy) {
    long[] quarters = new long[4];
    List<Quarter> active = new ArrayList<>();
    long total = 0;
    for (int q = 0; q < 4; q++) {
      if (r.nextInt(4) != 0) {
        quarters[q] = 1_000L * (1 + r.nextInt(150));
        total += quarters[q];
        active.add(Quarter.values()[q]);
      }
    }
    if (total == 0) {
      quarters[0] = 5_000;
      total = 5_000;
      active.add(Quarter.Q1);
    }
    Project.Builder b = Project.builder()
        .number(number)
        .title(pick(r, PROJECT_WORDS) + " " + pick(r, PROJECT_WORDS) + pick(r, SUBJECTS))
        .program(PROGRAM)
        .strategy(strategy)
        .addObjective("เพื่อส่งเสริมให้" + pick(r, SUBJECTS) + pick(r, ACTIONS))
        .addObjective("เพื่อพัฒนา" + pick(r, SUBJECTS) + "ให้มีคุณภาพตามมาตรฐานการศึกษาขั้นพื้นฐาน")
        .addQuantitativeTarget(pick(r, SUBJECTS) + " จำนวน " + (10 + r.nextInt(200)) + " คน")
        .addQualitativeTarget(pick(r, SUBJECTS) + pick(r, ACTIONS) + "อย่างมีคุณภาพ")
        .addSuccessIndicator("ร้อยละ " + (80 + r.nextInt(21)) + " ของ" + pick(r, SUBJECTS) + pick(r, ACTIONS))
        .budget(Baht.of(total))
        .quarterlyPlan(QuarterlyBudget.of(quarters[0], quarters[1], quarters[2], quarters[3]))
        .addAllActiveQuarters(active)
        .period("ตุลาคม 2564 – กันยายน 2565")
        .addResponsiblePerson(Person.of(pick(r, PEOPLE)))
        .group(pick(r, GROUPS))
        .budgetSource("งบดำเนินงาน")
        .addAlignment(AlignmentLink.matrix("national-strategy",
            r.nextInt(10) == 0 ? String.valueOf(1 + r.nextInt(6)) : nationalStrategy))
        .addAlignment(AlignmentLink.matrix("master-plan", String.valueOf(1 + r.nextInt(23))))
        .addAlignment(AlignmentLink.matrix("reform-plan", "12"))
        .addAlignment(AlignmentLink.matrix("obec-policy", String.valueOf(1 + r.nextInt(4))));
    return b.build();
  }

  /**
   * Generates results for a plan's first fiscal year: each numeric indicator's actual is its
   * target give or take ten percent, each ordinal one reaches its target level or the one below,
   * and one in twenty is not available.
   *
   * @param plan the plan, not null
   * @param seed the seed; the same seed and plan give the same results
   * @return the results, not null
   */
  public static ActualResults results(StrategicPlan plan, long seed) {
    SplittableRandom r = new SplittableRandom(seed ^ plan.office().name().hashCode());
    FiscalYear year = plan.period().first();
    ActualResults.Builder out = ActualResults.builder();
    for (Map.Entry<IndicatorKey, Indicator> e : IndicatorKey.keysOf(plan).entrySet()) {
      Target target = e.getValue().targets().get(year);
      if (target == null) {
        continue;
      }
      if (r.nextInt(20) == 0) {
        out.addResult(ActualResult.missing(e.getKey(), year, ResultStatus.NOT_AVAILABLE));
      } else if (target.value() instanceof IndicatorValue.Numeric n) {
        BigDecimal factor = BigDecimal.valueOf(90 + r.nextInt(21)).movePointLeft(2);
        out.addResult(ActualResult.of(e.getKey(), year,
            IndicatorValue.number(n.value().multiply(factor).setScale(2, RoundingMode.HALF_UP))));
      } else {
        out.addResult(ActualResult.of(e.getKey(), year, r.nextBoolean() ? target.value() : IndicatorValue.level("ดีมาก")));
      }
    }
    return out.build();
  }

  private static <T> T pick(SplittableRandom r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }
}
