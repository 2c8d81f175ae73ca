package io.github.eduplan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.time.FiscalYearRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A plan document of an educational service area office or school: a multi-year development plan
 * (แผนพัฒนาการศึกษา), an annual action plan (แผนปฏิบัติการประจำปีงบประมาณ), a quality-development
 * direction (ทิศทางการพัฒนาคุณภาพการศึกษา) or a strategy table. It holds the office, kind, title,
 * fiscal-year period, revision, vision (วิสัยทัศน์), missions (พันธกิจ), goals (เป้าประสงค์),
 * strategies (กลยุทธ์), projects (โครงการ), the totals the document states and its alignment claims.
 *
 * <p>Example: แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2565 of สพป.ตาก เขต 2, period 2565, four strategies,
 * 59 projects, 8,095,606 baht.
 *
 * <p>A plan with defects (numbering gaps, quarters that do not add up, an office named two ways)
 * still builds: check it with the validator. This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableStrategicPlan.class)
@JsonDeserialize(as = ImmutableStrategicPlan.class)
public abstract class StrategicPlan {
  StrategicPlan() {}

  /**
   * Returns the office that owns the plan.
   *
   * @return the office, not null
   */
  public abstract Office office();

  /**
   * Returns what kind of plan document this is.
   *
   * @return the kind, not null
   */
  public abstract PlanKind kind();

  /**
   * Returns the plan's title as written.
   *
   * @return the title, or empty for an excerpt without one
   */
  public abstract Optional<String> title();

  /**
   * Returns the fiscal years the plan covers, such as 2563–2565 or 2565.
   *
   * @return the period, not null; it may run backwards in a defective plan
   */
  public abstract FiscalYearRange period();

  /**
   * Returns the revision label as written, such as {@code ฉบับปรับปรุง พ.ศ. ๒๕๖๔}.
   *
   * @return the revision, or empty for an original edition
   */
  public abstract Optional<String> revision();

  /**
   * Returns the date of the revision, in the ISO calendar.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> revisionDate();

  /**
   * Returns the date the plan was approved, in the ISO calendar.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> approvalDate();

  /**
   * Returns the vision (วิสัยทัศน์) as written.
   *
   * @return the vision, or empty
   */
  public abstract Optional<String> vision();

  /**
   * Returns the missions (พันธกิจ).
   *
   * @return the missions, not null
   */
  public abstract List<Mission> missions();

  /**
   * Returns the plan's goals (เป้าประสงค์).
   *
   * @return the goals, not null
   */
  public abstract List<Goal> goals();

  /**
   * Returns the strategies (กลยุทธ์).
   *
   * @return the strategies, not null
   */
  public abstract List<Strategy> strategies();

  /**
   * Returns the projects (โครงการ), in the plan's order.
   *
   * @return the projects, not null
   */
  public abstract List<Project> projects();

  /**
   * Returns the totals the document states.
   *
   * @return the totals, not null
   */
  public abstract List<StatedTotal> statedTotals();

  /**
   * Returns the plan's own alignment claims, such as a sentence saying it follows OBEC policy.
   *
   * @return the links, not null
   */
  public abstract List<AlignmentLink> alignment();

  /**
   * Returns where the plan comes from, such as the document's file name.
   *
   * @return the source, or empty
   */
  public abstract Optional<String> source();

  /**
   * Returns the level of the office that owns the plan: a school, an area office or OBEC.
   *
   * @return the level, {@link OfficeLevel#AREA_OFFICE} unless the document says
   */
  @Value.Default
  public OfficeLevel level() {
    return OfficeLevel.AREA_OFFICE;
  }

  /**
   * Returns the plan this plan serves (แผนที่สนองต่อ): the office above and a year its plan covers.
   *
   * @return the served plan, or empty
   */
  @JsonProperty("serves")
  public abstract Optional<ServedPlan> servedPlan();

  /**
   * Returns the strategy with a number, compared as {@link ElementNumber} compares numbers
   * ({@code "1."}, {@code "1"} and {@code "๑"} are the same).
   *
   * @param number the strategy's number, not null
   * @return the first strategy with that number, or empty
   */
  public Optional<Strategy> strategy(String number) {
    String key = ElementNumber.key(number);
    return strategies().stream().filter(s -> ElementNumber.key(s.number()).equals(key)).findFirst();
  }

  /**
   * Returns the projects that name a strategy, in the plan's order, numbers compared as
   * {@link ElementNumber} compares them.
   *
   * @param strategyNumber the strategy's number, not null
   * @return the projects, not null
   */
  public List<Project> projectsOf(String strategyNumber) {
    String key = ElementNumber.key(strategyNumber);
    return projects().stream()
        .filter(p -> p.strategy().filter(s -> ElementNumber.key(s).equals(key)).isPresent())
        .toList();
  }

  /**
   * Returns every indicator of every strategy, top-level ones only, in the plan's order.
   *
   * @return the indicators, not null
   */
  public Stream<Indicator> indicators() {
    return strategies().stream().flatMap(s -> s.indicators().stream());
  }

  /**
   * Returns the sum of the projects' stated budgets; projects without a budget count as zero.
   *
   * @return the sum, not null
   */
  public Baht projectBudgetTotal() {
    return projects().stream().flatMap(p -> p.budget().stream()).collect(Baht.summing());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StrategicPlan}. */
  public static final class Builder extends ImmutableStrategicPlan.Builder {}
}
