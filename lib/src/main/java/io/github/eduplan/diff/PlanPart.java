package io.github.eduplan.diff;

/**
 * The parts of a plan (ส่วนของแผน) that a {@link PlanDiff} matches between two versions, with the
 * path of each in a plan's JSON form.
 */
public enum PlanPart {
  /** The plan itself (แผน): its title, vision, period and other fields; path {@code $}. */
  PLAN,
  /** A mission (พันธกิจ); path {@code $.missions[i]}. */
  MISSION,
  /** A goal of the plan (เป้าประสงค์); path {@code $.goals[i]}. */
  GOAL,
  /** A strategy (กลยุทธ์); path {@code $.strategies[i]}. */
  STRATEGY,
  /** A strategic goal within a strategy (เป้าประสงค์เชิงกลยุทธ์); path {@code $.strategies[i].goals[j]}. */
  STRATEGY_GOAL,
  /**
   * A development guideline (แนวทางการพัฒนา), at any depth; path {@code $.strategies[i].guidelines[j]}
   * and {@code ….children[k]} below it.
   */
  GUIDELINE,
  /**
   * An indicator (ตัวชี้วัด) or a component of one; path {@code $.strategies[i].indicators[j]} and
   * {@code ….components[k]} below it.
   */
  INDICATOR,
  /** A project (โครงการ); path {@code $.projects[i]}. */
  PROJECT
}
