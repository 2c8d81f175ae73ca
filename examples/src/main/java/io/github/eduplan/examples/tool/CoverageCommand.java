package io.github.eduplan.examples.tool;

import io.github.eduplan.alignment.AlignmentMap;
import io.github.eduplan.alignment.BudgetTable;
import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.alignment.CatalogueItem;
import io.github.eduplan.alignment.Framework;
import io.github.eduplan.alignment.PlanElement;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code eduplan coverage PLAN [--framework ID]}: projects and budget by the top items of a national
 * framework, the items nothing supports and the elements linked to nothing.
 */
@Command(
    name = "coverage",
    mixinStandardHelpOptions = true,
    description = {
        "Shows how a plan supports a national framework (ความสอดคล้อง): projects and budget by the"
            + " framework's top items, the items no element supports, and the strategies and projects"
            + " linked to no framework."})
final class CoverageCommand extends PlanCommand {
  @Mixin private FrameworkOption framework;

  @Option(names = "--json", description = "Print one JSON object (docs/command-line.md) instead of text.")
  private boolean json;

  @Override
  int run(Loaded loaded, Lang lang, PrintWriter out) {
    Framework f = framework.framework();
    AlignmentMap map = AlignmentMap.of(loaded.plan(), Catalogue.bundled());
    BudgetTable table = map.budgetByItem(f.id());
    List<CatalogueItem> unsupported = map.unsupported(f.id());
    List<PlanElement> unlinked = map.unlinked();
    if (json) {
      ObjectNode root = ToolJson.envelope("coverage", loaded, lang);
      ObjectNode coverage = root.putObject("coverage");
      ObjectNode fw = coverage.putObject("framework");
      fw.put("id", f.id());
      fw.put("title", f.titleThai());
      fw.put("titleEnglish", f.titleEnglish().orElse(null));
      ArrayNode items = coverage.putArray("items");
      for (BudgetTable.Row row : table.rows()) {
        ObjectNode n = items.addObject().put("item", row.key()).put("title", row.label());
        row(n, row);
      }
      row(coverage.putObject("total"), table.total());
      row(coverage.putObject("unassigned"), table.unassigned());
      ArrayNode none = coverage.putArray("unsupported");
      for (CatalogueItem item : unsupported) {
        none.addObject().put("item", item.number()).put("title", item.titleThai());
      }
      ArrayNode loose = coverage.putArray("unlinked");
      for (PlanElement e : unlinked) {
        loose.addObject().put("path", e.path()).put("kind", e.kind().name())
            .put("number", e.number().orElse(null)).put("title", e.title());
      }
      out.println(ToolJson.write(root));
      return Eduplan.OK;
    }
    header(out, loaded, lang);
    String name = FrameworkOption.title(f, lang);
    Table budget = new Table(lang.pick("ที่", "No."), name, lang.pick("โครงการ", "Projects"),
        lang.pick("งบประมาณ (บาท)", "Budget (baht)")).right(2, 3);
    for (BudgetTable.Row row : table.rows()) {
      budget.row(row.key(), row.label(), Integer.toString(row.projectCount()), row.budget().format());
    }
    budget.row("", lang.pick("รวมทั้งสิ้น", "total"), Integer.toString(table.total().projectCount()),
        table.total().budget().format());
    budget.row("", lang.pick("ไม่เชื่อมโยง", "not linked"), Integer.toString(table.unassigned().projectCount()),
        table.unassigned().budget().format());
    budget.print(out, lang.pick("งบประมาณตาม", "Budget by ") + name + " (" + f.id() + ")");

    String unsupportedHeading = lang.pick("รายการที่ไม่มีองค์ประกอบใดสนับสนุน", "Items nothing supports");
    if (unsupported.isEmpty()) {
      Table.section(out, unsupportedHeading, lang.pick("ไม่มี", "None."));
    } else {
      Table items = new Table(lang.pick("ที่", "No."), name);
      unsupported.forEach(i -> items.row(i.number(), i.titleThai()));
      items.print(out, unsupportedHeading);
    }
    String unlinkedHeading = lang.pick("กลยุทธ์และโครงการที่ไม่เชื่อมโยงกับแผนใด", "Strategies and projects linked to nothing");
    if (unlinked.isEmpty()) {
      Table.section(out, unlinkedHeading, lang.pick("ไม่มี", "None."));
    } else {
      Table elements = new Table(lang.pick("ตำแหน่ง", "Path"), lang.pick("องค์ประกอบ", "Element"),
          lang.pick("ชื่อ", "Title"));
      unlinked.forEach(e -> elements.row(e.path(), e.label(), e.title()));
      elements.print(out, unlinkedHeading);
    }
    return Eduplan.OK;
  }

  private static ObjectNode row(ObjectNode n, BudgetTable.Row row) {
    n.put("projects", row.projectCount());
    ToolJson.put(n, "budget", row.budget());
    return n;
  }
}
