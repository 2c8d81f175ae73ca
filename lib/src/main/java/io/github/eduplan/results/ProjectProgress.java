package io.github.eduplan.results;

import io.github.eduplan.achievement.ProjectSpending;
import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.ElementNumber;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The progress of one project (ผลการดำเนินงานโครงการ) in a fiscal year, as a results document states
 * it: its status and what it spent in each quarter reported (ผลการเบิกจ่ายรายไตรมาส). Example: project
 * 1 of สพป.ตาก เขต 2, FY 2565, in progress, ไตรมาส 1 24,090 baht, ไตรมาส 2 22,400 baht.
 *
 * <p>The project is named by its number as written and matched as {@link ElementNumber} compares
 * numbers; its title is for a reader of the document. A quarter that is not given is not reported,
 * which is not the same as 0 spent. The number is not blank. This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableProjectProgress.class)
@JsonDeserialize(as = ImmutableProjectProgress.class)
public abstract class ProjectProgress {
  ProjectProgress() {}

  /**
   * Returns the project's number as written.
   *
   * @return the number, not null, not blank
   */
  public abstract String number();

  /**
   * Returns the project's title, for a reader of the document.
   *
   * @return the title, or empty
   */
  public abstract Optional<String> title();

  /**
   * Returns the fiscal year.
   *
   * @return the year, not null
   */
  public abstract FiscalYear year();

  /**
   * Returns the project's status at the time of the report.
   *
   * @return the status, not null
   */
  public abstract ProjectStatus status();

  /**
   * Returns the amount spent in each quarter reported.
   *
   * @return the amounts by quarter, not null
   */
  @Value.NaturalOrder
  public abstract SortedMap<Quarter, Baht> spent();

  /**
   * Returns a note, such as why a project was cancelled.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns the amount spent in a quarter.
   *
   * @param quarter the quarter, not null
   * @return the amount, or empty when the quarter is not reported
   */
  public Optional<Baht> spentIn(Quarter quarter) {
    return Optional.ofNullable(spent().get(quarter));
  }

  /**
   * Returns the total spent in the quarters reported.
   *
   * @return the total, not null
   */
  public Baht totalSpent() {
    return spent().values().stream().collect(Baht.summing());
  }

  @Value.Check
  void check() {
    if (number().isBlank()) {
      throw new DocumentProblem("number", "a project's number cannot be blank");
    }
  }

  /**
   * Returns the spending as the achievement calculators take it.
   *
   * @return the spending, not null
   */
  public ProjectSpending toSpending() {
    return ProjectSpending.builder().project(number()).year(year()).putAllSpent(spent()).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProjectProgress}. */
  public static final class Builder extends ImmutableProjectProgress.Builder {}
}
