package io.github.eduplan.diff;

/**
 * What happened to an element between two versions of a plan (ลักษณะการเปลี่ยนแปลง). A matched
 * element may have several kinds at once: renumbered, retitled and changed.
 */
public enum ChangeKind {
  /** Only in the newer version (เพิ่ม). Its own parts come with it and are not listed apart. */
  ADDED,
  /** Only in the older version (ลบ). Its own parts go with it and are not listed apart. */
  REMOVED,
  /**
   * In both, but under another parent (an indicator now under another strategy), or out of order
   * among its siblings (ย้าย): see {@code docs/diff.md} for which of two swapped elements count.
   */
  MOVED,
  /** In both, with a different number, compared as {@code ElementNumber} compares them (เปลี่ยนเลขข้อ). */
  RENUMBERED,
  /** In both, with a different title or text as written (เปลี่ยนชื่อหรือข้อความ). */
  RETITLED,
  /** In both, with at least one {@link FieldChange} (แก้ไขรายละเอียด). */
  CHANGED
}
