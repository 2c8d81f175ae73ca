package io.github.eduplan.model;

import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.internal.VisibleText;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A responsible person (ผู้รับผิดชอบ), named with the title the plan gives ({@code นาย},
 * {@code นาง}, {@code นางสาว}).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutablePerson.class)
@JsonDeserialize(as = ImmutablePerson.class)
public abstract class Person {
  Person() {}

  /**
   * Returns the person's name as written, with its title.
   *
   * @return the name, not null, not blank
   */
  public abstract String name();

  /**
   * Returns the person's position, such as {@code ผู้อำนวยการกลุ่มนโยบายและแผน}.
   *
   * @return the position, or empty
   */
  public abstract Optional<String> position();

  @Value.Check
  void check() {
    if (VisibleText.isBlank(name())) {
      throw new IllegalArgumentException("a person needs a name: '" + name() + "'");
    }
  }

  /**
   * Returns a person with no position.
   *
   * @param name the name as written, not null, not blank
   * @return the person, not null
   * @throws IllegalArgumentException if the name is blank: empty, or only white space (also no-break
   *     spaces), controls and invisible format characters such as U+200B
   */
  public static Person of(String name) {
    return builder().name(name).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}. */
  public static final class Builder extends ImmutablePerson.Builder {}
}
