package io.github.eduplan.examples;

import io.github.eduplan.achievement.AchievementCalculator;
import io.github.eduplan.achievement.ActualResult;
import io.github.eduplan.achievement.ActualResults;
import io.github.eduplan.achievement.BudgetExecution;
import io.github.eduplan.achievement.BudgetVersusResults;
import io.github.eduplan.achievement.DisbursementTargets;
import io.github.eduplan.achievement.IndicatorAchievement;
import io.github.eduplan.achievement.PlanAchievement;
import io.github.eduplan.achievement.PooledPercentage;
import io.github.eduplan.achievement.QuarterExecution;
import io.github.eduplan.achievement.RollUp;
import io.github.eduplan.achievement.Rubric;
import io.github.eduplan.achievement.Spending;
import io.github.eduplan.achievement.StatusBands;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Comparison;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Target;
import io.github.eduplan.results.ResultsChecks;
import io.github.eduplan.results.ResultsDocument;
import io.github.eduplan.time.Quarter;
import io.github.eduplan.validation.Finding;
import io.github.eduplan.validation.ValidationReport;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An achievement report (รายงานผลสัมฤทธิ์) on two bundled real plans with <b>invented sample
 * results</b> read from results documents ({@link SampleResults}, {@link BundledResults}; not real
 * results of either office, as their notes say), checked against their plans first, showing the
 * working the calculators carry:
 *
 * <ul>
 *   <li>สพป.เชียงใหม่ เขต ๒, FY 2565 of its 2563–2565 plan: per indicator the target, the actual
 *       result, the outcome, the percent of target, the status band and the rubric level, including
 *       the dropout rate (a decrease-indicator with target 0), an N/A and a not-yet-due result, a
 *       percentage pooled from the counts of three schools and a level result (ระดับ ๔ against
 *       ระดับ ๕); then the roll-ups per strategy and for the plan;
 *   <li>สพป.ตาก เขต 2, FY 2565: the roll-ups of all 21 indicators, budget execution by quarter
 *       through ไตรมาส 3 against the example disbursement targets the document gives (not a cabinet
 *       resolution), and budget versus results per strategy.
 * </ul>
 */
