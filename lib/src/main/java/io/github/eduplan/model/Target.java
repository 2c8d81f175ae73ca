package io.github.eduplan.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.eduplan.internal.ValueStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A target value (ค่าเป้าหมาย) for one fiscal year, or a target written inside an indicator's text:
 * a value and, for numbers and levels, how an actual result is compared with it. Examples: "80"
 * (a number; the comparison follows the indicator's direction), "ไม่ต่ำกว่า ๓๐๐ คะแนน" (at least
 * 300), "ระดับดีขึ้นไป" (the level ดี or better), "มี" (yes), "N/A".
 *
 * <p>A comparison applies only to a number or a level; {@link Comparison#BETWEEN} needs a number
 * and an upper bound not below it. Anything else can never be a legal target and is rejected when
 * built. This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableTarget.class)
@JsonDeserialize(as = ImmutableTarget.class)
public abstract class Target {
  Target() {}

  /**
   * Returns the target value.
   *
   * @return the value, not null
   */
  public abstract IndicatorValue value();

  /**
   * Returns the comparison the plan writes ("ไม่ต่ำกว่า", "ขึ้นไป", "ไม่เกิน"), if it writes one.
   *
   * @return the comparison, or empty when the plan writes a bare value
   */
  public abstract Optional<Comparison> comparison();

  /**
   * Returns the upper bound of a {@link Comparison#BETWEEN} target.
   *
   * @return the upper bound, present exactly when the comparison is BETWEEN
   */
  public abstract Optional<BigDecimal> upperBound();

  /**
   * Returns the target as the document writes it, when that differs from the plain value, such as
   * {@code "ไม่ต่ำกว่าร้อยละ ๘๕ (มีคุณภาพระดับ AA)"}.
   *
   * @return the text as written, or empty
   */
  public abstract Optional<String> asWritten();

  /**
   * Returns the comparison to use: the written one, or the one the indicator's direction implies.
   *
   * @param direction the indicator's direction, not null
   * @return the comparison, not null
   */
  public Comparison effectiveComparison(Direction direction) {
    return comparison().orElseGet(() -> Comparison.impliedBy(direction));
  }

  /**
   * Tells whether the target is "not available" (N/A): the plan sets no value for that year.
   *
   * @return true for N/A
   */
  @JsonIgnore
  public boolean isNotAvailable() {
    return value().kind() == IndicatorValue.Kind.NOT_AVAILABLE;
  }

  @Value.Check
  void check() {
    IndicatorValue.Kind kind = value().kind();
    if (comparison().isPresent()
        && kind != IndicatorValue.Kind.NUMBER
        && kind != IndicatorValue.Kind.LEVEL) {
      throw new IllegalArgumentException("comparison " + comparison().get()
          + " needs a number or a level, not " + kind + " '" + value() + "'");
    }
    boolean between = comparison().orElse(null) == Comparison.BETWEEN;
    if (between != upperBound().isPresent()) {
      throw new IllegalArgumentException(
          "upperBound is given exactly with comparison BETWEEN: comparison="
              + comparison().map(Enum::name).orElse("none") + ", upperBound="
              + upperBound().map(BigDecimal::toPlainString).orElse("none"));
    }
    upperBound().ifPresent(IndicatorValue::number);
    if (between) {
      if (!(value() instanceof IndicatorValue.Numeric number)) {
        throw new IllegalArgumentException("BETWEEN needs a number, not " + kind + " '" + value() + "'");
      }
      BigDecimal lower = number.value();
      if (upperBound().get().compareTo(lower) < 0) {
        throw new IllegalArgumentException("upperBound " + upperBound().get().toPlainString()
            + " is below the lower bound " + lower.toPlainString());
      }
    }
  }

  /**
   * Returns a target of the given value with no written comparison.
   *
   * @param value the value, not null
   * @return the target, not null
   */
  public static Target of(IndicatorValue value) {
    return builder().value(value).build();
  }

  /**
   * Returns a numeric target with no written comparison.
   *
   * @param value the number, not null
   * @return the target, not null
   */
  public static Target of(BigDecimal value) {
    return of(IndicatorValue.number(value));
  }

  /**
   * Returns a numeric target with no written comparison.
   *
   * @param value the whole number
   * @return the target, not null
   */
  public static Target of(long value) {
    return of(IndicatorValue.number(value));
  }

  /**
   * Returns a numeric target with a written comparison.
   *
   * @param comparison the comparison, not null, not BETWEEN
   * @param value the number, not null
   * @return the target, not null
   * @throws IllegalArgumentException if the comparison is BETWEEN
   */
  public static Target of(Comparison comparison, BigDecimal value) {
    return builder().value(IndicatorValue.number(value)).comparison(comparison).build();
  }

  /**
   * Returns a target between two numbers, both included.
   *
   * @param lower the lower bound, not null
   * @param upper the upper bound, not null, not below {@code lower}
   * @return the target, not null
   * @throws IllegalArgumentException if {@code upper} is below {@code lower}
   */
  public static Target between(BigDecimal lower, BigDecimal upper) {
    return builder()
        .value(IndicatorValue.number(lower))
        .comparison(Comparison.BETWEEN)
        .upperBound(upper)
        .build();
  }

  /**
   * Returns the N/A target.
   *
   * @return the target, not null
   */
  public static Target notAvailable() {
    return of(IndicatorValue.notAvailable());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Target}. */
  public static final class Builder extends ImmutableTarget.Builder {}
}
