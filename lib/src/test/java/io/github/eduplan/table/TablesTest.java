package io.github.eduplan.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.AlignmentEvidence;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Comparison;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.Person;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.StatedTotal;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.Target;
import io.github.eduplan.model.TotalScope;
import io.github.eduplan.model.Unit;
import io.github.eduplan.model.YearBasis;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables as people type them and as Excel saves them, and what the writer produces. */
class TablesTest {
  static final TableFormat INCREASE = TableFormat.DEFAULT.withDefaultDirection(Direction.INCREASE);

  static IndicatorTable indicators(String csv) throws IOException {
    return IndicatorTable.readCsv(new StringReader(csv), INCREASE);
  }

  static Indicator only(String csv) throws IOException {
    List<Indicator> all = indicators(csv).indicators();
    assertEquals(1, all.size());
    return all.get(0);
  }

  static ProjectBudgetTable projects(String csv) throws IOException {
    return ProjectBudgetTable.readCsv(new StringReader(csv), TableFormat.DEFAULT);
  }

  static byte[] csvBytes(IndicatorTable table, TableFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    table.writeCsv(out, format);
    return out.toByteArray();
  }

  static final Indicator PERCENT = Indicator.builder().code("1.").text("ร้อยละของผู้เรียนที่มีความรู้")
      .unit(Unit.PERCENT).measureKind(MeasureKind.PERCENTAGE).direction(Direction.INCREASE)
      .addBaseline(Baseline(2564, "90")).putTarget(FiscalYear.of(2566), Target.of(94)).goal("1").build();

  static io.github.eduplan.model.Baseline Baseline(int year, String value) {
    return io.github.eduplan.model.Baseline.of(year, IndicatorValue.number(new BigDecimal(value)));
  }

