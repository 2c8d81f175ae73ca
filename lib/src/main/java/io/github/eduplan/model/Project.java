package io.github.eduplan.model;

import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.time.Quarter;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A project or activity (โครงการ / กิจกรรม) of an action plan: its number, title, the budget program
 * (แผนงาน) and strategy it belongs to, objectives (วัตถุประสงค์), quantitative and qualitative targets
 * (เป้าหมายเชิงปริมาณ / เชิงคุณภาพ), success indicators (ตัวชี้วัดความสำเร็จ), total budget
 * (งบประมาณ), the quarterly spending plan, the quarters it is active in, responsible people and group
 * (ผู้รับผิดชอบ, กลุ่มงาน) and budget source. Example: project 1 of สพป.ตาก เขต 2 FY2565, 121,940
 * baht, quarters 1, 2, 4.
 *
 * <p>A project whose quarters do not sum to its budget, or that spends in a quarter it is not active
 * in, still builds: the validator reports it. This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableProject.class)
@JsonDeserialize(as = ImmutableProject.class)
public abstract class Project {
  Project() {}

  /**
   * Returns the project's number as written, such as {@code 1}.
   *
   * @return the number, not null
   */
  public abstract String number();

  /**
   * Returns the project's title as written.
   *
   * @return the title, not null
   */
  public abstract String title();

  /**
   * Returns the budget program (แผนงาน), such as
   * แผนงานพื้นฐานด้านการพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์.
   *
   * @return the program, or empty
   */
  public abstract Optional<String> program();

  /**
   * Returns the number of the strategy (กลยุทธ์) the project belongs to, as written.
   *
   * @return the strategy's number, or empty
   */
  public abstract Optional<String> strategy();

  /**
   * Returns the objectives (วัตถุประสงค์).
   *
   * @return the objectives, not null
   */
  public abstract List<String> objectives();

  /**
   * Returns the quantitative targets (เป้าหมายเชิงปริมาณ).
   *
   * @return the targets, not null
   */
  public abstract List<String> quantitativeTargets();

  /**
   * Returns the qualitative targets (เป้าหมายเชิงคุณภาพ).
   *
   * @return the targets, not null
   */
  public abstract List<String> qualitativeTargets();

  /**
   * Returns the success indicators (ตัวชี้วัดความสำเร็จ).
   *
   * @return the indicators, not null
   */
  public abstract List<String> successIndicators();

  /**
   * Returns the total budget the plan states for the project.
   *
   * @return the budget, or empty when the plan states none
   */
  public abstract Optional<Baht> budget();

  /**
   * Returns the spending plan by quarter.
   *
   * @return the quarterly plan, or empty when the plan gives none
   */
  public abstract Optional<QuarterlyBudget> quarterlyPlan();

  /**
   * Returns the quarters the project is active in ("ไตรมาส 1,2,4").
   *
   * @return the quarters, in order, not null
   */
  @Value.NaturalOrder
  public abstract SortedSet<Quarter> activeQuarters();

  /**
   * Returns the duration (ระยะเวลา) as written, such as {@code ตุลาคม 2564 – กันยายน 2565}.
   *
   * @return the period, or empty
   */
  public abstract Optional<String> period();

  /**
   * Returns the responsible people (ผู้รับผิดชอบ).
   *
   * @return the people, not null
   */
  public abstract List<Person> responsiblePeople();

  /**
   * Returns the responsible group of the office (กลุ่มงาน), such as กลุ่มนโยบายและแผน.
   *
   * @return the group, or empty
   */
  public abstract Optional<String> group();

  /**
   * Returns the budget source or type, such as งบดำเนินงาน or งบประจำ.
   *
   * @return the source, or empty
   */
  public abstract Optional<String> budgetSource();

  /**
   * Returns the links of this project to higher-level plans.
   *
   * @return the links, not null
   */
  public abstract List<AlignmentLink> alignment();

  /**
   * Returns the goals or strategies of the plan above that this project serves
   * (ความสอดคล้องกับแผนระดับบน), such as "สอดคล้องกับกลยุทธ์ สพป. ข้อ 2".
   *
   * @return the served elements, not null
   */
  public abstract List<ServedElement> serves();

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Project}. */
  public static final class Builder extends ImmutableProject.Builder {}
}
