package io.github.eduplan.examples.tool;

import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.alignment.Framework;
import io.github.eduplan.cascade.CascadeFinding;
import io.github.eduplan.cascade.CascadeValidator;
import io.github.eduplan.cascade.ConsolidatedBudget;
import io.github.eduplan.cascade.Consolidation;
import io.github.eduplan.cascade.LoadFailure;
import io.github.eduplan.cascade.LoadedPlanSet;
import io.github.eduplan.cascade.PlanSet;
import io.github.eduplan.cascade.PlanSetLoader;
import io.github.eduplan.cascade.RelationalExport;
import io.github.eduplan.cascade.StrategyCoverage;
import io.github.eduplan.cascade.UnresolvedParent;
import io.github.eduplan.json.PlanFormatException;
import io.github.eduplan.model.OfficeLevel;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.validation.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eduplan consolidate FOLDER [--framework ID] [--export DIR]}: the plans of a folder as one
 * set (ชุดแผน): budget by office, by province and by a national framework's items across all
 * plans, each area plan's strategies with the school projects that serve them, the plans whose
 * parent was not found and the cross-plan findings; with {@code --export}, the set as CSV tables.
 */
@Command(
    name = "consolidate",
    mixinStandardHelpOptions = true,
    description = {
        "Reads every eduplan JSON file of a folder as one set of plans (school plans serving their"
            + " area office's plan) and prints consolidated figures: budget by office, by province and"
            + " by a national framework's items; each area plan's strategies with the school projects"
            + " that serve them; plans whose served plan is not in the folder; and the cross-plan"
            + " findings.",
        "A file that cannot be read is named on standard error with its problem; the others are"
            + " consolidated, and the status is 3."})
