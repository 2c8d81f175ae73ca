package io.github.eduplan.achievement;

import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.model.ElementNumber;
import io.github.eduplan.model.Project;
import io.github.eduplan.time.FiscalYear;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The spending (ผลการเบิกจ่ายงบประมาณ) of a plan's projects in one fiscal year. Example: FY 2565,
 * {@code Spending.of(FiscalYear.of(2565), ProjectSpending.of("1", FiscalYear.of(2565), 30000, 45500, 0, 0))}.
 *
 * <p>Every item is of the set's year and names a different project number; anything else can never
 * be legal and is rejected when built. A project with no item spent nothing. This type is
 * immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Spending {
  Spending() {}

  /**
   * Returns the fiscal year.
   *
   * @return the year, not null
   */
  public abstract FiscalYear year();

  /**
   * Returns the projects' spending.
   *
   * @return the items, not null
   */
  public abstract List<ProjectSpending> projects();

  /**
   * Returns the spending of a project.
   *
   * @param project the project, not null
   * @return the spending, or empty when none is given
   */
  public Optional<ProjectSpending> forProject(Project project) {
    return forKey(ElementNumber.key(project.number()));
  }

  /** The spending of the project whose number has a {@link ElementNumber#key}: one hash look-up. */
  Optional<ProjectSpending> forKey(String key) {
    return Optional.ofNullable(byKey().get(key));
  }

  /** The items by their project number's key, built once. */
  @Value.Lazy
  Map<String, ProjectSpending> byKey() {
    Map<String, ProjectSpending> byKey = new HashMap<>(projects().size() * 2);
    for (ProjectSpending s : projects()) {
      byKey.put(ElementNumber.key(s.project()), s);
    }
    return byKey;
  }

  @Value.Check
  void check() {
    Set<String> seen = new HashSet<>();
    for (ProjectSpending s : projects()) {
      if (!s.year().equals(year())) {
        throw new IllegalArgumentException("spending of " + year() + " holds project " + s.project()
            + " of " + s.year());
      }
      if (!seen.add(ElementNumber.key(s.project()))) {
        throw new IllegalArgumentException("spending of " + year() + " gives project " + s.project() + " twice");
      }
    }
  }

  /**
   * Returns the spending of some projects.
   *
   * @param year the fiscal year, not null
   * @param projects the items, not null
   * @return the spending, not null
   * @throws IllegalArgumentException if an item is of another year or a project is given twice
   */
  public static Spending of(FiscalYear year, ProjectSpending... projects) {
    return builder().year(year).addProjects(projects).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Spending}. */
  public static final class Builder extends ImmutableSpending.Builder {}
}
