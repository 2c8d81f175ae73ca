package io.github.eduplan.examples;

import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.cascade.CascadeFinding;
import io.github.eduplan.cascade.CascadeValidator;
import io.github.eduplan.cascade.Chain;
import io.github.eduplan.cascade.ChainStep;
import io.github.eduplan.cascade.ConsolidatedBudget;
import io.github.eduplan.cascade.Consolidation;
import io.github.eduplan.cascade.LoadFailure;
import io.github.eduplan.cascade.LoadedPlanSet;
import io.github.eduplan.cascade.PlanSet;
import io.github.eduplan.cascade.PlanSetLoader;
import io.github.eduplan.cascade.RelationalExport;
import io.github.eduplan.cascade.StrategyCoverage;
import io.github.eduplan.model.OfficeLevel;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.validation.Finding;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * An area office and its schools as one plan set (ชุดแผน): the illustrative set bundled with the
 * examples (an area plan abridged from the สพป.ตาก เขต 2 FY2565 action plan and five invented
 * schools), loaded from a folder, then consolidated: budget by office and by national strategy
 * across all plans, each area strategy with the school projects that serve it, the chain from a
 * school project up to the national strategy, and the cross-plan findings (one school serves an
 * area strategy that does not exist); last, the set as CSV tables for DuckDB or Spark
 * ({@code docs/cascade-export.md}) in a temporary folder.
 *
 * <p>Give a folder of your own plans as the argument to consolidate those instead.
 */
public final class ConsolidateArea {
  private ConsolidateArea() {}

  /**
   * Runs the example.
   *
   * @param args optionally a folder of plan files; by default the bundled set, copied to a
   *     temporary folder
   * @throws IOException if the folder cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path folder = args.length > 0 ? Path.of(args[0]) : BundledCascade.copyTo(Files.createTempDirectory("cascade"));
    run(folder, Files.createTempDirectory("cascade-export"), BundledPlans.console());
  }

  static void run(Path folder, Path exportFolder, PrintStream out) throws IOException {
    LoadedPlanSet loaded = PlanSetLoader.of().load(folder);
    for (LoadFailure failure : loaded.failures()) {
      out.println("อ่านไม่ได้ (unreadable): " + failure.path() + ": " + failure.problem().getMessage());
    }
    PlanSet set = loaded.set();
    Consolidation all = Consolidation.of(set, Catalogue.bundled());
    out.println("แผน (plans): " + set.plans().size() + ", ไม่พบแผนที่สนองต่อ (unresolved): " + set.unresolved().size());

    print(out, "งบประมาณตามหน่วยงาน (budget by office)", all.budgetByOffice());
    print(out, "งบประมาณตามยุทธศาสตร์ชาติ (budget by national strategy)", all.budgetByItem("national-strategy"));

    for (StrategicPlan area : set.plans()) {
      if (area.level() != OfficeLevel.AREA_OFFICE) {
        continue;
      }
      out.println();
      out.println("กลยุทธ์ของ " + area.office().shortName().orElse(area.office().name())
          + " และโครงการของโรงเรียนที่สนอง (area strategies and the school projects serving them):");
      for (StrategyCoverage c : all.coverage(area)) {
        out.printf(Locale.ROOT, "  กลยุทธ์ที่ %s %s: %d โครงการ, %s บาท%n", c.strategy().number(),
            c.strategy().title(), c.projects().size(), c.budget().format());
      }
      for (Strategy s : all.uncovered(area)) {
        out.println("  ไม่มีโรงเรียนใดสนอง (no school serves): กลยุทธ์ที่ " + s.number());
      }
    }

    StrategicPlan school = set.plans().stream().filter(p -> p.level() == OfficeLevel.SCHOOL)
        .filter(p -> set.parentOf(p).isPresent() && !p.projects().isEmpty()).findFirst().orElse(null);
    if (school != null) {
      Chain chain = all.chain(school, school.projects().get(0));
      out.println();
      out.println("จากโครงการ \"" + school.projects().get(0).title() + "\" ของ " + school.office().name()
          + " ขึ้นไป (the chain up):");
      for (ChainStep step : chain.steps()) {
        out.println("  " + step.plan().office().shortName().orElse(step.plan().office().name()) + ": กลยุทธ์ "
            + String.join(", ", step.strategies().stream().map(s -> s.number() + " " + s.title()).toList()));
      }
      chain.nationalStrategy().forEach(item ->
          out.println("  ยุทธศาสตร์ชาติ (national strategy) " + item.number() + " " + item.titleThai()));
    }

    out.println();
    out.println("ผลการตรวจสอบข้ามแผน (cross-plan findings):");
    for (CascadeFinding cf : CascadeValidator.standard().validate(all)) {
      Finding f = cf.finding();
      out.println("  " + f.severity() + " " + f.code() + " · " + cf.plan().office().name() + " · " + f.path() + ": "
          + f.message(new Locale("th")));
    }

    out.println();
    out.println("ตาราง CSV (CSV tables) ใน " + exportFolder + ":");
    for (Path file : export(folder, exportFolder)) {
      int lines = Files.readAllLines(file).size() - 1;
      out.println("  " + file.getFileName() + " " + lines + " บรรทัด (lines after the header)");
    }
  }

  /** Loads a folder and writes its plans as CSV tables: the sample of docs/cascade-export.md. */
  static List<Path> export(Path folder, Path exportFolder) throws IOException {
    PlanSet set = PlanSetLoader.of().load(folder).set();
    List<Path> files = RelationalExport.of(set).writeTo(exportFolder);
    return files;
  }

  private static void print(PrintStream out, String heading, ConsolidatedBudget table) {
    out.println();
    out.println(heading);
    for (ConsolidatedBudget.Row row : table.rows()) {
      out.printf(Locale.ROOT, "  %s %s: %d แผน, %d โครงการ, %s บาท%n", row.key(), row.label(), row.plans(),
          row.projects(), row.budget().format());
    }
    out.printf(Locale.ROOT, "  รวม (total): %d โครงการ, %s บาท%n", table.total().projects(), table.total().budget().format());
  }
}
