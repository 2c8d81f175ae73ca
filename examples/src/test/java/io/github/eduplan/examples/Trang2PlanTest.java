package io.github.eduplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.AlignmentEvidence;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Comparison;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Guideline;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.NameMention;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.Target;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The bundled transcription of the สพป.ตรัง เขต 2 plan for 2563–2565, สพป.ตรัง เขต 2, draft quality direction 2563–2565. */
class Trang2PlanTest {
  private static final String FILE = "trang-2-2563-2565.json";
  private final StrategicPlan plan = BundledPlans.load(FILE);

  private Indicator indicator(String code) {
    return plan.strategies().stream().flatMap(s -> s.indicators().stream())
        .filter(i -> i.code().orElse("").equals(code)).findFirst().orElseThrow();
  }

  private Strategy strategyOf(String code) {
    return plan.strategies().stream()
        .filter(s -> s.indicators().stream().anyMatch(i -> i.code().orElse("").equals(code)))
        .findFirst().orElseThrow();
  }

  private static String numeral(IndicatorValue value) {
    return ((IndicatorValue.Numeric) value).value().toPlainString();
  }

  @Test
  void isAQualityDirectionForThreeFiscalYears() {
    assertEquals(PlanKind.QUALITY_DIRECTION, plan.kind());
    assertEquals(FiscalYearRange.of(2563, 2565), plan.period());
    assertEquals("ทิศทางการพัฒนาคุณภาพการศึกษา ประจำปีงบประมาณ พ.ศ.2563 - 2565", plan.title().orElseThrow());
    assertEquals("004_b73995abdc925524.txt", plan.source().orElseThrow());
  }

  @Test
  void holdsTheVisionMissionsGoalsAndSixStrategies() {
    assertEquals("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตราด เขต 2 เป็นองค์กรที่มีสมรรถนะสูง\n"
        + "มุ่งพัฒนาคุณภาพนักเรียน สู่งานคุณภาพอย่างยั่งยืน", plan.vision().orElseThrow());
    assertEquals(6, plan.missions().size());
    assertEquals(6, plan.goals().size());
    assertEquals(6, plan.strategies().size());
    assertEquals(List.of("1", "2", "3", "4", "5", "6"), plan.strategies().stream().map(Strategy::number).toList());
    assertEquals("เพิ่มประสิทธิภาพการบริหารจัดการที่มุ่งเน้นผลสัมฤทธิ์และส่งเสริมการมีส่วนร่วมในการจัดการศึกษา",
        plan.strategies().get(5).title());
    assertEquals(0, PlanTally.goals(plan), "the strategies have no strategic goals of their own");
  }

  @Test
  void theGuidelineTreeHasThreeLevels() {
    assertEquals(99, PlanTally.guidelines(plan));
    assertEquals(List.of(8, 4, 45, 14, 9, 19), plan.strategies().stream()
        .map(s -> (int) PlanTally.allGuidelines(s).count()).toList());
    Guideline two = plan.strategies().get(2).guidelines().get(1);
    assertEquals("2", two.number().orElseThrow());
    assertEquals("พัฒนาศักยภาพ และคุณภาพของนักเรียน", two.text());
    assertEquals(List.of("2.1", "2.2", "2.3", "2.4"), two.children().stream().map(g -> g.number().orElseThrow()).toList());
    Guideline primary = two.children().get(1);
    assertEquals(List.of("(1)", "(2)", "(3)", "(4)", "(5)"),
        primary.children().stream().map(g -> g.number().orElseThrow()).toList());
    assertEquals("ดำเนินการติดตาม และตรวจสอบให้นักเรียนได้รับประทานอาหารอย่างครบถ้วน ถูกต้องตามหลักโภชนาการ",
        primary.children().get(4).text());
    assertEquals(13, plan.strategies().get(2).guidelines().get(3).children().size(), "4.1 to 4.13");
  }

  @Test
  void holdsThirtyThreeIndicatorsAndEightSubRows() {
    List<Indicator> all = PlanTally.indicators(plan);
    assertEquals(41, all.size());
    List<Indicator> top = plan.strategies().stream().flatMap(s -> s.indicators().stream()).toList();
    assertEquals(IntStream.rangeClosed(1, 33).mapToObj(Integer::toString).toList(),
        top.stream().map(i -> i.code().orElseThrow()).toList(), "numbered 1-33 across strategies");
    assertEquals(List.of(5, 3, 10, 6, 2, 7), plan.strategies().stream().map(s -> s.indicators().size()).toList());
    assertEquals(List.of("ป.6", "ม.3"), indicator("12").components().stream().map(Indicator::text).toList());
    assertEquals(List.of("ป.6", "ม.3", "ม.6"), indicator("13").components().stream().map(Indicator::text).toList());
    assertEquals(List.of("ผู้พิการ", "ผู้ด้อยโอกาส", "ผู้มีความสามารถพิเศษ"),
        indicator("14").components().stream().map(Indicator::text).toList());
    for (Indicator i : all) {
      assertEquals(i.components().isEmpty(), !i.targets().isEmpty(), "values sit on the sub-rows: " + i.text());
      assertFalse(i.unit().isPresent(), "the table has no unit column");
    }
  }

  @Test
  void baselinesAre2562AndTargets2563To2565() {
    assertEquals(new TreeSet<>(Set.of(2562)), PlanTally.baselineYears(plan));
    assertEquals(new TreeSet<>(Set.of(2563, 2564, 2565)), PlanTally.targetYears(plan));
    for (Indicator i : PlanTally.indicators(plan)) {
      if (i.components().isEmpty()) {
        assertEquals(1, i.baselines().size(), i.text());
        assertEquals(i.code().filter("23"::equals).isPresent() ? 2 : 3, i.targets().size(), i.text());
      }
    }
    Indicator shifted = indicator("23");
    assertEquals(Set.of(FiscalYear.of(2563), FiscalYear.of(2564)), shifted.targets().keySet());
    assertEquals("90", numeral(shifted.targets().get(FiscalYear.of(2563)).value()));
    assertEquals("95", numeral(shifted.targets().get(FiscalYear.of(2564)).value()));
  }