  @Test
  void writtenCsvStartsWithAByteOrderMarkAndEndsLinesWithCrlf() throws IOException {
    IndicatorTable table = IndicatorTable.of(List.of(Goal.builder().number("1").text("ผู้เรียนปลอดภัย").build()),
        List.of(PERCENT));
    byte[] bytes = csvBytes(table, TableFormat.DEFAULT);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.contains("\r\n"), text);
    assertFalse(text.replace("\r\n", "").contains("\n"), text);
    assertTrue(text.startsWith("\uFEFFแถว,ที่,รายการ,เป้าประสงค์ที่,แนวทางที่,หน่วยนับ,ชนิดการวัด,ทิศทาง,มาตรวัด,"
        + "ข้อมูลพื้นฐาน 2564,ค่าเป้าหมาย 2566,หน่วยงานที่รับผิดชอบ,ความสอดคล้อง,หมายเหตุ\r\n"), text);
    assertTrue(text.contains("\r\nตัวชี้วัด,1.,ร้อยละของผู้เรียนที่มีความรู้,1,,ร้อยละ,ร้อยละ,เพิ่มขึ้น,,90,94,,,\r\n"), text);
    String plain = new String(csvBytes(table, TableFormat.DEFAULT.withCsvForExcel(false)
        .withLanguage(TableFormat.Language.ENGLISH)), StandardCharsets.UTF_8);
    assertTrue(plain.startsWith("row,number,item,goal,guideline,unit,measure,direction,scale,baseline 2564,"
        + "target 2566,responsible units,alignment,note\n"), plain);
    assertTrue(plain.contains("\nindicator,1.,ร้อยละของผู้เรียนที่มีความรู้,1,,ร้อยละ,percentage,increase,,90,94,,,\n"), plain);
    assertFalse(plain.contains("\r"));
  }

  @Test
  void anIndicatorCodeKeepsItsPunctuation() throws IOException {
    IndicatorTable table = IndicatorTable.of(List.of(), List.of(PERCENT));
    StringWriter out = new StringWriter();
    table.writeCsv(out, TableFormat.DEFAULT);
    IndicatorTable back = IndicatorTable.readCsv(new StringReader(out.toString()), TableFormat.DEFAULT);
    assertEquals("1.", back.indicators().get(0).code().orElseThrow());
    assertEquals(table, back);
  }

  @Test
  void aCsvThatExcelSavedReadsBack() throws IOException {
    // "CSV UTF-8" from Excel: a byte-order mark, CRLF, Thai digits typed in, an empty trailing row.
    String csv = "\uFEFFแถว,ที่,รายการ,หน่วยนับ,ชนิดการวัด,ทิศทาง,ข้อมูลพื้นฐาน ๒๕๖๔,ค่าเป้าหมาย ๒๕๖๖\r\n"
        + "กลยุทธ์,๑,ความปลอดภัย,,,,,\r\n"
        + "ตัวชี้วัด,๑.๑,ร้อยละของผู้เรียน,ร้อยละ,ร้อยละ,เพิ่มขึ้น,๙๐,\"๑,๐๐๐\"\r\n"
        + ",,,,,,,\r\n";
    for (IndicatorTable t : List.of(indicators(csv),
        IndicatorTable.readCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), INCREASE))) {
      Strategy s = t.strategies().get(0);
      assertEquals("๑", s.number());
      Indicator i = s.indicators().get(0);
      assertEquals("๑.๑", i.code().orElseThrow());
      assertEquals(IndicatorValue.number(90), i.baselines().get(0).value());
      assertEquals(2564, i.baselines().get(0).year());
      assertEquals(Target.of(1000), i.targetFor(FiscalYear.of(2566)).orElseThrow());
    }
  }

  @Test
  void aTableOfIndicatorsOnlyReadsAsOneUnnamedStrategy() throws IOException {
    IndicatorTable t = indicators("ที่,ตัวชี้วัด,หน่วยนับ,ค่าเป้าหมาย 2565\n1,จำนวนโรงเรียน,โรงเรียน,12\n2,ร้อยละของครู,ร้อยละ,80\n");
    assertEquals(1, t.strategies().size());
    assertEquals("", t.strategies().get(0).number());
    assertEquals(2, t.indicators().size());
    assertEquals(MeasureKind.QUANTITY, t.indicators().get(0).measureKind());
    assertEquals(MeasureKind.PERCENTAGE, t.indicators().get(1).measureKind());
    assertEquals(Direction.INCREASE, t.indicators().get(1).direction());
  }

  @Test
  void aRowWithoutADirectionIsRefusedUnlessTheFormatGivesOne() {
    TableFormatException e = assertThrows(TableFormatException.class, () -> IndicatorTable.readCsv(
        new StringReader("ตัวชี้วัด,ทิศทาง\nจำนวนโรงเรียน,\n"), TableFormat.DEFAULT));
    assertEquals(2, e.row());
    assertEquals(2, e.column());
    assertTrue(e.problem().startsWith("the row gives no direction"), e.problem());
  }

  @Test
  void targetsReadTheirComparisonsLevelsAndMarksInEitherLanguage() throws IOException {
    Indicator i = only("ตัวชี้วัด,ชนิดการวัด,ค่าเป้าหมาย 2563,target 2564,ค่าเป้าหมาย 2565,ค่าเป้าหมาย 2566,"
        + "ค่าเป้าหมาย 2567,ค่าเป้าหมาย 2568,ค่าเป้าหมาย 2569\n"
        + "ก,ordinal,ไม่ต่ำกว่า 80,at most 5,≥ ดี,ระหว่าง 80 ถึง 90,ระดับ: 5,'ไม่เกิน 3,ไม่มีข้อมูล: รอผล\n");
    assertEquals(MeasureKind.ORDINAL, i.measureKind());
    assertEquals(Target.of(Comparison.AT_LEAST, new BigDecimal(80)), i.targetFor(FiscalYear.of(2563)).orElseThrow());
    assertEquals(Target.of(Comparison.AT_MOST, new BigDecimal(5)), i.targetFor(FiscalYear.of(2564)).orElseThrow());
    assertEquals(Target.builder().value(IndicatorValue.level("ดี")).comparison(Comparison.AT_LEAST).build(),
        i.targetFor(FiscalYear.of(2565)).orElseThrow());
    assertEquals(Target.between(new BigDecimal(80), new BigDecimal(90)), i.targetFor(FiscalYear.of(2566)).orElseThrow());
    assertEquals(Target.of(IndicatorValue.level("5")), i.targetFor(FiscalYear.of(2567)).orElseThrow());
    assertEquals(Target.of(IndicatorValue.text("ไม่เกิน 3")), i.targetFor(FiscalYear.of(2568)).orElseThrow());
    assertEquals(Target.of(IndicatorValue.notAvailable("รอผล")), i.targetFor(FiscalYear.of(2569)).orElseThrow());
  }

  @Test
  void valuesThatLookLikeAnotherKindAreWrittenSoTheyReadBackAsTheyWere() throws IOException {
    Indicator i = Indicator.builder().text("ก").measureKind(MeasureKind.QUANTITY).direction(Direction.MAINTAIN)
        .putTarget(FiscalYear.of(2563), Target.of(IndicatorValue.text("80")))
        .putTarget(FiscalYear.of(2564), Target.of(IndicatorValue.text("มี")))
        .putTarget(FiscalYear.of(2565), Target.of(IndicatorValue.level("5")))
        .putTarget(FiscalYear.of(2566), Target.of(IndicatorValue.notAvailable("")))
        .putTarget(FiscalYear.of(2567), Target.of(IndicatorValue.notAvailable("-")))
        .putTarget(FiscalYear.of(2568), Target.of(IndicatorValue.text("")))
        .putTarget(FiscalYear.of(2569), Target.of(IndicatorValue.text("-")))
        .putTarget(FiscalYear.of(2570), Target.builder().value(IndicatorValue.number(new BigDecimal("96.00")))
            .comparison(Comparison.EQUAL).asWritten("ร้อยละ ๙๖").build())
        .build();
    IndicatorTable table = IndicatorTable.of(List.of(), List.of(i));
    StringWriter out = new StringWriter();
    table.writeCsv(out, TableFormat.DEFAULT.withCsvForExcel(false));
    assertTrue(out.toString().contains("ตัวชี้วัด,,ก,,,,จำนวน,คงที่,,'80,'มี,ระดับ: 5,ไม่มีข้อมูล:,-,',"
        + "'-,เท่ากับ 96.00,ร้อยละ ๙๖,,,\n"), out.toString());
    assertEquals(table, IndicatorTable.readCsv(new StringReader(out.toString()), TableFormat.DEFAULT));
  }

  @Test
  void componentsNestUnderTheirIndicator() throws IOException {
    IndicatorTable t = indicators("แถว,ที่,รายการ,ค่าเป้าหมาย 2565\n"
        + "ตัวชี้วัด,2.4,คะแนน O-NET,\nตัวชี้วัดย่อย,1),ป.6,\nตัวชี้วัดย่อย 2,,ภาษาไทย,51\n"
        + "ตัวชี้วัดย่อย 2,,คณิตศาสตร์,33\nตัวชี้วัดย่อย,2),ม.3,\nตัวชี้วัด,2.5,อื่น,1\n");
    assertEquals(2, t.indicators().size());
    Indicator onet = t.indicators().get(0);
    assertEquals(2, onet.components().size());
    assertEquals(List.of("ภาษาไทย", "คณิตศาสตร์"), onet.components().get(0).components().stream().map(Indicator::text).toList());
    assertEquals(Target.of(33), onet.components().get(0).components().get(1).targetFor(FiscalYear.of(2565)).orElseThrow());
    TableFormatException orphan = assertThrows(TableFormatException.class,
        () -> indicators("แถว,รายการ\nตัวชี้วัดย่อย,ป.6\n"));
    assertEquals(2, orphan.row());
    assertEquals(1, orphan.column());
  }

  @Test
  void goalsScalesUnitsAndAlignmentRead() throws IOException {
    IndicatorTable t = indicators("แถว,ที่,รายการ,มาตรวัด,ข้อมูลพื้นฐาน ปีการศึกษา 2562,หน่วยงานที่รับผิดชอบ,ความสอดคล้อง\n"
        + "เป้าประสงค์,1,ผู้เรียนปลอดภัย,,,,national-strategy ข้อ 3\n"
        + "ตัวชี้วัด,1.1,ระดับความสำเร็จ,\"ระดับความสำเร็จ\nน้อย\nมาก\",มาก,\"กลุ่มนิเทศ\nกลุ่มนโยบายและแผน\","
        + "\"nesdp ฉบับ 13 ข้อ 11.2\nobec-policy (ความเรียง)\"\n");
    assertEquals(List.of(Goal.builder().number("1").text("ผู้เรียนปลอดภัย")
        .addAlignment(AlignmentLink.matrix("national-strategy", "3")).build()), t.goals());
    Indicator i = t.indicators().get(0);
    assertEquals(OrdinalScale.builder().name("ระดับความสำเร็จ").addLevels("น้อย", "มาก").build(), i.scale().orElseThrow());
    assertEquals(IndicatorValue.level("มาก"), i.baselines().get(0).value());
    assertEquals(YearBasis.ACADEMIC, i.baselines().get(0).basis());
    assertEquals(List.of("กลุ่มนิเทศ", "กลุ่มนโยบายและแผน"), i.responsibleUnits());
    assertEquals(List.of(AlignmentLink.builder().framework("nesdp").edition("13").item("11.2")
        .evidence(AlignmentEvidence.MATRIX).build(),
        AlignmentLink.builder().framework("obec-policy").evidence(AlignmentEvidence.PROSE).build()), i.alignment());
  }

  static final String TAK_STYLE = String.join("\r\n",
      "ที่,โครงการ,งบประมาณ,ไตรมาส 1,ไตรมาส 2,ไตรมาส 3,ไตรมาส 4,ไตรมาสที่ดำเนินการ,ผู้รับผิดชอบ",
      ",กลยุทธ์ที่ 1 ส่งเสริมการจัดการศึกษาให้ผู้เรียนมีความปลอดภัยจากภัยทุกรูปแบบ,,,,,,,",
      "1.,การจัดงานวันสำคัญทางลูกเสือ เนตรนารี และยุวกาชาด,\"121,940\",\"24,090\",\"22,400\",0,\"75,450\",\"1,2,4\",นางสาวเฉลิมศรี กันยารอง",
      "2.,การประชุมทางไกล (PM2.5),\"10,000.-\",-,-,\"5,000\",\"๕,๐๐๐\",\"3,4\",นางเมธพร สุรเดช",
      "3.,ประชุมทางไกล COVID-19,\"10,000\",\"1,800\",0,\"3,200\",\"5,000\",\"1,,4\",",
      ",กลยุทธ์ที่ ๒ สร้างโอกาส,,,,,,,",
      "6.,ส่งเสริมประสิทธิภาพ,\"113,890\",,,,,1 – 4,\"นาย ก\nนาง ข\"",
      ",รวมงบประมาณ,\"255,830\",,,,,,");

  @Test
  void readsTheProjectTableAsPlansPrintIt() throws IOException {
    ProjectBudgetTable t = projects(TAK_STYLE);
    assertEquals(4, t.projects().size());
    Project first = t.projects().get(0);
    assertEquals("1.", first.number());
    assertEquals("1", first.strategy().orElseThrow());
    assertEquals(Baht.of(121_940), first.budget().orElseThrow());
    assertEquals(QuarterlyBudget.of(24_090, 22_400, 0, 75_450), first.quarterlyPlan().orElseThrow());
    assertEquals(List.of(Quarter.Q1, Quarter.Q2, Quarter.Q4), List.copyOf(first.activeQuarters()));
    assertEquals(QuarterlyBudget.of(0, 0, 5_000, 5_000), t.projects().get(1).quarterlyPlan().orElseThrow());
    assertEquals(List.of(), t.projects().get(2).responsiblePeople(), "a blank cell is nobody");
    Project sixth = t.projects().get(3);
    assertEquals("๒", sixth.strategy().orElseThrow());
    assertTrue(sixth.quarterlyPlan().isEmpty());
    assertEquals(List.of(Quarter.Q1, Quarter.Q2, Quarter.Q3, Quarter.Q4), List.copyOf(sixth.activeQuarters()));
    assertEquals(List.of(Person.of("นาย ก"), Person.of("นาง ข")), sixth.responsiblePeople());
    assertEquals(List.of(StatedTotal.builder().scope(TotalScope.PLAN).amount(Baht.of(255_830)).label("รวมงบประมาณ").build()),
        t.statedTotals());
  }

  @Test
  void totalRowsKeepTheirScopeKeyAndCount() throws IOException {
    List<StatedTotal> totals = List.of(
        StatedTotal.builder().scope(TotalScope.STRATEGY).key("1").amount(Baht.of(149_940)).projectCount(5)
            .label("ส่งเสริมการจัดการศึกษา").build(),
        StatedTotal.builder().scope(TotalScope.GROUP).key("กลุ่มอำนวยการ").amount(Baht.of(873_240)).build(),
        StatedTotal.builder().scope(TotalScope.QUARTER).key("1").amount(Baht.parse("1,364,092.50")).build(),
        StatedTotal.builder().scope(TotalScope.ALIGNMENT_ITEM).key("obec-policy:1").amount(Baht.of(28_000)).build(),
        StatedTotal.builder().scope(TotalScope.PROGRAM).key("พื้นฐาน").amount(Baht.of(1)).label("").build(),
        StatedTotal.builder().scope(TotalScope.PLAN).amount(Baht.of(8_095_606)).projectCount(59).build());
    Project dot = Project.builder().number(".").title("โครงการที่เลขเป็นจุด").build();
    Project named = Project.builder().number("รวม").title("โครงการชื่อรวม").build();
    ProjectBudgetTable table = ProjectBudgetTable.of(List.of(dot, named), totals);
    StringWriter out = new StringWriter();
    table.writeCsv(out, TableFormat.DEFAULT);
    assertTrue(out.toString().contains("\r\n.,โครงการที่เลขเป็นจุด,"), out.toString());
    assertTrue(out.toString().contains("\r\n'รวม,โครงการชื่อรวม,"), out.toString());
    assertEquals(table, ProjectBudgetTable.readCsv(new StringReader(out.toString()), TableFormat.DEFAULT));
  }

  @Test
  void theDocsSampleWritesAPlanToExcelAndReadsItBack(@TempDir Path dir) throws IOException {
    io.github.eduplan.model.StrategicPlan plan =
        TableRoundTripTest.bundled("tak-2-2565.json");
    // docs/tables.md
    Path xlsx = dir.resolve("tak-2-projects.xlsx");
    try (var out = Files.newOutputStream(xlsx)) {
      ProjectBudgetTable.of(plan).writeXlsx(out, TableFormat.DEFAULT);
    }
    ProjectBudgetTable projects;
    try (var in = Files.newInputStream(xlsx)) {
      projects = ProjectBudgetTable.readXlsx(in, TableFormat.DEFAULT);
    }
    Path csv = dir.resolve("tak-2-indicators.csv");
    try (var out = Files.newOutputStream(csv)) {
      IndicatorTable.of(plan).writeCsv(out, TableFormat.DEFAULT);
    }
    IndicatorTable indicators;
    try (var in = Files.newInputStream(csv)) {
      indicators = IndicatorTable.readCsv(in, TableFormat.DEFAULT);
    }
    // end of sample
    assertEquals(plan.projects().size(), projects.projects().size());
    assertEquals(plan.strategies().size(), indicators.strategies().size());
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      assertEquals(indicators, IndicatorTable.readCsv(r, TableFormat.DEFAULT));
    }
  }
}
