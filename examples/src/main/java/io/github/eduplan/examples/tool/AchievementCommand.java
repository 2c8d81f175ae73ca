package io.github.eduplan.examples.tool;

import io.github.eduplan.achievement.AchievementCalculator;
import io.github.eduplan.achievement.ActualResult;
import io.github.eduplan.achievement.BudgetExecution;
import io.github.eduplan.achievement.BudgetVersusResults;
import io.github.eduplan.achievement.DisbursementTargets;
import io.github.eduplan.achievement.IndicatorAchievement;
import io.github.eduplan.achievement.PlanAchievement;
import io.github.eduplan.achievement.QuarterExecution;
import io.github.eduplan.achievement.RollUp;
import io.github.eduplan.achievement.Spending;
import io.github.eduplan.achievement.StatusBands;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Comparison;
import io.github.eduplan.model.ElementNumber;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.Target;
import io.github.eduplan.results.ProjectProgress;
import io.github.eduplan.results.ProjectStatus;
import io.github.eduplan.results.ResultsChecks;
import io.github.eduplan.results.ResultsDocument;
import io.github.eduplan.time.FiscalQuarter;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import io.github.eduplan.time.ThaiDigits;
import io.github.eduplan.validation.Finding;
import io.github.eduplan.validation.ValidationReport;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code eduplan achievement PLAN RESULTS [--year YEAR]}: a results document checked against its
 * plan, then the achievement of every indicator in a fiscal year, the roll-ups by strategy and for
 * the plan, and, for a plan with projects, budget execution by quarter and by strategy against the
 * document's disbursement targets. Findings of the checks are reported, never fatal: like
 * {@code report}, the command exits with 0 once it has printed what it was asked for.
 */
@Command(
    name = "achievement",
    mixinStandardHelpOptions = true,
    description = {
        "Reports a plan's achievement (ผลสัมฤทธิ์) from a results document (docs/results.md): the"
            + " document's checks against the plan, each indicator against its target, the roll-ups"
            + " by strategy and for the plan, and budget execution by quarter and by strategy.",
        "Findings of the checks are listed and never stop the report: it exits with 0."})
final class AchievementCommand extends PlanCommand {
  @Spec private CommandSpec spec;

  @Parameters(
      index = "1",
      paramLabel = "RESULTS",
      description = {
          "The results: an eduplan results document (JSON, UTF-8), - for standard input, or"
              + " bundled:NAME for the illustrative results bundled with the tool (named as the plans)."})
  private String results;

  @Option(names = "--year", paramLabel = "YEAR", converter = YearConverter.class,
      description = "The fiscal year to assess, a Buddhist Era year such as 2565. Default: the year of the last"
          + " quarter the results report.")
  private FiscalYear year;

  @Option(names = "--json", description = "Print one JSON object (docs/command-line.md) instead of text.")
  private boolean json;

  @Override
  void checkArguments(String plan) {
    ResultsSource.notBothFromStandardInput(plan, results, spec);
  }

  @Override
  int run(Loaded loaded, Lang lang, PrintWriter out) {
    ResultsDocument document = ResultsSource.load(results, stdin());
    Report r = Report.of(loaded, document, year == null ? document.reportedThrough().year() : year);
    if (json) {
      out.println(ToolJson.write(json(loaded, r, lang)));
    } else {
      text(loaded, r, lang, out);
    }
    return Eduplan.OK;
  }

  /** What the command works out once: checks, achievement, roll-ups and, for a plan with projects, money. */
  record Report(ResultsDocument document, ValidationReport checks, FiscalYear year, PlanAchievement achievement,
      List<RollUp> strategies, RollUp whole, Optional<Budget> budget) {
    static Report of(Loaded loaded, ResultsDocument document, FiscalYear year) {
      AchievementCalculator calc = AchievementCalculator.of();
      PlanAchievement achievement = calc.assess(loaded.plan(), year, document.actualResults());
      Optional<Budget> budget = Optional.empty();
      FiscalQuarter through = document.reportedThrough();
      if (!loaded.plan().projects().isEmpty() && !year.isAfter(through.year())) {
        budget = Optional.of(Budget.of(loaded, document, year,
            year.equals(through.year()) ? through.quarter() : Quarter.Q4, achievement));
      }
      return new Report(document, ResultsChecks.check(loaded.plan(), document), year, achievement,
          calc.rollUpStrategies(achievement), calc.rollUpPlan(achievement), budget);
    }
  }

