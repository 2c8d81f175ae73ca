package io.github.eduplan.achievement;

import io.github.eduplan.internal.ValueStyle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * How the achievement calculators round (การปัดเศษ): every percentage they return has
 * {@link #scale()} decimals, rounded with {@link #roundingMode()}. The default is two decimals,
 * rounded half up, as Thai government reports print them: 92 of 115 schools is {@code 80.00} %,
 * 2 of 3 is {@code 66.67} %.
 *
 * <p>Each formula divides once and rounds once, so a report can redo the working from the inputs a
 * result carries. Sums of baht are exact and never rounded. This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Precision {
  /** Two decimals, {@link RoundingMode#HALF_UP}. */
  public static final Precision DEFAULT = builder().build();

  /** The largest scale accepted: more digits than any report prints. */
  public static final int MAX_SCALE = 20;

  Precision() {}

  /**
   * Returns the number of decimals of every percentage.
   *
   * @return 0 to {@link #MAX_SCALE}; 2 by default
   */
  @Value.Default
  public int scale() {
    return 2;
  }

  /**
   * Returns the rounding mode of every percentage.
   *
   * @return the mode, not null, never {@link RoundingMode#UNNECESSARY}; {@link RoundingMode#HALF_UP}
   *     by default
   */
  @Value.Default
  public RoundingMode roundingMode() {
    return RoundingMode.HALF_UP;
  }

  /**
   * Returns {@code 100 × numerator ÷ denominator}, rounded once.
   *
   * @param numerator the numerator, not null
   * @param denominator the denominator, not null, not zero
   * @return the percentage at {@link #scale()}, not null
   * @throws ArithmeticException if the denominator is zero
   */
  public BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
    return numerator.multiply(HUNDRED).divide(denominator, scale(), roundingMode());
  }

  /**
   * Returns a value rounded to {@link #scale()}.
   *
   * @param value the value, not null
   * @return the rounded value, not null
   */
  public BigDecimal round(BigDecimal value) {
    return value.setScale(scale(), roundingMode());
  }

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Value.Check
  void check() {
    if (scale() < 0 || scale() > MAX_SCALE) {
      throw new IllegalArgumentException("scale is 0 to " + MAX_SCALE + ": " + scale());
    }
    if (roundingMode() == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("roundingMode cannot be UNNECESSARY: percentages rarely divide exactly");
    }
  }

  /**
   * Returns the precision of a scale and a rounding mode.
   *
   * @param scale 0 to {@link #MAX_SCALE}
   * @param roundingMode the mode, not null, not {@link RoundingMode#UNNECESSARY}
   * @return the precision, not null
   * @throws IllegalArgumentException if the scale is out of range or the mode is UNNECESSARY
   */
  public static Precision of(int scale, RoundingMode roundingMode) {
    return builder().scale(scale).roundingMode(roundingMode).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Precision}. */
  public static final class Builder extends ImmutablePrecision.Builder {}
}
