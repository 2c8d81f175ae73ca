package io.github.eduplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.NameMention;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.Target;
import io.github.eduplan.table.IndicatorTable;
import io.github.eduplan.table.TableFormat;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The bundled transcription of the สพป.เชียงราย เขต 2 plan for 2566–2570, สพป.เชียงราย เขต 2, strategies and targets 2566–2570. */
class ChiangRai2PlanTest {
  private static final String FILE = "chiangrai-2-2566-2570.json";
  private final StrategicPlan plan = BundledPlans.load(FILE);

  private Strategy strategy(String number) {
    return plan.strategies().stream().filter(s -> s.number().equals(number)).findFirst().orElseThrow();
  }

  private Indicator indicator(String strategy, String code) {
    return strategy(strategy).indicators().stream()
        .filter(i -> i.code().orElse("").equals(code)).findFirst().orElseThrow();
  }

  private static IndicatorValue number(String written) {
    return IndicatorValue.number(new BigDecimal(written));
  }

  @Test
  void isAStrategyTableOfFiveYearsFromTheSeed() {
    assertEquals(PlanKind.STRATEGY_TABLE, plan.kind());
    assertEquals(FiscalYearRange.of(2566, 2570), plan.period());
    assertEquals("000_7931162dfff64167.txt", plan.source().orElseThrow());
    assertFalse(plan.title().isPresent(), "the excerpt has no title");
    assertFalse(plan.vision().isPresent(), "the excerpt has no vision");
  }

  @Test
  void holdsEveryStrategyGoalGuidelineAndIndicatorOfTheExcerpt() {
    assertEquals(5, plan.strategies().size());
    assertEquals(19, PlanTally.goals(plan));
    assertEquals(35, PlanTally.guidelines(plan));
    assertEquals(33, PlanTally.indicators(plan).size());
    assertEquals(List.of(4, 4, 6, 1, 4), plan.strategies().stream().map(s -> s.goals().size()).toList());
    assertEquals(List.of(4, 8, 10, 3, 10), plan.strategies().stream().map(s -> s.guidelines().size()).toList());
    assertEquals(List.of(4, 9, 8, 3, 9), plan.strategies().stream().map(s -> s.indicators().size()).toList());
  }

  @Test
  void numberingRestartsInEveryStrategy() {
    for (Strategy s : plan.strategies()) {
      List<String> expected = IntStream.rangeClosed(1, s.indicators().size()).mapToObj(Integer::toString).toList();
      assertEquals(expected, s.indicators().stream().map(i -> i.code().orElseThrow()).toList(), s.number());
      List<String> guidelines = IntStream.rangeClosed(1, s.guidelines().size()).mapToObj(Integer::toString).toList();
      assertEquals(guidelines, s.guidelines().stream().map(g -> g.number().orElseThrow()).toList(), s.number());
    }
  }

  @Test
  void baselinesAre2564And2565AndTargets2566To2570() {
    assertEquals(new TreeSet<>(Set.of(2564, 2565)), PlanTally.baselineYears(plan));
    assertEquals(new TreeSet<>(Set.of(2566, 2567, 2568, 2569, 2570)), PlanTally.targetYears(plan));
    for (Indicator i : PlanTally.indicators(plan)) {
      assertEquals(List.of(2564, 2565), i.baselines().stream().map(Baseline::year).toList(), i.text());
      assertTrue(i.unit().isPresent(), i.text());
    }
  }

  @Test
  void everyIndicatorHasFiveTargetsButTheShiftedRow() {
    Indicator shifted = indicator("2", "1");
    for (Indicator i : PlanTally.indicators(plan)) {
      assertEquals(i == shifted ? 2 : 5, i.targets().size(), i.text());
    }
    assertEquals(Set.of(FiscalYear.of(2566), FiscalYear.of(2567)), shifted.targets().keySet());
    assertEquals("อัตราการเข้าเรียนสุทธิระดับมัธยมศึกษาตอนต้นสังกัดสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน",
        shifted.text());
    assertEquals("ประชากรวัยเรียนระดับการศึกษาภาคบังคับ ได้รับโอกาสทางการศึกษาอย่างเสมอภาคจนจบการศึกษาภาคบังคับ",
        strategy("2").goals().get(0).text());
    assertTrue(shifted.note().orElseThrow().contains("three columns"));
  }

  @Test
  void itaScoresKeepTheirDecimals() {
    Indicator ita = indicator("5", "6");
    assertEquals("ร้อยละของผลการประเมินคุณธรรมและความโปร่งใสของหน่วยงาน (ITA) ใน สพป.เชียงราย เขต 2", ita.text());
    assertEquals(List.of(number("95.33"), number("98.13")), ita.baselines().stream().map(Baseline::value).toList());
    assertEquals(List.of("99.59", "99.79", "99.89", "99.95", "99.98"), ita.targets().values().stream()
        .map(t -> ((IndicatorValue.Numeric) t.value()).value().toPlainString()).toList());
    assertEquals(MeasureKind.PERCENTAGE, ita.measureKind());
  }

