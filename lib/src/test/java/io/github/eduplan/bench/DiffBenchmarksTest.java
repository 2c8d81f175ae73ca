package io.github.eduplan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.diff.ChangeKind;
import io.github.eduplan.diff.PlanDiff;
import io.github.eduplan.model.StrategicPlan;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DiffBenchmarksTest {
  @Test
  void aRoundsRatiosAreDiffOverReadAndTheGrowthOfMatchingPerTenfoldProjects() {
    Map<String, Double> ratios = DiffBenchmarks.ratios(Map.of(
        "read", Map.of(1, 600.0),
        "diff", Map.of(1, 150.0),
        "match", Map.of(1, 2.0, 10, 21.0, 100, 230.0)));
    assertEquals(Map.of(
        "diff / read", 0.25,
        "match 1,000 / 100 projects", 10.5,
        "match 10,000 / 1,000 projects", 230.0 / 21.0), ratios);
  }

  @Test
  void aRevisionIsTheSameForTheSameSeedAndTheDiffSeesItsEdits() {
    StrategicPlan plan = DiffBenchmarks.largePlan(1000, new SplittableRandom(1));
    assertEquals(plan, DiffBenchmarks.largePlan(1000, new SplittableRandom(1)));
    StrategicPlan revised = DiffBenchmarks.revise(plan, new SplittableRandom(2));
    assertEquals(revised, DiffBenchmarks.revise(plan, new SplittableRandom(2)));
    PlanDiff diff = PlanDiff.between(plan, revised);
    for (ChangeKind k : ChangeKind.values()) {
      assertTrue(diff.changes().stream().anyMatch(c -> c.is(k)), k::toString);
    }
    long removed = diff.changes().stream().filter(c -> c.is(ChangeKind.REMOVED)).count();
    long added = diff.changes().stream().filter(c -> c.is(ChangeKind.ADDED)).count();
    assertEquals(revised.projects().size(), plan.projects().size() - removed + added);
  }
}
