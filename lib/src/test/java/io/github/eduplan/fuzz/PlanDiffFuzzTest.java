package io.github.eduplan.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.eduplan.diff.PlanDiff;
import io.github.eduplan.fuzz.FuzzSupport.Shared;
import io.github.eduplan.json.PlanFormatException;
import io.github.eduplan.model.StrategicPlan;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the plan diff (การเปรียบเทียบฉบับปรับปรุง) of two plans: the input is the older plan's
 * document, a NUL byte, and the newer plan's (without a NUL, the newer is the older). Both are
 * read leniently; the diff between them, with and without the bundled catalogue, its budget
 * comparisons and its Markdown and JSON reports must not throw, its JSON report must be JSON,
 * and a plan's diff with itself is empty.
 */
class PlanDiffFuzzTest {
  @BeforeAll
  static void settings() {
    FuzzSupport.fuzzFor();
  }

  @FuzzTest
  void twoPlans(byte[] input) {
    int nul = 0;
    while (nul < input.length && input[nul] != 0) {
      nul++;
    }
    StrategicPlan older = read(Arrays.copyOfRange(input, 0, nul));
    StrategicPlan newer = nul < input.length ? read(Arrays.copyOfRange(input, nul + 1, input.length)) : older;
    if (older == null || newer == null) {
      return;
    }
    assertTrue(PlanDiff.between(older, older).isEmpty(), "a plan's diff with itself is empty");
    for (PlanDiff diff : new PlanDiff[] {PlanDiff.between(older, newer),
        PlanDiff.between(older, newer, Shared.CATALOGUE)}) {
      diff.changes();
      diff.budgetByStrategy();
      diff.budgetByQuarter();
      diff.budgetByFrameworkItem();
      diff.toMarkdown(Locale.ENGLISH);
      diff.toMarkdown(Locale.forLanguageTag("th"));
      String json = diff.toJson();
      assertTrue(Shared.STRICT.mapper().readTree(json).isObject(), "the JSON report is a JSON object");
      diff.toString();
      if (older.equals(newer)) {
        assertTrue(diff.isEmpty(), "equal plans differ in nothing");
      }
    }
    assertEquals(PlanDiff.between(older, newer).isEmpty(), PlanDiff.between(newer, older).isEmpty(),
        "two plans differ both ways or neither");
  }

  private static StrategicPlan read(byte[] document) {
    try {
      return Shared.LENIENT.read(document);
    } catch (PlanFormatException e) {
      return null;
    }
  }
}
