package io.github.eduplan.examples.tool;

import io.github.eduplan.model.Baht;
import io.github.eduplan.time.Quarter;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code eduplan report PLAN}: counts, budget by strategy and by quarter, and the findings' counts. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
        "Summarises a plan: its strategies, indicators and projects, the budget by strategy and by"
            + " quarter, and how many findings validation has (listed by 'eduplan validate')."})
final class ReportCommand extends PlanCommand {
  @Option(names = "--json", description = "Print one JSON object (docs/command-line.md) instead of text.")
  private boolean json;

  @Override
  int run(Loaded loaded, Lang lang, PrintWriter out) {
    PlanFigures figures = PlanFigures.of(loaded.plan());
    if (json) {
      ObjectNode root = ToolJson.envelope("report", loaded, lang);
      ObjectNode report = root.putObject("report");
      report.put("strategies", loaded.plan().strategies().size());
      report.put("indicators", figures.indicators());
      report.put("projects", loaded.plan().projects().size());
      ToolJson.put(report, "budget", figures.total());
      ArrayNode byStrategy = report.putArray("budgetByStrategy");
      for (PlanFigures.Row row : figures.strategies()) {
        ObjectNode n = byStrategy.addObject();
        n.put("strategy", row.number().orElseThrow());
        n.put("title", row.title());
        n.put("projects", row.projects());
        ToolJson.put(n, "budget", row.budget());
      }
      ObjectNode without = report.putObject("withoutStrategy");
      without.put("projects", figures.withoutStrategy().map(PlanFigures.Row::projects).orElse(0));
      ToolJson.put(without, "budget", figures.withoutStrategy().map(PlanFigures.Row::budget).orElse(Baht.ZERO));
      ArrayNode byQuarter = report.putArray("budgetByQuarter");
      if (figures.quarterly()) {
        for (Quarter q : Quarter.values()) {
          ObjectNode n = byQuarter.addObject();
          n.put("quarter", q.number());
          ToolJson.put(n, "budget", figures.quarters().get(q));
        }
      }
      out.println(ToolJson.write(root));
      return Eduplan.OK;
    }
    header(out, loaded, lang);
    out.println();
    out.println(lang.pick(
        "กลยุทธ์ " + loaded.plan().strategies().size() + " · ตัวชี้วัด " + figures.indicators() + " · โครงการ "
            + loaded.plan().projects().size() + " · งบประมาณรวม " + figures.total().format() + " บาท",
        loaded.plan().strategies().size() + " strategies · " + figures.indicators() + " indicators · "
            + loaded.plan().projects().size() + " projects · budget " + figures.total().format() + " baht"));
    strategies(figures, loaded.plan().projects().size(), lang, out);
    quarters(figures, lang, out);
    SituationView.print(loaded.plan().situation(), loaded.report(), lang, out);
    Table.section(out, lang.pick("ผลการตรวจสอบแผน", "Validation"), findingCounts(loaded.report(), lang));
    return Eduplan.OK;
  }

  private static void strategies(PlanFigures figures, int projects, Lang lang, PrintWriter out) {
    String heading = lang.pick("งบประมาณตามกลยุทธ์", "Budget by strategy");
    if (figures.strategies().isEmpty() && figures.withoutStrategy().isEmpty()) {
      Table.section(out, heading, lang.pick("แผนไม่มีกลยุทธ์และโครงการ", "The plan has no strategy and no project."));
      return;
    }
    Table table = new Table(lang.pick("กลยุทธ์", "Strategy"), lang.pick("ชื่อกลยุทธ์", "Title"),
        lang.pick("โครงการ", "Projects"), lang.pick("งบประมาณ (บาท)", "Budget (baht)")).right(2, 3);
    for (PlanFigures.Row row : figures.strategies()) {
      table.row(row.number().orElseThrow(), row.title(), Integer.toString(row.projects()), row.budget().format());
    }
    figures.withoutStrategy().ifPresent(row -> table.row("", lang.pick("ไม่ระบุกลยุทธ์", "no strategy"),
        Integer.toString(row.projects()), row.budget().format()));
    table.row("", lang.pick("รวม", "total"), Integer.toString(projects), figures.total().format());
    table.print(out, heading);
  }

  private static void quarters(PlanFigures figures, Lang lang, PrintWriter out) {
    String heading = lang.pick("แผนการใช้จ่ายรายไตรมาส", "Spending plan by quarter");
    if (!figures.quarterly()) {
      Table.section(out, heading, lang.pick("ไม่มีโครงการใดมีแผนรายไตรมาส", "No project has a quarterly plan."));
      return;
    }
    Table table = new Table(lang.pick("ไตรมาส", "Quarter"), lang.pick("งบประมาณ (บาท)", "Budget (baht)")).right(1);
    for (Quarter q : Quarter.values()) {
      table.row(lang.pick(q.thaiName(), "Q" + q.number()), figures.quarters().get(q).format());
    }
    table.row(lang.pick("รวม", "total"), figures.quarterTotal().format());
    table.print(out, heading);
  }
}
