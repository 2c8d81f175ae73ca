package io.github.eduplan.testsupport;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.eduplan.achievement.ActualResult;
import io.github.eduplan.achievement.ActualResults;
import io.github.eduplan.achievement.IndicatorKey;
import io.github.eduplan.achievement.ProjectSpending;
import io.github.eduplan.achievement.ResultStatus;
import io.github.eduplan.achievement.Spending;
import io.github.eduplan.model.ElementNumber;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.results.IndicatorResults;
import io.github.eduplan.results.PeriodResult;
import io.github.eduplan.results.PlanReference;
import io.github.eduplan.results.ProjectProgress;
import io.github.eduplan.results.ProjectStatus;
import io.github.eduplan.results.ResultsDocument;
import io.github.eduplan.time.FiscalQuarter;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of results documents (docs/results.md): any document the model accepts,
 * with Thai text, Thai and Arabic digits, every status and kind of value, counts, quarters given and
 * not given; and the document of an achievement scenario's results and spending, so that what the
 * calculators make of a document read back can be compared with what they make of the same results
 * built in code.
 */
public final class ResultsGenerators {
  private ResultsGenerators() {}

  private static <T> Optional<T> maybe(Gen<T> gen, org.quicktheories.core.RandomnessSource in) {
    return integers().between(0, 2).generate(in) == 0 ? Optional.empty() : Optional.of(gen.generate(in));
  }

  /** A date from 1997 to 2057, around the years the fiscal years cover. */
  public static Gen<LocalDate> dates() {
    return integers().between(0, 22_000).map(d -> LocalDate.of(1997, 1, 1).plusDays(d));
  }

  /** Any result the model accepts for a year: every status, values of every kind, counts, or both. */
  public static Gen<PeriodResult> periodResults(FiscalYear year, Optional<Quarter> quarter) {
    return in -> {
      PeriodResult.Builder b = PeriodResult.builder().year(year).quarter(quarter);
      int form = integers().between(0, 5).generate(in);
      if (form == 0) {
        b.status(Generate.pick(List.of(ResultStatus.NOT_YET_DUE, ResultStatus.NOT_AVAILABLE,
            ResultStatus.NOT_APPLICABLE)).generate(in));
      } else {
        if (integers().between(0, 1).generate(in) == 1) {
          // REPORTED is the default: given or left out, it reads back the same.
          b.status(ResultStatus.REPORTED);
        }
        if (form != 1) {
          b.value(ModelGenerators.indicatorValues().generate(in));
        }
        if (form == 1 || form == 5) {
          int denominator = integers().between(0, 500).generate(in);
          b.numerator(BigDecimal.valueOf(integers().between(0, 600).generate(in)))
              .denominator(BigDecimal.valueOf(denominator, integers().between(0, 1).generate(in)));
        }
      }
      maybe(ModelGenerators.thaiText(), in).ifPresent(b::source);
      maybe(dates(), in).ifPresent(b::date);
      maybe(ModelGenerators.thaiText(), in).ifPresent(b::note);
      return b.build();
    };
  }

  /** An indicator's results: 1 to 5 of them, for different years and quarters. */
  public static Gen<IndicatorResults> indicatorResults(String strategy, Optional<String> code, int occurrence,
      FiscalYear around) {
    return in -> {
      IndicatorResults.Builder b = IndicatorResults.builder().strategy(strategy).code(code);
      if (occurrence > 1 || integers().between(0, 1).generate(in) == 1) {
        b.occurrence(occurrence);
      }
      maybe(ModelGenerators.thaiText(), in).ifPresent(b::text);
      Set<List<Object>> periods = new HashSet<>();
      int count = integers().between(1, 5).generate(in);
      for (int i = 0; i < count; i++) {
        FiscalYear year = around.plusYears(integers().between(-1, 1).generate(in));
        int q = integers().between(0, 4).generate(in);
        Optional<Quarter> quarter = q == 0 ? Optional.empty() : Optional.of(Quarter.of(q));
        if (periods.add(List.of(year, quarter))) {
          b.addResult(periodResults(year, quarter).generate(in));
        }
      }
      return b.build();
    };
  }

  /** A project's progress: a status, and spending in some quarters (0 now and then). */
  public static Gen<ProjectProgress> projectProgress(String number, FiscalYear year) {
    return in -> {
      ProjectProgress.Builder b = ProjectProgress.builder().number(number).year(year)
          .status(Generate.enumValues(ProjectStatus.class).generate(in));
      maybe(ModelGenerators.nonBlankThaiText(), in).ifPresent(b::title);
      for (Quarter q : Quarter.values()) {
        if (integers().between(0, 2).generate(in) > 0) {
          b.putSpent(q, ModelGenerators.baht().generate(in));
        }
      }
      maybe(ModelGenerators.thaiText(), in).ifPresent(b::note);
      return b.build();
    };
  }

