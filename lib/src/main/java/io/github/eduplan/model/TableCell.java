package io.github.eduplan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One cell of one context table of a situation (ช่องของตารางข้อมูลพื้นฐาน), named by the table's
 * {@link ContextTable#key()} and the cell, as a spreadsheet names a cell of another sheet:
 * {@code students-by-grade!r16c8}.
 *
 * @param table the table's key, not null
 * @param cell the cell, a single cell
 */
public record TableCell(String table, CellRange cell) {
  /**
   * Checks the parts.
   *
   * @param table the table's key, not null
   * @param cell the cell, a single cell, not null
   * @throws IllegalArgumentException if the range is more than one cell or the key is empty
   */
  public TableCell {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(cell, "cell");
    if (table.isEmpty() || table.indexOf('!') >= 0) {
      throw new IllegalArgumentException("a table's key is not empty and has no '!': '" + table + "'");
    }
    if (!cell.isCell()) {
      throw new IllegalArgumentException("a figure is one cell, not " + cell);
    }
  }

  /**
   * Reads a cell written {@code key!r3c4}.
   *
   * @param text the reference, not null
   * @return the cell, not null
   * @throws IllegalArgumentException if the text is not in that form
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static TableCell parse(String text) {
    int bang = text.lastIndexOf('!');
    if (bang <= 0) {
      throw new IllegalArgumentException("a table's cell is written key!r3c4, not '"
          + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "'");
    }
    return new TableCell(text.substring(0, bang), CellRange.parse(text.substring(bang + 1)));
  }

  /** Returns the cell as written in JSON: {@code key!r3c4}. */
  @JsonValue
  @Override
  public String toString() {
    return table + "!" + cell;
  }
}
