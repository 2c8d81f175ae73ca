package io.github.eduplan.time;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of a Thai fiscal year, such as {@code 2565-Q1}: ไตรมาส 1 of ปีงบประมาณ 2565, from
 * 1 October 2021 to 31 December 2021.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FiscalQuarter implements Comparable<FiscalQuarter>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern FORM = Pattern.compile("([0-9๐-๙]{4})-Q([1-4๑-๔])");

  /** @serial the fiscal year */
  private final FiscalYear year;
  /** @serial the quarter of that year */
  private final Quarter quarter;

  private FiscalQuarter(FiscalYear year, Quarter quarter) {
    this.year = year;
    this.quarter = quarter;
  }

  /**
   * Returns a quarter of a fiscal year.
   *
   * @param year the fiscal year, not null
   * @param quarter the quarter, not null
   * @return the fiscal quarter, not null
   */
  public static FiscalQuarter of(FiscalYear year, Quarter quarter) {
    return new FiscalQuarter(Objects.requireNonNull(year, "year"), Objects.requireNonNull(quarter, "quarter"));
  }

  /**
   * Returns a quarter of a fiscal year.
   *
   * @param buddhistEraYear the fiscal year's BE year, 2400 to 2999
   * @param quarter 1 to 4
   * @return the fiscal quarter, not null
   * @throws IllegalArgumentException if the year or the quarter is out of range
   */
  public static FiscalQuarter of(int buddhistEraYear, int quarter) {
    return of(FiscalYear.of(buddhistEraYear), Quarter.of(quarter));
  }

  /**
   * Returns the fiscal quarter a date falls in.
   *
   * @param date the date, not null
   * @return the fiscal quarter, not null
   * @throws IllegalArgumentException if the fiscal year is outside 2400 to 2999
   */
  public static FiscalQuarter containing(LocalDate date) {
    return of(FiscalYear.containing(date), Quarter.ofMonth(date.getMonth()));
  }

  /**
   * Parses the form {@link #toString} writes, such as {@code 2565-Q1} (Thai digits allowed).
   *
   * @param text the text, not null
   * @return the fiscal quarter, not null
   * @throws IllegalArgumentException if the text is not in that form; the message quotes it
   */
  public static FiscalQuarter parse(CharSequence text) {
    Matcher m = FORM.matcher(ThaiDigits.toArabic(text.toString().strip()));
    if (!m.matches()) {
      throw new IllegalArgumentException("not a fiscal quarter such as 2565-Q1: '" + text + "'");
    }
    return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * Returns the fiscal year.
   *
   * @return the year, not null
   */
  public FiscalYear year() {
    return year;
  }

  /**
   * Returns the quarter.
   *
   * @return the quarter, not null
   */
  public Quarter quarter() {
    return quarter;
  }

  /**
   * Returns the first day of the quarter.
   *
   * @return the date, not null
   */
  public LocalDate startDate() {
    return year.startDate().plusMonths(3L * quarter.ordinal());
  }

  /**
   * Returns the last day of the quarter.
   *
   * @return the date, not null
   */
  public LocalDate endDate() {
    return startDate().plusMonths(3).minusDays(1);
  }

  /**
   * Tells whether a date falls in this quarter.
   *
   * @param date the date, not null
   * @return true from the first to the last day inclusive
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(startDate()) && !date.isAfter(endDate());
  }

  /**
   * Returns the quarter a number of quarters later (or earlier, when negative).
   *
   * @param quarters the quarters to add
   * @return the fiscal quarter, not null
   * @throws IllegalArgumentException if the year leaves 2400 to 2999
   */
  public FiscalQuarter plusQuarters(long quarters) {
    long index = year.buddhistEraYear() * 4L + quarter.ordinal() + quarters;
    return of(FiscalYear.of((int) Math.floorDiv(index, 4L)), Quarter.of((int) Math.floorMod(index, 4L) + 1));
  }

  @Override
  public int compareTo(FiscalQuarter other) {
    int byYear = year.compareTo(other.year);
    return byYear != 0 ? byYear : quarter.compareTo(other.quarter);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof FiscalQuarter && ((FiscalQuarter) obj).year.equals(year)
        && ((FiscalQuarter) obj).quarter == quarter;
  }

  @Override
  public int hashCode() {
    return year.hashCode() * 4 + quarter.ordinal();
  }

  /**
   * Returns the quarter as {@code 2565-Q1}; {@link #parse} reads it.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return year + "-" + quarter;
  }
}
