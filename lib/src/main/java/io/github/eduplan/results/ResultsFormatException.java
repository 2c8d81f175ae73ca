package io.github.eduplan.results;

import java.util.Objects;

/**
 * A results document that cannot be read: malformed JSON, bytes that are not UTF-8, a wrong type, a
 * missing or null required value, an unknown property in strict mode, a format version this library
 * does not know in strict mode, or a value that can never be legal (a negative amount, an indicator
 * named twice, a reported result without a value). Like a plan's
 * {@link io.github.eduplan.json.PlanFormatException}, it names where the problem is: the JSON path
 * (such as {@code $.indicators[3].results[0].numerator}), and the line and column (1-based) of the
 * input where reading stopped. No part of the document is returned when it is thrown.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResultsFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @serial the JSON path of the element */
  private final String jsonPath;
  /** @serial the 1-based line, or -1 */
  private final int line;
  /** @serial the 1-based column, or -1 */
  private final int column;
  /** @serial what is wrong */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param problem what is wrong, not null
   * @param jsonPath the JSON path of the element, such as {@code $.projects[0].spent.q2}, not null
   * @param line the 1-based line, or -1 when unknown
   * @param column the 1-based column, or -1 when unknown
   * @param cause the underlying exception, or null
   */
  public ResultsFormatException(String problem, String jsonPath, int line, int column, Throwable cause) {
    super(problem + " (at " + jsonPath + (line > 0 ? ", line " + line + ", column " + column : "") + ")", cause);
    this.problem = Objects.requireNonNull(problem, "problem");
    this.jsonPath = Objects.requireNonNull(jsonPath, "jsonPath");
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the JSON path of the element where the problem is; {@code $} for the document itself.
   *
   * @return the path, not null
   */
  public String jsonPath() {
    return jsonPath;
  }

  /**
   * Returns the 1-based line of the input where reading stopped.
   *
   * @return the line, or -1 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column of the input where reading stopped.
   *
   * @return the column, or -1 when unknown
   */
  public int column() {
    return column;
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
