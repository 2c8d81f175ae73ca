package io.github.eduplan.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.testsupport.AlignmentGenerators;
import io.github.eduplan.testsupport.Examples;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlignmentPropertiesTest {
  private static Baht budget(Project p) {
    return p.budget().orElse(Baht.ZERO);
  }

  @Test
  void coverageTotalsEqualTheBudgetOfTheLinkedProjects() {
    qt().withExamples(Examples.upTo(1000)).forAll(AlignmentGenerators.cases()).checkAssert(c -> {
      AlignmentMap map = c.map();
      for (Framework f : c.catalogue().frameworks()) {
        BudgetTable table = map.budgetByItem(f.id());
        List<Project> linked = new ArrayList<>();
        for (PlanElement e : map.elements(ElementKind.PROJECT)) {
          if (!map.trace(e).supported(f.id()).isEmpty()) {
            linked.add(c.plan().projects().get(map.elements(ElementKind.PROJECT).indexOf(e)));
          }
        }
        assertEquals(linked.stream().map(AlignmentPropertiesTest::budget).collect(Baht.summing()), table.total().budget());
        assertEquals(linked.size(), table.total().projectCount());
        assertEquals(c.plan().projectBudgetTotal(), table.total().budget().plus(table.unassigned().budget()));
        assertEquals(c.plan().projects().size(), table.total().projectCount() + table.unassigned().projectCount());
        Map<String, Baht> byNumber = new HashMap<>();
        c.plan().projects().forEach(p -> byNumber.put(p.number(), budget(p)));
        Set<String> inRows = new HashSet<>();
        for (BudgetTable.Row r : table.rows()) {
          assertEquals(r.projects().stream().map(byNumber::get).collect(Baht.summing()), r.budget());
          inRows.addAll(r.projects());
        }
        assertEquals(new HashSet<>(table.total().projects()), inRows);
        assertTrue(table.unassigned().projects().stream().noneMatch(inRows::contains));
        Baht rowSum = table.rows().stream().map(BudgetTable.Row::budget).collect(Baht.summing());
        assertTrue(rowSum.compareTo(table.total().budget()) >= 0);
        if (table.rows().stream().mapToInt(BudgetTable.Row::projectCount).sum() == table.total().projectCount()) {
          assertEquals(table.total().budget(), rowSum);
        }
      }
    });
  }

  @Test
  void theBudgetTableTakesEachProjectsTopsFromWhatItsTraceSupportsInTheSameOrder() {
    qt().withExamples(Examples.upTo(1000)).forAll(AlignmentGenerators.cases()).checkAssert(c -> {
      AlignmentMap map = c.map();
      for (Framework f : c.catalogue().frameworks()) {
        for (int place = map.firstProject(); place < map.size(); place++) {
          Set<CatalogueItem> fromTrace = new LinkedHashSet<>();
          map.trace(map.elementAt(place)).supported(f.id()).keySet()
              .forEach(i -> fromTrace.add(c.catalogue().topWithinFramework(i)));
          assertEquals(List.copyOf(fromTrace), List.copyOf(map.supportedTops(place, f.id())));
        }
      }
    });
  }

  @Test
  void everyLinkIsResolvedAsTheCatalogueResolvesItWhetherItsInstanceRecursOrNot() {
    qt().withExamples(Examples.upTo(1000)).forAll(AlignmentGenerators.cases()).checkAssert(c -> {
      assertLinksResolved(c.catalogue(), c.plan());
      // The same plan with one instance of each equal link, as a plan read from JSON has them:
      // an instance met again is answered from what the map resolved it to before.
      Map<AlignmentLink, AlignmentLink> pool = new HashMap<>();
      StrategicPlan.Builder shared = StrategicPlan.builder().from(c.plan()).strategies(List.of()).projects(List.of());
      for (Strategy s : c.plan().strategies()) {
        shared.addStrategies(Strategy.builder().from(s).alignment(pooled(s.alignment(), pool)).build());
      }
      for (Project p : c.plan().projects()) {
        shared.addProjects(Project.builder().from(p).alignment(pooled(p.alignment(), pool)).build());
      }
      assertLinksResolved(c.catalogue(), shared.build());
    });
  }

  private static List<AlignmentLink> pooled(List<AlignmentLink> links, Map<AlignmentLink, AlignmentLink> pool) {
    List<AlignmentLink> out = new ArrayList<>();
    links.forEach(l -> out.add(pool.computeIfAbsent(l, k -> k)));
    return out;
  }

  private static void assertLinksResolved(Catalogue catalogue, StrategicPlan plan) {
    AlignmentMap map = AlignmentMap.of(plan, catalogue);
    List<PlanElement> strategies = map.elements(ElementKind.STRATEGY);
    List<PlanElement> projects = map.elements(ElementKind.PROJECT);
    for (int i = 0; i < plan.strategies().size(); i++) {
      assertResolved(catalogue, plan, plan.strategies().get(i).alignment(), map.links(strategies.get(i)));
    }
    for (int i = 0; i < plan.projects().size(); i++) {
      assertResolved(catalogue, plan, plan.projects().get(i).alignment(), map.links(projects.get(i)));
    }
  }

  private static void assertResolved(Catalogue catalogue, StrategicPlan plan, List<AlignmentLink> own,
      List<ResolvedLink> resolved) {
    assertEquals(own.size(), resolved.size());
    for (int l = 0; l < own.size(); l++) {
      AlignmentLink link = own.get(l);
      ResolvedLink expected = link.framework().equals(AlignmentMap.OFFICE_STRATEGY)
          ? new ResolvedLink(link, ResolvedLink.Status.OFFICE_STRATEGY, java.util.Optional.empty(), true)
          : catalogue.resolve(link, plan.period());
      assertEquals(expected, resolved.get(l));
      assertTrue(resolved.get(l).link() == link, "a link resolved to another instance than its own");
    }
  }

  @Test
  void traceIsAcyclicAndEndsOnAnyCatalogue() {
    qt().withExamples(Examples.upTo(1000)).forAll(AlignmentGenerators.cases()).checkAssert(c -> {
      AlignmentMap map = c.map();
      int size = c.catalogue().items().size();
      for (PlanElement e : map.elements()) {
        Trace t = map.trace(e);
        for (TracePath p : t.paths()) {
          Set<ItemKey> seen = new HashSet<>();
          p.items().forEach(i -> assertTrue(seen.add(i.key()), "repeated " + i.key() + " in " + p));
          assertTrue(p.items().size() <= size);
          for (int i = 0; i + 1 < p.items().size(); i++) {
            assertEquals(p.items().get(i).parent().get(), p.items().get(i + 1).key());
          }
          CatalogueItem last = p.items().get(p.items().size() - 1);
          switch (p.end()) {
            case TOP:
              assertTrue(last.parent().isEmpty());
              break;
            case MISSING_PARENT:
              assertTrue(c.catalogue().item(last.parent().get()).isEmpty());
              break;
            default:
              assertTrue(seen.contains(last.parent().get()), "a cycle returns to the path");
          }
        }
        assertEquals(t.hasCycle(), t.paths().stream().anyMatch(p -> c.catalogue().isInCycle(p.linked())));
      }
    });
  }

  @Test
  void ancestorsNeverRepeatNorIncludeTheItem() {
    qt().withExamples(Examples.upTo(1000)).forAll(AlignmentGenerators.catalogues()).checkAssert(catalogue -> {
      for (CatalogueItem item : catalogue.items()) {
        List<CatalogueItem> up = catalogue.ancestors(item);
        Set<ItemKey> keys = new HashSet<>();
        up.forEach(a -> assertTrue(keys.add(a.key())));
        assertFalse(keys.contains(item.key()));
      }
    });
  }

  @Test
  void catalogueJsonReadsBackWhatItWrites() {
    qt().withExamples(Examples.upTo(1000)).forAll(AlignmentGenerators.catalogues()).checkAssert(catalogue -> {
      assertEquals(catalogue, CatalogueJson.read(CatalogueJson.write(catalogue)));
      assertEquals(catalogue, catalogue.merge(catalogue));
      assertEquals(catalogue, Catalogue.empty().merge(catalogue));
    });
  }

  @Test
  void everyElementInACoverageColumnSupportsSomeRow() {
    qt().withExamples(Examples.upTo(1000)).forAll(AlignmentGenerators.cases()).checkAssert(c -> {
      AlignmentMap map = c.map();
      for (Framework f : c.catalogue().frameworks()) {
        CoverageMatrix m = map.coverage(f.id());
        for (PlanElement e : m.columns()) {
          assertTrue(m.rows().stream().anyMatch(r -> m.cell(r, e).isPresent()));
        }
        Set<CatalogueItem> unsupported = new HashSet<>(map.unsupported(f.id()));
        for (CatalogueItem r : m.rows()) {
          assertEquals(unsupported.contains(r), m.supporters(r).isEmpty(), r.key().toString());
        }
      }
    });
  }
}
