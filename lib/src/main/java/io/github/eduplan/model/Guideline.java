package io.github.eduplan.model;

import io.github.eduplan.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A development guideline (แนวทางการพัฒนา): what the office will do under a strategy. Guidelines nest
 * as the plan numbers them: {@code 1.} → {@code 1.1} → {@code (1)}.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableGuideline.class)
@JsonDeserialize(as = ImmutableGuideline.class)
public abstract class Guideline {
  Guideline() {}

  /**
   * Returns the guideline's number as written, such as {@code 1}, {@code 1.1} or {@code (1)}.
   *
   * @return the number, or empty when the plan does not number it
   */
  public abstract Optional<String> number();

  /**
   * Returns the guideline's text as written.
   *
   * @return the text, not null
   */
  public abstract String text();

  /**
   * Returns the guidelines nested under this one.
   *
   * @return the children, not null
   */
  public abstract List<Guideline> children();

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Guideline}. */
  public static final class Builder extends ImmutableGuideline.Builder {}
}
