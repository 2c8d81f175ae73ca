package io.github.eduplan.model;

/** The four kinds of item of a SWOT analysis (การวิเคราะห์สภาพแวดล้อม). */
public enum SwotCategory {
  /** จุดแข็ง (S): an internal strength. */
  STRENGTH,
  /** จุดอ่อน (W): an internal weakness. */
  WEAKNESS,
  /** โอกาส (O): an external opportunity. */
  OPPORTUNITY,
  /** อุปสรรค (T): an external threat. */
  THREAT
}
