package io.github.eduplan.results;

/**
 * Where a project or activity (โครงการ / กิจกรรม) stands at the time of a report (สถานะการดำเนินงาน),
 * as the quarterly progress forms ask it.
 */
public enum ProjectStatus {
  /** ยังไม่ดำเนินการ: not started. */
  NOT_STARTED,
  /** อยู่ระหว่างดำเนินการ: in progress. */
  IN_PROGRESS,
  /** ดำเนินการแล้วเสร็จ: done. */
  DONE,
  /** ยกเลิก: cancelled; what was spent before stays spent. */
  CANCELLED
}
