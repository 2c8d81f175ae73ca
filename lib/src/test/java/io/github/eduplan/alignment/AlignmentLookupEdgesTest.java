package io.github.eduplan.alignment;

import static io.github.eduplan.alignment.AlignmentEdgesTest.edition;
import static io.github.eduplan.alignment.AlignmentEdgesTest.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.AlignmentEvidence;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which edition a link resolves to, which items the tables show, how an element supports a
 * framework it does not link, and a catalogue's own lookups. The catalogue: "national" (level 1,
 * items 3 and 4, in force 2561–2580) and "policy" (level 2) with editions old (2560–2564), new
 * (2565–2569) and next (2570–2574); item 1 is in all three, new/1.1 sits under new/1 and new/2
 * under national 3.
 */
class AlignmentLookupEdgesTest {
  // Built for each test: PIT runs many mutants in one JVM (see AlignmentEdgesTest).
  final Catalogue catalogue = Catalogue.of(
      List.of(
          Framework.builder().id("national").titleThai("ชาติ").level(PlanLevel.of(1))
              .addEditions(edition("national", "1", 2561, 2580)).build(),
          Framework.builder().id("policy").titleThai("นโยบาย").level(PlanLevel.of(2))
              .addEditions(edition("policy", "old", 2560, 2564), edition("policy", "new", 2565, 2569),
                  edition("policy", "next", 2570, 2574)).build()),
      List.of(
          item("national", "1", 1, "3", Optional.empty()),
          item("national", "1", 1, "4", Optional.empty()),
          item("policy", "old", 2, "1", Optional.empty()),
          item("policy", "new", 2, "1", Optional.empty()),
          item("policy", "new", 2, "1.1", Optional.of(new ItemKey("policy", "new", "1"))),
          item("policy", "new", 2, "2", Optional.of(new ItemKey("national", "1", "3"))),
          item("policy", "next", 2, "1", Optional.empty())));

  static StrategicPlan plan(FiscalYearRange period, List<Strategy> strategies, List<Project> projects) {
    return StrategicPlan.builder()
        .office(Office.builder().name("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต 1").build())
        .kind(PlanKind.ACTION_PLAN).period(period).strategies(strategies).projects(projects).build();
  }

  static Project project(String number, String strategy, AlignmentLink... links) {
    return Project.builder().number(number).title("โครงการ " + number).strategy(strategy).budget(Baht.of(100))
        .addAlignment(links).build();
  }

  static Strategy strategy(String number, AlignmentLink... links) {
    return Strategy.builder().number(number).title("กลยุทธ์ " + number).addAlignment(links).build();
  }

  private ItemKey resolved(String item, FiscalYearRange period) {
    return catalogue.resolve(AlignmentLink.matrix("policy", item), period).item().orElseThrow().key();
  }

  @Test
  void aLinkWithoutAnEditionResolvesToTheLatestEditionInForceOrElseTheLatestThatHasTheItem() {
    assertEquals(new ItemKey("policy", "new", "1"), resolved("1", FiscalYearRange.of(2565, 2566)));
    assertEquals(new ItemKey("policy", "old", "1"), resolved("1", FiscalYearRange.of(2560, 2561)));
    assertEquals(new ItemKey("policy", "next", "1"), resolved("1", FiscalYearRange.of(2564, 2575)));
    ResolvedLink late = catalogue.resolve(AlignmentLink.matrix("policy", "1"), FiscalYearRange.of(2580, 2581));
    assertEquals(new ItemKey("policy", "next", "1"), late.item().orElseThrow().key());
    assertEquals(false, late.inForce());
  }

  @Test
  void aLinkNamingAnEditionTheCatalogueLacksIsAnUnknownEdition() {
    ResolvedLink r = catalogue.resolve(AlignmentLink.builder().framework("policy").edition("2599").item("1")
        .evidence(AlignmentEvidence.MATRIX).build(), FiscalYearRange.of(2565, 2566));
    assertEquals(ResolvedLink.Status.UNKNOWN_EDITION, r.status());
    assertEquals(Optional.empty(), r.item());
    assertEquals(false, r.inForce());
  }

