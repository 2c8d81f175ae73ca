package io.github.eduplan.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.Person;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.Target;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables whose columns come in any order, rows shorter or longer than the header, and bad headers. */
class TableEdgesTest {
  static Indicator only(String csv) throws IOException {
    IndicatorTable t = IndicatorTable.read(new StringReader(csv), Direction.INCREASE);
    assertEquals(1, t.indicators().size());
    return t.indicators().get(0);
  }

  static Project onlyProject(String csv) throws IOException {
    ProjectBudgetTable t = ProjectBudgetTable.read(new StringReader(csv));
    assertEquals(1, t.projects().size());
    return t.projects().get(0);
  }

  static TableFormatException refused(String csv) {
    return assertThrows(TableFormatException.class,
        () -> IndicatorTable.read(new StringReader(csv), Direction.INCREASE));
  }

  static TableFormatException refusedProjects(String csv) {
    return assertThrows(TableFormatException.class, () -> ProjectBudgetTable.read(new StringReader(csv)));
  }

  @Test
  void unitDirectionAndKindAreReadInTheFirstColumnToo() throws IOException {
    Indicator percent = only("หน่วยนับ,ตัวชี้วัด,เป้าหมาย ปี 2565\nร้อยละ,1. ร้อยละของผู้เรียน,80\n");
    assertEquals(MeasureKind.PERCENTAGE, percent.measureKind());
    assertEquals("ร้อยละ", percent.unit().orElseThrow().toString());
    Indicator decrease = only("ทิศทาง,ตัวชี้วัด,เป้าหมาย ปี 2565\nลดลง,1. จำนวนนักเรียนออกกลางคัน,3\n");
    assertEquals(Direction.DECREASE, decrease.direction());
    Indicator text = only("ชนิดการวัด,ตัวชี้วัด,เป้าหมาย ปี 2565\nTEXT,1. มีระบบดูแลช่วยเหลือ,ครบ\n");
    assertEquals(MeasureKind.TEXT, text.measureKind());
  }

  @Test
  void englishBaselineAndTargetHeadersAreReadLikeThaiOnes() throws IOException {
    Indicator i = only("ตัวชี้วัด,Baseline 2564,Target 2565\n1. ร้อยละของผู้เรียน,70,80\n");
    assertEquals(2564, i.baselines().get(0).year());
    assertEquals(IndicatorValue.number(new BigDecimal("70")), i.baselines().get(0).value());
    assertEquals(IndicatorValue.number(new BigDecimal("80")), i.targetFor(FiscalYear.of(2565)).orElseThrow().value());
  }

  @Test
  void aRowShorterThanTheHeaderHasBlankCellsAtItsEnd() throws IOException {
    Indicator i = only("ตัวชี้วัด,หน่วยนับ,ทิศทาง,ข้อมูลพื้นฐาน ปี 2564,เป้าหมาย ปี 2565\n1. จำนวนโรงเรียน\n");
    assertEquals("จำนวนโรงเรียน", i.text());
    assertTrue(i.unit().isEmpty());
    assertEquals(Direction.INCREASE, i.direction());
    assertTrue(i.targets().isEmpty());
  }

  @Test
  void blankRowsBetweenIndicatorsAreSkipped() throws IOException {
    IndicatorTable t = IndicatorTable.read(new StringReader(
        "ตัวชี้วัด,เป้าหมาย ปี 2565\n1. ก,1\n,\n , \n2. ข,2\n"), Direction.INCREASE);
    assertEquals(2, t.indicators().size());
    assertEquals("ข", t.indicators().get(1).text());
  }

  @Test
  void yearColumnsMayNameTheFirstAndLastYearOfTheCalendar() throws IOException {
    Indicator i = only("ตัวชี้วัด,ข้อมูลพื้นฐาน ปี 2400,เป้าหมาย ปี 2999\n1. ก,1,2\n");
    assertEquals(2400, i.baselines().get(0).year());
    assertEquals(Target.of(2), i.targetFor(FiscalYear.of(2999)).orElseThrow());
    assertEquals(2, refused("ตัวชี้วัด,เป้าหมาย ปี 2399\n1. ก,1\n").column());
    assertEquals(2, refused("ตัวชี้วัด,เป้าหมาย ปี 3000\n1. ก,1\n").column());
  }

  @Test
  void valuesThatAreAllYesOrNoOrNotAvailableMakeAYesNoIndicator() throws IOException {
    String header = "ตัวชี้วัด,ข้อมูลพื้นฐาน ปี 2564,เป้าหมาย ปี 2565\n";
    assertEquals(MeasureKind.YES_NO, only(header + "1. มีแผน,N/A,มี\n").measureKind());
    assertEquals(MeasureKind.QUANTITY, only(header + "1. มีแผน,N/A,N/A\n").measureKind());
    assertEquals(MeasureKind.QUANTITY, only(header + "1. จำนวน,5,มี\n").measureKind());
    assertEquals(MeasureKind.QUANTITY, only(header + "1. จำนวน,,\n").measureKind());
  }