  /** Budget execution of a year through a quarter, against the document's targets, if it gives any. */
  record Budget(Quarter through, Optional<DisbursementTargets> givenTargets, BudgetExecution plan,
      List<BudgetVersusResults> strategies, Map<ProjectStatus, Integer> statuses, int notReported) {
    static Budget of(Loaded loaded, ResultsDocument document, FiscalYear year, Quarter through,
        PlanAchievement achievement) {
      AchievementCalculator calc = AchievementCalculator.of();
      Spending spending = document.spending(year);
      DisbursementTargets targets = document.disbursementTargets().orElse(DisbursementTargets.builder().build());
      Map<ProjectStatus, Integer> statuses = new EnumMap<>(ProjectStatus.class);
      Set<String> reported = new HashSet<>();
      for (ProjectProgress p : document.projects()) {
        if (p.year().equals(year)) {
          statuses.merge(p.status(), 1, Integer::sum);
          reported.add(ElementNumber.key(p.number()));
        }
      }
      int notReported = 0;
      for (Project p : loaded.plan().projects()) {
        if (!reported.contains(ElementNumber.key(p.number()))) {
          notReported++;
        }
      }
      return new Budget(through, document.disbursementTargets(), calc.planExecution(loaded.plan(), spending, targets,
          through), calc.budgetVersusResults(loaded.plan(), achievement, spending, targets, through), statuses,
          notReported);
    }
  }

  // Text.

  private static void text(Loaded loaded, Report r, Lang lang, PrintWriter out) {
    header(out, loaded, lang);
    ResultsDocument d = r.document();
    out.println();
    out.println(Table.cell(lang.pick(
        "ผลการดำเนินงานรายงานถึง" + d.reportedThrough().quarter().thaiName() + " ปีงบประมาณ " + d.reportedThrough().year()
            + d.reportedOn().map(date -> " · วันที่รายงาน " + date).orElse("")
            + d.unit().map(u -> " · หน่วยงานที่รายงาน " + u).orElse(""),
        "Results through quarter " + d.reportedThrough().quarter().number() + " of fiscal year "
            + d.reportedThrough().year() + d.reportedOn().map(date -> " · reported on " + date).orElse("")
            + d.unit().map(u -> " · reported by " + u).orElse(""))));
    for (String note : d.notes()) {
      out.println();
      out.println(Table.cell(lang.pick("หมายเหตุ: ", "Note: ") + note));
    }
    checks(r.checks(), lang, out);
    indicators(r, lang, out);
    rollUps(r, lang, out);
    if (!r.achievement().unmatched().isEmpty()) {
      Table table = new Table(lang.pick("ตัวชี้วัด", "Indicator"), lang.pick("ปีงบประมาณ", "Fiscal year"));
      for (ActualResult u : r.achievement().unmatched()) {
        table.row(u.indicator().toString(), u.year() + u.quarter().map(q -> " Q" + q.number()).orElse(""));
      }
      table.print(out, lang.pick("ผลที่ไม่ตรงกับตัวชี้วัดของแผน", "Results that match no indicator of the plan"));
    }
    r.budget().ifPresentOrElse(b -> budget(b, lang, out), () -> {
      if (!loaded.plan().projects().isEmpty()) {
        Table.section(out, lang.pick("การเบิกจ่ายงบประมาณ", "Budget execution"), lang.pick(
            "ผลการดำเนินงานรายงานถึง " + d.reportedThrough() + " จึงยังไม่มีการเบิกจ่ายของปีงบประมาณ " + r.year(),
            "The results report through " + d.reportedThrough() + ": nothing is spent in fiscal year " + r.year()
                + " yet."));
      }
    });
    Table.section(out, lang.pick("ผลการตรวจสอบแผน", "Validation of the plan"), findingCounts(loaded.report(), lang));
  }

