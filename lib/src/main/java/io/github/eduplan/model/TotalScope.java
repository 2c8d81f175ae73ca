package io.github.eduplan.model;

/** What a total stated in the plan document (รวมงบประมาณ) adds up. */
public enum TotalScope {
  /** The whole plan. */
  PLAN,
  /** One strategy (กลยุทธ์); the key is the strategy's number. */
  STRATEGY,
  /** One budget program (แผนงาน); the key is the program's name. */
  PROGRAM,
  /** One working group (กลุ่มงาน); the key is the group's name. */
  GROUP,
  /** One fiscal quarter (ไตรมาส); the key is "1" to "4". */
  QUARTER,
  /** One item of a higher-level framework, such as an OBEC policy; the key is "framework:item". */
  ALIGNMENT_ITEM
}
