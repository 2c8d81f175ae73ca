package io.github.eduplan.achievement;

import io.github.eduplan.model.ElementNumber;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Target;
import io.github.eduplan.time.FiscalQuarter;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The achievement calculators (เครื่องคำนวณผลสัมฤทธิ์): indicator achievement against the year's
 * target, trajectory by quarter, roll-ups by goal, strategy and plan, pooling of percentages from
 * counts across units, and budget execution by quarter against cumulative disbursement targets.
 * Example:
 * {@code AchievementCalculator.of().assess(plan, FiscalYear.of(2565), results)}.
 *
 * <p>Every method is a pure function of its arguments: no I/O, no clock, no state. Every method
 * takes time linear in the plan's size (its indicators, projects and strategies, plus the results
 * and spending given): results and spending are found by hash look-ups on normalised numbers,
 * never by a scan per element. Percentages are rounded once per formula with the calculator's
 * {@link Precision}; sums of baht are exact and unbounded, so a total of amounts that were each
 * valid never fails, even past {@link io.github.eduplan.model.Baht#MAX}. The
 * formulas and a worked Thai example of each are in {@code docs/achievement.md}. This class is
 * immutable and thread-safe: one instance may serve any number of threads.
 */
public final class AchievementCalculator {
  private static final AchievementCalculator DEFAULT = new AchievementCalculator(Precision.DEFAULT);

  private final Precision precision;
  private final IndicatorAssessment indicators;
  private final RollUps rollUps;
  private final Pooling pooling;
  private final BudgetExecutions budget;

  private AchievementCalculator(Precision precision) {
    this.precision = precision;
    this.indicators = new IndicatorAssessment(precision);
    this.rollUps = new RollUps(precision);
    this.pooling = new Pooling(precision);
    this.budget = new BudgetExecutions(precision, rollUps);
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
    return indicators.assess(plan, year, results);
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
    return indicators.assess(key, indicator, year, actual);
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
    return indicators.trajectory(key, indicator, quarter, results);
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
    return indicators.trajectories(plan, quarter, results);
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
    return rollUps.rollUp(scope, key, parts, weights);
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
    return rollUps.plan(achievement, weights);
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
    return rollUps.strategies(achievement, weights);
  }

  /**
   * Returns one roll-up per goal of each strategy: the indicators of one strategy that name one
   * goal number ({@link Indicator#goal()}), in order of first appearance. Goal 1 of strategy 1 and
   * goal 1 of strategy 2 are two goals, as plans that number goals within each strategy mean them;
   * {@link RollUp#strategy()} tells them apart. The indicators of a strategy that name no goal form
   * a roll-up with an empty key. Goal and strategy numbers are compared as {@link ElementNumber}
   * compares them.
   *
   * @param achievement the plan's achievement, not null
   * @param weights the weight of an indicator, zero or more; 1 for an indicator not in the map
   * @return the roll-ups, not null
   * @throws IllegalArgumentException if a weight is negative
   */
  public List<RollUp> rollUpGoals(PlanAchievement achievement, Map<IndicatorKey, BigDecimal> weights) {
    return rollUps.goals(achievement, weights);
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
    return pooling.pool(key, year, units);
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
    return pooling.poolAll(plan, year, units);
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
    return budget.execution(project, spending, targets, through);
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
    return budget.projectExecutions(plan, spending, targets, through);
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
    return budget.planExecution(plan, spending, targets, through);
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
    return budget.byStrategy(plan, spending, targets, through);
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
    return budget.byGroup(plan, spending, targets, through);
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
    return budget.budgetVersusResults(plan, achievement, spending, targets, through);
  }
}
