package io.github.eduplan.diff;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One changed detail of an element that is in both versions of a plan (การเปลี่ยนแปลงรายการข้อมูล):
 * a project's budget, one quarter's amount, an indicator's target for one year, a responsible
 * person added. Values are shown as text, the same way for both versions, so that a reader and a
 * program see the same thing: money as a plain amount ({@code 121940}, {@code 121940.50}), a target
 * as {@code ≥ 80}, a quarter set as {@code 1,2,4}.
 *
 * <p>Examples: {@code (BUDGET, "", "121940", "101940", -20000)}, {@code (QUARTER, "3", "0", "20000",
 * 20000)}, {@code (TARGET, "2565", "85", "90", —)}, {@code (RESPONSIBLE_PERSON, "", "นางสาวเฉลิมศรี
 * กันยารอง", —, —)} (a person removed).
 *
 * @param field which detail changed, not null
 * @param at which one of a detail that has several, such as the fiscal year of a target, the quarter
 *     number or a stated total's scope and key; empty when the detail has one value or is a list
 *     whose items are added and removed (people, links)
 * @param before the value in the older version, empty when it has none (an item added, a target for
 *     a year that had none)
 * @param after the value in the newer version, empty when it has none
 * @param difference for money ({@link Field#BUDGET}, {@link Field#QUARTER}) the newer amount minus
 *     the older, exact to the satang, a missing amount counting as zero; empty for anything else
 */
public record FieldChange(
    Field field, String at, Optional<String> before, Optional<String> after, Optional<BigDecimal> difference) {

  /** The details a diff compares (รายการข้อมูล). Titles and numbers are {@link ChangeKind}s, not fields. */
  public enum Field {
    /** The plan's office (หน่วยงาน): its name and short name. */
    OFFICE,
    /** The plan's kind. */
    KIND,
    /** The plan's fiscal years, or a project's duration as written (ระยะเวลา). */
    PERIOD,
    /** The plan's revision label (ฉบับปรับปรุง). */
    REVISION,
    /** The plan's revision date. */
    REVISION_DATE,
    /** The plan's approval date. */
    APPROVAL_DATE,
    /** The plan's vision (วิสัยทัศน์). */
    VISION,
    /** A total the plan states; {@code at} is its scope and key, such as {@code STRATEGY 1}. */
    STATED_TOTAL,
    /** A link to a higher-level plan (ความสอดคล้อง), added or removed. */
    ALIGNMENT,
    /** An indicator's unit (หน่วยนับ). */
    UNIT,
    /** An indicator's measure kind. */
    MEASURE_KIND,
    /** An indicator's direction. */
    DIRECTION,
    /** An indicator's ordinal scale. */
    SCALE,
    /** An indicator's baseline (ข้อมูลพื้นฐาน); {@code at} is its Buddhist Era year. */
    BASELINE,
    /** An indicator's target (ค่าเป้าหมาย); {@code at} is the fiscal year. */
    TARGET,
    /** The target written inside an indicator's text. */
    TARGET_IN_TEXT,
    /** The number of the goal an indicator measures. */
    GOAL,
    /** The number of the guideline an indicator is placed under. */
    GUIDELINE,
    /** A responsible unit of an indicator, added or removed. */
    RESPONSIBLE_UNIT,
    /** An indicator's note. */
    NOTE,
    /** A project's budget (งบประมาณ). */
    BUDGET,
    /** A project's amount for one quarter; {@code at} is the quarter's number, 1 to 4. */
    QUARTER,
    /** The quarters a project is active in (ไตรมาสที่ดำเนินการ), such as {@code 1,2,4}. */
    ACTIVE_QUARTERS,
    /**
     * The strategy a project belongs to, when it now belongs to another one: a project whose
     * strategy was renumbered and that follows it has not changed.
     */
    STRATEGY,
    /** A project's budget program (แผนงาน). */
    PROGRAM,
    /** A project's responsible group (กลุ่มงาน). */
    GROUP,
    /** A project's budget source (แหล่งงบประมาณ). */
    BUDGET_SOURCE,
    /** A responsible person (ผู้รับผิดชอบ), added or removed; a new position shows as both. */
    RESPONSIBLE_PERSON,
    /** A project objective (วัตถุประสงค์), added or removed. */
    OBJECTIVE,
    /** A quantitative target (เป้าหมายเชิงปริมาณ), added or removed. */
    QUANTITATIVE_TARGET,
    /** A qualitative target (เป้าหมายเชิงคุณภาพ), added or removed. */
    QUALITATIVE_TARGET,
    /** A success indicator (ตัวชี้วัดความสำเร็จ), added or removed. */
    SUCCESS_INDICATOR
  }

  /**
   * Creates the change.
   *
   * @param field which detail changed, not null
   * @param at which one of a detail that has several, not null, empty for none
   * @param before the older value, not null
   * @param after the newer value, not null
   * @param difference the difference of money, not null
   * @throws NullPointerException if a component is null
   */
  public FieldChange {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(difference, "difference");
  }

  /**
   * Returns the same change seen from the other side: before and after swapped, the difference
   * negated. The diff of (b, a) holds the reverse of each change of the diff of (a, b).
   *
   * @return the reversed change, not null
   */
  public FieldChange reversed() {
    return new FieldChange(field, at, after, before, difference.map(BigDecimal::negate));
  }
}
