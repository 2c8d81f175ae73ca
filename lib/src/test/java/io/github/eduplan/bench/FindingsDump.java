package io.github.eduplan.bench;

import static org.quicktheories.QuickTheory.qt;

import io.github.eduplan.alignment.AlignmentRules;
import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.json.PlanFormatException;
import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.testsupport.ValidationGenerators;
import io.github.eduplan.validation.Finding;
import io.github.eduplan.validation.PlanValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes every finding of a fixed, varied set of plans to a file, one per line with its code,
 * severity, path, number, values and English and Thai messages, so that a change meant to make
 * validation faster can be shown to change no finding: write the file before the change and after
 * it, and compare the two byte for byte. Not a test (what the findings are is the rules' tests'
 * business); a tool for the performance work that {@code docs/performance.md} records.
 *
 * <p>The plans: the scale-1 benchmark corpus read back from its JSON; 600 of its plans with random
 * links; the bundled seed plans; seed and corpus plans damaged at random in their JSON (texts,
 * numbers, strategies, repeated and dropped list entries); and plans from the property tests'
 * clean and broken generators. Everything is generated from fixed seeds.
 */
public final class FindingsDump {
  private static final PlanJson JSON = PlanJson.strict();
  private static final List<String> FRAMEWORKS = List.of("national-strategy", "master-plan",
      "reform-plan", "obec-policy", "nesdp", "moe-policy", "government-policy", "unknown-plan");
  private static final String[] TEXT_DAMAGE = {"abc", "ﾃｽﾄ", " 2599 ", " พ.ศ. ๒๕๖๔ ",
      "สพป.ตาก เขต 2", "๑๒๓", " ปี 2450 ", "สพม.ตรัง เขต 9", "Ω", "  ", "ร้อยละ 120", "2566-2564"};

  private FindingsDump() {}

  /**
   * Writes the findings.
   *
   * @param args the output file, then optionally the folder of seed plans (default
   *     {@code ../examples/src/main/resources/plans}, from {@code lib})
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      throw new IllegalArgumentException("usage: FindingsDump OUTPUT [SEED_PLAN_FOLDER]");
    }
    Path seeds = Path.of(args.length > 1 ? args[1] : "../examples/src/main/resources/plans");
    PlanValidator validator = AlignmentRules.addTo(PlanValidator.standard(), Catalogue.bundled()).build();
    List<StrategicPlan> corpus = new ArrayList<>();
    for (byte[] document : CorpusBenchmarks.encode(JSON, SyntheticCorpus.generate(CorpusBenchmarks.SEED,
        SyntheticCorpus.OFFICES, CorpusBenchmarks.SCHOOLS_PER_SCALE))) {
      corpus.add(JSON.read(document));
    }
    List<StrategicPlan> plans = new ArrayList<>(corpus);
    SplittableRandom random = new SplittableRandom(7);
    for (StrategicPlan p : corpus.subList(0, 600)) {
      plans.add(withRandomLinks(p, random));
    }
    List<StrategicPlan> toDamage = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList())) {
        toDamage.add(JSON.read(Files.readAllBytes(f)));
      }
    }
    if (toDamage.isEmpty()) {
      throw new IllegalArgumentException("no seed plans in " + seeds.toAbsolutePath());
    }
    plans.addAll(toDamage);
    toDamage.addAll(corpus.subList(0, 400));
    int refused = 0;
    for (StrategicPlan p : toDamage) {
      for (int k = 0; k < 2; k++) {
        try {
          plans.add(damaged(p, random));
        } catch (PlanFormatException e) {
          refused++;   // the damage made a document the format refuses (a repeated scale level)
        }
      }
    }
    qt().withFixedSeed(11).withExamples(400).forAll(ValidationGenerators.brokenPlans()).checkAssert(plans::add);
    qt().withFixedSeed(12).withExamples(400).forAll(ValidationGenerators.cleanPlans()).checkAssert(plans::add);
    long findings = 0;
    Locale thai = Locale.forLanguageTag("th");
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
      for (int i = 0; i < plans.size(); i++) {
        for (Finding f : validator.validate(plans.get(i)).findings()) {
          findings++;
          w.println(i + "\t" + f.code() + "\t" + f.severity() + "\t" + f.path() + "\t" + f.number() + "\t"
              + f.values() + "\t" + f.message(Locale.ENGLISH) + "\t" + f.message(thai));
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d plans (%d damaged documents refused), %d findings, in %s%n",
        plans.size(), refused, findings, args[0]);
  }

  private static StrategicPlan withRandomLinks(StrategicPlan plan, SplittableRandom random) {
    List<Project> projects = new ArrayList<>();
    for (Project p : plan.projects()) {
      List<AlignmentLink> links = new ArrayList<>();
      int count = random.nextInt(5);
      for (int i = 0; i < count; i++) {
        links.add(AlignmentLink.matrix(FRAMEWORKS.get(random.nextInt(FRAMEWORKS.size())),
            String.valueOf(1 + random.nextInt(30))));
      }
      projects.add(Project.builder().from(p).alignment(links).build());
    }
    return StrategicPlan.builder().from(plan).projects(projects).build();
  }

  private static StrategicPlan damaged(StrategicPlan plan, SplittableRandom random) {
    JsonNode tree = JSON.mapper().readTree(JSON.mapper().writeValueAsBytes(plan));
    damage(tree, random);
    return JSON.read(JSON.mapper().writeValueAsBytes(tree));
  }

  /** Damages one text, number or strategy in 25 of those with Thai text, and some list entries. */
  private static void damage(JsonNode node, SplittableRandom random) {
    if (node instanceof ObjectNode o) {
      for (String name : new ArrayList<>(o.propertyNames())) {
        JsonNode v = o.get(name);
        boolean numbering = name.equals("number") || name.equals("code") || name.equals("strategy");
        if (v.isString() && (numbering || v.asString().chars().anyMatch(c -> c >= 0x0E00 && c <= 0x0E7F))
            && random.nextInt(25) == 0) {
          String s = v.asString();
          if (name.equals("strategy")) {
            o.put(name, "9");
          } else if (numbering) {
            String[] odd = {"1", "2", "3", "9", s + ".1", "๑", s};
            o.put(name, odd[random.nextInt(odd.length)]);
          } else {
            String d = TEXT_DAMAGE[random.nextInt(TEXT_DAMAGE.length)];
            int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
            o.put(name, s.substring(0, at) + d + s.substring(at));
          }
        } else {
          damage(v, random);
        }
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        damage(a.get(i), random);
      }
      if (a.size() > 1 && random.nextInt(30) == 0) {
        a.add(a.get(random.nextInt(a.size())).deepCopy());
      }
      if (a.size() > 2 && random.nextInt(30) == 0) {
        a.remove(random.nextInt(a.size()));
      }
    }
  }
}