  private static void checks(ValidationReport checks, Lang lang, PrintWriter out) {
    String heading = lang.pick("ผลการตรวจสอบรายงานผลกับแผน", "Checks of the results against the plan");
    if (checks.isEmpty()) {
      Table.section(out, heading, lang.pick("ไม่พบข้อบกพร่อง (0 รายการ)", "No findings."));
      return;
    }
    Table table = new Table(lang.pick("ระดับ", "Severity"), lang.pick("รหัส", "Code"), lang.pick("ตำแหน่ง", "Path"),
        lang.pick("ข้อความ", "Message"));
    for (Finding f : checks.findings()) {
      table.row(severity(f.severity(), lang), f.code(), f.path(), f.message(lang.locale()));
    }
    table.print(out, heading);
    out.println();
    out.println(findingCounts(checks, lang));
  }

  private static void indicators(Report r, Lang lang, PrintWriter out) {
    Table table = new Table(lang.pick("ตัวชี้วัด", "Indicator"), lang.pick("ข้อความ", "Text"),
        lang.pick("เป้าหมาย", "Target"), lang.pick("ผล", "Actual"), lang.pick("ผลการประเมิน", "Outcome"),
        lang.pick("ร้อยละของเป้าหมาย", "% of target"), lang.pick("ระดับผล", "Band")).right(5);
    for (IndicatorAchievement a : r.achievement().indicators()) {
      table.row(a.indicator().toString(), a.text(), target(a), actual(a, lang), outcome(a, lang),
          a.percentOfTarget().map(BigDecimal::toPlainString).orElse("-"), band(a, lang));
    }
    String heading = lang.pick("ผลสัมฤทธิ์ตามตัวชี้วัด ปีงบประมาณ ", "Achievement by indicator, fiscal year ") + r.year();
    if (r.achievement().indicators().isEmpty()) {
      Table.section(out, heading, lang.pick("แผนไม่มีตัวชี้วัด", "The plan has no indicator."));
    } else {
      table.print(out, heading);
    }
  }

  private static void rollUps(Report r, Lang lang, PrintWriter out) {
    Table table = new Table(lang.pick("กลยุทธ์", "Strategy"), lang.pick("ตัวชี้วัด", "Indicators"),
        lang.pick("ประเมินได้", "Assessable"), lang.pick("บรรลุ", "Met"), lang.pick("ร้อยละที่บรรลุ", "% met"),
        lang.pick("ร้อยละของเป้าหมายเฉลี่ย", "Mean % of target")).right(1, 2, 3, 4, 5);
    for (RollUp s : r.strategies()) {
      rollUpRow(table, s.key().orElse("-"), s);
    }
    rollUpRow(table, lang.pick("ทั้งแผน", "whole plan"), r.whole());
    table.print(out, lang.pick("ผลสัมฤทธิ์ตามกลยุทธ์", "Achievement by strategy"));
    out.println();
    out.println(lang.pick("ตัวชี้วัดที่ประเมินไม่ได้ไม่นับรวม ไม่นับเป็น 0 · ค่าเฉลี่ยนับแต่ละตัวชี้วัดไม่เกิน 100 %",
        "Indicators that cannot be assessed are left out, never counted as 0; the mean caps each at 100 %."));
  }

  private static void rollUpRow(Table table, String label, RollUp r) {
    table.row(label, Integer.toString(r.count()), Integer.toString(r.assessableCount()), Integer.toString(r.metCount()),
        pct(r.shareMet()), pct(r.weightedMeanAchievement()));
  }

