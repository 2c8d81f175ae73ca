package io.github.eduplan.model;

/** What kind of plan document a {@link StrategicPlan} is. */
public enum PlanKind {
  /** แผนพัฒนาการศึกษาขั้นพื้นฐาน: a multi-year development plan. */
  DEVELOPMENT_PLAN,
  /** แผนปฏิบัติการประจำปีงบประมาณ: a yearly action plan with projects and money. */
  ACTION_PLAN,
  /** ทิศทางการพัฒนาคุณภาพการศึกษา: a quality-development direction, often an announcement. */
  QUALITY_DIRECTION,
  /** ตารางกลยุทธ์ ตัวชี้วัด ค่าเป้าหมาย: a strategy and indicator table, or an excerpt of a plan. */
  STRATEGY_TABLE,
  /** Any other plan document. */
  OTHER
}
