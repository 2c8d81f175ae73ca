package io.github.eduplan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PairedRoundsTest {
  @Test
  void aRoundsRatiosAreItsOwnMeansOverEachOtherAtTheSameScale() {
    Map<String, Map<Integer, Double>> means = Map.of(
        "tokenScan", Map.of(1, 400.0),
        "read", Map.of(1, 600.0, 2, 1300.0),
        "validate", Map.of(1, 180.0, 2, 400.0));
    Map<String, Double> limits = new TreeMap<>();
    Map<String, Double> ratios = PairedRounds.ratios(means, limits);

    assertEquals(Map.of(
        "read / tokenScan, scale 1", 1.5,
        "validate / read, scale 1", 0.3,
        "validate / read, scale 2", 400.0 / 1300.0,
        "read 2× / 1×", 1300.0 / 600.0,
        "validate 2× / 1×", 400.0 / 180.0), ratios);
    // Every ratio has its limit; the POJO read and roll-up were not run, so have none.
    assertEquals(ratios.keySet(), limits.keySet());
    assertEquals(1.6, limits.get("read / tokenScan, scale 1"));
    assertEquals(0.5, limits.get("validate / read, scale 2"));
    assertEquals(BenchMain.DOUBLING, limits.get("read 2× / 1×"));
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertEquals(2.0, PairedRounds.median(new double[] {1, 2, 3}));
    assertEquals(2.5, PairedRounds.median(new double[] {1, 2, 3, 4}));
  }
}
