package io.github.eduplan.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.validation.Finding;
import io.github.eduplan.validation.PlanValidator;
import io.github.eduplan.validation.ValidationReport;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.testsupport.AlignmentGenerators;
import io.github.eduplan.testsupport.Examples;
import io.github.eduplan.time.FiscalYearRange;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The alignment rules' index answers what the map's traces answer, once per element. */
class AlignmentIndexTest {

  /** The items an element links itself, per framework, read from its trace's own chains. */
  private static Map<String, Set<CatalogueItem>> reachFromTrace(Trace trace) {
    Map<String, Set<CatalogueItem>> out = new LinkedHashMap<>();
    for (TracePath p : trace.paths()) {
      if (p.via().isPresent()) {
        continue;
      }
      String framework = p.linked().framework();
      Set<CatalogueItem> items = out.computeIfAbsent(framework, k -> new LinkedHashSet<>());
      p.items().stream().filter(i -> i.framework().equals(framework)).forEach(items::add);
    }
    return out;
  }

  @Test
  void levelsAreTheLevelsOfEveryElementsTraceOnAnyCatalogue() {
    qt().withExamples(Examples.upTo(1000)).forAll(AlignmentGenerators.cases()).checkAssert(c -> {
      AlignmentMap map = c.map();
      AlignmentIndex index = new AlignmentIndex(map);
      for (PlanElement e : map.elements()) {
        Trace trace = map.trace(e);
        assertEquals(new ArrayList<>(trace.levels()), new ArrayList<>(index.levels(e)), e.path());
        assertEquals(trace.strategies(), index.map().strategiesOf(e), e.path());
      }
    });
  }

