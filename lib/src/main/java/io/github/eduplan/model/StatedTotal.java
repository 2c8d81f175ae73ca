package io.github.eduplan.model;

import io.github.eduplan.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A total that the plan document states (รวมงบประมาณ), kept as written so that it can be compared
 * with the sum of its projects: per plan, strategy, program, group, quarter or higher-level item.
 * The สพป.ตาก เขต 2 FY2565 action plan states 8,095,606 baht for its 59 projects.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableStatedTotal.class)
@JsonDeserialize(as = ImmutableStatedTotal.class)
public abstract class StatedTotal {
  StatedTotal() {}

  /**
   * Returns what the total adds up.
   *
   * @return the scope, not null
   */
  public abstract TotalScope scope();

  /**
   * Returns which strategy, program, group, quarter or item the total is for (see
   * {@link TotalScope}).
   *
   * @return the key, empty for the whole plan
   */
  public abstract Optional<String> key();

  /**
   * Returns the stated amount.
   *
   * @return the amount, not null
   */
  public abstract Baht amount();

  /**
   * Returns the stated number of projects, when the plan states one.
   *
   * @return the count, or empty
   */
  public abstract Optional<Integer> projectCount();

  /**
   * Returns the row's label as written, such as {@code รวมงบประมาณ} or {@code ความปลอดภัย}.
   *
   * @return the label, or empty
   */
  public abstract Optional<String> label();

  @Value.Check
  void check() {
    if (projectCount().isPresent() && projectCount().get() < 0) {
      throw new IllegalArgumentException("a project count cannot be negative: " + projectCount().get());
    }
    if (scope() == TotalScope.PLAN && key().isPresent()) {
      throw new IllegalArgumentException("a plan total has no key: " + key().get());
    }
    if (scope() != TotalScope.PLAN && key().isEmpty()) {
      throw new IllegalArgumentException("a " + scope() + " total needs a key");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StatedTotal}. */
  public static final class Builder extends ImmutableStatedTotal.Builder {}
}
