package io.github.eduplan.time;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.ThaiBuddhistDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Thai government fiscal year (ปีงบประมาณ), named by its Buddhist Era year: ปีงบประมาณ พ.ศ. 2565
 * runs from 1 October 2021 to 30 September 2022, and is named by the BE year in which it ends
 * (BE = CE + 543). Example: {@code FiscalYear.of(2565)}, {@code FiscalYear.parse("๒๕๖๕")}.
 *
 * <p>Not an academic year (ปีการศึกษา, see {@link AcademicYear}). Years 2400 to 2999 are accepted.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FiscalYear implements Comparable<FiscalYear>, Serializable {
  private static final long serialVersionUID = 1L;
  /** The smallest Buddhist Era year accepted. */
  public static final int MIN_YEAR = 2400;
  /** The largest Buddhist Era year accepted. */
  public static final int MAX_YEAR = 2999;
  static final int BE_OFFSET = 543;
  private static final Pattern FORM =
      Pattern.compile("(?:ปีงบประมาณ\\s*)?(?:พ\\.ศ\\.?\\s*)?([0-9๐-๙]{4})");

  /** @serial the Buddhist Era year, such as 2565 */
  private final int buddhistEraYear;

  private FiscalYear(int buddhistEraYear) {
    this.buddhistEraYear = buddhistEraYear;
  }

  /**
   * Returns the fiscal year of a Buddhist Era year.
   *
   * @param buddhistEraYear the BE year, 2400 to 2999
   * @return the fiscal year, not null
   * @throws IllegalArgumentException if the year is outside 2400 to 2999
   */
  public static FiscalYear of(int buddhistEraYear) {
    if (buddhistEraYear < MIN_YEAR || buddhistEraYear > MAX_YEAR) {
      throw new IllegalArgumentException(
          "a fiscal year is a Buddhist Era year from 2400 to 2999: " + buddhistEraYear);
    }
    return new FiscalYear(buddhistEraYear);
  }

  /**
   * Returns the fiscal year that ends in a Christian Era year: 2022 gives 2565.
   *
   * @param christianEraYear the CE year in which the fiscal year ends, 1857 to 2456
   * @return the fiscal year, not null
   * @throws IllegalArgumentException if the result is outside 2400 to 2999
   */
  public static FiscalYear ofChristianEra(int christianEraYear) {
    return of(christianEraYear + BE_OFFSET);
  }

  /**
   * Returns the fiscal year a date falls in: 30 September 2022 is in 2565, 1 October 2022 in 2566.
   *
   * @param date the date, not null
   * @return the fiscal year, not null
   * @throws IllegalArgumentException if the result is outside 2400 to 2999
   */
  public static FiscalYear containing(LocalDate date) {
    int ceYear = date.getYear() + (date.getMonthValue() >= Month.OCTOBER.getValue() ? 1 : 0);
    return ofChristianEra(ceYear);
  }

  /**
   * Returns the fiscal year a Thai Buddhist date falls in.
   *
   * @param date the date, not null
   * @return the fiscal year, not null
   * @throws IllegalArgumentException if the result is outside 2400 to 2999
   */
  public static FiscalYear containing(ThaiBuddhistDate date) {
    return containing(LocalDate.from(date));
  }

  /**
   * Parses a fiscal year as plans write it: {@code 2565}, {@code ๒๕๖๕}, {@code พ.ศ. 2565},
   * {@code ปีงบประมาณ พ.ศ. ๒๕๖๕}; surrounding white space is ignored.
   *
   * @param text the text, not null
   * @return the fiscal year, not null
   * @throws IllegalArgumentException if the text is not such a year or the year is outside 2400 to
   *     2999; the message quotes the text
   */
  public static FiscalYear parse(CharSequence text) {
    Matcher m = FORM.matcher(text.toString().strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a fiscal year: '" + text + "'");
    }
    return of(Integer.parseInt(ThaiDigits.toArabic(m.group(1))));
  }

  /**
   * Returns the Buddhist Era year that names this fiscal year.
   *
   * @return the year, 2400 to 2999
   */
  public int buddhistEraYear() {
    return buddhistEraYear;
  }

  /**
   * Returns the Christian Era year in which this fiscal year ends: 2022 for 2565.
   *
   * @return the CE year
   */
  public int christianEraEndYear() {
    return buddhistEraYear - BE_OFFSET;
  }

  /**
   * Returns the first day: 1 October of the previous CE year.
   *
   * @return the date, not null
   */
  public LocalDate startDate() {
    return LocalDate.of(christianEraEndYear() - 1, Month.OCTOBER, 1);
  }

  /**
   * Returns the last day: 30 September.
   *
   * @return the date, not null
   */
  public LocalDate endDate() {
    return LocalDate.of(christianEraEndYear(), Month.SEPTEMBER, 30);
  }

  /**
   * Returns the first day in the Thai Buddhist calendar.
   *
   * @return the date, not null
   */
  public ThaiBuddhistDate startThaiDate() {
    return ThaiBuddhistDate.from(startDate());
  }

  /**
   * Returns the last day in the Thai Buddhist calendar.
   *
   * @return the date, not null
   */
  public ThaiBuddhistDate endThaiDate() {
    return ThaiBuddhistDate.from(endDate());
  }

  /**
   * Tells whether a date falls in this fiscal year.
   *
   * @param date the date, not null
   * @return true from 1 October to 30 September inclusive
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(startDate()) && !date.isAfter(endDate());
  }

  /**
   * Returns one of this year's quarters.
   *
   * @param quarter the quarter, not null
   * @return the fiscal quarter, not null
   */
  public FiscalQuarter quarter(Quarter quarter) {
    return FiscalQuarter.of(this, quarter);
  }

  /**
   * Returns one of this year's quarters.
   *
   * @param number 1 to 4
   * @return the fiscal quarter, not null
   * @throws IllegalArgumentException if the number is not 1 to 4
   */
  public FiscalQuarter quarter(int number) {
    return FiscalQuarter.of(this, Quarter.of(number));
  }

  /**
   * Returns the fiscal year a number of years later (or earlier, when negative).
   *
   * @param years the years to add
   * @return the fiscal year, not null
   * @throws IllegalArgumentException if the result is outside 2400 to 2999
   */
  public FiscalYear plusYears(long years) {
    long year = buddhistEraYear + years;
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          "a fiscal year is a Buddhist Era year from 2400 to 2999: " + year);
    }
    return years == 0 ? this : of((int) year);
  }

  /**
   * Returns the next fiscal year.
   *
   * @return the fiscal year, not null
   * @throws IllegalArgumentException if this is 2999
   */
  public FiscalYear next() {
    return plusYears(1);
  }

  /**
   * Returns the previous fiscal year.
   *
   * @return the fiscal year, not null
   * @throws IllegalArgumentException if this is 2400
   */
  public FiscalYear previous() {
    return plusYears(-1);
  }

  /**
   * Tells whether this fiscal year is before another.
   *
   * @param other the other year, not null
   * @return true if earlier
   */
  public boolean isBefore(FiscalYear other) {
    return buddhistEraYear < other.buddhistEraYear;
  }

  /**
   * Tells whether this fiscal year is after another.
   *
   * @param other the other year, not null
   * @return true if later
   */
  public boolean isAfter(FiscalYear other) {
    return buddhistEraYear > other.buddhistEraYear;
  }

  @Override
  public int compareTo(FiscalYear other) {
    return Integer.compare(buddhistEraYear, other.buddhistEraYear);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof FiscalYear && ((FiscalYear) obj).buddhistEraYear == buddhistEraYear;
  }

  @Override
  public int hashCode() {
    return buddhistEraYear;
  }

  /**
   * Returns the Buddhist Era year with Arabic digits, such as {@code 2565}; {@link #parse} reads it.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return Integer.toString(buddhistEraYear);
  }

  /**
   * Returns the Buddhist Era year with Thai digits, such as {@code ๒๕๖๕}.
   *
   * @return the text, not null
   */
  public String toThaiString() {
    return ThaiDigits.toThai(toString());
  }
}
