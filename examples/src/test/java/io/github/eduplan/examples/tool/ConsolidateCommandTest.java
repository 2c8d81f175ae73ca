package io.github.eduplan.examples.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.cascade.RelationalExport;
import io.github.eduplan.examples.BundledCascade;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eduplan consolidate}: the bundled set's figures and finding, bad files and folders, the export. */
class ConsolidateCommandTest {
  @Test
  void theBundledSetIsConsolidated(@TempDir Path dir) throws Exception {
    Path folder = BundledCascade.copyTo(dir.resolve("tak-2"));
    ToolRun r = ToolRun.of("consolidate", folder.toString());
    assertEquals(Eduplan.OK, r.status(), r.toString());
    assertEquals("", r.err());
    String out = r.out();
    assertTrue(out.contains("6 แผน: สพฐ. 0 · สำนักงานเขตพื้นที่การศึกษา 1 · โรงเรียน 5"), out);
    assertTrue(out.contains("## งบประมาณตามหน่วยงาน"), out);
    assertTrue(out.contains("| รร.บ้านทุ่งตัวอย่าง | 1 | 3 | 72,500 |"), out);
    // the area plan's eight projects: 121,940 + 10,000 + 309,746 + 85,900 + 152,000 + 79,090 + 254,955 + 300,000
    assertTrue(out.contains("| สพป.ตาก เขต 2 | 1 | 8 | 1,313,631 |"), out);
    // and the schools' 315,300 with it
    assertTrue(out.contains("| รวมทั้งสิ้น | 6 | 21 | 1,628,931 |"), out);
    assertTrue(out.contains("| ตาก | 6 | 21 | 1,628,931 |"), out);
    assertTrue(out.contains("## งบประมาณตามยุทธศาสตร์ชาติ (national-strategy)"), out);
    assertTrue(out.contains("## กลยุทธ์ของ สพป.ตาก เขต 2 2565 และโครงการของแผนระดับล่างที่สนอง (5 แผน)"), out);
    assertTrue(out.contains("| 3 | ยกระดับคุณภาพการศึกษาให้สอดคล้องกับการเปลี่ยนแปลงในศตวรรษที่ 21 | 5 | 152,300 |"), out);
    assertTrue(out.contains("## ผลการตรวจสอบข้ามแผน"), out);
    // the one defect, in the school's strategy and its project, and nothing else
    assertTrue(out.contains("| ข้อผิดพลาด | CASCADE_SERVED_MISSING | รร.บ้านป่าตัวอย่าง 2565 | $.strategies[1].serves[0] |"), out);
    assertTrue(out.contains("| ข้อผิดพลาด | CASCADE_SERVED_MISSING | รร.บ้านป่าตัวอย่าง 2565 | $.projects[1].serves[0] |"), out);
    assertEquals(2, out.lines().filter(l -> l.contains("| CASCADE_")).count(), out);
    assertTrue(out.contains("## แผนที่หาแผนที่สนองต่อไม่พบ\n\nไม่มี"), out);
  }

  @Test
  void inEnglishTheHeadingsAreEnglish(@TempDir Path dir) throws Exception {
    Path folder = BundledCascade.copyTo(dir.resolve("tak-2"));
    ToolRun r = ToolRun.of("consolidate", folder.toString(), "--lang", "en", "--framework", "obec-policy");
    assertEquals(Eduplan.OK, r.status(), r.toString());
    assertTrue(r.out().contains("6 plans: OBEC 0 · area office 1 · school 5"), r.out());
    assertTrue(r.out().contains("## Budget by province"), r.out());
    assertTrue(r.out().contains("(obec-policy)"), r.out());
    assertTrue(r.out().contains("## Cross-plan findings"), r.out());
  }

  @Test
  void badFilesAreNamedAndTheRestConsolidated(@TempDir Path dir) throws Exception {
    Path folder = BundledCascade.copyTo(dir.resolve("tak-2"));
    Map<String, String> bad = BadInputTest.write(folder);
    ToolRun r = ToolRun.of("consolidate", folder.toString());
    assertEquals(Eduplan.UNREADABLE, r.status(), r.toString());
    assertFalse(r.hasStackTrace(), r.toString());
    assertTrue(r.out().contains("6 แผน"), "the readable plans are consolidated: " + r.out());
    List<String> lines = r.err().lines().toList();
    for (Map.Entry<String, String> e : bad.entrySet()) {
      if (e.getKey().equals("no-such-file.json") || e.getKey().equals("a-directory.json")) {
        continue;
      }
      String file = folder.resolve(e.getKey()).toString();
      assertTrue(lines.stream().anyMatch(l -> l.startsWith("eduplan: " + file + ": ") && l.contains(e.getValue())),
          e.getKey() + " in " + r.err());
    }
    assertTrue(lines.stream().allMatch(l -> l.startsWith("eduplan: ")), r.err());
  }

