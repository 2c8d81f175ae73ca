package io.github.eduplan.testsupport;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.eduplan.achievement.ActualResult;
import io.github.eduplan.achievement.ActualResults;
import io.github.eduplan.achievement.DisbursementTargets;
import io.github.eduplan.achievement.IndicatorKey;
import io.github.eduplan.achievement.ProjectSpending;
import io.github.eduplan.achievement.ResultStatus;
import io.github.eduplan.achievement.Spending;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Comparison;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.Target;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the achievement calculators: actual results that fit a plan's
 * indicators (and, on purpose, results that do not: other kinds, N/A, not yet due, counts over a
 * zero denominator, keys of no indicator), spending of a plan's projects, and indicators whose
 * direction is known so that monotonicity can be checked. Plans come from {@link ModelGenerators}.
 */
public final class AchievementGenerators {
  private AchievementGenerators() {}

  /** A plan, a fiscal year its indicators have targets for, that year's results and spending. */
  public static final class Scenario {
    /** The plan, with the defects {@link ModelGenerators#plans()} gives it. */
    public final StrategicPlan plan;
    /** A year most indicators have a target for, when any has one. */
    public final FiscalYear year;
    /** Results for the year, its quarters and the previous year. */
    public final ActualResults results;
    /** Spending of the plan's projects (and of a project the plan does not have). */
    public final Spending spending;
    /** Cumulative disbursement targets, sometimes for only some quarters. */
    public final DisbursementTargets targets;

    Scenario(StrategicPlan plan, FiscalYear year, ActualResults results, Spending spending,
        DisbursementTargets targets) {
      this.plan = plan;
      this.year = year;
      this.results = results;
      this.spending = spending;
      this.targets = targets;
    }

    @Override
    public String toString() {
      return "Scenario[year=" + year + ", plan=" + plan + ", results=" + results + ", spending=" + spending + "]";
    }
  }

