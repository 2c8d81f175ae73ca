package io.github.eduplan.achievement;

import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Comparison;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Target;
import io.github.eduplan.time.FiscalQuarter;
import io.github.eduplan.time.FiscalYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The indicator part of {@link AchievementCalculator}: one indicator's achievement against the
 * year's target and its trajectory at a quarter's end. Each indicator costs a constant number of
 * look-ups in the results' index, so a plan costs time linear in its indicators.
 */
final class IndicatorAssessment {
  private static final BigDecimal FOUR = BigDecimal.valueOf(4);

  private final Precision precision;
  private final BigDecimal hundred;
  private final BigDecimal zero;

  IndicatorAssessment(Precision precision) {
    this.precision = precision;
    this.hundred = precision.round(Precision.HUNDRED);
    this.zero = precision.round(BigDecimal.ZERO);
  }

  PlanAchievement assess(StrategicPlan plan, FiscalYear year, ActualResults results) {
    PlanAchievement.Builder b = PlanAchievement.builder().year(year);
    var keys = IndicatorKey.keysOf(plan);
    keys.forEach((key, indicator) -> b.addIndicator(assess(key, indicator, year, results.forYear(key, year))));
    return b.addAllUnmatched(results.unmatched(keys.keySet())).build();
  }

  IndicatorAchievement assess(IndicatorKey key, Indicator indicator, FiscalYear year, Optional<ActualResult> actual) {
    actual.ifPresent(r -> {
      if (!r.indicator().equals(key) || !r.year().equals(year)) {
        throw new IllegalArgumentException("a result for " + r.indicator() + " " + r.year()
            + " cannot assess " + key + " " + year);
      }
    });
    IndicatorAchievement.Builder b = IndicatorAchievement.builder().indicator(key).text(indicator.text())
        .goal(indicator.goal()).direction(indicator.direction()).year(year).target(indicator.targetFor(year))
        .actual(actual);
    Operands o = operands(indicator, year, actual);
    if (o instanceof Operands.Failed f) {
      return b.outcome(Outcome.NOT_ASSESSABLE).reason(f.reason()).build();
    }
    if (o instanceof Operands.YesNo y) {
      return b.outcome(y.met() ? Outcome.MET : Outcome.NOT_MET).percentOfTarget(binary(y.met())).build();
    }
    return numbers(b, indicator, year, (Operands.Numbers) o);
  }

  private IndicatorAchievement numbers(IndicatorAchievement.Builder b, Indicator indicator, FiscalYear year,
      Operands.Numbers n) {
    BigDecimal a = n.actual();
    BigDecimal t = n.target();
    boolean met = n.met();
    BigDecimal percent = switch (n.comparison()) {
      case AT_LEAST -> t.signum() > 0 ? floor(precision.percent(a, t)) : binary(met);
      case AT_MOST -> t.signum() > 0 ? floor(precision.percent(t.add(t).subtract(a), t)) : binary(met);
      case EQUAL -> closeness(a, t, met);
      case BETWEEN -> met ? hundred : closeness(a, a.compareTo(t) < 0 ? t : n.upper().orElseThrow(), false);
    };
    b.comparison(n.comparison()).scale(n.scale()).actualNumber(a).targetNumber(t)
        .outcome(met ? Outcome.MET : Outcome.NOT_MET).percentOfTarget(percent);
    if (n.comparison() == Comparison.AT_LEAST || n.comparison() == Comparison.AT_MOST) {
      baseline(indicator, year, n.scale()).ifPresent(base -> {
        BigDecimal bn = number(base.value(), n.scale()).orElseThrow();
        boolean improving = n.comparison() == Comparison.AT_LEAST ? t.compareTo(bn) > 0 : t.compareTo(bn) < 0;
        b.baseline(base).baselineNumber(bn)
            .progressFromBaseline(improving ? precision.percent(a.subtract(bn), t.subtract(bn)) : binary(met));
      });
    }
    return b.build();
  }

  Trajectory trajectory(IndicatorKey key, Indicator indicator, FiscalQuarter quarter, ActualResults results) {
    FiscalYear year = quarter.year();
    Trajectory.Builder b = Trajectory.builder().indicator(key).quarter(quarter);
    Operands o = operands(indicator, year, results.forQuarter(key, quarter));
    if (o instanceof Operands.Numbers n) {
      return path(b, key, indicator, quarter, results, n);
    }
    NotAssessableReason reason = o instanceof Operands.Failed f ? f.reason() : NotAssessableReason.NO_PATH;
    return b.status(Trajectory.Status.NOT_ASSESSABLE).reason(reason).build();
  }

