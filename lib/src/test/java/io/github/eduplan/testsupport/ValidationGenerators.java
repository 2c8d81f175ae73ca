package io.github.eduplan.testsupport;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Comparison;
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
import io.github.eduplan.time.ThaiDigits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Plans for the validator's property tests: {@link #cleanPlans()} are built to satisfy every
 * standard rule, {@link #brokenPlans()} push every attribute to what the model still accepts and
 * real plans never should (amounts at {@link Baht#MAX} whose sums overflow it, 30-digit values,
 * numbers without digits, deep component trees, keys that name nothing).
 */
public final class ValidationGenerators {
  private ValidationGenerators() {}

  private static final List<String> WORDS = List.of(
      "ส่งเสริม", "พัฒนา", "คุณภาพ", "ผู้เรียน", "สถานศึกษา", "ครู", "ความปลอดภัย", "การอ่าน",
      "ดิจิทัล", "ศตวรรษที่ ๒๑", "ป.๖", "O-NET", "(PM 2.5)");

  private static final List<String> OFFICES = List.of("ตาก", "เชียงใหม่", "ตรัง", "ยโสธร");

  private static Gen<String> words(int min, int max) {
    return ModelGenerators.listOf(Generate.pick(WORDS), min, max).map(w -> String.join(" ", w));
  }

  private static String written(int n, boolean thai) {
    return thai ? ThaiDigits.toThai(Integer.toString(n)) : Integer.toString(n);
  }

  private static final String TAG_LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ";

  /**
   * A word of six times one letter, a different letter for each indicator of a plan: two clean
   * indicators whose other words happen to be alike still differ by more than a near-duplicate.
   */
  private static String tag(int n) {
    return String.valueOf(TAG_LETTERS.charAt(n % TAG_LETTERS.length())).repeat(6);
  }

  /** A plan with no defect any standard rule reports: numbering, years, values, money, names. */
  public static Gen<StrategicPlan> cleanPlans() {
    return in -> {
      String province = Generate.pick(OFFICES).generate(in);
      int district = integers().between(1, 3).generate(in);
      String shortName = "สพป." + province + " เขต " + district;
      boolean thai = integers().between(0, 1).generate(in) == 1;
      int first = integers().between(2560, 2570).generate(in);
      int years = integers().between(1, 5).generate(in);
      FiscalYearRange period = FiscalYearRange.of(first, first + years - 1);
      boolean restart = integers().between(0, 1).generate(in) == 1;
      StrategicPlan.Builder plan = StrategicPlan.builder()
          .office(Office.builder().name("สำนักงานเขตพื้นที่การศึกษาประถมศึกษา" + province + " เขต " + district)
              .shortName(shortName)
              .addMentions(NameMention.of("ปก", "สพป." + province + " เขต " + written(district, true)))
              .build())
          .kind(Generate.enumValues(PlanKind.class).generate(in))
          .title("แผนปฏิบัติการ " + shortName)
          .period(period)
          .approvalDate(period.first().startDate().minusDays(integers().between(0, 200).generate(in)));
      int missions = integers().between(0, 4).generate(in);
      for (int m = 1; m <= missions; m++) {
        plan.addMission(Mission.of(written(m, thai), "พันธกิจ " + m + " " + words(1, 4).generate(in)));
      }
      int strategyCount = integers().between(1, 4).generate(in);
      int indicatorNumber = 0;
      List<String> strategyNumbers = new ArrayList<>();
      for (int s = 1; s <= strategyCount; s++) {
        String number = written(s, thai);
        strategyNumbers.add(number);
        Strategy.Builder strategy = Strategy.builder().number(number)
            .title("กลยุทธ์ " + s + " " + words(1, 5).generate(in))
            .addGoals(Goal.builder().number("1").text("เป้าประสงค์ " + s + " " + words(1, 3).generate(in)).build())
            .addGuidelines(Guideline.builder().number("1").text("แนวทาง " + s)
                .addChildren(Guideline.builder().number("1.1").text("แนวทางย่อย " + s).build()).build());
        int indicators = integers().between(0, 4).generate(in);
        if (restart) {
          indicatorNumber = 0;
        }
        for (int i = 0; i < indicators; i++) {
          indicatorNumber++;
          strategy.addIndicators(cleanIndicator(written(indicatorNumber, thai),
              "ตัวชี้วัด " + s + "-" + indicatorNumber + " " + words(0, 5).generate(in) + " " + tag(s * 5 + i),
              period).generate(in));
        }
        plan.addStrategies(strategy.build());
      }
      int projects = integers().between(0, 6).generate(in);
      BigDecimal total = BigDecimal.ZERO;
      for (int p = 1; p <= projects; p++) {
        long[] q = new long[4];
        Project.Builder project = Project.builder().number(written(p, thai))
            .title("โครงการ " + p + " " + words(1, 4).generate(in))
            .strategy(strategyNumbers.get((p - 1) * strategyCount / projects))
            .addResponsiblePeople(Person.of("นางสาวสมบูรณ์ ลาภถาวร"));
        for (int i = 0; i < 4; i++) {
          q[i] = integers().between(0, 2).generate(in) == 0 ? 0 : integers().between(1, 500_000).generate(in);
          if (q[i] > 0) {
            project.addActiveQuarters(Quarter.of(i + 1));
          }
        }
        Baht budget = Baht.of(q[0] + q[1] + q[2] + q[3]);
        total = total.add(budget.amount());
        plan.addProjects(project.budget(budget).quarterlyPlan(QuarterlyBudget.of(q[0], q[1], q[2], q[3])).build());
      }
      if (projects > 0) {
        plan.addStatedTotals(StatedTotal.builder().scope(TotalScope.PLAN).amount(Baht.of(total))
            .projectCount(projects).build());
      }
      return plan.build();
    };
  }

  /** An indicator whose targets keep its direction, unit, scale, baseline and period. */
  private static Gen<Indicator> cleanIndicator(String code, String text, FiscalYearRange period) {
    return in -> {
      Indicator.Builder b = Indicator.builder().code(code).text(text).goal("1")
          .guideline(integers().between(0, 1).generate(in) == 0 ? "1" : "1.1");
      int kind = integers().between(0, 3).generate(in);
      int baselineYear = period.first().buddhistEraYear() - 1;
      if (kind == 0) {
        int start = integers().between(0, 100).generate(in);
        b.unit(Unit.PERCENT).measureKind(MeasureKind.PERCENTAGE).direction(Direction.INCREASE)
            .addBaselines(Baseline.of(baselineYear, IndicatorValue.number(integers().between(0, start).generate(in))));
        int value = start;
        for (FiscalYear y : period) {
          b.putTarget(y, Target.of(value));
          value = Math.min(100, value + integers().between(0, 5).generate(in));
        }
      } else if (kind == 1) {
        int start = integers().between(0, 50).generate(in);
        b.unit(Unit.PERSON).measureKind(MeasureKind.QUANTITY).direction(Direction.DECREASE)
            .addBaselines(Baseline.of(baselineYear, IndicatorValue.number(start + integers().between(0, 9).generate(in))));
        int value = start;
        for (FiscalYear y : period) {
          b.putTarget(y, Target.of(value));
          value = Math.max(0, value - integers().between(0, 5).generate(in));
        }
      } else if (kind == 2) {
        OrdinalScale scale = integers().between(0, 1).generate(in) == 0 ? OrdinalScale.QUALITY : OrdinalScale.LEVELS_1_TO_5;
        int rank = integers().between(0, scale.levels().size() - 1).generate(in);
        b.unit(Unit.LEVEL).measureKind(MeasureKind.ORDINAL).direction(Direction.INCREASE).scale(scale);
        for (FiscalYear y : period) {
          b.putTarget(y, Target.of(IndicatorValue.level("ระดับ" + scale.levels().get(rank))));
          rank = Math.min(scale.levels().size() - 1, rank + integers().between(0, 1).generate(in));
        }
      } else {
        b.measureKind(MeasureKind.YES_NO).direction(Direction.MAINTAIN);
        for (FiscalYear y : period) {
          b.putTarget(y, Target.of(IndicatorValue.yesNo(true)));
        }
      }
      return b.build();
    };
  }

  /** Any plan the model accepts, pushed to its limits. */
  public static Gen<StrategicPlan> brokenPlans() {
    return ModelGenerators.plans().zip(integers().between(0, 7), extremes(), (plan, how, extreme) -> {
      StrategicPlan.Builder b = StrategicPlan.builder().from(plan);
      switch (how) {
        case 0:
          return b.projects(extreme.projects()).statedTotals(extreme.statedTotals()).build();
        case 1:
          return b.strategies(extreme.strategies()).build();
        case 2:
          return b.office(extreme.office()).build();
        case 3:
          return extreme;
        default:
          return plan;
      }
    });
  }

  private static final List<String> ODD_NUMBERS = List.of("", " ", "....", "ก.", "(", "๙๙๙๙๙๙๙๙๙๙๙๙",
      "1.2.3.4", "S1-", "-1", "0", "2147483648", "1e5", "๑.", "1 1");

  private static Gen<StrategicPlan> extremes() {
    return in -> {
      Gen<String> odd = Generate.pick(ODD_NUMBERS);
      StrategicPlan.Builder b = StrategicPlan.builder()
          .office(Office.builder().name("สพป.").shortName("สำนักงานเขตพื้นที่การศึกษาประถมศึกษา เขต")
              .addMentions(NameMention.of("", ""), NameMention.of("ปก", "สพม.ตราดเขต๙๙๙"))
              .build())
          .kind(PlanKind.OTHER)
          .period(integers().between(0, 3).generate(in) == 0
              ? FiscalYearRange.of(FiscalYear.of(FiscalYear.MAX_YEAR), FiscalYear.of(FiscalYear.MIN_YEAR))
              : FiscalYearRange.of(2570, 2563))
          .approvalDate(LocalDate.of(1, 1, 1))
          .title("สพป.ตราด เขต 2 สพม.ตรัง เขต ๐ สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา");
      int missions = integers().between(0, 3).generate(in);
      for (int m = 0; m < missions; m++) {
        b.addMissions(Mission.builder().number(odd.generate(in)).text("").build());
      }
      Indicator deep = Indicator.builder().text("").measureKind(MeasureKind.PERCENTAGE)
          .direction(Direction.INCREASE).build();
      int depth = integers().between(1, 60).generate(in);
      for (int d = 0; d < depth; d++) {
        deep = Indicator.builder().code(odd.generate(in)).text("ไม่ต่ำกว่าร้อยละ ๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙๙")
            .measureKind(Generate.enumValues(MeasureKind.class).generate(in))
            .direction(Generate.enumValues(Direction.class).generate(in))
            .scale(OrdinalScale.QUALITY)
            .addBaselines(Baseline.of(2999, IndicatorValue.number(new BigDecimal("9".repeat(30)))))
            .putTarget(FiscalYear.of(FiscalYear.MIN_YEAR), Target.of(new BigDecimal("-" + "9".repeat(30))))
            .putTarget(FiscalYear.of(FiscalYear.MAX_YEAR), Target.between(BigDecimal.ZERO, new BigDecimal("9".repeat(30))))
            .targetInText(Target.builder().value(IndicatorValue.level("ไม่มีในมาตรวัด")).comparison(Comparison.AT_MOST).build())
            .goal(odd.generate(in)).guideline(odd.generate(in))
            .addComponents(deep)
            .build();
      }
      Guideline tree = Guideline.builder().text("").build();
      for (int d = 0; d < depth; d++) {
        tree = Guideline.builder().number(odd.generate(in)).text("").addChildren(tree, tree).build();
        if (d > 5) {
          break;
        }
      }
      int strategies = integers().between(0, 3).generate(in);
      for (int s = 0; s < strategies; s++) {
        b.addStrategies(Strategy.builder().number(odd.generate(in)).title("")
            .addGoals(Goal.builder().text("").build())
            .addGuidelines(tree).addIndicators(deep, deep).build());
      }
      Baht max = Baht.of(Baht.MAX);
      int projects = integers().between(0, 5).generate(in);
      for (int p = 0; p < projects; p++) {
        b.addProjects(Project.builder().number(odd.generate(in)).title("").strategy(odd.generate(in))
            .program("").group("")
            .budget(max).quarterlyPlan(QuarterlyBudget.of(max, max, max, max))
            .addActiveQuarters(Quarter.Q2)
            .addAlignment(AlignmentLink.matrix("obec-policy", odd.generate(in)))
            .addResponsiblePeople(Person.of(" x ")).build());
      }
      for (TotalScope scope : TotalScope.values()) {
        StatedTotal.Builder t = StatedTotal.builder().scope(scope).amount(max).projectCount(Integer.MAX_VALUE);
        if (scope != TotalScope.PLAN) {
          t.key(scope == TotalScope.ALIGNMENT_ITEM ? ":" + odd.generate(in) : odd.generate(in));
        }
        b.addStatedTotals(t.build());
      }
      return b.build();
    };
  }

  // ------------------------------------------------------------------ one injected defect

  /** A clean plan and a defect injected into it: the plan, the code it must raise and the path. */
  public record Injected(StrategicPlan plan, String code, String path) {}

  private static final String LONG_SUFFIX = " ของสถานศึกษาในสังกัดที่จัดกิจกรรมส่งเสริมคุณธรรมจริยธรรมและค่านิยมที่ดีงามตามแนวทางของสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐานอย่างต่อเนื่อง";

  /** The top indicators of a plan as (strategy, index) pairs, in order. */
  private static List<int[]> topIndicators(StrategicPlan plan) {
    List<int[]> out = new ArrayList<>();
    for (int s = 0; s < plan.strategies().size(); s++) {
      for (int i = 0; i < plan.strategies().get(s).indicators().size(); i++) {
        out.add(new int[] {s, i});
      }
    }
    return out;
  }

  private static StrategicPlan withIndicator(StrategicPlan plan, int[] at, Indicator indicator) {
    List<Strategy> strategies = new ArrayList<>(plan.strategies());
    Strategy strategy = strategies.get(at[0]);
    List<Indicator> indicators = new ArrayList<>(strategy.indicators());
    indicators.set(at[1], indicator);
    strategies.set(at[0], Strategy.builder().from(strategy).indicators(indicators).build());
    return StrategicPlan.builder().from(plan).strategies(strategies).build();
  }

  private static String path(int[] at) {
    return "$.strategies[" + at[0] + "].indicators[" + at[1] + "]";
  }

  /** Clean plans with at least two indicators. */
  private static Gen<StrategicPlan> cleanPlansWithIndicators(int least) {
    return cleanPlans().assuming(p -> topIndicators(p).size() >= least);
  }

  /**
   * A clean plan where two indicators say almost the same: a long shared ending, one letter
   * changed in the later one's (INDICATOR_NEAR_DUPLICATE at the later one's text).
   */
  public static Gen<Injected> nearDuplicateIndicators() {
    return cleanPlansWithIndicators(2).mutate((plan, in) -> {
      List<int[]> all = topIndicators(plan);
      int a = integers().between(0, all.size() - 2).generate(in);
      int b = integers().between(a + 1, all.size() - 1).generate(in);
      Indicator first = plan.strategies().get(all.get(a)[0]).indicators().get(all.get(a)[1]);
      Indicator second = plan.strategies().get(all.get(b)[0]).indicators().get(all.get(b)[1]);
      String text = first.text() + LONG_SUFFIX;
      StrategicPlan p = withIndicator(plan, all.get(a), Indicator.builder().from(first).text(text).build());
      String drifted = text.replace("ดีงาม", "พึงงาม");   // the drift the เชียงใหม่ plan has
      p = withIndicator(p, all.get(b), Indicator.builder().from(second).text(drifted).build());
      return new Injected(p, "INDICATOR_NEAR_DUPLICATE", path(all.get(b)) + ".text");
    });
  }

  /**
   * A clean plan where one indicator's unit says a level over numeric targets, or a count over a
   * rate (UNIT_TARGET_MISMATCH at its unit).
   */
  public static Gen<Injected> unitTargetMismatches() {
    return cleanPlansWithIndicators(1).mutate((plan, in) -> {
      List<int[]> all = topIndicators(plan);
      int[] at = all.get(integers().between(0, all.size() - 1).generate(in));
      Indicator old = plan.strategies().get(at[0]).indicators().get(at[1]);
      boolean level = integers().between(0, 1).generate(in) == 0;
      Indicator.Builder b = Indicator.builder().code(old.code()).text(old.text()).goal(old.goal())
          .guideline(old.guideline()).measureKind(MeasureKind.QUANTITY).direction(Direction.MAINTAIN)
          .unit(level ? Unit.of("ระดับคุณภาพ") : Unit.PERSON);
      for (FiscalYear y : plan.period()) {
        b.putTarget(y, level ? Target.of(90)
            : Target.builder().value(IndicatorValue.number(3)).asWritten("๓ วันต่อ สัปดาห์").build());
      }
      return new Injected(withIndicator(plan, at, b.build()), "UNIT_TARGET_MISMATCH", path(at) + ".unit");
    });
  }

  /** A clean plan where one indicator is a statement with a yes/no target (INDICATOR_NOT_MEASURABLE at its text). */
  public static Gen<Injected> unmeasurableIndicators() {
    return cleanPlansWithIndicators(1).mutate((plan, in) -> {
      List<int[]> all = topIndicators(plan);
      int[] at = all.get(integers().between(0, all.size() - 1).generate(in));
      Indicator old = plan.strategies().get(at[0]).indicators().get(at[1]);
      Indicator.Builder b = Indicator.builder().code(old.code()).goal(old.goal()).guideline(old.guideline())
          .text(plan.office().name() + " มีแพลตฟอร์มดิจิทัลเพื่อสนับสนุนภารกิจด้านบริหารจัดการศึกษา")
          .measureKind(MeasureKind.YES_NO).direction(Direction.MAINTAIN);
      for (FiscalYear y : plan.period()) {
        b.putTarget(y, Target.of(IndicatorValue.yesNo(true)));
      }
      return new Injected(withIndicator(plan, at, b.build()), "INDICATOR_NOT_MEASURABLE", path(at) + ".text");
    });
  }

  /**
   * A clean plan where one indicator's code has the prefix of another guideline than the one it
   * names: the strategy gets a guideline 2 and the indicator names it, its code staying "1.n" like
   * the rest of its strategy's (INDICATOR_CODE_PREFIX at its code).
   */
  public static Gen<Injected> codePrefixMismatches() {
    return cleanPlansWithIndicators(1).mutate((plan, in) -> {
      List<int[]> all = topIndicators(plan);
      int[] at = all.get(integers().between(0, all.size() - 1).generate(in));
      List<Strategy> strategies = new ArrayList<>();
      for (int s = 0; s < plan.strategies().size(); s++) {
        // Every code gets the prefix "1.", so the series and their numbering stay as they were.
        Strategy strategy = plan.strategies().get(s);
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < strategy.indicators().size(); i++) {
          Indicator old = strategy.indicators().get(i);
          Indicator.Builder b = Indicator.builder().from(old).code("1." + old.code().get());
          indicators.add((s == at[0] && i == at[1] ? b.guideline("2") : b.guideline("1")).build());
        }
        Strategy.Builder changed = Strategy.builder().from(strategy).indicators(indicators);
        if (s == at[0]) {
          changed.addGuidelines(Guideline.builder().number("2").text("แนวทาง 2").build());
        }
        strategies.add(changed.build());
      }
      return new Injected(StrategicPlan.builder().from(plan).strategies(strategies).build(),
          "INDICATOR_CODE_PREFIX", path(at) + ".code");
    });
  }

  /**
   * A clean plan with one more mention of its office, misspelt a few letters off and naming no
   * real province (OFFICE_NAME_MISSPELT), or naming another real province (OFFICE_NAME_INCONSISTENT).
   */
  public static Gen<Injected> officeMisnamings() {
    return cleanPlans().mutate((plan, in) -> {
      boolean misspelt = integers().between(0, 1).generate(in) == 0;
      String name = plan.office().name();
      String written = misspelt ? name.replace("ศึกษาประถมศึกษา", "ศึกษาประถมศึกษาชัย")
          : name.replaceFirst("ประถมศึกษา[^ ]+ เขต", "ประถมศึกษาปทุมธานี เขต");
      Office office = Office.builder().from(plan.office()).addMentions(NameMention.of("หน้า ๒", written)).build();
      return new Injected(StrategicPlan.builder().from(plan).office(office).build(),
          misspelt ? "OFFICE_NAME_MISSPELT" : "OFFICE_NAME_INCONSISTENT",
          "$.office.mentions[" + (office.mentions().size() - 1) + "]");
    });
  }

  /**
   * A clean plan where one indicator is a composite with no target of its own nor its parts', the
   * targets two levels down, or nowhere: INDICATOR_NO_TARGET at its targets only in the last case
   * (the path is empty when no finding is due).
   */
  public static Gen<Injected> compositeIndicators() {
    return cleanPlansWithIndicators(1).mutate((plan, in) -> {
      List<int[]> all = topIndicators(plan);
      int[] at = all.get(integers().between(0, all.size() - 1).generate(in));
      Indicator old = plan.strategies().get(at[0]).indicators().get(at[1]);
      boolean none = integers().between(0, 1).generate(in) == 0;
      int depth = integers().between(2, 6).generate(in);
      Indicator leaf = none
          ? Indicator.builder().text("ชั้น ป.๖").measureKind(MeasureKind.PERCENTAGE).direction(Direction.INCREASE).build()
          : Indicator.builder().from(old).text("ชั้น ป.๖ " + old.text()).code(java.util.Optional.empty()).build();
      Indicator part = leaf;
      for (int d = 1; d < depth; d++) {
        part = Indicator.builder().text("กลุ่มสาระ " + d).measureKind(old.measureKind())
            .direction(old.direction()).addComponents(part).build();
      }
      Indicator composite = Indicator.builder().code(old.code()).text(old.text()).goal(old.goal())
          .guideline(old.guideline()).measureKind(old.measureKind()).direction(old.direction())
          .addComponents(part).build();
      return new Injected(withIndicator(plan, at, composite), "INDICATOR_NO_TARGET", none ? path(at) + ".targets" : "");
    });
  }
}