  private static void budget(Budget b, Lang lang, PrintWriter out) {
    BudgetExecution plan = b.plan();
    Table quarters = new Table(lang.pick("ไตรมาส", "Quarter"), lang.pick("แผน (บาท)", "Planned (baht)"),
        lang.pick("เบิกจ่าย (บาท)", "Spent (baht)"), lang.pick("ร้อยละของแผน", "% of plan"),
        lang.pick("เบิกจ่ายสะสม (บาท)", "Spent to date (baht)"), lang.pick("ร้อยละสะสม", "% to date"),
        lang.pick("เป้าหมายสะสม", "Target to date"), lang.pick("ผ่านเป้าหมาย", "Target met")).right(1, 2, 3, 4, 5, 6);
    for (QuarterExecution q : plan.quarters()) {
      quarters.row(lang.pick(q.quarter().thaiName(), "Q" + q.quarter().number()), q.planned().format(),
          q.spent().map(Baht::format).orElse(lang.pick("ยังไม่รายงาน", "not reported")), pct(q.rateOfPlan()),
          q.cumulativeSpent().map(Baht::format).orElse("-"), pct(q.cumulativeRate()), pct(q.target()),
          q.meetsTarget().map(m -> m ? lang.pick("ผ่าน", "met") : lang.pick("ไม่ผ่าน", "not met")).orElse("-"));
    }
    quarters.print(out, lang.pick("การเบิกจ่ายงบประมาณรายไตรมาส ถึง" + b.through().thaiName(),
        "Budget execution by quarter, through Q" + b.through().number()));
    out.println();
    out.println(lang.pick(
        "งบประมาณ " + plan.allocated().format() + " บาท · เบิกจ่ายแล้ว " + plan.spent().format() + " บาท ("
            + pct(plan.disbursementRate()) + ") · คงเหลือ " + Baht.format(plan.remaining()) + " บาท",
        "Budget " + plan.allocated().format() + " baht · spent " + plan.spent().format() + " baht ("
            + pct(plan.disbursementRate()) + ") · remaining " + Baht.format(plan.remaining()) + " baht"));
    out.println();
    out.println(b.givenTargets().map(t -> lang.pick("เป้าหมายการเบิกจ่ายสะสม: ", "Cumulative disbursement targets: ")
            + t.label().map(l -> l + " ").orElse("") + targets(t))
        .orElse(lang.pick("รายงานผลไม่ได้ระบุเป้าหมายการเบิกจ่าย จึงไม่เทียบกับเป้าหมาย",
            "The results give no disbursement targets: spending is not compared with any.")));

    Table strategies = new Table(lang.pick("กลยุทธ์", "Strategy"), lang.pick("โครงการ", "Projects"),
        lang.pick("งบประมาณ (บาท)", "Budget (baht)"), lang.pick("เบิกจ่าย (บาท)", "Spent (baht)"),
        lang.pick("ร้อยละที่เบิกจ่าย", "% spent"), lang.pick("ร้อยละของตัวชี้วัดที่บรรลุ", "% of indicators met"))
        .right(1, 2, 3, 4, 5);
    for (BudgetVersusResults s : b.strategies()) {
      strategies.row(s.strategy(), Integer.toString(s.budget().parts().size()), s.budget().allocated().format(),
          s.budget().spent().format(), pct(s.budgetSpentShare()), pct(s.indicatorsMetShare()));
    }
    strategies.print(out, lang.pick("งบประมาณเทียบกับผลสัมฤทธิ์ตามกลยุทธ์", "Budget versus results by strategy"));

    Table statuses = new Table(lang.pick("สถานะ", "Status"), lang.pick("โครงการ", "Projects")).right(1);
    for (ProjectStatus s : ProjectStatus.values()) {
      statuses.row(status(s, lang), Integer.toString(b.statuses().getOrDefault(s, 0)));
    }
    statuses.row(lang.pick("ไม่มีในรายงานผล", "not in the results"), Integer.toString(b.notReported()));
    statuses.print(out, lang.pick("สถานะโครงการ", "Project status"));
  }

