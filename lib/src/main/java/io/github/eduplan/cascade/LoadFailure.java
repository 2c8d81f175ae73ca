package io.github.eduplan.cascade;

import io.github.eduplan.json.PlanFormatException;
import java.util.Locale;
import java.util.Objects;

/**
 * A document that could not be loaded into a plan set (เอกสารที่อ่านไม่ได้), with its path and the
 * error: a {@link PlanFormatException} naming the JSON path, line and column of a defect, an
 * {@link java.io.IOException} of a file that cannot be read, or another refusal of the reader
 * (a document over the length limit). The other documents load.
 *
 * @param path the file's path or the document's name, not null
 * @param problem the error, not null
 */
public record LoadFailure(String path, Exception problem) {
  /**
   * Creates the record.
   *
   * @param path the file's path or the document's name, not null
   * @param problem the error, not null
   * @throws NullPointerException if a component is null
   */
  public LoadFailure {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(problem, "problem");
  }

  /**
   * Returns the path and the error in a locale: Thai for a locale whose language is {@code th}
   * when the error is a format error, English otherwise.
   *
   * @param locale the reader's locale, not null
   * @return the message, such as {@code plans/school-3.json: $.projects[2].budget: ... (line 40, column 17)}
   */
  public String message(Locale locale) {
    String detail = problem instanceof PlanFormatException f ? f.message(locale)
        : problem.getClass().getSimpleName() + ": " + problem.getMessage();
    return path + ": " + detail;
  }
}
