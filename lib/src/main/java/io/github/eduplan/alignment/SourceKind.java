package io.github.eduplan.alignment;

/** Where a catalogue entry's names and numbers were taken from (ที่มา). */
public enum SourceKind {
  /**
   * An office's plan that lists the items in its own part on related policies, such as the
   * สพป.ตาก เขต 2 FY2565 action plan (กรอบแนวคิดและนโยบายที่เกี่ยวข้อง).
   */
  PLAN_DOCUMENT,
  /** A public official document, such as the Royal Gazette (ราชกิจจานุเบกษา) text of a plan. */
  OFFICIAL
}
