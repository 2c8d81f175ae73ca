package io.github.eduplan.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken tables, as uploads bring them: each gives one {@link TableFormatException}
 * naming the row and column (and the sheet, for XLSX), quickly and without running out of memory.
 */
class TableHostileTest {
  static final TableFormat F = TableFormat.DEFAULT.withDefaultDirection(Direction.INCREASE);

  static TableFormatException indicators(String csv) {
    return assertThrows(TableFormatException.class, () -> IndicatorTable.readCsv(new StringReader(csv), F));
  }

  static TableFormatException projects(String csv) {
    return assertThrows(TableFormatException.class, () -> ProjectBudgetTable.readCsv(new StringReader(csv), F));
  }

  static TableFormatException projectsXlsx(byte[] xlsx) {
    return assertThrows(TableFormatException.class,
        () -> ProjectBudgetTable.readXlsx(new ByteArrayInputStream(xlsx), F));
  }

  static void at(TableFormatException e, int row, int column) {
    assertEquals(row, e.row(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
  }

  /** A workbook of one sheet "โครงการ" with these rows; a cell that is a Number is a numeric cell. */
  static byte[] workbook(List<List<Object>> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook wb = new Workbook(out, "test", "1.0");
    Worksheet ws = wb.newWorksheet("โครงการ");
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < rows.get(r).size(); c++) {
        Object v = rows.get(r).get(c);
        if (v instanceof Number n) {
          ws.value(r, c, n);
        } else if (v != null) {
          ws.value(r, c, v.toString());
        }
      }
    }
    wb.finish();
    return out.toByteArray();
  }

