package io.github.eduplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Guideline;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.Target;
import io.github.eduplan.time.FiscalYear;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundled transcription of the สพป.เชียงใหม่ เขต 2 plan for 2563–2565: สพป.เชียงใหม่ เขต ๒, แผนพัฒนาการศึกษาขั้นพื้นฐาน พ.ศ. ๒๕๖๓ - ๒๕๖๕
 * (ฉบับปรับปรุง พ.ศ. ๒๕๖๔). The expected values are copied from the seed text.
 */
class ChiangMai2PlanTest {
  static final String FILE = "chiangmai-2-2563-2565.json";
  static final StrategicPlan PLAN = BundledPlans.load(FILE);

  static Stream<Indicator> withComponents(Indicator indicator) {
    return Stream.concat(Stream.of(indicator),
        indicator.components().stream().flatMap(ChiangMai2PlanTest::withComponents));
  }

  static Stream<Indicator> allIndicators() {
    return PLAN.indicators().flatMap(ChiangMai2PlanTest::withComponents);
  }

  static Stream<Guideline> withChildren(Guideline guideline) {
    return Stream.concat(Stream.of(guideline),
        guideline.children().stream().flatMap(ChiangMai2PlanTest::withChildren));
  }

  static Indicator indicator(String strategy, String code) {
    return PLAN.strategy(strategy).orElseThrow().indicators().stream()
        .filter(i -> i.code().orElse("").equals(code))
        .findFirst().orElseThrow(() -> new AssertionError("no indicator " + strategy + "/" + code));
  }

  static Target target(Indicator indicator, int year) {
    return indicator.targetFor(FiscalYear.of(year)).orElseThrow();
  }

  static BigDecimal number(IndicatorValue value) {
    return ((IndicatorValue.Numeric) value).value();
  }

  @Test
  void theFileIsTheRevisedDevelopmentPlanOfChiangMaiArea2() {
    assertEquals(PlanKind.DEVELOPMENT_PLAN, PLAN.kind());
    assertEquals("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๒", PLAN.office().name());
    assertEquals("แผนพัฒนาการศึกษาขั้นพื้นฐาน พ.ศ. ๒๕๖๓ - ๒๕๖๕", PLAN.title().orElseThrow());
    assertEquals("ฉบับปรับปรุง พ.ศ. ๒๕๖๔", PLAN.revision().orElseThrow());
    assertEquals(FiscalYear.of(2563), PLAN.period().first());
    assertEquals(FiscalYear.of(2565), PLAN.period().last());
    assertEquals("001_9a5e1a487ae0de77.txt", PLAN.source().orElseThrow());
  }

  @Test
  void writingAndReadingBackGivesTheSamePlan() {
    PlanJson json = PlanJson.strict();
    assertEquals(PLAN, json.read(json.write(PLAN)));
  }

  @Test
  void theCountsAreTheDocumentsCounts() {
    assertEquals(6, PLAN.strategies().size(), "ประเด็นกลยุทธ์");
    assertEquals(7, PLAN.missions().size(), "พันธกิจ");
    assertEquals(7, PLAN.goals().size(), "เป้าหมาย (Goal)");
    assertEquals(List.of(5, 4, 2, 2, 2, 3),
        PLAN.strategies().stream().map(s -> s.goals().size()).collect(Collectors.toList()),
        "เป้าหมาย of each issue");
    assertEquals(List.of(5, 4, 3, 4, 2, 7),
        PLAN.strategies().stream().map(s -> s.guidelines().size()).collect(Collectors.toList()),
        "แนวทางการพัฒนา of each issue");
    assertEquals(25, PLAN.strategies().stream().flatMap(s -> s.guidelines().stream())
        .flatMap(ChiangMai2PlanTest::withChildren).count(), "guidelines including nested ones");
    assertEquals(List.of(13, 17, 3, 8, 8, 12),
        PLAN.strategies().stream().map(s -> s.indicators().size()).collect(Collectors.toList()),
        "indicators of each issue");
    assertEquals(61, PLAN.indicators().count(), "top-level indicators");
    assertEquals(81, allIndicators().count(),
        "indicators including the components of ๒.๔ (4 groups, 12 subjects) and ๓.๑ (4)");
  }

