package io.github.eduplan.bench;

import io.github.eduplan.achievement.AchievementCalculator;
import io.github.eduplan.achievement.ActualResults;
import io.github.eduplan.achievement.BudgetExecution;
import io.github.eduplan.achievement.PlanAchievement;
import io.github.eduplan.model.Project;
import io.github.eduplan.testsupport.AchievementGenerators;
import io.github.eduplan.testsupport.AchievementGenerators.Scenario;
import io.github.eduplan.time.Quarter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;

/**
 * How every achievement calculator grows with the plan: each one on plans of 1,000, 10,000 and
 * 100,000 elements (half indicators, half projects; {@link AchievementGenerators#large}), with the
 * plan's results, spending and, for pooling, ten schools' results. A linear calculator takes about
 * ten times as long for ten times the elements; the budget is at most 12 times per tenfold. A scan
 * per element (the spending of each project looked up by a scan of all spending) would take about
 * a hundred times.
 *
 * <p>Run it with its own {@link #main}: rounds of one fork, each round's growth ratios, then the
 * median and range of each ratio over the rounds. {@code -Pbench -pl lib verify -DskipTests
 * -Dbench.main=io.github.eduplan.bench.CalculatorGrowthBenchmarks -Dbench.args=3}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-Xmn6g"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 4, time = 1)
@State(Scope.Benchmark)
public class CalculatorGrowthBenchmarks {
  private static final AchievementCalculator CALC = AchievementCalculator.of();

  /** The number of indicators plus projects. */
  @Param({"1000", "10000", "100000"})
  public int elements;

  Scenario s;
  PlanAchievement achievement;
  List<ActualResults> schools;

  /** Generates the plan, its results, spending and schools, and assesses it, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    s = AchievementGenerators.large(elements, 20_260_101L);
    achievement = CALC.assess(s.plan, s.year, s.results);
    schools = AchievementGenerators.schools(s, 10, 20_260_102L);
  }

  /** Every indicator assessed against its result. */
  @Benchmark
  public PlanAchievement assess() {
    return CALC.assess(s.plan, s.year, s.results);
  }

  /** Every indicator's trajectory at the end of quarter 2. */
  @Benchmark
  public Object trajectories() {
    return CALC.trajectories(s.plan, s.year.quarter(Quarter.Q2), s.results);
  }

  /** The plan's roll-up. */
  @Benchmark
  public Object rollUpPlan() {
    return CALC.rollUpPlan(achievement);
  }

  /** One roll-up per strategy. */
  @Benchmark
  public Object rollUpStrategies() {
    return CALC.rollUpStrategies(achievement);
  }

  /** One roll-up per goal of each strategy. */
  @Benchmark
  public Object rollUpGoals() {
    return CALC.rollUpGoals(achievement, Map.of());
  }

  /** Ten schools' counts pooled for every indicator. */
  @Benchmark
  public Object poolAll() {
    return CALC.poolAll(s.plan, s.year, schools);
  }

  /** Each project's execution, one call per project. */
  @Benchmark
  public void execution(Blackhole bh) {
    for (Project p : s.plan.projects()) {
      bh.consume(CALC.execution(p, s.spending, s.targets, Quarter.Q3));
    }
  }

  /** Every project's execution. */
  @Benchmark
  public List<BudgetExecution> projectExecutions() {
    return CALC.projectExecutions(s.plan, s.spending, s.targets, Quarter.Q3);
  }

  /** The plan's execution. */
  @Benchmark
  public BudgetExecution planExecution() {
    return CALC.planExecution(s.plan, s.spending, s.targets, Quarter.Q3);
  }

  /** The execution of each strategy. */
  @Benchmark
  public List<BudgetExecution> executionByStrategy() {
    return CALC.executionByStrategy(s.plan, s.spending, s.targets, Quarter.Q3);
  }

  /** The execution of each group of the office. */
  @Benchmark
  public List<BudgetExecution> executionByGroup() {
    return CALC.executionByGroup(s.plan, s.spending, s.targets, Quarter.Q3);
  }

  /** Budget versus results of each strategy. */
  @Benchmark
  public Object budgetVersusResults() {
    return CALC.budgetVersusResults(s.plan, achievement, s.spending, s.targets, Quarter.Q3);
  }

  /** The growth budget: time at ten times the elements over time at the size below. */
  static final double TENFOLD = 12.0;

  /**
   * Runs rounds of one fork of each benchmark and prints, per round, each benchmark's mean at each
   * size and its growth per tenfold; then the median and range of each growth over the rounds,
   * beside the growth of the bytes allocated per operation (JMH's GC profiler), which the machine's
   * load does not move: linear work allocates about ten times the bytes for ten times the input.
   *
   * @param args the number of rounds, then JMH options (without {@code -f}); a benchmark named there
   *     narrows the run, otherwise every benchmark of this class runs
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = BenchMain.rounds(args);
    Options options = BenchMain.withAllocation(BenchMain.roundOptions(CalculatorGrowthBenchmarks.class, args));
    Map<String, List<Double>> values = new TreeMap<>();
    Map<String, Double> allocation = new TreeMap<>();
    for (int round = 1; round <= rounds; round++) {
      Collection<RunResult> results = new Runner(options).run();
      Map<String, Map<Integer, Double>> means = BenchMain.means(results, "elements");
      Map<String, Double> growth = growth(means);
      growth.forEach((name, v) -> values.computeIfAbsent(name, k -> new ArrayList<>()).add(v));
      allocation.putAll(growth(BenchMain.allocations(results, "elements")));
      StringBuilder line = new StringBuilder("round " + round + ", ms/op:");
      means.forEach((name, bySize) -> bySize.forEach((size, v) ->
          line.append(String.format(Locale.ROOT, " %s at %d %.3f;", name, size, v))));
      line.append(" growth:");
      growth.forEach((name, v) -> line.append(String.format(Locale.ROOT, " %s %.2f;", name, v)));
      System.out.println(line);
    }
    System.out.println();
    System.out.println("| growth | rounds | median | range | budget | bytes allocated |");
    System.out.println("|---|---|---|---|---|---|");
    values.forEach((name, v) -> {
      double[] sorted = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      double median = PairedRounds.median(sorted);
      System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f–%.2f | ≤ %.0f: %s | %.2f |%n", name, sorted.length, median,
          sorted[0], sorted[sorted.length - 1], TENFOLD, median <= TENFOLD ? "met" : "missed",
          allocation.getOrDefault(name, Double.NaN));
    });
  }

  /** Each benchmark's time at ten times the elements over its time at the size below, per tenfold. */
  static Map<String, Double> growth(Map<String, Map<Integer, Double>> means) {
    Map<String, Double> out = new TreeMap<>();
    means.forEach((name, bySize) -> bySize.forEach((size, v) -> {
      Double tenfold = bySize.get(size * 10);
      if (tenfold != null) {
        out.put(String.format(Locale.ROOT, "%s %,d / %,d", name, size * 10, size), tenfold / v);
      }
    }));
    return out;
  }
}
