package io.github.eduplan.achievement;

import io.github.eduplan.model.ElementNumber;
import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Names one indicator (ตัวชี้วัด) of a plan: the number of its strategy (กลยุทธ์), its code as the
 * plan prints it, and which occurrence of that code it is. Example: {@code IndicatorKey.of("1",
 * "1.2")} is indicator 1.2 of strategy 1; {@code IndicatorKey.of("๑", "๑.๒")} is the same key.
 *
 * <p>Real plans repeat codes (the สพป.เชียงราย เขต 2 plan for 2566–2570 restarts its numbering in
 * every strategy, others print a number twice) and leave some indicators unnumbered, so neither a
 * code nor a position alone names an indicator. A key is unique within a plan: {@link #occurrence()} counts, in the plan's order,
 * the indicators with the same strategy number and code, starting at 1; an uncoded indicator has an
 * empty code and is the n-th uncoded indicator of its strategy number. A key whose occurrence is 1
 * names the first indicator with that code; to name the second of two indicators coded "3", use
 * occurrence 2. {@link #keysOf(StrategicPlan)} gives every key of a plan.
 *
 * <p>Strategy numbers and codes are compared after converting Thai digits to Arabic and removing
 * white space, so a result written with {@code ๑.๒} matches a plan printing {@code 1.2}. Only
 * top-level indicators of a strategy have keys; components are not assessed on their own. This
 * type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class IndicatorKey implements Comparable<IndicatorKey> {
  IndicatorKey() {}

  /**
   * Returns the number of the strategy the indicator belongs to, as its {@link ElementNumber#key}
   * (Arabic digits, no white space, no closing dot).
   *
   * @return the strategy number, not null; empty for a strategy the plan does not number
   */
  public abstract String strategy();

  /**
   * Returns the indicator's code, as its {@link ElementNumber#key}.
   *
   * @return the code, or empty for an indicator the plan does not number
   */
  public abstract Optional<String> code();

  /**
   * Returns which indicator with this strategy number and code this is, in plan order.
   *
   * @return 1 or more; 1 unless given
   */
  @Value.Default
  public int occurrence() {
    return 1;
  }

  @Value.Check
  IndicatorKey normalize() {
    if (occurrence() < 1) {
      throw new IllegalArgumentException("occurrence is 1 or more: " + occurrence());
    }
    String strategy = normal(strategy());
    Optional<String> code = code().map(IndicatorKey::normal).filter(c -> !c.isEmpty());
    if (strategy.equals(strategy()) && code.equals(code())) {
      return this;
    }
    return builder().strategy(strategy).code(code).occurrence(occurrence()).build();
  }

  private static String normal(String text) {
    return ElementNumber.key(text);
  }

  /**
   * Returns the key of the first indicator with a code in a strategy.
   *
   * @param strategy the strategy number as written, not null
   * @param code the indicator code as written, not null
   * @return the key, not null
   */
  public static IndicatorKey of(String strategy, String code) {
    return of(strategy, code, 1);
  }

  /**
   * Returns the key of the n-th indicator with a code in a strategy.
   *
   * @param strategy the strategy number as written, not null
   * @param code the indicator code as written, not null; blank for an uncoded indicator
   * @param occurrence 1 for the first indicator with the code, 2 for the second, ...
   * @return the key, not null
   * @throws IllegalArgumentException if occurrence is below 1
   */
  public static IndicatorKey of(String strategy, String code, int occurrence) {
    return builder().strategy(strategy).code(code).occurrence(occurrence).build();
  }

  /**
   * Returns the key of every top-level indicator of a plan, in the plan's order.
   *
   * @param plan the plan, not null
   * @return the indicators by key, in plan order, unmodifiable, not null
   */
  public static Map<IndicatorKey, Indicator> keysOf(StrategicPlan plan) {
    Map<IndicatorKey, Indicator> out = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Strategy strategy : plan.strategies()) {
      for (Indicator indicator : strategy.indicators()) {
        IndicatorKey first = builder().strategy(strategy.number()).code(indicator.code()).build();
        int n = seen.merge(first.strategy() + "\u0000" + first.code().orElse(""), 1, Integer::sum);
        out.put(builder().from(first).occurrence(n).build(), indicator);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** Orders by strategy, code and occurrence, comparing text. */
  @Override
  public int compareTo(IndicatorKey other) {
    int c = strategy().compareTo(other.strategy());
    if (c == 0) {
      c = code().orElse("").compareTo(other.code().orElse(""));
    }
    return c != 0 ? c : Integer.compare(occurrence(), other.occurrence());
  }

  /**
   * Returns the key as {@code 1/1.2} or {@code 1/1.2#2} for a second occurrence, {@code 1/-} for
   * an uncoded indicator.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return strategy() + "/" + code().orElse("-") + (occurrence() == 1 ? "" : "#" + occurrence());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IndicatorKey}. */
  public static final class Builder extends ImmutableIndicatorKey.Builder {}
}
