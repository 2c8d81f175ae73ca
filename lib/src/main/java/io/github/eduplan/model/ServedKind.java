package io.github.eduplan.model;

/** What a {@link ServedElement} names in the plan above: its goal or its strategy. */
public enum ServedKind {
  /** เป้าประสงค์: a goal of the served plan. */
  GOAL,
  /** กลยุทธ์: a strategy of the served plan. */
  STRATEGY
}