  @Test
  void everyBaselineIs2562AndEveryTargetIsFor2563To2565() {
    Set<Integer> baselineYears = allIndicators().flatMap(i -> i.baselines().stream())
        .map(b -> b.year()).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of(2562), baselineYears);
    assertEquals(61, PLAN.indicators().filter(i -> i.baselines().size() == 1).count(),
        "one baseline on every top-level indicator");
    Set<Integer> targetYears = allIndicators().flatMap(i -> i.targets().keySet().stream())
        .map(FiscalYear::buddhistEraYear).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of(2563, 2564, 2565), targetYears);
    assertTrue(allIndicators().filter(i -> i.components().isEmpty())
        .allMatch(i -> i.targets().size() == 3), "every leaf indicator has three yearly targets");
  }

  @Test
  void theDropoutRateIsTheOneDecreaseIndicatorWithTargetZero() {
    List<Indicator> decreasing = allIndicators()
        .filter(i -> i.direction() == Direction.DECREASE).collect(Collectors.toList());
    assertEquals(1, decreasing.size());
    Indicator dropout = decreasing.get(0);
    assertEquals(indicator("๔", "๔.๒"), dropout);
    assertEquals("ร้อยละอัตราการลาออกกลางคันของนักเรียน", dropout.text());
    assertEquals(MeasureKind.PERCENTAGE, dropout.measureKind());
    assertEquals(IndicatorValue.notAvailable("(N/A)"), dropout.baselines().get(0).value());
    for (int year = 2563; year <= 2565; year++) {
      assertEquals(0, number(target(dropout, year).value()).signum());
    }
  }

  @Test
  void numbersKeepTheirWrittenScale() {
    Indicator virtues = indicator("๑", "๑.๑");
    assertEquals(new BigDecimal("93.87"), number(virtues.baselines().get(0).value()));
    assertEquals(new BigDecimal("96.00"), number(target(virtues, 2563).value()));
    assertEquals(new BigDecimal("100"), number(target(virtues, 2565).value()));
    Indicator ita = indicator("๖", "๒.๑");
    assertEquals("ค่าคะแนนเฉลี่ยการประเมินคุณธรรมและความโปร่งใสของหน่วยงาน (ITA)", ita.text());
    assertEquals(new BigDecimal("88.07"), number(ita.baselines().get(0).value()));
    assertEquals(new BigDecimal("92.44"), number(target(ita, 2563).value()));
  }

  @Test
  void theNationalTestScoresAreComponentsInTheOrderTheTablePrintsThem() {
    Indicator national = indicator("๒", "๒.๔");
    assertEquals("คะแนนเฉลี่ยร้อยละของผลการทดสอบระดับชาติ เพิ่มขึ้น ดังนี้", national.text());
    assertTrue(national.targets().isEmpty());
    assertEquals(List.of("๑)", "๒)", "๓)", "๔)"), national.components().stream()
        .map(c -> c.code().orElseThrow()).collect(Collectors.toList()));
    Indicator onetP6 = national.components().get(0);
    assertEquals("คะแนนเฉลี่ยร้อยละของผลการทดสอบ O-NET ชั้น ป.๖ รายวิชากลุ่มสาระ การเรียนรู้หลัก",
        onetP6.text());
    assertEquals("ภาษาไทย", onetP6.components().get(0).text());
    assertEquals(new BigDecimal("51.00"), number(target(onetP6.components().get(0), 2563).value()));
    Indicator reading = national.components().get(3).components().get(1);
    assertEquals("การอ่านรู้เรื่อง", reading.text());
    assertEquals(new BigDecimal("75.00"), number(target(reading, 2563).value()));
    assertEquals(new BigDecimal("79"), number(target(reading, 2565).value()),
        "printed ๗๙, without the .๐๐ of every other cell");
    Indicator curricula = indicator("๒", "๓.๑");
    assertEquals(List.of("Active Learning", "STEM", "PISA", "วิทยาการคำนวณ"),
        curricula.components().stream().map(Indicator::text).collect(Collectors.toList()));
    assertEquals(new BigDecimal("75"), number(target(curricula.components().get(1), 2564).value()));
  }

  @Test
  void levelsWordsAndRatesAreKeptAsWritten() {
    Indicator digital = indicator("๔", "๓.๑");
    assertEquals(MeasureKind.ORDINAL, digital.measureKind());
    assertEquals(IndicatorValue.level("ระดับ ๓"), digital.baselines().get(0).value());
    assertEquals(IndicatorValue.level("ระดับ ๕"), target(digital, 2565).value());
    Indicator efficiency = indicator("๖", "๑.๔");
    assertEquals(new BigDecimal("4.6"), number(efficiency.baselines().get(0).value()));
    assertEquals(IndicatorValue.level("คุณภาพ"), target(efficiency, 2564).value());
    Target supervision = target(indicator("๖", "๕.๒"), 2563);
    assertEquals(new BigDecimal("3"), number(supervision.value()));
    assertEquals("๓ วันต่อ สัปดาห์", supervision.asWritten().orElseThrow());
    Target schools = target(indicator("๖", "๖.๑"), 2565);
    assertEquals("ร้อยละ ๑๐๐ของ รร.ที่เข้า รับการ ประเมิน", schools.asWritten().orElseThrow());
  }

  @Test
  void theSatisfactionThresholdInTheTextIsKeptBesideTheYearlyTargets() {
    Indicator satisfaction = indicator("๖", "๓.๑");
    Target inText = satisfaction.targetInText().orElseThrow();
    assertEquals(new BigDecimal("95"), number(inText.value()));
    assertEquals("ร้อยละ ๙๕ ขึ้นไป", inText.asWritten().orElseThrow());
    assertEquals(new BigDecimal("93"), number(target(satisfaction, 2563).value()),
        "the 2563 target is below the text's threshold, as printed");
  }

  @Test
  void theDocumentsNumberingAndPlacementDefectsAreKept() {
    Strategy administration = PLAN.strategy("๖").orElseThrow();
    assertEquals(List.of("๑.๑", "๑.๔", "๑.๕", "๒.๑"), administration.indicators().stream()
        .limit(4).map(i -> i.code().orElseThrow()).collect(Collectors.toList()),
        "๑.๒ and ๑.๓ are missing in the document");
    assertEquals("๓", indicator("๓", "๒.๒").guideline().orElseThrow(),
        "coded ๒.๒ but printed in the row of guideline ๓");
    assertEquals(indicator("๑", "๑.๔").text(), indicator("๑", "๒.๒").text(),
        "the same indicator printed twice");
    assertTrue(indicator("๑", "๑.๓").text().contains("และปรัชญาของ เศรษฐกิจพอเพียงและจัดกิจกรรม"),
        "the text that runs over a page break is joined with one space");
    assertTrue(PLAN.office().mentions().stream()
        .anyMatch(m -> m.name().equals("สำนักงานเขตพื้นที่การศึกษาเชียงใหม่ เขต ๒")),
        "the one mention without ประถมศึกษา");
  }

  @Test
  void responsibleUnitsLeftBlankRepeatTheUnitAbove() {
    assertEquals(List.of("กลุ่มนิเทศติดตามและประเมินผล การจัดการศึกษา"),
        indicator("๑", "๑.๒").responsibleUnits());
    assertEquals(List.of("กลุ่มพัฒนาครู และบุคลากร ทางการศึกษา"),
        indicator("๕", "๑.๗").responsibleUnits());
    assertEquals(List.of("กลุ่มกฎหมาย และคดี"), indicator("๕", "๑.๔").responsibleUnits());
  }

  @Test
  void alignmentIsClaimedInProseOnlyWithNoItemNumbers() {
    assertEquals(Set.of("national-strategy", "master-plan", "reform-plan", "nesdp",
            "government-policy", "moe-policy", "obec-policy"),
        PLAN.alignment().stream().map(a -> a.framework()).collect(Collectors.toSet()));
    assertTrue(PLAN.alignment().stream().allMatch(a -> a.item().isEmpty()
        && a.evidence() == io.github.eduplan.model.AlignmentEvidence.PROSE));
  }
}
