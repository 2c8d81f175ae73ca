package io.github.eduplan.model;

import io.github.eduplan.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A goal (เป้าประสงค์) of a plan, or a strategic goal (เป้าประสงค์เชิงกลยุทธ์) within a strategy: a
 * numbered statement of a result the plan aims at.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableGoal.class)
@JsonDeserialize(as = ImmutableGoal.class)
public abstract class Goal {
  Goal() {}

  /**
   * Returns the goal's number as written, such as {@code 1} or {@code ๒}.
   *
   * @return the number, or empty when the plan does not number it
   */
  public abstract Optional<String> number();

  /**
   * Returns the goal's text as written.
   *
   * @return the text, not null
   */
  public abstract String text();

  /**
   * Returns the links of this goal to higher-level plans.
   *
   * @return the links, not null
   */
  public abstract List<AlignmentLink> alignment();

  /**
   * Returns the goals or strategies of the plan above that this goal serves
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

  /** Builds a {@link Goal}. */
  public static final class Builder extends ImmutableGoal.Builder {}
}
