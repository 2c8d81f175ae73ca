package io.github.eduplan.examples.tool;

import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.validation.ValidationReport;

/**
 * A plan as a command works on it: where it came from, the plan, and its validation report.
 *
 * @param source the plan as named on the command line
 * @param plan the plan
 * @param report its findings, from the standard rules and the alignment rules
 */
record Loaded(String source, StrategicPlan plan, ValidationReport report) {
  /** The plan's title, or one made from its kind, office and years when it has none. */
  String title(Lang lang) {
    return plan.title().filter(t -> !t.isBlank()).orElseGet(() -> lang.pick(
        kindThai(plan.kind()) + " " + plan.office().name() + " ปีงบประมาณ " + plan.period(),
        kindEnglish(plan.kind()) + ", " + plan.office().name() + ", fiscal year " + plan.period()));
  }

  /** The office and the years, the line under every title. */
  String subtitle(Lang lang) {
    return plan.office().name() + " · " + lang.pick("ปีงบประมาณ ", "fiscal year ") + plan.period();
  }

  private static String kindThai(PlanKind kind) {
    return switch (kind) {
      case DEVELOPMENT_PLAN -> "แผนพัฒนาการศึกษาขั้นพื้นฐาน";
      case ACTION_PLAN -> "แผนปฏิบัติการประจำปีงบประมาณ";
      case QUALITY_DIRECTION -> "ทิศทางการพัฒนาคุณภาพการศึกษา";
      case STRATEGY_TABLE -> "ตารางกลยุทธ์ ตัวชี้วัด ค่าเป้าหมาย";
      case OTHER -> "แผน";
    };
  }

  private static String kindEnglish(PlanKind kind) {
    return switch (kind) {
      case DEVELOPMENT_PLAN -> "Development plan";
      case ACTION_PLAN -> "Action plan";
      case QUALITY_DIRECTION -> "Quality-development direction";
      case STRATEGY_TABLE -> "Strategy and indicator table";
      case OTHER -> "Plan";
    };
  }
}
