package io.github.eduplan.examples;

import io.github.eduplan.alignment.AlignmentMap;
import io.github.eduplan.alignment.BudgetTable;
import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.alignment.CatalogueItem;
import io.github.eduplan.alignment.PlanElement;
import io.github.eduplan.json.PlanFormatException;
import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.time.Quarter;
import io.github.eduplan.validation.Finding;
import io.github.eduplan.validation.ValidationReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A command-line entry for scripts: {@code PlanTool validate|report|coverage FILE [--json]
 * [--lang th|en] [--framework ID]}. It reads a plan file strictly, prints a report for people or,
 * with {@code --json}, one JSON object for other tools (findings with their codes and paths).
 *
 * <p>Exit status: 0 when the plan has no error finding, 1 when it has at least one, 2 for a usage
 * mistake, 3 when the file cannot be read or is not a valid plan (the error names the JSON path,
 * line and column).
 */
public final class PlanTool {
  /** The plan has no error finding. */
  public static final int OK = 0;
  /** The plan has error findings. */
  public static final int PLAN_HAS_ERRORS = 1;
  /** The command line is wrong. */
  public static final int USAGE = 2;
  /** The file cannot be read or is not a plan. */
  public static final int UNREADABLE = 3;

  private static final String USAGE_TEXT =
      "usage: PlanTool validate|report|coverage FILE [--json] [--lang th|en] [--framework ID]";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private PlanTool() {}

  /**
   * Runs the tool and exits with its status. With no arguments it reports on the bundled
   * สพป.ตาก เขต 2 FY2565 plan, so it runs from an IDE as it is.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int status;
    if (args.length == 0) {
      status = run(BundledPlans.load(BundledPlans.TAK_2_2565), "report", false, Locale.forLanguageTag("th"),
          "national-strategy", BundledPlans.console());
    } else {
      status = run(args, BundledPlans.console(), System.err);
    }
    System.exit(status);
  }

  /**
   * Runs the tool.
   *
   * @param args the command line, not null
   * @param out where the report goes, not null
   * @param err where usage and read errors go, not null
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String command = null;
    Path file = null;
    boolean json = false;
    Locale locale = Locale.forLanguageTag("th");
    String framework = "national-strategy";
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--json")) {
        json = true;
      } else if ((a.equals("--lang") || a.equals("--framework")) && i + 1 < args.length) {
        String value = args[++i];
        if (a.equals("--lang")) {
          locale = Locale.forLanguageTag(value);
        } else {
          framework = value;
        }
      } else if (a.startsWith("--")) {
        err.println("unknown option " + a);
        err.println(USAGE_TEXT);
        return USAGE;
      } else if (command == null) {
        command = a;
      } else if (file == null) {
        file = Path.of(a);
      } else {
        err.println(USAGE_TEXT);
        return USAGE;
      }
    }
    if (command == null || file == null || !List.of("validate", "report", "coverage").contains(command)) {
      err.println(USAGE_TEXT);
      return USAGE;
    }
    StrategicPlan plan;
    try {
      plan = PlanJson.strict().read(file);
    } catch (PlanFormatException e) {
      err.printf("%s: %s at %s, line %d, column %d%n", file, e.problem(), e.jsonPath(), e.line(), e.column());
      return UNREADABLE;
    } catch (IOException e) {
      err.println(file + ": " + e);
      return UNREADABLE;
    }
    return run(plan, command, json, locale, framework, out);
  }

  static int run(StrategicPlan plan, String command, boolean json, Locale locale, String framework, PrintStream out) {
    ValidationReport report = BundledPlans.VALIDATOR.validate(plan);
    ObjectNode root = JSON.createObjectNode();
    root.put("command", command);
    root.put("office", plan.office().name());
    root.put("period", plan.period().toString());
    switch (command) {
      case "validate" -> validate(report, locale, json, root, out);
      case "report" -> {
        summary(plan, json, root, out);
        counts(report, root);
      }
      default -> coverage(AlignmentMap.of(plan, Catalogue.bundled()), framework, json, root, out);
    }
    root.put("errors", report.errors().size());
    if (json) {
      out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }
    return report.hasErrors() ? PLAN_HAS_ERRORS : OK;
  }

  private static void validate(ValidationReport report, Locale locale, boolean json, ObjectNode root, PrintStream out) {
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      if (json) {
        ObjectNode n = findings.addObject();
        n.put("code", f.code());
        n.put("severity", f.severity().name());
        n.put("path", f.path());
        f.number().ifPresent(number -> n.put("number", number));
        ObjectNode values = n.putObject("values");
        f.values().forEach(values::put);
        n.put("message", f.message(locale));
      } else {
        out.printf("%-7s %-28s %s%n        %s%n", f.severity(), f.code(), f.path(), f.message(locale));
      }
    }
    if (!json) {
      out.printf("%d findings: %d errors, %d warnings%n",
          report.findings().size(), report.errors().size(), report.warnings().size());
    }
  }

  private static void counts(ValidationReport report, ObjectNode root) {
    root.put("findings", report.findings().size());
    root.put("warnings", report.warnings().size());
  }

  private static void summary(StrategicPlan plan, boolean json, ObjectNode root, PrintStream out) {
    root.put("strategies", plan.strategies().size());
    root.put("indicators", plan.indicators().count());
    root.put("projects", plan.projects().size());
    root.put("budget", plan.projectBudgetTotal().amount());
    ObjectNode byStrategy = root.putObject("budgetByStrategy");
    for (Strategy s : plan.strategies()) {
      byStrategy.put(s.number(), plan.projectsOf(s.number()).stream()
          .flatMap(p -> p.budget().stream()).collect(Baht.summing()).amount());
    }
    ObjectNode byQuarter = root.putObject("budgetByQuarter");
    for (Quarter q : Quarter.values()) {
      List<Baht> amounts = new ArrayList<>();
      plan.projects().forEach(p -> p.quarterlyPlan().ifPresent(qb -> amounts.add(qb.amount(q))));
      byQuarter.put(Integer.toString(q.number()), Baht.sum(amounts).amount());
    }
    if (!json) {
      PlanReport.print(plan, out);
    }
  }

  private static void coverage(AlignmentMap map, String framework, boolean json, ObjectNode root, PrintStream out) {
    BudgetTable table = map.budgetByItem(framework);
    root.put("framework", framework);
    ArrayNode rows = root.putArray("items");
    for (BudgetTable.Row row : table.rows()) {
      ObjectNode n = rows.addObject();
      n.put("item", row.key());
      n.put("title", row.label());
      n.put("projects", row.projectCount());
      n.put("budget", row.budget().amount());
    }
    ArrayNode unsupported = root.putArray("unsupported");
    for (CatalogueItem item : map.unsupported(framework)) {
      unsupported.add(item.number());
    }
    ArrayNode unlinked = root.putArray("unlinked");
    for (PlanElement e : map.unlinked()) {
      unlinked.add(e.path());
    }
    if (!json) {
      out.println(table.toMarkdown());
      out.println("unsupported: " + map.unsupported(framework).size() + ", unlinked: " + map.unlinked().size());
    }
  }
}
