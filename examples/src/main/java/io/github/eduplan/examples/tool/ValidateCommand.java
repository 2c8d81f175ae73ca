package io.github.eduplan.examples.tool;

import io.github.eduplan.validation.Finding;
import io.github.eduplan.validation.ValidationReport;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eduplan validate PLAN}: every finding of the validation rules; status 1 on an error. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
        "Checks a plan with eduplan's validation rules (the standard rules and the alignment rules"
            + " against the bundled catalogue) and lists every finding: severity, code, JSON path and"
            + " message.",
        "Exits with 1 when the plan has an error finding, so a script can stop on it."})
final class ValidateCommand extends PlanCommand {
  @Option(names = "--json", description = "Print one JSON object (docs/command-line.md) instead of text.")
  private boolean json;

  @Override
  int run(Loaded loaded, Lang lang, PrintWriter out) {
    ValidationReport report = loaded.report();
    if (json) {
      out.println(ToolJson.write(ToolJson.envelope("validate", loaded, lang)));
    } else {
      header(out, loaded, lang);
      if (report.isEmpty()) {
        Table.section(out, lang.pick("ผลการตรวจสอบแผน", "Findings"), lang.pick("ไม่พบข้อบกพร่อง (0 รายการ)", "No findings."));
      } else {
        Table table = new Table(lang.pick("ระดับ", "Severity"), lang.pick("รหัส", "Code"),
            lang.pick("ตำแหน่ง", "Path"), lang.pick("ข้อความ", "Message"));
        for (Finding f : report.findings()) {
          table.row(severity(f.severity(), lang), f.code(), f.path(), f.message(lang.locale()));
        }
        table.print(out, lang.pick("ผลการตรวจสอบแผน", "Findings"));
        out.println();
        out.println(findingCounts(report, lang));
      }
    }
    return report.hasErrors() ? Eduplan.PLAN_HAS_ERRORS : Eduplan.OK;
  }
}
