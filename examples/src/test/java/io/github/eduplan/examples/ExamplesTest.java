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

  @Test
  void theDashboardIsOneSelfContainedHtmlFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("dashboard.html");
    StrategicPlan plan = BuildAPlan.build();
    PlanDashboard.write(plan, file);
    String html = java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<meta charset=\"utf-8\">"));
    assertEquals(2, html.split("<svg ", -1).length - 1, "two charts");
    assertTrue(html.contains("45,000 บาท"), "the budget of the one project");
    assertTrue(!html.replace("http://www.w3.org/2000/svg", "").contains("http"),
        "no network reference other than the SVG namespace");
  }

  @Test
  void alignmentCoverageShowsTheTraceAndTheBudgetTables() {
    String out = capture(o -> AlignmentCoverage.run(BundledPlans.load(BundledPlans.TAK_2_2565), o));
    assertTrue(out.contains("ระดับ 1 · national-strategy 3"), out);
    assertTrue(out.contains("งบประมาณตามนโยบาย สพฐ."), out);
    assertTrue(out.contains("8,095,606"), out);
    assertTrue(out.contains("| "), "Markdown tables");
  }

  @Test
  void theDefaultReportShowsCountsBudgetsAndCoverage() {
    String out = capture(o -> PlanReport.print(BundledPlans.load(BundledPlans.TAK_2_2565), o));
    assertTrue(out.contains("กลยุทธ์ 4 · ตัวชี้วัด 21 · โครงการ 59 · งบประมาณรวม 8,095,606 บาท"), out);
    assertTrue(out.matches("(?s).*ไตรมาส 4 +2,452,813 บาท.*"), out);
    assertTrue(out.contains("ความสอดคล้องกับยุทธศาสตร์ชาติ"), out);
    assertTrue(out.contains("ผลการตรวจสอบแผน (validation): 14 รายการ — ข้อผิดพลาด 5, คำเตือน 0"), out);
  }
}
