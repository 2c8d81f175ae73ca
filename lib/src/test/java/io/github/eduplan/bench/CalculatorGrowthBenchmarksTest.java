package io.github.eduplan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CalculatorGrowthBenchmarksTest {
  @Test
  void growthIsTheTimeAtTenTimesTheElementsOverTheTimeBelow() {
    Map<String, Double> growth = CalculatorGrowthBenchmarks.growth(Map.of(
        "assess", Map.of(1_000, 2.0, 10_000, 21.0, 100_000, 252.0),
        "poolAll", Map.of(1_000, 1.0)));
    assertEquals(Map.of("assess 10,000 / 1,000", 10.5, "assess 100,000 / 10,000", 12.0), growth);
  }
}
