package io.github.eduplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.alignment.AlignmentMap;
import io.github.eduplan.alignment.BudgetTable;
import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.alignment.PlanLevel;
import io.github.eduplan.alignment.Trace;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.StatedTotal;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.TotalScope;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The สพป.ตาก เขต 2 FY2565 action plan's alignment matrix, read from the bundled JSON, reproduces the plan's own summary tables. */
class Tak2AlignmentTest {
  static final StrategicPlan PLAN = BundledPlans.load(BundledPlans.TAK_2_2565);
  static final AlignmentMap MAP = AlignmentMap.of(PLAN, Catalogue.bundled());

  @Test
  void budgetAndProjectCountPerObecPolicyEqualTheDocumentsSummaryTable() {
    BudgetTable table = MAP.budgetByItem("obec-policy");
    List<StatedTotal> stated = PLAN.statedTotals().stream()
        .filter(t -> t.scope() == TotalScope.ALIGNMENT_ITEM && t.key().get().startsWith("obec-policy:"))
        .toList();
    assertEquals(4, stated.size(), "ความปลอดภัย, โอกาส, คุณภาพ, ประสิทธิภาพ");
    for (StatedTotal t : stated) {
      String item = t.key().get().substring("obec-policy:".length());
      BudgetTable.Row row = table.row(item).orElseThrow(() -> new AssertionError("no row " + item));
      assertEquals(t.amount(), row.budget(), "budget of OBEC policy " + item);
      assertEquals(t.projectCount().get(), row.projectCount(), "projects of OBEC policy " + item);
    }
    assertEquals(59, table.total().projectCount());
    assertEquals(Baht.parse("8,095,606"), table.total().budget());
    assertEquals(0, table.unassigned().projectCount(), "every project names an OBEC policy");
  }

  @Test
  void everyProjectTracesToTheNationalStrategyAndEveryItemResolves() {
    PLAN.projects().forEach(p -> {
      Trace trace = MAP.trace(p);
      assertTrue(trace.levels().contains(PlanLevel.LEVEL_1), "project " + p.number() + " reaches level 1");
      assertFalse(trace.hasCycle());
      assertEquals(List.of(), trace.unresolved(), "project " + p.number());
    });
  }

  @Test
  void theNationalStrategyBudgetAddsUpToThePlanTotal() {
    BudgetTable table = MAP.budgetByItem("national-strategy");
    Baht rows = Baht.sum(table.rows().stream().map(BudgetTable.Row::budget).toList());
    assertEquals(PLAN.projectBudgetTotal(), rows, "each project names exactly one national strategy");
    assertEquals(PLAN.projectBudgetTotal(), table.total().budget());
  }
}
