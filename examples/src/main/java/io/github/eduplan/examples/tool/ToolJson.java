package io.github.eduplan.examples.tool;

import io.github.eduplan.model.Baht;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.validation.Finding;
import io.github.eduplan.validation.Severity;
import io.github.eduplan.validation.ValidationReport;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one JSON shape of every command's {@code --json} output (docs/command-line.md): the command,
 * the plan, the summary of findings and the findings themselves — always an array of the same
 * objects — then the command's own section under its name. Every path is the library's JSON path starting
 * at {@code $}.
 */
final class ToolJson {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private ToolJson() {}

  /** The object every command prints: command, plan, summary and findings. */
  static ObjectNode envelope(String command, Loaded loaded, Lang lang) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("command", command);
    StrategicPlan plan = loaded.plan();
    ObjectNode p = root.putObject("plan");
    p.put("source", loaded.source());
    p.put("office", plan.office().name());
    p.put("title", plan.title().orElse(null));
    p.put("kind", plan.kind().name());
    ObjectNode period = p.putObject("period");
    period.put("first", plan.period().first().buddhistEraYear());
    period.put("last", plan.period().last().buddhistEraYear());
    findings(root, loaded.report(), lang);
    return root;
  }

  /**
   * The summary and the findings of a report, as every command prints them: {@code summary} with
   * the counts by severity, {@code findings} an array of objects of always the same six members.
   */
  static void findings(ObjectNode parent, ValidationReport report, Lang lang) {
    ObjectNode summary = parent.putObject("summary");
    summary.put("findings", report.findings().size());
    summary.put("errors", report.errors().size());
    summary.put("warnings", report.warnings().size());
    summary.put("info", report.bySeverity(Severity.INFO).size());
    ArrayNode findings = parent.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode n = findings.addObject();
      n.put("code", f.code());
      n.put("severity", f.severity().name());
      n.put("path", f.path());
      n.put("number", f.number().orElse(null));
      ObjectNode values = n.putObject("values");
      f.values().forEach(values::put);
      n.put("message", f.message(lang.locale()));
    }
  }

  /** A baht amount as a JSON number with two decimals. */
  static void put(ObjectNode node, String name, Baht amount) {
    node.put(name, amount.amount());
  }

  static String write(ObjectNode root) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }
}
