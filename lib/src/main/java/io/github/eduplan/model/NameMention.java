package io.github.eduplan.model;

import io.github.eduplan.internal.ValueStyle;

import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One place where the plan document names its office, kept so that the validator can see when the
 * name changes inside the document (the สพป.ตรัง เขต 2 plan for 2563–2565 names สพป.ตรัง เขต 2 and, in two places, ตราด).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableNameMention.class)
@JsonDeserialize(as = ImmutableNameMention.class)
public abstract class NameMention {
  NameMention() {}

  /**
   * Returns where the name appears, such as {@code cover} or {@code indicator table heading}.
   *
   * @return the place, not null
   */
  public abstract String where();

  /**
   * Returns the name as written there.
   *
   * @return the name, not null
   */
  public abstract String name();

  /**
   * Returns a mention.
   *
   * @param where the place, not null
   * @param name the name as written, not null
   * @return the mention, not null
   */
  public static NameMention of(String where, String name) {
    return builder().where(where).name(name).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NameMention}. */
  public static final class Builder extends ImmutableNameMention.Builder {}
}
