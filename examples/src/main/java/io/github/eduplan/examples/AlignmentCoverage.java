package io.github.eduplan.examples;

import io.github.eduplan.alignment.AlignmentMap;
import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.alignment.CatalogueItem;
import io.github.eduplan.alignment.PlanElement;
import io.github.eduplan.alignment.Trace;
import io.github.eduplan.model.StrategicPlan;
import java.io.PrintStream;

/**
 * How the bundled สพป.ตาก เขต 2 FY2565 plan supports the plans above it (ความสอดคล้องกับแผนระดับ
 * ต่าง ๆ): the trace of project 1 up to the national strategy, the budget and project count per
 * national strategy and per OBEC policy as Markdown tables a planner can paste into the document,
 * the master plans nothing supports, and the elements that link to nothing.
 */
public final class AlignmentCoverage {
  private AlignmentCoverage() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(BundledPlans.load(BundledPlans.TAK_2_2565), BundledPlans.console());
  }

  static void run(StrategicPlan plan, PrintStream out) {
    AlignmentMap map = AlignmentMap.of(plan, Catalogue.bundled());

    Trace trace = map.trace(plan.projects().get(0));
    out.println("โครงการที่ 1 " + plan.projects().get(0).title() + " สนับสนุน (supports):");
    for (CatalogueItem item : trace.items()) {
      out.printf("  ระดับ %d · %s %s · %s%n", item.level().number(), item.framework(), item.number(), item.titleThai());
    }

    out.println();
    out.println("งบประมาณตามยุทธศาสตร์ชาติ (budget by national strategy)");
    out.println(map.budgetByItem("national-strategy").toMarkdown());
    out.println("งบประมาณตามนโยบาย สพฐ. (budget by OBEC policy)");
    out.println(map.budgetByItem("obec-policy").toMarkdown());

    out.println("แผนแม่บทที่ไม่มีโครงการใดสนับสนุน (master plans nothing supports): "
        + map.unsupported("master-plan").size());
    for (CatalogueItem item : map.unsupported("master-plan")) {
      out.println("  " + item.number() + " " + item.titleThai());
    }
    out.println("องค์ประกอบที่ไม่เชื่อมโยงกับแผนใด (elements linked to nothing): " + map.unlinked().size());
    for (PlanElement e : map.unlinked()) {
      out.println("  " + e.label());
    }
  }
}
