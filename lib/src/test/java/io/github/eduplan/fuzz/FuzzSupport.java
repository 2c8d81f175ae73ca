package io.github.eduplan.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.eduplan.achievement.AchievementCalculator;
import io.github.eduplan.achievement.ActualResult;
import io.github.eduplan.achievement.ActualResults;
import io.github.eduplan.achievement.DisbursementTargets;
import io.github.eduplan.achievement.IndicatorKey;
import io.github.eduplan.achievement.PlanAchievement;
import io.github.eduplan.achievement.Rubric;
import io.github.eduplan.achievement.Spending;
import io.github.eduplan.achievement.StatusBands;
import io.github.eduplan.alignment.AlignmentMap;
import io.github.eduplan.alignment.AlignmentRules;
import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.alignment.CatalogueItem;
import io.github.eduplan.alignment.Framework;
import io.github.eduplan.alignment.PlanElement;
import io.github.eduplan.alignment.Trace;
import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Target;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import io.github.eduplan.validation.Finding;
import io.github.eduplan.validation.PlanValidator;
import io.github.eduplan.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What every fuzz target shares: the settings of a fuzzing run, and the steps after reading a plan
 * (validation, every achievement calculator, every alignment query, write and read back), each
 * held to the invariants of issue 29: nothing but the documented typed exceptions escapes, what is
 * written reads back equal, and calculators never throw on a plan that was read.
 *
 * <p>The library's classes are reached only inside a target's method, never in a static
 * initialiser of a test class, so that when fuzzing they load after Jazzer's agent and are
 * instrumented.
 */
final class FuzzSupport {
  /** The years of a plan's period that the calculators are run for, at most. */
  private static final int MAX_YEARS = 6;
  private static final Locale THAI = Locale.forLanguageTag("th");

  private FuzzSupport() {}

  /**
   * In a fuzzing run ({@code -Pfuzz}), makes {@code -Dfuzz.minutes=N} the run's length: Jazzer takes
   * libFuzzer's flags from the JUnit configuration parameters {@code jazzer.internal.arg.0, 1, …}
   * (the first is the program name) and the last {@code -max_total_time} wins over
   * {@code @FuzzTest(maxDuration)}; each input gets {@code -Dfuzz.timeout} seconds (5 by default).
   * JUnit reads configuration parameters from the system
   * properties when asked, after this has run in a {@code @BeforeAll}. Does nothing otherwise.
   */
  static void fuzzFor() {
    String minutes = System.getProperty("fuzz.minutes");
    if (minutes == null || minutes.isBlank() || System.getProperty("jazzer.internal.arg.0") != null) {
      return;
    }
    long seconds = Math.round(Double.parseDouble(minutes.trim()) * 60);
    System.setProperty("jazzer.internal.arg.0", "fuzz");
    System.setProperty("jazzer.internal.arg.1", "-max_total_time=" + seconds);
    // An input that takes longer than this is a finding: no step may be super-linear.
    System.setProperty("jazzer.internal.arg.2", "-timeout=" + System.getProperty("fuzz.timeout", "5"));
    // libFuzzer's final statistics: the executions and their speed, as docs/quality.md records.
    System.setProperty("jazzer.internal.arg.3", "-print_final_stats=1");
  }

  /** The lazily built shared values: built on first use, inside a target. */
  static final class Shared {
    static final PlanJson STRICT = PlanJson.strict();
    static final PlanJson LENIENT = PlanJson.lenient();
    static final Catalogue CATALOGUE = Catalogue.bundled();
    static final PlanValidator STANDARD = PlanValidator.standard().build();
    static final PlanValidator FULL = AlignmentRules.addTo(PlanValidator.standard(), CATALOGUE).build();
    static final AchievementCalculator CALCULATOR = AchievementCalculator.of();

    private Shared() {}
  }

  /**
   * Runs every step after reading on a plan that was read or built, and checks that it writes
   * and reads back equal.
   */
  static void everyStepAfterReading(StrategicPlan plan) {
    validate(plan);
    achievement(plan, results(plan));
    alignment(plan, Shared.CATALOGUE);
    writeAndReadBack(plan);
  }

  static void validate(StrategicPlan plan) {
    for (PlanValidator validator : List.of(Shared.STANDARD, Shared.FULL)) {
      ValidationReport report = validator.validate(plan);
      for (Finding f : report.findings()) {
        assertFalse(f.message(Locale.ENGLISH).isBlank(), f::toString);
        assertFalse(f.message(THAI).isBlank(), f::toString);
      }
    }
  }

