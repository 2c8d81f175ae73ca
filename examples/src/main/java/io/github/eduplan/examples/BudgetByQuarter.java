package io.github.eduplan.examples;

import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StatedTotal;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.TotalScope;
import io.github.eduplan.time.Quarter;
import java.io.PrintStream;
import java.math.BigDecimal;

/**
 * The quarterly spending plan of the bundled สพป.ตาก เขต 2 FY2565 plan: each quarter's sum of the
 * projects next to the total the document states, and the projects whose quarters do not add up
 * to their budget.
 */
public final class BudgetByQuarter {
  private BudgetByQuarter() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(BundledPlans.load(BundledPlans.TAK_2_2565), BundledPlans.console());
  }

  static void run(StrategicPlan plan, PrintStream out) {
    out.println("แผนการใช้จ่ายงบประมาณรายไตรมาส · " + plan.office().name());
    out.printf("  %-10s %14s %14s %s%n", "", "sum of projects", "stated", "");
    for (Quarter q : Quarter.values()) {
      Baht sum = plan.projects().stream()
          .flatMap(p -> p.quarterlyPlan().stream()).map(qb -> qb.amount(q)).collect(Baht.summing());
      String stated = plan.statedTotals().stream()
          .filter(t -> t.scope() == TotalScope.QUARTER && t.key().filter(k -> k.equals(Integer.toString(q.number()))).isPresent())
          .findFirst().map(StatedTotal::amount).map(Baht::format).orElse("-");
      out.printf("  %-10s %14s %14s%n", q.thaiName(), sum.format(), stated);
    }
    out.println("โครงการที่ผลรวมรายไตรมาสไม่เท่างบประมาณ (quarters that do not add up):");
    int count = 0;
    for (Project p : plan.projects()) {
      if (p.budget().isPresent() && p.quarterlyPlan().isPresent()) {
        BigDecimal diff = p.quarterlyPlan().get().total().minus(p.budget().get());
        if (diff.signum() != 0) {
          out.printf("  โครงการ %s: งบประมาณ %s, รวมรายไตรมาส %s (ต่าง %s)%n", p.number(),
              p.budget().get().format(), p.quarterlyPlan().get().total().format(), diff.toPlainString());
          count++;
        }
      }
    }
    if (count == 0) {
      out.println("  ไม่มี (none)");
    }
  }
}
