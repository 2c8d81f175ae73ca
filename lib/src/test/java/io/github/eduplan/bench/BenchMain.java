package io.github.eduplan.bench;

import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.StrategicPlan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs the corpus benchmarks and the heap measurement in one go and prints the table and the
 * ratios that {@code docs/performance.md} records. Arguments are JMH's own command-line options
 * (for example {@code -wi 1 -i 2} for a quick look); the defaults are the annotations'.
 */
public final class BenchMain {
  private BenchMain() {}

  /**
   * Runs everything.
   *
   * @param args JMH options
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    Options cli = new CommandLineOptions(args);
    // A benchmark named on the command line narrows the run; otherwise the whole class runs.
    Options options = cli.getIncludes().isEmpty()
        ? new OptionsBuilder().parent(cli).include(CorpusBenchmarks.class.getName()).build()
        : cli;
    Collection<RunResult> results = new Runner(options).run();
    printTable(results);
    HeapFootprint.main(new String[0]);
  }

  static void printTable(Collection<RunResult> results) {
    Map<String, Map<Integer, Statistics>> byName = new TreeMap<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      int scale = Integer.parseInt(r.getParams().getParam("scale"));
      byName.computeIfAbsent(name, k -> new TreeMap<>()).put(scale, r.getPrimaryResult().getStatistics());
    }
    System.out.println();
    System.out.println("| benchmark | scale 1 (ms/op) | scale 2 (ms/op) | 2× / 1× |");
    System.out.println("|---|---|---|---|");
    for (var e : byName.entrySet()) {
      Statistics one = e.getValue().get(1);
      Statistics two = e.getValue().get(2);
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", e.getKey(), cell(one), cell(two),
          one != null && two != null ? String.format(Locale.ROOT, "%.2f", two.getMean() / one.getMean()) : "–");
    }
    System.out.println();
    for (int scale = 1; scale <= 2; scale++) {
      double scan = mean(byName, "tokenScan", scale);
      double pojo = mean(byName, "pojoRead", scale);
      double read = mean(byName, "read", scale);
      List<String> ratios = new ArrayList<>();
      ratios.add(String.format(Locale.ROOT, "read/scan %.2f", read / scan));
      ratios.add(String.format(Locale.ROOT, "read/pojo %.2f", read / pojo));
      for (String check : List.of("validate", "rollUp", "coverage")) {
        double v = mean(byName, check, scale);
        if (!Double.isNaN(v)) {
          ratios.add(String.format(Locale.ROOT, "%s/read %.3f", check, v / read));
        }
      }
      System.out.println("scale " + scale + ": " + String.join(", ", ratios));
    }
  }

  private static String cell(Statistics s) {
    if (s == null) {
      return "–";
    }
    return String.format(Locale.ROOT, "%.1f ± %.1f", s.getMean(), s.getMeanErrorAt(0.999));
  }

  private static double mean(Map<String, Map<Integer, Statistics>> byName, String name, int scale) {
    Map<Integer, Statistics> m = byName.get(name);
    return m == null || m.get(scale) == null ? Double.NaN : m.get(scale).getMean();
  }

  /** Measures the retained heap of the loaded corpus against its UTF-8 JSON bytes. */
  static final class HeapFootprint {
    private HeapFootprint() {}

    public static void main(String[] args) throws IOException {
      PlanJson json = PlanJson.strict();
      List<StrategicPlan> generated = SyntheticCorpus.generate(
          CorpusBenchmarks.SEED, SyntheticCorpus.OFFICES, CorpusBenchmarks.SCHOOLS_PER_SCALE);
      List<byte[]> documents = CorpusBenchmarks.encode(json, generated);
      generated = null;
      long bytes = documents.stream().mapToLong(d -> d.length).sum();
      long before = usedAfterGc();
      List<StrategicPlan> loaded = new ArrayList<>(documents.size());
      for (byte[] d : documents) {
        loaded.add(json.read(new ByteArrayInputStream(d)));
      }
      long after = usedAfterGc();
      System.out.printf(Locale.ROOT,
          "heap: %d plans, JSON %,d bytes, retained %,d bytes, ratio %.2f%n",
          loaded.size(), bytes, after - before, (after - before) / (double) bytes);
      if (loaded.isEmpty() || documents.isEmpty()) {
        throw new AssertionError("nothing measured");
      }
    }

    private static long usedAfterGc() {
      Runtime rt = Runtime.getRuntime();
      long used = Long.MAX_VALUE;
      for (int i = 0; i < 5; i++) {
        System.gc();
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        used = Math.min(used, rt.totalMemory() - rt.freeMemory());
      }
      return used;
    }
  }
}
