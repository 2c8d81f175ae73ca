package io.github.eduplan.achievement;

import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pooling part of {@link AchievementCalculator}: a percentage pooled across units from their
 * counts. Pooling a whole plan reads every unit's results once, so it costs time linear in the
 * plan's indicators plus the units' results, however many units there are.
 */
final class Pooling {
  private final Precision precision;

  Pooling(Precision precision) {
    this.precision = precision;
  }

  PooledPercentage pool(IndicatorKey key, FiscalYear year, List<ActualResults> units) {
    List<ActualResult> found = new ArrayList<>();
    for (ActualResults unit : units) {
      unit.forYear(key, year).ifPresent(found::add);
    }
    return pooled(key, year, found, units.size() - found.size());
  }

  /** The pooled percentage of the results found, one per unit that gave one, in unit order. */
  private PooledPercentage pooled(IndicatorKey key, FiscalYear year, List<ActualResult> found, int missing) {
    PooledPercentage.Builder b = PooledPercentage.builder().indicator(key).year(year);
    BigDecimal numerator = BigDecimal.ZERO;
    BigDecimal denominator = BigDecimal.ZERO;
    for (ActualResult r : found) {
      if (r.status() == ResultStatus.REPORTED && r.hasCounts()) {
        b.addIncluded(r);
        numerator = numerator.add(r.numerator().orElseThrow());
        denominator = denominator.add(r.denominator().orElseThrow());
      } else {
        b.addExcluded(r);
      }
    }
    b.numerator(numerator).denominator(denominator).missingCount(missing);
    if (denominator.signum() > 0) {
      b.percent(precision.percent(numerator, denominator));
    }
    return b.build();
  }

  ActualResults poolAll(StrategicPlan plan, FiscalYear year, List<ActualResults> units) {
    // Each unit's result of the year for each indicator, gathered in one pass over its results:
    // a result is the year's when ActualResults.forYear would pick it.
    Map<IndicatorKey, List<ActualResult>> byKey = new HashMap<>();
    for (ActualResults unit : units) {
      for (ActualResult r : unit.results()) {
        boolean wholeOrLast = r.quarter().map(q -> q == Quarter.Q4).orElse(true);
        if (r.year().equals(year) && wholeOrLast
            && unit.forYear(r.indicator(), year).filter(chosen -> chosen == r).isPresent()) {
          byKey.computeIfAbsent(r.indicator(), k -> new ArrayList<>()).add(r);
        }
      }
    }
    ActualResults.Builder b = ActualResults.builder();
    for (IndicatorKey key : IndicatorKey.keysOf(plan).keySet()) {
      List<ActualResult> found = Optional.ofNullable(byKey.get(key)).orElse(List.of());
      PooledPercentage pooled = pooled(key, year, found, units.size() - found.size());
      if (!pooled.included().isEmpty()) {
        b.addResult(pooled.asResult());
      }
    }
    return b.build();
  }
}
