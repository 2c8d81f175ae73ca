package io.github.eduplan.achievement;

/** Whether an actual result (ผลการดำเนินงาน) has been reported, and if not, why not. */
public enum ResultStatus {
  /** รายงานแล้ว: a value, or a numerator and a denominator, was reported. */
  REPORTED,
  /** ยังไม่ถึงกำหนด: the measurement is not due yet, such as an O-NET score before March. */
  NOT_YET_DUE,
  /** ไม่มีข้อมูล: due, but no value could be obtained. */
  NOT_AVAILABLE,
  /** ไม่เกี่ยวข้อง: the indicator does not apply to this unit, such as a secondary indicator for a primary school. */
  NOT_APPLICABLE
}