  /** Any plan with results and spending for one of its target years. */
  public static Gen<Scenario> scenarios() {
    return in -> {
      StrategicPlan generated = ModelGenerators.plans().generate(in);
      FiscalYear year = ModelGenerators.fiscalYears().generate(in);
      // Each generated indicator starts its targets in a year of its own; most are moved so that
      // they have a target in the scenario's year, or almost nothing would be assessable.
      StrategicPlan.Builder moved = StrategicPlan.builder().from(generated).strategies(List.of());
      for (Strategy strategy : generated.strategies()) {
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : strategy.indicators()) {
          indicators.add(i.targets().isEmpty() || integers().between(0, 4).generate(in) == 0 ? i
              : shifted(i, year.buddhistEraYear() - i.targets().firstKey().buddhistEraYear()
                  - integers().between(0, i.targets().size() - 1).generate(in)));
        }
        moved.addStrategy(Strategy.builder().from(strategy).indicators(indicators).build());
      }
      StrategicPlan plan = moved.build();
      ActualResults.Builder results = ActualResults.builder();
      for (Map.Entry<IndicatorKey, Indicator> e : IndicatorKey.keysOf(plan).entrySet()) {
        IndicatorKey key = e.getKey();
        Indicator indicator = e.getValue();
        int shape = integers().between(0, 5).generate(in);
        if (shape == 0) {
          continue;
        }
        results.addResult(resultFor(key, indicator, year, null).generate(in));
        if (shape >= 3) {
          for (Quarter q : Quarter.values()) {
            if (integers().between(0, 2).generate(in) > 0) {
              results.addResult(resultFor(key, indicator, year, q).generate(in));
            }
          }
        }
        if (shape >= 4 && year.buddhistEraYear() > FiscalYear.MIN_YEAR) {
          results.addResult(resultFor(key, indicator, year.previous(), null).generate(in));
        }
      }
      if (integers().between(0, 3).generate(in) == 0) {
        results.addResult(ActualResult.of(IndicatorKey.of("99", "9.9"), year, IndicatorValue.number(1)));
      }
      return new Scenario(plan, year, results.build(), spending(plan, year).generate(in),
          disbursementTargets().generate(in));
    };
  }

  private static Indicator shifted(Indicator indicator, int years) {
    Map<FiscalYear, Target> targets = new java.util.TreeMap<>();
    indicator.targets().forEach((y, t) -> targets.put(y.plusYears(years), t));
    List<Baseline> baselines = new ArrayList<>();
    for (Baseline b : indicator.baselines()) {
      baselines.add(Baseline.builder().from(b).year(b.year() + years).build());
    }
    return Indicator.builder().from(indicator).targets(targets).baselines(baselines).build();
  }

  /**
   * A result for an indicator: mostly a value of the kind its target has, near the target, and now
   * and then anything else the model allows.
   */
  public static Gen<ActualResult> resultFor(IndicatorKey key, Indicator indicator, FiscalYear year, Quarter quarter) {
    return in -> {
      ActualResult.Builder b = ActualResult.builder().indicator(key).year(year);
      if (quarter != null) {
        b.quarter(quarter);
      }
      int form = integers().between(0, 9).generate(in);
      if (form == 0) {
        return b.status(Generate.pick(List.of(ResultStatus.NOT_YET_DUE, ResultStatus.NOT_AVAILABLE,
            ResultStatus.NOT_APPLICABLE)).generate(in)).build();
      }
      b.status(ResultStatus.REPORTED);
      if (form == 1) {
        int denominator = integers().between(0, 4).generate(in) == 0 ? 0 : integers().between(1, 400).generate(in);
        return b.numerator(BigDecimal.valueOf(integers().between(0, Math.max(denominator, 0)).generate(in)))
            .denominator(BigDecimal.valueOf(denominator)).build();
      }
      if (form == 2) {
        return b.value(ModelGenerators.indicatorValues().generate(in)).build();
      }
      IndicatorValue target = indicator.targetFor(year).map(Target::value).orElse(IndicatorValue.number(50));
      if (target instanceof IndicatorValue.Numeric) {
        BigDecimal t = ((IndicatorValue.Numeric) target).value();
        return b.value(IndicatorValue.number(t.add(BigDecimal.valueOf(integers().between(-3000, 3000).generate(in), 2))))
            .build();
      }
      if (target instanceof IndicatorValue.Level) {
        OrdinalScale scale = indicator.scale().orElse(OrdinalScale.QUALITY);
        return b.value(IndicatorValue.level(Generate.pick(scale.levels()).generate(in))).build();
      }
      if (target instanceof IndicatorValue.YesNo) {
        return b.value(IndicatorValue.yesNo(integers().between(0, 1).generate(in) == 1)).build();
      }
      return b.value(ModelGenerators.indicatorValues().generate(in)).build();
    };
  }

  /** Spending of some of a plan's projects, and of a project number the plan does not have. */
  public static Gen<Spending> spending(StrategicPlan plan, FiscalYear year) {
    return in -> {
      Spending.Builder b = Spending.builder().year(year);
      Set<String> seen = new HashSet<>();
      List<String> numbers = new ArrayList<>();
      for (Project p : plan.projects()) {
        numbers.add(p.number());
      }
      numbers.add("999");
      for (String number : numbers) {
        String normal = io.github.eduplan.model.ElementNumber.key(number);
        if (!seen.add(normal) || integers().between(0, 4).generate(in) == 0) {
          continue;
        }
        ProjectSpending.Builder s = ProjectSpending.builder().project(number).year(year);
        for (Quarter q : Quarter.values()) {
          if (integers().between(0, 3).generate(in) > 0) {
            s.putSpent(q, ModelGenerators.baht().generate(in));
          }
        }
        b.addProject(s.build());
      }
      return b.build();
    };
  }

  /** Cumulative targets: never falling, 0 to 100, for some or all quarters. */
  public static Gen<DisbursementTargets> disbursementTargets() {
    return in -> {
      DisbursementTargets.Builder b = DisbursementTargets.builder();
      int level = 0;
      for (Quarter q : Quarter.values()) {
        level = Math.min(100, level + integers().between(0, 40).generate(in));
        if (integers().between(0, 4).generate(in) > 0) {
          b.putCumulativePercent(q, BigDecimal.valueOf(level));
        }
      }
      return b.build();
    };
  }

  /**
   * A numeric indicator of a direction, increase or decrease, whose FY target has no written
   * comparison or the one the direction implies; sometimes with a numeric baseline (equal to the
   * target now and then).
   */
  public static Gen<Indicator> numericIndicators(Direction direction) {
    return in -> {
      BigDecimal target = BigDecimal.valueOf(integers().between(-200, 10_000).generate(in), 1);
      Target.Builder t = Target.builder().value(IndicatorValue.number(target));
      if (integers().between(0, 1).generate(in) == 1) {
        t.comparison(Comparison.impliedBy(direction));
      }
      Indicator.Builder b = Indicator.builder().text("ตัวชี้วัด").measureKind(MeasureKind.PERCENTAGE)
          .direction(direction).putTarget(FiscalYear.of(2565), t.build());
      int baseline = integers().between(0, 3).generate(in);
      if (baseline == 1) {
        b.addBaseline(Baseline.of(2564, IndicatorValue.number(target)));
      } else if (baseline >= 2) {
        b.addBaseline(Baseline.of(2563, IndicatorValue.number(BigDecimal.valueOf(
            integers().between(-200, 10_000).generate(in), 1))));
      }
      return b.build();
    };
  }

  /** An actual value near the range targets are drawn from. */
  public static Gen<BigDecimal> actuals() {
    return integers().between(-30_000, 1_200_000).map(n -> BigDecimal.valueOf(n, 2));
  }

  /** Counts of one unit: a numerator up to its denominator, the denominator 0 now and then. */
  public static Gen<long[]> counts() {
    return integers().between(0, 5_000).zip(integers().between(0, 100), (d, share) ->
        new long[] {d * (long) share / 100, d});
  }

  /** Weights of 0 to 5, some with decimals. */
  public static Gen<BigDecimal> weights() {
    return integers().between(0, 500).map(n -> BigDecimal.valueOf(n, 2));
  }

  // ---------------------------------------------------------------------------------------------

  /** The fiscal year of {@link #large}. */
  public static final FiscalYear LARGE_YEAR = FiscalYear.of(2565);

  private static final List<String> GROUPS = List.of("กลุ่มนโยบายและแผน", "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา",
      "กลุ่มส่งเสริมการจัดการศึกษา", "กลุ่มบริหารงานบุคคล", "กลุ่มบริหารงานการเงินและสินทรัพย์", "กลุ่มอำนวยการ",
      "หน่วยตรวจสอบภายใน", "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร");

  /**
   * A number written as plans write it, in one of four forms that {@link io.github.eduplan.model.ElementNumber#key}
   * makes equal: {@code 12}, {@code 12.}, {@code (12)} or {@code ๑๒}.
   */
  public static String written(int number, int form) {
    String arabic = Integer.toString(number);
    return switch (form & 3) {
      case 0 -> arabic;
      case 1 -> arabic + ".";
      case 2 -> "(" + arabic + ")";
      default -> io.github.eduplan.time.ThaiDigits.toThai(arabic);
    };
  }

  /**
   * A large FY 2565 action plan of about {@code elements} elements, half indicators and half
   * projects, with its results and spending, built deterministically from a seed: the shape of the
   * largest real plans, scaled up, for hang guards and growth benchmarks. Strategies hold 100
   * indicators each and number their goals 1 to 5 anew; project numbers are written in the four
   * forms of {@link #written}, the spending names each project in another form, one project in a
   * hundred repeats an earlier number, and one in ten spent nothing. Results give the year, quarter
   * 2 and the previous year, some as counts, some not yet due, plus results of no indicator.
   *
   * @param elements the number of indicators plus projects, 4 or more
   * @param seed the seed
   * @return the scenario, not null
   */
  public static Scenario large(int elements, long seed) {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    int indicators = Math.max(2, elements / 2);
    int projects = Math.max(2, elements - indicators);
    int strategies = Math.max(1, (indicators + 99) / 100);
    StrategicPlan.Builder plan = StrategicPlan.builder()
        .office(io.github.eduplan.model.Office.of("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2"))
        .kind(io.github.eduplan.model.PlanKind.ACTION_PLAN)
        .period(io.github.eduplan.time.FiscalYearRange.single(LARGE_YEAR));
    ActualResults.Builder results = ActualResults.builder();
    int made = 0;
    for (int s = 1; s <= strategies; s++) {
      Strategy.Builder strategy = Strategy.builder().number(written(s, s)).title("กลยุทธ์ที่ " + s);
      for (int i = 1; i <= 100 && made < indicators; i++, made++) {
        String code = s + "." + i;
        Indicator.Builder ind = Indicator.builder().code(code)
            .text("ร้อยละของสถานศึกษาที่ดำเนินการตามตัวชี้วัดที่ " + code)
            .measureKind(MeasureKind.PERCENTAGE).goal(written(1 + i % 5, i))
            .addBaseline(Baseline.of(2563, IndicatorValue.number(50 + r.nextInt(20))));
        boolean decrease = i % 7 == 0;
        ind.direction(decrease ? Direction.DECREASE : Direction.INCREASE)
            .putTarget(LARGE_YEAR, Target.of(decrease ? 5 + r.nextInt(10) : 70 + r.nextInt(30)))
            .putTarget(LARGE_YEAR.previous(), Target.of(decrease ? 10 : 60));
        strategy.addIndicator(ind.build());
        IndicatorKey key = IndicatorKey.of(Integer.toString(s), code);
        switch (i % 10) {
          case 0 -> results.addResults(ActualResult.missing(key, LARGE_YEAR, ResultStatus.NOT_YET_DUE));
          case 1, 2, 3 -> {
            long d = 50 + r.nextInt(200);
            results.addResults(ActualResult.ofCounts(key, LARGE_YEAR, r.nextLong(d + 1), d));
          }
          default -> results.addResults(ActualResult.of(key, LARGE_YEAR, IndicatorValue.number(r.nextInt(101))));
        }
        results.addResults(ActualResult.builder().indicator(key).year(LARGE_YEAR).quarter(Quarter.Q2)
            .status(ResultStatus.REPORTED).value(IndicatorValue.number(r.nextInt(101))).build());
        if (i % 3 == 0) {
          results.addResults(ActualResult.of(key, LARGE_YEAR.previous(), IndicatorValue.number(r.nextInt(101))));
        }
      }
      plan.addStrategies(strategy.build());
    }
    for (int u = 1; u <= Math.max(1, indicators / 100); u++) {
      results.addResults(ActualResult.of(IndicatorKey.of("99" + u, "9.9"), LARGE_YEAR, IndicatorValue.number(1)));
    }
    Spending.Builder spending = Spending.builder().year(LARGE_YEAR);
    Set<String> spent = new HashSet<>();
    for (int p = 1; p <= projects; p++) {
      int number = p % 100 == 0 ? p - 1 : p;
      long[] q = new long[4];
      for (int k = 0; k < 4; k++) {
        q[k] = 1_000L * r.nextInt(150);
      }
      io.github.eduplan.model.QuarterlyBudget quarters = io.github.eduplan.model.QuarterlyBudget.of(q[0], q[1], q[2], q[3]);
      String group = GROUPS.get(r.nextInt(GROUPS.size()));
      plan.addProjects(Project.builder().number(written(number, p)).title("โครงการที่ " + p)
          .strategy(written(1 + r.nextInt(strategies), p + 1)).group(p % 2 == 0 ? group : " " + group + " ")
          .budget(quarters.total()).quarterlyPlan(quarters).build());
      if (p % 10 != 0 && spent.add(Integer.toString(number))) {
        spending.addProjects(ProjectSpending.of(written(number, p + 2), LARGE_YEAR,
            q[0] * r.nextInt(2), q[1] / 2, 0, 0));
      }
    }
    return new Scenario(plan.build(), LARGE_YEAR, results.build(), spending.build(),
        DisbursementTargets.of("ตัวอย่าง", 30, 52, 75, 100));
  }

  /**
   * The results of {@code units} schools for a scenario's plan, pooled by {@code poolAll}: each
   * school reports counts for most indicators, a value without counts for some, nothing for others.
   *
   * @param scenario the scenario, not null
   * @param units the number of schools, 1 or more
   * @param seed the seed
   * @return one result set per school, not null
   */
  public static List<ActualResults> schools(Scenario scenario, int units, long seed) {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    List<ActualResults> out = new ArrayList<>(units);
    List<IndicatorKey> keys = new ArrayList<>(IndicatorKey.keysOf(scenario.plan).keySet());
    for (int u = 0; u < units; u++) {
      ActualResults.Builder b = ActualResults.builder().unit("โรงเรียนที่ " + (u + 1));
      for (int k = u % 3; k < keys.size(); k += 1 + u % 3) {
        long d = 1 + r.nextInt(60);
        b.addResults(k % 11 == 0
            ? ActualResult.of(keys.get(k), scenario.year, IndicatorValue.number(r.nextInt(101)))
            : ActualResult.ofCounts(keys.get(k), scenario.year, r.nextLong(d + 1), d));
      }
      out.add(b.build());
    }
    return out;
  }
}
