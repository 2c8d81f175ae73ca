package io.github.eduplan.json;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.bench.SyntheticCorpus;
import io.github.eduplan.model.StrategicPlan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlanJsonStreamWriteTest {
  @Test
  void aLoneSurrogateBuiltInCodeIsWrittenAsAnEscapeThatReadingRefusesNotSilentlyReplaced() throws IOException {
    StrategicPlan plan = SyntheticCorpus.generate(1, 0, 1).get(0);
    StrategicPlan broken = StrategicPlan.builder().from(plan).vision("วิสัยทัศน์ \uD800 ปี").build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanJson.strict().write(broken, out);
    String written = out.toString(StandardCharsets.UTF_8);
    assertTrue(written.contains("วิสัยทัศน์ \\uD800 ปี"), "the surrogate is not kept as an escape");
    PlanFormatException e = assertThrows(PlanFormatException.class,
        () -> PlanJson.strict().read(new ByteArrayInputStream(out.toByteArray())));
    assertTrue(e.getMessage().contains("lone UTF-16 surrogate"), e.getMessage());
  }
}
