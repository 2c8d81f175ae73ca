package io.github.eduplan.model;

/** What an indicator (ตัวชี้วัด) measures, and so which values fit its baselines and targets. */
public enum MeasureKind {
  /** A count or amount: persons (คน), schools (โรงเรียน), times (ครั้ง), scores (คะแนน). */
  QUANTITY,
  /** A percentage (ร้อยละ), 0 to 100. */
  PERCENTAGE,
  /** A level on an ordinal scale (ระดับคุณภาพ, ระดับ ๑–๕). */
  ORDINAL,
  /** Yes or no (มี / ไม่มี, ผ่าน / ไม่ผ่าน). */
  YES_NO,
  /** Free text with no measurable value. */
  TEXT
}