  /** A zip archive of these parts, each deflated. */
  static byte[] zip(String name, byte[] content, int times) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry(name));
      for (int i = 0; i < times; i++) {
        zip.write(content);
      }
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  @Test
  void unbalancedQuotes() {
    TableFormatException e = indicators("ตัวชี้วัด,ค่าเป้าหมาย 2565\nก,1\n\"ข,2\n");
    assertTrue(e.row() >= 3, e.getMessage());
    assertTrue(e.problem().startsWith("not valid CSV"), e.problem());
  }

  @Test
  void unknownAndRepeatedColumns() {
    TableFormatException unknown = indicators("ตัวชี้วัด,สีประจำตัว\nก,แดง\n");
    at(unknown, 1, 2);
    assertEquals("unknown column 'สีประจำตัว'", unknown.problem());
    TableFormatException twoTargets = indicators("ตัวชี้วัด,ค่าเป้าหมาย 2566,ค่าเป้าหมาย ๒๕๖๖\nก,1,2\n");
    at(twoTargets, 1, 3);
    assertEquals("the column 'ค่าเป้าหมาย ๒๕๖๖' repeats column 2 (B) 'ค่าเป้าหมาย 2566'", twoTargets.problem());
    TableFormatException twoQuarters = projects("ที่,โครงการ,งบประมาณ,ไตรมาส 1,ไตรมาส 1\n1,ก,500,100,200\n");
    at(twoQuarters, 1, 5);
    assertEquals("ไตรมาส 1", twoQuarters.header());
    at(projects("ที่,โครงการ,งบประมาณ,ไตรมาส 5\n1,ก,500,1\n"), 1, 4);
  }

  @Test
  void quarterListsThatAreNotQuartersAreRefusedNotDropped() throws IOException {
    for (String bad : List.of("4-1", "1,5", "0", "1,2,x", "4-1,5,0")) {
      TableFormatException e = projects("ที่,โครงการ,งบประมาณ,ไตรมาสที่ดำเนินการ\n1,ก,500,\"" + bad + "\"\n");
      at(e, 2, 4);
    }
    assertEquals(4, ProjectBudgetTable.readCsv(new StringReader(
        "ที่,โครงการ,งบประมาณ,ไตรมาสที่ดำเนินการ\n1,ก,500,๑ – ๔\n"), F).projects().get(0).activeQuarters().size());
  }

  @Test
  void aRowWiderThanTheHeader() throws IOException {
    at(indicators("ตัวชี้วัด,ค่าเป้าหมาย 2565\nก,1,2\n"), 2, 3);
    // Blank cells past the header, as a spreadsheet may save them, are no content.
    assertEquals(1, IndicatorTable.readCsv(new StringReader("ตัวชี้วัด,ค่าเป้าหมาย 2565\nก,1,,\n"), F).indicators().size());
  }

  @Test
  void numbersAndAmountsThatAreNot() {
    TableFormatException value = indicators("ตัวชี้วัด,ค่าเป้าหมาย 2565\nก,\"1,00\"\n");
    at(value, 2, 2);
    assertEquals("not a number: '1,00'", value.problem());
    TableFormatException quarter = projects("ที่,โครงการ,งบประมาณ,ไตรมาส 1,ไตรมาส 2\n1,ก,500,สองหมื่น,0\n");
    at(quarter, 2, 4);
    assertEquals("not an amount of baht: 'สองหมื่น'", quarter.problem());
    at(projects("ที่,โครงการ,งบประมาณ\n1,ก,-10\n"), 2, 3);
    at(projects("ที่,โครงการ,งบประมาณ\n1,ก,10.001\n"), 2, 3);
    at(indicators("ตัวชี้วัด,ค่าเป้าหมาย 2565\nก,ไม่ต่ำกว่า มาก\n"), 2, 2);
    at(indicators("ตัวชี้วัด,ค่าเป้าหมาย 2565\nก,ระหว่าง 90 ถึง 80\n"), 2, 2);
    at(indicators("ตัวชี้วัด,ทิศทาง\nก,ขึ้น\n"), 2, 2);
    at(indicators("ตัวชี้วัด,ชนิดการวัด\nก,มาก\n"), 2, 2);
    at(indicators("ตัวชี้วัด,ค่าเป้าหมาย\nก,1\n"), 1, 2);
    at(indicators("ตัวชี้วัด,มาตรวัด\nก,ระดับใหม่\n"), 2, 2);
    at(indicators("แถว,ตัวชี้วัด\nหัวข้อ,ก\n"), 2, 1);
    at(indicators("แถว,ตัวชี้วัด,หน่วยนับ\nเป้าประสงค์,ก,ร้อยละ\n"), 2, 3);
    at(projects("ที่,โครงการ,งบประมาณ,จำนวนโครงการ\n1,ก,500,3\n"), 2, 4);
    at(projects("ที่,โครงการ,งบประมาณ,กลยุทธ์,กลุ่มงาน\nรวม,ก,500,1,กลุ่มอำนวยการ\n"), 2, 5);
    at(projects("ที่,โครงการ,งบประมาณ\n,ก,500\n"), 2, 1);
    at(projects("ที่,โครงการ,งบประมาณ,ผู้รับผิดชอบ,ตำแหน่ง\n1,ก,500,นาย ก,\"ผอ.\nรอง ผอ.\"\n"), 2, 5);
  }

  @Test
  void aMillionColumns() {
    TableFormatException e = projects("ที่,โครงการ,งบประมาณ\n1,ก,1" + ",".repeat(1_000_000) + "\n");
    assertEquals("a row has at most 1000 cells, this one has 1000003", e.problem());
    assertEquals(2, e.row());
  }

  @Test
  void aHundredMegabyteCellInCsv() {
    TableFormatException e = assertThrows(TableFormatException.class, () -> ProjectBudgetTable.readCsv(
        TableLimitsTest.repeated("ที่,โครงการ,งบประมาณ\n1,", 'ก', 100L << 20), F));
    assertTrue(e.problem().startsWith("not valid CSV: String value length"), e.problem());
    assertEquals(2, e.row());
  }

  @Test
  void aHundredMegabyteCellInXlsxIsAZipBomb() throws IOException {
    byte[] head = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
        .getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(head);
      byte[] a = new byte[1 << 20];
      java.util.Arrays.fill(a, (byte) 'a');
      for (int i = 0; i < 100; i++) {
        zip.write(a);
      }
      zip.closeEntry();
    }
    assertTrue(out.size() < 1 << 20, "the file is small: " + out.size());
    TableFormatException e = projectsXlsx(out.toByteArray());
    assertTrue(e.problem().startsWith("the XLSX file unzips to more than 67108864 bytes"), e.problem());
    assertEquals(-1, e.row());
  }

  @Test
  void aZipBombAsXlsx() throws IOException {
    byte[] zeros = new byte[1 << 20];
    byte[] bomb = zip("xl/sharedStrings.xml", zeros, 1024);
    assertTrue(bomb.length < 2 << 20, "a gigabyte in " + bomb.length + " bytes");
    TableFormatException e = projectsXlsx(bomb);
    assertTrue(e.problem().contains("zip bomb"), e.problem());
  }

  @Test
  void filesThatAreNotXlsx() throws IOException {
    assertTrue(projectsXlsx("ที่,โครงการ,งบประมาณ\n".getBytes(StandardCharsets.UTF_8)).problem()
        .startsWith("not an XLSX file"));
    assertTrue(projectsXlsx(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}).problem().contains(".xls"));
    byte[] good = workbook(List.of(List.of("ที่", "โครงการ", "งบประมาณ")));
    assertTrue(projectsXlsx(java.util.Arrays.copyOf(good, good.length / 2)).problem().startsWith("not an XLSX file"));
    assertTrue(projectsXlsx(zip("hello.txt", "hi".getBytes(StandardCharsets.UTF_8), 1)).problem()
        .startsWith("not a valid XLSX file"));
    TableFormatException csvAsXlsx = assertThrows(TableFormatException.class,
        () -> ProjectBudgetTable.readCsv(new ByteArrayInputStream(good), F));
    assertTrue(csvAsXlsx.problem().contains("readXlsx"), csvAsXlsx.problem());
  }

  @Test
  void csvBytesThatAreNotUtf8() {
    byte[] latin1 = "ที่,โครงการ,งบประมาณ\n1,caf\u00e9,1\n".getBytes(StandardCharsets.ISO_8859_1);
    TableFormatException e = assertThrows(TableFormatException.class,
        () -> ProjectBudgetTable.readCsv(new ByteArrayInputStream(latin1), F));
    assertTrue(e.problem().startsWith("not UTF-8"), e.problem());
    assertEquals(2, e.row(), "the row of the first byte that is not UTF-8");
    byte[] utf16 = "\uFEFFที่".getBytes(StandardCharsets.UTF_16LE);
    assertTrue(assertThrows(TableFormatException.class,
        () -> ProjectBudgetTable.readCsv(new ByteArrayInputStream(utf16), F)).problem().contains("UTF-16"));
  }

  @Test
  void xlsxErrorsNameTheSheetRowAndColumn() throws IOException {
    byte[] xlsx = workbook(List.of(
        List.of("ที่", "โครงการ", "งบประมาณ", "ไตรมาส 1"),
        List.of(1, "ก", 500, 100),
        List.of("2", "ข", "๕๐๐", "หนึ่งร้อย")));
    TableFormatException e = projectsXlsx(xlsx);
    assertEquals("โครงการ", e.sheet());
    at(e, 3, 4);
    assertTrue(e.getMessage().endsWith("(sheet 'โครงการ', row 3, column 4 (D) 'ไตรมาส 1')"), e.getMessage());
  }

  @Test
  void anXlsxEditedInExcelReadsBack() throws IOException {
    // Numbers typed as numbers or as text, Thai digits, a number where text was written, blank rows.
    byte[] xlsx = workbook(java.util.Arrays.asList(
        List.of("ที่", "โครงการ", "งบประมาณ", "ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4", "ไตรมาสที่ดำเนินการ"),
        List.of(1, "ก", 121940, "24,090", "๒๒,๔๐๐", 0, new BigDecimal("75450.00"), 4),
        java.util.Arrays.asList(null, null, null),
        List.of("2.", 2565, "10,000.-", 0, 0, 5000, 5000, "3,4"),
        java.util.Arrays.asList((Object) null)));
    ProjectBudgetTable t = ProjectBudgetTable.readXlsx(new ByteArrayInputStream(xlsx), F);
    assertEquals(2, t.projects().size());
    Project first = t.projects().get(0);
    assertEquals("1", first.number());
    assertEquals(Baht.of(121_940), first.budget().orElseThrow());
    assertEquals(QuarterlyBudget.of(24_090, 22_400, 0, 75_450), first.quarterlyPlan().orElseThrow());
    assertEquals("2565", t.projects().get(1).title());
    assertEquals(Baht.of(10_000), t.projects().get(1).budget().orElseThrow());
  }

  @Test
  void theWriterRefusesWhatACellCannotHoldBeforeWritingAnything() {
    Indicator unordered = Indicator.builder().text("ก").measureKind(MeasureKind.QUANTITY).direction(Direction.INCREASE)
        .addBaselines(Baseline.of(2565, IndicatorValue.number(1)), Baseline.of(2564, IndicatorValue.number(2))).build();
    StringWriter out = new StringWriter();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IndicatorTable.of(List.of(), List.of(unordered)).writeCsv(out, F));
    assertTrue(e.getMessage().contains("baselines in year order"), e.getMessage());
    assertEquals("", out.toString());
    Indicator unitWithBreak = Indicator.builder().from(unordered).baselines(List.of())
        .addResponsibleUnits("กลุ่ม\nนิเทศ").build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    assertThrows(IllegalArgumentException.class,
        () -> IndicatorTable.of(List.of(), List.of(unitWithBreak)).writeXlsx(bytes, F));
    assertEquals(0, bytes.size());
  }

  @Test
  void aMissingFastexcelJarIsNamed() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Xlsx.require("org.dhatim.fastexcel.NotThere", "org.dhatim:fastexcel:0.19.0"));
    assertTrue(e.getMessage().startsWith("XLSX tables need the optional dependency org.dhatim:fastexcel:0.19.0"),
        e.getMessage());
  }

  @Test
  void formulasAreNotRunAndReadBackAsTheText() throws IOException {
    List<String> hostile = List.of("=HYPERLINK(\"http://example.invalid\",\"คลิก\")", "+1+1", "-2+3", "@SUM(A1)",
        "\tแท็บ", "\rขึ้นบรรทัด", "'อัญประกาศ", "''สอง", "-", "- นาย ก", "=");
    // Characters XML cannot hold and Excel's own escapes, which only the XLSX form has to carry.
    List<String> xml = List.of("_x0041_ ไม่ใช่ A", "_x005F_x0041_", "ควบคุม\u0001\u001F", "ขึ้น\r\nบรรทัด", "\uD800 ครึ่งคู่",
        "\uD83D\uDE00 คู่", "\uFFFE");
    List<Project> projects = new java.util.ArrayList<>();
    for (int k = 0; k < hostile.size(); k++) {
      projects.add(Project.builder().number(Integer.toString(k + 1)).title(hostile.get(k)).group(hostile.get(k)).build());
    }
    ProjectBudgetTable table = ProjectBudgetTable.of(projects, List.of());
    StringWriter csv = new StringWriter();
    table.writeCsv(csv, F);
    List<Grid.Row> rows = CsvRows.read(new StringReader(csv.toString())).rows();
    for (int k = 0; k < hostile.size(); k++) {
      String stored = rows.get(k + 1).raw(1);
      String title = hostile.get(k);
      assertEquals(title.equals("-") ? "-" : "'" + title, stored);
      assertTrue(stored.equals("-") || stored.startsWith("'"), stored);
    }
    assertTrue(csv.toString().contains(",\"'=HYPERLINK("), csv.toString());
    ProjectBudgetTable odd = ProjectBudgetTable.of(xml.stream().map(t -> Project.builder().number("1").title(t).build())
        .toList(), List.of());
    ByteArrayOutputStream oddXlsx = new ByteArrayOutputStream();
    odd.writeXlsx(oddXlsx, F);
    assertEquals(odd, ProjectBudgetTable.readXlsx(new ByteArrayInputStream(oddXlsx.toByteArray()), F));
    assertEquals(table, ProjectBudgetTable.readCsv(new StringReader(csv.toString()), F));
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    table.writeXlsx(xlsx, F);
    assertEquals(table, ProjectBudgetTable.readXlsx(new ByteArrayInputStream(xlsx.toByteArray()), F));
    try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
      List<org.dhatim.fastexcel.reader.Row> sheet = wb.getFirstSheet().read();
      assertEquals("'=HYPERLINK(\"http://example.invalid\",\"คลิก\")", sheet.get(1).getCellText(1));
      for (org.dhatim.fastexcel.reader.Row row : sheet) {
        row.stream().filter(java.util.Objects::nonNull).forEach(c ->
            assertTrue(c.getType() != org.dhatim.fastexcel.reader.CellType.FORMULA, c.toString()));
      }
    }
  }
}
