package io.github.eduplan.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.Person;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.Target;
import io.github.eduplan.model.Unit;
import io.github.eduplan.testsupport.Examples;
import io.github.eduplan.testsupport.TableGenerators;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import io.github.eduplan.model.Strategy;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TablesTest {
  /** Rows as seed 000 prints them, with its 'คำเป้าหมาย' header typo and a quoted goal. */
  static final String SEED_000_STYLE = String.join("\n",
      "เป้าประสงค์เชิงกลยุทธ์,ตัวชี้วัด,หน่วย นับ,ข้อมูลพื้นฐาน (Based Line) ปี 2564,ปี 2565 พื้นฐาน,คำเป้าหมาย ปี ๒๕๖๖,ค่าเป้าหมาย ปี 2567",
      "\"1. ผู้เรียน ได้รับการดูแลความปลอดภัยจากภัยคุกคาม 9 รูปแบบ\",1. ร้อยละของผู้เรียนที่มีความรู้,ร้อยละ,90,93,94,95",
      ",2. ร้อยละของผู้เรียน ครู,ร้อยละ,N/A,(N/A),80,\"1,000\"",
      "2. สถานศึกษามีคุณภาพ,๓ ระดับคุณภาพของสถานศึกษา,ระดับ,ดี,-,ดีมาก,ดีเยี่ยม",
      ",4. มีแผนความปลอดภัย,,,,มี,มี");

  @Test
  void readsTheIndicatorTableAsPlansPrintIt() throws IOException {
    IndicatorTable t = IndicatorTable.read(new StringReader(SEED_000_STYLE), Direction.INCREASE);
    assertEquals(2, t.goals().size());
    assertEquals("ผู้เรียน ได้รับการดูแลความปลอดภัยจากภัยคุกคาม 9 รูปแบบ", t.goals().get(0).text());
    assertEquals(4, t.indicators().size());
    Indicator first = t.indicators().get(0);
    assertEquals("1", first.code().get());
    assertEquals("ร้อยละของผู้เรียนที่มีความรู้", first.text());
    assertEquals(MeasureKind.PERCENTAGE, first.measureKind());
    assertEquals(Target.of(94), first.targetFor(FiscalYear.of(2566)).get());
    assertEquals(2564, first.baselines().get(0).year());
    Indicator second = t.indicators().get(1);
    assertEquals("1", second.goal().get());
    assertEquals(IndicatorValue.notAvailable("(N/A)"), second.baselines().get(1).value());
    assertEquals(Target.of(1000), second.targetFor(FiscalYear.of(2567)).get());
    Indicator third = t.indicators().get(2);
    assertEquals("๓", third.code().get());
    assertEquals(MeasureKind.ORDINAL, third.measureKind());
    assertEquals(OrdinalScale.QUALITY, third.scale().get());
    assertEquals(IndicatorValue.level("ดีเยี่ยม"), third.targetFor(FiscalYear.of(2567)).get().value());
    Indicator fourth = t.indicators().get(3);
    assertEquals(MeasureKind.YES_NO, fourth.measureKind());
    assertTrue(fourth.baselines().isEmpty());
    assertEquals("2", fourth.goal().get());
  }

  @Test
  void aBadCellIsReportedByRowAndColumn() {
    String bad = SEED_000_STYLE.replace(",80,", ",\"1,00\",");
    TableFormatException e = assertThrows(TableFormatException.class,
        () -> IndicatorTable.read(new StringReader(bad), Direction.INCREASE));
    assertEquals(3, e.row());
    assertEquals(6, e.column());
    assertTrue(e.getMessage().contains("1,00"), e.getMessage());
    String badYear = SEED_000_STYLE.replace("ค่าเป้าหมาย ปี 2567", "ค่าเป้าหมาย ปีหน้า");
    TableFormatException y = assertThrows(TableFormatException.class,
        () -> IndicatorTable.read(new StringReader(badYear), Direction.INCREASE));
    assertEquals(1, y.row());
    assertEquals(7, y.column());
    TableFormatException direction = assertThrows(TableFormatException.class, () -> IndicatorTable.read(
        new StringReader("ตัวชี้วัด,ทิศทาง\nก,ขึ้น\n"), Direction.INCREASE));
    assertEquals(2, direction.row());
    assertEquals(2, direction.column());
  }

  static final String SEED_003_STYLE = String.join("\n",
      "ที่,โครงการ,งบประมาณ,ไตรมาส 1,ไตรมาส 2,ไตรมาส 3,ไตรมาส 4,ไตรมาสที่ดำเนินการ,ผู้รับผิดชอบ",
      ",กลยุทธ์ที่ 1 ส่งเสริมการจัดการศึกษาให้ผู้เรียนมีความปลอดภัยจากภัยทุกรูปแบบ,,,,,,,",
      "1.,การจัดงานวันสำคัญทางลูกเสือ เนตรนารี และยุวกาชาด,\"121,940\",\"24,090\",\"22,400\",0,\"75,450\",\"1,2,4\",นางสาวเฉลิมศรี กันยารอง",
      "2.,การประชุมทางไกล (PM2.5),\"10,000.-\",-,-,\"5,000\",\"๕,๐๐๐\",\"3,4\",นางเมธพร สุรเดช",
      "3.,ประชุมทางไกล COVID-19,\"10,000\",\"1,800\",0,\"3,200\",\"5,000\",\"1,,4\",",
      ",กลยุทธ์ที่ ๒ สร้างโอกาส,,,,,,,",
      "6.,ส่งเสริมประสิทธิภาพ,\"113,890\",,,,,1 – 4,\"นาย ก\nนาง ข\"",
      ",รวมงบประมาณ,\"255,830\",,,,,,");

  @Test
  void readsTheProjectBudgetTableAsPlansPrintIt() throws IOException {
    ProjectBudgetTable t = ProjectBudgetTable.read(new StringReader(SEED_003_STYLE));
    assertEquals(4, t.projects().size());
    Project first = t.projects().get(0);
    assertEquals("1", first.number());
    assertEquals("1", first.strategy().get());
    assertEquals(Baht.of(121_940), first.budget().get());
    assertEquals(QuarterlyBudget.of(24_090, 22_400, 0, 75_450), first.quarterlyPlan().get());
    assertEquals(List.of(Quarter.Q1, Quarter.Q2, Quarter.Q4), List.copyOf(first.activeQuarters()));
    Project second = t.projects().get(1);
    assertEquals(Baht.of(10_000), second.budget().get());
    assertEquals(QuarterlyBudget.of(0, 0, 5_000, 5_000), second.quarterlyPlan().get());
    Project third = t.projects().get(2);
    assertEquals(List.of(Quarter.Q1, Quarter.Q4), List.copyOf(third.activeQuarters()));
    assertEquals(second.responsiblePeople(), third.responsiblePeople(), "a blank cell means the same as above");
    Project sixth = t.projects().get(3);
    assertEquals("๒", sixth.strategy().get());
    assertTrue(sixth.quarterlyPlan().isEmpty());
    assertEquals(List.of(Quarter.Q1, Quarter.Q2, Quarter.Q3, Quarter.Q4), List.copyOf(sixth.activeQuarters()));
    assertEquals(List.of(Person.of("นาย ก"), Person.of("นาง ข")), sixth.responsiblePeople());
    assertEquals(Baht.of(255_830), t.statedTotals().get(0).amount());
  }

  @Test
  void aBadAmountIsReportedByRowAndColumn() {
    String bad = SEED_003_STYLE.replace("\"22,400\"", "สองหมื่น");
    TableFormatException e = assertThrows(TableFormatException.class,
        () -> ProjectBudgetTable.read(new StringReader(bad)));
    assertEquals(3, e.row());
    assertEquals(5, e.column());
    assertEquals("ไตรมาส 2", e.header());
    String negative = SEED_003_STYLE.replace("\"10,000\",\"1,800\"", "\"-10,000\",\"1,800\"");
    TableFormatException n = assertThrows(TableFormatException.class,
        () -> ProjectBudgetTable.read(new StringReader(negative)));
    assertEquals(5, n.row());
    assertEquals(3, n.column());
  }

  @Test
  void indicatorTablesRoundTrip() {
    qt().withExamples(Examples.upTo(1000)).forAll(TableGenerators.indicatorTables()).checkAssert(table -> {
      try {
        assertEquals(table, IndicatorTable.read(new StringReader(write(table::write)), Direction.DECREASE));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void projectBudgetTablesRoundTrip() {
    qt().withExamples(Examples.upTo(1000)).forAll(TableGenerators.projectBudgetTables()).checkAssert(table -> {
      try {
        assertEquals(table, ProjectBudgetTable.read(new StringReader(write(table::write))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  interface Writing {
    void to(java.io.Writer out) throws IOException;
  }

  static String write(Writing writing) {
    try {
      StringWriter out = new StringWriter();
      writing.to(out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theDocsSampleReadsAFileIntoAStrategy(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
    java.nio.file.Path csv = dir.resolve("indicators.csv");
    java.nio.file.Files.writeString(csv, SEED_000_STYLE, java.nio.charset.StandardCharsets.UTF_8);
    // docs/csv-tables.md
    IndicatorTable table;
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      table = IndicatorTable.read(in, Direction.INCREASE);
    }
    Strategy strategy = Strategy.builder().number("1").title("สร้างความเข้มแข็งและความปลอดภัยในสถานศึกษา")
        .addAllGoals(table.goals())
        .addAllIndicators(table.indicators())
        .build();
    assertEquals(4, strategy.indicators().size());
  }

  @Test
  void unitsAreKeptVerbatim() throws IOException {
    IndicatorTable t = IndicatorTable.read(new StringReader("ตัวชี้วัด,หน่วยนับ\nก,คน\n"), Direction.INCREASE);
    assertEquals(Unit.PERSON, t.indicators().get(0).unit().get());
  }
}
