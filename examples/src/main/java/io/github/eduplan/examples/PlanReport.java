package io.github.eduplan.examples;

import io.github.eduplan.alignment.AlignmentMap;
import io.github.eduplan.alignment.BudgetTable;
import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.time.Quarter;
import io.github.eduplan.validation.Finding;
import io.github.eduplan.validation.ValidationReport;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The default example, run by the README's first command: loads the bundled สพป.ตาก เขต 2 FY2565
 * action plan, and prints a short report in Thai — counts, budget by strategy and by quarter, the
 * validator's findings, alignment coverage by national strategy.
 */
public final class PlanReport {
  private PlanReport() {}

  /**
   * Prints the report of the bundled plan.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = BundledPlans.console();
    StrategicPlan plan = BundledPlans.load(BundledPlans.TAK_2_2565);
    print(plan, out);
  }

  static void print(StrategicPlan plan, PrintStream out) {
    out.println(plan.title().orElse(plan.kind().name()));
    out.println(plan.office().name() + " · ปีงบประมาณ " + plan.period());
    out.printf("กลยุทธ์ %d · ตัวชี้วัด %d · โครงการ %d · งบประมาณรวม %s บาท%n",
        plan.strategies().size(), plan.indicators().count(), plan.projects().size(),
        plan.projectBudgetTotal().format());

    out.println();
    out.println("งบประมาณตามกลยุทธ์ (budget by strategy)");
    for (Strategy s : plan.strategies()) {
      List<Project> projects = plan.projectsOf(s.number());
      Baht sum = projects.stream().flatMap(p -> p.budget().stream()).collect(Baht.summing());
      out.printf("  กลยุทธ์ที่ %s  %3d โครงการ  %12s บาท  %s%n", s.number(), projects.size(), sum.format(), s.title());
    }

    out.println();
    out.println("แผนการใช้จ่ายรายไตรมาส (spending plan by quarter)");
    for (Quarter q : Quarter.values()) {
      List<Baht> amounts = new ArrayList<>();
      for (Project p : plan.projects()) {
        p.quarterlyPlan().map(qb -> qb.amount(q)).ifPresent(amounts::add);
      }
      out.printf("  %s  %12s บาท%n", q.thaiName(), Baht.sum(amounts).format());
    }
    Baht quarters = plan.projects().stream()
        .flatMap(p -> p.quarterlyPlan().stream()).map(QuarterlyBudget::total).collect(Baht.summing());
    out.printf("  รวม       %12s บาท%n", quarters.format());

    out.println();
    ValidationReport report = BundledPlans.VALIDATOR.validate(plan);
    out.printf("ผลการตรวจสอบแผน (validation): %d รายการ — ข้อผิดพลาด %d, คำเตือน %d%n",
        report.findings().size(), report.errors().size(), report.warnings().size());
    Locale thai = Locale.forLanguageTag("th");
    for (Finding f : report.findings()) {
      out.printf("  %-7s %s%n          %s%n", f.severity(), f.code(), f.message(thai));
    }

    out.println();
    out.println("ความสอดคล้องกับยุทธศาสตร์ชาติ (alignment coverage by national strategy)");
    BudgetTable byStrategy = AlignmentMap.of(plan, Catalogue.bundled()).budgetByItem("national-strategy");
    for (BudgetTable.Row row : byStrategy.rows()) {
      out.printf("  ยุทธศาสตร์ชาติที่ %s  %3d โครงการ  %12s บาท  %s%n",
          row.key(), row.projectCount(), row.budget().format(), row.label());
    }
    if (byStrategy.unassigned().projectCount() > 0) {
      out.printf("  ไม่ระบุ (unlinked)  %3d โครงการ  %12s บาท%n",
          byStrategy.unassigned().projectCount(), byStrategy.unassigned().budget().format());
    }
  }
}
