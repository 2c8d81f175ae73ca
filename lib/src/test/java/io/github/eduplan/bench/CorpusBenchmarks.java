package io.github.eduplan.bench;

import io.github.eduplan.achievement.AchievementCalculator;
import io.github.eduplan.achievement.ActualResults;
import io.github.eduplan.achievement.PlanAchievement;
import io.github.eduplan.alignment.AlignmentMap;
import io.github.eduplan.alignment.AlignmentRules;
import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.cascade.Consolidation;
import io.github.eduplan.cascade.PlanSet;
import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.validation.PlanValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading, writing and checking a national corpus of plans, measured on the same bytes in one run:
 * the raw token scan (the floor for reading), plain databind into hand-written POJOs (what a user
 * would write), this library's read and write, and the checks run on the loaded plans. Each
 * operation handles the whole corpus once. {@code scale} 1 is 245 office plans and 2,900 school
 * plans; 2 doubles both, to show the cost grows linearly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// The heap's pages are touched when the fork starts: without it, the first passes through a fresh
// eden pay the OS's first-touch page faults (44,000 per validation pass, three to four times the
// pass's time on the 2-core machine) and a short run measures those instead of the library.
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class CorpusBenchmarks {
  /** The seed of the corpus: fixed, so every run measures the same plans. */
  public static final long SEED = 2565L;
  /** School plans per scale unit: a tenth of the country, to keep one run under the CI budget. */
  public static final int SCHOOLS_PER_SCALE = SyntheticCorpus.SCHOOLS / 10;

  @Param({"1", "2"})
  public int scale;

  private final PlanJson planJson = PlanJson.strict();
  private final ObjectWriter compactWriter = planJson.mapper().writer()
      .without(SerializationFeature.INDENT_OUTPUT).without(StreamWriteFeature.AUTO_CLOSE_TARGET);
  private final Catalogue catalogue = Catalogue.bundled();
  private final PlanValidator validator =
      AlignmentRules.addTo(PlanValidator.standard(), catalogue).build();
  private final AchievementCalculator calculator = AchievementCalculator.of();
  private List<ActualResults> results;
  private final JsonFactory factory = new JsonFactory();
  private final JsonMapper plainMapper = JsonMapper.builder().build();
  private List<byte[]> documents;
  private List<StrategicPlan> plans;
  private List<StrategicPlan> cascade;

  /** Generates the corpus and its bytes once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    List<StrategicPlan> generated =
        SyntheticCorpus.generate(SEED, SyntheticCorpus.OFFICES * scale, SCHOOLS_PER_SCALE * scale);
    documents = encode(planJson, generated);
    // The checks run on what was read from the bytes, as a dashboard's would.
    plans = new ArrayList<>(documents.size());
    for (byte[] doc : documents) {
      plans.add(planJson.read(new String(doc, StandardCharsets.UTF_8)));
    }
    if (!plans.equals(generated)) {
      throw new IllegalStateException("the corpus does not survive a round trip through JSON");
    }
    results = new ArrayList<>(plans.size());
    for (StrategicPlan p : plans) {
      results.add(SyntheticCorpus.results(p, SEED));
    }
    // The same plans as area office and school plans, for consolidation; the benchmarks above
    // measure the plans as read.
    cascade = SyntheticCorpus.cascade(plans);
  }

  static List<byte[]> encode(PlanJson json, List<StrategicPlan> plans) {
    List<byte[]> out = new ArrayList<>(plans.size());
    for (StrategicPlan p : plans) {
      out.add(json.mapper().writeValueAsBytes(p));
    }
    return out;
  }

  /** The raw streaming token scan: the physical floor for reading. */
  @Benchmark
  public long tokenScan() {
    long tokens = 0;
    for (byte[] doc : documents) {
      try (JsonParser p = factory.createParser(ObjectReadContext.empty(), doc)) {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          if (t == JsonToken.VALUE_STRING) {
            tokens += p.getStringLength();
          } else {
            tokens++;
          }
        }
      }
    }
    return tokens;
  }

  /** Plain databind into mutable POJOs. */
  @Benchmark
  public void pojoRead(Blackhole bh) {
    for (byte[] doc : documents) {
      bh.consume(plainMapper.readValue(doc, PojoPlan.class));
    }
  }

  /**
   * This library's strict read into the immutable model, from the same arrays the scan and the
   * POJO read are given.
   */
  @Benchmark
  public void read(Blackhole bh) {
    for (byte[] doc : documents) {
      bh.consume(planJson.read(doc));
    }
  }

  /**
   * The same read from a stream over each array: what gathering a stream's bytes into one array
   * adds (a file, a socket).
   */
  @Benchmark
  public void readStream(Blackhole bh) throws IOException {
    for (byte[] doc : documents) {
      bh.consume(planJson.read(new ByteArrayInputStream(doc)));
    }
  }

  /** This library's write of the loaded plans. */
  @Benchmark
  public long write() {
    CountingStream out = new CountingStream();
    for (StrategicPlan p : plans) {
      try {
        planJson.write(p, out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out.count;
  }

  /**
   * The same write without indentation: what the documented indented form costs. Not part of
   * the API; the format's writers indent.
   */
  @Benchmark
  public long writeCompact() {
    CountingStream out = new CountingStream();
    for (StrategicPlan p : plans) {
      compactWriter.writeValue(out, p);
    }
    return out.count;
  }

  /** Full validation of the whole corpus: the standard rules and the alignment rules. */
  @Benchmark
  public void validate(Blackhole bh) {
    for (StrategicPlan p : plans) {
      bh.consume(validator.validate(p));
    }
  }

  /**
   * Every object of every loaded plan visited once (the model's deep {@code hashCode}, which is not
   * cached; strings keep theirs): what any check of the whole corpus pays at least to touch the
   * plans in memory, against which validation's 48 rules are measured.
   */
  @Benchmark
  public long walk() {
    long sum = 0;
    for (StrategicPlan p : plans) {
      sum += p.hashCode();
    }
    return sum;
  }

  /**
   * Achievement roll-up of the whole corpus: every indicator of every plan assessed against its
   * first year's target from a synthetic result, then rolled up per strategy and per plan.
   */
  @Benchmark
  public void rollUp(Blackhole bh) {
    for (int i = 0; i < plans.size(); i++) {
      StrategicPlan p = plans.get(i);
      PlanAchievement achievement = calculator.assess(p, p.period().first(), results.get(i));
      bh.consume(calculator.rollUpStrategies(achievement));
      bh.consume(calculator.rollUpPlan(achievement));
    }
  }

  /**
   * Alignment coverage of the whole corpus: every plan's links resolved against the bundled
   * catalogue, its budget per OBEC policy and its coverage of the national strategy, as the
   * ministry's dashboard shows them.
   */
  @Benchmark
  public void coverage(Blackhole bh) {
    for (StrategicPlan p : plans) {
      AlignmentMap map = AlignmentMap.of(p, catalogue);
      bh.consume(map.budgetByItem("obec-policy"));
      bh.consume(map.coverage("national-strategy"));
    }
  }

  /**
   * Consolidation of the whole corpus as a plan set (each school plan serving an area office
   * plan): the set built from the loaded plans and its parents resolved, every plan's links
   * resolved against the catalogue, then the budget by national strategy item and by office
   * across all plans, as OBEC's dashboard shows them.
   */
  @Benchmark
  public void consolidate(Blackhole bh) {
    Consolidation all = Consolidation.of(PlanSet.of(cascade), catalogue);
    bh.consume(all.budgetByItem("national-strategy"));
    bh.consume(all.budgetByOffice());
  }

  /** Counts what is written, keeps nothing. */
  static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
