package io.github.eduplan.model;

import io.github.eduplan.time.ThaiDigits;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money in Thai baht (บาท), exact to the satang (สตางค์, 0.01 baht), never negative: a
 * budget, a quarterly amount or a stated total. Example: {@code Baht.of("121,940")}.
 *
 * <p>Amounts are kept as {@link BigDecimal} with scale 2 and never go through {@code double}. A
 * negative amount or one with more than two decimals can never be a legal budget, so the factories
 * reject it; differences that may be negative are returned as {@link BigDecimal}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Baht implements Comparable<Baht>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The largest amount accepted: one quadrillion baht, far above any national budget. */
  public static final BigDecimal MAX = new BigDecimal("1000000000000000.00");

  /** The largest amount accepted, in satang: {@link #MAX} times 100. */
  private static final long MAX_SATANG = 100_000_000_000_000_000L;

  /** Zero baht. */
  public static final Baht ZERO = new Baht(BigDecimal.ZERO.setScale(2));

  private final BigDecimal amount;
  /** The same amount in satang: exact, as {@link #MAX} is 10^17 satang. Made again on deserialization. */
  private final transient long satang;

  private Baht(BigDecimal amount) {
    this(amount, amount.unscaledValue().longValueExact());
  }

  private Baht(BigDecimal amount, long satang) {
    this.amount = amount;
    this.satang = satang;
  }

  /**
   * Returns the amount of whole baht.
   *
   * @param wholeBaht the number of baht, zero or more
   * @return the amount, not null
   * @throws IllegalArgumentException if {@code wholeBaht} is negative or above {@link #MAX}
   */
  public static Baht of(long wholeBaht) {
    if (wholeBaht < 0 || wholeBaht > MAX_SATANG / 100) {
      return of(BigDecimal.valueOf(wholeBaht));   // refused, with the same message
    }
    return wholeBaht == 0 ? ZERO : new Baht(BigDecimal.valueOf(wholeBaht * 100, 2), wholeBaht * 100);
  }

  /**
   * Returns the amount given exactly.
   *
   * @param amount the amount in baht, not null, zero or more, at most two decimals
   * @return the amount, with scale 2, not null
   * @throws IllegalArgumentException if {@code amount} is negative, has a non-zero digit beyond the
   *     second decimal (a fraction of a satang) or is above {@link #MAX}
   */
  public static Baht of(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("a baht amount cannot be negative: " + amount);
    }
    // Fewer than 16 digits before the point is below 10^15 = MAX, which most amounts are: that
    // test needs no rescaling, which a comparison of an integer amount with MAX does.
    if (amount.precision() - amount.scale() > 15 && amount.compareTo(MAX) > 0) {
      throw new IllegalArgumentException("a baht amount cannot exceed " + MAX.toPlainString() + ": " + amount);
    }
    BigDecimal satang;
    try {
      satang = amount.setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "a baht amount has at most two decimals (satang): " + amount, e);
    }
    return satang.signum() == 0 ? ZERO : new Baht(satang);
  }

  /**
   * Parses an amount as plan documents write it: Arabic or Thai digits, "," thousands separators,
   * an optional "." with up to two decimals and an optional trailing ".-" ({@code "10,000.-"},
   * {@code "๘,๐๙๕,๖๐๖.๕๐"}).
   *
   * @param text the text, not null
   * @return the amount, not null
   * @throws NumberFormatException if the text is not a number in that form
   * @throws IllegalArgumentException if the number is negative or has more than two decimals
   */
  public static Baht parse(CharSequence text) {
    return of(ThaiDigits.parseDecimal(text));
  }

  /**
   * Returns the sum of the amounts.
   *
   * @param amounts the amounts, not null, no null element
   * @return their sum, {@link #ZERO} for none
   */
  public static Baht sum(Iterable<Baht> amounts) {
    BigDecimal total = BigDecimal.ZERO;
    for (Baht b : amounts) {
      total = total.add(b.amount);
    }
    return of(total);
  }

  /**
   * Returns the amount in baht with scale 2.
   *
   * @return the amount, not null, zero or more
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * Returns the amount in satang (สตางค์, 0.01 baht), exactly: {@code Baht.of("121,940.50")} is
   * 12,194,050 satang. Every amount fits, as {@link #MAX} is 10<sup>17</sup> satang; so does the
   * sum of up to 92 amounts, which lets a total be added up without making a {@link BigDecimal}.
   *
   * @return the amount in satang, zero or more
   */
  public long satang() {
    return satang;
  }

  /**
   * Returns this amount plus another.
   *
   * @param other the amount to add, not null
   * @return the sum, not null
   */
  public Baht plus(Baht other) {
    return of(amount.add(other.amount));
  }

  /**
   * Returns this amount minus another, which may be negative.
   *
   * @param other the amount to subtract, not null
   * @return the signed difference in baht with scale 2, not null
   */
  public BigDecimal minus(Baht other) {
    return amount.subtract(other.amount);
  }

  /**
   * Tells whether this amount is zero.
   *
   * @return true for zero baht
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Formats the amount as plan documents print it: "121,940" for whole baht, "8,095,606.50"
   * otherwise.
   *
   * @return the formatted amount with Arabic digits, not null
   */
  public String format() {
    return ThaiDigits.format(display());
  }

  /**
   * Formats the amount like {@link #format()} with Thai digits: "๑๒๑,๙๔๐".
   *
   * @return the formatted amount with Thai digits, not null
   */
  public String formatThai() {
    return ThaiDigits.formatThai(display());
  }

  private BigDecimal display() {
    return amount.remainder(BigDecimal.ONE).signum() == 0 ? amount.setScale(0) : amount;
  }

  @Override
  public int compareTo(Baht other) {
    return Long.compare(satang, other.satang);
  }

  @Override
  public boolean equals(Object obj) {
    // Every amount has scale 2, so equal amounts are equal numbers of satang.
    return obj instanceof Baht && ((Baht) obj).satang == satang;
  }

  @Override
  public int hashCode() {
    return amount.hashCode();
  }

  /**
   * Checks a deserialized amount as {@link #of(BigDecimal)} checks a new one and fills in its
   * amount in satang, which is not written.
   *
   * @return the checked amount
   * @throws java.io.InvalidObjectException if the amount is missing, negative, above {@link #MAX}
   *     or finer than a satang
   */
  private Object readResolve() throws java.io.InvalidObjectException {
    try {
      return of(amount);
    } catch (RuntimeException e) {
      java.io.InvalidObjectException invalid = new java.io.InvalidObjectException("not a baht amount: " + amount);
      invalid.initCause(e);
      throw invalid;
    }
  }

  /**
   * Returns the plain amount with two decimals, such as {@code "121940.00"}.
   *
   * @return the amount as text, not null
   */
  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
