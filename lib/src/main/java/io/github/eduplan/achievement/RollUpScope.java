package io.github.eduplan.achievement;

/** What a {@link RollUp} summarises. */
public enum RollUpScope {
  /** The indicators of one strategy that name one goal (เป้าประสงค์) number; see {@link RollUp#strategy()}. */
  GOAL,
  /** The indicators of one strategy (กลยุทธ์). */
  STRATEGY,
  /** Every indicator of the plan. */
  PLAN
}
