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
        kind(plan.kind(), Lang.TH) + " " + plan.office().name() + " ปีงบประมาณ " + plan.period(),
        kind(plan.kind(), Lang.EN) + ", " + plan.office().name() + ", fiscal year " + plan.period()));
  }

  /** The office and the years, the line under every title. */
  String subtitle(Lang lang) {
    return plan.office().name() + " · " + lang.pick("ปีงบประมาณ ", "fiscal year ") + plan.period();
  }

  /** The kind of plan document in words, as the Thai documents name themselves. */
  private static String kind(PlanKind kind, Lang lang) {
    return switch (kind) {
      case DEVELOPMENT_PLAN -> lang.pick("แผนพัฒนาการศึกษาขั้นพื้นฐาน", "Development plan");
      case ACTION_PLAN -> lang.pick("แผนปฏิบัติการประจำปีงบประมาณ", "Action plan");
      case QUALITY_DIRECTION -> lang.pick("ทิศทางการพัฒนาคุณภาพการศึกษา", "Quality-development direction");
      case STRATEGY_TABLE -> lang.pick("ตารางกลยุทธ์ ตัวชี้วัด ค่าเป้าหมาย", "Strategy and indicator table");
      case OTHER -> lang.pick("แผน", "Plan");
    };
  }
}