  @Test
  void aDashMeansNoBaselineAndKeepsItsMark() {
    long dashes = PlanTally.indicators(plan).stream().flatMap(i -> i.baselines().stream())
        .filter(b -> b.value().equals(IndicatorValue.notAvailable("-"))).count();
    assertEquals(26, dashes);
    assertEquals(IndicatorValue.notAvailable("-"), indicator("1").baselines().get(0).value());
  }

  @Test
  void subRowsKeepTheirNumbersAsPrinted() {
    Indicator onet = indicator("12");
    assertTrue(onet.text().contains("ป. 6 ชั้น ม.3 และ ม. 6"), "the text names ม.6, which has no sub-row");
    assertEquals("5.30", numeral(onet.components().get(1).baselines().get(0).value()));
    assertEquals("7.45", numeral(onet.components().get(0).baselines().get(0).value()));
    Indicator special = indicator("14").components().get(2);
    assertEquals("99.60", numeral(special.baselines().get(0).value()));
    assertEquals(Direction.INCREASE, special.direction());
    assertEquals(Direction.MAINTAIN, indicator("14").components().get(0).direction());
    Indicator m6 = indicator("13").components().get(2);
    assertEquals(List.of("70", "80", "100"), m6.targets().values().stream().map(t -> numeral(t.value())).toList());
  }

  @Test
  void levelsYesNoAndTheTargetInTheText() {
    Indicator ita = indicator("29");
    assertEquals(MeasureKind.ORDINAL, ita.measureKind());
    assertEquals(OrdinalScale.QUALITY, ita.scale().orElseThrow());
    assertEquals(IndicatorValue.level("ดีมาก"), ita.baselines().get(0).value());
    assertEquals(IndicatorValue.level("ดีเยี่ยม"), ita.targets().get(FiscalYear.of(2565)).value());
    Indicator platform = indicator("32");
    assertEquals(MeasureKind.YES_NO, platform.measureKind());
    assertTrue(platform.targets().values().stream().allMatch(t -> t.value().equals(IndicatorValue.yesNo(true))));
    Indicator nt = indicator("11");
    Target inText = nt.targetInText().orElseThrow();
    assertEquals(Comparison.AT_LEAST, inText.comparison().orElseThrow());
    assertEquals(IndicatorValue.number(new BigDecimal("3")), inText.value());
    assertTrue(nt.text().contains(inText.asWritten().orElseThrow()));
    assertEquals(List.of("3.5", "4", "4.5"), nt.targets().values().stream().map(t -> numeral(t.value())).toList());
  }

  @Test
  void eachIndicatorNamesTheGuidelineItIsPrintedUnder() {
    for (Strategy s : plan.strategies()) {
      Set<String> top = new TreeSet<>();
      s.guidelines().forEach(g -> top.add(g.number().orElseThrow()));
      for (Indicator i : s.indicators()) {
        assertTrue(top.contains(i.guideline().orElseThrow()), s.number() + " / " + i.code().get());
      }
    }
    assertEquals("3", strategyOf("14").number());
    assertEquals("2", indicator("14").guideline().orElseThrow());
    assertEquals("4", strategyOf("23").number());
    assertEquals("3", indicator("23").guideline().orElseThrow());
  }

  @Test
  void recordsTheOfficeAsEachPlaceWritesIt() {
    assertEquals("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตรัง เขต 2", plan.office().name());
    assertEquals("สพป.ตรัง เขต 2", plan.office().shortName().orElseThrow());
    List<NameMention> trat = plan.office().mentions().stream().filter(m -> m.name().contains("ตราด")).toList();
    assertEquals(2, trat.size(), "ตราด in two places");
    assertEquals("วิสัยทัศน์", trat.get(1).where());
    assertTrue(plan.vision().orElseThrow().startsWith(trat.get(1).name()));
    assertEquals("ปก", plan.office().mentions().get(0).where());
  }

  @Test
  void strategiesMirrorTheNationalEducationPlanByInference() {
    for (Strategy s : plan.strategies()) {
      assertEquals(List.of(AlignmentLink.builder().framework("national-education-plan").item(s.number())
          .evidence(AlignmentEvidence.INFERRED).build()), s.alignment());
    }
    assertTrue(plan.alignment().isEmpty(), "the document claims no alignment itself");
  }

  @Test
  void keepsTheDocumentsTyposAndDrift() {
    Strategy one = plan.strategies().get(0);
    assertEquals("พัฒนานักเรียนมีความให้มีความพร้อมสามารถรับมือกับภัยคุกคามทุกรูปแบบ ทุกระดับ ความรุนแรง"
        + " ที่มีผลกระทบต่อความมั่นคงของประเทศ", one.guidelines().get(1).text());
    assertTrue(one.guidelines().get(0).children().get(1).text().startsWith("ปลุกฝังคุณธรรม"));
    assertTrue(plan.strategies().get(3).guidelines().get(0).children().get(1).text().endsWith("ให้แก่ักเรียน"));
    assertTrue(indicator("11").text().contains("(Nation Test : NT)"));
  }

  @Test
  void writesBackToTheSamePlan() {
    assertEquals(plan, PlanJson.strict().read(PlanJson.strict().write(plan)));
    assertEquals(List.of(2562), indicator("4").baselines().stream().map(Baseline::year).toList());
  }
}
