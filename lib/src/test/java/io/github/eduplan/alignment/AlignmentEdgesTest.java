package io.github.eduplan.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.AlignmentEvidence;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.time.FiscalYearRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A small catalogue of two frameworks: "policy" with editions old (2560–2564), new (2565–2569) and
 * next (2570–2574), and "national" with one edition; policy item new/2 sits under national item 3.
 */
class AlignmentEdgesTest {
  static final CatalogueSource SOURCE = CatalogueSource.of(SourceKind.OFFICIAL, "test");

  static Edition edition(String framework, String id, int first, int last) {
    return Edition.builder().framework(framework).id(id).years(FiscalYearRange.of(first, last)).source(SOURCE).build();
  }

  static CatalogueItem item(String framework, String edition, int level, String number, Optional<ItemKey> parent) {
    return CatalogueItem.builder().framework(framework).edition(edition).level(PlanLevel.of(level)).number(number)
        .titleThai("ข้อ " + number).parent(parent).source(SOURCE).build();
  }

  // Built for each test, not once per class: PIT runs many mutants in one JVM, and a map built
  // before a mutant is installed would not show it.
  final Catalogue catalogue = Catalogue.of(
      List.of(
          Framework.builder().id("national").titleThai("ชาติ").level(PlanLevel.of(1))
              .addEditions(edition("national", "1", 2561, 2580)).build(),
          Framework.builder().id("policy").titleThai("นโยบาย").level(PlanLevel.of(2))
              .addEditions(edition("policy", "old", 2560, 2564), edition("policy", "new", 2565, 2569),
                  edition("policy", "next", 2570, 2574), edition("policy", "last", 2990, 2999),
                  edition("policy", "first", 2400, 2401)).build()),
      List.of(
          item("national", "1", 1, "3", Optional.empty()),
          item("policy", "new", 2, "1", Optional.empty()),
          item("policy", "new", 2, "1.1", Optional.of(new ItemKey("policy", "new", "1"))),
          item("policy", "new", 2, "2", Optional.of(new ItemKey("national", "1", "3"))),
          item("policy", "old", 2, "9", Optional.empty()),
          item("policy", "next", 2, "5", Optional.empty()),
          item("policy", "last", 2, "7", Optional.empty())));

  static Indicator.Builder indicator(String code, String text) {
    return Indicator.builder().code(code).text(text).measureKind(MeasureKind.QUANTITY).direction(Direction.INCREASE);
  }

  final Project first = Project.builder().number("1").title("โครงการแรก").budget(Baht.of(100)).strategy("2")
      .addAlignment(AlignmentLink.builder().framework("policy").edition("old").item("9")
          .evidence(AlignmentEvidence.MATRIX).build())
      .build();
  final Project second = Project.builder().number("2").title("โครงการที่สอง").budget(Baht.of(50))
      .addAlignment(AlignmentLink.matrix("policy", "2")).build();

  final StrategicPlan plan = StrategicPlan.builder()
      .office(Office.builder().name("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต 1").build())
      .kind(PlanKind.ACTION_PLAN).period(FiscalYearRange.of(2565, 2566))
      .addGoals(Goal.builder().number("1").text("เป้าหมายของแผน").build())
      .addStrategies(Strategy.builder().number("1").title("กลยุทธ์หนึ่ง")
          .addAlignment(AlignmentLink.matrix("policy", "1.1"))
          .addGoals(Goal.builder().number("1").text("เป้าประสงค์ของกลยุทธ์").build())
          .addIndicators(indicator("1", "ตัวชี้วัดหลัก")
              .addComponents(indicator("1.1", "ตัวชี้วัดย่อย").build()).build())
          .build())
      .addStrategies(Strategy.builder().number("2").title("กลยุทธ์สอง").build())
      .addProjects(first, second)
      .build();

  final AlignmentMap map = AlignmentMap.of(plan, catalogue);

  PlanElement at(String path) {
    return map.elements().stream().filter(e -> e.path().equals(path)).findFirst().orElseThrow();
  }

  @Test
  void everyGoalStrategyIndicatorComponentAndProjectIsAnElementInPlanOrder() {
    List<String> paths = map.elements().stream().map(PlanElement::path).collect(Collectors.toList());
    assertEquals(List.of("$", "$.goals[0]", "$.strategies[0]", "$.strategies[0].goals[0]",
        "$.strategies[0].indicators[0]", "$.strategies[0].indicators[0].components[0]", "$.strategies[1]",
        "$.projects[0]", "$.projects[1]"), paths);
    assertEquals(ElementKind.INDICATOR, at("$.strategies[0].indicators[0].components[0]").kind());
  }

  @Test
  void allLinksAreEveryElementsOwnLinksInPlanOrder() {
    Map<PlanElement, List<ResolvedLink>> all = map.links();
    assertEquals(map.elements(), List.copyOf(all.keySet()));
    for (PlanElement e : map.elements()) {
      assertEquals(map.links(e), all.get(e), e.path());
    }
    assertTrue(all.values().stream().mapToInt(List::size).sum() > 0);
  }

  @Test
  void goalsAndIndicatorsBelongToTheStrategyThatHoldsThem() {
    PlanElement strategy = at("$.strategies[0]");
    assertEquals(List.of(strategy), map.strategiesOf(at("$.strategies[0].goals[0]")));
    assertEquals(List.of(strategy), map.strategiesOf(at("$.strategies[0].indicators[0].components[0]")));
    assertEquals(List.of(), map.strategiesOf(at("$.goals[0]")));
  }

