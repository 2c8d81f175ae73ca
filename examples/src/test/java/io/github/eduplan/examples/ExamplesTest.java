package io.github.eduplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.StrategicPlan;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Runs every example as its main would, and checks what it prints. */
class ExamplesTest {
  static String capture(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void buildAPlanPrintsJsonThatReadsBack() {
    String json = capture(BuildAPlan::run);
    StrategicPlan plan = PlanJson.strict().read(json);
    assertEquals(BuildAPlan.build(), plan);
    assertTrue(json.contains("จำนวนนักเรียนออกกลางคัน"));
  }

  @Test
  void importFromCsvReadsBothTables() {
    String out = capture(ImportFromCsv::run);
    assertTrue(out.contains("ตัวชี้วัดจาก CSV (indicators from CSV): 4"), out);
    assertTrue(out.contains("โครงการจาก CSV (projects from CSV): 5"), out);
    assertTrue(out.contains("1. การจัดงานวันสำคัญทางลูกเสือ เนตรนารี และยุวกาชาด  121,940 บาท  ไตรมาส [Q1, Q2, Q4]"), out);
    assertTrue(out.contains("CSV written back, first line: เป้าประสงค์,ตัวชี้วัด"), out);
  }
}
