package io.github.eduplan.alignment;

import java.util.Objects;

/**
 * A query named a framework (กรอบแผน) the catalogue does not have, such as a misspelt
 * {@code "obec-policy"} or a user's own framework not {@linkplain Catalogue#merge merged} in. The
 * plan's own strategies (กลยุทธ์หน่วยงาน, {@value AlignmentMap#OFFICE_STRATEGY}) are not a catalogue
 * framework; {@link AlignmentMap#budgetByItem} answers for them and {@link AlignmentMap#coverage}
 * refuses them with this exception.
 *
 * <p>It is an {@link IllegalArgumentException}, as a wrong argument. This class is immutable and
 * thread-safe.
 */
public final class UnknownFrameworkException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The framework the catalogue lacks. */
  private final String framework;

  /**
   * Creates the exception.
   *
   * @param framework the identifier asked for, not null
   */
  public UnknownFrameworkException(String framework) {
    super("the catalogue has no framework " + Objects.requireNonNull(framework, "framework"));
    this.framework = framework;
  }

  /**
   * Returns the framework identifier the catalogue lacks.
   *
   * @return the identifier, not null
   */
  public String framework() {
    return framework;
  }
}
