package io.github.eduplan.validation;

import io.github.eduplan.model.StrategicPlan;
import java.util.Objects;
import java.util.function.BiConsumer;

/** A rule made of its catalogue line, a stateless check and where its messages come from. */
final class BuiltInRule implements ValidationRule {
  private final String code;
  private final Severity severity;
  private final String description;
  private final FindingMessages messages;
  private final BiConsumer<StrategicPlan, RuleContext> check;

  BuiltInRule(String code, Severity severity, String description, FindingMessages messages,
      BiConsumer<StrategicPlan, RuleContext> check) {
    this.code = Objects.requireNonNull(code, "code");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.description = Objects.requireNonNull(description, "description");
    this.messages = Objects.requireNonNull(messages, "messages");
    this.check = Objects.requireNonNull(check, "check");
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
    return messages;
  }

  @Override
  public String toString() {
    return code;
  }
}
