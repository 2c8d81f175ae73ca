package io.github.eduplan.model;

import io.github.eduplan.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Which printed cells of a {@link ContextTable} derive from which (ที่มาของค่าที่คำนวณ): a total row,
 * a total column, a difference column, percentages, averages, ratios. The operands are written for
 * the first cell of {@link #cells()}; every other cell takes them moved by its own distance from the
 * first, as a spreadsheet formula is filled: the total row {@code r5c0:r5c8} with operand
 * {@code r0c0:r4c0} makes {@code r5c3} the sum of {@code r0c3:r4c3}.
 *
 * <p>{@link DerivationKind#DIFFERENCE} and {@link DerivationKind#RATIO} take two single cells, in
 * order; {@link DerivationKind#PERCENTAGE} a single cell (the part) and the ranges whose sum is
 * the whole, often one cell; {@link DerivationKind#SUM} and {@link DerivationKind#AVERAGE} take one
 * to {@value #MAX_OPERANDS} ranges. The table checks that
 * they stay inside it ({@link ContextTable}).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableDerivation.class)
@JsonDeserialize(as = ImmutableDerivation.class)
public abstract class Derivation {
  /** The most operand ranges of one derivation: it bounds the work of checking a table. */
  public static final int MAX_OPERANDS = 100;

  Derivation() {}

  /**
   * Returns the derived cells.
   *
   * @return the range, not null
   */
  public abstract CellRange cells();

  /**
   * Returns how the cells derive.
   *
   * @return the kind, not null
   */
  public abstract DerivationKind kind();

  /**
   * Returns the operands of the first derived cell.
   *
   * @return the ranges, not null
   */
  public abstract List<CellRange> from();

  /**
   * Returns the operands of one derived cell: {@link #from()} moved by the cell's distance from the
   * first cell of {@link #cells()}.
   *
   * @param row the derived cell's row, inside {@link #cells()}
   * @param column the derived cell's column, inside {@link #cells()}
   * @return the ranges, not null
   */
  public List<CellRange> operandsOf(int row, int column) {
    int dr = row - cells().firstRow();
    int dc = column - cells().firstColumn();
    return dr == 0 && dc == 0 ? from() : from().stream().map(r -> r.shifted(dr, dc)).toList();
  }

  @Value.Check
  void check() {
    if (kind().binary()) {
      if (from().size() != 2 || !from().get(0).isCell() || !from().get(1).isCell()) {
        throw new IllegalArgumentException("a " + kind() + " takes two single cells: " + from());
      }
    } else if (kind() == DerivationKind.PERCENTAGE
        && (from().size() < 2 || from().size() > MAX_OPERANDS || !from().get(0).isCell())) {
      throw new IllegalArgumentException("a PERCENTAGE takes a single cell and 1 to " + (MAX_OPERANDS - 1)
          + " ranges of its whole: " + from());
    } else if (from().isEmpty() || from().size() > MAX_OPERANDS) {
      throw new IllegalArgumentException("a " + kind() + " takes 1 to " + MAX_OPERANDS + " ranges, not "
          + from().size());
    }
  }

  /**
   * Returns a derivation.
   *
   * @param cells the derived cells, not null
   * @param kind how they derive, not null
   * @param from the operands of the first derived cell, not null
   * @return the derivation, not null
   * @throws IllegalArgumentException if the operands do not fit the kind
   */
  public static Derivation of(CellRange cells, DerivationKind kind, List<CellRange> from) {
    return builder().cells(cells).kind(kind).from(from).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Derivation}. */
  public static final class Builder extends ImmutableDerivation.Builder {}
}