final class ConsolidateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private FrameworkOption framework;

  @Parameters(index = "0", paramLabel = "FOLDER",
      description = "A folder of eduplan JSON files (*.json), one plan each.")
  private String folder;

  @Option(names = "--export", paramLabel = "DIR",
      description = "Also write the set as CSV tables (docs/cascade-export.md) into DIR, created if"
          + " missing; files of the same names are replaced.")
  private String export;

  @Mixin private Lang.Choice language;

  /** The language chosen with {@code --lang}. */
  private Lang lang() {
    return language.get();
  }

  @Override
  public Integer call() {
    Path dir = folder();
    Path exportDir = export == null ? null : path(export, Eduplan.CANNOT_WRITE);
    LoadedPlanSet loaded;
    try {
      loaded = PlanSetLoader.of().load(dir);
    } catch (IOException e) {
      throw new ToolException(Eduplan.UNREADABLE, folder + ": " + ToolException.problem(e));
    } catch (UncheckedIOException e) {
      throw new ToolException(Eduplan.UNREADABLE, folder + ": " + ToolException.problem(e.getCause()));
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PlanSet set = loaded.set();
    try {
      print(out, set);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new ToolException(Eduplan.UNREADABLE,
          folder + ": eduplan cannot consolidate these plans: " + e.getMessage());
    }
    if (exportDir != null) {
      try {
        List<Path> files = RelationalExport.of(set).writeTo(exportDir);
        out.println();
        out.println(lang().pick("เขียนตาราง " + files.size() + " ไฟล์ไว้ที่ ", "Wrote " + files.size() + " tables to ")
            + exportDir);
      } catch (IOException | UncheckedIOException e) {
        IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
        out.flush();
        throw new ToolException(Eduplan.CANNOT_WRITE, export + ": " + ToolException.problem(cause));
      }
    }
    out.flush();
    for (LoadFailure f : loaded.failures()) {
      err.println("eduplan: " + f.path() + ": " + problem(f));
    }
    return loaded.failures().isEmpty() ? Eduplan.OK : Eduplan.UNREADABLE;
  }

  /** The folder, refused before anything is read when it is not one. */
  private Path folder() {
    Path dir = path(folder, Eduplan.UNREADABLE);
    if (!Files.exists(dir)) {
      throw new ToolException(Eduplan.UNREADABLE, folder + ": no such file or directory");
    }
    if (!Files.isDirectory(dir)) {
      throw new ToolException(Eduplan.UNREADABLE, folder + ": not a folder; give the folder of the plan files");
    }
    return dir;
  }

  private static Path path(String name, int status) {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new ToolException(status, name + ": not a valid file name: " + e.getReason());
    }
  }

  /** A failed file's problem in one line: for a bad document, the JSON path, line and column. */
  private static String problem(LoadFailure failure) {
    Exception problem = failure.problem();
    if (problem instanceof PlanFormatException e) {
      return e.problem() + " at " + e.jsonPath() + (e.line() > 0 ? ", line " + e.line() + ", column " + e.column() : "");
    }
    String message = problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
    return message.replace('\n', ' ').replace('\r', ' ');
  }

  private void print(PrintWriter out, PlanSet set) {
    Consolidation all = Consolidation.of(set, Catalogue.bundled());
    long schools = set.plans().stream().filter(p -> p.level() == OfficeLevel.SCHOOL).count();
    long areas = set.plans().stream().filter(p -> p.level() == OfficeLevel.AREA_OFFICE).count();
    long obec = set.plans().stream().filter(p -> p.level() == OfficeLevel.OBEC).count();
    out.println("# " + Table.cell(lang().pick("ชุดแผน ", "Plan set ") + folder));
    out.println();
    out.println(lang().pick(
        set.plans().size() + " แผน: สพฐ. " + obec + " · สำนักงานเขตพื้นที่การศึกษา " + areas + " · โรงเรียน " + schools,
        set.plans().size() + " plans: OBEC " + obec + " · area office " + areas + " · school " + schools));

    budget(out, all.budgetByOffice(), lang().pick("งบประมาณตามหน่วยงาน", "Budget by office"),
        lang().pick("หน่วยงาน", "Office"), false);
    budget(out, all.budgetByProvince(), lang().pick("งบประมาณตามจังหวัด", "Budget by province"),
        lang().pick("จังหวัด", "Province"), false);
    Framework f = framework.framework();
    String name = FrameworkOption.title(f, lang());
    budget(out, all.budgetByItem(f.id()), lang().pick("งบประมาณตาม", "Budget by ") + name + " (" + f.id() + ")",
        name, true);

    for (StrategicPlan plan : set.plans()) {
      if (set.childrenOf(plan).isEmpty()) {
        continue;
      }
      Table coverage = new Table(lang().pick("กลยุทธ์", "Strategy"), lang().pick("ชื่อ", "Title"),
          lang().pick("โครงการที่สนอง", "Projects serving it"), lang().pick("งบประมาณ (บาท)", "Budget (baht)")).right(2, 3);
      for (StrategyCoverage c : all.coverage(plan)) {
        coverage.row(c.strategy().number(), c.strategy().title(), Integer.toString(c.projects().size()),
            c.budget().format());
      }
      coverage.print(out, lang().pick("กลยุทธ์ของ ", "Strategies of ") + office(plan)
          + lang().pick(" และโครงการของแผนระดับล่างที่สนอง (" + set.childrenOf(plan).size() + " แผน)",
              " and the projects of the " + set.childrenOf(plan).size() + " plans serving it"));
    }

    String unresolvedHeading = lang().pick("แผนที่หาแผนที่สนองต่อไม่พบ", "Plans whose served plan was not found");
    if (set.unresolved().isEmpty()) {
      Table.section(out, unresolvedHeading, lang().pick("ไม่มี", "None."));
    } else {
      Table t = new Table(lang().pick("แผน", "Plan"), lang().pick("สนองต่อ", "Serves"), lang().pick("เหตุ", "Why"));
      for (UnresolvedParent u : set.unresolved()) {
        t.row(office(u.plan()), u.served().office() + " " + u.served().fiscalYear(), u.isAmbiguous()
            ? lang().pick("พบ " + u.candidates().size() + " แผน", u.candidates().size() + " plans match")
            : lang().pick("ไม่มีในชุดแผน", "not in the set"));
      }
      t.print(out, unresolvedHeading);
    }

    List<CascadeFinding> findings = CascadeValidator.standard().validate(all);
    String findingsHeading = lang().pick("ผลการตรวจสอบข้ามแผน", "Cross-plan findings");
    if (findings.isEmpty()) {
      Table.section(out, findingsHeading, lang().pick("ไม่พบข้อบกพร่อง (0 รายการ)", "No findings."));
    } else {
      Table t = new Table(lang().pick("ระดับ", "Severity"), lang().pick("รหัส", "Code"), lang().pick("แผน", "Plan"),
          lang().pick("ตำแหน่ง", "Path"), lang().pick("ข้อความ", "Message"));
      for (CascadeFinding cf : findings) {
        Finding finding = cf.finding();
        t.row(PlanCommand.severity(finding.severity(), lang()), finding.code(), office(cf.plan()), finding.path(),
            finding.message(lang().locale()));
      }
      t.print(out, findingsHeading);
    }
  }

  private void budget(PrintWriter out, ConsolidatedBudget table, String heading, String keyHeading,
      boolean numbered) {
    Table t = new Table(keyHeading, lang().pick("แผน", "Plans"), lang().pick("โครงการ", "Projects"),
        lang().pick("งบประมาณ (บาท)", "Budget (baht)")).right(1, 2, 3);
    for (ConsolidatedBudget.Row row : table.rows()) {
      t.row(numbered ? row.key() + " " + row.label() : row.label(), Integer.toString(row.plans()),
          Integer.toString(row.projects()), row.budget().format());
    }
    t.row(lang().pick("รวมทั้งสิ้น", "total"), Integer.toString(table.total().plans()),
        Integer.toString(table.total().projects()), table.total().budget().format());
    if (numbered || table.unassigned().plans() > 0) {
      t.row(lang().pick("ไม่ระบุ", "not given"), Integer.toString(table.unassigned().plans()),
          Integer.toString(table.unassigned().projects()), table.unassigned().budget().format());
    }
    t.print(out, heading);
  }

  private static String office(StrategicPlan plan) {
    return plan.office().shortName().orElse(plan.office().name()) + " " + plan.period();
  }
}