  private Trajectory path(Trajectory.Builder b, IndicatorKey key, Indicator indicator, FiscalQuarter quarter,
      ActualResults results, Operands.Numbers n) {
    FiscalYear year = quarter.year();
    b.comparison(n.comparison()).target(n.target()).actual(n.actual());
    if (n.comparison() == Comparison.EQUAL || n.comparison() == Comparison.BETWEEN) {
      return b.expected(n.target()).status(n.met() ? Trajectory.Status.ON_TRACK : Trajectory.Status.OFF_TRACK).build();
    }
    Optional<Start> start = previousYear(key, indicator, year, results, n)
        .or(() -> baseline(indicator, year, n.scale())
            .map(base -> new Start(Trajectory.Start.BASELINE, number(base.value(), n.scale()).orElseThrow())));
    if (start.isEmpty()) {
      return b.status(Trajectory.Status.NOT_ASSESSABLE).reason(NotAssessableReason.NO_STARTING_VALUE).build();
    }
    BigDecimal s = start.get().value();
    BigDecimal q = BigDecimal.valueOf(quarter.quarter().number());
    // 4 × expected, kept exact so that the verdict does not depend on rounding.
    BigDecimal expected4 = s.multiply(FOUR).add(n.target().subtract(s).multiply(q));
    int c = n.actual().multiply(FOUR).compareTo(expected4);
    boolean onTrack = n.comparison() == Comparison.AT_LEAST ? c >= 0 : c <= 0;
    return b.startFrom(start.get().from()).start(s)
        .expected(expected4.divide(FOUR, precision.scale(), precision.roundingMode()))
        .status(onTrack ? Trajectory.Status.ON_TRACK : Trajectory.Status.OFF_TRACK).build();
  }

  /** Where a path starts and from what value. */
  private record Start(Trajectory.Start from, BigDecimal value) {}

  /** The previous year's result as the start, when reported and comparable on the same scale. */
  private Optional<Start> previousYear(IndicatorKey key, Indicator indicator, FiscalYear year, ActualResults results,
      Operands.Numbers n) {
    if (year.buddhistEraYear() <= FiscalYear.MIN_YEAR) {
      return Optional.empty();
    }
    if (operands(indicator, year, results.forYear(key, year.previous())) instanceof Operands.Numbers previous
        && previous.scale().equals(n.scale())) {
      return Optional.of(new Start(Trajectory.Start.PREVIOUS_YEAR_RESULT, previous.actual()));
    }
    return Optional.empty();
  }

  List<Trajectory> trajectories(StrategicPlan plan, FiscalQuarter quarter, ActualResults results) {
    List<Trajectory> out = new ArrayList<>();
    IndicatorKey.keysOf(plan).forEach((key, indicator) -> out.add(trajectory(key, indicator, quarter, results)));
    return List.copyOf(out);
  }

  private BigDecimal closeness(BigDecimal a, BigDecimal bound, boolean met) {
    if (bound.signum() == 0) {
      return binary(met);
    }
    return floor(hundred.subtract(precision.percent(a.subtract(bound).abs(), bound.abs())));
  }

  private BigDecimal binary(boolean met) {
    return met ? hundred : zero;
  }

  private BigDecimal floor(BigDecimal percent) {
    return percent.signum() < 0 ? zero : percent;
  }

  private Operands operands(Indicator indicator, FiscalYear year, Optional<ActualResult> actual) {
    Optional<Target> maybeTarget = indicator.targetFor(year);
    if (maybeTarget.isEmpty()) {
      return new Operands.Failed(NotAssessableReason.NO_TARGET);
    }
    Target target = maybeTarget.get();
    if (target.isNotAvailable()) {
      return new Operands.Failed(NotAssessableReason.TARGET_NOT_AVAILABLE);
    }
    if (actual.isEmpty()) {
      return new Operands.Failed(NotAssessableReason.NO_RESULT);
    }
    ActualResult r = actual.get();
    Optional<NotAssessableReason> unreported = switch (r.status()) {
      case NOT_YET_DUE -> Optional.of(NotAssessableReason.NOT_YET_DUE);
      case NOT_AVAILABLE -> Optional.of(NotAssessableReason.RESULT_NOT_AVAILABLE);
      case NOT_APPLICABLE -> Optional.of(NotAssessableReason.NOT_APPLICABLE);
      case REPORTED -> Optional.empty();
    };
    if (unreported.isPresent()) {
      return new Operands.Failed(unreported.get());
    }
    if (r.value().isEmpty()) {
      BigDecimal denominator = r.denominator().orElseThrow();
      if (denominator.signum() == 0) {
        return new Operands.Failed(NotAssessableReason.ZERO_DENOMINATOR);
      }
      return compare(indicator, target, precision.percent(r.numerator().orElseThrow(), denominator));
    }
    return compare(indicator, target, r.value().get());
  }

  /** A result given as counts, turned into its percentage, against the target. */
  private static Operands compare(Indicator indicator, Target target, BigDecimal fromCounts) {
    return compare(indicator, target, IndicatorValue.Kind.NUMBER, Optional.of(fromCounts), Optional.empty());
  }

