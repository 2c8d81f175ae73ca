package io.github.eduplan.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Project;
import io.github.eduplan.testsupport.AlignmentGenerators;
import io.github.eduplan.testsupport.Examples;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
        assertEquals(Baht.sum(linked.stream().map(AlignmentPropertiesTest::budget)::iterator), table.total().budget());
        assertEquals(linked.size(), table.total().projectCount());
        assertEquals(c.plan().projectBudgetTotal(), table.total().budget().plus(table.unassigned().budget()));
        assertEquals(c.plan().projects().size(), table.total().projectCount() + table.unassigned().projectCount());
        Map<String, Baht> byNumber = new HashMap<>();
        c.plan().projects().forEach(p -> byNumber.put(p.number(), budget(p)));
        Set<String> inRows = new HashSet<>();
        for (BudgetTable.Row r : table.rows()) {
          assertEquals(Baht.sum(r.projects().stream().map(byNumber::get)::iterator), r.budget());
          inRows.addAll(r.projects());
        }
        assertEquals(new HashSet<>(table.total().projects()), inRows);
        assertTrue(table.unassigned().projects().stream().noneMatch(inRows::contains));
        Baht rowSum = Baht.sum(table.rows().stream().map(BudgetTable.Row::budget)::iterator);
        assertTrue(rowSum.compareTo(table.total().budget()) >= 0);
        if (table.rows().stream().mapToInt(BudgetTable.Row::projectCount).sum() == table.total().projectCount()) {
          assertEquals(table.total().budget(), rowSum);
        }
      }
    });
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
