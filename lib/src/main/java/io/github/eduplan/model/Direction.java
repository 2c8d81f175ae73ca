package io.github.eduplan.model;

/**
 * Which way an indicator should move. It is an explicit field, never guessed from the indicator's
 * words: "dropout" indicators sometimes count children brought back, where higher is better.
 */
public enum Direction {
  /** Higher is better (most indicators). */
  INCREASE,
  /** Lower is better, such as a dropout rate with target 0 (อัตราการออกกลางคัน). */
  DECREASE,
  /** The value should hold, such as 100 every year or ดีเยี่ยม every year. */
  MAINTAIN,
  /** The closer to the target the better, from either side. */
  CLOSER_TO_TARGET
}
