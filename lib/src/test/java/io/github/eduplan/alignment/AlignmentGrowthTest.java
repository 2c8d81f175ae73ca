package io.github.eduplan.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.time.FiscalYearRange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hostile catalogues: tens of thousands of items, and parent chains tens of thousands deep. Each
 * query must finish (a generous hang guard, not a timing) and give the whole answer.
 */
class AlignmentGrowthTest {
  private static final Duration GUARD = Duration.ofSeconds(10);
  private static final CatalogueSource SOURCE = CatalogueSource.of(SourceKind.OFFICIAL, "ทดสอบ");

  /** A catalogue document of one framework with {@code n} items, each under the one before. */
  static String chainDocument(int n) {
    StringBuilder sb = new StringBuilder("{\"frameworks\": [{\"id\": \"deep\", \"titleThai\": \"แผนลึก\", \"level\": 2,"
        + " \"editions\": [{\"id\": \"1\", \"years\": {\"first\": 2561, \"last\": 2580},"
        + " \"source\": {\"kind\": \"OFFICIAL\", \"reference\": \"ทดสอบ\"}}], \"items\": [");
    for (int i = 1; i <= n; i++) {
      sb.append(i == 1 ? "" : ",\n").append("{\"edition\": \"1\", \"number\": \"").append(i)
          .append("\", \"titleThai\": \"ข้อ ").append(i).append('"');
      if (i > 1) {
        sb.append(", \"parent\": {\"number\": \"").append(i - 1).append("\"}");
      }
      sb.append('}');
    }
    return sb.append("]}]}").toString();
  }

