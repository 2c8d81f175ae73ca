package io.github.eduplan.json;

import java.util.Objects;

/**
 * A plan document that cannot be read: malformed JSON, a wrong type, a missing or null required
 * value, an unknown property in strict mode, or a value the model can never accept (a negative
 * budget, a fiscal year 99999). It names where the problem is: the JSON path (such as
 * {@code $.projects[3].budget}), and the line and column (1-based) of the input where reading
 * stopped. No part of the plan is returned when it is thrown.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String jsonPath;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param problem what is wrong, not null
   * @param jsonPath the JSON path of the element, such as {@code $.strategies[0].number}, not null
   * @param line the 1-based line, or -1 when unknown
   * @param column the 1-based column, or -1 when unknown
   * @param cause the underlying exception, or null
   */
  public PlanFormatException(String problem, String jsonPath, int line, int column, Throwable cause) {
    super(format(problem, jsonPath, line, column), cause);
    this.problem = Objects.requireNonNull(problem, "problem");
    this.jsonPath = Objects.requireNonNull(jsonPath, "jsonPath");
    this.line = line;
    this.column = column;
  }

  private static String format(String problem, String jsonPath, int line, int column) {
    return problem + " (at " + jsonPath + (line > 0 ? ", line " + line + ", column " + column : "") + ")";
  }

  /**
   * Returns the JSON path of the element where the problem is, such as
   * {@code $.strategies[0].indicators[2].targets.2566}; {@code $} for the document itself.
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