  /** Results as the plan's own targets: every indicator meets its year's target exactly. */
  static ActualResults results(StrategicPlan plan) {
    List<ActualResult> results = new ArrayList<>();
    for (Map.Entry<IndicatorKey, Indicator> e : IndicatorKey.keysOf(plan).entrySet()) {
      for (Map.Entry<FiscalYear, Target> t : e.getValue().targets().entrySet()) {
        results.add(ActualResult.of(e.getKey(), t.getKey(), t.getValue().value()));
      }
    }
    return ActualResults.builder().results(results).build();
  }

  /** Every achievement calculator, over the first years of the plan's period. */
  static void achievement(StrategicPlan plan, ActualResults results) {
    AchievementCalculator calc = Shared.CALCULATOR;
    List<FiscalYear> years = plan.period().years();
    for (FiscalYear year : years.subList(0, Math.min(MAX_YEARS, years.size()))) {
      for (ActualResults r : List.of(results, ActualResults.of())) {
        PlanAchievement a = calc.assess(plan, year, r);
        a.indicators().forEach(i -> {
          StatusBands.DEFAULT.classify(i);
          Rubric.DEFAULT.level(i);
        });
        assertNotNull(calc.rollUpPlan(a));
        calc.rollUpStrategies(a);
        calc.rollUpGoals(a, Map.of());
        for (IndicatorKey key : IndicatorKey.keysOf(plan).keySet().stream().limit(3).toList()) {
          calc.pool(key, year, List.of(r, results));
        }
        calc.poolAll(plan, year, List.of(r, results));
        for (Quarter q : Quarter.values()) {
          calc.trajectories(plan, year.quarter(q), r);
        }
        Spending spending = Spending.of(year);
        DisbursementTargets targets = DisbursementTargets.example();
        for (Quarter q : List.of(Quarter.Q2, Quarter.Q4)) {
          calc.projectExecutions(plan, spending, targets, q);
          calc.planExecution(plan, spending, targets, q);
          calc.executionByStrategy(plan, spending, targets, q);
          calc.executionByGroup(plan, spending, targets, q);
          calc.budgetVersusResults(plan, a, spending, targets, q);
        }
      }
    }
  }

  /** Every alignment query: traces, coverage, what nothing supports, the budget tables. */
  static void alignment(StrategicPlan plan, Catalogue catalogue) {
    AlignmentMap map = AlignmentMap.of(plan, catalogue);
    for (Project p : plan.projects()) {
      Trace t = map.trace(p);
      t.items();
      t.levels();
    }
    for (PlanElement e : map.elements()) {
      map.trace(e).paths();
      map.links(e);
      map.strategiesOf(e);
    }
    map.claimedLevels();
    List<String> frameworks = new ArrayList<>(map.claimedFrameworks());
    for (Framework f : catalogue.frameworks()) {
      frameworks.add(f.id());
    }
    for (String framework : Set.copyOf(frameworks)) {
      map.relevantItems(framework);
      if (catalogue.framework(framework).isPresent()) {
        map.coverage(framework).toMarkdown();
        map.coverage(framework).toCsv();
        map.budgetByItem(framework).toMarkdown();
      }
      map.unsupported(framework);
    }
    map.unlinked();
    map.budgetByGroup().toCsv();
    for (CatalogueItem item : catalogue.items().stream().limit(4).toList()) {
      map.budgetByGroup(item);
    }
    map.toString();
  }

  /** The small plan of สพป.ตาก เขต 2's FY2565 action plan's shape the hostile-input tests start from. */
  static StrategicPlan smallPlan() {
    return Holder.SMALL_PLAN;
  }

  private static final class Holder {
    static final StrategicPlan SMALL_PLAN = readResource("/hostile/syntax-valid-baseline.json");

    private static StrategicPlan readResource(String name) {
      try (java.io.InputStream in = FuzzSupport.class.getResourceAsStream(name)) {
        return Shared.STRICT.read(java.util.Objects.requireNonNull(in, name));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** Writes the plan and reads it back: the same plan, from both readers. */
  static void writeAndReadBack(StrategicPlan plan) {
    String json = Shared.STRICT.write(plan);
    assertEquals(plan, Shared.STRICT.read(json), "strict read of what was written");
    assertEquals(plan, Shared.LENIENT.read(json), "lenient read of what was written");
  }
}
