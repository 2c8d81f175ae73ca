package io.github.eduplan.results;

import io.github.eduplan.achievement.IndicatorKey;
import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The results of one indicator (ผลการดำเนินงานตามตัวชี้วัด) in a results document: the indicator named
 * as {@link IndicatorKey} names it — strategy number, code as printed, occurrence — with its text
 * for a reader, and its results by fiscal year or quarter. Example: strategy 1, indicator 1.2, FY
 * 2565 80 %.
 *
 * <p>The strategy number and code are kept as written ({@code ๑.๒}) and compared as
 * {@link IndicatorKey} compares them. An uncoded indicator has no code; a code, when given, is not
 * blank. There is at least one result, and at most one per year and quarter (or whole year). Anything
 * else can never be legal and is rejected when built. This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableIndicatorResults.class)
@JsonDeserialize(as = ImmutableIndicatorResults.class)
public abstract class IndicatorResults {
  IndicatorResults() {}

  /**
   * Returns the number of the indicator's strategy (กลยุทธ์) as written.
   *
   * @return the number, not null; empty for a strategy the plan does not number
   */
  public abstract String strategy();

  /**
   * Returns the indicator's code as written, such as {@code 1.2} or {@code ๑.๒}.
   *
   * @return the code, or empty for an indicator the plan does not number
   */
  public abstract Optional<String> code();

  /**
   * Returns which indicator with this strategy number and code it is, in plan order; see
   * {@link IndicatorKey#occurrence()}.
   *
   * @return 1 or more; 1 unless given
   */
  @Value.Default
  public int occurrence() {
    return 1;
  }

  /**
   * Returns the indicator's text, for a reader of the document; {@link ResultsChecks} warns when it
   * is not the plan's.
   *
   * @return the text, or empty
   */
  public abstract Optional<String> text();

  /**
   * Returns the results, in the order given.
   *
   * @return the results, at least one, not null
   */
  public abstract List<PeriodResult> results();

  /**
   * Returns the key that names the indicator in a plan.
   *
   * @return the key, not null
   */
  public IndicatorKey key() {
    return IndicatorKey.builder().strategy(strategy()).code(code()).occurrence(occurrence()).build();
  }

  @Value.Check
  void check() {
    if (occurrence() < 1) {
      throw new DocumentProblem("occurrence", "the occurrence is 1 or more: " + occurrence());
    }
    if (code().filter(String::isBlank).isPresent()) {
      throw new DocumentProblem("code", "a code cannot be blank; an uncoded indicator has no code");
    }
    if (results().isEmpty()) {
      throw new DocumentProblem("results", "indicator " + key() + " has no result: give at least one");
    }
    Map<List<Object>, Integer> seen = new HashMap<>();
    for (int i = 0; i < results().size(); i++) {
      PeriodResult r = results().get(i);
      Integer first = seen.putIfAbsent(List.of(r.year(), r.quarter()), i);
      if (first != null) {
        throw new DocumentProblem("results[" + i + "]", "indicator " + key() + " has a second result for "
            + r.period() + (r.quarter().isEmpty() ? " (whole year)" : "") + ": the first is results[" + first + "]");
      }
    }
  }

  /**
   * Returns the result of a year, or of one of its quarters.
   *
   * @param year the fiscal year, not null
   * @param quarter the quarter, or empty for the whole year's result
   * @return the result, or empty when none is given
   */
  public Optional<PeriodResult> result(FiscalYear year, Optional<Quarter> quarter) {
    return results().stream().filter(r -> r.year().equals(year) && r.quarter().equals(quarter)).findFirst();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IndicatorResults}. */
  public static final class Builder extends ImmutableIndicatorResults.Builder {}
}
