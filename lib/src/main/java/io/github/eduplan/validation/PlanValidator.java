package io.github.eduplan.validation;

import io.github.eduplan.model.StrategicPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a plan against a catalogue of rules and reports what it finds (ตัวตรวจสอบแผน). It never
 * refuses a plan the model accepted: every defect becomes a {@link Finding} in the
 * {@link ValidationReport}.
 *
 * <p>Example:
 *
 * <pre>{@code
 * PlanValidator validator = PlanValidator.standard()
 *     .disable(StandardRules.PROJECT_NO_RESPONSIBLE)
 *     .severity(StandardRules.TARGET_AGAINST_DIRECTION, Severity.ERROR)
 *     .build();
 * ValidationReport report = validator.validate(plan);
 * }</pre>
 *
 * <p>Rules run in catalogue order; findings come rule by rule, each rule's in document order. A
 * rule that throws does not break the report: its findings so far are kept and a
 * {@link StandardRules#RULE_FAILED} error names the rule and the exception. A rule's code, default
 * severity, description and messages are read once, when it is added or the validator is built.
 * This type is immutable and thread-safe, provided its rules are (the standard ones are).
 */
public final class PlanValidator {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

  /** A rule with what was read from it once, when the validator was built. */
  private record Entry(ValidationRule rule, RuleDescription line, FindingMessages messages) {}

  private final List<Entry> entries;
  private final List<RuleDescription> catalogue;

  private PlanValidator(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    List<RuleDescription> lines = new ArrayList<>();
    entries.forEach(e -> lines.add(e.line()));
    this.catalogue = List.copyOf(lines);
  }

  /**
   * Returns a builder holding every standard rule ({@link StandardRules#all()}) at its default
   * severity.
   *
   * @return a builder, not null
   */
  public static Builder standard() {
    Builder b = new Builder();
    StandardRules.all().forEach(b::addRule);
    return b;
  }

  /**
   * Returns a builder with no rules.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the rule catalogue: each enabled rule's code, configured severity and description, in
   * the order the rules run.
   *
   * @return the catalogue, not null
   */
  public List<RuleDescription> rules() {
    return catalogue;
  }

  /**
   * Checks a plan with every enabled rule.
   *
   * @param plan the plan, not null
   * @return the report, not null
   * @throws NullPointerException if {@code plan} is null
   */
  public ValidationReport validate(StrategicPlan plan) {
    Objects.requireNonNull(plan, "plan");
    List<Finding> all = new ArrayList<>();
    // What the rules of this run compute once and share (RuleContext.shared).
    Map<RuleContext.SharedKey<?>, Object> shared = new HashMap<>();
    for (Entry entry : entries) {
      RuleDescription line = entry.line();
      RuleContext context = new RuleContext(line.code(), line.severity(), entry.messages(), shared);
      try {
        entry.rule().check(plan, context);
      } catch (RuntimeException | StackOverflowError e) {
        // A rule's bug must not cost the user the other rules' findings; it is reported as an
        // error because the plan was not fully checked.
        context.addFindingsTo(all);
        all.add(Finding.builder()
            .code(StandardRules.RULE_FAILED)
            .severity(Severity.ERROR)
            .path("$")
            .putValue("rule", line.code())
            .putValue("exception", e.getClass().getName())
            .putValue("detail", String.valueOf(e.getMessage()))
            .build());
        continue;
      }
      context.addFindingsTo(all);
    }
    return ValidationReport.of(all);
  }

  private static FindingMessages messagesOf(ValidationRule rule, String descriptionText) {
    FindingMessages own;
    try {
      own = rule.messages();
    } catch (RuntimeException e) {
      own = null;
    }
    Optional<String> description = Optional.of(descriptionText);
    FindingMessages source = own == null ? FindingMessages.plain(descriptionText) : own;
    // A variant ("CODE.over") falls back to the code's own pattern before the description.
    return (key, locale) -> {
      Optional<String> pattern = source.pattern(key, locale);
      int dot = key.indexOf('.');
      if (pattern.isEmpty() && dot > 0) {
        pattern = source.pattern(key.substring(0, dot), locale);
      }
      return pattern.isPresent() ? pattern : description;
    };
  }

  @Override
  public String toString() {
    return "PlanValidator" + catalogue;
  }

  /**
   * Builds a {@link PlanValidator}: which rules, which are switched off, and with which severity.
   * Not thread-safe; the validator it builds is.
   */
  public static final class Builder {
    private final Map<String, ValidationRule> rules = new LinkedHashMap<>();
    private final Map<String, Severity> defaults = new LinkedHashMap<>();
    private final Map<String, String> descriptions = new LinkedHashMap<>();
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a rule after the ones already added.
     *
     * @param rule the rule, not null
     * @return this builder
     * @throws IllegalArgumentException if its code is not capital letters, digits and underscores,
     *     is {@link StandardRules#RULE_FAILED} or is already taken, or it has no default severity
     *     or description
     */
    public Builder addRule(ValidationRule rule) {
      Objects.requireNonNull(rule, "rule");
      String code = rule.code();
      if (code == null || !CODE.matcher(code).matches()) {
        throw new IllegalArgumentException(
            "a rule code is capital letters, digits and underscores: '" + code + "'");
      }
      if (code.equals(StandardRules.RULE_FAILED)) {
        throw new IllegalArgumentException("the rule code " + code + " is reserved");
      }
      if (rules.containsKey(code)) {
        throw new IllegalArgumentException("a rule with code " + code + " was already added");
      }
      Severity severity = rule.defaultSeverity();
      String description = rule.description();
      if (severity == null || description == null) {
        throw new IllegalArgumentException(
            "rule " + code + " needs a default severity and a description");
      }
      rules.put(code, rule);
      defaults.put(code, severity);
      descriptions.put(code, description);
      return this;
    }

    /**
     * Puts a rule in the place of the one with the same code, keeping its place in the order, its
     * severity and whether it is enabled: {@code replaceRule(StandardRules.nearDuplicateIndicators(0.9))}.
     *
     * @param rule the rule, not null
     * @return this builder
     * @throws IllegalArgumentException if no rule added so far has the rule's code, or it has no
     *     default severity or description
     */
    public Builder replaceRule(ValidationRule rule) {
      Objects.requireNonNull(rule, "rule");
      requireKnown(rule.code());
      if (rule.defaultSeverity() == null || rule.description() == null) {
        throw new IllegalArgumentException("rule " + rule.code() + " needs a default severity and a description");
      }
      rules.put(rule.code(), rule);
      defaults.put(rule.code(), rule.defaultSeverity());
      descriptions.put(rule.code(), rule.description());
      return this;
    }

    /**
     * Switches a rule off.
     *
     * @param code the rule's code, not null
     * @return this builder
     * @throws IllegalArgumentException if no rule added so far has that code
     */
    public Builder disable(String code) {
      requireKnown(code);
      disabled.add(code);
      return this;
    }

    /**
     * Gives a rule's findings another severity.
     *
     * @param code the rule's code, not null
     * @param severity the severity, not null
     * @return this builder
     * @throws IllegalArgumentException if no rule added so far has that code
     */
    public Builder severity(String code, Severity severity) {
      requireKnown(code);
      severities.put(code, Objects.requireNonNull(severity, "severity"));
      return this;
    }

    private void requireKnown(String code) {
      Objects.requireNonNull(code, "code");
      if (!rules.containsKey(code)) {
        throw new IllegalArgumentException("no rule has the code '" + code + "'; known codes: "
            + rules.keySet());
      }
    }

    /**
     * Builds the validator.
     *
     * @return the validator, not null
     */
    public PlanValidator build() {
      List<Entry> enabled = new ArrayList<>();
      for (Map.Entry<String, ValidationRule> e : rules.entrySet()) {
        String code = e.getKey();
        if (!disabled.contains(code)) {
          ValidationRule rule = e.getValue();
          RuleDescription line = new RuleDescription(code,
              severities.getOrDefault(code, defaults.get(code)), descriptions.get(code));
          enabled.add(new Entry(rule, line, messagesOf(rule, line.description())));
        }
      }
      return new PlanValidator(enabled);
    }
  }
}
