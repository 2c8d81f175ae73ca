package io.github.eduplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.AlignmentEvidence;
import io.github.eduplan.model.Comparison;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Guideline;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.NameMention;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Target;
import io.github.eduplan.time.FiscalYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundled transcription of the สพป.ยโสธร เขต 2 FY2566 plan: the FY๒๕๖๖ quality-development direction (ฉบับปรับปรุง) of an
 * office printed as ชัยโสธร, ยโสธร and ปทุมธานี เขต ๒. The expected values are copied from the seed text.
 */
class Yasothon2PlanTest {
  static final String FILE = "yasothon-2-2566.json";
  static final StrategicPlan PLAN = BundledPlans.load(FILE);
  static final FiscalYear FY2566 = FiscalYear.of(2566);

  static Stream<Indicator> withComponents(Indicator indicator) {
    return Stream.concat(Stream.of(indicator),
        indicator.components().stream().flatMap(Yasothon2PlanTest::withComponents));
  }

  static Stream<Guideline> withChildren(Guideline guideline) {
    return Stream.concat(Stream.of(guideline),
        guideline.children().stream().flatMap(Yasothon2PlanTest::withChildren));
  }

  static Indicator indicator(String code) {
    return PLAN.indicators().filter(i -> i.code().orElse("").equals(code))
        .findFirst().orElseThrow(() -> new AssertionError("no indicator " + code));
  }

  @Test
  void theFileIsTheRevisedFy2566AnnouncementOfTheDirection() {
    assertEquals(PlanKind.QUALITY_DIRECTION, PLAN.kind());
    assertEquals("ทิศทางการพัฒนาคุณภาพการศึกษา ของสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชัยโสธร เขต ๒"
        + " ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", PLAN.title().orElseThrow());
    assertEquals(FY2566, PLAN.period().first());
    assertEquals(FY2566, PLAN.period().last());
    assertEquals("ฉบับปรับปรุง", PLAN.revision().orElseThrow());
    assertEquals(LocalDate.of(2022, 11, 9), PLAN.approvalDate().orElseThrow(),
        "ประกาศ ณ วันที่ ๙ พฤศจิกายน พ.ศ. ๒๕๖๕");
    assertTrue(PLAN.vision().orElseThrow().startsWith("ภายในปีงบประมาณ ๒๕๗๐ สำนักงานเขตพื้นที่"));
    assertEquals(List.of(), PLAN.projects());
  }

  @Test
  void writingAndReadingBackGivesTheSamePlan() {
    PlanJson json = PlanJson.strict();
    assertEquals(PLAN, json.read(json.write(PLAN)));
  }

  @Test
  void theCountsAreTheDocumentsCounts() {
    assertEquals(4, PLAN.strategies().size(), "กลยุทธ์");
    assertEquals(4, PLAN.missions().size(), "พันธกิจ");
    assertEquals(7, PLAN.goals().size(), "เป้าประสงค์");
    assertEquals(0, PLAN.strategies().stream().mapToInt(s -> s.goals().size()).sum(),
        "the document announces per-strategy เป้าหมาย but prints none");
    assertEquals(List.of(16, 8, 25, 13),
        PLAN.strategies().stream().map(s -> s.guidelines().size()).collect(Collectors.toList()));
    assertEquals(62, PLAN.strategies().stream().flatMap(s -> s.guidelines().stream())
        .flatMap(Yasothon2PlanTest::withChildren).count(), "guidelines including nested ones");
    assertEquals(List.of(17, 7, 23, 33),
        PLAN.strategies().stream().map(s -> s.indicators().size()).collect(Collectors.toList()));
    assertEquals(80, PLAN.indicators().flatMap(Yasothon2PlanTest::withComponents).count(),
        "indicators including components (there are none)");
    List<String> codes = PLAN.indicators().map(i -> i.code().orElseThrow())
        .collect(Collectors.toList());
    assertEquals("๑", codes.get(0));
    assertEquals("๘๐", codes.get(79));
    assertEquals(80, Set.copyOf(codes).size(), "numbered ๑ to ๘๐ across the strategies, no repeats");
  }

  @Test
  void thereAreNoBaselinesAndEveryTargetIsForTheOneFiscalYear() {
    assertEquals(0, PLAN.indicators().mapToInt(i -> i.baselines().size()).sum());
    assertEquals(Set.of(FY2566), PLAN.indicators().flatMap(i -> i.targets().keySet().stream())
        .collect(Collectors.toSet()));
    assertEquals(78, PLAN.indicators().filter(i -> i.targetInText().isPresent()).count());
  }

  @Test
  void theYearTargetIsTheTargetInTheText() {
    PLAN.indicators().forEach(i -> assertEquals(i.targetInText(), i.targetFor(FY2566),
        () -> "indicator " + i.code().orElseThrow()));
    List<String> untargeted = PLAN.indicators().filter(i -> i.targetInText().isEmpty())
        .map(i -> i.code().orElseThrow()).collect(Collectors.toList());
    assertEquals(List.of("๕๖", "๖๑"), untargeted);
    assertTrue(untargeted.stream().map(Yasothon2PlanTest::indicator)
        .allMatch(i -> i.measureKind() == MeasureKind.TEXT));
  }