  @Test
  void anOfficeStrategyLinkOfThePlanItselfNamesAStrategyOfThePlan() {
    // The plan is the first element (place 0): its own links count as any element's do.
    StrategicPlan linked = StrategicPlan.builder().from(plan)
        .addAlignment(AlignmentLink.matrix(AlignmentMap.OFFICE_STRATEGY, "2")).build();
    AlignmentMap withLink = AlignmentMap.of(linked, catalogue);
    assertEquals(List.of(withLink.elements(ElementKind.STRATEGY).get(1)),
        withLink.strategiesOf(withLink.elements().get(0)));
    assertEquals(List.of(), map.strategiesOf(map.elements().get(0)));
  }

  @Test
  void aProjectBelongsToTheStrategyItsStrategyAttributeNames() {
    assertEquals(List.of(at("$.strategies[1]")), map.strategiesOf(at("$.projects[0]")));
    assertEquals(List.of(), map.strategiesOf(at("$.projects[1]")));
  }

  @Test
  void aProjectIsFoundByIdentityOrByEqualityAndAStrangerIsNot() {
    assertEquals("$.projects[1]", map.element(second).orElseThrow().path());
    assertEquals("$.projects[1]", map.element(Project.builder().from(second).build()).orElseThrow().path());
    assertEquals(Optional.empty(), map.element(Project.builder().from(second).number("3").build()));
  }

  @Test
  void relevantItemsAreThoseOfEditionsInForceOrLinkedTo() {
    Set<String> numbers = map.relevantItems("policy").stream().map(i -> i.edition() + "/" + i.number())
        .collect(Collectors.toSet());
    assertEquals(Set.of("new/1", "new/1.1", "new/2", "old/9"), numbers);
    assertEquals(List.of(), map.relevantItems("nothing"));
  }

  @Test
  void aTopItemIsOneWithoutAParentInItsOwnFramework() {
    Set<String> tops = map.budgetByItem("policy").rows().stream().map(BudgetTable.Row::key).collect(Collectors.toSet());
    assertTrue(tops.containsAll(Set.of("1", "2", "9")), tops.toString());
    assertFalse(tops.contains("1.1"), tops.toString());
  }

  @Test
  void unlinkedLooksOnlyAtTheKindsAsked() {
    List<PlanElement> projects = map.unlinked(Set.of(ElementKind.PROJECT));
    assertEquals(List.of(), projects);
    List<PlanElement> strategies = map.unlinked(Set.of(ElementKind.STRATEGY));
    assertEquals(List.of(at("$.strategies[1]")), strategies);
  }

  @Test
  void aTraceOfAnElementTheMapDoesNotHoldIsWorkedOut() {
    PlanElement stranger = new PlanElement(ElementKind.PROJECT, "$.projects[9]", Optional.of("9"), "ไม่มีในแผน");
    Trace t = map.trace(stranger);
    assertEquals(stranger, t.element());
    assertEquals(List.of(), t.paths());
  }

  @Test
  void anEditionIsInForceDuringARangeThatOverlapsItEvenBackwards() {
    Edition e = edition("policy", "x", 2567, 2569);
    assertTrue(e.isInForceDuring(FiscalYearRange.of(2565, 2568)));
    assertTrue(e.isInForceDuring(FiscalYearRange.of(2570, 2566)));
    assertTrue(e.isInForceDuring(FiscalYearRange.of(2569, 2572)));
    assertFalse(e.isInForceDuring(FiscalYearRange.of(2570, 2572)));
    assertFalse(e.isInForceDuring(FiscalYearRange.of(2566, 2563)));
  }

  @Test
  void anEditionNamedByTheFirstOrLastYearOfTheCalendarIsFound() {
    assertEquals("last", catalogue.edition("policy", "2999").orElseThrow().id());
    assertEquals("last", catalogue.edition("policy", "๒๙๙๐").orElseThrow().id());
    assertEquals("new", catalogue.edition("policy", "2565").orElseThrow().id());
    assertEquals("first", catalogue.edition("policy", "2400").orElseThrow().id());
    assertEquals(Optional.empty(), catalogue.edition("policy", "3000"));
    assertEquals(Optional.empty(), catalogue.edition("policy", "2399"));
  }

  @Test
  void onlyALinkToAnItemTheCatalogueHasIsFound() {
    assertTrue(catalogue.resolve(AlignmentLink.matrix("policy", "1.1"), plan.period()).isFound());
    assertFalse(catalogue.resolve(AlignmentLink.matrix("policy", "8"), plan.period()).isFound());
    assertFalse(catalogue.resolve(AlignmentLink.matrix("elsewhere", "1"), plan.period()).isFound());
  }

  @Test
  void cataloguesWithDifferentItemsAreNotEqual() {
    Catalogue fewer = Catalogue.of(catalogue.frameworks(), catalogue.items().subList(0, 3));
    assertNotEquals(catalogue, fewer);
    assertNotEquals(catalogue, Catalogue.empty());
    assertEquals(catalogue, Catalogue.of(catalogue.frameworks(), catalogue.items()));
    assertEquals(catalogue.hashCode(), Catalogue.of(catalogue.frameworks(), catalogue.items()).hashCode());
  }

  @Test
  void aFormatErrorNamesItsLineOnlyWhenKnown() {
    assertEquals("bad (at $.items[2], line 4, column 7)",
        new CatalogueFormatException("bad", "$.items[2]", 4, 7, null).getMessage());
    assertEquals("bad (at $.items[2], line 1, column 1)",
        new CatalogueFormatException("bad", "$.items[2]", 1, 1, null).getMessage());
    assertEquals("bad (at $)", new CatalogueFormatException("bad", "$", -1, -1, null).getMessage());
    assertEquals("bad", new CatalogueFormatException("bad", "$", -1, -1, null).problem());
  }
}