  @Test
  void indicatorTableErrorsNameTheirRowAndColumn() {
    TableFormatException unknown = refused("ตัวชี้วัด,หมายเหตุ\n1. ก,x\n");
    assertEquals(1, unknown.row());
    assertEquals(2, unknown.column());
    assertEquals("หมายเหตุ", unknown.header());
    TableFormatException noIndicator = refused("หน่วยนับ,เป้าหมาย ปี 2565\nร้อยละ,1\n");
    assertEquals(1, noIndicator.row());
    assertEquals(-1, noIndicator.column());
    TableFormatException tooLong = refused("ตัวชี้วัด,เป้าหมาย ปี 2565\n1. ก,1,2\n");
    assertEquals(2, tooLong.row());
    assertEquals(3, tooLong.column());
    TableFormatException badBaseline = refused("ตัวชี้วัด,ข้อมูลพื้นฐาน ปี 2564\n1. ก,\"1,00\"\n");
    assertEquals(2, badBaseline.row());
    assertEquals(2, badBaseline.column());
    assertEquals("ข้อมูลพื้นฐาน ปี 2564", badBaseline.header());
    TableFormatException badKind = refused("ตัวชี้วัด,ชนิดการวัด\n1. ก,มาก\n");
    assertEquals(2, badKind.column());
    assertEquals("ชนิดการวัด", badKind.header());
    assertTrue(badKind.problem().startsWith("not a measure kind"), badKind.problem());
    assertTrue(!badKind.problem().contains("(row"), badKind.problem());
  }

  @Test
  void brokenCsvIsReportedAtItsLine() {
    TableFormatException e = refused("ตัวชี้วัด,เป้าหมาย ปี 2565\n1. ก,1\n\"2. ข,2\n");
    assertTrue(e.row() >= 3, "row " + e.row());
    assertTrue(e.problem().startsWith("not valid CSV"), e.problem());
  }

  @Test
  void theMessageNamesTheRowAndTheColumnWhenThereIsOne() {
    assertEquals("bad (row 3, column 2 'งบประมาณ')",
        new TableFormatException("bad", 3, 2, "งบประมาณ", null).getMessage());
    assertEquals("bad (row 3, column 2)", new TableFormatException("bad", 3, 2, "", null).getMessage());
    assertEquals("bad (row 3)", new TableFormatException("bad", 3, -1, "", null).getMessage());
    assertEquals("bad (row 3, column 1)", new TableFormatException("bad", 3, 1, "", null).getMessage());
  }

  @Test
  void projectColumnsAreReadInTheFirstColumnToo() throws IOException {
    assertEquals(Baht.of(500), onlyProject("งบประมาณ,ที่,โครงการ\n500,1,ก\n").budget().orElseThrow());
    assertEquals("ก", onlyProject("โครงการ,ที่,งบประมาณ\nก,1,500\n").title());
    assertEquals(List.of(Quarter.Q2, Quarter.Q3),
        List.copyOf(onlyProject("ไตรมาสที่ดำเนินการ,ที่,โครงการ,งบประมาณ\n2-3,1,ก,500\n").activeQuarters()));
    assertEquals(List.of(Person.of("นาย ก")),
        onlyProject("ผู้รับผิดชอบ,ที่,โครงการ,งบประมาณ\nนาย ก,1,ก,500\n").responsiblePeople());
    assertEquals(QuarterlyBudget.of(500, 0, 0, 0),
        onlyProject("ไตรมาส 1,ที่,โครงการ,งบประมาณ\n500,1,ก,500\n").quarterlyPlan().orElseThrow());
  }

  @Test
  void projectTableErrorsNameTheirRowAndColumn() {
    TableFormatException quarter = refusedProjects("ที่,โครงการ,งบประมาณ,ไตรมาส 5\n1,ก,500,1\n");
    assertEquals(1, quarter.row());
    assertEquals(4, quarter.column());
    TableFormatException unknown = refusedProjects("ที่,โครงการ,งบประมาณ,หมายเหตุ\n1,ก,500,x\n");
    assertEquals(4, unknown.column());
    assertEquals("หมายเหตุ", unknown.header());
    assertEquals(-1, refusedProjects("ที่,โครงการ\n1,ก\n").column());
    assertEquals(-1, refusedProjects("ที่,งบประมาณ\n1,500\n").column());
    assertEquals(-1, refusedProjects("โครงการ,งบประมาณ\nก,500\n").column());
    TableFormatException noNumber = refusedProjects("โครงการ,ที่,งบประมาณ\nก,,500\n");
    assertEquals(2, noNumber.row());
    assertEquals(2, noNumber.column());
  }

  @Test
  void writingFlushesWhatItWrote() throws IOException {
    StringWriter indicators = new StringWriter();
    IndicatorTable.read(new StringReader("ตัวชี้วัด,เป้าหมาย ปี 2565\n1. ก,1\n"), Direction.INCREASE)
        .write(new BufferedWriter(indicators));
    assertTrue(indicators.toString().contains("ก"), indicators.toString());
    StringWriter projects = new StringWriter();
    ProjectBudgetTable.read(new StringReader("ที่,โครงการ,งบประมาณ\n1,ก,500\n")).write(new BufferedWriter(projects));
    assertTrue(projects.toString().contains("500"), projects.toString());
  }
}
