package io.github.eduplan.model;

/**
 * Which calendar a year written in a plan belongs to. The fiscal year (ปีงบประมาณ) runs October to
 * September; the academic year (ปีการศึกษา) starts in May; a bare "ปี 2565" may be either, and the
 * model keeps what the document says.
 */
public enum YearBasis {
  /** ปีงบประมาณ: the government fiscal year. */
  FISCAL,
  /** ปีการศึกษา: the academic year. */
  ACADEMIC,
  /** The document writes a bare year. */
  UNSTATED
}
