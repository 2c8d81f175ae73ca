package io.github.eduplan.model;

/** What a SWOT analysis (การวิเคราะห์สภาพแวดล้อม) is about. */
public enum SwotSubject {
  /** The office itself (สำนักงานเขตพื้นที่การศึกษา). */
  OFFICE,
  /** The province (จังหวัด), as a whole. */
  PROVINCE,
  /** The province's education (ด้านการศึกษาของจังหวัด). */
  PROVINCE_EDUCATION,
  /** Something else, named by the analysis's title. */
  OTHER
}