  @Test
  void targetsInTheTextKeepTheirWording() {
    Target first = indicator("๑").targetInText().orElseThrow();
    assertEquals(IndicatorValue.number(80), first.value());
    assertEquals("ร้อยละ ๘๐", first.asWritten().orElseThrow());
    assertTrue(first.comparison().isEmpty(), "a bare ร้อยละ ๘๐ writes no comparison");
    assertTrue(indicator("๑").text().startsWith("ร้อยละ ๘๐ ของผู้เรียน มีความเข้าใจในภัยคุกคาม"));
    Target reform = indicator("๕๐").targetInText().orElseThrow();
    assertEquals(Comparison.AT_LEAST, reform.comparison().orElseThrow());
    assertEquals(new BigDecimal("300"), ((IndicatorValue.Numeric) reform.value()).value());
    assertEquals("ไม่ต่ำกว่า ๓๐๐ คะแนน", reform.asWritten().orElseThrow());
    assertEquals(MeasureKind.QUANTITY, indicator("๕๐").measureKind());
    Target ita = indicator("๕๓").targetInText().orElseThrow();
    assertEquals("ไม่ต่ำกว่าร้อยละ ๘๕ (มีคุณภาพระดับ AA)", ita.asWritten().orElseThrow());
    Target standard = indicator("๕๑").targetInText().orElseThrow();
    assertEquals(IndicatorValue.level("ดี"), standard.value());
    assertEquals(Comparison.AT_LEAST, standard.comparison().orElseThrow());
    assertEquals(MeasureKind.ORDINAL, indicator("๕๑").measureKind());
    assertEquals(IndicatorValue.yesNo(true), indicator("๔๘").targetInText().orElseThrow().value());
  }

  @Test
  void noIndicatorDecreasesAndTheDropoutIndicatorsCountChildrenBroughtBack() {
    assertTrue(PLAN.indicators().noneMatch(i -> i.direction() == Direction.DECREASE));
    for (String code : List.of("๔๑", "๗๔")) {
      Indicator back = indicator(code);
      assertTrue(back.text().contains("เด็กออกกลางคัน"), code);
      assertEquals(Direction.INCREASE, back.direction(), code);
      assertEquals(IndicatorValue.number(100), back.targetFor(FY2566).orElseThrow().value(), code);
    }
  }

  @Test
  void everyWayTheDocumentNamesTheOfficeIsAMention() {
    assertEquals("สำนักงานเขตพื้นที่การศึกษาประถมศึกษายโสธร เขต ๒", PLAN.office().name());
    List<NameMention> mentions = PLAN.office().mentions();
    assertEquals(42, mentions.size());
    Map<String, Long> byProvince = mentions.stream().map(m -> m.name().contains("ชัยโสธร")
            ? "ชัยโสธร" : m.name().contains("ยโสธร") ? "ยโสธร" : "ปทุมธานี")
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    assertEquals(Map.of("ชัยโสธร", 20L, "ยโสธร", 15L, "ปทุมธานี", 7L), byProvince);
    assertEquals(NameMention.of("ประกาศ (หัวเรื่อง)", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาชัยโสธร เขต ๒"),
        mentions.get(0));
    assertTrue(mentions.contains(NameMention.of("ตัวชี้วัดที่ ๖๐",
        "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาปทุมธานี เขต ๒")));
    assertTrue(mentions.contains(NameMention.of("ตัวชี้วัดที่ ๒๓",
        "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา ยโสธร เขต ๒")), "with its line-wrap space");
    assertEquals(NameMention.of("ผู้ลงนาม (ตำแหน่ง)", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษายโสธร เขต ๒"),
        mentions.get(mentions.size() - 1), "the file's last line, which has no final newline");
  }

  @Test
  void theSmartTicksAreKeptInTheNotes() {
    assertEquals("SMART Students: S, M", indicator("๑").note().orElseThrow());
    assertEquals("SMART Teachers: T", indicator("๒๐").note().orElseThrow());
    assertEquals("SMART Supporters: S, M, A, R", indicator("๖๐").note().orElseThrow());
    assertTrue(PLAN.indicators().allMatch(i -> i.note().orElse("").startsWith("SMART ")));
  }

  @Test
  void scrambledGuidelinesAreKeptAsPrinted() {
    List<Guideline> schools = PLAN.strategy("๓").orElseThrow().guidelines();
    assertTrue(schools.get(17).text().startsWith("รายบุคคล (Personalized Learning) เช่น"),
        "guideline ๑๘ is the tail of guideline ๒๕");
    assertTrue(schools.get(24).text().endsWith("เพื่อส่งเสริมการเรียนรู้"), "guideline ๒๕ is cut short");
    assertTrue(schools.get(7).text().contains("ในการดำรงชีวิตส่งเสริมสถานศึกษาให้จัดการศึกษา"),
        "guideline ๘ runs two guidelines together");
  }

  @Test
  void alignmentWithObecIsClaimedInOneSentence() {
    assertEquals(1, PLAN.alignment().size());
    assertEquals("obec-policy", PLAN.alignment().get(0).framework());
    assertEquals(AlignmentEvidence.PROSE, PLAN.alignment().get(0).evidence());
  }
}
