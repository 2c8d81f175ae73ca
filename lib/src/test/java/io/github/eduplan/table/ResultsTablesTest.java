package io.github.eduplan.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.eduplan.achievement.ResultStatus;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.results.IndicatorResults;
import io.github.eduplan.results.PeriodResult;
import io.github.eduplan.results.ProjectProgress;
import io.github.eduplan.results.ProjectStatus;
import io.github.eduplan.results.ResultsDocument;
import io.github.eduplan.results.ResultsJson;
import io.github.eduplan.table.TableRoundTripTest.Form;
import io.github.eduplan.testsupport.Examples;
import io.github.eduplan.testsupport.ResultsGenerators;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The results tables of docs/results.md: the indicator results table and the quarterly spending
 * table read back equal in every form, for the bundled example results and generated documents;
 * tables as people type them read; and a cell that cannot be read names its row and column.
 */
class ResultsTablesTest {
  static final Path RESULTS = Path.of("../examples/src/main/resources/results");
  static final List<TableFormat> FORMATS = TableRoundTripTest.FORMATS;

  static IndicatorResultsTable again(IndicatorResultsTable t, TableFormat format, Form form) {
    return TableRoundTripTest.again(format, form, t::writeCsv, t::writeCsv, t::writeXlsx,
        IndicatorResultsTable::readCsv, IndicatorResultsTable::readCsv, IndicatorResultsTable::readXlsx);
  }

  static SpendingTable again(SpendingTable t, TableFormat format, Form form) {
    return TableRoundTripTest.again(format, form, t::writeCsv, t::writeCsv, t::writeXlsx,
        SpendingTable::readCsv, SpendingTable::readCsv, SpendingTable::readXlsx);
  }

