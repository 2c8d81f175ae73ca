package io.github.eduplan.json;

import java.util.Objects;

/**
 * A plan too large for its JSON to be read back (แผนใหญ่เกินกว่าจะอ่านกลับได้): its document would
 * pass one of the limits the same {@link PlanJson} reads with ({@link PlanJson.Builder#limits}):
 * the document length, the token count, the nesting depth, or the length of one string, number or
 * property name. {@link PlanJson#write} throws it instead of writing a document that
 * {@link PlanJson#read} would refuse; nothing is written to the stream or file when it is thrown.
 * Only a plan built in code can be that large: a plan that was read is always written within the
 * limits it was read with.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanTooLargeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the element. */
  private final String jsonPath;

  /**
   * Creates the exception.
   *
   * @param problem which limit the document passes, not null
   * @param jsonPath the JSON path where the document passes it, such as
   *     {@code $.strategies[166666]}, not null
   */
  public PlanTooLargeException(String problem, String jsonPath) {
    super(Objects.requireNonNull(problem, "problem") + " (at " + Objects.requireNonNull(jsonPath, "jsonPath") + ")");
    this.jsonPath = jsonPath;
  }

  /**
   * Returns the JSON path of the element where the written document passes the limit;
   * {@code $} for the document as a whole.
   *
   * @return the path, not null
   */
  public String jsonPath() {
    return jsonPath;
  }
}
