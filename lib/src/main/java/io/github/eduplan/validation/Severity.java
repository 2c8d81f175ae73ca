package io.github.eduplan.validation;

/**
 * How serious a finding is (ระดับความรุนแรง). An {@link #ERROR} is a defect the document must fix
 * before it is approved (numbers that do not add up, a number used twice, a target that contradicts
 * the text); a {@link #WARNING} is very likely a defect but may be intended (a skipped number, a
 * target that falls for an increase-indicator); {@link #INFO} is worth knowing and rarely wrong
 * (a plan approved after its year began).
 */
public enum Severity {
  /** ข้อผิดพลาด: a defect to fix. */
  ERROR,
  /** คำเตือน: probably a defect; check it. */
  WARNING,
  /** ข้อสังเกต: worth knowing. */
  INFO
}
