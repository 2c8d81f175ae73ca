package io.github.eduplan.time;

import java.io.Serializable;

/**
 * An academic year (ปีการศึกษา), named by its Buddhist Era year, such as ปีการศึกษา 2565. It starts in
 * May of CE year BE − 543 and is a different calendar from the fiscal year (ปีงบประมาณ, see
 * {@link FiscalYear}); no conversion between the two is implied, and a bare "ปี 2565" in a table
 * may be either.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AcademicYear implements Comparable<AcademicYear>, Serializable {
  private static final long serialVersionUID = 1L;

  /** @serial the Buddhist Era year, such as 2565 */
  private final int buddhistEraYear;

  private AcademicYear(int buddhistEraYear) {
    this.buddhistEraYear = buddhistEraYear;
  }

  /**
   * Returns the academic year of a Buddhist Era year.
   *
   * @param buddhistEraYear the BE year, 2400 to 2999
   * @return the academic year, not null
   * @throws IllegalArgumentException if the year is outside 2400 to 2999
   */
  public static AcademicYear of(int buddhistEraYear) {
    if (buddhistEraYear < FiscalYear.MIN_YEAR || buddhistEraYear > FiscalYear.MAX_YEAR) {
      throw new IllegalArgumentException(
          "an academic year is a Buddhist Era year from 2400 to 2999: " + buddhistEraYear);
    }
    return new AcademicYear(buddhistEraYear);
  }

  /**
   * Returns the Buddhist Era year.
   *
   * @return the year, 2400 to 2999
   */
  public int buddhistEraYear() {
    return buddhistEraYear;
  }

  /**
   * Returns the Christian Era year in which the academic year starts: 2022 for 2565.
   *
   * @return the CE year
   */
  public int christianEraStartYear() {
    return buddhistEraYear - FiscalYear.BE_OFFSET;
  }

  @Override
  public int compareTo(AcademicYear other) {
    return Integer.compare(buddhistEraYear, other.buddhistEraYear);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof AcademicYear && ((AcademicYear) obj).buddhistEraYear == buddhistEraYear;
  }

  @Override
  public int hashCode() {
    return buddhistEraYear;
  }

  /**
   * Returns the Buddhist Era year, such as {@code 2565}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return Integer.toString(buddhistEraYear);
  }
}
