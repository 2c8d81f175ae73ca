package io.github.eduplan.validation;

import io.github.eduplan.model.StrategicPlan;

/**
 * A validation rule (กฎการตรวจสอบ): a stable code, a default severity, a one-line description, and a
 * check that reports findings about a plan into a {@link RuleContext}. The standard rules are
 * listed by {@link StandardRules}; users add their own with {@link PlanValidator.Builder#addRule}.
 *
 * <p>Example of a user rule:
 *
 * <pre>{@code
 * ValidationRule rule = new ValidationRule() {
 *   public String code() { return "ACME_NO_VISION"; }
 *   public Severity defaultSeverity() { return Severity.WARNING; }
 *   public String description() { return "The plan states no vision"; }
 *   public void check(StrategicPlan plan, RuleContext context) {
 *     if (plan.vision().isEmpty()) {
 *       context.at("vision").report();
 *     }
 *   }
 * };
 * }</pre>
 *
 * <p>A rule that needs more than the plan (such as a catalogue of national plans) receives it when
 * it is constructed. Implementations must be thread-safe, because one validator runs each rule on
 * many plans at once, and should report in document order. A check that throws does not break the
 * report: the validator records a {@link StandardRules#RULE_FAILED} finding instead.
 */
public interface ValidationRule {

  /**
   * Returns the rule's stable code: capital letters, digits and underscores, starting with a
   * letter, such as {@code BUDGET_QUARTERS_SUM}.
   *
   * @return the code, not null
   */
  String code();

  /**
   * Returns the severity of the rule's findings unless the validator is configured otherwise.
   *
   * @return the severity, not null
   */
  Severity defaultSeverity();

  /**
   * Returns what the rule checks, in one English sentence.
   *
   * @return the description, not null
   */
  String description();

  /**
   * Checks a plan and reports each defect found, in document order.
   *
   * @param plan the plan, not null
   * @param context where findings are reported, not null
   */
  void check(StrategicPlan plan, RuleContext context);

  /**
   * Returns where the messages of this rule's findings come from. By default every finding's
   * message is the rule's {@linkplain #description() description}; a rule with its own bundle
   * returns {@link FindingMessages#fromBundles}.
   *
   * @return the message source, not null
   */
  default FindingMessages messages() {
    return FindingMessages.plain(description());
  }

  /**
   * Returns a rule made of its parts, for rules whose check is one function: for example
   * {@code ValidationRule.of("NO_VISION", Severity.WARNING, "The plan states no vision.",
   * FindingMessages.plain("The plan states no vision."), (plan, context) -> ...)}.
   *
   * @param code the stable code: capital letters, digits and underscores, not null
   * @param severity the default severity, not null
   * @param description what the rule checks, in one English sentence, not null
   * @param messages where the findings' messages come from, not null
   * @param check the check, stateless and thread-safe, not null
   * @return the rule, not null
   * @throws NullPointerException if an argument is null
   */
  static ValidationRule of(String code, Severity severity, String description, FindingMessages messages,
      java.util.function.BiConsumer<StrategicPlan, RuleContext> check) {
    return new BuiltInRule(code, severity, description, messages, check);
  }
}
