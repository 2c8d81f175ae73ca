package io.github.eduplan.model;

import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.internal.VisibleText;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A goal, strategy or project's link to the element of the plan above that it serves
 * (ความสอดคล้องกับแผนระดับบน): a school project saying "สอดคล้องกับกลยุทธ์ สพป. ข้อ 2" serves
 * strategy 2 of its area office's plan ({@link StrategicPlan#servedPlan()}).
 *
 * <p>The number is kept as written and compared as {@link ElementNumber} compares numbers. This
 * type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableServedElement.class)
@JsonDeserialize(as = ImmutableServedElement.class)
public abstract class ServedElement {
  ServedElement() {}

  /**
   * Returns what the link names in the plan above: a goal or a strategy.
   *
   * @return the kind, not null
   */
  public abstract ServedKind kind();

  /**
   * Returns the number of the served goal or strategy as written, such as {@code 2} or {@code ๒}.
   *
   * @return the number, not null, not blank
   */
  public abstract String number();

  /**
   * Returns the link as the plan writes it, such as {@code สอดคล้องกับกลยุทธ์ สพป. ข้อ 2}.
   *
   * @return the text, or empty
   */
  public abstract Optional<String> text();

  @Value.Check
  void check() {
    if (VisibleText.isBlank(number())) {
      throw new IllegalArgumentException("a served element needs a number: '" + number() + "'");
    }
  }

  /**
   * Returns a link to a goal or strategy of the plan above.
   *
   * @param kind goal or strategy, not null
   * @param number its number as written, not null, not blank
   * @return the link, not null
   * @throws IllegalArgumentException if the number is blank
   */
  public static ServedElement of(ServedKind kind, String number) {
    return builder().kind(kind).number(number).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServedElement}. */
  public static final class Builder extends ImmutableServedElement.Builder {}
}
