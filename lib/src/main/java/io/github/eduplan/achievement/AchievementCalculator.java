package io.github.eduplan.achievement;

import io.github.eduplan.model.ElementNumber;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Comparison;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.Target;
import io.github.eduplan.time.FiscalQuarter;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * The achievement calculators (เครื่องคำนวณผลสัมฤทธิ์): indicator achievement against the year's
 * target, trajectory by quarter, roll-ups by goal, strategy and plan, pooling of percentages from
 * counts across units, and budget execution by quarter against cumulative disbursement targets.
 * Example:
 * {@code AchievementCalculator.of().assess(plan, FiscalYear.of(2565), results)}.
 *
 * <p>Every method is a pure function of its arguments: no I/O, no clock, no state. Percentages are
 * rounded once per formula with the calculator's {@link Precision}; sums of baht are exact. The
 * formulas and a worked Thai example of each are in {@code docs/achievement.md}. This class is
 * immutable and thread-safe: one instance may serve any number of threads.
 */
public final class AchievementCalculator {
  private static final AchievementCalculator DEFAULT = new AchievementCalculator(Precision.DEFAULT);
  private static final BigDecimal FOUR = BigDecimal.valueOf(4);

  private final Precision precision;
  private final BigDecimal hundred;
  private final BigDecimal zero;

  private AchievementCalculator(Precision precision) {
    this.precision = precision;
    this.hundred = precision.round(Precision.HUNDRED);
    this.zero = precision.round(BigDecimal.ZERO);
  }

  /**
   * Returns the calculator with the {@link Precision#DEFAULT default precision}: two decimals,
   * rounded half up.
   *
   * @return the calculator, not null
   */
  public static AchievementCalculator of() {
    return DEFAULT;
  }

  /**
   * Returns a calculator that rounds with a precision.
   *
   * @param precision the precision, not null
   * @return the calculator, not null
   */
  public static AchievementCalculator of(Precision precision) {
    return new AchievementCalculator(Objects.requireNonNull(precision, "precision"));
  }

  /**
   * Returns the precision every percentage is rounded to.
   *
   * @return the precision, not null
   */
  public Precision precision() {
    return precision;
  }


  /**
   * Returns the achievement of every top-level indicator of a plan in a fiscal year, each matched
   * to its result by {@link IndicatorKey}; see {@link ActualResults#forYear} for which result
   * counts as the year's.
   *
   * @param plan the plan, not null
   * @param year the fiscal year, not null
   * @param results the results, not null
   * @return the achievements in plan order, with the results that matched no indicator; not null
   */
  public PlanAchievement assess(StrategicPlan plan, FiscalYear year, ActualResults results) {
    PlanAchievement.Builder b = PlanAchievement.builder().year(year);
    IndicatorKey.keysOf(plan).forEach((key, indicator) ->
        b.addIndicator(assess(key, indicator, year, results.forYear(key, year))));
    return b.addAllUnmatched(results.unmatched(plan)).build();
  }

