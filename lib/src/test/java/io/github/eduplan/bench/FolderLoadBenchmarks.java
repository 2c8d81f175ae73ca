package io.github.eduplan.bench;

import io.github.eduplan.cascade.LoadedPlanSet;
import io.github.eduplan.cascade.PlanSetLoader;
import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.StrategicPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the corpus as a plan set from a folder of files, one plan a file, as an office that
 * keeps its plans and its schools' plans on disk would: with the loader's default executor, and
 * with one thread (every file read on the caller's thread). Run with {@link CorpusBenchmarks} by
 * {@link PairedRounds} ({@code -e} nothing, both classes included by name) or alone; the ratio
 * {@code loadFolder / loadFolderOneThread} is the speed-up of the default executor. The files are
 * written once per trial to a temporary folder and read from the page cache, so the ratio is that
 * of the parsing, not of the disk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class FolderLoadBenchmarks {
  @Param({"1", "2"})
  public int scale;

  private Path folder;
  private int expected;

  /** Writes the corpus, as a cascade, one JSON file a plan. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    List<StrategicPlan> plans = SyntheticCorpus.cascade(SyntheticCorpus.generate(CorpusBenchmarks.SEED,
        SyntheticCorpus.OFFICES * scale, CorpusBenchmarks.SCHOOLS_PER_SCALE * scale));
    folder = write(plans, Files.createTempDirectory("eduplan-corpus"));
    expected = plans.size();
    // Warm the page cache and check the folder loads whole.
    check(PlanSetLoader.of().load(folder));
  }

  /** Writes each plan to {@code plan-NNNNN.json}; returns the folder. */
  static Path write(List<StrategicPlan> plans, Path folder) throws IOException {
    PlanJson json = PlanJson.strict();
    for (int i = 0; i < plans.size(); i++) {
      try (var out = Files.newOutputStream(folder.resolve(String.format("plan-%05d.json", i)))) {
        json.write(plans.get(i), out);
      }
    }
    return folder;
  }

  /** Deletes the folder. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    delete(folder);
  }

  static void delete(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private LoadedPlanSet check(LoadedPlanSet loaded) {
    if (!loaded.failures().isEmpty() || loaded.set().plans().size() != expected) {
      throw new IllegalStateException("the corpus folder did not load whole: " + loaded.failures());
    }
    return loaded;
  }

  /** The folder loaded with the loader's default executor. */
  @Benchmark
  public LoadedPlanSet loadFolder() throws IOException {
    return check(PlanSetLoader.of().load(folder));
  }

  /** The folder loaded on the caller's thread alone. */
  @Benchmark
  public LoadedPlanSet loadFolderOneThread() throws IOException {
    return check(PlanSetLoader.of().load(folder, Runnable::run, PlanSetLoader.Progress.none()));
  }
}
