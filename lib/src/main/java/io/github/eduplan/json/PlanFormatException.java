package io.github.eduplan.json;

import java.util.Locale;
import java.util.Objects;

/**
 * A plan document that cannot be read (เอกสารแผนที่อ่านไม่ได้): malformed JSON, a wrong type, a
 * missing or null required value, an unknown property in strict mode, or a value the model can
 * never accept (a negative budget, a fiscal year 99999). It says what was expected, what was found
 * and where: the JSON path (such as {@code $.projects[3].budget}), and the line and column
 * (1-based) of the input where reading stopped. For example:
 *
 * <pre>{@code
 * $.office: expected an object with "name", found the number 5 (line 3, column 13)
 * }</pre>
 *
 * <p>{@link #getMessage()} is in English; {@link #message(Locale)} gives the message in Thai for a
 * Thai locale. No part of the plan is returned when it is thrown.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final Locale THAI = Locale.forLanguageTag("th");

  /** The JSON path of the element. */
  private final String jsonPath;
  /** The 1-based line, or -1 when unknown. */
  private final int line;
  /** The 1-based column, or -1 when unknown. */
  private final int column;
  /** The problem, in English. */
  private final String problem;
  /** The problem, in Thai. */
  private final String thaiProblem;

  /**
   * Creates the exception from a problem written in one language, used for every locale.
   *
   * @param problem what is wrong, not null
   * @param jsonPath the JSON path of the element, such as {@code $.strategies[0].number}, not null
   * @param line the 1-based line, or -1 when unknown
   * @param column the 1-based column, or -1 when unknown
   * @param cause the underlying exception, or null
   */
  public PlanFormatException(String problem, String jsonPath, int line, int column, Throwable cause) {
    this(problem, problem, jsonPath, line, column, cause);
  }

  /** Creates the exception for what was expected and what was found instead, in both languages. */
  PlanFormatException(FormatProblem problem, String jsonPath, int line, int column, Throwable cause) {
    this(problem.english(), problem.thai(), jsonPath, line, column, cause);
  }

  private PlanFormatException(
      String problem, String thaiProblem, String jsonPath, int line, int column, Throwable cause) {
    super(format(Objects.requireNonNull(problem, "problem"), Objects.requireNonNull(jsonPath, "jsonPath"),
        line, column, false), cause);
    this.problem = problem;
    this.thaiProblem = thaiProblem;
    this.jsonPath = jsonPath;
    this.line = line;
    this.column = column;
  }

  private static String format(String problem, String jsonPath, int line, int column, boolean thai) {
    String where = line <= 0 ? ""
        : thai ? " (บรรทัด " + line + " คอลัมน์ " + column + ")"
        : " (line " + line + ", column " + column + ")";
    return jsonPath + ": " + problem + where;
  }

  /**
   * Returns the message in the language of the locale: Thai (ภาษาไทย) for a locale whose language
   * is {@code th}, English for every other. {@link #getMessage()} is the English one.
   *
   * @param locale the reader's locale, not null
   * @return the path, what was expected and found, and the line and column, not null
   */
  public String message(Locale locale) {
    boolean thai = Objects.requireNonNull(locale, "locale").getLanguage().equals(THAI.getLanguage());
    return thai ? format(thaiProblem, jsonPath, line, column, true) : getMessage();
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
   * Returns what is wrong in English, without the location: what was expected and what was found,
   * such as {@code expected an object with "name", found the number 5}.
   *
   * @return the problem, not null
   */
  public String problem() {
    return problem;
  }
}
