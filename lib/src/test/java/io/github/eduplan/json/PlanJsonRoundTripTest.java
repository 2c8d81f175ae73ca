package io.github.eduplan.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.testsupport.Examples;
import io.github.eduplan.testsupport.ModelGenerators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlanJsonRoundTripTest {
  private final PlanJson json = PlanJson.strict();

  @Test
  void readOfWriteEqualsEveryGeneratedPlan() {
    qt().withExamples(Examples.upTo(1000)).forAll(ModelGenerators.plans())
        .checkAssert(plan -> assertEquals(plan, json.read(json.write(plan))));
  }

  @Test
  void writingTwiceGivesTheSameBytes() {
    qt().withExamples(Examples.upTo(300)).forAll(ModelGenerators.plans()).checkAssert(plan -> {
      String once = json.write(plan);
      assertEquals(once, json.write(json.read(once)));
    });
  }

  @Test
  void streamsKeepThaiTextByteForByte() throws IOException {
    qt().withExamples(Examples.upTo(200)).forAll(ModelGenerators.plans()).checkAssert(plan -> {
      try {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(plan, out);
        byte[] bytes = out.toByteArray();
        assertArrayEquals(json.write(plan).getBytes(StandardCharsets.UTF_8), bytes);
        StrategicPlan back = json.read(new ByteArrayInputStream(bytes));
        assertEquals(plan, back);
        assertEquals(plan.office().name(), back.office().name());
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }
}
