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
    assertTrue(out.contains("กลยุทธ์ที่ 1 สร้างความเข้มแข็งและความปลอดภัยในสถานศึกษา"), out);
    assertTrue(out.contains("      ข้อมูลพื้นฐาน 2564: 90 · 2565: 93\n"), out);
    assertTrue(out.contains("      ค่าเป้าหมาย 2566: 94 · 2567: 95 · 2568: 96 · 2569: 98 · 2570: 100\n"), out);
    assertTrue(!out.contains("Target{"), out);
    assertTrue(out.contains("โครงการจาก CSV (projects from CSV): 5"), out);
    assertTrue(out.contains("1. การจัดงานวันสำคัญทางลูกเสือ เนตรนารี และยุวกาชาด  121,940 บาท"
        + "  ไตรมาส 1–4: 24,090 / 22,400 / 0 / 75,450  ดำเนินการไตรมาส 1,2,4"), out);
    assertTrue(out.contains("  รวมกลยุทธ์ที่ 1: 149,940 บาท"), out);
    assertTrue(out.contains("CSV written back, first line: แถว,ที่,รายการ,"), out);
  }

  @Test
  void exportToExcelWritesFilesThatReadBackTheSame(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    String out = ExamplesTest.capture(o -> ExportToExcel.run(o, dir));
    assertTrue(out.contains("tak-2-2565-projects.xlsx: 59 projects and 27 stated totals"), out);
    assertTrue(out.contains("read back: the same tables"), out);
    assertTrue(java.nio.file.Files.exists(dir.resolve("tak-2-2565-indicators.xlsx")));
  }

  @Test
  void consolidateAreaShowsTheSetsFiguresAndItsFinding(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path folder = BundledCascade.copyTo(dir.resolve("tak-2"));
    String out = capture(o -> {
      try {
        ConsolidateArea.run(folder, dir.resolve("export"), o);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertTrue(out.contains("แผน (plans): 6, ไม่พบแผนที่สนองต่อ (unresolved): 0"), out);
    assertTrue(out.contains("  รวม (total): 21 โครงการ, 1,628,931 บาท"), out);
    assertTrue(out.contains("  กลยุทธ์ที่ 3 ยกระดับคุณภาพการศึกษาให้สอดคล้องกับการเปลี่ยนแปลงในศตวรรษที่ 21: 5 โครงการ, 152,300 บาท"), out);
    assertTrue(out.contains("ยุทธศาสตร์ชาติ (national strategy) 3 "), out);
    assertTrue(out.contains("CASCADE_SERVED_MISSING · โรงเรียนบ้านป่าตัวอย่าง"), out);
    assertTrue(!out.contains("อ่านไม่ได้"), out);
    assertTrue(out.contains("  plans.csv 6 บรรทัด (lines after the header)"), out);
    assertTrue(out.contains("  upward_links.csv 29 บรรทัด (lines after the header)"), out);
    assertTrue(java.nio.file.Files.exists(dir.resolve("export/quarterly_budgets.csv")));
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
    assertTrue(out.contains("ผลการตรวจสอบแผน (validation): 31 รายการ — ข้อผิดพลาด 10, คำเตือน 12"), out);
  }

  @Test
  void validateAPlanReportsTratInBothLanguagesAndHonoursTheConfiguration() {
    String out = capture(o -> ValidateAPlan.run(BundledPlans.load("trang-2-2563-2565.json"), o));
    assertTrue(out.contains("5 findings, 2 errors"), out);
    assertTrue(out.contains("ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[1]"), out);
    assertTrue(out.contains("  th: ชื่อหน่วยงานคือ สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตรัง เขต 2"), out);
    assertTrue(out.contains("ตราด"), out);
    assertTrue(out.contains("configured: 4 findings, 0 errors"), "two errors re-graded, one warning off: " + out);
    assertTrue(out.contains("own rule: OFFICE_VISION_REQUIRED (ERROR)"), out);
  }

  @Test
  void theOfficesOwnRuleFiresOnAPlanWithoutAVision() {
    var report = io.github.eduplan.validation.PlanValidator.builder().addRule(ValidateAPlan.VISION_REQUIRED).build()
        .validate(BundledPlans.load("chiangrai-2-2566-2570.json"));
    assertEquals(1, report.findings().size());
    assertEquals("$.vision", report.findings().get(0).path());
    assertEquals("แผนไม่มีวิสัยทัศน์ (the plan states no vision)", report.findings().get(0).message(java.util.Locale.ENGLISH));
  }
}
