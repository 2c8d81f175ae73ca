package io.github.eduplan.achievement;

/**
 * Why an indicator, a trajectory or a pooled figure could not be assessed. A not-assessable
 * indicator is left out of every share and mean; it is never scored as 0.
 */
public enum NotAssessableReason {
  /** The plan sets no target for the year. */
  NO_TARGET,
  /** The target for the year is N/A. */
  TARGET_NOT_AVAILABLE,
  /** No result was given for the indicator and year. */
  NO_RESULT,
  /** The result is not due yet ({@link ResultStatus#NOT_YET_DUE}). */
  NOT_YET_DUE,
  /** The result is not available ({@link ResultStatus#NOT_AVAILABLE}), or its value is N/A. */
  RESULT_NOT_AVAILABLE,
  /** The indicator does not apply to the unit ({@link ResultStatus#NOT_APPLICABLE}). */
  NOT_APPLICABLE,
  /** The result gives only counts and the denominator is 0, so there is no percentage. */
  ZERO_DENOMINATOR,
  /** The target or the result is free text, such as a ratio "3 : 2". */
  NOT_MEASURABLE,
  /** The result and the target are different kinds of value, such as a level against a number. */
  KIND_MISMATCH,
  /** A level of the target or the result is not on the indicator's ordinal scale. */
  NOT_ON_SCALE,
  /** A trajectory has no starting value: no result for the previous year and no baseline. */
  NO_STARTING_VALUE,
  /** A trajectory is not defined for the target, such as a yes/no target. */
  NO_PATH
}
