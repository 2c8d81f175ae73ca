package io.github.eduplan.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Judges the target ratios on pairs measured together: runs the chosen benchmarks in rounds, one
 * fork of each per round, and computes each ratio within its round, so that a machine that is
 * slower for some minutes slows both sides of the ratios of that round. Prints every round's
 * ratios and, per ratio, the median, the range and how many rounds are within the limit.
 *
 * <p>Arguments: the number of rounds, then JMH's own options (without {@code -f}, which is 1).
 * Run it with the {@code bench} profile and {@code -Dbench.main=io.github.eduplan.bench.PairedRounds}.
 */
public final class PairedRounds {
  private PairedRounds() {}

  /**
   * Runs the rounds.
   *
   * @param args the number of rounds, then JMH options
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      throw new IllegalArgumentException("usage: ROUNDS [JMH options]");
    }
    int rounds = Integer.parseInt(args[0]);
    CommandLineOptions cli = new CommandLineOptions(Arrays.copyOfRange(args, 1, args.length));
    // ratio name -> one value per round, in round order
    Map<String, List<Double>> values = new TreeMap<>();
    Map<String, Double> limits = new TreeMap<>();
    for (int round = 1; round <= rounds; round++) {
      Collection<RunResult> results =
          new Runner(new OptionsBuilder().parent(BenchMain.options(cli)).forks(1).build()).run();
      Map<String, Map<Integer, Double>> means = BenchMain.means(results);
      Map<String, Double> ratios = ratios(means, limits);
      ratios.forEach((name, v) -> values.computeIfAbsent(name, k -> new ArrayList<>()).add(v));
      StringBuilder line = new StringBuilder("round " + round + ", ms/op:");
      means.forEach((name, byScale) -> byScale.forEach((scale, v) ->
          line.append(String.format(Locale.ROOT, " %s at scale %d %.1f;", name, scale, v))));
      line.append(" ratios:");
      ratios.forEach((name, v) -> line.append(String.format(Locale.ROOT, " %s %.2f;", name, v)));
      System.out.println(line);
    }
    System.out.println();
    System.out.println("| ratio | rounds | median | range | within the limit |");
    System.out.println("|---|---|---|---|---|");
    values.forEach((name, v) -> {
      double[] sorted = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      double limit = limits.get(name);
      long within = Arrays.stream(sorted).filter(x -> x <= limit).count();
      System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f–%.2f | %s |%n", name, sorted.length,
          median(sorted), sorted[0], sorted[sorted.length - 1],
          Double.isNaN(limit) ? "–" : String.format(Locale.ROOT, "%d of %d (≤ %s)", within, sorted.length, BenchMain.limit(limit)));
    });
  }

  /**
   * The ratios of one round from each benchmark's mean time by scale: each of
   * {@link BenchMain#RATIOS} at each scale with both sides, and each benchmark's scale 2 over
   * scale 1; their limits are put in {@code limits}.
   */
  static Map<String, Double> ratios(Map<String, Map<Integer, Double>> means, Map<String, Double> limits) {
    Map<String, Double> out = new TreeMap<>();
    for (BenchMain.Ratio ratio : BenchMain.RATIOS) {
      for (int scale = 1; scale <= 2; scale++) {
        double v = BenchMain.ratio(means, ratio, scale);
        if (!Double.isNaN(v)) {
          String key = ratio.name() + " / " + ratio.base() + ", scale " + scale;
          out.put(key, v);
          limits.put(key, ratio.limit());
        }
      }
    }
    for (String name : means.keySet()) {
      double v = BenchMain.doubling(means, name);
      if (!Double.isNaN(v)) {
        String key = name + " 2× / 1×";
        out.put(key, v);
        limits.put(key, BenchMain.DOUBLING);
      }
    }
    return out;
  }

  static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
