package io.github.eduplan.bench;

import io.github.eduplan.diff.PlanDiff;
import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.Target;
import io.github.eduplan.model.Unit;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * What a plan diff costs, measured against reading the same plans in the same run.
 *
 * <ul>
 *   <li>{@code read}, {@code diff}, {@code diffWithFrameworkTotals}: the scale-1 corpus of
 *       {@link CorpusBenchmarks} (245 office plans, 2,900 school plans), read from its bytes; and
 *       every plan of it diffed against a revised copy, read from bytes of its own so the two
 *       versions share no objects. The budget is diff ≤ 0.5× read.
 *   <li>{@code match}: one plan of 100 × {@code scale} projects (100, 1,000, 10,000) diffed
 *       against a revision of it, to show the cost grows linearly with the number of elements:
 *       ten times the projects, about ten times the time.
 * </ul>
 *
 * <p>A revision ({@link #revise}) does what offices do: drops a project in twenty and renumbers
 * the ones after it, adds some, rewords a title in ten, moves money between quarters in a fifth of
 * the projects, re-funds some, moves one in a hundred to another place, changes a target in ten.
 *
 * <p>Run it with its own {@link #main}: rounds of one fork of each benchmark, with the ratios of
 * each round and their medians ({@link PairedRounds} does the same for {@link CorpusBenchmarks}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// As CorpusBenchmarks, with a 3 GB heap: the two versions of the corpus and its bytes need about
// 1 GB, and the machine is shared.
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
// A diff pass takes about a second on the loaded machine, and the JIT needs a dozen or so passes to
// settle on the diff's many small methods: with three warm-up iterations the run measured the
// compiler, and with eight its first measured iterations still were.
@Warmup(iterations = 12, time = 3)
@Measurement(iterations = 5, time = 3)
public class DiffBenchmarks {
  private static final PlanJson JSON = PlanJson.strict();

  /** The corpus and a revised copy of each of its plans, both read from bytes. */
  @State(Scope.Benchmark)
  public static class Corpus {
    /** As in {@link CorpusBenchmarks}: 1 is 245 office plans and 2,900 school plans. */
    @Param({"1"})
    public int scale;

    List<byte[]> documents;
    List<StrategicPlan> older;
    List<StrategicPlan> newer;

    /** Generates the corpus, its bytes, the revisions and theirs once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
      List<StrategicPlan> generated = SyntheticCorpus.generate(
          CorpusBenchmarks.SEED, SyntheticCorpus.OFFICES * scale, CorpusBenchmarks.SCHOOLS_PER_SCALE * scale);
      documents = CorpusBenchmarks.encode(JSON, generated);
      older = readAll(documents);
      List<StrategicPlan> revised = new ArrayList<>(older.size());
      for (int i = 0; i < older.size(); i++) {
        revised.add(revise(older.get(i), new SplittableRandom(CorpusBenchmarks.SEED + i)));
      }
      newer = readAll(CorpusBenchmarks.encode(JSON, revised));
      if (!newer.equals(revised)) {
        throw new IllegalStateException("the revised corpus does not survive a round trip through JSON");
      }
    }
  }

  /** One large plan and a revision of it. */
  @State(Scope.Benchmark)
  public static class Large {
    /** Hundreds of projects: 1 is 100, 10 is 1,000, 100 is 10,000. */
    @Param({"1", "10", "100"})
    public int scale;

    StrategicPlan older;
    StrategicPlan newer;

    /** Generates the plan and its revision once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
      older = largePlan(100 * scale, new SplittableRandom(CorpusBenchmarks.SEED));
      newer = revise(older, new SplittableRandom(CorpusBenchmarks.SEED + 1));
    }
  }

  private static List<StrategicPlan> readAll(List<byte[]> documents) {
    List<StrategicPlan> plans = new ArrayList<>(documents.size());
    for (byte[] d : documents) {
      plans.add(JSON.read(new String(d, StandardCharsets.UTF_8)));
    }
    return plans;
  }

  /** This library's strict read of the corpus, as {@code CorpusBenchmarks.read}: the base of the budget. */
  @Benchmark
  public void read(Corpus c, Blackhole bh) {
    for (byte[] doc : c.documents) {
      bh.consume(JSON.read(doc));
    }
  }

  /** Every plan diffed against its revision: matching, changes, totals by strategy and quarter. */
  @Benchmark
  public void diff(Corpus c, Blackhole bh) {
    for (int i = 0; i < c.older.size(); i++) {
      bh.consume(PlanDiff.between(c.older.get(i), c.newer.get(i)));
    }
  }

  /** The same, with the totals by framework item, which build each version's alignment map. */
  @Benchmark
  public void diffWithFrameworkTotals(Corpus c, Blackhole bh) {
    for (int i = 0; i < c.older.size(); i++) {
      bh.consume(PlanDiff.between(c.older.get(i), c.newer.get(i)).budgetByFrameworkItem());
    }
  }

  /** One large plan diffed against its revision. */
  @Benchmark
  public PlanDiff match(Large l) {
    return PlanDiff.between(l.older, l.newer);
  }

  // ---------------------------------------------------------------------------------------------

  private static final List<String> WORDS = List.of(
      "โครงการพัฒนาคุณภาพการจัดการศึกษา", "ส่งเสริมการจัดการเรียนรู้", "ประชุมเชิงปฏิบัติการ",
      "การนิเทศ ติดตาม และประเมินผล", "ยกระดับผลสัมฤทธิ์ทางการเรียน", "ป้องกันและแก้ไขปัญหายาเสพติด",
      "พัฒนาระบบดูแลช่วยเหลือนักเรียน", "การประเมินคุณธรรมและความโปร่งใส (ITA)", "ค่ายวิชาการ",
      "พัฒนาครูด้านการจัดการเรียนรู้เชิงรุก", "อบรมการใช้เทคโนโลยีดิจิทัล", "ส่งเสริมการอ่านออกเขียนได้");
  private static final List<String> SYLLABLES = List.of(
      "บ้าน", "นา", "ดง", "หนอง", "โคก", "ป่า", "ห้วย", "แม่", "สัน", "ทุ่ง", "วัง", "ท่า", "เวียง", "ปาง", "ผา",
      "ลาน", "กลาง", "ใหม่", "เหนือ", "ใต้", "ทอง", "คำ", "แก้ว", "หลวง", "น้อย", "ยาง", "สะแก", "มะขาม",
      "โพธิ์", "ไทร");

  /** A school's name of three to four syllables: texts that tell projects apart, as real titles do. */
  private static String place(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    int n = 3 + r.nextInt(2);
    for (int i = 0; i < n; i++) {
      sb.append(SYLLABLES.get(r.nextInt(SYLLABLES.size())));
    }
    return sb.toString();
  }

  private static Project project(SplittableRandom r, String number, String strategy) {
    long[] q = new long[4];
    TreeSet<Quarter> active = new TreeSet<>();
    for (int k = 0; k < 4; k++) {
      if (r.nextInt(3) != 0) {
        q[k] = 1_000L * (1 + r.nextInt(150));
        active.add(Quarter.of(k + 1));
      }
    }
    QuarterlyBudget plan = QuarterlyBudget.of(q[0], q[1], q[2], q[3]);
    return Project.builder().number(number)
        .title(WORDS.get(r.nextInt(WORDS.size())) + " โรงเรียน" + place(r))
        .strategy(strategy).budget(plan.total()).quarterlyPlan(plan).activeQuarters(active).build();
  }

  /** An action plan of six strategies of ten indicators and the given number of projects. */
  static StrategicPlan largePlan(int projects, SplittableRandom r) {
    StrategicPlan.Builder b = StrategicPlan.builder()
        .office(Office.builder().name("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2").build())
        .kind(PlanKind.ACTION_PLAN).title("แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2565")
        .period(FiscalYearRange.of(2565, 2565));
    for (int s = 1; s <= 6; s++) {
      Strategy.Builder sb = Strategy.builder().number(Integer.toString(s)).title("กลยุทธ์ " + WORDS.get(s) + place(r));
      for (int i = 1; i <= 10; i++) {
        sb.addIndicator(Indicator.builder().code(s + "." + i).text("ร้อยละของโรงเรียน" + place(r) + "ที่" + WORDS.get(i))
            .unit(Unit.PERCENT).measureKind(MeasureKind.PERCENTAGE).direction(Direction.INCREASE)
            .putTarget(FiscalYear.of(2565), Target.of(70 + r.nextInt(30))).build());
      }
      b.addStrategy(sb.build());
    }
    for (int i = 1; i <= projects; i++) {
      b.addProject(project(r, Integer.toString(i), Integer.toString(1 + r.nextInt(6))));
    }
    return b.build();
  }

  /**
   * A revision of a plan as offices make them: one project in twenty dropped and the ones after
   * it renumbered, one in twenty added, one title in ten reworded, money moved between quarters
   * in one project in five, one in twenty re-funded, one in a hundred moved to another place, one
   * indicator target in ten changed.
   */
  static StrategicPlan revise(StrategicPlan plan, SplittableRandom r) {
    List<Project> projects = new ArrayList<>();
    List<String> strategies = plan.strategies().stream().map(Strategy::number).toList();
    for (Project p : plan.projects()) {
      if (r.nextInt(20) == 0) {
        continue;   // dropped
      }
      Project.Builder b = Project.builder().from(p);
      if (r.nextInt(10) == 0) {
        b.title(p.title() + " ระยะที่ 2");
      }
      if (r.nextInt(5) == 0 && p.quarterlyPlan().isPresent()) {
        QuarterlyBudget q = p.quarterlyPlan().get();
        Baht[] amounts = q.amounts().toArray(new Baht[0]);
        int from = r.nextInt(4);
        int to = (from + 1 + r.nextInt(3)) % 4;
        BigDecimal moved = amounts[from].amount().min(BigDecimal.valueOf(5_000));
        amounts[from] = Baht.of(amounts[from].amount().subtract(moved));
        amounts[to] = amounts[to].plus(Baht.of(moved));
        b.quarterlyPlan(QuarterlyBudget.of(amounts[0], amounts[1], amounts[2], amounts[3]));
      }
      if (r.nextInt(20) == 0) {
        b.budget(p.budget().orElse(Baht.ZERO).plus(Baht.of(10_000)));
      }
      projects.add(b.build());
      if (r.nextInt(20) == 0 && !strategies.isEmpty()) {
        projects.add(project(r, "", strategies.get(r.nextInt(strategies.size()))));
      }
    }
    for (int i = 0; i < projects.size() / 100; i++) {
      projects.add(r.nextInt(projects.size()), projects.remove(r.nextInt(projects.size())));
    }
    List<Project> renumbered = new ArrayList<>(projects.size());
    for (int i = 0; i < projects.size(); i++) {
      renumbered.add(Project.builder().from(projects.get(i)).number(Integer.toString(i + 1)).build());
    }
    List<Strategy> revised = new ArrayList<>();
    for (Strategy s : plan.strategies()) {
      List<Indicator> indicators = new ArrayList<>();
      for (Indicator ind : s.indicators()) {
        if (r.nextInt(10) == 0 && !ind.targets().isEmpty()) {
          TreeMap<FiscalYear, Target> targets = new TreeMap<>(ind.targets());
          targets.put(targets.firstKey(), Target.of(RAISED));
          ind = Indicator.builder().from(ind).targets(targets).build();
        }
        indicators.add(ind);
      }
      revised.add(Strategy.builder().from(s).indicators(indicators).build());
    }
    return StrategicPlan.builder().from(plan).revision("ฉบับปรับปรุง").projects(renumbered).strategies(revised).build();
  }

  /** The target a revision sets: a number no generated plan uses. */
  private static final BigDecimal RAISED = new BigDecimal("99.5");

  // ---------------------------------------------------------------------------------------------

  /**
   * Runs rounds of one fork of each benchmark and prints, per round, each benchmark's mean and the
   * ratios diff / read, diffWithFrameworkTotals / read and the growth of {@code match} per tenfold
   * projects; then the median and range of each ratio over the rounds.
   *
   * @param args the number of rounds, then JMH options (without {@code -f}); a benchmark named there
   *     narrows the run, otherwise every benchmark of this class runs
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = BenchMain.rounds(args);
    Options options = BenchMain.roundOptions(DiffBenchmarks.class, args);
    Map<String, List<Double>> values = new TreeMap<>();
    for (int round = 1; round <= rounds; round++) {
      Collection<RunResult> results = new Runner(options).run();
      Map<String, Map<Integer, Double>> means = BenchMain.means(results);
      Map<String, Double> ratios = ratios(means);
      ratios.forEach((name, v) -> values.computeIfAbsent(name, k -> new ArrayList<>()).add(v));
      StringBuilder line = new StringBuilder("round " + round + ", ms/op:");
      means.forEach((name, byScale) -> byScale.forEach((scale, v) ->
          line.append(String.format(Locale.ROOT, " %s at scale %d %.3f;", name, scale, v))));
      line.append(" ratios:");
      ratios.forEach((name, v) -> line.append(String.format(Locale.ROOT, " %s %.3f;", name, v)));
      System.out.println(line);
    }
    System.out.println();
    System.out.println("| ratio | rounds | median | range | budget |");
    System.out.println("|---|---|---|---|---|");
    values.forEach((name, v) -> {
      double[] sorted = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f–%.3f | %s |%n", name, sorted.length,
          PairedRounds.median(sorted), sorted[0], sorted[sorted.length - 1], BUDGETS.getOrDefault(name, "–"));
    });
  }

  private static final Map<String, String> BUDGETS = Map.of(
      "diff / read", "≤ 0.5",
      "match 1,000 / 100 projects", "linear: about 10, quadratic: 100",
      "match 10,000 / 1,000 projects", "linear: about 10, quadratic: 100");

  /** The ratios of one round, from each benchmark's mean by scale. */
  static Map<String, Double> ratios(Map<String, Map<Integer, Double>> means) {
    Map<String, Double> out = new TreeMap<>();
    Map<Integer, Double> read = means.getOrDefault("read", Map.of());
    for (String name : List.of("diff", "diffWithFrameworkTotals")) {
      Double one = means.getOrDefault(name, Map.of()).get(1);
      if (one != null && read.get(1) != null) {
        out.put(name + " / read", one / read.get(1));
      }
    }
    Map<Integer, Double> match = means.getOrDefault("match", Map.of());
    if (match.containsKey(1) && match.containsKey(10)) {
      out.put("match 1,000 / 100 projects", match.get(10) / match.get(1));
    }
    if (match.containsKey(10) && match.containsKey(100)) {
      out.put("match 10,000 / 1,000 projects", match.get(100) / match.get(10));
    }
    return out;
  }
}