  /** Any results document the model accepts. */
  public static Gen<ResultsDocument> documents() {
    return in -> {
      FiscalYear year = ModelGenerators.fiscalYears().generate(in);
      ResultsDocument.Builder b = ResultsDocument.builder()
          .plan(PlanReference.builder().office(ModelGenerators.offices().generate(in).name())
              .kind(Generate.enumValues(PlanKind.class).generate(in)).period(ModelGenerators.periods().generate(in))
              .title(maybe(ModelGenerators.thaiText(), in)).build())
          .reportedThrough(FiscalQuarter.of(year, Quarter.of(integers().between(1, 4).generate(in))))
          .reportedOn(maybe(dates(), in))
          .unit(maybe(ModelGenerators.nonBlankThaiText(), in))
          .disbursementTargets(maybe(AchievementGenerators.disbursementTargets(), in).map(t ->
              integers().between(0, 1).generate(in) == 0 ? t
                  : io.github.eduplan.achievement.DisbursementTargets.builder().from(t)
                      .label(ModelGenerators.thaiText().generate(in)).build()))
          .addAllNotes(ModelGenerators.listOf(ModelGenerators.thaiText(), 0, 3).generate(in));
      Set<IndicatorKey> keys = new HashSet<>();
      int indicators = integers().between(0, 8).generate(in);
      for (int i = 0; i < indicators; i++) {
        String strategy = integers().between(0, 9).generate(in) == 0 ? "" : ModelGenerators.numbers().generate(in);
        Optional<String> code = maybe(ModelGenerators.numbers(), in);
        int occurrence = integers().between(0, 4).generate(in) == 0 ? 2 : 1;
        IndicatorResults r = indicatorResults(strategy, code, occurrence, year).generate(in);
        if (keys.add(r.key())) {
          b.addIndicator(r);
        }
      }
      Set<List<Object>> projects = new HashSet<>();
      int count = integers().between(0, 6).generate(in);
      for (int i = 0; i < count; i++) {
        String number = ModelGenerators.numbers().generate(in);
        FiscalYear projectYear = integers().between(0, 4).generate(in) == 0 ? year.previous() : year;
        if (projects.add(List.of(ElementNumber.key(number), projectYear))) {
          b.addProject(projectProgress(number, projectYear).generate(in));
        }
      }
      return b.build();
    };
  }

  /**
   * The document holding an achievement scenario's results and spending, grouped by indicator in
   * the order each first appears; project statuses are added, as a document must have them.
   *
   * @param reference the plan the results are for
   * @param through the last quarter reported
   * @param results the results
   * @param spending the spending
   * @return the document
   */
  public static ResultsDocument documentOf(PlanReference reference, FiscalQuarter through, ActualResults results,
      Spending spending) {
    ResultsDocument.Builder b = ResultsDocument.builder().plan(reference).reportedThrough(through)
        .unit(results.unit());
    Map<IndicatorKey, IndicatorResults.Builder> byKey = new LinkedHashMap<>();
    for (ActualResult r : results.results()) {
      IndicatorKey key = r.indicator();
      byKey.computeIfAbsent(key, k -> IndicatorResults.builder().strategy(k.strategy()).code(k.code())
          .occurrence(k.occurrence())).addResult(PeriodResult.of(r));
    }
    byKey.values().forEach(r -> b.addIndicator(r.build()));
    List<ProjectStatus> statuses = List.of(ProjectStatus.values());
    int i = 0;
    for (ProjectSpending s : spending.projects()) {
      b.addProject(ProjectProgress.builder().number(s.project()).year(s.year())
          .status(statuses.get(i++ % statuses.size())).putAllSpent(s.spent()).build());
    }
    return b.build();
  }

  /** The results grouped by indicator as {@link #documentOf} groups them, built in code. */
  public static ActualResults grouped(ActualResults results) {
    Map<IndicatorKey, List<ActualResult>> byKey = new LinkedHashMap<>();
    for (ActualResult r : results.results()) {
      byKey.computeIfAbsent(r.indicator(), k -> new ArrayList<>()).add(r);
    }
    ActualResults.Builder b = ActualResults.builder().unit(results.unit());
    byKey.values().forEach(b::addAllResults);
    return b.build();
  }

  /** A value of the given kind, for documents built by hand in tests. */
  public static IndicatorValue number(String n) {
    return IndicatorValue.number(new BigDecimal(n));
  }
}
