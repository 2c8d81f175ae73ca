package io.github.eduplan.bench;

import io.github.eduplan.cascade.LoadedPlanSet;
import io.github.eduplan.cascade.PlanSetLoader;
import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.StrategicPlan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
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
    Collection<RunResult> results = new Runner(options(new CommandLineOptions(args))).run();
    printTable(results);
    HeapFootprint.main(new String[0]);
  }

  /** A result's benchmark without its class: {@code read}. */
  static String shortName(RunResult result) {
    String name = result.getParams().getBenchmark();
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /** The command line's options; a benchmark named there narrows the run, otherwise the whole class runs. */
  static Options options(Options cli) {
    return cli.getIncludes().isEmpty()
        ? new OptionsBuilder().parent(cli).include(CorpusBenchmarks.class.getName()).build()
        : cli;
  }

  /** A benchmark's mean over another's at the same scale, and its limit (NaN: shown, not a target). */
  record Ratio(String name, String base, double limit) {}

  /**
   * The speed budgets (docs/decisions.md, "Speed budgets"), then ratios shown for information:
   * read level with a plain Jackson read into hand-written classes (what a user would write) and
   * within 1.6× the bare token scan; full validation (standard and alignment rules) within half a
   * read; the roll-ups and the consolidation of the corpus as a plan set within a fifth; a folder of
   * the corpus's files loaded at least 1.6 times as fast with the loader's default executor as with
   * one thread.
   */
  static final List<Ratio> RATIOS = List.of(
      new Ratio("read", "pojoRead", 1.1),
      new Ratio("read", "tokenScan", 1.6),
      new Ratio("validate", "read", 0.5),
      new Ratio("rollUp", "read", 0.2),
      new Ratio("consolidate", "read", 0.2),
      // FolderLoadBenchmarks: the default executor at least 1.6 times as fast as one thread.
      new Ratio("loadFolder", "loadFolderOneThread", 1 / 1.6),
      new Ratio("coverage", "read", Double.NaN),
      new Ratio("walk", "validate", Double.NaN),
      new Ratio("write", "read", Double.NaN));

  /** The limit of a benchmark's time at scale 2 over its time at scale 1: no step is super-linear. */
  static final double DOUBLING = 2.1;

  static void printTable(Collection<RunResult> results) {
    Map<String, Map<Integer, Statistics>> byName = new TreeMap<>();
    for (RunResult r : results) {
      int scale = Integer.parseInt(r.getParams().getParam("scale"));
      byName.computeIfAbsent(shortName(r), k -> new TreeMap<>()).put(scale, r.getPrimaryResult().getStatistics());
    }
    Map<String, Map<Integer, Double>> means = means(results);
    System.out.println();
    System.out.println("| benchmark | scale 1 (ms/op) | scale 2 (ms/op) | 2× / 1× |");
    System.out.println("|---|---|---|---|");
    for (var e : byName.entrySet()) {
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", e.getKey(), cell(e.getValue().get(1)),
          cell(e.getValue().get(2)), fixed(doubling(means, e.getKey())));
    }
    System.out.println();
    System.out.println("| target | scale 1 | scale 2 | limit | met |");
    System.out.println("|---|---|---|---|---|");
    // Benchmarks that are not in the run print no row.
    for (Ratio r : RATIOS) {
      double one = ratio(means, r, 1);
      double two = ratio(means, r, 2);
      if (Double.isNaN(one) && Double.isNaN(two)) {
        continue;
      }
      double limit = r.limit();
      String met = Double.isNaN(limit) ? "–"
          : (Double.isNaN(one) || one <= limit) && (Double.isNaN(two) || two <= limit) ? "met" : "missed";
      System.out.printf(Locale.ROOT, "| %s / %s | %s | %s | %s | %s |%n", r.name(), r.base(), fixed(one), fixed(two),
          Double.isNaN(limit) ? "–" : "≤ " + limit(limit), met);
    }
    for (String name : means.keySet()) {
      double d = doubling(means, name);
      if (!Double.isNaN(d)) {
        System.out.printf(Locale.ROOT, "| %s 2× / 1× | %.2f | | ≤ %.1f | %s |%n", name, d, DOUBLING,
            d <= DOUBLING ? "met" : "missed");
      }
    }
  }

  /** Each benchmark's mean time, by scale. */
  static Map<String, Map<Integer, Double>> means(Collection<RunResult> results) {
    return means(results, "scale");
  }

  /** Each benchmark's mean time, by the value of an integer parameter (a scale, a size). */
  static Map<String, Map<Integer, Double>> means(Collection<RunResult> results, String param) {
    Map<String, Map<Integer, Double>> means = new TreeMap<>();
    for (RunResult r : results) {
      int value = Integer.parseInt(r.getParams().getParam(param));
      means.computeIfAbsent(shortName(r), k -> new TreeMap<>()).put(value, r.getPrimaryResult().getScore());
    }
    return means;
  }

  /**
   * Each benchmark's bytes allocated per operation, by the value of an integer parameter; empty for
   * a run without {@link #withAllocation}. Unlike time, allocation does not depend on the machine's
   * load or caches: ten times the input allocating about ten times the bytes shows linear work.
   */
  static Map<String, Map<Integer, Double>> allocations(Collection<RunResult> results, String param) {
    Map<String, Map<Integer, Double>> bytes = new TreeMap<>();
    for (RunResult r : results) {
      Result<?> norm = r.getSecondaryResults().get("gc.alloc.rate.norm");
      if (norm != null) {
        int value = Integer.parseInt(r.getParams().getParam(param));
        bytes.computeIfAbsent(shortName(r), k -> new TreeMap<>()).put(value, norm.getScore());
      }
    }
    return bytes;
  }

  /** The options with JMH's GC profiler, which measures the bytes allocated per operation. */
  static Options withAllocation(Options options) {
    return new OptionsBuilder().parent(options).addProfiler(GCProfiler.class).build();
  }

  /**
   * The options of one round of a class's benchmarks, from a main's arguments: the number of rounds
   * first, then JMH options (without {@code -f}); a benchmark named there narrows the run,
   * otherwise every benchmark of the class runs, in one fork.
   *
   * @throws IllegalArgumentException without the number of rounds
   */
  static Options roundOptions(Class<?> benchmarks, String[] args) throws CommandLineOptionException {
    rounds(args);
    CommandLineOptions cli = new CommandLineOptions(Arrays.copyOfRange(args, 1, args.length));
    return cli.getIncludes().isEmpty()
        ? new OptionsBuilder().parent(cli).include(benchmarks.getName() + "\\.").forks(1).build()
        : new OptionsBuilder().parent(cli).forks(1).build();
  }

  /** The number of rounds, a main's first argument. */
  static int rounds(String[] args) {
    if (args.length == 0) {
      throw new IllegalArgumentException("usage: ROUNDS [JMH options]");
    }
    return Integer.parseInt(args[0]);
  }

  /** A ratio's value at a scale; NaN when either benchmark was not run at that scale. */
  static double ratio(Map<String, Map<Integer, Double>> means, Ratio ratio, int scale) {
    return mean(means, ratio.name(), scale) / mean(means, ratio.base(), scale);
  }

  /** A benchmark's time at scale 2 over its time at scale 1; NaN unless it ran at both. */
  static double doubling(Map<String, Map<Integer, Double>> means, String name) {
    return mean(means, name, 2) / mean(means, name, 1);
  }

  private static double mean(Map<String, Map<Integer, Double>> means, String name, int scale) {
    Double mean = means.getOrDefault(name, Map.of()).get(scale);
    return mean == null ? Double.NaN : mean;
  }

  /** A limit as short as it is exact to three digits: 0.2, 1.6, 0.625. */
  static String limit(double limit) {
    return new java.math.BigDecimal(limit).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
  }

  private static String fixed(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String cell(Statistics s) {
    if (s == null) {
      return "–";
    }
    return String.format(Locale.ROOT, "%.1f ± %.1f", s.getMean(), s.getMeanErrorAt(0.999));
  }

  /** The budget of the loaded corpus's retained heap, over its UTF-8 JSON bytes. */
  static final double HEAP = 1.0;

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
      double ratio = (after - before) / (double) bytes;
      System.out.printf(Locale.ROOT,
          "heap: %d plans, JSON %,d bytes (UTF-8), retained %,d bytes, ratio %.2f (budget ≤ %.1f: %s)%n",
          loaded.size(), bytes, after - before, ratio, HEAP, ratio <= HEAP ? "met" : "missed");
      if (loaded.isEmpty() || documents.isEmpty()) {
        throw new AssertionError("nothing measured");
      }
      loaded = null;
      documents = null;
      folder();
    }

    /**
     * The same corpus as a plan set (each school serving an area office) loaded from a folder of
     * files by {@link PlanSetLoader}'s default executor: the heap the loaded set keeps (used heap
     * after full collections, before and after the load) over the files' bytes.
     */
    static void folder() throws IOException {
      List<StrategicPlan> plans = SyntheticCorpus.cascade(SyntheticCorpus.generate(
          CorpusBenchmarks.SEED, SyntheticCorpus.OFFICES, CorpusBenchmarks.SCHOOLS_PER_SCALE));
      Path folder = FolderLoadBenchmarks.write(plans, Files.createTempDirectory("eduplan-heap"));
      plans = null;
      try {
        long bytes;
        try (Stream<Path> files = Files.list(folder)) {
          bytes = files.mapToLong(f -> f.toFile().length()).sum();
        }
        long before = usedAfterGc();
        LoadedPlanSet set = PlanSetLoader.of().load(folder);
        long after = usedAfterGc();
        double ratio = (after - before) / (double) bytes;
        System.out.printf(Locale.ROOT,
            "heap, plan set loaded from a folder: %d plans, files %,d bytes (UTF-8), retained %,d bytes, ratio %.2f"
                + " (budget ≤ %.1f: %s)%n",
            set.set().plans().size(), bytes, after - before, ratio, HEAP, ratio <= HEAP ? "met" : "missed");
        if (set.set().plans().isEmpty() || !set.failures().isEmpty()) {
          throw new AssertionError("the folder did not load whole: " + set.failures());
        }
        Reference.reachabilityFence(set);
      } finally {
        FolderLoadBenchmarks.delete(folder);
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
