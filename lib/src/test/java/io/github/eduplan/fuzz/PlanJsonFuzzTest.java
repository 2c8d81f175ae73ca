package io.github.eduplan.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.eduplan.fuzz.FuzzSupport.Shared;
import io.github.eduplan.json.PlanFormatException;
import io.github.eduplan.model.StrategicPlan;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the plan document: bytes → strict and lenient read → validation (standard and alignment
 * rules) → every achievement calculator and alignment query → write → read back. Only
 * {@link PlanFormatException} may escape a read; a document the strict reader takes the lenient
 * reader takes too, as the same plan.
 */
class PlanJsonFuzzTest {
  @BeforeAll
  static void settings() {
    FuzzSupport.fuzzFor();
  }

  @FuzzTest
  void planDocument(byte[] document) {
    StrategicPlan strict = read(document, true);
    StrategicPlan lenient = read(document, false);
    if (strict != null) {
      assertEquals(strict, lenient, "the lenient reader reads what the strict one reads");
    }
    if (lenient != null) {
      FuzzSupport.everyStepAfterReading(lenient);
    }
  }

  private static StrategicPlan read(byte[] document, boolean strict) {
    try {
      return (strict ? Shared.STRICT : Shared.LENIENT).read(document);
    } catch (PlanFormatException e) {
      assertFalse(e.getMessage().isBlank(), "a refusal says what is wrong");
      return null;
    }
  }
}
