package io.github.eduplan.time;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fiscal years a plan covers, such as {@code 2563–2565} (พ.ศ. ๒๕๖๓ – ๒๕๖๕) or the single year
 * {@code 2565}.
 *
 * <p>A range whose first year is after its last can be built: real plans have such typos, and the
 * validator reports them. Such a range {@linkplain #isBackwards() runs backwards}, has no years and
 * contains none.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FiscalYearRange implements Iterable<FiscalYear>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern FORM = Pattern.compile(
      "(?:ปีงบประมาณ\\s*)?(?:พ\\.ศ\\.?\\s*)?([0-9]{4})(?:\\s*[-–—]\\s*([0-9]{4}))?");

  /** @serial the first year */
  private final FiscalYear first;
  /** @serial the last year */
  private final FiscalYear last;

  private FiscalYearRange(FiscalYear first, FiscalYear last) {
    this.first = first;
    this.last = last;
  }

  /**
   * Returns the range from one fiscal year to another, both included.
   *
   * @param first the first year, not null
   * @param last the last year, not null; may be before {@code first}
   * @return the range, not null
   */
  public static FiscalYearRange of(FiscalYear first, FiscalYear last) {
    return new FiscalYearRange(Objects.requireNonNull(first, "first"), Objects.requireNonNull(last, "last"));
  }

  /**
   * Returns the range between two Buddhist Era years, both included.
   *
   * @param firstBuddhistEraYear the first year, 2400 to 2999
   * @param lastBuddhistEraYear the last year, 2400 to 2999
   * @return the range, not null
   * @throws IllegalArgumentException if a year is out of range
   */
  public static FiscalYearRange of(int firstBuddhistEraYear, int lastBuddhistEraYear) {
    return of(FiscalYear.of(firstBuddhistEraYear), FiscalYear.of(lastBuddhistEraYear));
  }

  /**
   * Returns the range of one fiscal year.
   *
   * @param year the year, not null
   * @return the range, not null
   */
  public static FiscalYearRange single(FiscalYear year) {
    return of(year, year);
  }

  /**
   * Parses a range as plans write it: {@code 2563-2565}, {@code 2563 – 2565}, {@code ๒๕๖๓ - ๒๕๖๕},
   * {@code พ.ศ. ๒๕๖๓ - ๒๕๖๕}, or one year {@code 2565}.
   *
   * @param text the text, not null
   * @return the range, not null
   * @throws IllegalArgumentException if the text is not such a range; the message quotes it
   */
  public static FiscalYearRange parse(CharSequence text) {
    Matcher m = FORM.matcher(ThaiDigits.toArabic(text.toString().strip()));
    if (!m.matches()) {
      throw new IllegalArgumentException("not a fiscal-year range such as 2563–2565: '" + text + "'");
    }
    FiscalYear first = FiscalYear.of(Integer.parseInt(m.group(1)));
    return m.group(2) == null ? single(first) : of(first, FiscalYear.of(Integer.parseInt(m.group(2))));
  }

  /**
   * Returns the first year as written.
   *
   * @return the year, not null
   */
  public FiscalYear first() {
    return first;
  }

  /**
   * Returns the last year as written.
   *
   * @return the year, not null
   */
  public FiscalYear last() {
    return last;
  }

  /**
   * Tells whether the first year is after the last, a defect of the document.
   *
   * @return true for a backwards range
   */
  public boolean isBackwards() {
    return first.isAfter(last);
  }

  /**
   * Returns the number of years.
   *
   * @return the count, 0 for a backwards range
   */
  public int size() {
    return isBackwards() ? 0 : last.buddhistEraYear() - first.buddhistEraYear() + 1;
  }

  /**
   * Returns the years, earliest first.
   *
   * @return the years, empty for a backwards range; not null
   */
  public List<FiscalYear> years() {
    List<FiscalYear> years = new ArrayList<>(size());
    for (int y = first.buddhistEraYear(); y <= last.buddhistEraYear(); y++) {
      years.add(FiscalYear.of(y));
    }
    return Collections.unmodifiableList(years);
  }

  /**
   * Tells whether a fiscal year is in the range.
   *
   * @param year the year, not null
   * @return true if first ≤ year ≤ last; always false for a backwards range
   */
  public boolean contains(FiscalYear year) {
    return !year.isBefore(first) && !year.isAfter(last);
  }

  @Override
  public Iterator<FiscalYear> iterator() {
    return years().iterator();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof FiscalYearRange && ((FiscalYearRange) obj).first.equals(first)
        && ((FiscalYearRange) obj).last.equals(last);
  }

  @Override
  public int hashCode() {
    return first.hashCode() * 31 + last.hashCode();
  }

  /**
   * Returns the range as {@code 2563–2565} (with an en dash), or {@code 2565} for one year;
   * {@link #parse} reads it.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return first.equals(last) ? first.toString() : first + "–" + last;
  }
}
