package io.github.eduplan.table;

import java.util.Objects;

/**
 * A CSV table that cannot be read: a missing column, a header that is not a year, a cell that is
 * not a number where one is needed. It names the 1-based row (the line of the file where the row
 * starts), the 1-based column and its header, and what is wrong.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TableFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @serial the 1-based line where the bad row starts, or -1 when unknown */
  private final int row;
  /** @serial the 1-based column, or -1 for the whole row */
  private final int column;
  /** @serial the column's header, empty when unknown */
  private final String header;
  /** @serial what is wrong, without the position */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param problem what is wrong, not null
   * @param row the 1-based line where the row starts, or -1 when unknown
   * @param column the 1-based column, or -1 for the whole row
   * @param header the column's header, empty when unknown; not null
   * @param cause the underlying exception, or null
   */
  public TableFormatException(String problem, int row, int column, String header, Throwable cause) {
    super(problem + " (row " + row + (column > 0 ? ", column " + column + (header.isEmpty() ? "" : " " + CsvRows.quoted(header)) : "")
        + ")", cause);
    this.problem = Objects.requireNonNull(problem, "problem");
    this.row = row;
    this.column = column;
    this.header = Objects.requireNonNull(header, "header");
  }

  /**
   * Returns the 1-based line of the file where the bad row starts.
   *
   * @return the row, or -1 when unknown
   */
  public int row() {
    return row;
  }

  /**
   * Returns the 1-based column of the bad cell.
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
