package io.github.eduplan.validation;

import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.StrategicPlan;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * What the rule-edge tests compare: one rule's findings on a plan, each as its severity, path and
 * English message, so that a test pins where a finding is, how grave it is and every value a user
 * reads in it.
 */
final class RuleEdges {
  static final PlanValidator VALIDATOR = PlanValidator.standard().build();

  private RuleEdges() {}

  /** One rule's findings as "SEVERITY path: message"; fails the caller if any rule broke. */
  static List<String> found(StrategicPlan plan, String code) {
    ValidationReport report = VALIDATOR.validate(plan);
    if (!report.byCode(StandardRules.RULE_FAILED).isEmpty()) {
      throw new AssertionError("a rule failed: " + report.byCode(StandardRules.RULE_FAILED));
    }
    return report.byCode(code).stream()
        .map(f -> f.severity() + " " + f.path() + ": " + f.message(Locale.ENGLISH))
        .collect(Collectors.toList());
  }

  /** Like {@link #found(StrategicPlan, String)}, for the findings at one element and inside it. */
  static List<String> foundAt(StrategicPlan plan, String code, String path) {
    return found(plan, code).stream().filter(f -> f.startsWith("ERROR " + path) || f.startsWith("WARNING " + path)
        || f.startsWith("INFO " + path)).collect(Collectors.toList());
  }

  /** The clean plan with its first indicator (strategy 1, indicator 1, a percentage) changed. */
  static StrategicPlan percentIndicator(UnaryOperator<Indicator.Builder> change) {
    return Fixtures.withIndicator(Fixtures.plan(), 0, 0, change);
  }

  /** The clean plan with its second indicator (strategy 1, indicator 2, quality levels) changed. */
  static StrategicPlan qualityIndicator(UnaryOperator<Indicator.Builder> change) {
    return Fixtures.withIndicator(Fixtures.plan(), 0, 1, change);
  }
}