  static String status(ProjectStatus s, Lang lang) {
    return switch (s) {
      case NOT_STARTED -> lang.pick("ยังไม่ดำเนินการ", "not started");
      case IN_PROGRESS -> lang.pick("อยู่ระหว่างดำเนินการ", "in progress");
      case DONE -> lang.pick("ดำเนินการแล้วเสร็จ", "done");
      case CANCELLED -> lang.pick("ยกเลิก", "cancelled");
    };
  }

  private static String targets(DisbursementTargets t) {
    StringBuilder sb = new StringBuilder();
    t.cumulativePercent().forEach((q, p) -> sb.append(sb.length() == 0 ? "" : " / ").append("Q").append(q.number())
        .append(" ").append(p.toPlainString()).append(" %"));
    return sb.toString();
  }

  private static String target(IndicatorAchievement a) {
    Optional<Target> t = a.target();
    if (t.isEmpty()) {
      return "-";
    }
    String symbol = a.comparison().map(Comparison::symbol).map(s -> s + " ").orElse("");
    return symbol + t.get().value() + t.get().upperBound().map(u -> " – " + u.toPlainString()).orElse("");
  }

  private static String actual(IndicatorAchievement a, Lang lang) {
    if (a.actual().isEmpty()) {
      return lang.pick("ไม่มีผล", "no result");
    }
    ActualResult r = a.actual().get();
    return switch (r.status()) {
      case NOT_YET_DUE -> lang.pick("ยังไม่ถึงกำหนด", "not yet due");
      case NOT_AVAILABLE -> lang.pick("ไม่มีข้อมูล", "not available");
      case NOT_APPLICABLE -> lang.pick("ไม่เกี่ยวข้อง", "not applicable");
      case REPORTED -> r.hasCounts()
          ? ThaiDigits.format(r.numerator().orElseThrow()) + lang.pick(" จาก ", " of ")
              + ThaiDigits.format(r.denominator().orElseThrow())
              + a.actualNumber().map(n -> " = " + n.toPlainString()).orElse("")
          : r.value().map(Object::toString).orElse("-");
    };
  }

  private static String outcome(IndicatorAchievement a, Lang lang) {
    return switch (a.outcome()) {
      case MET -> lang.pick("บรรลุ", "met");
      case NOT_MET -> lang.pick("ไม่บรรลุ", "not met");
      case NOT_ASSESSABLE -> lang.pick("ประเมินไม่ได้", "not assessable")
          + a.reason().map(reason -> " (" + reason.name() + ")").orElse("");
    };
  }

  private static String band(IndicatorAchievement a, Lang lang) {
    var status = StatusBands.DEFAULT.classify(a);
    return lang.pick(status.thai(), status.name().toLowerCase(Locale.ROOT).replace('_', ' '));
  }

  private static String pct(Optional<BigDecimal> percent) {
    return percent.map(p -> p.toPlainString() + " %").orElse("-");
  }

  // JSON.