  @Test
  void aFolderThatIsNotOneIsRefused(@TempDir Path dir) throws Exception {
    ToolRun missing = ToolRun.of("consolidate", dir.resolve("nowhere").toString());
    assertEquals(Eduplan.UNREADABLE, missing.status(), missing.toString());
    assertEquals("eduplan: " + dir.resolve("nowhere") + ": no such file or directory\n", missing.err());
    assertEquals("", missing.out());
    Path file = Files.writeString(dir.resolve("plan.json"), "{}", StandardCharsets.UTF_8);
    ToolRun notFolder = ToolRun.of("consolidate", file.toString());
    assertEquals(Eduplan.UNREADABLE, notFolder.status(), notFolder.toString());
    assertTrue(notFolder.err().contains("not a folder"), notFolder.err());
    assertEquals(1, notFolder.err().lines().count());
    assertEquals("", notFolder.out());
  }

  @Test
  void anEmptyFolderIsAnEmptySet(@TempDir Path dir) throws Exception {
    ToolRun r = ToolRun.of("consolidate", Files.createDirectory(dir.resolve("empty")).toString(), "--lang", "en");
    assertEquals(Eduplan.OK, r.status(), r.toString());
    assertTrue(r.out().contains("0 plans"), r.out());
    assertTrue(r.out().contains("No findings."), r.out());
  }

  @Test
  void exportWritesTheTables(@TempDir Path dir) throws Exception {
    Path folder = BundledCascade.copyTo(dir.resolve("tak-2"));
    Path export = dir.resolve("out/tables");
    ToolRun r = ToolRun.of("consolidate", folder.toString(), "--export", export.toString());
    assertEquals(Eduplan.OK, r.status(), r.toString());
    assertTrue(r.out().contains("เขียนตาราง 9 ไฟล์ไว้ที่ " + export), r.out());
    for (RelationalExport.Table t : RelationalExport.Table.values()) {
      assertTrue(Files.isRegularFile(export.resolve(t.fileName())), t.fileName());
    }
    List<String> plans = Files.readAllLines(export.resolve("plans.csv"), StandardCharsets.UTF_8);
    assertEquals(7, plans.size(), plans.toString());
  }

  @Test
  void anExportThatCannotBeWrittenIsStatusFour(@TempDir Path dir) throws Exception {
    Path folder = BundledCascade.copyTo(dir.resolve("tak-2"));
    Path blocker = Files.writeString(dir.resolve("a-file"), "x", StandardCharsets.UTF_8);
    ToolRun r = ToolRun.of("consolidate", folder.toString(), "--export", blocker.resolve("tables").toString());
    assertEquals(Eduplan.CANNOT_WRITE, r.status(), r.toString());
    assertTrue(r.err().startsWith("eduplan: " + blocker.resolve("tables") + ": "), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertFalse(r.hasStackTrace(), r.toString());
  }

  @Test
  void aWrongCommandLineIsStatusTwo() {
    ToolRun none = ToolRun.of("consolidate");
    assertEquals(Eduplan.USAGE, none.status(), none.toString());
    assertTrue(none.err().contains("FOLDER"), none.err());
    ToolRun framework = ToolRun.of("consolidate", ".", "--framework", "nope");
    assertEquals(Eduplan.USAGE, framework.status(), framework.toString());
    assertTrue(framework.err().contains("unknown framework 'nope'"), framework.err());
  }

  @Test
  void helpListsTheExitCodes() {
    ToolRun r = ToolRun.of("consolidate", "--help");
    assertEquals(Eduplan.OK, r.status(), r.toString());
    assertTrue(r.out().contains("Exit codes:"), r.out());
    assertTrue(r.out().contains("--export"), r.out());
    assertTrue(r.out().contains("the --export folder cannot be written"), r.out());
  }
}
