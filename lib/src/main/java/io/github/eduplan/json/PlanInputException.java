package io.github.eduplan.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A value of the plan format that the module's deserializers refuse, with what they expected and
 * what they found in both languages. Databind adds the JSON path as it unwinds; {@link PlanJson}
 * turns it into a {@link PlanFormatException}, and a mapper of the user's own reports its English
 * message.
 */
final class PlanInputException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  private final transient FormatProblem problem;

  PlanInputException(JsonParser p, Class<?> type, FormatProblem problem) {
    super(p, problem.english(), type);
    this.problem = problem;
  }

  PlanInputException(JsonParser p, Class<?> type, FormatProblem.Words expected, FormatProblem.Words found) {
    this(p, type, new FormatProblem(expected, found));
  }

  FormatProblem problem() {
    return problem;
  }
}
