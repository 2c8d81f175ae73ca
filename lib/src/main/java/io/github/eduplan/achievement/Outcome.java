package io.github.eduplan.achievement;

/** Whether an indicator met its target for a year (บรรลุ / ไม่บรรลุเป้าหมาย), or could not be assessed. */
public enum Outcome {
  /** บรรลุเป้าหมาย: the actual result satisfies the target's comparison. */
  MET,
  /** ไม่บรรลุเป้าหมาย: the actual result was measured and does not satisfy it. */
  NOT_MET,
  /** ประเมินไม่ได้: there is nothing to compare; see {@link NotAssessableReason}. Never counted as 0. */
  NOT_ASSESSABLE
}
