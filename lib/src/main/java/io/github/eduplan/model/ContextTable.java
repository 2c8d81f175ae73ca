package io.github.eduplan.model;

import io.github.eduplan.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A table of the plan's situation analysis (ตารางข้อมูลพื้นฐาน, สภาพปัจจุบัน): schools by size,
 * students by grade and sex over three academic years, O-NET results against the national mean.
 * It keeps what the document prints, verbatim: the title, what it counts and its unit, the date
 * of its data and its source, the column headings (several levels each: ปีการศึกษา 2564 / ชาย), the
 * rows with their labels and their cells as printed, and which cells derive from which
 * ({@link Derivation}), so that the validator can do the arithmetic again.
 *
 * <p>Example: the สพป.ตาก เขต 2 FY2565 action plan's table 2.1, students by grade for 2562–2564,
 * whose rows รวมก่อนประถม, รวมประถมศึกษา… are totals of the grades above them and whose columns รวม
 * are ชาย + หญิง.
 *
 * <p>Building refuses, with a {@link ContextTableException} that says where, rows whose number of
 * cells differs from the columns' (or from each other's, without column headings), a derivation
 * that reaches outside the table, a cell derived twice, and a total that counts itself. This type
 * is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableContextTable.class)
@JsonDeserialize(as = ImmutableContextTable.class)
public abstract class ContextTable {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  ContextTable() {}

  /**
   * Returns the key other parts of the situation use to name the table, such as
   * {@code students-by-grade}: 1 to 100 ASCII letters, digits, {@code .}, {@code _} or {@code -}.
   *
   * @return the key, or empty
   */
  public abstract Optional<String> key();

  /**
   * Returns the table's number as printed, such as {@code 2.1} or {@code 6.1.2}.
   *
   * @return the number, or empty
   */
  public abstract Optional<String> number();

  /**
   * Returns the title as printed.
   *
   * @return the title, not null
   */
  public abstract String title();

  /**
   * Returns what the table counts or measures, such as {@code จำนวนนักเรียน} or
   * {@code คะแนนเฉลี่ย O-NET}.
   *
   * @return the measure, or empty
   */
  public abstract Optional<String> measure();

  /**
   * Returns the unit of its numbers: คน, โรง, ห้องเรียน, ไร่, คะแนน.
   *
   * @return the unit, or empty
   */
  public abstract Optional<Unit> unit();

  /**
   * Returns the date or year of its data as printed, such as {@code ข้อมูล ณ ภาคเรียนที่ 1/2564}.
   *
   * @return the date, or empty
   */
  public abstract Optional<String> asOf();

  /**
   * Returns its source as printed, such as {@code ที่ทำการปกครองจังหวัดตาก}.
   *
   * @return the source, or empty
   */
  public abstract Optional<String> source();

  /**
   * Returns the headings of the row labels, such as {@code [อำเภอ]}.
   *
   * @return the headings, not null
   */
  public abstract List<String> labelHeadings();

  /**
   * Returns the headings of the cells' columns, each a path from the top level down, such as
   * {@code [ปีการศึกษา 2564, ชาย]}; empty when the table prints none.
   *
   * @return one heading per column, not null
   */
  public abstract List<List<String>> columns();

  /**
   * Returns the rows, in the document's order.
   *
   * @return the rows, not null
   */
  public abstract List<ContextRow> rows();

  /**
   * Returns which cells derive from which.
   *
   * @return the derivations, not null
   */
  public abstract List<Derivation> derivations();

  /**
   * Returns the table's note as printed (หมายเหตุ).
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns the number of cells per row.
   *
   * @return the width, 0 for a table without rows
   */
  public int width() {
    return rows().isEmpty() ? columns().size() : rows().get(0).cells().size();
  }

  /**
   * Returns one cell read as a number.
   *
   * @param row the row, 0-based
   * @param column the column, 0-based
   * @return the cell, not null
   * @throws IndexOutOfBoundsException if there is no such cell
   */
  public ContextCell cell(int row, int column) {
    return ContextCell.of(rows().get(row).cells().get(column));
  }

  /**
   * Returns whether a cell is inside the table.
   *
   * @param row the row
   * @param column the column
   * @return true if the table has it
   */
  public boolean contains(int row, int column) {
    return row >= 0 && row < rows().size() && column >= 0 && column < width();
  }

  @Value.Check
  void check() {
    if (key().isPresent() && !KEY.matcher(key().get()).matches()) {
      throw new ContextTableException("key", "a table's key is 1 to 100 ASCII letters, digits, '.', '_' or '-': '"
          + key().get() + "'");
    }
    int width = columns().isEmpty() ? (rows().isEmpty() ? 0 : rows().get(0).cells().size()) : columns().size();
    for (int r = 0; r < rows().size(); r++) {
      int n = rows().get(r).cells().size();
      if (n != width) {
        throw new ContextTableException("rows[" + r + "].cells", "the row has " + n + " cells, the table "
            + width + (columns().isEmpty() ? " (its first row's)" : " (its columns')"));
      }
    }
    int height = rows().size();
    // One mark per cell: a cell is derived at most once, so the derived cells are at most the cells.
    boolean[] derived = new boolean[height * width];
    for (int d = 0; d < derivations().size(); d++) {
      Derivation derivation = derivations().get(d);
      CellRange cells = derivation.cells();
      String at = "derivations[" + d + "]";
      if (!inside(cells, height, width)) {
        throw new ContextTableException(at + ".cells", "the cells " + cells + " are outside the table of "
            + height + " rows and " + width + " columns");
      }
      for (int i = 0; i < derivation.from().size(); i++) {
        CellRange from = derivation.from().get(i);
        // The operands of the last derived cell are the first's moved by the range's size.
        if (!inside(from, height, width) || from.lastRow() + cells.height() - 1 >= height
            || from.lastColumn() + cells.width() - 1 >= width) {
          throw new ContextTableException(at + ".from[" + i + "]", "the operands " + from + ", filled over "
              + cells + ", reach outside the table of " + height + " rows and " + width + " columns");
        }
        if (from.contains(cells.firstRow(), cells.firstColumn())) {
          throw new ContextTableException(at + ".from[" + i + "]", "the cell " + CellRange.cell(cells.firstRow(),
              cells.firstColumn()) + " is among its own operands " + from);
        }
      }
      for (int r = cells.firstRow(); r <= cells.lastRow(); r++) {
        for (int c = cells.firstColumn(); c <= cells.lastColumn(); c++) {
          if (derived[r * width + c]) {
            throw new ContextTableException(at + ".cells", "the cell " + CellRange.cell(r, c)
                + " is derived by an earlier derivation too");
          }
          derived[r * width + c] = true;
        }
      }
    }
  }

  private static boolean inside(CellRange range, int height, int width) {
    return range.lastRow() < height && range.lastColumn() < width;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContextTable}. */
  public static final class Builder extends ImmutableContextTable.Builder {}
}
