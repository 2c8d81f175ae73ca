package io.github.eduplan.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.AlignmentEvidence;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogueTest {
  private final Catalogue catalogue = Catalogue.bundled();

  private List<String> numbers(String framework, String edition) {
    return catalogue.items(framework, edition).stream().map(CatalogueItem::number).collect(Collectors.toList());
  }

  private List<String> topNumbers(String framework, String edition) {
    return catalogue.items(framework, edition).stream().filter(i -> i.parent().isEmpty()
        || !i.parent().get().framework().equals(framework)).map(CatalogueItem::number).collect(Collectors.toList());
  }

  @Test
  void theBundledCatalogueHasEveryFrameworkTheBriefNames() {
    assertEquals(List.of("national-strategy", "master-plan", "reform-plan", "nesdp", "national-security-policy",
            "national-education-plan", "government-policy", "moe-policy", "obec-policy"),
        catalogue.frameworks().stream().map(Framework::id).collect(Collectors.toList()));
  }

  @Test
  void theNationalStrategyHasSixStrategiesAtLevelOne() {
    assertEquals(List.of("1", "2", "3", "4", "5", "6"), numbers("national-strategy", "2561"));
    assertEquals(PlanLevel.LEVEL_1, catalogue.level("national-strategy").get());
    assertEquals("การพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์",
        catalogue.item("national-strategy", "2561", "3").get().titleThai());
  }

  @Test
  void thereAreTwentyThreeMasterPlansEachUnderTheNationalStrategyItServes() {
    assertEquals(23, numbers("master-plan", "2561").size());
    CatalogueItem learning = catalogue.item("master-plan", "2561", "12").get();
    assertEquals("การพัฒนาการเรียนรู้", learning.titleThai());
    assertEquals(new ItemKey("national-strategy", "2561", "3"), learning.parent().get());
    assertEquals(PlanLevel.LEVEL_2, learning.level());
    assertTrue(catalogue.item("master-plan", "2561", "23").get().parent().isEmpty());
    assertEquals(List.of(), catalogue.itemsWithMissingParent());
  }

  @Test
  void nesdpTwelveHasTenStrategiesAndThirteenHasThirteenMilestones() {
    assertEquals(10, numbers("nesdp", "12").size());
    assertEquals(13, numbers("nesdp", "13").size());
    assertEquals("ไทยมีกำลังคนสมรรถนะสูง มุ่งเรียนรู้อย่างต่อเนื่อง ตอบโจทย์การพัฒนาแห่งอนาคต",
        catalogue.item("nesdp", "13", "12").get().titleThai());
  }

  @Test
  void nesdpTwelveEndsIn2564AndThirteenStartsIn2566() {
    assertTrue(catalogue.isInForce("nesdp", "12", FiscalYear.of(2564)));
    assertFalse(catalogue.isInForce("nesdp", "12", FiscalYear.of(2565)));
    assertFalse(catalogue.isInForce("nesdp", "13", FiscalYear.of(2565)));
    assertTrue(catalogue.isInForce("nesdp", "13", FiscalYear.of(2566)));
    assertEquals(List.of(), catalogue.editionsInForce("nesdp", FiscalYear.of(2565)));
    assertEquals("13", catalogue.editionsInForce("nesdp", FiscalYear.of(2570)).get(0).id());
    assertFalse(catalogue.isInForce("nesdp", "14", FiscalYear.of(2571)));
  }

  @Test
  void reformPlansNumberEducationTwelveInBothEditions() {
    assertEquals(12, numbers("reform-plan", "2561").size());
    assertEquals(13, numbers("reform-plan", "2564").size());
    assertEquals("ด้านการศึกษา", catalogue.item("reform-plan", "2561", "12").get().titleThai());
    assertEquals("ด้านการศึกษา", catalogue.item("reform-plan", "2564", "12").get().titleThai());
  }

  @Test
  void obecPolicyHasFourAreasNumberedOneToFourWithTheirPoints() {
    assertEquals(List.of("1", "2", "3", "4"), topNumbers("obec-policy", "2564-2565"));
    assertEquals(List.of("ด้านความปลอดภัย", "ด้านโอกาส", "ด้านคุณภาพ", "ด้านประสิทธิภาพ"),
        topNumbers("obec-policy", "2564-2565").stream()
            .map(n -> catalogue.item("obec-policy", "2564-2565", n).get().titleThai()).collect(Collectors.toList()));
    CatalogueItem point = catalogue.item("obec-policy", "2564-2565", "3.2").get();
    assertEquals("3", catalogue.parent(point).get().number());
    assertEquals(6, catalogue.children(catalogue.item("obec-policy", "2564-2565", "4").get()).size());
    assertEquals(PlanLevel.LEVEL_3, point.level());
  }

  @Test
  void otherFrameworksHaveTheSeedsCounts() {
    assertEquals(6, numbers("national-education-plan", "2560").size());
    assertEquals(19, numbers("national-security-policy", "2562").size());
    assertEquals(12, numbers("government-policy", "2562").size());
    assertEquals(12, numbers("moe-policy", "2564-2565").size());
    assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"), topNumbers("moe-policy", "2565"));
  }

  @Test
  void everyItemSaysWhereItComesFrom() {
    for (CatalogueItem i : catalogue.items()) {
      assertFalse(i.source().reference().isBlank(), i.key().toString());
      if (i.source().kind() == SourceKind.PLAN_DOCUMENT) {
        assertTrue(i.source().reference().startsWith("แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ.2565, สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2"), i.key() + ": " + i.source());
      }
    }
    assertEquals(SourceKind.OFFICIAL, catalogue.item("nesdp", "13", "1").get().source().kind());
    assertEquals(SourceKind.PLAN_DOCUMENT, catalogue.item("obec-policy", "2564-2565", "1").get().source().kind());
  }

  @Test
  void aFiscalYearStandsForTheEditionInForceThatYear() {
    assertEquals("2564-2565", catalogue.edition("obec-policy", "2565").get().id());
    assertEquals("ด้านคุณภาพ", catalogue.item("obec-policy", "2565", "3").get().titleThai());
    assertEquals("2565", catalogue.edition("moe-policy", "2565").get().id());
    assertTrue(catalogue.edition("obec-policy", "2570").isEmpty());
    assertTrue(catalogue.edition("obec-policy", "ฉบับใหม่").isEmpty());
  }

  @Test
  void numbersMatchInThaiDigitsAndWithTrailingMarks() {
    for (String written : List.of("3", "๓", "3.", "(3)", "3)", " 3 ")) {
      assertEquals("3", catalogue.item("national-strategy", "2561", written).get().number(), written);
    }
    assertEquals("3.2", catalogue.item("obec-policy", "2564-2565", "๓.๒").get().number());
    assertTrue(catalogue.item("national-strategy", "2561", "7").isEmpty());
  }

  @Test
  void aLinkWithoutAnEditionResolvesToTheEditionInForceInThePlansYears() {
    AlignmentLink reform = AlignmentLink.matrix("reform-plan", "12");
    ResolvedLink in2565 = catalogue.resolve(reform, FiscalYearRange.of(2565, 2565));
    assertEquals("2564", in2565.item().get().edition());
    assertTrue(in2565.inForce());
    assertEquals("2561", catalogue.resolve(reform, FiscalYearRange.of(2562, 2562)).item().get().edition());
    ResolvedLink thirteen = catalogue.resolve(AlignmentLink.matrix("reform-plan", "13"), FiscalYearRange.of(2562, 2562));
    assertEquals("2564", thirteen.item().get().edition());
    assertFalse(thirteen.inForce());
  }

  @Test
  void lookupsAreKeptPerPeriodAndGiveEachCallerItsOwnLink() {
    Catalogue fresh = Catalogue.of(catalogue.frameworks(), catalogue.items());
    AlignmentLink reform = AlignmentLink.matrix("reform-plan", "12");
    AlignmentLink equal = AlignmentLink.matrix("reform-plan", "12");
    FiscalYearRange p2565 = FiscalYearRange.of(2565, 2565);
    ResolvedLink first = fresh.resolve(reform, p2565);
    assertSame(first, fresh.resolve(reform, p2565));             // kept
    ResolvedLink other = fresh.resolve(equal, FiscalYearRange.of(2565, 2565));
    assertSame(equal, other.link());                              // an equal link: its own
    assertEquals(first.item(), other.item());
    assertSame(fresh.resolverFor(p2565), fresh.resolverFor(FiscalYearRange.of(2565, 2565)));
    // Past the limit of periods a lookup is made, right, but not kept.
    for (int y = 0; y < 100; y++) {
      FiscalYearRange period = FiscalYearRange.of(2400 + y, 2400 + y);
      assertEquals(catalogue.resolve(reform, period), fresh.resolve(reform, period));
    }
    FiscalYearRange late = FiscalYearRange.of(2599, 2599);
    assertNotSame(fresh.resolverFor(late), fresh.resolverFor(late));
    assertSame(fresh.resolverFor(FiscalYearRange.of(2400, 2400)), fresh.resolverFor(FiscalYearRange.of(2400, 2400)));
    assertEquals(catalogue.resolve(reform, late), fresh.resolverFor(late).resolve(reform));
  }

  @Test
  void anItemsKeyIsMadeOnce() {
    CatalogueItem item = catalogue.item("national-strategy", "2561", "3").get();
    assertSame(item.key(), item.key());
    assertEquals(new ItemKey("national-strategy", "2561", "3"), item.key());
  }

  @Test
  void aLinkToAnEditionNotInForceIsFoundAndMarked() {
    AlignmentLink twelve = AlignmentLink.builder().framework("nesdp").edition("12").item("1")
        .evidence(AlignmentEvidence.NUMBERED_REFERENCE).build();
    ResolvedLink r = catalogue.resolve(twelve, FiscalYearRange.of(2566, 2570));
    assertEquals(ResolvedLink.Status.FOUND, r.status());
    assertFalse(r.inForce());
    assertTrue(catalogue.resolve(twelve, FiscalYearRange.of(2563, 2565)).inForce());
  }

  @Test
  void linksThatMissSayWhy() {
    FiscalYearRange y = FiscalYearRange.of(2565, 2565);
    assertEquals(ResolvedLink.Status.UNKNOWN_FRAMEWORK, catalogue.resolve(AlignmentLink.matrix("sdg", "4"), y).status());
    assertEquals(ResolvedLink.Status.UNKNOWN_ITEM,
        catalogue.resolve(AlignmentLink.matrix("national-strategy", "7"), y).status());
    assertEquals(ResolvedLink.Status.UNKNOWN_EDITION, catalogue.resolve(AlignmentLink.builder()
        .framework("nesdp").edition("14").item("1").evidence(AlignmentEvidence.MATRIX).build(), y).status());
    assertEquals(ResolvedLink.Status.FRAMEWORK_ONLY, catalogue.resolve(AlignmentLink.builder()
        .framework("nesdp").evidence(AlignmentEvidence.PROSE).build(), y).status());
  }

  @Test
  void writingAndReadingBackGivesAnEqualCatalogue() {
    String json = CatalogueJson.write(catalogue);
    Catalogue back = CatalogueJson.read(json);
    assertEquals(catalogue, back);
    assertEquals(catalogue.items().size(), back.items().size());
    assertTrue(json.contains("\"titleThai\" : \"ด้านประสิทธิภาพ\""), "Thai is written as UTF-8, not escaped");
  }

  static final String NEWER_OBEC = String.join("\n",
      "{\"frameworks\": [{",
      "  \"id\": \"obec-policy\", \"titleThai\": \"นโยบายสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน\", \"level\": 3,",
      "  \"editions\": [{\"id\": \"2566\", \"years\": {\"first\": 2566, \"last\": 2566},",
      "                \"source\": {\"kind\": \"OFFICIAL\", \"reference\": \"นโยบาย สพฐ. ปีงบประมาณ พ.ศ. 2566\"}}],",
      "  \"items\": [{\"edition\": \"2566\", \"number\": \"1\", \"titleThai\": \"ด้านความปลอดภัย\"},",
      "            {\"edition\": \"2566\", \"number\": \"1.1\", \"titleThai\": \"จุดเน้นหนึ่ง\", \"parent\": {\"number\": \"1\"}}]",
      "}]}");

  @Test
  void aUsersNewerEditionMergesWithTheBundledOne() {
    Catalogue merged = catalogue.merge(CatalogueJson.read(NEWER_OBEC));
    assertEquals(List.of("2564-2565", "2566"), merged.framework("obec-policy").get().editions().stream()
        .map(Edition::id).collect(Collectors.toList()));
    assertEquals("1", merged.parent(merged.item("obec-policy", "2566", "1.1").get()).get().number());
    assertEquals(catalogue.items("obec-policy").size() + 2, merged.items("obec-policy").size());
    assertEquals("2566", merged.edition("obec-policy", "2566").get().id());
    assertEquals(catalogue.items().size() + 2, merged.items().size());
  }

  @Test
  void onMergeTheOthersItemWins() {
    String renamed = NEWER_OBEC.replace("\"2566\"", "\"2564-2565\"").replace("2566,", "2564,")
        .replace("\"ด้านความปลอดภัย\"", "\"ความปลอดภัย\"");
    Catalogue merged = catalogue.merge(CatalogueJson.read(renamed));
    assertEquals("ความปลอดภัย", merged.item("obec-policy", "2564-2565", "1").get().titleThai());
    assertEquals(2564, merged.edition("obec-policy", "2564-2565").get().years().first().buddhistEraYear());
    assertEquals("ด้านคุณภาพ", merged.item("obec-policy", "2564-2565", "3").get().titleThai());
  }

  @Test
  void ancestorsStopAtACycleAndAtAMissingParent() {
    Catalogue loop = CatalogueJson.read(String.join("\n",
        "{\"frameworks\": [{\"id\": \"mine\", \"titleThai\": \"แผนของฉัน\", \"level\": 3,",
        " \"editions\": [{\"id\": \"1\", \"years\": {\"first\": 2565, \"last\": 2565},",
        "   \"source\": {\"kind\": \"PLAN_DOCUMENT\", \"reference\": \"test\"}}],",
        " \"items\": [{\"edition\": \"1\", \"number\": \"a\", \"titleThai\": \"ก\", \"parent\": {\"number\": \"b\"}},",
        "           {\"edition\": \"1\", \"number\": \"b\", \"titleThai\": \"ข\", \"parent\": {\"number\": \"c\"}},",
        "           {\"edition\": \"1\", \"number\": \"c\", \"titleThai\": \"ค\", \"parent\": {\"number\": \"a\"}},",
        "           {\"edition\": \"1\", \"number\": \"d\", \"titleThai\": \"ง\", \"parent\": {\"number\": \"x\"}}]}]}"));
    CatalogueItem a = loop.item("mine", "1", "a").get();
    assertEquals(List.of("b", "c"), loop.ancestors(a).stream().map(CatalogueItem::number).collect(Collectors.toList()));
    assertTrue(loop.isInCycle(a));
    CatalogueItem d = loop.item("mine", "1", "d").get();
    assertEquals(List.of(), loop.ancestors(d));
    assertFalse(loop.isInCycle(d));
    assertEquals(Set.of("d"), loop.itemsWithMissingParent().stream().map(CatalogueItem::number).collect(Collectors.toSet()));
  }

  @Test
  void buildingACatalogueInCodeRejectsAnItemOfAnUnknownEdition() {
    Framework f = catalogue.framework("obec-policy").get();
    CatalogueItem stray = CatalogueItem.builder().from(catalogue.item("obec-policy", "2564-2565", "1").get())
        .edition("2599").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Catalogue.of(List.of(f), List.of(stray)));
    assertTrue(e.getMessage().contains("2599"), e.getMessage());
  }
}
