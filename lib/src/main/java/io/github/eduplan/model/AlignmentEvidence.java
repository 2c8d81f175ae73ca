package io.github.eduplan.model;

/** How a plan shows that one of its elements supports a higher-level plan item. */
public enum AlignmentEvidence {
  /** An entry in an alignment matrix (ตารางความสอดคล้อง), as in an action plan's project table. */
  MATRIX,
  /** A reference by number in the text ("สอดคล้องกับยุทธศาสตร์ชาติ ด้านที่ 3"). */
  NUMBERED_REFERENCE,
  /** A claim in prose, possibly naming a framework without an item. */
  PROSE,
  /** Inferred by a reader or a tool, not written in the plan. */
  INFERRED
}