  @Test
  void aResolvedLinkHasAnItemExactlyWhenItWasFound() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ResolvedLink(
        AlignmentLink.matrix("policy", "1"), ResolvedLink.Status.FOUND, Optional.empty(), true));
    assertEquals("a FOUND link lacks an item", e.getMessage());
  }

  @Test
  void editionsInForceInAYearComeEarliestStartFirst() {
    Catalogue overlapping = Catalogue.of(List.of(Framework.builder().id("plan").titleThai("แผน")
        .level(PlanLevel.of(2)).addEditions(edition("plan", "b", 2566, 2570), edition("plan", "a", 2563, 2566))
        .build()), List.of());
    assertEquals(List.of("a", "b"), overlapping.editionsInForce("plan", FiscalYear.of(2566)).stream()
        .map(Edition::id).collect(Collectors.toList()));
  }

  @Test
  void theAncestorsOfAnItemNotTheCataloguesOwnFollowItsOwnParent() {
    CatalogueItem own = catalogue.item("policy", "new", "1.1").orElseThrow();
    CatalogueItem moved = CatalogueItem.builder().from(own).parent(new ItemKey("national", "1", "3")).build();
    assertEquals(List.of(new ItemKey("policy", "new", "1")),
        catalogue.ancestors(own).stream().map(CatalogueItem::key).collect(Collectors.toList()));
    assertEquals(List.of(new ItemKey("national", "1", "3")),
        catalogue.ancestors(moved).stream().map(CatalogueItem::key).collect(Collectors.toList()));
    CatalogueItem movedAgain = CatalogueItem.builder().from(own).parent(new ItemKey("policy", "new", "2")).build();
    assertEquals(List.of(new ItemKey("policy", "new", "2"), new ItemKey("national", "1", "3")),
        catalogue.ancestors(movedAgain).stream().map(CatalogueItem::key).collect(Collectors.toList()),
        "a second stranger with the same key is walked from its own parent too");
  }

  @Test
  void mergingAFrameworkOfAnotherLevelMovesItsItemsToThatLevel() {
    Catalogue relevelled = catalogue.merge(Catalogue.of(List.of(Framework.builder().id("policy")
        .titleThai("นโยบาย").level(PlanLevel.of(3)).addEditions(edition("policy", "new", 2565, 2569)).build()),
        List.of()));
    assertEquals(PlanLevel.of(3), relevelled.item("policy", "old", "1").orElseThrow().level());
    assertEquals(PlanLevel.of(1), relevelled.item("national", "1", "3").orElseThrow().level());
  }

  @Test
  void aCatalogueAndAMapDescribeThemselvesBriefly() {
    assertEquals("Catalogue[national, policy] (7 items)", catalogue.toString());
    Catalogue fewer = Catalogue.of(catalogue.frameworks(), catalogue.items().subList(0, 2));
    assertTrue(fewer.hashCode() != catalogue.hashCode(), "catalogues with other items hash apart");
    AlignmentMap map = AlignmentMap.of(plan(FiscalYearRange.of(2565, 2566), List.of(strategy("1")),
        List.of(project("1", "1"))), catalogue);
    assertEquals("AlignmentMap[สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต 1, 3 elements, "
        + "Catalogue[national, policy] (7 items)]", map.toString());
  }

  @Test
  void ofTwoEqualProjectsEachIsItsOwnElement() {
    Project p = project("1", "1", AlignmentLink.matrix("policy", "1"));
    Project copy = Project.builder().from(p).build();
    StrategicPlan plan = plan(FiscalYearRange.of(2565, 2566), List.of(strategy("1")), List.of(p, copy));
    AlignmentMap map = AlignmentMap.of(plan, catalogue);
    assertEquals("$.projects[1]", map.element(plan.projects().get(1)).orElseThrow().path());
    assertEquals("$.projects[0]", map.element(plan.projects().get(0)).orElseThrow().path());
  }

  @Test
  void theItemsOfAnEditionInForceAreShownThoughNothingLinksThem() {
    AlignmentMap map = AlignmentMap.of(plan(FiscalYearRange.of(2565, 2566), List.of(strategy("1")),
        List.of(project("1", "1"))), catalogue);
    assertEquals(List.of(new ItemKey("national", "1", "3"), new ItemKey("national", "1", "4")),
        map.relevantItems("national").stream().map(CatalogueItem::key).collect(Collectors.toList()));
  }

  @Test
  void aLinkedEditionOfAnotherFrameworkWithTheSameIdShowsNothing() {
    // Editions are often named by years, so two frameworks may both have an edition "2566".
    Catalogue sameIds = Catalogue.of(List.of(
        Framework.builder().id("a").titleThai("ก").level(PlanLevel.of(1)).addEditions(edition("a", "2566", 2500, 2510)).build(),
        Framework.builder().id("b").titleThai("ข").level(PlanLevel.of(2)).addEditions(edition("b", "2566", 2566, 2570)).build()),
        List.of(item("a", "2566", 1, "1", Optional.empty()), item("b", "2566", 2, "1", Optional.empty())));
    AlignmentMap map = AlignmentMap.of(plan(FiscalYearRange.of(2566, 2567), List.of(strategy("1")),
        List.of(project("1", "1", AlignmentLink.matrix("b", "1")))), sameIds);
    assertEquals(List.of(), map.relevantItems("a"));
    assertEquals(1, map.relevantItems("b").size());
  }

  @Test
  void aBudgetTableOfAFrameworkTheCatalogueLacksIsRefused() {
    AlignmentMap map = AlignmentMap.of(plan(FiscalYearRange.of(2565, 2566), List.of(strategy("1")), List.of()),
        catalogue);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> map.budgetByItem("nothing"));
    assertEquals("the catalogue has no framework nothing", e.getMessage());
  }

  @Test
  void anItemUnderAnotherFrameworksItemIsATopRowEvenWhenNoProjectSupportsIt() {
    AlignmentMap map = AlignmentMap.of(plan(FiscalYearRange.of(2565, 2566), List.of(strategy("1")),
        List.of(project("1", "1", AlignmentLink.matrix("policy", "1.1")))), catalogue);
    BudgetTable table = map.budgetByItem("policy");
    assertEquals(List.of("1", "2"), table.rows().stream().map(BudgetTable.Row::key).collect(Collectors.toList()));
    assertEquals(0, table.row("2").orElseThrow().projectCount());
    assertEquals(1, table.row("1").orElseThrow().projectCount());
  }

  @Test
  void aStrategysLinkToAFrameworkWinsOverItemsAboveTheProjectsOwnLinksElsewhere() {
    // The project links policy 2, which sits under national 3; its strategy links national 4.
    StrategicPlan plan = plan(FiscalYearRange.of(2565, 2566),
        List.of(strategy("1", AlignmentLink.matrix("national", "4"))),
        List.of(project("1", "1", AlignmentLink.matrix("policy", "2"))));
    AlignmentMap map = AlignmentMap.of(plan, catalogue);
    PlanElement project = map.element(plan.projects().get(0)).orElseThrow();
    Map<ItemKey, SupportKind> supported = map.trace(project).supported("national").entrySet().stream()
        .collect(Collectors.toMap(e -> e.getKey().key(), Map.Entry::getValue));
    assertEquals(Map.of(new ItemKey("national", "1", "4"), SupportKind.STRATEGY), supported);
    StrategicPlan alone = plan(FiscalYearRange.of(2565, 2566), List.of(strategy("1")),
        List.of(project("1", "1", AlignmentLink.matrix("policy", "2"))));
    AlignmentMap aloneMap = AlignmentMap.of(alone, catalogue);
    Trace trace = aloneMap.trace(aloneMap.element(alone.projects().get(0)).orElseThrow());
    assertEquals(List.of(new ItemKey("national", "1", "3")), trace.supported("national").keySet().stream()
        .map(CatalogueItem::key).collect(Collectors.toList()));
    assertEquals(SupportKind.HIGHER_ITEM, trace.supported("national").values().iterator().next());
  }

  @Test
  void aTraceListsTheItemsItReachesPerFrameworkAndDescribesItself() {
    StrategicPlan plan = plan(FiscalYearRange.of(2565, 2566), List.of(strategy("1")),
        List.of(project("7", "1", AlignmentLink.matrix("policy", "2"))));
    AlignmentMap map = AlignmentMap.of(plan, catalogue);
    Trace trace = map.trace(map.element(plan.projects().get(0)).orElseThrow());
    assertEquals(List.of(new ItemKey("policy", "new", "2")),
        trace.items("policy").stream().map(CatalogueItem::key).collect(Collectors.toList()));
    assertEquals(List.of(new ItemKey("national", "1", "3")),
        trace.items("national").stream().map(CatalogueItem::key).collect(Collectors.toList()));
    assertEquals("Trace[โครงการ 7 → policy:new:2, national:1:3]", trace.toString());
  }

  @Test
  void aCatalogueFileIsReadAsUtf8(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("catalogue.json");
    Files.writeString(file, CatalogueJsonErrorTest.VALID, StandardCharsets.UTF_8);
    assertEquals(CatalogueJson.read(CatalogueJsonErrorTest.VALID), CatalogueJson.read(file));
    assertEquals("ด้านโอกาส", CatalogueJson.read(file).item("obec-policy", "2564-2565", "2").orElseThrow().titleThai());
  }

  @Test
  void anEditionGivenTwiceAndAnArrayForAnObjectAreNamed() {
    String twice = CatalogueJsonErrorTest.VALID.replace("  }],\n  \"items\"",
        "  }, {\"id\": \"2564-2565\", \"years\": {\"first\": 2566, \"last\": 2567},"
            + " \"source\": {\"kind\": \"PLAN_DOCUMENT\", \"reference\": \"x\"}}],\n  \"items\"");
    CatalogueFormatException e = assertThrows(CatalogueFormatException.class, () -> CatalogueJson.read(twice));
    assertEquals("$.frameworks[0].editions[1].id", e.jsonPath());
    assertEquals("edition 2564-2565 is given twice", e.problem());
    CatalogueFormatException array = assertThrows(CatalogueFormatException.class,
        () -> CatalogueJson.read("{\"frameworks\": [[]]}"));
    assertEquals("$.frameworks[0]", array.jsonPath());
    assertEquals("expected an object, found array", array.problem());
    assertTrue(array.getMessage().startsWith("expected an object, found array (at $.frameworks[0]"), array.getMessage());
  }
}
