package io.github.eduplan.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.testsupport.CorruptedJsonGenerators;
import io.github.eduplan.testsupport.Examples;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class CorruptedJsonPropertyTest {
  @Test
  void aCorruptedDocumentGivesAPlanOrOnePlanFormatExceptionAndNothingElse() {
    qt().withExamples(Examples.upTo(1500)).forAll(CorruptedJsonGenerators.corruptedPlans())
        .checkAssert(corrupted -> {
          byte[] bytes = corrupted.bytes();
          String fromBytes = outcome(() -> PlanJson.strict().read(new ByteArrayInputStream(bytes)));
          assertEquals(fromBytes, outcome(() -> PlanJson.strict().read(bytes)),
              "reading the same document from an array and from a stream must agree");
          HostileInputTest.strictUtf8(bytes).ifPresent(text -> assertEquals(fromBytes,
              outcome(() -> PlanJson.strict().read(text)),
              "reading the same document from a string and from bytes must agree"));
        });
  }

  interface Read {
    StrategicPlan read() throws IOException;
  }

  /** "plan" or the exception's location; fails on anything but a plan or a PlanFormatException. */
  private static String outcome(Read read) {
    StrategicPlan plan;
    try {
      plan = read.read();
    } catch (PlanFormatException e) {
      assertTrue(e.jsonPath().startsWith("$"), e.getMessage());
      assertTrue(e.line() > 0 && e.column() > 0, e.getMessage());
      return e.jsonPath() + " " + e.line() + ":" + e.column();
    } catch (IOException | RuntimeException | Error e) {
      return fail("neither a plan nor a PlanFormatException", e);
    }
    // Whatever loads must be writable and read back the same.
    assertEquals(plan, PlanJson.strict().read(PlanJson.strict().write(plan)));
    return "plan";
  }

}