  private static ObjectNode json(Loaded loaded, Report r, Lang lang) {
    ObjectNode root = ToolJson.envelope("achievement", loaded, lang);
    ObjectNode a = root.putObject("achievement");
    ResultsDocument d = r.document();
    ObjectNode results = a.putObject("results");
    results.put("formatVersion", d.formatVersion());
    results.put("unit", d.unit().orElse(null));
    results.putObject("reportedThrough").put("year", d.reportedThrough().year().buddhistEraYear())
        .put("quarter", d.reportedThrough().quarter().number());
    results.put("reportedOn", d.reportedOn().map(Object::toString).orElse(null));
    ArrayNode notes = results.putArray("notes");
    d.notes().forEach(notes::add);
    ToolJson.findings(results, r.checks(), lang);
    a.put("year", r.year().buddhistEraYear());
    ArrayNode indicators = a.putArray("indicators");
    for (IndicatorAchievement i : r.achievement().indicators()) {
      ObjectNode n = indicators.addObject();
      n.put("key", i.indicator().toString());
      n.put("strategy", i.indicator().strategy());
      n.put("code", i.indicator().code().orElse(null));
      n.put("occurrence", i.indicator().occurrence());
      n.put("text", i.text());
      n.put("comparison", i.comparison().map(Enum::name).orElse(null));
      n.put("target", i.targetNumber().orElse(null));
      n.put("actual", i.actualNumber().orElse(null));
      n.put("outcome", i.outcome().name());
      n.put("reason", i.reason().map(Enum::name).orElse(null));
      n.put("percentOfTarget", i.percentOfTarget().orElse(null));
      n.put("status", StatusBands.DEFAULT.classify(i).name());
    }
    ArrayNode strategies = a.putArray("strategies");
    for (RollUp s : r.strategies()) {
      rollUp(strategies.addObject().put("strategy", s.key().orElse(null)), s);
    }
    rollUp(a.putObject("plan"), r.whole());
    ArrayNode unmatched = a.putArray("unmatched");
    for (ActualResult u : r.achievement().unmatched()) {
      unmatched.addObject().put("key", u.indicator().toString()).put("year", u.year().buddhistEraYear())
          .put("quarter", u.quarter().map(Quarter::number).orElse(null));
    }
    if (r.budget().isEmpty()) {
      a.putNull("budget");
      return root;
    }
    Budget b = r.budget().get();
    ObjectNode budget = a.putObject("budget");
    budget.put("through", b.through().number());
    b.givenTargets().ifPresentOrElse(t -> {
      ObjectNode targets = budget.putObject("targets");
      targets.put("label", t.label().orElse(null));
      t.cumulativePercent().forEach((q, p) -> targets.put("q" + q.number(), p));
    }, () -> budget.putNull("targets"));
    ToolJson.put(budget, "allocated", b.plan().allocated());
    ToolJson.put(budget, "spent", b.plan().spent());
    budget.put("disbursementRate", b.plan().disbursementRate().orElse(null));
    ArrayNode quarters = budget.putArray("quarters");
    for (QuarterExecution q : b.plan().quarters()) {
      ObjectNode n = quarters.addObject().put("quarter", q.quarter().number());
      ToolJson.put(n, "planned", q.planned());
      n.put("spent", q.spent().map(Baht::amount).orElse(null));
      n.put("cumulativeSpent", q.cumulativeSpent().map(Baht::amount).orElse(null));
      n.put("cumulativeRate", q.cumulativeRate().orElse(null));
      n.put("target", q.target().orElse(null));
      n.put("meetsTarget", q.meetsTarget().orElse(null));
    }
    ArrayNode byStrategy = budget.putArray("strategies");
    for (BudgetVersusResults s : b.strategies()) {
      ObjectNode n = byStrategy.addObject().put("strategy", s.strategy()).put("projects", s.budget().parts().size());
      ToolJson.put(n, "allocated", s.budget().allocated());
      ToolJson.put(n, "spent", s.budget().spent());
      n.put("spentShare", s.budgetSpentShare().orElse(null));
      n.put("indicatorsMetShare", s.indicatorsMetShare().orElse(null));
    }
    ObjectNode statuses = budget.putObject("projectStatus");
    for (ProjectStatus s : ProjectStatus.values()) {
      statuses.put(s.name(), b.statuses().getOrDefault(s, 0));
    }
    statuses.put("NOT_IN_RESULTS", b.notReported());
    return root;
  }

  private static void rollUp(ObjectNode n, RollUp r) {
    n.put("indicators", r.count());
    n.put("assessable", r.assessableCount());
    n.put("met", r.metCount());
    n.put("shareMet", r.shareMet().orElse(null));
    n.put("meanPercentOfTarget", r.weightedMeanAchievement().orElse(null));
  }

  /** Reads {@code --year}: a Buddhist Era year 2400 to 2999, in Arabic or Thai digits. */
  static final class YearConverter implements ITypeConverter<FiscalYear> {
    @Override
    public FiscalYear convert(String value) {
      try {
        return FiscalYear.of(ThaiDigits.parseInt(value.strip()));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("expected a Buddhist Era fiscal year such as 2565 but was '" + value + "'");
      }
    }
  }
}
