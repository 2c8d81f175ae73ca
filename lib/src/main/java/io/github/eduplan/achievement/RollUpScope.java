package io.github.eduplan.achievement;

/** What a {@link RollUp} summarises. */
public enum RollUpScope {
  /** The indicators of one goal (เป้าประสงค์), by the goal number they name. */
  GOAL,
  /** The indicators of one strategy (กลยุทธ์). */
  STRATEGY,
  /** Every indicator of the plan. */
  PLAN
}