public final class AchievementReport {
  private AchievementReport() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(BundledPlans.load(SampleResults.CHIANGMAI_2_2563_2565), BundledPlans.load(BundledPlans.TAK_2_2565),
        BundledPlans.console());
  }

  static void run(StrategicPlan chiangMai, StrategicPlan tak, PrintStream out) {
    AchievementCalculator calc = AchievementCalculator.of();
    ResultsDocument office = SampleResults.chiangMaiOffice();
    List<ResultsDocument> schools = SampleResults.chiangMaiSchoolDocuments();
    ResultsDocument takResults = SampleResults.tak();
    out.println("รายงานผลสัมฤทธิ์ตามตัวชี้วัด (achievement report)");
    out.println("ผลการดำเนินงานอ่านจากเอกสารรายงานผล (results read from results documents):");
    printNotes(office, out);
    printChecks(chiangMai, office, out);
    for (ResultsDocument school : schools) {
      printChecks(chiangMai, school, out);
    }
    printChecks(tak, takResults, out);
    out.println();

    out.println("== " + chiangMai.office().name() + " · ปีงบประมาณ " + SampleResults.FY2565 + " ==");
    printPooling(calc, SampleResults.chiangMaiSchools(), out);
    PlanAchievement cm = calc.assess(chiangMai, SampleResults.FY2565, SampleResults.chiangMai2565(chiangMai, calc));
    out.println();
    out.println("ตัวชี้วัดที่มีผลตัวอย่าง (indicators with a sample result)");
    int withoutResult = 0;
    for (IndicatorAchievement a : cm.indicators()) {
      if (a.actual().isPresent()) {
        printIndicator(a, out);
      } else {
        withoutResult++;
      }
    }
    out.println("อีก " + withoutResult + " ตัวชี้วัดไม่มีผลในตัวอย่างนี้ (no sample result: not assessable,"
        + " left out of the roll-ups, never counted as 0)");
    out.println("ผลที่ไม่ตรงกับตัวชี้วัดใด (results naming no indicator): " + cm.unmatched().size());
    out.println();
    printRollUps(calc.rollUpStrategies(cm), calc.rollUpPlan(cm), out);

    out.println();
    out.println("== " + tak.office().name() + " · ปีงบประมาณ " + SampleResults.FY2565 + " ==");
    printNotes(takResults, out);
    PlanAchievement fy = calc.assess(tak, SampleResults.FY2565, takResults.actualResults());
    out.println("ตัวชี้วัด (indicators): key | target | actual | outcome | % of target | band | rubric");
    for (IndicatorAchievement a : fy.indicators()) {
      out.println("  " + a.indicator() + " | " + target(a) + " | " + actual(a) + " | " + outcome(a) + " | "
          + a.percentOfTarget().map(BigDecimal::toPlainString).orElse("-") + " | "
          + StatusBands.DEFAULT.classify(a).thai() + " | " + level(a));
    }
    out.println();
    printRollUps(calc.rollUpStrategies(fy), calc.rollUpPlan(fy), out);

    Spending spending = takResults.spending(SampleResults.FY2565);
    DisbursementTargets targets = takResults.disbursementTargets().orElseThrow();
    Quarter through = takResults.reportedThrough().quarter();
    out.println();
    out.println("การเบิกจ่ายงบประมาณรายไตรมาส (budget execution by quarter) ถึง" + through.thaiName()
        + " (the document reports through " + takResults.reportedThrough() + ")");
    out.println("  เป้าหมายการเบิกจ่ายสะสม (cumulative disbursement targets): "
        + targets.label().orElse("") + " " + targets.cumulativePercent().values().stream()
            .map(BigDecimal::toPlainString).collect(Collectors.joining(" / ")) + " %"
        + " — ตัวอย่าง ไม่ใช่มติคณะรัฐมนตรี (an example, not a cabinet resolution)");
    BudgetExecution plan = calc.planExecution(tak, spending, targets, through);
    out.println("  งบประมาณที่ได้รับ (allocated): " + plan.allocated().format() + " บาท");
    out.println("  ไตรมาส | แผน (planned) | เบิกจ่าย (spent) | % ของแผน | เบิกจ่ายสะสม | % สะสม | เป้าหมายสะสม | ผ่าน");
    for (QuarterExecution q : plan.quarters()) {
      out.println("  " + q.quarter().thaiName() + " | " + q.planned().format() + " | "
          + q.spent().map(Baht::format).orElse("ยังไม่รายงาน (not reported)") + " | "
          + pct(q.rateOfPlan()) + " | " + q.cumulativeSpent().map(Baht::format).orElse("-") + " | "
          + pct(q.cumulativeRate()) + " | " + pct(q.target()) + " | "
          + q.meetsTarget().map(m -> m ? "ผ่าน (met)" : "ไม่ผ่าน (not met)").orElse("-"));
    }
    out.println("  working: % สะสม = 100 × " + plan.spent().format() + " ÷ " + plan.allocated().format()
        + " = " + pct(plan.disbursementRate()) + " ถึง" + through.thaiName()
        + "; คงเหลือ (remaining) " + Baht.of(plan.remaining()).format() + " บาท");
    out.println("  ตามกลยุทธ์ (by strategy):");
    for (BudgetExecution s : calc.executionByStrategy(tak, spending, targets, through)) {
      QuarterExecution last = s.quarter(through);
      out.println("    กลยุทธ์ที่ " + s.key().orElse("-") + ": " + s.parts().size() + " โครงการ · "
          + s.spent().format() + " ÷ " + s.allocated().format() + " บาท = " + pct(s.disbursementRate())
          + " (target " + pct(last.target()) + ": "
          + last.meetsTarget().map(m -> m ? "met" : "not met").orElse("-") + ")");
    }

    out.println();
    out.println("งบประมาณเทียบกับผลสัมฤทธิ์ (budget versus results) ถึง" + through.thaiName());
    for (BudgetVersusResults row : calc.budgetVersusResults(tak, fy, spending, targets, through)) {
      RollUp r = row.results();
      out.println("  กลยุทธ์ที่ " + row.strategy() + ": เบิกจ่ายแล้ว (budget spent) " + pct(row.budgetSpentShare())
          + " · ตัวชี้วัดบรรลุ (indicators met) " + pct(row.indicatorsMetShare())
          + " (" + r.metCount() + " of " + r.assessableCount() + " assessable)");
    }
  }

  /** The notes of a results document: where its figures come from, that they are invented. */
  private static void printNotes(ResultsDocument document, PrintStream out) {
    for (String note : document.notes()) {
      out.println("หมายเหตุ: " + note);
    }
  }

  /** The checks of a results document against its plan, run before any calculation. */
  private static void printChecks(StrategicPlan plan, ResultsDocument document, PrintStream out) {
    ValidationReport checks = ResultsChecks.check(plan, document);
    out.println("  ตรวจสอบ (checked) " + plan.office().name() + document.unit().map(u -> " · " + u).orElse("")
        + " ถึง " + document.reportedThrough() + ": " + checks.findings().size() + " findings");
    for (Finding f : checks.findings()) {
      out.println("    " + f.severity() + " " + f.code() + " " + f.path() + ": " + f.message(Locale.ENGLISH));
    }
  }

  private static void printPooling(AchievementCalculator calc, List<ActualResults> schools, PrintStream out) {
    PooledPercentage pooled = calc.pool(SampleResults.READING, SampleResults.FY2565, schools);
    out.println("รวมผลจากโรงเรียน (pooled from the schools' counts): ตัวชี้วัด " + pooled.indicator());
    BigDecimal sumOfPercents = BigDecimal.ZERO;
    for (ActualResults school : schools) {
      ActualResult r = school.forYear(SampleResults.READING, SampleResults.FY2565).orElseThrow();
      BigDecimal p = calc.precision().percent(r.numerator().orElseThrow(), r.denominator().orElseThrow());
      sumOfPercents = sumOfPercents.add(p);
      out.println("  " + school.unit().orElse("") + ": " + r.numerator().orElseThrow() + " of "
          + r.denominator().orElseThrow() + " = " + p.toPlainString() + " %");
    }
    BigDecimal mean = sumOfPercents.divide(BigDecimal.valueOf(schools.size()), calc.precision().scale(),
        calc.precision().roundingMode());
    out.println("  pooled: 100 × (" + join(pooled.included(), true) + ") ÷ (" + join(pooled.included(), false)
        + ") = 100 × " + pooled.numerator() + " ÷ " + pooled.denominator() + " = " + pct(pooled.percent()));
    out.println("  (from the summed counts; the mean of the schools' percentages, " + mean.toPlainString()
        + " %, would weigh a school of 52 like one of 190)");
  }

  private static String join(List<ActualResult> results, boolean numerators) {
    return results.stream().map(r -> (numerators ? r.numerator() : r.denominator()).orElseThrow().toPlainString())
        .collect(Collectors.joining(" + "));
  }

  private static void printIndicator(IndicatorAchievement a, PrintStream out) {
    out.println("  [" + a.indicator() + "] " + a.text());
    out.println("      เป้าหมาย (target) " + target(a) + " · ผล (actual) " + actual(a) + " · " + a.direction());
    if (!a.isAssessable()) {
      out.println("      → " + outcome(a) + ": ไม่มีร้อยละ ไม่มีระดับ ไม่นับเป็น 0 (no percent, no band, no level;"
          + " left out of the roll-ups, not 0)");
      return;
    }
    out.println("      → " + outcome(a) + " · ร้อยละของเป้าหมาย (percent of target) "
        + a.percentOfTarget().orElseThrow().toPlainString() + " · " + StatusBands.DEFAULT.classify(a).thai()
        + " · " + level(a));
    out.println("      working: " + percentWorking(a));
    progressWorking(a).ifPresent(w -> out.println("      progress: " + w));
  }

  private static void printRollUps(List<RollUp> strategies, RollUp plan, PrintStream out) {
    out.println("ผลสัมฤทธิ์รายกลยุทธ์ (roll-up per strategy): share met = 100 × met ÷ assessable;"
        + " mean = Σ capped % ÷ n (weights 1)");
    for (RollUp r : strategies) {
      out.println("  กลยุทธ์ที่ " + r.key().orElse("-") + ": " + rollUpLine(r));
    }
    out.println("  ทั้งแผน (plan): " + rollUpLine(plan));
  }

  private static String rollUpLine(RollUp r) {
    String counts = "ตัวชี้วัด " + r.count() + " · ประเมินได้ (assessable) " + r.assessableCount()
        + " · บรรลุ (met) " + r.metCount();
    if (r.assessableCount() == 0) {
      return counts + " → ประเมินไม่ได้ (nothing assessable: no share, not 0)";
    }
    List<String> capped = r.parts().stream().filter(IndicatorAchievement::isAssessable)
        .map(p -> p.cappedPercent().orElseThrow().toPlainString()).collect(Collectors.toList());
    String parts = capped.size() <= 8 ? "(" + String.join(" + ", capped) + ")" : "(" + capped.size() + " parts)";
    return counts + " → share met 100 × " + r.metCount() + " ÷ " + r.assessableCount() + " = "
        + pct(r.shareMet()) + " · mean " + parts + " ÷ " + capped.size() + " = " + pct(r.weightedMeanAchievement());
  }

  private static String target(IndicatorAchievement a) {
    Optional<Target> t = a.target();
    if (t.isEmpty()) {
      return "ไม่มี (none)";
    }
    String symbol = a.comparison().map(Comparison::symbol).map(s -> s + " ").orElse("");
    return symbol + t.get().value() + t.get().upperBound().map(u -> " – " + u.toPlainString()).orElse("");
  }

  private static String actual(IndicatorAchievement a) {
    if (a.actual().isEmpty()) {
      return "ไม่มีผล (no result)";
    }
    ActualResult r = a.actual().get();
    switch (r.status()) {
      case NOT_YET_DUE:
        return "ยังไม่ถึงกำหนด (not yet due)";
      case NOT_AVAILABLE:
        return "ไม่มีข้อมูล (N/A)";
      case NOT_APPLICABLE:
        return "ไม่เกี่ยวข้อง (not applicable)";
      default:
        break;
    }
    if (r.hasCounts()) {
      return r.numerator().orElseThrow() + " of " + r.denominator().orElseThrow()
          + a.actualNumber().map(n -> " = " + n.toPlainString()).orElse("");
    }
    return r.value().map(Object::toString).orElse("-");
  }

  private static String outcome(IndicatorAchievement a) {
    switch (a.outcome()) {
      case MET:
        return "MET บรรลุ";
      case NOT_MET:
        return "NOT_MET ไม่บรรลุ";
      default:
        return "NOT_ASSESSABLE ประเมินไม่ได้ (" + a.reason().map(Enum::name).orElse("") + ")";
    }
  }

  private static String level(IndicatorAchievement a) {
    var level = Rubric.DEFAULT.level(a);
    return level.isPresent() ? "ระดับ " + level.getAsInt() : "-";
  }

  /** The percent-of-target formula with the numbers the calculator compared. */
  private static String percentWorking(IndicatorAchievement a) {
    if (a.comparison().isEmpty()) {
      return "yes/no: 100 if met, else 0";
    }
    BigDecimal x = a.actualNumber().orElseThrow();
    BigDecimal t = a.targetNumber().orElseThrow();
    String p = a.percentOfTarget().orElseThrow().toPlainString();
    String scale = a.scale().map(s -> "levels by position on \"" + s.name() + "\" (lowest = 1): actual "
        + x.toPlainString() + ", target " + t.toPlainString() + " of " + s.levels().size() + "; ").orElse("");
    String noRatio = "target " + t.toPlainString() + ": no ratio, 100 if met, else 0 → " + p;
    switch (a.comparison().get()) {
      case AT_LEAST:
        return scale + (t.signum() > 0 ? "100 × " + x.toPlainString() + " ÷ " + t.toPlainString() + " = " + p : noRatio);
      case AT_MOST:
        return scale + (t.signum() > 0
            ? "100 × (2 × " + t.toPlainString() + " − " + x.toPlainString() + ") ÷ " + t.toPlainString() + " = " + p
            : noRatio + " (lower is better: never scored as if higher were)");
      case EQUAL:
        return scale + (t.signum() != 0
            ? "100 − 100 × |" + x.toPlainString() + " − " + t.toPlainString() + "| ÷ " + t.abs().toPlainString()
                + " = " + p
            : noRatio);
      default:
        return scale + "between: 100 inside, else as \"equal\" against the nearest bound → " + p;
    }
  }

  /** The progress-from-baseline formula, for "at least" and "at most" targets. */
  private static Optional<String> progressWorking(IndicatorAchievement a) {
    Optional<Comparison> c = a.comparison();
    if (c.isEmpty() || (c.get() != Comparison.AT_LEAST && c.get() != Comparison.AT_MOST)) {
      return Optional.empty();
    }
    if (a.progressFromBaseline().isEmpty()) {
      return Optional.of("no usable baseline before " + a.year() + " (the plan's is N/A or missing): no progress");
    }
    BigDecimal x = a.actualNumber().orElseThrow();
    BigDecimal t = a.targetNumber().orElseThrow();
    BigDecimal b = a.baselineNumber().orElseThrow();
    String pr = a.progressFromBaseline().get().toPlainString();
    boolean ratio = c.get() == Comparison.AT_LEAST ? t.compareTo(b) > 0 : t.compareTo(b) < 0;
    String from = "baseline " + a.baseline().orElseThrow().year() + " = " + b.toPlainString() + ": ";
    return Optional.of(from + (ratio
        ? "100 × (" + x.toPlainString() + " − " + b.toPlainString() + ") ÷ (" + t.toPlainString() + " − "
            + b.toPlainString() + ") = " + pr
        : "the target does not move away from the baseline: 100 if met, else 0 → " + pr));
  }

  private static String pct(Optional<BigDecimal> percent) {
    return percent.map(p -> p.toPlainString() + " %").orElse("-");
  }
}
