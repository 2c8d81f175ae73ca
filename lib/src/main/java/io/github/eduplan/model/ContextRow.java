package io.github.eduplan.model;

import io.github.eduplan.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One row of a {@link ContextTable} (แถว): its labels, one per level of the row headings (อำเภอ,
 * ระดับชั้น), and its cells exactly as printed ("2,079", "17.50", "-", "", "1:19").
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableContextRow.class)
@JsonDeserialize(as = ImmutableContextRow.class)
public abstract class ContextRow {
  ContextRow() {}

  /**
   * Returns the row's labels, such as {@code [แม่สอด]} or {@code [รวมประถมศึกษา]}.
   *
   * @return the labels, not null
   */
  public abstract List<String> labels();

  /**
   * Returns the cells as printed.
   *
   * @return the cells, not null
   */
  public abstract List<String> cells();

  /**
   * Returns a row.
   *
   * @param label the row's label, not null
   * @param cells the cells as printed, not null
   * @return the row, not null
   */
  public static ContextRow of(String label, String... cells) {
    return builder().addLabel(label).addAllCells(java.util.Arrays.asList(cells)).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContextRow}. */
  public static final class Builder extends ImmutableContextRow.Builder {}
}
