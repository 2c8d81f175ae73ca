package io.github.eduplan.alignment;

import java.util.Objects;

/**
 * A catalogue document that cannot be read: malformed JSON, a wrong type, a missing or null
 * required value, an unknown property, a duplicate identifier, or an item naming an edition its
 * framework lacks. It names the JSON path of the problem (such as
 * {@code $.frameworks[2].items[5].edition}) and, for malformed JSON, the line and column.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CatalogueFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problem, in English. */
  private final String problem;
  /** The JSON path of the element. */
  private final String jsonPath;
  /** The 1-based line, or -1 when unknown. */
  private final int line;
  /** The 1-based column, or -1 when unknown. */
  private final int column;

  /**
   * Creates the exception.
   *
   * @param problem what is wrong, not null
   * @param jsonPath the JSON path, {@code $} for the document, not null
   * @param line the 1-based line, or -1 when unknown
   * @param column the 1-based column, or -1 when unknown
   * @param cause the underlying exception, or null
   */
  public CatalogueFormatException(String problem, String jsonPath, int line, int column, Throwable cause) {
    super(problem + " (at " + jsonPath + (line > 0 ? ", line " + line + ", column " + column : "") + ")", cause);
    this.problem = Objects.requireNonNull(problem, "problem");
    this.jsonPath = Objects.requireNonNull(jsonPath, "jsonPath");
    this.line = line;
    this.column = column;
  }

  /**
   * Returns what is wrong, without the location.
   *
   * @return the problem, not null
   */
  public String problem() {
    return problem;
  }

  /**
   * Returns the JSON path of the element where the problem is.
   *
   * @return the path, not null
   */
  public String jsonPath() {
    return jsonPath;
  }

  /**
   * Returns the 1-based line where reading stopped, for malformed JSON.
   *
   * @return the line, or -1 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column where reading stopped, for malformed JSON.
   *
   * @return the column, or -1 when unknown
   */
  public int column() {
    return column;
  }
}
