package io.github.eduplan.alignment;

/**
 * The three plan levels (แผน 3 ระดับ) set by the cabinet resolution of 4 December 2560 under the
 * 2017 constitution and the National Strategy Act: level 1 the national strategy, level 2 the
 * master plans, reform plans, economic and social development plan and national security plan,
 * level 3 the plans and policies of ministries and agencies.
 */
public enum PlanLevel {
  /** แผนระดับที่ 1: ยุทธศาสตร์ชาติ, the national strategy. */
  LEVEL_1(1),
  /**
   * แผนระดับที่ 2: แผนแม่บทภายใต้ยุทธศาสตร์ชาติ, แผนการปฏิรูปประเทศ, แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ and
   * the national security policy and plan.
   */
  LEVEL_2(2),
  /** แผนระดับที่ 3: agency plans and policies, such as the national education plan and OBEC policy. */
  LEVEL_3(3);

  private final int number;

  PlanLevel(int number) {
    this.number = number;
  }

  /**
   * Returns the level's number, 1 to 3.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  /**
   * Returns the level with a number.
   *
   * @param number 1, 2 or 3
   * @return the level, not null
   * @throws IllegalArgumentException if the number is not 1, 2 or 3
   */
  public static PlanLevel of(int number) {
    for (PlanLevel level : values()) {
      if (level.number == number) {
        return level;
      }
    }
    throw new IllegalArgumentException("a plan level is 1, 2 or 3: " + number);
  }
}
