package io.github.eduplan.model;

import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.internal.VisibleText;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The office that owns a plan: an educational service area office (สำนักงานเขตพื้นที่การศึกษา,
 * สพป. primary / สพม. secondary) such as สพป.ตาก เขต 2, or a school.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableOffice.class)
@JsonDeserialize(as = ImmutableOffice.class)
public abstract class Office {
  Office() {}

  /**
   * Returns the office's name as the plan writes it on its cover or title.
   *
   * @return the name, not null, not blank
   */
  public abstract String name();

  /**
   * Returns the office's short name, such as {@code สพป.ตาก เขต 2}.
   *
   * @return the short name, or empty
   */
  public abstract Optional<String> shortName();

  /**
   * Returns the office's code, when known.
   *
   * @return the code, or empty
   */
  public abstract Optional<String> code();

  /**
   * Returns other places where the document names the office, as written there.
   *
   * @return the mentions, not null
   */
  public abstract List<NameMention> mentions();

  /**
   * Returns the province (จังหวัด) of the office as written, such as {@code ตาก}.
   *
   * @return the province, or empty
   */
  public abstract Optional<String> province();

  @Value.Check
  void check() {
    if (VisibleText.isBlank(name())) {
      throw new IllegalArgumentException("an office needs a name: '" + name() + "'");
    }
  }

  /**
   * Returns an office with a name only.
   *
   * @param name the name as written, not null, not blank
   * @return the office, not null
   * @throws IllegalArgumentException if the name is blank: empty, or only white space (also no-break
   *     spaces), controls and invisible format characters such as U+200B
   */
  public static Office of(String name) {
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

  /** Builds a {@link Office}. */
  public static final class Builder extends ImmutableOffice.Builder {}
}