  @Test
  void reachIsEachOwnLinkedItemWithItsParentsInTheSameFramework() {
    qt().withExamples(Examples.upTo(1000)).forAll(AlignmentGenerators.cases()).checkAssert(c -> {
      AlignmentMap map = c.map();
      AlignmentIndex index = new AlignmentIndex(map);
      for (PlanElement e : map.elements()) {
        Map<String, Set<CatalogueItem>> expected = reachFromTrace(map.trace(e));
        Map<String, List<CatalogueItem>> actual = index.reach(e);
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(actual.keySet()), e.path());
        expected.forEach((f, items) ->
            assertEquals(new ArrayList<>(items), new ArrayList<>(actual.get(f)), e.path() + " " + f));
      }
    });
  }

  @Test
  void eachAnswerIsComputedOncePerElement() {
    Catalogue catalogue = Catalogue.bundled();
    StrategicPlan plan = plan(List.of(strategy("1", AlignmentLink.matrix("obec-policy", "3"))),
        List.of(project("7", "1", AlignmentLink.matrix("obec-policy", "3.2"))));
    AlignmentIndex index = new AlignmentIndex(AlignmentMap.of(plan, catalogue));
    PlanElement project = index.map().elements(ElementKind.PROJECT).get(0);
    assertSame(index.reach(project), index.reach(project));
    int place = index.map().placeOf(project);
    assertSame(index.strategyPlaces(place), index.strategyPlaces(place));
    assertEquals(index.levelBits(project), index.levelBits(project));
    assertEquals(List.of(index.map().elements(ElementKind.STRATEGY).get(0)), index.map().strategiesOf(project));
  }

  @Test
  void aSubItemReachesItsParentInTheSameFrameworkButNotAboveIt() {
    Catalogue catalogue = Catalogue.bundled();
    StrategicPlan plan = plan(List.of(), List.of(project("7", "1", AlignmentLink.matrix("obec-policy", "3.2"))));
    AlignmentIndex index = new AlignmentIndex(AlignmentMap.of(plan, catalogue));
    PlanElement project = index.map().elements(ElementKind.PROJECT).get(0);
    Map<String, List<CatalogueItem>> reach = index.reach(project);
    assertEquals(List.of("obec-policy"), new ArrayList<>(reach.keySet()));
    assertEquals(List.of("3.2", "3"),
        reach.get("obec-policy").stream().map(CatalogueItem::number).collect(Collectors.toList()));
    assertTrue(index.reach(index.map().elements(ElementKind.PLAN).get(0)).isEmpty());
  }

  @Test
  void levelBitsHoldTheLevelsOfTheItemsTheirParentsAndTheStrategysLinks() {
    Catalogue catalogue = Catalogue.bundled();
    CatalogueItem obec = catalogue.item("obec-policy", "2565", "3").orElseThrow();
    StrategicPlan plan = plan(List.of(strategy("1", AlignmentLink.matrix("obec-policy", "3"))),
        List.of(project("7", "1"), project("8", "9")));
    AlignmentIndex index = new AlignmentIndex(AlignmentMap.of(plan, catalogue));
    List<PlanElement> projects = index.map().elements(ElementKind.PROJECT);
    Set<PlanLevel> expected = EnumSet.of(obec.level());
    catalogue.ancestors(obec).forEach(a -> expected.add(a.level()));
    assertEquals(expected, index.levels(projects.get(0)));
    assertEquals(Set.of(), index.levels(projects.get(1)));
    assertEquals(0, index.levelBits(projects.get(1)));
  }

  @Test
  void anItemLinkedTwiceOrWithItsParentIsReachedOnce() {
    Catalogue catalogue = Catalogue.bundled();
    StrategicPlan plan = plan(List.of(), List.of(project("7", "1", AlignmentLink.matrix("obec-policy", "3"),
        AlignmentLink.matrix("obec-policy", "3.2"), AlignmentLink.matrix("obec-policy", "3.2"),
        AlignmentLink.matrix("master-plan", "12"))));
    AlignmentIndex index = new AlignmentIndex(AlignmentMap.of(plan, catalogue));
    Map<String, List<CatalogueItem>> reach = index.reach(index.map().elements(ElementKind.PROJECT).get(0));
    assertEquals(List.of("obec-policy", "master-plan"), new ArrayList<>(reach.keySet()));
    assertEquals("3, 3.2", index.numbers(reach.get("obec-policy")));
    assertEquals("12", index.numbers(reach.get("master-plan")));
  }

  @Test
  void withinFrameworkIsTheItemThenItsParentsOfTheSameFramework() {
    Catalogue catalogue = Catalogue.bundled();
    AlignmentIndex index = new AlignmentIndex(AlignmentMap.of(plan(List.of(), List.of()), catalogue));
    CatalogueItem sub = catalogue.item("obec-policy", "2565", "3.2").orElseThrow();
    CatalogueItem masterPlan = catalogue.item("master-plan", "2561", "12").orElseThrow();
    assertEquals(List.of(sub, catalogue.item("obec-policy", "2565", "3").orElseThrow()), index.withinFramework(sub));
    assertTrue(catalogue.ancestors(masterPlan).stream().anyMatch(a -> !a.framework().equals("master-plan")),
        "master plan 12 sits under a national strategy");
    assertEquals(List.of(masterPlan), index.withinFramework(masterPlan));
    assertSame(index.withinFramework(sub), index.withinFramework(sub));
  }

  @Test
  void numbersJoinItemNumbersOnceForEachList() {
    Catalogue catalogue = Catalogue.bundled();
    AlignmentIndex index = new AlignmentIndex(AlignmentMap.of(plan(List.of(), List.of()), catalogue));
    List<CatalogueItem> items = index.withinFramework(catalogue.item("obec-policy", "2565", "3.2").orElseThrow());
    assertEquals("3.2, 3", index.numbers(items));
    assertSame(index.numbers(items), index.numbers(items));
    assertEquals("", index.numbers(List.of()));
  }

  @Test
  void levelBitsNameEachLevelByItsOrdinal() {
    assertEquals(1, AlignmentIndex.bit(PlanLevel.LEVEL_1));
    assertEquals(2, AlignmentIndex.bit(PlanLevel.LEVEL_2));
    assertEquals(4, AlignmentIndex.bit(PlanLevel.LEVEL_3));
    assertEquals(List.of(PlanLevel.LEVEL_1, PlanLevel.LEVEL_3), new ArrayList<>(AlignmentIndex.levelsOf(5)));
    assertEquals(List.of(PlanLevel.LEVEL_2), new ArrayList<>(AlignmentIndex.levelsOf(2)));
    assertEquals(List.of(), new ArrayList<>(AlignmentIndex.levelsOf(0)));
  }

  @Test
  void aProjectBelongsToTheFirstStrategyWithItsNumberWhenNumbersRepeat() {
    StrategicPlan plan = plan(List.of(strategy("๑."), strategy("1"), strategy("2")),
        List.of(project("7", "1", AlignmentLink.matrix(AlignmentMap.OFFICE_STRATEGY, "(2)"))));
    AlignmentMap map = AlignmentMap.of(plan, Catalogue.bundled());
    List<PlanElement> strategies = map.elements(ElementKind.STRATEGY);
    assertEquals(List.of(strategies.get(0), strategies.get(2)),
        map.strategiesOf(map.elements(ElementKind.PROJECT).get(0)));
  }

  @Test
  void aProjectMayBelongToManyStrategiesEachOnce() {
    StrategicPlan plan = plan(List.of(strategy("1"), strategy("2"), strategy("3"), strategy("4")),
        List.of(project("7", "1", AlignmentLink.matrix(AlignmentMap.OFFICE_STRATEGY, "2"),
            AlignmentLink.matrix(AlignmentMap.OFFICE_STRATEGY, "3"), AlignmentLink.matrix(AlignmentMap.OFFICE_STRATEGY, "1"),
            AlignmentLink.matrix(AlignmentMap.OFFICE_STRATEGY, "4"), AlignmentLink.matrix(AlignmentMap.OFFICE_STRATEGY, "3"))));
    AlignmentMap map = AlignmentMap.of(plan, Catalogue.bundled());
    List<PlanElement> strategies = map.elements(ElementKind.STRATEGY);
    assertEquals(List.of(strategies.get(0), strategies.get(1), strategies.get(2), strategies.get(3)),
        map.strategiesOf(map.elements(ElementKind.PROJECT).get(0)));
    assertEquals(strategies, new AlignmentIndex(map).map().strategiesOf(map.elements(ElementKind.PROJECT).get(0)));
  }

  @Test
  void elementsOfAKindAreThoseOfTheWholeListInPlanOrder() {
    qt().withExamples(Examples.upTo(200)).forAll(AlignmentGenerators.cases()).checkAssert(c -> {
      AlignmentMap map = c.map();
      for (ElementKind kind : ElementKind.values()) {
        assertEquals(map.elements().stream().filter(e -> e.kind() == kind).collect(Collectors.toList()),
            map.elements(kind));
      }
    });
  }

  /**
   * Elements are made when asked for, the same instance each time and the same as {@link
   * AlignmentMap#elements()}; a component nested thousands deep gets its whole path, and neither
   * the map nor the rules overflow the stack (or make the paths of elements no finding names).
   */
  @Test
  void elementsAreMadeOnRequestOnceAndDeepComponentsGetTheirPath() {
    for (int depth : new int[] {3, 30_000}) {
      Indicator indicator = indicator(0).addAlignment(AlignmentLink.matrix("obec-policy", "9.9")).build();
      for (int d = 1; d < depth; d++) {
        indicator = indicator(d).addComponent(indicator).build();
      }
      Strategy strategy = Strategy.builder().from(strategy("1", AlignmentLink.matrix("obec-policy", "3")))
          .addIndicator(indicator).build();
      StrategicPlan plan = plan(List.of(strategy("9"), strategy), List.of(project("7", "1")));
      AlignmentMap map = AlignmentMap.of(plan, Catalogue.bundled());
      int deepest = map.firstProject() - 1;
      String path = "$.strategies[1].indicators[0]" + ".components[0]".repeat(depth - 1);
      assertEquals(path, map.elementAt(deepest).path());
      assertSame(map.elementAt(deepest), map.elementAt(deepest));
      assertEquals(ElementKind.INDICATOR, map.kindAt(deepest));
      ValidationReport report = AlignmentRules.addTo(PlanValidator.builder(), Catalogue.bundled()).build()
          .validate(plan);
      assertEquals(List.of(path + ".alignment[0]"),
          report.byCode(AlignmentRules.ALIGNMENT_ITEM_UNKNOWN).stream().map(Finding::path).toList());
      assertEquals(List.of(), report.byCode("RULE_FAILED"));
      if (depth < 10) {
        // Every element's path is as long as its depth: the whole list only for a shallow plan.
        assertEquals(map.size(), map.elements().size());
        for (int place = 0; place < map.size(); place++) {
          assertSame(map.elementAt(place), map.elements().get(place));
          assertEquals(place, map.placeOf(map.elementAt(place)));
        }
        assertEquals("$.strategies[1].indicators[0].components[0]", map.elementAt(deepest - 1).path());
      }
    }
  }

  private static Indicator.Builder indicator(int n) {
    return Indicator.builder().code("1").text("ตัวชี้วัด " + n)
        .measureKind(io.github.eduplan.model.MeasureKind.PERCENTAGE).direction(io.github.eduplan.model.Direction.INCREASE);
  }

  private static StrategicPlan plan(List<Strategy> strategies, List<Project> projects) {
    return StrategicPlan.builder()
        .office(Office.of("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2"))
        .kind(PlanKind.ACTION_PLAN)
        .period(FiscalYearRange.of(2565, 2567))
        .addAllStrategies(strategies)
        .addAllProjects(projects)
        .build();
  }

  private static Strategy strategy(String number, AlignmentLink... links) {
    return Strategy.builder().number(number).title("กลยุทธ์ " + number).addAlignment(links).build();
  }

  private static Project project(String number, String strategy, AlignmentLink... links) {
    return Project.builder().number(number).title("โครงการ " + number).strategy(strategy)
        .addAlignment(links).build();
  }
}
