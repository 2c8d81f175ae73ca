package io.github.eduplan.model;

/**
 * The level of the office that owns a plan (ระดับของหน่วยงาน): plans cascade from OBEC down to the
 * area offices and from each area office down to its schools, each serving the plan above it.
 */
public enum OfficeLevel {
  /** โรงเรียน: a school, whose plan serves its area office's plan. */
  SCHOOL,
  /**
   * สำนักงานเขตพื้นที่การศึกษา (สพป. / สพม.): an educational service area office, such as สพป.ตาก
   * เขต 2, whose plan serves OBEC's. The level of a plan that does not say.
   */
  AREA_OFFICE,
  /** สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน (สพฐ.): the Office of the Basic Education Commission. */
  OBEC
}
