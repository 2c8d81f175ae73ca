package io.github.eduplan.validation;

import io.github.eduplan.model.StrategicPlan;
import java.util.function.BiConsumer;

/** A standard rule: its catalogue line and a stateless check; messages from the bundled files. */
final class BuiltInRule implements ValidationRule {
  private final String code;
  private final Severity severity;
  private final String description;
  private final BiConsumer<StrategicPlan, RuleContext> check;

  BuiltInRule(String code, Severity severity, String description,
      BiConsumer<StrategicPlan, RuleContext> check) {
    this.code = code;
    this.severity = severity;
    this.description = description;
    this.check = check;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Severity defaultSeverity() {
    return severity;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public void check(StrategicPlan plan, RuleContext context) {
    check.accept(plan, context);
  }

  @Override
  public FindingMessages messages() {
    return FindingMessages.standard();
  }

  @Override
  public String toString() {
    return code;
  }
}
