package io.github.eduplan.model;

import io.github.eduplan.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A strategy (กลยุทธ์ / ประเด็นกลยุทธ์) of a plan: a numbered line of work with its strategic goals
 * (เป้าประสงค์เชิงกลยุทธ์), development guidelines (แนวทางการพัฒนา) and indicators (ตัวชี้วัด).
 * Example: "กลยุทธ์ที่ 1 ส่งเสริมการจัดการศึกษาให้ผู้เรียนมีความปลอดภัยจากภัยทุกรูปแบบ".
 *
 * <p>Projects are held by the plan and name their strategy by number
 * ({@link Project#strategy()}). This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableStrategy.class)
@JsonDeserialize(as = ImmutableStrategy.class)
public abstract class Strategy {
  Strategy() {}

  /**
   * Returns the strategy's number as written, such as {@code 1} or {@code ๒}.
   *
   * @return the number, not null
   */
  public abstract String number();

  /**
   * Returns the strategy's title as written.
   *
   * @return the title, not null
   */
  public abstract String title();

  /**
   * Returns the strategic goals (เป้าประสงค์เชิงกลยุทธ์) of this strategy.
   *
   * @return the goals, not null
   */
  public abstract List<Goal> goals();

  /**
   * Returns the development guidelines (แนวทางการพัฒนา), top level first; each may nest.
   *
   * @return the guidelines, not null
   */
  public abstract List<Guideline> guidelines();

  /**
   * Returns the indicators (ตัวชี้วัด) of this strategy.
   *
   * @return the indicators, not null
   */
  public abstract List<Indicator> indicators();

  /**
   * Returns the links of this strategy to higher-level plans.
   *
   * @return the links, not null
   */
  public abstract List<AlignmentLink> alignment();

  /**
   * Returns the goals or strategies of the plan above that this strategy serves
   * (ความสอดคล้องกับแผนระดับบน), such as "สอดคล้องกับกลยุทธ์ สพป. ข้อ 2".
   *
   * @return the served elements, not null
   */
  public abstract List<ServedElement> serves();

  /**
   * Returns the codes of the SWOT items this strategy answers (การวิเคราะห์ TOWS), as written, such
   * as {@code W2} or {@code T1}: the strengths it builds on, the weaknesses it corrects, the
   * opportunities it takes and the threats it meets (see {@link Situation#swot()}).
   *
   * @return the codes, not null
   */
  public abstract List<String> answers();

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Strategy}. */
  public static final class Builder extends ImmutableStrategy.Builder {}
}
