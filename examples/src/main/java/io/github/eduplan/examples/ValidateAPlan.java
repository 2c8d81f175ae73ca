package io.github.eduplan.examples;

import io.github.eduplan.alignment.AlignmentRules;
import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.validation.Finding;
import io.github.eduplan.validation.FindingMessages;
import io.github.eduplan.validation.PlanValidator;
import io.github.eduplan.validation.RuleDescription;
import io.github.eduplan.validation.Severity;
import io.github.eduplan.validation.StandardRules;
import io.github.eduplan.validation.ValidationReport;
import io.github.eduplan.validation.ValidationRule;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Validates the bundled สพป.ตรัง เขต 2 plan (the สพป.ตรัง เขต 2 plan for 2563–2565, which names its office ตราด in two places):
 * prints the rule catalogue's size, every finding in Thai and English, then the same plan checked
 * by a validator configured for a planning portal — one rule re-graded, one switched off, and an
 * office's own rule added.
 */
public final class ValidateAPlan {
  private ValidateAPlan() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(BundledPlans.load("trang-2-2563-2565.json"), BundledPlans.console());
  }

  /** An office's own rule: a plan must state its vision (วิสัยทัศน์). */
  static final ValidationRule VISION_REQUIRED = ValidationRule.of(
      "OFFICE_VISION_REQUIRED", Severity.ERROR, "The plan states no vision.",
      FindingMessages.plain("แผนไม่มีวิสัยทัศน์ (the plan states no vision)"),
      (plan, context) -> {
        if (plan.vision().isEmpty()) {
          context.at("vision").report();
        }
      });

  static void run(StrategicPlan plan, PrintStream out) {
    PlanValidator standard = AlignmentRules.addTo(PlanValidator.standard(), Catalogue.bundled()).build();
    out.println("กฎการตรวจสอบ (rules): " + standard.rules().size());
    ValidationReport report = standard.validate(plan);
    out.printf("%s: %d findings, %d errors%n", plan.office().name(), report.findings().size(), report.errors().size());
    for (Finding f : report.findings()) {
      out.println(f.severity() + " " + f.code() + " " + f.path() + f.number().map(n -> " (" + n + ")").orElse(""));
      out.println("  th: " + f.message(Locale.forLanguageTag("th")));
      out.println("  en: " + f.message(Locale.ENGLISH));
    }

    PlanValidator portal = AlignmentRules.addTo(PlanValidator.standard(), Catalogue.bundled())
        .severity(StandardRules.OFFICE_NAME_INCONSISTENT, Severity.WARNING)
        .disable(StandardRules.TARGET_YEAR_MISSING)
        .addRule(VISION_REQUIRED)
        .build();
    ValidationReport configured = portal.validate(plan);
    out.printf("configured: %d findings, %d errors%n", configured.findings().size(), configured.errors().size());
    for (RuleDescription rule : portal.rules()) {
      if (rule.code().equals(VISION_REQUIRED.code())) {
        out.println("own rule: " + rule.code() + " (" + rule.severity() + ") " + rule.description());
      }
    }
  }
}