  static Stream<String> bundledResults() throws IOException {
    try (Stream<Path> files = Files.list(RESULTS)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("bundledResults")
  void everyBundledResultsDocumentsTablesReadBackEqualInEveryForm(String name) throws IOException {
    ResultsDocument document = ResultsJson.strict().read(RESULTS.resolve(name));
    IndicatorResultsTable indicators = IndicatorResultsTable.of(document);
    SpendingTable spending = SpendingTable.of(document);
    for (TableFormat format : FORMATS) {
      for (Form form : Form.values()) {
        assertEquals(indicators, again(indicators, format, form), name + " " + format + " " + form);
        assertEquals(spending, again(spending, format, form), name + " " + format + " " + form);
      }
    }
    ResultsDocument rebuilt = ResultsDocument.builder().from(document).indicators(indicators.indicators())
        .projects(spending.projects()).build();
    assertEquals(document, rebuilt, "the two tables and the document's own header make the document");
  }

  @Test
  void generatedDocumentsTablesReadBackEqualInEveryForm() {
    qt().withExamples(Examples.upTo(1000)).withFixedSeed(2566L).forAll(ResultsGenerators.documents())
        .checkAssert(document -> {
          IndicatorResultsTable indicators = IndicatorResultsTable.of(document);
          SpendingTable spending = SpendingTable.of(document);
          for (TableFormat format : FORMATS) {
            for (Form form : List.of(Form.CSV_BYTES, Form.CSV_TEXT)) {
              assertEquals(indicators, again(indicators, format, form), format + " " + form);
              assertEquals(spending, again(spending, format, form), format + " " + form);
            }
          }
        });
  }

  @Test
  void generatedDocumentsTablesReadBackEqualFromXlsx() {
    qt().withExamples(Examples.upTo(1000)).withFixedSeed(2567L).forAll(ResultsGenerators.documents())
        .checkAssert(document -> {
          IndicatorResultsTable indicators = IndicatorResultsTable.of(document);
          SpendingTable spending = SpendingTable.of(document);
          assertEquals(indicators, again(indicators, TableFormat.DEFAULT, Form.XLSX));
          assertEquals(spending, again(spending, TableFormat.DEFAULT, Form.XLSX));
        });
  }

  static IndicatorResultsTable indicators(String csv) throws IOException {
    return IndicatorResultsTable.readCsv(new StringReader(csv), TableFormat.DEFAULT);
  }

  static SpendingTable spending(String csv) throws IOException {
    return SpendingTable.readCsv(new StringReader(csv), TableFormat.DEFAULT);
  }

  @Test
  void anIndicatorResultsTableAsPeopleTypeItReads() throws IOException {
    IndicatorResultsTable t = indicators("""
        กลยุทธ์,ที่ ,ตัวชี้วัด,ปี งบประมาณ,ไตรมาส,สถานะ,ผลการดำเนินงาน,ตัวตั้ง,ตัวหาร,แหล่งข้อมูล,วันที่ของข้อมูล
        ๑,๑.๒,ร้อยละของสถานศึกษาที่มีแผน,๒๕๖๕,,,,"1,092","1,150",ระบบ DMC,10/6/2565
        ๑,๑.๒,,2565,ไตรมาส 2,,๖๑.๕,,,,44722
        ๑,๑.๓,,2565,,,ดีมาก,,,,
        ๑,๑.๔,,2565,,ยังไม่ถึงกำหนด,-,,,,2022-06-10
        ๑,,,2565,,not applicable,,,,,
        2,2.1,,2565,Q4,,มี,,,,
        2,2.2,,2565,,,ระดับ ๔,,,,
        2,2.3,,2565,,,3 : 2,,,,
        """);
    List<IndicatorResults> r = t.indicators();
    assertEquals(7, r.size(), "one entry per indicator, its rows gathered");
    IndicatorResults first = r.get(0);
    assertEquals("๑.๒", first.code().orElseThrow(), "the code as written");
    assertEquals("ร้อยละของสถานศึกษาที่มีแผน", first.text().orElseThrow(), "the text from the row that has it");
    PeriodResult counted = first.results().get(0);
    assertEquals(new BigDecimal("1092"), counted.numerator().orElseThrow());
    assertEquals(LocalDate.of(2022, 6, 10), counted.date().orElseThrow(), "a Thai date with a Buddhist Era year");
    assertEquals(ResultStatus.REPORTED, counted.status(), "blank is reported");
    PeriodResult q2 = first.results().get(1);
    assertEquals(Quarter.Q2, q2.quarter().orElseThrow());
    assertEquals(IndicatorValue.number(new BigDecimal("61.5")), q2.value().orElseThrow());
    assertEquals(LocalDate.of(2022, 6, 10), q2.date().orElseThrow(), "an Excel date's serial number");
    assertEquals(IndicatorValue.level("ดีมาก"), r.get(1).results().get(0).value().orElseThrow());
    PeriodResult due = r.get(2).results().get(0);
    assertEquals(ResultStatus.NOT_YET_DUE, due.status());
    assertTrue(due.value().isEmpty(), "a dash beside a status without a value is no value");
    assertTrue(r.get(3).code().isEmpty(), "an uncoded indicator");
    assertEquals(ResultStatus.NOT_APPLICABLE, r.get(3).results().get(0).status());
    assertEquals(IndicatorValue.yesNo(true), r.get(4).results().get(0).value().orElseThrow());
    assertEquals(Quarter.Q4, r.get(4).results().get(0).quarter().orElseThrow());
    assertEquals(IndicatorValue.level("ระดับ ๔"), r.get(5).results().get(0).value().orElseThrow());
    assertEquals(IndicatorValue.text("3 : 2"), r.get(6).results().get(0).value().orElseThrow());
  }

  @Test
  void aSpendingTableAsPeopleTypeItReads() throws IOException {
    SpendingTable t = spending("""
        ที่,โครงการ,ปีงบประมาณ,สถานะ,เบิกจ่าย ไตรมาส ๑,เบิกจ่ายไตรมาส 2,เบิกจ่ายไตรมาส 3,หมายเหตุ
        1,การจัดงานวันสำคัญทางลูกเสือ,2565,อยู่ระหว่างดำเนินการ,"24,090",๒๒๔๐๐.๕๐,-,
        2.,,2565,ยกเลิก,,,,ยกเลิกตามนโยบาย
        """);
    ProjectProgress first = t.projects().get(0);
    assertEquals(ProjectStatus.IN_PROGRESS, first.status());
    assertEquals(Baht.of(24_090), first.spentIn(Quarter.Q1).orElseThrow());
    assertEquals(Baht.parse("22400.50"), first.spentIn(Quarter.Q2).orElseThrow());
    assertEquals(Baht.ZERO, first.spentIn(Quarter.Q3).orElseThrow(), "a dash is nothing spent");
    assertTrue(first.spentIn(Quarter.Q4).isEmpty(), "a table without the column reports nothing");
    ProjectProgress second = t.projects().get(1);
    assertEquals(ProjectStatus.CANCELLED, second.status());
    assertTrue(second.spent().isEmpty() && second.title().isEmpty());
    assertEquals("ยกเลิกตามนโยบาย", second.note().orElseThrow());
  }

  @Test
  void theWrittenTablesReadAsAPersonReadsThem() throws IOException {
    ResultsDocument document = ResultsDocument.builder()
        .plan(io.github.eduplan.results.PlanReference.builder().office("สพป.ตาก เขต 2")
            .kind(io.github.eduplan.model.PlanKind.ACTION_PLAN)
            .period(io.github.eduplan.time.FiscalYearRange.of(2565, 2565)).build())
        .reportedThrough(FiscalYear.of(2565).quarter(Quarter.Q3))
        .addIndicator(IndicatorResults.builder().strategy("1").code("1.2").occurrence(2)
            .addResult(PeriodResult.builder().year(FiscalYear.of(2565)).value(IndicatorValue.level("5")).build())
            .addResult(PeriodResult.builder().year(FiscalYear.of(2565)).quarter(Quarter.Q1)
                .value(IndicatorValue.text("=80")).build())
            .build())
        .addProject(ProjectProgress.builder().number("1").year(FiscalYear.of(2565)).status(ProjectStatus.DONE)
            .putSpent(Quarter.Q1, Baht.of(121_940)).build())
        .build();
    StringWriter out = new StringWriter();
    IndicatorResultsTable.of(document).writeCsv(out, TableFormat.DEFAULT.withCsvForExcel(false));
    assertEquals("""
        กลยุทธ์,ที่,ลำดับซ้ำ,ตัวชี้วัด,ปีงบประมาณ,ไตรมาส,สถานะ,ผลการดำเนินงาน,ตัวตั้ง,ตัวหาร,แหล่งข้อมูล,วันที่ของข้อมูล,หมายเหตุ
        1,1.2,2,,2565,,รายงานแล้ว,ระดับ: 5,,,,,
        1,1.2,2,,2565,1,รายงานแล้ว,'=80,,,,,
        """, out.toString(), "a level that reads as a number is marked; text that reads as a formula is literal");
    out = new StringWriter();
    SpendingTable.of(document).writeCsv(out, TableFormat.DEFAULT.withLanguage(TableFormat.Language.ENGLISH)
        .withCsvForExcel(false));
    assertEquals("""
        number,project,fiscal year,status,spent quarter 1,spent quarter 2,spent quarter 3,spent quarter 4,note
        1,,2565,done,"121,940",,,,
        """, out.toString());
  }

  static void refused(String csv, boolean spending, String problem, int row, int column) {
    TableFormatException e = assertThrows(TableFormatException.class,
        () -> {
          if (spending) {
            spending(csv);
          } else {
            indicators(csv);
          }
        });
    assertTrue(e.problem().contains(problem), e.getMessage());
    assertEquals(row, e.row(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
  }

  @Test
  void aCellThatCannotBeReadNamesItsRowAndColumn() {
    String head = "กลยุทธ์,ที่,ปีงบประมาณ,ไตรมาส,สถานะ,ผลการดำเนินงาน,ตัวตั้ง,ตัวหาร,ตัวชี้วัด\n";
    refused("กลยุทธ์,ที่,ผลการดำเนินงาน\n1,1,80\n", false, "needs the column ปีงบประมาณ (fiscal year)", 1, -1);
    refused("กลยุทธ์,ที่,ปีงบประมาณ,ค่าเป้าหมาย\n", false, "unknown column 'ค่าเป้าหมาย'", 1, 4);
    refused(head + "1,1,2022,,,80,,,\n", false, "not a fiscal year", 2, 3);
    refused(head + "1,1,2565,5,,80,,,\n", false, "a quarter is 1 to 4", 2, 4);
    refused(head + "1,1,2565,,รอผล,80,,,\n", false, "not a status: 'รอผล'", 2, 5);
    refused(head + "1,1,2565,,,,92,,\n", false, "numerator and denominator come together", 2, -1);
    refused(head + "1,1,2565,,,,,,\n", false, "a REPORTED result needs a value", 2, -1);
    refused(head + "1,1,2565,,,80,,,\n1,1.,2565,,,81,,,\n", false,
        "indicator 1/1 has a second result for 2565 (whole year): the first is in row 2", 3, -1);
    refused(head + "1,1,2565,,,80,,,ร้อยละ ก\n1,1,2565,2,,81,,,ร้อยละ ข\n", false, "has another text", 3, 9);
    refused(head + "1,1,2565,,,80,สิบ,10,\n", false, "not a number: 'สิบ'", 2, 7);
    String spent = "ที่,ปีงบประมาณ,สถานะ,เบิกจ่ายไตรมาส 1\n";
    refused(spent + "1,2565,,100\n", true, "a row needs its status", 2, 3);
    refused(spent + "1,2565,done,สองหมื่น\n", true, "not an amount of baht: 'สองหมื่น'", 2, 4);
    refused(spent + "1,2565,done,-5\n", true, "not an amount of baht", 2, 4);
    refused(spent + "1,2565,done,5\n๑,2565,done,6\n", true, "project ๑ is given a second time for 2565", 3, 1);
    refused("ที่,ปีงบประมาณ,สถานะ,ไตรมาส 1\n", true, "unknown column 'ไตรมาส 1'", 1, 4);
  }
}
