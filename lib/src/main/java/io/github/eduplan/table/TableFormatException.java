package io.github.eduplan.table;

import java.util.Objects;

/**
 * A table that cannot be read (ตารางที่อ่านไม่ได้): a missing, unknown or repeated column, a cell that
 * is not a number where one is needed, a file that is not CSV or XLSX, a table past a limit. It names
 * the sheet (for XLSX), the 1-based row (the line of a CSV file where the row starts, or the
 * spreadsheet's row number), the 1-based column with its letter and header, and what is wrong.
 * Reading throws at most this one exception and returns nothing half-built.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TableFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @serial the sheet of a workbook, empty for a CSV file */
  private final String sheet;
  /** @serial the 1-based line where the bad row starts, or -1 when unknown */
  private final int row;
  /** @serial the 1-based column, or -1 for the whole row */
  private final int column;
  /** @serial the column's header, empty when unknown */
  private final String header;
  /** @serial what is wrong, without the position */
  private final String problem;

  /**
   * Creates the exception for a CSV table (no sheet).
   *
   * @param problem what is wrong, not null
   * @param row the 1-based row, or -1 when unknown
   * @param column the 1-based column, or -1 for the whole row
   * @param header the column's header, empty when unknown; not null
   * @param cause the underlying exception, or null
   */
  public TableFormatException(String problem, int row, int column, String header, Throwable cause) {
    this(problem, "", row, column, header, cause);
  }

  /**
   * Creates the exception.
   *
   * @param problem what is wrong, not null
   * @param sheet the sheet's name, empty for CSV; not null
   * @param row the 1-based row, or -1 when unknown
   * @param column the 1-based column, or -1 for the whole row
   * @param header the column's header, empty when unknown; not null
   * @param cause the underlying exception, or null
   */
  public TableFormatException(String problem, String sheet, int row, int column, String header, Throwable cause) {
    super(problem + " (" + where(sheet, row, column, header) + ")", cause);
    this.problem = Objects.requireNonNull(problem, "problem");
    this.sheet = Objects.requireNonNull(sheet, "sheet");
    this.row = row;
    this.column = column;
    this.header = Objects.requireNonNull(header, "header");
  }

  private static String where(String sheet, int row, int column, String header) {
    StringBuilder sb = new StringBuilder();
    if (!sheet.isEmpty()) {
      sb.append("sheet ").append(Grid.quoted(sheet)).append(", ");
    }
    sb.append(row > 0 ? "row " + row : "the file");
    if (column > 0) {
      sb.append(", column ").append(column).append(" (").append(Grid.letters(column)).append(')');
      if (!header.isEmpty()) {
        sb.append(' ').append(Grid.quoted(header));
      }
    }
    return sb.toString();
  }

  /**
   * Returns the sheet of the bad cell, for an XLSX table.
   *
   * @return the sheet's name, empty for CSV
   */
  public String sheet() {
    return sheet;
  }

  /**
   * Returns the 1-based row of the bad cell: the line of a CSV file where the row starts, or the
   * row number a spreadsheet shows.
   *
   * @return the row, or -1 when the whole file is at fault
   */
  public int row() {
    return row;
  }

  /**
   * Returns the 1-based column of the bad cell (1 is column A).
   *
   * @return the column, or -1 when the whole row is at fault
   */
  public int column() {
    return column;
  }

  /**
   * Returns the header of the bad cell's column.
   *
   * @return the header, empty when unknown
   */
  public String header() {
    return header;
  }

  /**
   * Returns what is wrong, without the location.
   *
   * @return the problem, not null
   */
  public String problem() {
    return problem;
  }
}
