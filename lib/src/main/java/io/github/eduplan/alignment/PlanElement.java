package io.github.eduplan.alignment;

import java.util.Objects;
import java.util.Optional;

/**
 * A plan element that can carry alignment links, named by its kind, its place in the plan and its
 * number as written. The place is the element's JSON path in eduplan's plan format, such as
 * {@code $.projects[0]} or {@code $.strategies[1].indicators[2]}, which stays unique where
 * numbers repeat in a defective plan.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param kind what the element is, not null
 * @param path the element's JSON path in the plan, not null
 * @param number the element's number or code as written, or empty
 * @param title the element's title or text as written, not null
 */
public record PlanElement(ElementKind kind, String path, Optional<String> number, String title) {
  /**
   * Creates the element.
   *
   * @param kind what the element is, not null
   * @param path the element's JSON path in the plan, not null
   * @param number the element's number or code as written, or empty
   * @param title the element's title or text as written, not null
   * @throws NullPointerException if a component is null
   */
  public PlanElement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(title, "title");
  }

  /**
   * Returns a short label for tables: the Thai kind and the number, such as "โครงการ 12", or the
   * kind and the path for an unnumbered element.
   *
   * @return the label, not null
   */
  public String label() {
    return kind.thai() + " " + number.orElse(path);
  }
}
