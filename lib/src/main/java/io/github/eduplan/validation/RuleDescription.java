package io.github.eduplan.validation;

import java.util.Objects;

/**
 * One line of a validator's rule catalogue (รายการกฎ): a rule's code, the severity the validator
 * gives its findings, and what it checks. Example:
 * {@code BUDGET_QUARTERS_SUM, ERROR, "A project's quarterly amounts add up to its budget"}.
 * This type is immutable and thread-safe.
 *
 * @param code the rule's code, not null
 * @param severity the configured severity, not null
 * @param description what the rule checks, not null
 */
public record RuleDescription(String code, Severity severity, String description) {
  /**
   * Creates a catalogue line.
   *
   * @param code the rule's code, not null
   * @param severity the configured severity, not null
   * @param description what the rule checks, not null
   */
  public RuleDescription {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(description, "description");
  }
}
