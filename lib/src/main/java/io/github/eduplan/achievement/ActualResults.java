package io.github.eduplan.achievement;

import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.time.FiscalQuarter;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The actual results (ผลการดำเนินงาน) one unit reports: an area office for its whole plan, or one
 * school (สถานศึกษา) whose counts are pooled with other schools'. Example: the FY 2565 results of
 * โรงเรียนบ้านแม่ระมาด, {@code ActualResults.builder().unit("โรงเรียนบ้านแม่ระมาด").addResult(r).build()}.
 *
 * <p>At most one result is given per indicator, fiscal year and quarter (or whole year): two would
 * leave the calculators to guess, so a set with a repeat is rejected when built. This type is
 * immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class ActualResults {
  ActualResults() {}

  /**
   * Returns the unit that reports, such as a school's or an office's name.
   *
   * @return the unit, or empty when the results are the plan owner's own
   */
  public abstract Optional<String> unit();

  /**
   * Returns the results, in the order given.
   *
   * @return the results, not null
   */
  public abstract List<ActualResult> results();

  @Value.Lazy
  Map<List<Object>, ActualResult> index() {
    Map<List<Object>, ActualResult> index = new HashMap<>();
    for (ActualResult r : results()) {
      index.put(slot(r.indicator(), r.year(), r.quarter()), r);
    }
    return index;
  }

  private static List<Object> slot(IndicatorKey key, FiscalYear year, Optional<Quarter> quarter) {
    return List.of(key, year, quarter);
  }

  @Value.Check
  void check() {
    Set<List<Object>> seen = new HashSet<>();
    for (ActualResult r : results()) {
      if (!seen.add(slot(r.indicator(), r.year(), r.quarter()))) {
        throw new IllegalArgumentException("results" + unit().map(u -> " of " + u).orElse("")
            + " give indicator " + r.indicator() + " twice for " + r.year()
            + r.quarter().map(q -> " " + q).orElse(" (whole year)"));
      }
    }
  }

  /**
   * Returns the result of a whole fiscal year: the result given without a quarter or, when there
   * is none, the result of quarter 4, which closes the year.
   *
   * @param indicator the indicator, not null
   * @param year the fiscal year, not null
   * @return the result, or empty when none is given
   */
  public Optional<ActualResult> forYear(IndicatorKey indicator, FiscalYear year) {
    ActualResult whole = index().get(slot(indicator, year, Optional.empty()));
    return whole != null ? Optional.of(whole) : forQuarter(indicator, year.quarter(Quarter.Q4));
  }

  /**
   * Returns the result of one quarter.
   *
   * @param indicator the indicator, not null
   * @param quarter the fiscal quarter, not null
   * @return the result, or empty when none is given for that quarter
   */
  public Optional<ActualResult> forQuarter(IndicatorKey indicator, FiscalQuarter quarter) {
    return Optional.ofNullable(index().get(slot(indicator, quarter.year(), Optional.of(quarter.quarter()))));
  }

  /**
   * Returns the results that name no indicator of a plan, such as a mistyped code.
   *
   * @param plan the plan, not null
   * @return the results, in the order given, not null
   */
  public List<ActualResult> unmatched(StrategicPlan plan) {
    return unmatched(IndicatorKey.keysOf(plan).keySet());
  }

  /** The results whose key is none of some keys, in the order given. */
  List<ActualResult> unmatched(Set<IndicatorKey> keys) {
    return results().stream().filter(r -> !keys.contains(r.indicator())).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the plan owner's own results.
   *
   * @param results the results, not null
   * @return the set, not null
   * @throws IllegalArgumentException if an indicator has two results for the same period
   */
  public static ActualResults of(ActualResult... results) {
    return builder().addResults(results).build();
  }

  /**
   * Returns a unit's results.
   *
   * @param unit the unit, such as a school's name, not null
   * @param results the results, not null
   * @return the set, not null
   * @throws IllegalArgumentException if an indicator has two results for the same period
   */
  public static ActualResults ofUnit(String unit, ActualResult... results) {
    return builder().unit(unit).addAllResults(Arrays.asList(results)).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActualResults}. */
  public static final class Builder extends ImmutableActualResults.Builder {}
}