  /** A catalogue of one framework whose {@code n} items form one chain, item 1 at the top. */
  static Catalogue chain(int n, boolean loop) {
    List<CatalogueItem> items = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      int parent = i > 1 ? i - 1 : loop ? n : 0;
      items.add(CatalogueItem.builder().framework("deep").edition("1").level(PlanLevel.of(2)).number(Integer.toString(i))
          .titleThai("ข้อ " + i).source(SOURCE)
          .parent(parent == 0 ? Optional.empty() : Optional.of(new ItemKey("deep", "1", Integer.toString(parent))))
          .build());
    }
    Framework deep = Framework.builder().id("deep").titleThai("แผนลึก").level(PlanLevel.of(2))
        .addEditions(Edition.builder().framework("deep").id("1").years(FiscalYearRange.of(2561, 2580)).source(SOURCE).build())
        .build();
    return Catalogue.of(List.of(deep), items);
  }

  /** A plan whose strategy links the deepest item and whose projects each link another item. */
  static StrategicPlan plan(int n, int projects) {
    List<Project> ps = new ArrayList<>();
    for (int i = 1; i <= projects; i++) {
      ps.add(Project.builder().number(Integer.toString(i)).title("โครงการ " + i).budget(Baht.of(1_000))
          .strategy("1").addAlignment(AlignmentLink.matrix("deep", Integer.toString(n - i + 1))).build());
    }
    ps.add(Project.builder().number("0").title("โครงการตามกลยุทธ์").budget(Baht.of(7)).strategy("1").build());
    return StrategicPlan.builder()
        .office(Office.builder().name("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต 1").build())
        .kind(PlanKind.ACTION_PLAN).period(FiscalYearRange.of(2565, 2566))
        .addStrategies(Strategy.builder().number("1").title("กลยุทธ์หนึ่ง")
            .addAlignment(AlignmentLink.matrix("deep", Integer.toString(n))).build())
        .projects(ps).build();
  }

  @Test
  void aCatalogueOfFortyThousandItemsIsReadAndWrittenBack() {
    String document = chainDocument(40_000);
    Catalogue read = assertTimeoutPreemptively(GUARD, () -> CatalogueJson.read(document));
    assertEquals(40_000, read.items().size());
    assertEquals(40_000, read.items("deep").size());
    CatalogueItem last = read.item(new ItemKey("deep", "1", "40000")).orElseThrow();
    assertEquals("39999", read.parent(last).orElseThrow().number());
    assertEquals(List.of(last), read.children(read.item(new ItemKey("deep", "1", "39999")).orElseThrow()));
    assertEquals(Optional.of(last), read.item("deep", "1", "๔๐๐๐๐"), "a number in Thai digits");
    Catalogue again = assertTimeoutPreemptively(GUARD, () -> CatalogueJson.read(CatalogueJson.write(read)));
    assertEquals(read, again);
  }

  @Test
  void traceCoverageAndBudgetOfAChainTwentyThousandDeep() {
    int n = 20_000;
    Catalogue catalogue = chain(n, false);
    AlignmentMap map = AlignmentMap.of(plan(n, 5), catalogue);
    Project deepest = map.plan().projects().get(0);
    Trace trace = assertTimeoutPreemptively(GUARD, () -> map.trace(deepest));
    assertEquals(2, trace.paths().size(), "its own link and its strategy's");
    assertEquals(n, trace.paths().get(0).items().size());
    assertEquals(TracePath.End.TOP, trace.paths().get(0).end());
    assertEquals("1", trace.paths().get(0).items().get(n - 1).number());
    assertEquals(SupportKind.DIRECT, trace.supported("deep").get(catalogue.item(new ItemKey("deep", "1", "20000")).orElseThrow()));

    CoverageMatrix coverage = assertTimeoutPreemptively(GUARD, () -> map.coverage("deep"));
    assertEquals(n, coverage.rows().size());
    CatalogueItem top = catalogue.item(new ItemKey("deep", "1", "1")).orElseThrow();
    // The strategy and all six projects support item 1, the top of every chain.
    assertEquals(7, coverage.supporters(top).size());

    BudgetTable budget = assertTimeoutPreemptively(GUARD, () -> map.budgetByItem("deep"));
    assertEquals(1, budget.rows().size(), "one top item");
    assertEquals("1", budget.rows().get(0).key());
    assertEquals(6, budget.rows().get(0).projectCount());
    assertEquals(Baht.of(5 * 1_000 + 7), budget.total().budget());
    assertEquals(List.of(), assertTimeoutPreemptively(GUARD, () -> map.unsupported("deep")));
  }

  @Test
  void aChainTwentyThousandLongThatLoopsEnds() {
    int n = 20_000;
    Catalogue catalogue = chain(n, true);
    AlignmentMap map = AlignmentMap.of(plan(n, 5), catalogue);
    Trace trace = assertTimeoutPreemptively(GUARD, () -> map.trace(map.plan().projects().get(0)));
    assertEquals(TracePath.End.CYCLE, trace.paths().get(0).end());
    assertEquals(n, trace.paths().get(0).items().size());
    BudgetTable budget = assertTimeoutPreemptively(GUARD, () -> map.budgetByItem("deep"));
    // In a loop each item's top is the one the walk up ends on: the item whose parent it is.
    CatalogueItem linked = catalogue.item(new ItemKey("deep", "1", Integer.toString(n))).orElseThrow();
    assertSame(catalogue.item(new ItemKey("deep", "1", "1")).orElseThrow(), catalogue.topWithinFramework(linked));
    assertEquals(6, budget.total().projectCount());
    // No item is a top by the catalogue (each has a parent), so each item a project reaches heads
    // a row of its own: the item after it in the chain is the top of its walk.
    assertEquals(n, budget.rows().size());
    assertTrue(budget.rows().stream().allMatch(r -> r.projectCount() == 6));
  }

  /**
   * {@link Catalogue#topWithinFramework} against its definition (the last of the item's ancestors
   * in its framework, before the first of another), on random catalogues of two frameworks whose
   * parents point anywhere: up, down, across, to missing items, round in loops; asked in random
   * order so that some answers are worked out along others' walks.
   */
  @Test
  void theTopWithinAFrameworkIsTheLastAncestorInIt() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(20_21);
    for (int round = 0; round < 300; round++) {
      int n = 1 + random.nextInt(40);
      List<CatalogueItem> items = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String framework = random.nextInt(4) == 0 ? "b" : "a";
        int parent = random.nextInt(n + 3) - 1;   // -1: none; n and above: missing
        Optional<ItemKey> key = parent < 0 || parent == i ? Optional.empty()
            : Optional.of(new ItemKey(parent < n ? frameworkOf(items, parent, random) : "a", "1", Integer.toString(parent)));
        items.add(CatalogueItem.builder().framework(framework).edition("1").level(PlanLevel.of(2))
            .number(Integer.toString(i)).titleThai("ข้อ " + i).source(SOURCE).parent(key).build());
      }
      Catalogue catalogue = Catalogue.of(List.of(framework("a"), framework("b")), fixParents(items));
      List<CatalogueItem> order = new ArrayList<>(catalogue.items());
      java.util.Collections.shuffle(order, new java.util.Random(random.nextLong()));
      for (CatalogueItem item : order) {
        CatalogueItem expected = item;
        for (CatalogueItem up : catalogue.ancestors(item)) {
          if (!up.framework().equals(item.framework())) {
            break;
          }
          expected = up;
        }
        assertSame(expected, catalogue.topWithinFramework(item), () -> item.key() + " in " + catalogue.items());
      }
    }
  }

  private static String frameworkOf(List<CatalogueItem> made, int index, java.util.SplittableRandom random) {
    return index < made.size() ? made.get(index).framework() : random.nextInt(4) == 0 ? "b" : "a";
  }

  /** The items with each parent key naming the framework its target item really has. */
  private static List<CatalogueItem> fixParents(List<CatalogueItem> items) {
    java.util.Map<String, String> frameworkByNumber = new java.util.HashMap<>();
    items.forEach(i -> frameworkByNumber.put(i.number(), i.framework()));
    List<CatalogueItem> out = new ArrayList<>();
    for (CatalogueItem i : items) {
      Optional<ItemKey> parent = i.parent().map(p -> new ItemKey(
          frameworkByNumber.getOrDefault(p.number(), p.framework()), "1", p.number()));
      out.add(CatalogueItem.builder().from(i).parent(parent.filter(p -> !p.equals(i.key()))).build());
    }
    return out;
  }

  private static Framework framework(String id) {
    return Framework.builder().id(id).titleThai("กรอบ " + id).level(PlanLevel.of(2))
        .addEditions(Edition.builder().framework(id).id("1").years(FiscalYearRange.of(2561, 2580)).source(SOURCE).build())
        .build();
  }
}
