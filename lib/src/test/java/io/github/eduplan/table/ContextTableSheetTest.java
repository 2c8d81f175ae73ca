package io.github.eduplan.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.CellRange;
import io.github.eduplan.model.ContextRow;
import io.github.eduplan.model.ContextTable;
import io.github.eduplan.model.Derivation;
import io.github.eduplan.model.DerivationKind;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.testsupport.ContextGenerators;
import io.github.eduplan.testsupport.Examples;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A context table through CSV and XLSX: read(write(t)) keeps what a sheet holds; a pasted sheet reads. */
class ContextTableSheetTest {
  /** What a sheet holds of a table: its title, label headings, columns and rows. */
  private static ContextTable sheetPart(ContextTable t) {
    return ContextTable.builder().title(t.title()).labelHeadings(t.labelHeadings()).columns(t.columns())
        .rows(t.rows()).build();
  }

  private static ContextTable viaCsv(ContextTable t, TableFormat format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ContextTableSheet.writeCsv(t, out, format);
      return ContextTableSheet.readCsv(new ByteArrayInputStream(out.toByteArray()), ContextTableSheet.Layout.of(t));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ContextTable viaXlsx(ContextTable t) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ContextTableSheet.writeXlsx(t, out);
      return ContextTableSheet.readXlsx(new ByteArrayInputStream(out.toByteArray()), ContextTableSheet.Layout.of(t));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void readOfWriteKeepsEveryGeneratedTable() {
    qt().withExamples(Examples.upTo(200)).forAll(ContextGenerators.consistentTables()).checkAssert(t -> {
      assertEquals(sheetPart(t), viaCsv(t, TableFormat.DEFAULT));
      assertEquals(sheetPart(t), viaCsv(t, TableFormat.DEFAULT.withCsvForExcel(false)));
    });
    qt().withExamples(Examples.upTo(30)).forAll(ContextGenerators.consistentTables())
        .checkAssert(t -> assertEquals(sheetPart(t), viaXlsx(t)));
  }

  @Test
  void everyTableOfTheBundledTakPlanGoesThroughCsvAndXlsx() throws IOException {
    StrategicPlan tak = PlanJson.strict().read(Path.of("../examples/src/main/resources/plans/tak-2-2565.json"));
    for (ContextTable t : tak.situation().tables()) {
      ContextTable expected = sheetPart(ContextTable.builder().from(t)
          // A label heading the sheet has no label column for is not written.
          .build());
      assertEquals(expected, viaCsv(t, TableFormat.DEFAULT), t.title());
      assertEquals(expected, viaXlsx(t), t.title());
    }
  }

  @Test
  void aPastedSheetWithMergedHeadingsReads() throws IOException {
    // The สพป.ตาก เขต 2 FY2565 plan's population table as a spreadsheet shows it: the heading
    // จำนวนประชากร (คน) merged over ชาย, หญิง, รวม.
    String csv = """
        อำเภอ,ตำบล,หมู่บ้าน,จำนวนประชากร (คน),,,จำนวน ครัวเรือน
        ,,,ชาย,หญิง,รวม,
        แม่สอด,10,91,"30,227","29,043","59,270","20,904"

        รวม,33,306,"236,179","227,048","463,227","145,034"
        """;
    ContextTable t = ContextTableSheet.readCsv(new StringReader(csv),
        new ContextTableSheet.Layout("ข้อมูลการปกครอง ประชากร และครัวเรือน", 2, 1));
    assertEquals(List.of(List.of("ตำบล"), List.of("หมู่บ้าน"), List.of("จำนวนประชากร (คน)", "ชาย"),
        List.of("จำนวนประชากร (คน)", "หญิง"), List.of("จำนวนประชากร (คน)", "รวม"), List.of("จำนวน ครัวเรือน")),
        t.columns());
    assertEquals(List.of(), t.labelHeadings(), "อำเภอ stands in the first heading row, not the last");
    assertEquals(ContextRow.of("แม่สอด", "10", "91", "30,227", "29,043", "59,270", "20,904"), t.rows().get(0));
    assertEquals(2, t.rows().size(), "the blank row is skipped");
  }

  @Test
  void theContextPageSampleDeclaresTheTotalsOfAPastedTable() throws IOException {
    StringReader reader = new StringReader("""
        อำเภอ,ตำบล,หมู่บ้าน,จำนวนประชากร (คน),,,จำนวน ครัวเรือน
        ,,,ชาย,หญิง,รวม,
        แม่สอด,10,91,"30,227","29,043","59,270","20,904"
        แม่ระมาด,6,57,"48,939","46,219","95,158","25,346"
        ท่าสองยาง,6,67,"24,717","22,862","47,579","12,173"
        พบพระ,5,55,"86,034","84,612","170,646","63,613"
        อุ้มผาง,6,36,"46,262","44,312","90,574","22,998"
        """);
    // docs/context.md
    ContextTable population = ContextTableSheet.readCsv(reader,
        new ContextTableSheet.Layout("ข้อมูลการปกครอง ประชากร และครัวเรือน", 2, 1));
    ContextTable checked = ContextTable.builder().from(population)
        .addDerivation(Derivation.of(CellRange.parse("r0c4:r4c4"), DerivationKind.SUM,
            List.of(CellRange.parse("r0c2:r0c3"))))
        .build();
    assertEquals(List.of(), io.github.eduplan.validation.PlanValidator.standard().build()
        .validate(StrategicPlan.builder().office(io.github.eduplan.model.Office.of("สพป.ตาก เขต 2"))
            .kind(io.github.eduplan.model.PlanKind.ACTION_PLAN).period(io.github.eduplan.time.FiscalYearRange.of(2565, 2565))
            .situation(io.github.eduplan.model.Situation.builder().addTable(checked).build()).build())
        .findings());
  }

  @Test
  void aRowWiderThanItsHeadingsIsRefusedWithItsRowAndColumn() {
    String csv = "อำเภอ,ชาย,หญิง\nแม่สอด,1,2\nแม่ระมาด,1,2,3\n";
    TableFormatException e = assertThrows(TableFormatException.class, () -> ContextTableSheet.readCsv(
        new StringReader(csv), new ContextTableSheet.Layout("t", 1, 1)));
    assertEquals(3, e.row());
    assertEquals(4, e.column());
    TableFormatException ragged = assertThrows(TableFormatException.class, () -> ContextTableSheet.readCsv(
        new StringReader("แม่สอด,1,2\n\nแม่ระมาด,1\n"), new ContextTableSheet.Layout("t", 0, 1)));
    assertEquals(3, ragged.row());
    assertTrue(ragged.getMessage().contains("rows[1].cells"), ragged.getMessage());
    assertThrows(TableFormatException.class, () -> ContextTableSheet.readCsv(
        new StringReader("อำเภอ,ชาย\n"), new ContextTableSheet.Layout("t", 3, 1)));
    assertThrows(IllegalArgumentException.class, () -> new ContextTableSheet.Layout("t", 11, 1));
  }

  @Test
  void cellsThatLookLikeFormulasAreKeptAsText() throws IOException {
    ContextTable t = ContextTable.builder().title("t").addRow(ContextRow.of("=SUM(A1)", "=1+1", "-", "-๗.๑๑", "'x", " "))
        .build();
    StringWriter out = new StringWriter();
    ContextTableSheet.writeCsv(t, out, TableFormat.DEFAULT.withCsvForExcel(false));
    assertTrue(out.toString().contains("'=1+1"), out.toString());
    assertEquals(sheetPart(t), ContextTableSheet.readCsv(new StringReader(out.toString()), ContextTableSheet.Layout.of(t)));
  }
}
