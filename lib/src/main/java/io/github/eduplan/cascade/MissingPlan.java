package io.github.eduplan.cascade;

import io.github.eduplan.time.FiscalYear;
import java.util.Objects;

/**
 * An office and a fiscal year for which a set holds no plan (แผนที่ยังไม่มี): no plan of that office
 * covers that year. Example: โรงเรียนบ้านแม่ระมาด, 2566.
 *
 * @param office the office as the caller named it, not null
 * @param year the fiscal year, not null
 */
public record MissingPlan(String office, FiscalYear year) {
  /**
   * Creates the record.
   *
   * @param office the office, not null
   * @param year the fiscal year, not null
   * @throws NullPointerException if a component is null
   */
  public MissingPlan {
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(year, "year");
  }
}
