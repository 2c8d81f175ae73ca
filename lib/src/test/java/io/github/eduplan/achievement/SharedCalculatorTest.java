package io.github.eduplan.achievement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.eduplan.testsupport.AchievementGenerators;
import io.github.eduplan.testsupport.AchievementGenerators.Scenario;
import io.github.eduplan.time.Quarter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class SharedCalculatorTest {
  static final int THREADS = 16;

  /** Everything the calculator derives from one scenario, as immutable values that compare by content. */
  static List<Object> everything(AchievementCalculator calc, Scenario s) {
    PlanAchievement a = calc.assess(s.plan, s.year, s.results);
    List<Object> out = new ArrayList<>();
    out.add(a);
    out.add(calc.rollUpPlan(a));
    out.add(calc.rollUpStrategies(a));
    out.add(calc.rollUpGoals(a, Map.of()));
    out.add(calc.trajectories(s.plan, s.year.quarter(Quarter.Q2), s.results));
    out.add(calc.poolAll(s.plan, s.year, List.of(s.results, s.results)));
    out.add(calc.planExecution(s.plan, s.spending, s.targets, Quarter.Q3));
    out.add(calc.executionByGroup(s.plan, s.spending, s.targets, Quarter.Q3));
    out.add(calc.budgetVersusResults(s.plan, a, s.spending, s.targets, Quarter.Q3));
    return out;
  }

  @Test
  @Tag("concurrency")
  void oneCalculatorSharedBySixteenThreadsGivesTheSameResultsAsOneThread() throws Exception {
    List<Scenario> scenarios = new ArrayList<>();
    qt().withFixedSeed(20_565L).withExamples(100).forAll(AchievementGenerators.scenarios())
        .checkAssert(scenarios::add);
    AchievementCalculator shared = AchievementCalculator.of();
    List<List<Object>> expected = new ArrayList<>();
    for (Scenario s : scenarios) {
      expected.add(everything(shared, s));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<List<Object>>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        futures.add(pool.submit(() -> {
          start.await();
          List<List<Object>> got = new ArrayList<>(scenarios.size());
          for (int i = 0; i < scenarios.size(); i++) {
            got.add(null);
          }
          // Each thread walks the scenarios from a different place, so threads overlap on different inputs.
          for (int i = 0; i < scenarios.size(); i++) {
            int k = (i + offset * 13) % scenarios.size();
            got.set(k, everything(shared, scenarios.get(k)));
          }
          return got;
        }));
      }
      start.countDown();
      for (Future<List<List<Object>>> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(100, expected.size());
  }
}
