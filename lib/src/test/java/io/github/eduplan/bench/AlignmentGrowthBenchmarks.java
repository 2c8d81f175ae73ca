package io.github.eduplan.bench;

import io.github.eduplan.alignment.AlignmentMap;
import io.github.eduplan.alignment.BudgetTable;
import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.alignment.CatalogueItem;
import io.github.eduplan.alignment.CatalogueJson;
import io.github.eduplan.alignment.CatalogueSource;
import io.github.eduplan.alignment.CoverageMatrix;
import io.github.eduplan.alignment.Edition;
import io.github.eduplan.alignment.Framework;
import io.github.eduplan.alignment.ItemKey;
import io.github.eduplan.alignment.PlanLevel;
import io.github.eduplan.alignment.SourceKind;
import io.github.eduplan.alignment.Trace;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.time.FiscalYearRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;

/**
 * How the alignment queries grow with their input: ten times the input should cost about ten
 * times the time (at most about twelve), never a hundred.
 *
 * <ul>
 *   <li>{@code readCatalogue}: a catalogue document of {@code scale} items of one framework
 *       edition, read with {@link CatalogueJson#read(String)}. The items have no parents: at
 *       100,000 items with parents the document would pass the reader's limit of a million JSON
 *       tokens, which it shares with the plan reader.
 *   <li>{@code traceDeep}, {@code coverageDeep}, {@code budgetDeep}: a catalogue of {@code scale}
 *       items, each under the one before (made with {@link Catalogue#of}), and a plan of
 *       one strategy linking the deepest item and ten projects of that strategy, each linking an
 *       item near the bottom: the trace of one project (two chains {@code scale} long), the
 *       coverage matrix of the framework ({@code scale} rows, eleven columns), the budget by
 *       item. The map is made in each operation; the catalogue, with what it remembers, is shared.
 *   <li>{@code budgetWide}, {@code coverageWide}: a plan of {@code scale} projects, each linking
 *       two OBEC policy points of the bundled catalogue, tabled by OBEC policy area and covered by
 *       national strategy (through the points' parents).
 * </ul>
 *
 * <p>Run it with its own {@link #main}: rounds of one fork of each benchmark, printing the means,
 * the growth per tenfold of each, and the growth of the bytes each allocates per operation, which
 * the machine's load and caches do not move.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-Xmn6g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 4, time = 2)
public class AlignmentGrowthBenchmarks {
  /** The projects of the plan over the deep catalogue. */
  static final int DEEP_PROJECTS = 10;

  /** The inputs of one size. */
  @State(Scope.Benchmark)
  public static class Inputs {
    /** The number of catalogue items, or of projects for the wide plan. */
    @Param({"1000", "10000", "100000"})
    public int scale;

    String document;
    Catalogue deep;
    StrategicPlan deepPlan;
    StrategicPlan widePlan;

    /** Makes the documents, the catalogue and the plans once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
      document = flatDocument(scale);
      deep = chain(scale);
      deepPlan = deepPlan(scale);
      widePlan = widePlan(scale);
    }
  }

  private static final CatalogueSource SOURCE = CatalogueSource.of(SourceKind.OFFICIAL, "ทดสอบ");

  /** A catalogue of one framework with {@code n} items, each under the one before. */
  static Catalogue chain(int n) {
    List<CatalogueItem> items = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      items.add(CatalogueItem.builder().framework("deep").edition("1").level(PlanLevel.of(2))
          .number(Integer.toString(i)).titleThai("ประเด็นที่ " + i).source(SOURCE)
          .parent(i == 1 ? Optional.empty() : Optional.of(new ItemKey("deep", "1", Integer.toString(i - 1))))
          .build());
    }
    Framework deep = Framework.builder().id("deep").titleThai("แผนทดสอบ").level(PlanLevel.of(2))
        .addEditions(Edition.builder().framework("deep").id("1").years(FiscalYearRange.of(2561, 2580)).source(SOURCE).build())
        .build();
    return Catalogue.of(List.of(deep), items);
  }

  /** A catalogue document of one framework with {@code n} items without parents. */
  static String flatDocument(int n) {
    StringBuilder sb = new StringBuilder("{\"frameworks\": [{\"id\": \"deep\", \"titleThai\": \"แผนทดสอบ\", \"level\": 2,"
        + " \"editions\": [{\"id\": \"1\", \"years\": {\"first\": 2561, \"last\": 2580},"
        + " \"source\": {\"kind\": \"OFFICIAL\", \"reference\": \"ทดสอบ\"}}], \"items\": [");
    for (int i = 1; i <= n; i++) {
      sb.append(i == 1 ? "" : ",\n").append("{\"edition\": \"1\", \"number\": \"").append(i)
          .append("\", \"titleThai\": \"ประเด็นที่ ").append(i).append('"');
      sb.append('}');
    }
    return sb.append("]}]}").toString();
  }

  private static StrategicPlan.Builder plan() {
    return StrategicPlan.builder()
        .office(Office.builder().name("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต 1").build())
        .kind(PlanKind.ACTION_PLAN).period(FiscalYearRange.of(2565, 2565));
  }

  static StrategicPlan deepPlan(int n) {
    List<Project> projects = new ArrayList<>();
    for (int i = 1; i <= DEEP_PROJECTS; i++) {
      projects.add(Project.builder().number(Integer.toString(i)).title("โครงการที่ " + i).budget(Baht.of(1_000L * i))
          .strategy("1").addAlignment(AlignmentLink.matrix("deep", Integer.toString(n - i))).build());
    }
    return plan().addStrategies(Strategy.builder().number("1").title("กลยุทธ์ที่ 1")
            .addAlignment(AlignmentLink.matrix("deep", Integer.toString(n))).build())
        .projects(projects).build();
  }

  static StrategicPlan widePlan(int n) {
    String[] points = {"2.1", "2.2", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3"};
    List<Project> projects = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      projects.add(Project.builder().number(Integer.toString(i)).title("โครงการที่ " + i).budget(Baht.of(i))
          .strategy(Integer.toString(1 + i % 4)).group("กลุ่มที่ " + i % 7)
          .addAlignment(AlignmentLink.matrix("obec-policy", points[i % points.length]))
          .addAlignment(AlignmentLink.matrix("obec-policy", points[(i / 8) % points.length]))
          .build());
    }
    List<Strategy> strategies = new ArrayList<>();
    for (int s = 1; s <= 4; s++) {
      strategies.add(Strategy.builder().number(Integer.toString(s)).title("กลยุทธ์ที่ " + s)
          .addAlignment(AlignmentLink.matrix("national-strategy", Integer.toString(s + 1))).build());
    }
    return plan().strategies(strategies).projects(projects).build();
  }

  /** Reads the catalogue document. */
  @Benchmark
  public Catalogue readCatalogue(Inputs in) {
    return CatalogueJson.read(in.document);
  }

  /** Traces the project linking the deepest item but one. */
  @Benchmark
  public Trace traceDeep(Inputs in) {
    AlignmentMap map = AlignmentMap.of(in.deepPlan, in.deep);
    return map.trace(in.deepPlan.projects().get(0));
  }

  /** The coverage matrix of the deep framework. */
  @Benchmark
  public CoverageMatrix coverageDeep(Inputs in) {
    return AlignmentMap.of(in.deepPlan, in.deep).coverage("deep");
  }

  /** The budget by item of the deep framework. */
  @Benchmark
  public BudgetTable budgetDeep(Inputs in) {
    return AlignmentMap.of(in.deepPlan, in.deep).budgetByItem("deep");
  }

  /** The budget by OBEC policy area of a plan of {@code scale} projects. */
  @Benchmark
  public BudgetTable budgetWide(Inputs in) {
    return AlignmentMap.of(in.widePlan, Catalogue.bundled()).budgetByItem("obec-policy");
  }

  /** The coverage matrix of the national strategy of a plan of {@code scale} projects. */
  @Benchmark
  public CoverageMatrix coverageWide(Inputs in) {
    return AlignmentMap.of(in.widePlan, Catalogue.bundled()).coverage("national-strategy");
  }

  /**
   * Runs rounds of one fork of each benchmark and prints, per round, each benchmark's mean at each
   * size and its growth per tenfold (time at 10,000 over 1,000, at 100,000 over 10,000).
   *
   * @param args the number of rounds, then JMH options (without {@code -f}); a benchmark named there
   *     narrows the run, otherwise every benchmark of this class runs
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = BenchMain.rounds(args);
    Options options = BenchMain.withAllocation(BenchMain.roundOptions(AlignmentGrowthBenchmarks.class, args));
    for (int round = 1; round <= rounds; round++) {
      Collection<RunResult> results = new Runner(options).run();
      Map<String, Map<Integer, Double>> means = BenchMain.means(results);
      Map<String, Map<Integer, Double>> bytes = BenchMain.allocations(results, "scale");
      System.out.println("round " + round + ":");
      System.out.println("| benchmark | 1,000 (ms) | 10,000 (ms) | 100,000 (ms) | ×10 | ×100 from ×10"
          + " | bytes ×10 | bytes ×100 from ×10 |");
      System.out.println("|---|---|---|---|---|---|---|---|");
      means.forEach((name, bySize) -> {
        double a = bySize.getOrDefault(1_000, Double.NaN);
        double b = bySize.getOrDefault(10_000, Double.NaN);
        double c = bySize.getOrDefault(100_000, Double.NaN);
        Map<Integer, Double> alloc = bytes.getOrDefault(name, Map.of());
        double ba = alloc.getOrDefault(1_000, Double.NaN);
        double bb = alloc.getOrDefault(10_000, Double.NaN);
        double bc = alloc.getOrDefault(100_000, Double.NaN);
        System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.1f | %.1f | %.1f | %.1f |%n",
            name, a, b, c, b / a, c / b, bb / ba, bc / bb);
      });
    }
  }
}
