package io.github.eduplan.model;

import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.internal.VisibleText;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A link from a plan element (strategy, goal, indicator, project) to an item of a higher-level
 * plan (ความสอดคล้องกับแผนระดับต่าง ๆ): for example project 1 of สพป.ตาก เขต 2's FY2565 plan names
 * national strategy 3, master plan 10, reform plan 12, OBEC policy 3 and office strategy 1.
 *
 * <p>The framework is a short identifier such as {@code national-strategy} (see the alignment
 * catalogue); the item is its number exactly as written. A prose claim may name a framework with no
 * item. This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableAlignmentLink.class)
@JsonDeserialize(as = ImmutableAlignmentLink.class)
public abstract class AlignmentLink {
  AlignmentLink() {}

  /**
   * Returns the identifier of the higher-level framework, such as {@code national-strategy},
   * {@code master-plan}, {@code reform-plan}, {@code obec-policy} or {@code office-strategy}.
   *
   * @return the framework identifier, not null, not blank
   */
  public abstract String framework();

  /**
   * Returns the framework's edition when the link names one, such as {@code 13} for the 13th
   * national economic and social development plan or {@code 2565} for a fiscal year's policy.
   *
   * @return the edition, or empty
   */
  public abstract Optional<String> edition();

  /**
   * Returns the item's number as written, such as {@code 3} or {@code 11.2}.
   *
   * @return the item, or empty for a claim that names only the framework
   */
  public abstract Optional<String> item();

  /**
   * Returns how the plan shows the link.
   *
   * @return the evidence, not null
   */
  public abstract AlignmentEvidence evidence();

  @Value.Check
  void check() {
    if (VisibleText.isBlank(framework())) {
      throw new IllegalArgumentException("an alignment link needs a framework: '" + framework() + "'");
    }
  }

  /**
   * Returns a link evidenced by an alignment matrix entry.
   *
   * @param framework the framework identifier, not null, not blank
   * @param item the item's number as written, not null
   * @return the link, not null
   */
  public static AlignmentLink matrix(String framework, String item) {
    return builder().framework(framework).item(item).evidence(AlignmentEvidence.MATRIX).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AlignmentLink}. */
  public static final class Builder extends ImmutableAlignmentLink.Builder {}
}
