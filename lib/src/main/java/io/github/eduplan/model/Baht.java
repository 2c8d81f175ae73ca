package io.github.eduplan.model;

import io.github.eduplan.time.ThaiDigits;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * An amount of money in Thai baht (บาท), exact to the satang (สตางค์, 0.01 baht), never negative: a
 * budget, a quarterly amount, a stated total or a sum of them. Example: {@code Baht.parse("121,940")}.
 *
 * <p>An amount is one {@link BigDecimal} with scale 2 and never goes through {@code double}. A
 * negative amount or one with more than two decimals can never be a legal budget, so the factories
 * reject it; differences that may be negative are returned as {@link BigDecimal}.
 *
 * <p>{@link #MAX} bounds an amount that is given ({@link #of}, {@link #parse}, and so every amount a
 * document states); sums ({@link #plus}, {@link #sum}, {@link #summing()}) are exact whatever their
 * size, so that a total over many plans never fails.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Baht implements Comparable<Baht>, Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The largest amount that may be given or stated: one quadrillion baht, far above any national
   * budget. Sums may exceed it.
   */
  public static final BigDecimal MAX = new BigDecimal("1000000000000000.00");

  /** Zero baht. */
  public static final Baht ZERO = new Baht(BigDecimal.ZERO.setScale(2));

  /** The amount in baht, scale 2, zero or more. */
  private final BigDecimal amount;

  private Baht(BigDecimal amount) {
    this.amount = amount;
  }

  /**
   * Returns the amount of whole baht.
   *
   * @param wholeBaht the number of baht, zero or more
   * @return the amount, not null
   * @throws IllegalArgumentException if {@code wholeBaht} is negative or above {@link #MAX}
   */
  public static Baht of(long wholeBaht) {
    return of(BigDecimal.valueOf(wholeBaht));
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
    if (amount.compareTo(MAX) > 0) {
      throw new IllegalArgumentException("a baht amount cannot exceed " + MAX.toPlainString() + ": " + amount);
    }
    return exact(amount);
  }

  /** The amount with scale 2, checked for sign and satang but not against {@link #MAX}: a sum. */
  private static Baht exact(BigDecimal amount) {
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("a baht amount cannot be negative: " + amount);
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
   * @throws IllegalArgumentException if the number is negative, has more than two decimals or is
   *     above {@link #MAX}
   */
  public static Baht parse(CharSequence text) {
    return of(ThaiDigits.parseDecimal(text));
  }

  /**
   * Returns the exact sum of the amounts, which may exceed {@link #MAX}.
   *
   * @param amounts the amounts, not null, no null element
   * @return their sum, {@link #ZERO} for none
   */
  public static Baht sum(Collection<Baht> amounts) {
    BigDecimal total = BigDecimal.ZERO;
    for (Baht b : amounts) {
      total = total.add(b.amount);
    }
    return exact(total);
  }

  /**
   * Returns a collector of the exact sum of a stream of amounts, which may exceed {@link #MAX}:
   * {@code projects.stream().flatMap(p -> p.budget().stream()).collect(Baht.summing())}.
   *
   * @return the collector, not null; {@link #ZERO} for an empty stream
   */
  public static Collector<Baht, ?, Baht> summing() {
    return Collectors.reducing(ZERO, Baht::plus);
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
   * Returns this amount plus another, exactly; the sum may exceed {@link #MAX}.
   *
   * @param other the amount to add, not null
   * @return the sum, not null
   */
  public Baht plus(Baht other) {
    return other.isZero() ? this : isZero() ? other : new Baht(amount.add(other.amount));
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
    return format(amount);
  }

  /**
   * Formats the amount like {@link #format()} with Thai digits: "๑๒๑,๙๔๐".
   *
   * @return the formatted amount with Thai digits, not null
   */
  public String formatThai() {
    return ThaiDigits.toThai(format());
  }

  /**
   * Formats any amount of baht as {@link #format()} does, such as a signed difference from
   * {@link #minus}: "-1,250" for whole baht, "8,095,606.50" otherwise.
   *
   * @param amount the amount in baht, not null, of any sign
   * @return the formatted amount with Arabic digits, not null
   */
  public static String format(BigDecimal amount) {
    return ThaiDigits.format(printed(amount));
  }

  /**
   * Returns the amount as the JSON format writes it, without thousands separators: "121940" for
   * whole baht, "121940.50" otherwise.
   *
   * @return the plain amount, not null
   */
  public String toPlainString() {
    return printed(amount).toPlainString();
  }

  /** Whole baht without decimals, otherwise to the satang: how documents print an amount. */
  private static BigDecimal printed(BigDecimal amount) {
    BigDecimal satang = amount.setScale(Math.max(2, amount.scale()), RoundingMode.UNNECESSARY);
    return satang.remainder(BigDecimal.ONE).signum() == 0 ? satang.setScale(0) : satang;
  }

  @Override
  public int compareTo(Baht other) {
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object obj) {
    // Every amount has scale 2, so equal amounts are equal decimals.
    return obj instanceof Baht other && other.amount.equals(amount);
  }

  @Override
  public int hashCode() {
    return amount.hashCode();
  }

  /**
   * Checks a deserialized amount as the factories check a new one (a sum may exceed {@link #MAX}).
   *
   * @return the checked amount
   * @throws java.io.InvalidObjectException if the amount is missing, negative or finer than a satang
   */
  private Object readResolve() throws java.io.InvalidObjectException {
    try {
      return exact(Objects.requireNonNull(amount, "amount"));
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