  /**
   * Returns the achievement of one indicator in a fiscal year.
   *
   * <p>The year's target is compared with the result by the target's
   * {@link Target#effectiveComparison effective comparison}. A missing result, a result not yet
   * due, N/A or not applicable, a missing or N/A target, text, a level off the scale, or values of
   * different kinds give {@link Outcome#NOT_ASSESSABLE} with the {@link NotAssessableReason}, and
   * never a percentage of 0. Levels are compared by position on the indicator's
   * {@link Indicator#scale() scale}, or, when it has none, on {@link OrdinalScale#QUALITY} or
   * {@link OrdinalScale#LEVELS_1_TO_5}, whichever holds both; a number is read as a level of that
   * name when compared with a level ({@code 4} against {@code ระดับ ๕}).
   *
   * @param key the indicator's key, not null
   * @param indicator the indicator, not null
   * @param year the fiscal year, not null
   * @param actual the result for the year, or empty when none was given
   * @return the achievement with its working, not null
   * @throws IllegalArgumentException if the result is for another indicator or year
   */
  public IndicatorAchievement assess(IndicatorKey key, Indicator indicator, FiscalYear year,
      Optional<ActualResult> actual) {
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
    if (o.reason != null) {
      return b.outcome(Outcome.NOT_ASSESSABLE).reason(o.reason).build();
    }
    if (o.yesNo) {
      boolean met = o.yesNoMet;
      return b.outcome(met ? Outcome.MET : Outcome.NOT_MET).percentOfTarget(met ? hundred : zero).build();
    }
    BigDecimal a = o.actual;
    BigDecimal t = o.target;
    boolean met = meets(o.comparison, a, t, o.upper);
    BigDecimal percent;
    switch (o.comparison) {
      case AT_LEAST:
        percent = t.signum() > 0 ? floor(precision.percent(a, t)) : binary(met);
        break;
      case AT_MOST:
        percent = t.signum() > 0 ? floor(precision.percent(t.add(t).subtract(a), t)) : binary(met);
        break;
      case EQUAL:
        percent = closeness(a, t, met);
        break;
      default:
        percent = met ? hundred : closeness(a, a.compareTo(t) < 0 ? t : o.upper, false);
        break;
    }
    b.comparison(o.comparison).scale(Optional.ofNullable(o.scale)).actualNumber(a).targetNumber(t)
        .outcome(met ? Outcome.MET : Outcome.NOT_MET).percentOfTarget(percent);
    if (o.comparison == Comparison.AT_LEAST || o.comparison == Comparison.AT_MOST) {
      Optional<Baseline> baseline = baseline(indicator, year, o.scale);
      baseline.ifPresent(base -> {
        BigDecimal bn = number(base.value(), o.scale);
        boolean improving = o.comparison == Comparison.AT_LEAST ? t.compareTo(bn) > 0 : t.compareTo(bn) < 0;
        b.baseline(base).baselineNumber(bn)
            .progressFromBaseline(improving ? precision.percent(a.subtract(bn), t.subtract(bn)) : binary(met));
      });
    }
    return b.build();
  }

  /**
   * Returns whether an indicator is on track at the end of a quarter; see {@link Trajectory} for
   * the path. The quarter's result is {@link ActualResults#forQuarter}; the start is the previous
   * year's result ({@link ActualResults#forYear}) when reported, else the latest baseline before
   * the year.
   *
   * @param key the indicator's key, not null
   * @param indicator the indicator, not null
   * @param quarter the quarter whose end is assessed, not null
   * @param results the results, not null
   * @return the trajectory, not null
   */
  public Trajectory trajectory(IndicatorKey key, Indicator indicator, FiscalQuarter quarter, ActualResults results) {
    FiscalYear year = quarter.year();
    Trajectory.Builder b = Trajectory.builder().indicator(key).quarter(quarter);
    Operands o = operands(indicator, year, results.forQuarter(key, quarter));
    if (o.reason == null && o.yesNo) {
      o = Operands.failed(NotAssessableReason.NO_PATH);
    }
    if (o.reason != null) {
      return b.status(Trajectory.Status.NOT_ASSESSABLE).reason(o.reason).build();
    }
    b.comparison(o.comparison).target(o.target).actual(o.actual);
    if (o.comparison == Comparison.EQUAL || o.comparison == Comparison.BETWEEN) {
      boolean holds = meets(o.comparison, o.actual, o.target, o.upper);
      return b.expected(o.target).status(holds ? Trajectory.Status.ON_TRACK : Trajectory.Status.OFF_TRACK).build();
    }
    BigDecimal start = null;
    Trajectory.Start from = null;
    if (year.buddhistEraYear() > FiscalYear.MIN_YEAR) {
      Operands previous = operands(indicator, year, results.forYear(key, year.previous()));
      if (previous.reason == null && !previous.yesNo && Objects.equals(previous.scale, o.scale)) {
        start = previous.actual;
        from = Trajectory.Start.PREVIOUS_YEAR_RESULT;
      }
    }
    if (start == null) {
      Optional<Baseline> baseline = baseline(indicator, year, o.scale);
      if (baseline.isEmpty()) {
        return b.status(Trajectory.Status.NOT_ASSESSABLE).reason(NotAssessableReason.NO_STARTING_VALUE).build();
      }
      start = number(baseline.get().value(), o.scale);
      from = Trajectory.Start.BASELINE;
    }
    BigDecimal q = BigDecimal.valueOf(quarter.quarter().number());
    // 4 × expected, kept exact so that the verdict does not depend on rounding.
    BigDecimal expected4 = start.multiply(FOUR).add(o.target.subtract(start).multiply(q));
    int c = o.actual.multiply(FOUR).compareTo(expected4);
    boolean onTrack = o.comparison == Comparison.AT_LEAST ? c >= 0 : c <= 0;
    return b.startFrom(from).start(start)
        .expected(expected4.divide(FOUR, precision.scale(), precision.roundingMode()))
        .status(onTrack ? Trajectory.Status.ON_TRACK : Trajectory.Status.OFF_TRACK).build();
  }

