package io.github.eduplan.achievement;

/** What a {@link BudgetExecution} summarises. */
public enum BudgetScope {
  /** One project (โครงการ). */
  PROJECT,
  /** The projects of one strategy (กลยุทธ์). */
  STRATEGY,
  /** The projects of one group of the office (กลุ่มงาน). */
  GROUP,
  /** Every project of the plan. */
  PLAN
}
