package io.github.eduplan.results;

import io.github.eduplan.achievement.ActualResults;
import io.github.eduplan.achievement.DisbursementTargets;
import io.github.eduplan.achievement.IndicatorKey;
import io.github.eduplan.achievement.Spending;
import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.model.ElementNumber;
import io.github.eduplan.time.FiscalQuarter;
import io.github.eduplan.time.FiscalYear;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A results document (รายงานผลการดำเนินงาน): what an office, or one of its schools, reports on a plan
 * during and after a fiscal year — each indicator's actual results by year or quarter, each project's
 * status and spending by quarter, and free notes. It names the plan it reports on and the last
 * quarter it covers. Example: the FY 2565 results of สพป.ตาก เขต 2 through ไตรมาส 3.
 *
 * <p>{@link ResultsJson} reads and writes it ({@code docs/results.md}); {@link ResultsChecks}
 * checks it against its plan; {@link #actualResults()} and {@link #spending(FiscalYear)} give the
 * achievement calculators their input. An indicator is named at most once, and a project at most
 * once per fiscal year (numbers compared as {@link ElementNumber} compares them); anything else can
 * never be legal and is rejected when built. This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableResultsDocument.class)
@JsonDeserialize(as = ImmutableResultsDocument.class)
public abstract class ResultsDocument {
  /**
   * The version of the format this library writes and reads, {@value}. A later version only adds
   * optional properties, so documents of every earlier version still read; see
   * {@code docs/results.md}.
   */
  public static final int FORMAT_VERSION = 1;

  ResultsDocument() {}

  /**
   * Returns the version of the format the document is written in.
   *
   * @return 1 or more; {@link #FORMAT_VERSION} for a document built with {@link #builder()}
   */
  public abstract int formatVersion();

  /**
   * Returns the plan the document reports on.
   *
   * @return the plan's reference, not null
   */
  public abstract PlanReference plan();

  /**
   * Returns the unit that reports when it is not the plan's office, such as a school
   * (สถานศึกษา) whose counts are pooled with other schools'.
   *
   * @return the unit, or empty when the office reports on its own plan
   */
  public abstract Optional<String> unit();

  /**
   * Returns the last quarter the document covers (รายงานถึงไตรมาส): results and spending of later
   * quarters cannot be in it yet. Its fiscal year is the year the report is about.
   *
   * @return the quarter, not null
   */
  public abstract FiscalQuarter reportedThrough();

  /**
   * Returns the date of the report.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> reportedOn();

  /**
   * Returns free notes (หมายเหตุ), such as where the figures come from.
   *
   * @return the notes, not null
   */
  public abstract List<String> notes();

  /**
   * Returns the cumulative disbursement targets the spending is measured against, as the cabinet
   * set them for the year.
   *
   * @return the targets, or empty when the document gives none
   */
  public abstract Optional<DisbursementTargets> disbursementTargets();

  /**
   * Returns the indicators' results, in the order given.
   *
   * @return the results, not null
   */
  public abstract List<IndicatorResults> indicators();

  /**
   * Returns the projects' progress, in the order given.
   *
   * @return the progress, not null
   */
  public abstract List<ProjectProgress> projects();

  @Value.Check
  void check() {
    if (formatVersion() < 1) {
      throw new DocumentProblem("formatVersion", "the format version is 1 or more: " + formatVersion());
    }
    Map<IndicatorKey, Integer> keys = new HashMap<>();
    for (int i = 0; i < indicators().size(); i++) {
      IndicatorKey key = indicators().get(i).key();
      Integer first = keys.putIfAbsent(key, i);
      if (first != null) {
        throw new DocumentProblem("indicators[" + i + "]", "indicator " + key
            + " is named a second time: give all its results in indicators[" + first + "]");
      }
    }
    Map<List<Object>, Integer> projects = new HashMap<>();
    for (int i = 0; i < projects().size(); i++) {
      ProjectProgress p = projects().get(i);
      Integer first = projects.putIfAbsent(List.of(ElementNumber.key(p.number()), p.year()), i);
      if (first != null) {
        throw new DocumentProblem("projects[" + i + "]", "project " + p.number() + " is given a second time for "
            + p.year() + ": the first is projects[" + first + "]");
      }
    }
  }

  /**
   * Returns the indicators' results as the achievement calculators take them, with the document's
   * unit.
   *
   * @return the results, in document order, not null
   */
  public ActualResults actualResults() {
    ActualResults.Builder b = ActualResults.builder().unit(unit());
    for (IndicatorResults indicator : indicators()) {
      IndicatorKey key = indicator.key();
      indicator.results().forEach(r -> b.addResult(r.toActual(key)));
    }
    return b.build();
  }

  /**
   * Returns the projects' spending in a fiscal year as the achievement calculators take it.
   *
   * @param year the fiscal year, not null
   * @return the spending of the projects given for that year, in document order, not null
   */
  public Spending spending(FiscalYear year) {
    Spending.Builder b = Spending.builder().year(year);
    projects().stream().filter(p -> p.year().equals(year)).forEach(p -> b.addProject(p.toSpending()));
    return b.build();
  }

  /**
   * Returns a new builder, with the format version set to {@link #FORMAT_VERSION}.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    Builder b = new Builder();
    b.formatVersion(FORMAT_VERSION);
    return b;
  }

  /** Builds a {@link ResultsDocument}. */
  public static final class Builder extends ImmutableResultsDocument.Builder {}
}