  @Test
  void qualityLevelsAreOnTheQualityScale() {
    Indicator thailand40 = indicator("5", "4");
    assertEquals(MeasureKind.ORDINAL, thailand40.measureKind());
    assertEquals(OrdinalScale.QUALITY, thailand40.scale().orElseThrow());
    assertEquals("ระดับ คุณภาพ", thailand40.unit().orElseThrow().text());
    assertEquals(List.of(IndicatorValue.level("ดีมาก"), IndicatorValue.notAvailable("N/A")),
        thailand40.baselines().stream().map(Baseline::value).toList());
    assertEquals(List.of("ดีมาก", "ดีมาก", "ดีมาก", "ดีเยี่ยม", "ดีเยี่ยม"), thailand40.targets().values().stream()
        .map(t -> ((IndicatorValue.Level) t.value()).level()).toList());
    for (Indicator i : PlanTally.indicators(plan)) {
      if (i.measureKind() == MeasureKind.ORDINAL) {
        for (Target t : i.targets().values()) {
          assertTrue(i.scale().orElseThrow().contains(((IndicatorValue.Level) t.value()).level()), i.text());
        }
      }
    }
  }

  @Test
  void directionsAreExplicitAndMostRise() {
    List<Indicator> all = PlanTally.indicators(plan);
    long rising = all.stream().filter(i -> i.direction() == Direction.INCREASE).count();
    long holding = all.stream().filter(i -> i.direction() == Direction.MAINTAIN).count();
    assertEquals(33, rising + holding, "nothing in 000 falls");
    assertTrue(rising > holding);
    Indicator brought = indicator("2", "9");
    assertTrue(brought.text().startsWith("ร้อยละของเด็กออกกลางคัน"));
    assertEquals(Direction.INCREASE, brought.direction(), "it counts dropouts brought back");
    for (Indicator i : all) {
      if (i.direction() == Direction.MAINTAIN) {
        Set<IndicatorValue> values = i.targets().values().stream().map(Target::value).collect(Collectors.toSet());
        i.baselines().forEach(b -> values.add(b.value()));
        assertEquals(1, values.size(), "a held indicator has one value throughout: " + i.text());
      }
    }
  }

  @Test
  void keepsTheDocumentsOwnWordingAndDefects() {
    assertEquals(strategy("1").title(), strategy("4").title(), "strategy 4 repeats strategy 1's title");
    assertEquals("สร้างความเข้มแข็งและความปลอดภัยในสถานศึกษา", strategy("4").title());
    assertEquals("พัฒนาคุณภาพผู้เรียนรองรับการเปลี่ยนแปลงในศตวรรษที่ 21", strategy("3").title());
    assertFalse(strategy("4").goals().get(0).number().isPresent(), "strategy 4's only goal is unnumbered");
    assertTrue(strategy("1").guidelines().get(1).text().endsWith("ได้อย่างทันที่"));
    assertTrue(strategy("3").goals().get(2).text().contains("ยึดหยุ่นตอบสนอง"));
    assertEquals("ร้อยละของผู้เรียนที่มีความรักใน สถาบันหลักของชาติ และยึดมั่นการ ปกครองระบอบประชาธิปไตยอันมี"
        + " พระมหากษัตริย์ทรงเป็นประมุข", indicator("3", "2").text());
    assertEquals("4", indicator("3", "6").goal().orElseThrow(), "the goal repeated on the next page");
    assertEquals("2", indicator("5", "7").goal().orElseThrow(), "the goal repeated on the next page");
    Indicator spending = indicator("4", "3");
    assertEquals("ระดับ คุณภาพ", spending.unit().orElseThrow().text());
    assertEquals(number("90"), spending.targets().get(FiscalYear.of(2566)).value());
    Indicator systems = indicator("5", "3");
    assertEquals("จำนวน ระบบ", systems.unit().orElseThrow().text());
    assertEquals(MeasureKind.QUANTITY, systems.measureKind());
  }

  @Test
  void recordsEveryPlaceTheExcerptNamesTheOffice() {
    assertEquals("สพป.เชียงราย เขต 2", plan.office().shortName().orElseThrow());
    List<String> names = plan.office().mentions().stream().map(NameMention::name).toList();
    assertTrue(names.contains("สำนักงานเขตพื้นที่การศึกษา ประถมศึกษาเชียงราย เขต 2"));
    assertEquals(8, names.size());
    for (Indicator i : PlanTally.indicators(plan)) {
      if (i.text().contains("สพป.เชียงราย เขต 2")) {
        assertTrue(plan.office().mentions().stream().anyMatch(m -> m.where().endsWith("ตัวชี้วัดที่ " + i.code().get())),
            i.text());
      }
    }
  }

  @Test
  void strategyOneAgreesWithTheCsvTranscription() throws IOException {
    IndicatorTable csv;
    try (InputStream in = getClass().getResourceAsStream("/csv/chiangrai-2-strategy-1-indicators.csv")) {
      csv = IndicatorTable.readCsv(in, TableFormat.DEFAULT);
    }
    Strategy csvStrategy = csv.strategies().get(0);
    assertEquals(1, csv.strategies().size());
    assertEquals(strategy("1").number(), csvStrategy.number());
    assertEquals(strategy("1").title(), csvStrategy.title());
    assertEquals(strategy("1").goals(), csvStrategy.goals());
    assertEquals(strategy("1").indicators(), csvStrategy.indicators());
  }

  @Test
  void writesBackToTheSamePlan() {
    assertEquals(plan, PlanJson.strict().read(PlanJson.strict().write(plan)));
  }
}
