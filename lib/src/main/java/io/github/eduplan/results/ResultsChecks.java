package io.github.eduplan.results;

import io.github.eduplan.achievement.IndicatorKey;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.ElementNumber;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.time.FiscalQuarter;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import io.github.eduplan.time.ThaiDigits;
import io.github.eduplan.validation.FindingMessages;
import io.github.eduplan.validation.PlanValidator;
import io.github.eduplan.validation.RuleContext;
import io.github.eduplan.validation.Severity;
import io.github.eduplan.validation.ValidationReport;
import io.github.eduplan.validation.ValidationRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The checks of a results document against its plan (การตรวจสอบรายงานผล), run before any
 * calculation: results for another plan, for an indicator or a project the plan does not have, for a
 * year outside the plan's period or a quarter after the report's, values of the wrong kind, spending
 * above a project's budget or in a quarter the project is not active. Each is a
 * {@link ValidationRule} bound to one document, so the findings are the validation package's
 * {@link io.github.eduplan.validation.Finding}s — a code, a severity, a path in the results document
 * such as {@code $.indicators[3].results[0]}, the element's number, and a message in Thai or English —
 * and a {@link PlanValidator} runs them, with severities that can be changed and rules that can be
 * switched off:
 *
 * <pre>{@code
 * ValidationReport findings = ResultsChecks.check(plan, results);
 * PlanValidator quiet = ResultsChecks.addTo(PlanValidator.builder(), results)
 *     .severity(ResultsChecks.RESULTS_SPENT_OVER_BUDGET, Severity.WARNING).build();
 * }</pre>
 *
 * <p>The rules are listed in {@code docs/results.md}. A finding never stops the calculators: a
 * result for an unknown indicator is left {@code unmatched}, a value of the wrong kind is not
 * assessable. The rules are immutable and thread-safe; the rules of one {@link #all} call share one
 * index of the plan per validation.
 */
public final class ResultsChecks {
  /** The document names another office, kind of plan or period than the plan's. */
  public static final String RESULTS_PLAN_MISMATCH = "RESULTS_PLAN_MISMATCH";
  /** A result, a project's spending or the report itself is for a fiscal year outside the plan's period. */
  public static final String RESULTS_YEAR_OUTSIDE_PLAN = "RESULTS_YEAR_OUTSIDE_PLAN";
  /** A result or spending is for a period after the last quarter the document reports. */
  public static final String RESULTS_AFTER_REPORT = "RESULTS_AFTER_REPORT";
  /** Results name an indicator the plan does not have. */
  public static final String RESULTS_INDICATOR_UNKNOWN = "RESULTS_INDICATOR_UNKNOWN";
  /** The indicator's text in the document is not the plan's: the key may name another indicator. */
  public static final String RESULTS_INDICATOR_TEXT = "RESULTS_INDICATOR_TEXT";
  /** A result's value is not of the indicator's kind, or a level is not on its scale. */
  public static final String RESULTS_VALUE_KIND = "RESULTS_VALUE_KIND";
  /** A percentage is below 0 or above 100, or its numerator is above its denominator. */
  public static final String RESULTS_PERCENT_RANGE = "RESULTS_PERCENT_RANGE";
  /** Spending names a project the plan does not have. */
  public static final String RESULTS_PROJECT_UNKNOWN = "RESULTS_PROJECT_UNKNOWN";
  /** Spending names a project number the plan gives to more than one project. */
  public static final String RESULTS_PROJECT_AMBIGUOUS = "RESULTS_PROJECT_AMBIGUOUS";
  /** A project spent more in a year than the plan's budget for it. */
  public static final String RESULTS_SPENT_OVER_BUDGET = "RESULTS_SPENT_OVER_BUDGET";
  /** A project spent in a quarter the plan does not have it active in. */
  public static final String RESULTS_SPENT_INACTIVE_QUARTER = "RESULTS_SPENT_INACTIVE_QUARTER";
  /** A project reported as not started has spent money. */
  public static final String RESULTS_STATUS_SPENDING = "RESULTS_STATUS_SPENDING";

  private static final FindingMessages MESSAGES = FindingMessages.fromProperties(
      ResultsChecks.class, "results-messages.properties", "results-messages_th.properties");

  private ResultsChecks() {}

  /** What the rules of one document look up in a plan, built once per validation. */
  private record PlanIndex(Map<IndicatorKey, Indicator> indicators, Map<String, List<Project>> projects) {
    static PlanIndex of(StrategicPlan plan) {
      Map<String, List<Project>> projects = new HashMap<>();
      for (Project p : plan.projects()) {
        projects.computeIfAbsent(ElementNumber.key(p.number()), k -> new ArrayList<>()).add(p);
      }
      return new PlanIndex(IndicatorKey.keysOf(plan), projects);
    }

    List<Project> projects(String number) {
      return projects.getOrDefault(ElementNumber.key(number), List.of());
    }
  }

  /** One rule's check: the document, the plan, its index, where to report. */
  private interface Check {
    void check(ResultsDocument document, StrategicPlan plan, PlanIndex index, RuleContext context);
  }

  /**
   * Returns the rules checking one document, in the order of the constants above.
   *
   * @param document the results document, not null
   * @return the rules, not null
   */
  public static List<ValidationRule> all(ResultsDocument document) {
    Objects.requireNonNull(document, "document");
    // The rules of this call share one index per validation, under a key of their own.
    RuleContext.SharedKey<PlanIndex> indexKey = RuleContext.SharedKey.named("results plan index");
    return List.of(
        rule(RESULTS_PLAN_MISMATCH, Severity.ERROR,
            "The results document names another office, kind of plan or period than the plan's.",
            document, indexKey, ResultsChecks::planMismatch),
        rule(RESULTS_YEAR_OUTSIDE_PLAN, Severity.ERROR,
            "A result, a project's spending or the report is for a fiscal year outside the plan's period.",
            document, indexKey, ResultsChecks::yearsOutside),
        rule(RESULTS_AFTER_REPORT, Severity.ERROR,
            "A result or spending is for a period after the last quarter the document reports.",
            document, indexKey, ResultsChecks::afterReport),
        rule(RESULTS_INDICATOR_UNKNOWN, Severity.ERROR,
            "Results name an indicator the plan does not have.",
            document, indexKey, ResultsChecks::unknownIndicators),
        rule(RESULTS_INDICATOR_TEXT, Severity.WARNING,
            "The indicator's text in the results document is not the plan's.",
            document, indexKey, ResultsChecks::indicatorTexts),
        rule(RESULTS_VALUE_KIND, Severity.ERROR,
            "A result's value is not of the indicator's kind, or its level is not on the indicator's scale.",
            document, indexKey, ResultsChecks::valueKinds),
        rule(RESULTS_PERCENT_RANGE, Severity.WARNING,
            "A percentage is below 0 or above 100, or its numerator is above its denominator.",
            document, indexKey, ResultsChecks::percentRanges),
        rule(RESULTS_PROJECT_UNKNOWN, Severity.ERROR,
            "Spending names a project the plan does not have.",
            document, indexKey, ResultsChecks::unknownProjects),
        rule(RESULTS_PROJECT_AMBIGUOUS, Severity.INFO,
            "Spending names a project number the plan gives to more than one project; it goes to the first.",
            document, indexKey, ResultsChecks::ambiguousProjects),
        rule(RESULTS_SPENT_OVER_BUDGET, Severity.ERROR,
            "A project spent more in a year than the plan's budget for it.",
            document, indexKey, ResultsChecks::overBudget),
        rule(RESULTS_SPENT_INACTIVE_QUARTER, Severity.WARNING,
            "A project spent in a quarter the plan does not have it active in.",
            document, indexKey, ResultsChecks::inactiveQuarters),
        rule(RESULTS_STATUS_SPENDING, Severity.WARNING,
            "A project reported as not started has spent money.",
            document, indexKey, ResultsChecks::statusSpending));
  }

  private static ValidationRule rule(String code, Severity severity, String description, ResultsDocument document,
      RuleContext.SharedKey<PlanIndex> indexKey, Check check) {
    BiConsumer<StrategicPlan, RuleContext> run = (plan, context) ->
        check.check(document, plan, context.shared(indexKey, () -> PlanIndex.of(plan)), context);
    return ValidationRule.of(code, severity, description, MESSAGES, run);
  }

  /**
   * Adds the rules checking one document to a validator's builder, such as
   * {@link PlanValidator#builder()}; add them to a builder of plan rules to check both at once.
   *
   * @param builder the builder, not null
   * @param document the results document, not null
   * @return the same builder
   */
  public static PlanValidator.Builder addTo(PlanValidator.Builder builder, ResultsDocument document) {
    all(document).forEach(builder::addRule);
    return builder;
  }

  /**
   * Checks a results document against a plan with every rule at its default severity.
   *
   * @param plan the plan, not null
   * @param document the results document, not null
   * @return the findings, rule by rule and within a rule in document order; not null
   */
  public static ValidationReport check(StrategicPlan plan, ResultsDocument document) {
    return addTo(PlanValidator.builder(), document).build().validate(plan);
  }

  // Paths in the results document.

  private static String indicatorPath(int i) {
    return "$.indicators[" + i + "]";
  }

  private static String resultPath(int i, int j) {
    return indicatorPath(i) + ".results[" + j + "]";
  }

  private static String projectPath(int i) {
    return "$.projects[" + i + "]";
  }

  private static String spentPath(int i, Quarter q) {
    return projectPath(i) + ".spent." + ResultsModule.key(q);
  }

  // The checks.

  /** Office names compared without white space and with Arabic digits: เขต ๒ is เขต 2. */
  private static String officeKey(String name) {
    return ThaiDigits.toArabic(name).replaceAll("\\s+", "");
  }

  private static void planMismatch(ResultsDocument d, StrategicPlan plan, PlanIndex index, RuleContext context) {
    PlanReference ref = d.plan();
    if (!officeKey(ref.office()).equals(officeKey(plan.office().name()))) {
      context.at("$.plan.office").variant("office").value("given", ref.office())
          .value("plan", plan.office().name()).report();
    }
    if (ref.kind() != plan.kind()) {
      context.at("$.plan.kind").variant("kind").value("given", ref.kind()).value("plan", plan.kind()).report();
    }
    if (!ref.period().equals(plan.period())) {
      context.at("$.plan.period").variant("period").value("given", ref.period()).value("plan", plan.period())
          .report();
    }
  }

  private static void yearsOutside(ResultsDocument d, StrategicPlan plan, PlanIndex index, RuleContext context) {
    FiscalYear through = d.reportedThrough().year();
    if (!plan.period().contains(through)) {
      context.at("$.reportedThrough").variant("report").value("year", through).value("period", plan.period()).report();
    }
    for (int i = 0; i < d.indicators().size(); i++) {
      IndicatorResults indicator = d.indicators().get(i);
      for (int j = 0; j < indicator.results().size(); j++) {
        FiscalYear year = indicator.results().get(j).year();
        if (!plan.period().contains(year)) {
          context.at(resultPath(i, j) + ".year").number(indicator.code()).variant("result")
              .value("key", indicator.key()).value("year", year).value("period", plan.period()).report();
        }
      }
    }
    for (int i = 0; i < d.projects().size(); i++) {
      ProjectProgress p = d.projects().get(i);
      if (!plan.period().contains(p.year())) {
        context.at(projectPath(i) + ".year").number(p.number()).variant("project").value("year", p.year())
            .value("period", plan.period()).report();
      }
    }
  }

  private static void afterReport(ResultsDocument d, StrategicPlan plan, PlanIndex index, RuleContext context) {
    FiscalQuarter through = d.reportedThrough();
    for (int i = 0; i < d.indicators().size(); i++) {
      IndicatorResults indicator = d.indicators().get(i);
      for (int j = 0; j < indicator.results().size(); j++) {
        PeriodResult r = indicator.results().get(j);
        // A whole year's result may come before the year ends (an O-NET score in March): only a
        // later year, or a later quarter, cannot be known yet.
        boolean later = r.year().isAfter(through.year())
            || r.quarter().filter(q -> FiscalQuarter.of(r.year(), q).compareTo(through) > 0).isPresent();
        if (later) {
          context.at(resultPath(i, j)).number(indicator.code()).variant("result").value("key", indicator.key())
              .value("period", r.period()).value("through", through).report();
        }
      }
    }
    for (int i = 0; i < d.projects().size(); i++) {
      ProjectProgress p = d.projects().get(i);
      if (p.year().isAfter(through.year())) {
        context.at(projectPath(i) + ".year").number(p.number()).variant("project").value("year", p.year())
            .value("through", through).report();
        continue;
      }
      for (Quarter q : p.spent().keySet()) {
        if (FiscalQuarter.of(p.year(), q).compareTo(through) > 0) {
          context.at(spentPath(i, q)).number(p.number()).variant("spent").value("quarter", FiscalQuarter.of(p.year(), q))
              .value("through", through).report();
        }
      }
    }
  }

  private static void unknownIndicators(ResultsDocument d, StrategicPlan plan, PlanIndex index, RuleContext context) {
    for (int i = 0; i < d.indicators().size(); i++) {
      IndicatorResults indicator = d.indicators().get(i);
      if (!index.indicators().containsKey(indicator.key())) {
        context.at(indicatorPath(i)).number(indicator.code()).value("key", indicator.key())
            .value("results", indicator.results().size()).report();
      }
    }
  }

  /** Text compared with runs of white space as one space, ends stripped. */
  private static String textKey(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static void indicatorTexts(ResultsDocument d, StrategicPlan plan, PlanIndex index, RuleContext context) {
    for (int i = 0; i < d.indicators().size(); i++) {
      IndicatorResults indicator = d.indicators().get(i);
      Indicator known = index.indicators().get(indicator.key());
      if (known != null && indicator.text().isPresent()
          && !textKey(indicator.text().get()).equals(textKey(known.text()))) {
        context.at(indicatorPath(i) + ".text").number(indicator.code()).value("key", indicator.key())
            .value("given", indicator.text().get()).value("plan", known.text()).report();
      }
    }
  }

  /** The scales a level of an indicator is looked up on, as the calculators look it up. */
  private static List<OrdinalScale> scales(Indicator indicator) {
    return indicator.scale().map(List::of).orElse(List.of(OrdinalScale.QUALITY, OrdinalScale.LEVELS_1_TO_5));
  }

  private static void valueKinds(ResultsDocument d, StrategicPlan plan, PlanIndex index, RuleContext context) {
    for (int i = 0; i < d.indicators().size(); i++) {
      IndicatorResults indicator = d.indicators().get(i);
      Indicator known = index.indicators().get(indicator.key());
      if (known == null) {
        continue;
      }
      MeasureKind kind = known.measureKind();
      for (int j = 0; j < indicator.results().size(); j++) {
        PeriodResult r = indicator.results().get(j);
        String path = resultPath(i, j);
        if (r.numerator().isPresent() && kind != MeasureKind.PERCENTAGE && kind != MeasureKind.TEXT) {
          context.at(path + ".numerator").number(indicator.code()).variant("counts").value("key", indicator.key())
              .value("period", r.period()).value("measureKind", kind).report();
        }
        r.value().ifPresent(v -> {
          Optional<String> problem = kindProblem(v, kind, known);
          problem.ifPresent(variant -> context.at(path + ".value").number(indicator.code()).variant(variant)
              .value("key", indicator.key()).value("period", r.period()).value("measureKind", kind)
              .value("kind", v.kind()).value("value", v)
              .value("scale", scales(known).stream().map(s -> String.join(", ", s.levels()))
                  .collect(Collectors.joining(" / ")))
              .report());
        });
      }
    }
  }

  /** The message variant when a value does not fit an indicator, or empty when it does. */
  private static Optional<String> kindProblem(IndicatorValue v, MeasureKind kind, Indicator indicator) {
    if (v.kind() == IndicatorValue.Kind.NOT_AVAILABLE || kind == MeasureKind.TEXT) {
      return Optional.empty();
    }
    switch (kind) {
      case ORDINAL: {
        String level;
        if (v instanceof IndicatorValue.Level l) {
          level = l.level();
        } else if (v instanceof IndicatorValue.Numeric n) {
          level = n.value().toPlainString();
        } else {
          return Optional.of("kind");
        }
        return scales(indicator).stream().anyMatch(s -> s.contains(level)) ? Optional.empty() : Optional.of("scale");
      }
      case YES_NO:
        return v.kind() == IndicatorValue.Kind.YES_NO ? Optional.empty() : Optional.of("kind");
      default:
        return v.kind() == IndicatorValue.Kind.NUMBER ? Optional.empty() : Optional.of("kind");
    }
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static void percentRanges(ResultsDocument d, StrategicPlan plan, PlanIndex index, RuleContext context) {
    for (int i = 0; i < d.indicators().size(); i++) {
      IndicatorResults indicator = d.indicators().get(i);
      Indicator known = index.indicators().get(indicator.key());
      if (known == null || known.measureKind() != MeasureKind.PERCENTAGE) {
        continue;
      }
      for (int j = 0; j < indicator.results().size(); j++) {
        PeriodResult r = indicator.results().get(j);
        String path = resultPath(i, j);
        if (r.value().orElse(null) instanceof IndicatorValue.Numeric n
            && (n.value().signum() < 0 || n.value().compareTo(HUNDRED) > 0)) {
          context.at(path + ".value").number(indicator.code()).variant("value").value("key", indicator.key())
              .value("period", r.period()).value("value", n.value()).report();
        }
        if (r.numerator().isPresent() && r.numerator().get().compareTo(r.denominator().orElseThrow()) > 0) {
          context.at(path + ".numerator").number(indicator.code()).variant("counts").value("key", indicator.key())
              .value("period", r.period()).value("numerator", r.numerator().get())
              .value("denominator", r.denominator().orElseThrow()).report();
        }
      }
    }
  }

  private static void unknownProjects(ResultsDocument d, StrategicPlan plan, PlanIndex index, RuleContext context) {
    for (int i = 0; i < d.projects().size(); i++) {
      ProjectProgress p = d.projects().get(i);
      if (index.projects(p.number()).isEmpty()) {
        context.at(projectPath(i)).number(p.number()).value("spent", p.totalSpent()).report();
      }
    }
  }

  private static void ambiguousProjects(ResultsDocument d, StrategicPlan plan, PlanIndex index, RuleContext context) {
    for (int i = 0; i < d.projects().size(); i++) {
      ProjectProgress p = d.projects().get(i);
      List<Project> same = index.projects(p.number());
      if (same.size() > 1) {
        context.at(projectPath(i)).number(p.number()).value("count", same.size())
            .value("title", same.get(0).title()).report();
      }
    }
  }

  /** What the plan gives a project to spend: its budget, else its quarterly plan's total, else nothing. */
  private static Optional<Baht> allocated(Project project) {
    return project.budget().or(() -> project.quarterlyPlan().map(q -> q.total()));
  }

  private static void overBudget(ResultsDocument d, StrategicPlan plan, PlanIndex index, RuleContext context) {
    for (int i = 0; i < d.projects().size(); i++) {
      ProjectProgress p = d.projects().get(i);
      List<Project> same = index.projects(p.number());
      if (same.isEmpty() || p.totalSpent().isZero()) {
        continue;
      }
      Optional<Baht> allocated = allocated(same.get(0));
      Baht spent = p.totalSpent();
      if (allocated.isEmpty()) {
        context.at(projectPath(i) + ".spent").number(p.number()).variant("none").value("year", p.year())
            .value("spent", spent).report();
      } else if (spent.compareTo(allocated.get()) > 0) {
        context.at(projectPath(i) + ".spent").number(p.number()).value("year", p.year()).value("spent", spent)
            .value("budget", allocated.get()).value("difference", Baht.of(spent.minus(allocated.get()))).report();
      }
    }
  }

  private static void inactiveQuarters(ResultsDocument d, StrategicPlan plan, PlanIndex index, RuleContext context) {
    for (int i = 0; i < d.projects().size(); i++) {
      ProjectProgress p = d.projects().get(i);
      List<Project> same = index.projects(p.number());
      if (same.isEmpty() || same.get(0).activeQuarters().isEmpty()) {
        continue;
      }
      Project project = same.get(0);
      for (Map.Entry<Quarter, Baht> e : p.spent().entrySet()) {
        if (!e.getValue().isZero() && !project.activeQuarters().contains(e.getKey())) {
          context.at(spentPath(i, e.getKey())).number(p.number()).value("quarter", e.getKey().number())
              .value("spent", e.getValue()).value("active", project.activeQuarters().stream()
                  .map(q -> Integer.toString(q.number())).collect(Collectors.joining(", ")))
              .report();
        }
      }
    }
  }

  private static void statusSpending(ResultsDocument d, StrategicPlan plan, PlanIndex index, RuleContext context) {
    for (int i = 0; i < d.projects().size(); i++) {
      ProjectProgress p = d.projects().get(i);
      if (p.status() == ProjectStatus.NOT_STARTED && !p.totalSpent().isZero()) {
        context.at(projectPath(i) + ".status").number(p.number())
            .value("status", p.status().name().toLowerCase(Locale.ROOT)).value("spent", p.totalSpent()).report();
      }
    }
  }
}