  /**
   * Returns the trajectory of every top-level indicator of a plan at the end of a quarter.
   *
   * @param plan the plan, not null
   * @param quarter the quarter, not null
   * @param results the results, not null
   * @return the trajectories in plan order, not null
   */
  public List<Trajectory> trajectories(StrategicPlan plan, FiscalQuarter quarter, ActualResults results) {
    List<Trajectory> out = new ArrayList<>();
    IndicatorKey.keysOf(plan).forEach((key, indicator) -> out.add(trajectory(key, indicator, quarter, results)));
    return List.copyOf(out);
  }

  private boolean meets(Comparison c, BigDecimal a, BigDecimal t, BigDecimal upper) {
    switch (c) {
      case AT_LEAST:
        return a.compareTo(t) >= 0;
      case AT_MOST:
        return a.compareTo(t) <= 0;
      case EQUAL:
        return a.compareTo(t) == 0;
      default:
        return a.compareTo(t) >= 0 && a.compareTo(upper) <= 0;
    }
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

  /** What an indicator's target and result compare, or why they cannot be compared. */
  private static final class Operands {
    NotAssessableReason reason;
    Comparison comparison;
    OrdinalScale scale;
    BigDecimal actual;
    BigDecimal target;
    BigDecimal upper;
    boolean yesNo;
    boolean yesNoMet;

    static Operands failed(NotAssessableReason reason) {
      Operands o = new Operands();
      o.reason = reason;
      return o;
    }
  }

  private Operands operands(Indicator indicator, FiscalYear year, Optional<ActualResult> actual) {
    Optional<Target> maybeTarget = indicator.targetFor(year);
    if (maybeTarget.isEmpty()) {
      return Operands.failed(NotAssessableReason.NO_TARGET);
    }
    Target target = maybeTarget.get();
    if (target.isNotAvailable()) {
      return Operands.failed(NotAssessableReason.TARGET_NOT_AVAILABLE);
    }
    if (actual.isEmpty()) {
      return Operands.failed(NotAssessableReason.NO_RESULT);
    }
    ActualResult r = actual.get();
    switch (r.status()) {
      case NOT_YET_DUE:
        return Operands.failed(NotAssessableReason.NOT_YET_DUE);
      case NOT_AVAILABLE:
        return Operands.failed(NotAssessableReason.RESULT_NOT_AVAILABLE);
      case NOT_APPLICABLE:
        return Operands.failed(NotAssessableReason.NOT_APPLICABLE);
      default:
        break;
    }
    IndicatorValue.Kind actualKind;
    BigDecimal fromCounts = null;
    if (r.value().isPresent()) {
      actualKind = r.value().get().kind();
    } else if (r.denominator().orElseThrow().signum() == 0) {
      return Operands.failed(NotAssessableReason.ZERO_DENOMINATOR);
    } else {
      actualKind = IndicatorValue.Kind.NUMBER;
      fromCounts = precision.percent(r.numerator().orElseThrow(), r.denominator().orElseThrow());
    }
    IndicatorValue.Kind targetKind = target.value().kind();
    if (actualKind == IndicatorValue.Kind.NOT_AVAILABLE) {
      return Operands.failed(NotAssessableReason.RESULT_NOT_AVAILABLE);
    }
    if (actualKind == IndicatorValue.Kind.TEXT || targetKind == IndicatorValue.Kind.TEXT) {
      return Operands.failed(NotAssessableReason.NOT_MEASURABLE);
    }
    if (targetKind == IndicatorValue.Kind.YES_NO || actualKind == IndicatorValue.Kind.YES_NO) {
      if (targetKind != actualKind) {
        return Operands.failed(NotAssessableReason.KIND_MISMATCH);
      }
      Operands o = new Operands();
      o.yesNo = true;
      o.yesNoMet = r.value().get().equals(target.value());
      return o;
    }
    Operands o = new Operands();
    o.comparison = target.effectiveComparison(indicator.direction());
    if (targetKind == IndicatorValue.Kind.LEVEL || actualKind == IndicatorValue.Kind.LEVEL) {
      if (r.value().isEmpty()) {
        return Operands.failed(NotAssessableReason.KIND_MISMATCH);
      }
      IndicatorValue actualValue = r.value().get();
      Optional<OrdinalScale> scale = scaleFor(indicator, target, actualValue);
      if (scale.isEmpty()) {
        return Operands.failed(NotAssessableReason.NOT_ON_SCALE);
      }
      o.scale = scale.get();
      o.actual = number(actualValue, o.scale);
      o.target = number(target.value(), o.scale);
      o.upper = target.upperBound().map(u -> position(u.stripTrailingZeros().toPlainString(), o.scale)).orElse(null);
      if (o.upper == null && o.comparison == Comparison.BETWEEN) {
        return Operands.failed(NotAssessableReason.NOT_ON_SCALE);
      }
      return o;
    }
    o.actual = fromCounts != null ? fromCounts : ((IndicatorValue.Numeric) r.value().get()).value();
    o.target = ((IndicatorValue.Numeric) target.value()).value();
    o.upper = target.upperBound().orElse(null);
    return o;
  }

  private static Optional<OrdinalScale> scaleFor(Indicator indicator, Target target, IndicatorValue actual) {
    List<OrdinalScale> candidates = indicator.scale().map(List::of)
        .orElse(List.of(OrdinalScale.QUALITY, OrdinalScale.LEVELS_1_TO_5));
    for (OrdinalScale scale : candidates) {
      if (number(actual, scale) != null && number(target.value(), scale) != null) {
        return Optional.of(scale);
      }
    }
    return Optional.empty();
  }

  /** A value as a number: itself without a scale, its position (lowest = 1) on a scale; or null. */
  private static BigDecimal number(IndicatorValue value, OrdinalScale scale) {
    if (scale == null) {
      return value instanceof IndicatorValue.Numeric ? ((IndicatorValue.Numeric) value).value() : null;
    }
    if (value instanceof IndicatorValue.Level) {
      return position(((IndicatorValue.Level) value).level(), scale);
    }
    if (value instanceof IndicatorValue.Numeric) {
      return position(((IndicatorValue.Numeric) value).value().stripTrailingZeros().toPlainString(), scale);
    }
    return null;
  }

  private static BigDecimal position(String level, OrdinalScale scale) {
    OptionalInt rank = scale.rankOf(level);
    return rank.isPresent() ? BigDecimal.valueOf(rank.getAsInt() + 1L) : null;
  }

  /** The latest baseline before the year whose value compares in the same way as the target. */
  private static Optional<Baseline> baseline(Indicator indicator, FiscalYear year, OrdinalScale scale) {
    Baseline best = null;
    for (Baseline b : indicator.baselines()) {
      if (b.year() < year.buddhistEraYear() && number(b.value(), scale) != null
          && (best == null || b.year() >= best.year())) {
        best = b;
      }
    }
    return Optional.ofNullable(best);
  }


  /**
   * Returns the roll-up of some achievements: the share of assessable ones met,
   * {@code 100 × met ÷ assessable}, and the weighted mean of their capped percent of target,
   * {@code Σ wᵢ × min(pᵢ, 100) ÷ Σ wᵢ}. Both leave out not-assessable parts; the share is empty
   * when no part is assessable, the mean also when every weight is 0.
   *
   * @param scope what the roll-up summarises, not null
   * @param key the goal or strategy number, or empty, not null
   * @param parts the achievements, not null
   * @param weights the weight of an indicator, zero or more; 1 for an indicator not in the map;
   *     not null
   * @return the roll-up, not null
   * @throws IllegalArgumentException if a weight is negative
   */
  public RollUp rollUp(RollUpScope scope, Optional<String> key, List<IndicatorAchievement> parts,
      Map<IndicatorKey, BigDecimal> weights) {
    Map<IndicatorKey, BigDecimal> used = new LinkedHashMap<>();
    BigDecimal weightSum = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;
    int assessable = 0;
    int met = 0;
    for (IndicatorAchievement part : parts) {
      if (!part.isAssessable()) {
        continue;
      }
      assessable++;
      met += part.isMet() ? 1 : 0;
      BigDecimal w = weights.getOrDefault(part.indicator(), BigDecimal.ONE);
      if (w.signum() < 0) {
        throw new IllegalArgumentException("weight of " + part.indicator() + " cannot be negative: " + w.toPlainString());
      }
      used.put(part.indicator(), w);
      weightSum = weightSum.add(w);
      weighted = weighted.add(w.multiply(part.cappedPercent().orElseThrow()));
    }
    RollUp.Builder b = RollUp.builder().scope(scope).key(key).addAllParts(parts).putAllWeights(used);
    if (assessable > 0) {
      b.shareMet(precision.percent(BigDecimal.valueOf(met), BigDecimal.valueOf(assessable)));
    }
    if (weightSum.signum() > 0) {
      b.weightedMeanAchievement(weighted.divide(weightSum, precision.scale(), precision.roundingMode()));
    }
    return b.build();
  }

  /**
   * Returns the roll-up of every indicator of a plan, all weighted 1.
   *
   * @param achievement the plan's achievement, not null
   * @return the roll-up, not null
   */
  public RollUp rollUpPlan(PlanAchievement achievement) {
    return rollUpPlan(achievement, Map.of());
  }

  /**
   * Returns the roll-up of every indicator of a plan.
   *
   * @param achievement the plan's achievement, not null
   * @param weights the weight of an indicator, zero or more; 1 for an indicator not in the map
   * @return the roll-up, not null
   * @throws IllegalArgumentException if a weight is negative
   */
  public RollUp rollUpPlan(PlanAchievement achievement, Map<IndicatorKey, BigDecimal> weights) {
    return rollUp(RollUpScope.PLAN, Optional.empty(), achievement.indicators(), weights);
  }

  /**
   * Returns one roll-up per strategy, in plan order, all indicators weighted 1.
   *
   * @param achievement the plan's achievement, not null
   * @return the roll-ups, not null
   */
  public List<RollUp> rollUpStrategies(PlanAchievement achievement) {
    return rollUpStrategies(achievement, Map.of());
  }

  /**
   * Returns one roll-up per strategy number, in plan order.
   *
   * @param achievement the plan's achievement, not null
   * @param weights the weight of an indicator, zero or more; 1 for an indicator not in the map
   * @return the roll-ups, not null
   * @throws IllegalArgumentException if a weight is negative
   */
  public List<RollUp> rollUpStrategies(PlanAchievement achievement, Map<IndicatorKey, BigDecimal> weights) {
    return grouped(RollUpScope.STRATEGY, achievement, a -> Optional.of(a.indicator().strategy()), weights);
  }

  /**
   * Returns one roll-up per goal number the indicators name ({@link Indicator#goal()}), in order of
   * first appearance; indicators that name no goal form a roll-up with an empty key. Goal numbers
   * are compared as {@link ElementNumber} compares them.
   *
   * @param achievement the plan's achievement, not null
   * @param weights the weight of an indicator, zero or more; 1 for an indicator not in the map
   * @return the roll-ups, not null
   * @throws IllegalArgumentException if a weight is negative
   */
  public List<RollUp> rollUpGoals(PlanAchievement achievement, Map<IndicatorKey, BigDecimal> weights) {
    return grouped(RollUpScope.GOAL, achievement,
        a -> a.goal().map(ElementNumber::key).filter(g -> !g.isEmpty()), weights);
  }

  private List<RollUp> grouped(RollUpScope scope, PlanAchievement achievement,
      Function<IndicatorAchievement, Optional<String>> keyOf, Map<IndicatorKey, BigDecimal> weights) {
    Map<Optional<String>, List<IndicatorAchievement>> groups = new LinkedHashMap<>();
    for (IndicatorAchievement a : achievement.indicators()) {
      groups.computeIfAbsent(keyOf.apply(a), k -> new ArrayList<>()).add(a);
    }
    List<RollUp> out = new ArrayList<>();
    groups.forEach((key, parts) -> out.add(rollUp(scope, key, parts, weights)));
    return List.copyOf(out);
  }


  /**
   * Returns a percentage indicator pooled across units from their counts,
   * {@code 100 × Σ numerators ÷ Σ denominators}; see {@link PooledPercentage} for what is left out.
   *
   * @param key the indicator, not null
   * @param year the fiscal year, not null
   * @param units the results of each unit, not null
   * @return the pooled percentage with its parts, not null
   */
  public PooledPercentage pool(IndicatorKey key, FiscalYear year, List<ActualResults> units) {
    PooledPercentage.Builder b = PooledPercentage.builder().indicator(key).year(year);
    BigDecimal numerator = BigDecimal.ZERO;
    BigDecimal denominator = BigDecimal.ZERO;
    int missing = 0;
    for (ActualResults unit : units) {
      Optional<ActualResult> r = unit.forYear(key, year);
      if (r.isEmpty()) {
        missing++;
      } else if (r.get().status() == ResultStatus.REPORTED && r.get().hasCounts()) {
        b.addIncluded(r.get());
        numerator = numerator.add(r.get().numerator().orElseThrow());
        denominator = denominator.add(r.get().denominator().orElseThrow());
      } else {
        b.addExcluded(r.get());
      }
    }
    b.numerator(numerator).denominator(denominator).missingCount(missing);
    if (denominator.signum() > 0) {
      b.percent(precision.percent(numerator, denominator));
    }
    return b.build();
  }

  /**
   * Returns the results of all units together: for every indicator of the plan that at least one
   * unit reports with counts, the pooled counts as one result ({@link PooledPercentage#asResult()}).
   * Indicators reported without counts cannot be pooled and are left out.
   *
   * @param plan the plan, not null
   * @param year the fiscal year, not null
   * @param units the results of each unit, not null
   * @return the pooled results, with no unit, not null
   */
  public ActualResults poolAll(StrategicPlan plan, FiscalYear year, List<ActualResults> units) {
    ActualResults.Builder b = ActualResults.builder();
    for (IndicatorKey key : IndicatorKey.keysOf(plan).keySet()) {
      PooledPercentage pooled = pool(key, year, units);
      if (!pooled.included().isEmpty()) {
        b.addResult(pooled.asResult());
      }
    }
    return b.build();
  }


  /**
   * Returns the budget execution of one project up to a quarter: for each quarter the planned
   * amount ({@link Project#quarterlyPlan()}), the amount spent, both cumulated, the rate
   * {@code 100 × spent ÷ planned} and the cumulative rate {@code 100 × cumulative spent ÷
   * allocated} against the cumulative target.
   *
   * @param project the project, not null
   * @param spending the spending of the year, not null
   * @param targets the cumulative disbursement targets of the year, not null
   * @param through the last quarter reported, not null
   * @return the execution, not null
   */
  public BudgetExecution execution(Project project, Spending spending, DisbursementTargets targets, Quarter through) {
    return execution(project, spending.forProject(project), spending.year(), targets, through);
  }

  private BudgetExecution execution(Project project, Optional<ProjectSpending> spent, FiscalYear year,
      DisbursementTargets targets, Quarter through) {
    Baht allocated = project.budget()
        .orElseGet(() -> project.quarterlyPlan().map(q -> q.total()).orElse(Baht.ZERO));
    List<Baht> planned = new ArrayList<>();
    List<Baht> paid = new ArrayList<>();
    for (Quarter q : Quarter.values()) {
      planned.add(project.quarterlyPlan().map(p -> p.amount(q)).orElse(Baht.ZERO));
      paid.add(spent.map(s -> s.spent(q)).orElse(Baht.ZERO));
    }
    return summary(BudgetScope.PROJECT, Optional.of(project.number()), year, through, allocated, planned, paid,
        targets, List.of());
  }

  private BudgetExecution summary(BudgetScope scope, Optional<String> key, FiscalYear year, Quarter through,
      Baht allocated, List<Baht> planned, List<Baht> spent, DisbursementTargets targets,
      List<BudgetExecution> parts) {
    BudgetExecution.Builder b = BudgetExecution.builder().scope(scope).key(key).year(year).through(through)
        .allocated(allocated).addAllParts(parts);
    Baht cumulativePlanned = Baht.ZERO;
    Baht cumulativeSpent = Baht.ZERO;
    for (Quarter q : Quarter.values()) {
      Baht plannedQ = planned.get(q.ordinal());
      cumulativePlanned = cumulativePlanned.plus(plannedQ);
      QuarterExecution.Builder row = QuarterExecution.builder().quarter(q).planned(plannedQ)
          .cumulativePlanned(cumulativePlanned).target(targets.target(q));
      if (q.compareTo(through) <= 0) {
        Baht spentQ = spent.get(q.ordinal());
        cumulativeSpent = cumulativeSpent.plus(spentQ);
        row.spent(spentQ).cumulativeSpent(cumulativeSpent);
        if (!plannedQ.isZero()) {
          row.rateOfPlan(precision.percent(spentQ.amount(), plannedQ.amount()));
        }
        if (!allocated.isZero()) {
          row.cumulativeRate(precision.percent(cumulativeSpent.amount(), allocated.amount()));
          BigDecimal spentTimes100 = cumulativeSpent.amount().multiply(Precision.HUNDRED);
          targets.target(q).ifPresent(t -> row.meetsTarget(spentTimes100.compareTo(t.multiply(allocated.amount())) >= 0));
        }
      }
      b.addQuarter(row.build());
    }
    return b.build();
  }

  /**
   * Returns the execution of every project of a plan, in plan order. When the plan repeats a
   * project number, the spending goes to the first project with it and the others spent nothing.
   *
   * @param plan the plan, not null
   * @param spending the spending of the year, not null
   * @param targets the cumulative disbursement targets of the year, not null
   * @param through the last quarter reported, not null
   * @return one execution per project, not null
   */
  public List<BudgetExecution> projectExecutions(StrategicPlan plan, Spending spending, DisbursementTargets targets,
      Quarter through) {
    Set<String> used = new HashSet<>();
    List<BudgetExecution> out = new ArrayList<>();
    for (Project p : plan.projects()) {
      Optional<ProjectSpending> s = used.add(ElementNumber.key(p.number()))
          ? spending.forProject(p) : Optional.empty();
      out.add(execution(p, s, spending.year(), targets, through));
    }
    return List.copyOf(out);
  }

  /**
   * Returns the execution of a whole plan: every project summed.
   *
   * @param plan the plan, not null
   * @param spending the spending of the year, not null
   * @param targets the cumulative disbursement targets of the year, not null
   * @param through the last quarter reported, not null
   * @return the execution, with every project's in {@link BudgetExecution#parts()}, not null
   */
  public BudgetExecution planExecution(StrategicPlan plan, Spending spending, DisbursementTargets targets,
      Quarter through) {
    return sum(BudgetScope.PLAN, Optional.empty(), projectExecutions(plan, spending, targets, through),
        spending.year(), targets, through);
  }

  /**
   * Returns one execution per strategy number the projects name ({@link Project#strategy()}), in
   * order of first appearance; projects that name none form one with an empty key. Numbers are
   * compared as {@link ElementNumber} compares them.
   *
   * @param plan the plan, not null
   * @param spending the spending of the year, not null
   * @param targets the cumulative disbursement targets of the year, not null
   * @param through the last quarter reported, not null
   * @return the executions, not null
   */
  public List<BudgetExecution> executionByStrategy(StrategicPlan plan, Spending spending,
      DisbursementTargets targets, Quarter through) {
    return groupedExecutions(BudgetScope.STRATEGY, plan, Project::strategy, spending, targets, through);
  }

  /**
   * Returns one execution per group of the office ({@link Project#group()}), in order of first
   * appearance; projects that name none form one with an empty key.
   *
   * @param plan the plan, not null
   * @param spending the spending of the year, not null
   * @param targets the cumulative disbursement targets of the year, not null
   * @param through the last quarter reported, not null
   * @return the executions, not null
   */
  public List<BudgetExecution> executionByGroup(StrategicPlan plan, Spending spending,
      DisbursementTargets targets, Quarter through) {
    return groupedExecutions(BudgetScope.GROUP, plan, Project::group, spending, targets, through);
  }

  private List<BudgetExecution> groupedExecutions(BudgetScope scope, StrategicPlan plan,
      Function<Project, Optional<String>> keyOf, Spending spending, DisbursementTargets targets, Quarter through) {
    List<BudgetExecution> projects = projectExecutions(plan, spending, targets, through);
    Map<Optional<String>, List<BudgetExecution>> groups = new LinkedHashMap<>();
    Map<Optional<String>, Optional<String>> written = new LinkedHashMap<>();
    for (int i = 0; i < projects.size(); i++) {
      Optional<String> key = keyOf.apply(plan.projects().get(i));
      Optional<String> normal = key.map(scope == BudgetScope.STRATEGY ? ElementNumber::key : String::strip);
      groups.computeIfAbsent(normal, k -> new ArrayList<>()).add(projects.get(i));
      written.putIfAbsent(normal, key);
    }
    List<BudgetExecution> out = new ArrayList<>();
    groups.forEach((normal, parts) ->
        out.add(sum(scope, written.get(normal), parts, spending.year(), targets, through)));
    return List.copyOf(out);
  }

  private BudgetExecution sum(BudgetScope scope, Optional<String> key, List<BudgetExecution> parts,
      FiscalYear year, DisbursementTargets targets, Quarter through) {
    List<Baht> planned = new ArrayList<>();
    List<Baht> spent = new ArrayList<>();
    for (Quarter q : Quarter.values()) {
      planned.add(parts.stream().map(p -> p.quarter(q).planned()).collect(Baht.summing()));
      spent.add(parts.stream().map(p -> p.quarter(q).spent().orElse(Baht.ZERO)).collect(Baht.summing()));
    }
    Baht allocated = parts.stream().map(BudgetExecution::allocated).collect(Baht.summing());
    return summary(scope, key, year, through, allocated, planned, spent, targets, parts);
  }

  /**
   * Returns budget versus results for every strategy of the plan, in plan order: the share of the
   * strategy's budget spent through a quarter next to the share of its indicators met.
   *
   * @param plan the plan, not null
   * @param achievement the plan's indicator achievement, not null
   * @param spending the spending of the year, not null
   * @param targets the cumulative disbursement targets of the year, not null
   * @param through the last quarter reported, not null
   * @return one row per strategy number, not null
   */
  public List<BudgetVersusResults> budgetVersusResults(StrategicPlan plan, PlanAchievement achievement,
      Spending spending, DisbursementTargets targets, Quarter through) {
    List<BudgetExecution> byStrategy = executionByStrategy(plan, spending, targets, through);
    List<BudgetVersusResults> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Strategy strategy : plan.strategies()) {
      String number = ElementNumber.key(strategy.number());
      if (!seen.add(number)) {
        continue;
      }
      BudgetExecution budget = byStrategy.stream()
          .filter(e -> e.key().map(ElementNumber::key).filter(number::equals).isPresent())
          .findFirst()
          .orElseGet(() -> sum(BudgetScope.STRATEGY, Optional.of(strategy.number()), List.of(), spending.year(),
              targets, through));
      List<IndicatorAchievement> parts = new ArrayList<>();
      for (IndicatorAchievement a : achievement.indicators()) {
        if (a.indicator().strategy().equals(number)) {
          parts.add(a);
        }
      }
      out.add(BudgetVersusResults.builder().strategy(strategy.number()).budget(budget)
          .results(rollUp(RollUpScope.STRATEGY, Optional.of(number), parts, Map.of())).build());
    }
    return List.copyOf(out);
  }
}
