package io.github.eduplan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rectangle of cells of a {@link ContextTable} (ช่วงของช่องในตาราง), 0-based over the table's rows
 * and its number cells (the row labels are not counted): {@code r3c4} is the fifth cell of the
 * fourth row, {@code r0c4:r5c4} the fifth cells of the first six rows. This is the form in JSON and
 * the form of the paths of findings ({@code rows[3].cells[4]}).
 *
 * @param firstRow the first row, 0-based
 * @param firstColumn the first column, 0-based
 * @param lastRow the last row, at least {@code firstRow}
 * @param lastColumn the last column, at least {@code firstColumn}
 */
public record CellRange(int firstRow, int firstColumn, int lastRow, int lastColumn) {
  /** The largest row or column index a reference may name: 999,999. */
  public static final int MAX_INDEX = 999_999;

  private static final Pattern FORM = Pattern.compile(
      "r(0|[1-9][0-9]{0,5})c(0|[1-9][0-9]{0,5})(?::r(0|[1-9][0-9]{0,5})c(0|[1-9][0-9]{0,5}))?");

  /**
   * Checks the corners.
   *
   * @param firstRow the first row, 0-based
   * @param firstColumn the first column, 0-based
   * @param lastRow the last row, at least {@code firstRow}
   * @param lastColumn the last column, at least {@code firstColumn}
   * @throws IllegalArgumentException if an index is negative or above {@link #MAX_INDEX}, or the
   *     last row or column is before the first
   */
  public CellRange {
    for (int i : new int[] {firstRow, firstColumn, lastRow, lastColumn}) {
      if (i < 0 || i > MAX_INDEX) {
        throw new IllegalArgumentException("a cell index is from 0 to " + MAX_INDEX + ": " + i);
      }
    }
    if (lastRow < firstRow || lastColumn < firstColumn) {
      throw new IllegalArgumentException("a cell range runs backwards: r" + firstRow + "c" + firstColumn
          + ":r" + lastRow + "c" + lastColumn);
    }
  }

  /**
   * Returns the range of one cell.
   *
   * @param row the row, 0-based
   * @param column the column, 0-based
   * @return the range, not null
   */
  public static CellRange cell(int row, int column) {
    return new CellRange(row, column, row, column);
  }

  /**
   * Reads a range written {@code r3c4} or {@code r0c4:r5c4}.
   *
   * @param text the range, not null
   * @return the range, not null
   * @throws IllegalArgumentException if the text is not in that form, with the text quoted
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CellRange parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("a cell range is written r3c4 or r0c4:r5c4, not '"
          + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "'");
    }
    int r = Integer.parseInt(m.group(1));
    int c = Integer.parseInt(m.group(2));
    return m.group(3) == null ? cell(r, c)
        : new CellRange(r, c, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
  }

  /**
   * Returns whether the range is one cell.
   *
   * @return true for one cell
   */
  public boolean isCell() {
    return firstRow == lastRow && firstColumn == lastColumn;
  }

  /**
   * Returns the number of rows of the range.
   *
   * @return at least 1
   */
  public int height() {
    return lastRow - firstRow + 1;
  }

  /**
   * Returns the number of columns of the range.
   *
   * @return at least 1
   */
  public int width() {
    return lastColumn - firstColumn + 1;
  }

  /**
   * Returns whether a cell lies inside the range.
   *
   * @param row the row
   * @param column the column
   * @return true if inside
   */
  public boolean contains(int row, int column) {
    return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
  }

  /**
   * Returns the range moved by some rows and columns.
   *
   * @param rows the rows to move down
   * @param columns the columns to move right
   * @return the moved range, not null
   * @throws IllegalArgumentException if it would leave the indices' bounds
   */
  public CellRange shifted(int rows, int columns) {
    return new CellRange(firstRow + rows, firstColumn + columns, lastRow + rows, lastColumn + columns);
  }

  /** Returns the range as written in JSON: {@code r3c4} or {@code r0c4:r5c4}. */
  @JsonValue
  @Override
  public String toString() {
    String first = "r" + firstRow + "c" + firstColumn;
    return isCell() ? first : first + ":r" + lastRow + "c" + lastColumn;
  }
}
