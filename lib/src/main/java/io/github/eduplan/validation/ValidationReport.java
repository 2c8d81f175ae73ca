package io.github.eduplan.validation;

import io.github.eduplan.internal.ValueStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What a validator found in a plan (รายงานผลการตรวจสอบ): the findings in a fixed order, rule by rule
 * in the validator's rule order, and within a rule in document order. Validating the same plan
 * with the same validator always gives an equal report.
 *
 * <p>Example: {@code report.hasErrors()}, {@code report.byCode("BUDGET_QUARTERS_SUM")}.
 * This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class ValidationReport {
  ValidationReport() {}

  /**
   * Returns every finding, in order.
   *
   * @return the findings, not null
   */
  public abstract List<Finding> findings();

  /**
   * Tells whether nothing was found.
   *
   * @return true when there is no finding at all
   */
  public boolean isEmpty() {
    return findings().isEmpty();
  }

  /**
   * Tells whether any finding is an error.
   *
   * @return true when at least one finding has severity {@link Severity#ERROR}
   */
  public boolean hasErrors() {
    return findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * Returns the errors, in order.
   *
   * @return the findings of severity ERROR, not null
   */
  public List<Finding> errors() {
    return bySeverity(Severity.ERROR);
  }

  /**
   * Returns the warnings, in order.
   *
   * @return the findings of severity WARNING, not null
   */
  public List<Finding> warnings() {
    return bySeverity(Severity.WARNING);
  }

  /**
   * Returns the findings of one severity, in order.
   *
   * @param severity the severity, not null
   * @return the findings, not null
   */
  public List<Finding> bySeverity(Severity severity) {
    return findings().stream().filter(f -> f.severity() == severity)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the findings of one rule, in order.
   *
   * @param code the rule's code, not null
   * @return the findings, not null; empty for an unknown code
   */
  public List<Finding> byCode(String code) {
    return findings().stream().filter(f -> f.code().equals(code))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the findings at an element or inside it: the path itself, or a path that continues it
   * with {@code .} or {@code [}.
   *
   * @param path an element's JSON path, such as {@code $.projects[3]} ({@code projects[3]} is read
   *     as the same path; {@code $} gives every finding); not null
   * @return the findings, not null
   */
  public List<Finding> at(String path) {
    String rooted = RuleContext.rooted(path);
    if (rooted.equals("$")) {
      return findings();
    }
    return findings().stream()
        .filter(f -> f.path().equals(rooted) || f.path().startsWith(rooted + ".")
            || f.path().startsWith(rooted + "["))
        .collect(Collectors.toUnmodifiableList());
  }

  static ValidationReport of(List<Finding> findings) {
    return ImmutableValidationReport.builder().addAllFindings(findings).build();
  }
}
