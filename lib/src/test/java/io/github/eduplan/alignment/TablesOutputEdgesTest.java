package io.github.eduplan.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.time.FiscalYearRange;
import java.io.BufferedWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the budget table and the coverage matrix are written out: CSV quoting, writers, headings. */
class TablesOutputEdgesTest {
  @Test
  void aCsvCellBeginningWithAQuoteCommaOrLineBreakIsQuoted() {
    String csv = TextTable.csv(List.of("ข้อ"),
        List.of(List.of(",ก"), List.of("\"ข\""), List.of("\nค"), List.of("\rง"), List.of("จ,")));
    assertEquals("ข้อ\r\n\",ก\"\r\n\"\"\"ข\"\"\"\r\n\"\nค\"\r\n\"\rง\"\r\n\"จ,\"\r\n", csv);
  }

  private final AlignmentLookupEdgesTest fixture = new AlignmentLookupEdgesTest();

  private AlignmentMap map() {
    return AlignmentMap.of(AlignmentLookupEdgesTest.plan(FiscalYearRange.of(2565, 2566),
        List.of(AlignmentLookupEdgesTest.strategy("1")),
        List.of(AlignmentLookupEdgesTest.project("1", "1", AlignmentLink.matrix("policy", "1.1")))), fixture.catalogue);
  }

  @Test
  void aBudgetTableIsHeadedByItsFrameworkAndWrittenWholeToAWriter() throws Exception {
    BudgetTable table = map().budgetByItem("policy");
    assertEquals("นโยบาย", table.heading());
    StringWriter target = new StringWriter();
    // A buffered writer shows nothing until flushed: the table must flush what it writes.
    table.writeCsv(new BufferedWriter(target));
    assertEquals(table.toCsv(), target.toString());
    assertEquals(table.toMarkdown(), table.toString());
  }

  @Test
  void aCoverageMatrixNamesItsFrameworkAndIsWrittenWholeToAWriter() throws Exception {
    CoverageMatrix matrix = map().coverage("policy");
    assertEquals("policy", matrix.framework().id());
    StringWriter target = new StringWriter();
    matrix.writeCsv(new BufferedWriter(target));
    assertEquals(matrix.toCsv(), target.toString());
    assertEquals(matrix.toMarkdown(), matrix.toString());
  }
}