  /** A result given as a value against the target. */
  private static Operands compare(Indicator indicator, Target target, IndicatorValue value) {
    BigDecimal asNumber = value instanceof IndicatorValue.Numeric numeric ? numeric.value() : null;
    return compare(indicator, target, value.kind(), Optional.ofNullable(asNumber), Optional.of(value));
  }

  private static Operands compare(Indicator indicator, Target target, IndicatorValue.Kind actualKind,
      Optional<BigDecimal> actualNumber, Optional<IndicatorValue> actualValue) {
    IndicatorValue.Kind targetKind = target.value().kind();
    if (actualKind == IndicatorValue.Kind.NOT_AVAILABLE) {
      return new Operands.Failed(NotAssessableReason.RESULT_NOT_AVAILABLE);
    }
    if (actualKind == IndicatorValue.Kind.TEXT || targetKind == IndicatorValue.Kind.TEXT) {
      return new Operands.Failed(NotAssessableReason.NOT_MEASURABLE);
    }
    if (targetKind == IndicatorValue.Kind.YES_NO || actualKind == IndicatorValue.Kind.YES_NO) {
      return targetKind != actualKind
          ? new Operands.Failed(NotAssessableReason.KIND_MISMATCH)
          : new Operands.YesNo(actualValue.orElseThrow().equals(target.value()));
    }
    Comparison comparison = target.effectiveComparison(indicator.direction());
    if (targetKind == IndicatorValue.Kind.LEVEL || actualKind == IndicatorValue.Kind.LEVEL) {
      if (actualValue.isEmpty()) {
        return new Operands.Failed(NotAssessableReason.KIND_MISMATCH);
      }
      return onScale(indicator, target, comparison, actualValue.get());
    }
    BigDecimal targetNumber = ((IndicatorValue.Numeric) target.value()).value();
    return new Operands.Numbers(comparison, Optional.empty(), actualNumber.orElseThrow(), targetNumber,
        target.upperBound());
  }

  /** A level against a level, or a number read as a level: their positions on a scale both lie on. */
  private static Operands onScale(Indicator indicator, Target target, Comparison comparison, IndicatorValue actual) {
    Optional<OrdinalScale> found = scaleFor(indicator, target, actual);
    if (found.isEmpty()) {
      return new Operands.Failed(NotAssessableReason.NOT_ON_SCALE);
    }
    OrdinalScale scale = found.get();
    Optional<BigDecimal> upper = target.upperBound()
        .flatMap(u -> position(u.stripTrailingZeros().toPlainString(), scale));
    if (upper.isEmpty() && comparison == Comparison.BETWEEN) {
      return new Operands.Failed(NotAssessableReason.NOT_ON_SCALE);
    }
    return new Operands.Numbers(comparison, found, number(actual, found).orElseThrow(),
        number(target.value(), found).orElseThrow(), upper);
  }

  private static Optional<OrdinalScale> scaleFor(Indicator indicator, Target target, IndicatorValue actual) {
    List<OrdinalScale> candidates = indicator.scale().map(List::of)
        .orElse(List.of(OrdinalScale.QUALITY, OrdinalScale.LEVELS_1_TO_5));
    return candidates.stream()
        .filter(s -> number(actual, Optional.of(s)).isPresent() && number(target.value(), Optional.of(s)).isPresent())
        .findFirst();
  }

  /** A value as a number: itself without a scale, its position (lowest = 1) on a scale; or empty. */
  private static Optional<BigDecimal> number(IndicatorValue value, Optional<OrdinalScale> scale) {
    if (scale.isEmpty()) {
      return value instanceof IndicatorValue.Numeric numeric ? Optional.of(numeric.value()) : Optional.empty();
    }
    if (value instanceof IndicatorValue.Level level) {
      return position(level.level(), scale.get());
    }
    if (value instanceof IndicatorValue.Numeric numeric) {
      return position(numeric.value().stripTrailingZeros().toPlainString(), scale.get());
    }
    return Optional.empty();
  }

  private static Optional<BigDecimal> position(String level, OrdinalScale scale) {
    OptionalInt rank = scale.rankOf(level);
    return rank.isPresent() ? Optional.of(BigDecimal.valueOf(rank.getAsInt() + 1L)) : Optional.empty();
  }

  /** The latest baseline before the year whose value compares in the same way as the target. */
  private static Optional<Baseline> baseline(Indicator indicator, FiscalYear year, Optional<OrdinalScale> scale) {
    // The last of equal years wins, as a plan that repeats a year means its later line.
    return indicator.baselines().stream()
        .filter(b -> b.year() < year.buddhistEraYear() && number(b.value(), scale).isPresent())
        .reduce((best, b) -> b.year() >= best.year() ? b : best);
  }
}
