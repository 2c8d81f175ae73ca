package io.github.eduplan.cascade;

import io.github.eduplan.validation.Severity;

/**
 * The rules that check the links between the plans of a set (กฎตรวจความสอดคล้องระหว่างแผน), each with
 * a stable code and a default severity, like the single-plan rules of
 * {@link io.github.eduplan.validation.StandardRules}. {@link CascadeValidator} runs them.
 */
public enum CascadeRule {
  /**
   * A plan serves a plan the set does not hold, or several plans match it equally
   * ({@link PlanSet#unresolved()}).
   */
  CASCADE_PARENT_UNRESOLVED(Severity.WARNING),
  /**
   * A goal, strategy or project serves a strategy or goal that the plan above does not have: a
   * school project "สอดคล้องกับกลยุทธ์ สพป. ข้อ 7" when the area plan has six strategies.
   */
  CASCADE_SERVED_MISSING(Severity.ERROR),
  /** A plan covers fiscal years outside the period of the plan it serves. */
  CASCADE_PERIOD_OUTSIDE_PARENT(Severity.ERROR),
  /** Two plans of the same kind for the same office cover the same fiscal year. */
  CASCADE_PLAN_DUPLICATE(Severity.WARNING),
  /**
   * A project names national strategy items, and the strategies it serves in the plan above lead to
   * national strategy items, but the two share none.
   */
  CASCADE_NATIONAL_CONTRADICTION(Severity.WARNING);

  private final Severity severity;

  CascadeRule(Severity severity) {
    this.severity = severity;
  }

  /**
   * Returns the rule's code, the constant's name, such as {@code CASCADE_SERVED_MISSING}.
   *
   * @return the code, not null
   */
  public String code() {
    return name();
  }

  /**
   * Returns the severity of the rule's findings.
   *
   * @return the severity, not null
   */
  public Severity severity() {
    return severity;
  }
}
