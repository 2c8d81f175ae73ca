package io.github.eduplan.achievement;

import io.github.eduplan.model.ElementNumber;
import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.model.Baht;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * What one project spent (ผลการเบิกจ่าย) in each quarter of a fiscal year. Example: project 1 of
 * สพป.ตาก เขต 2, FY 2565, ไตรมาส 1 30,000 baht, ไตรมาส 2 45,500 baht.
 *
 * <p>The project is named by its number, compared as {@link ElementNumber} compares numbers; when a plan repeats a number, the spending is matched to the first project with it. A
 * quarter not given spent nothing. This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class ProjectSpending {
  ProjectSpending() {}

  /**
   * Returns the project's number as given.
   *
   * @return the number, not null, not blank
   */
  public abstract String project();

  /**
   * Returns the fiscal year.
   *
   * @return the year, not null
   */
  public abstract FiscalYear year();

  /**
   * Returns the amount spent in each quarter given.
   *
   * @return the amounts by quarter, not null
   */
  @Value.NaturalOrder
  public abstract SortedMap<Quarter, Baht> spent();

  /**
   * Returns the amount spent in a quarter.
   *
   * @param quarter the quarter, not null
   * @return the amount, {@link Baht#ZERO} when the quarter is not given; not null
   */
  public Baht spent(Quarter quarter) {
    return spent().getOrDefault(quarter, Baht.ZERO);
  }

  /**
   * Tells whether this spending is for a project number, compared as {@link ElementNumber} compares
   * numbers.
   *
   * @param number the project's number as written, not null
   * @return true if it names the same number
   */
  public boolean isFor(String number) {
    return ElementNumber.same(project(), number);
  }

  @Value.Check
  void check() {
    if (project().isBlank()) {
      throw new IllegalArgumentException("spending of " + year() + ": project number cannot be blank");
    }
  }

  /**
   * Returns the spending of the four quarters in whole baht.
   *
   * @param project the project's number, not null, not blank
   * @param year the fiscal year, not null
   * @param q1 spent in quarter 1, zero or more
   * @param q2 spent in quarter 2, zero or more
   * @param q3 spent in quarter 3, zero or more
   * @param q4 spent in quarter 4, zero or more
   * @return the spending, not null
   * @throws IllegalArgumentException if an amount is negative or the number is blank
   */
  public static ProjectSpending of(String project, FiscalYear year, long q1, long q2, long q3, long q4) {
    return builder().project(project).year(year).putSpent(Quarter.Q1, Baht.of(q1))
        .putSpent(Quarter.Q2, Baht.of(q2)).putSpent(Quarter.Q3, Baht.of(q3))
        .putSpent(Quarter.Q4, Baht.of(q4)).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProjectSpending}. */
  public static final class Builder extends ImmutableProjectSpending.Builder {}
}
