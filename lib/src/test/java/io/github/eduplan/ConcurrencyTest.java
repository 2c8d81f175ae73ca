package io.github.eduplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.eduplan.achievement.AchievementCalculator;
import io.github.eduplan.achievement.ActualResults;
import io.github.eduplan.alignment.AlignmentMap;
import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.alignment.CatalogueItem;
import io.github.eduplan.alignment.Framework;
import io.github.eduplan.model.AlignmentEvidence;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Project;
import io.github.eduplan.testsupport.AchievementGenerators;
import io.github.eduplan.testsupport.AchievementGenerators.Scenario;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.time.Quarter;
import io.github.eduplan.validation.PlanValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The bundled catalogue, alignment maps, the standard validator and the achievement calculator
 * are documented as immutable and thread-safe: one instance of each, shared by sixteen threads
 * that make 100,000 calls between them, answers every call as one thread alone does.
 */
class ConcurrencyTest {
  static final int THREADS = 16;
  static final int CALLS = 100_000;
  static final int SCENARIOS = 40;
  static final int ITEMS_PER_SCENARIO = 4;

  /** The shared objects one run works with; the concurrent run gets fresh ones, never warmed up. */
  static final class Shared {
    final Catalogue catalogue = Catalogue.bundled();
    final PlanValidator validator = PlanValidator.standard().build();
    final AchievementCalculator calculator = AchievementCalculator.of();
    final List<AlignmentMap> maps = new ArrayList<>();
    final List<ActualResults> results = new ArrayList<>();

    Shared(List<Scenario> scenarios) {
      for (Scenario s : scenarios) {
        maps.add(AlignmentMap.of(s.plan, catalogue));
        // A copy, so that the results' lazily built index is first built under contention.
        results.add(ActualResults.builder().from(s.results).build());
      }
    }
  }

  /** One call on the shared objects; its answer must compare by content. */
  interface Call extends Function<Shared, Object> {}

  /** The answer of a call, or the exception it threw, as a value that compares by content. */
  static Object outcome(Callable<Object> call) {
    try {
      return call.call();
    } catch (Exception e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  static List<Call> calls(List<Scenario> scenarios) {
    List<Call> calls = new ArrayList<>();
    Catalogue bundled = Catalogue.bundled();
    List<CatalogueItem> items = bundled.items();
    List<String> frameworks = bundled.frameworks().stream().map(Framework::id).toList();
    for (int n = 0; n < scenarios.size(); n++) {
      int k = n;
      Scenario s = scenarios.get(k);
      // Validating a plan costs a hundred times more than a catalogue look-up: every fourth plan
      // is enough to have validations overlap, and keeps the 100,000 calls to a few seconds.
      if (k % 4 == 0) {
        calls.add(sh -> sh.validator.validate(s.plan));
      }
      calls.add(sh -> sh.calculator.assess(s.plan, s.year, sh.results.get(k)));
      calls.add(sh -> sh.calculator.rollUpStrategies(sh.calculator.assess(s.plan, s.year, sh.results.get(k))));
      calls.add(sh -> sh.calculator.trajectories(s.plan, s.year.quarter(Quarter.Q2), sh.results.get(k)));
      calls.add(sh -> sh.calculator.planExecution(s.plan, s.spending, s.targets, Quarter.Q3));
      calls.add(sh -> sh.calculator.executionByGroup(s.plan, s.spending, s.targets, Quarter.Q4));
      calls.add(sh -> sh.maps.get(k).unlinked());
      calls.add(sh -> sh.maps.get(k).budgetByGroup().rows());
      String framework = frameworks.get(k % frameworks.size());
      calls.add(sh -> sh.maps.get(k).coverage(framework).toCsv());
      calls.add(sh -> sh.maps.get(k).budgetByItem(framework).rows());
      for (Project p : s.plan.projects()) {
        calls.add(sh -> {
          var trace = sh.maps.get(k).trace(p);
          return List.of(trace.paths(), trace.unresolved(), trace.levels());
        });
      }
      FiscalYearRange period = s.plan.period();
      FiscalYear year = s.year;
      for (int i = 0; i < ITEMS_PER_SCENARIO; i++) {
        CatalogueItem item = items.get((k * ITEMS_PER_SCENARIO + i) % items.size());
        AlignmentLink link = AlignmentLink.builder().framework(item.framework()).edition(item.edition())
            .item(item.number()).evidence(AlignmentEvidence.MATRIX).build();
        calls.add(sh -> sh.catalogue.resolve(link, period));
        calls.add(sh -> sh.catalogue.resolve(AlignmentLink.matrix(item.framework(), item.number() + ".9"), period));
        calls.add(sh -> sh.catalogue.item(item.framework(), item.edition(), item.number()));
        calls.add(sh -> sh.catalogue.ancestors(item));
        calls.add(sh -> sh.catalogue.children(item));
        calls.add(sh -> sh.catalogue.isInForce(item.framework(), item.edition(), year));
        calls.add(sh -> sh.catalogue.editionsInForce(item.framework(), year));
      }
    }
    return calls;
  }

  @Test
  @Tag("concurrency")
  void sharedCatalogueMapsValidatorAndCalculatorAnswerSixteenThreadsAsTheyAnswerOne() throws Exception {
    List<Scenario> scenarios = new ArrayList<>();
    qt().withFixedSeed(8_2569L).withExamples(SCENARIOS).forAll(AchievementGenerators.scenarios())
        .checkAssert(scenarios::add);
    List<Call> calls = calls(scenarios);

    Shared alone = new Shared(scenarios);
    List<Object> expected = new ArrayList<>();
    for (Call c : calls) {
      expected.add(outcome(() -> c.apply(alone)));
    }

    Shared shared = new Shared(scenarios);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<String> differences = new ArrayList<>();
    int made = 0;
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await();
          List<String> wrong = new ArrayList<>();
          // Thread t makes calls t, t + 16, t + 32, ... so that neighbouring calls, often on the
          // same plan, run at the same time on different threads.
          for (int i = thread; i < CALLS; i += THREADS) {
            int c = i % calls.size();
            Object got = outcome(() -> calls.get(c).apply(shared));
            if (!expected.get(c).equals(got)) {
              wrong.add("call " + c + " on thread " + thread + ": expected " + expected.get(c) + " but got " + got);
            }
          }
          return wrong;
        }));
      }
      start.countDown();
      for (int t = 0; t < THREADS; t++) {
        differences.addAll(futures.get(t).get());
        made += (CALLS - t + THREADS - 1) / THREADS;
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(List.of(), differences.subList(0, Math.min(3, differences.size())));
    assertEquals(CALLS, made);
    assertTrue(expected.stream().filter(e -> e instanceof String).count() < calls.size() / 10,
        "most calls answer rather than throw: " + expected);
  }
}
