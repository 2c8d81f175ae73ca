package io.github.eduplan.results;

import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.time.FiscalYearRange;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The plan a results document reports on (แผนที่รายงานผล): the office's name, the kind of plan and
 * its fiscal years, and optionally its title. Example: สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2,
 * {@code ACTION_PLAN}, 2565–2565.
 *
 * <p>A document names its plan so that results are never checked against, or reported with, another
 * office's plan or another year's: {@link ResultsChecks} compares this reference with the plan it is
 * given. The office's name is not blank. This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutablePlanReference.class)
@JsonDeserialize(as = ImmutablePlanReference.class)
public abstract class PlanReference {
  PlanReference() {}

  /**
   * Returns the office's name as the plan writes it, such as
   * สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2.
   *
   * @return the name, not null, not blank
   */
  public abstract String office();

  /**
   * Returns the kind of plan.
   *
   * @return the kind, not null
   */
  public abstract PlanKind kind();

  /**
   * Returns the fiscal years the plan covers.
   *
   * @return the period, not null
   */
  public abstract FiscalYearRange period();

  /**
   * Returns the plan's title, for a reader of the document; it is not compared.
   *
   * @return the title, or empty
   */
  public abstract Optional<String> title();

  @Value.Check
  void check() {
    if (office().isBlank()) {
      throw new DocumentProblem("office", "the plan's office cannot be blank");
    }
  }

  /**
   * Returns the reference to a plan: its office's name, kind, period and title.
   *
   * @param plan the plan, not null
   * @return the reference, not null
   */
  public static PlanReference of(StrategicPlan plan) {
    return builder().office(plan.office().name()).kind(plan.kind()).period(plan.period()).title(plan.title()).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlanReference}. */
  public static final class Builder extends ImmutablePlanReference.Builder {}
}
