package io.github.eduplan.model;

import io.github.eduplan.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Cells of different context tables that print the same quantity (ตัวเลขเดียวกันในหลายตาราง), such
 * as the office's students in 2564 in the overview table and in the table by grade: the validator
 * reports them when they print different values.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSameFigure.class)
@JsonDeserialize(as = ImmutableSameFigure.class)
public abstract class SameFigure {
  SameFigure() {}

  /**
   * Returns what the cells print, such as {@code นักเรียนทั้งหมด ปีการศึกษา 2564}.
   *
   * @return the label, or empty
   */
  public abstract Optional<String> label();

  /**
   * Returns the cells, two or more.
   *
   * @return the cells, not null
   */
  public abstract List<TableCell> cells();

  @Value.Check
  void check() {
    if (cells().size() < 2) {
      throw new IllegalArgumentException("the same figure needs two cells or more, not " + cells().size());
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

  /** Builds a {@link SameFigure}. */
  public static final class Builder extends ImmutableSameFigure.Builder {}
}
