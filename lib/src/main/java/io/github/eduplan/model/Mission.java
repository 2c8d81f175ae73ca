package io.github.eduplan.model;

import io.github.eduplan.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A mission (พันธกิจ) of the office, one item of the plan's numbered list.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableMission.class)
@JsonDeserialize(as = ImmutableMission.class)
public abstract class Mission {
  Mission() {}

  /**
   * Returns the mission's number as written.
   *
   * @return the number, or empty when the plan does not number it
   */
  public abstract Optional<String> number();

  /**
   * Returns the mission's text as written.
   *
   * @return the text, not null
   */
  public abstract String text();

  /**
   * Returns a mission.
   *
   * @param number the number as written, not null
   * @param text the text as written, not null
   * @return the mission, not null
   */
  public static Mission of(String number, String text) {
    return builder().number(number).text(text).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Mission}. */
  public static final class Builder extends ImmutableMission.Builder {}
}
