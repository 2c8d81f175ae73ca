package io.github.eduplan.examples.tool;

import static io.github.eduplan.examples.tool.ToolRun.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code eduplan report} shows the plan's context tables, the cells its findings point at, and the SWOTs. */
class SituationReportTest {
  @Test
  void theTakReportListsItsContextTablesAndTheFaultyCells() {
    ToolRun r = ToolRun.of("report", plan("tak-2-2565.json"));
    assertEquals(Eduplan.OK, r.status(), r.err());
    String out = r.out();
    assertTrue(out.contains("## สภาพปัจจุบัน: ตารางข้อมูลพื้นฐาน"), out);
    assertTrue(out.contains("| 2.1 จำนวนนักเรียนในสังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2 จำแนกตามระดับชั้น"
        + " ปีการศึกษา 2562 - 2564 | 20 × 9 | 90 | 1 |"), out);
    assertTrue(out.contains("## ช่องที่ตรวจพบข้อผิดพลาด"), out);
    assertTrue(out.contains("| 1 | รวม · จำนวน นักเรียน (r5c4) | 52,119 | ตาราง 1"), out);
    assertTrue(out.contains("| 6 | 2563 · รวมทั้งสิ้น (r1c6) | 70 |"), out);
    assertTrue(out.contains("| การวิเคราะห์สภาพแวดล้อม (SWOT Analysis) ด้านการศึกษาของจังหวัดตาก | S 5 · W 8 · O 7 · T 5 |"), out);
  }

  @Test
  void aPlanWithoutASituationReportsAsBefore() {
    String out = ToolRun.of("report", plan("trang-2-2563-2565.json")).out();
    assertFalse(out.contains("สภาพปัจจุบัน"), out);
    assertFalse(out.contains("SWOT"), out);
  }
}
