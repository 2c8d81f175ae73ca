package io.github.eduplan.examples.tool;

import io.github.eduplan.diff.PlanDiff;
import io.github.eduplan.examples.BundledPlans;
import io.github.eduplan.model.StrategicPlan;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code eduplan diff OLD NEW}: what changed between two versions of a plan ({@link PlanDiff},
 * docs/diff.md): elements added, removed, moved, renumbered, retitled or changed, and the budget
 * by strategy, by quarter and by framework item before and after. The JSON output is the common
 * envelope of the newer version (its findings) with the older version and the diff beside it.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
        "Reports what changed (การเปลี่ยนแปลงของแผน) between two versions of a plan (docs/diff.md):"
            + " elements added, removed, moved, renumbered, retitled or changed, and the budget by"
            + " strategy, by quarter and by framework item before and after.",
        "OLD is the earlier version, given as PLAN; NEW the revised one. It exits with 0 once the"
            + " diff is printed, whatever changed."})
final class DiffCommand extends PlanCommand {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Spec private CommandSpec spec;

  @Parameters(
      index = "1",
      paramLabel = "NEW",
      description = "The revised plan: a file, - for standard input, or bundled:NAME.")
  private String newer;

  @Option(names = "--json", description = "Print one JSON object (docs/command-line.md) instead of text.")
  private boolean json;

  @Override
  void checkArguments(String plan) {
    if ("-".equals(plan) && "-".equals(newer)) {
      throw new ParameterException(spec.commandLine(), "the two plans cannot both come from standard input (-)");
    }
  }

  @Override
  int run(Loaded older, Lang lang, PrintWriter out) {
    StrategicPlan revised = PlanSource.load(newer, stdin());
    PlanDiff diff = PlanDiff.between(older.plan(), revised);
    if (json) {
      Loaded loaded = new Loaded(newer, revised, BundledPlans.VALIDATOR.validate(revised));
      ObjectNode root = ToolJson.envelope("diff", loaded, lang);
      ObjectNode previous = root.putObject("older");
      previous.put("source", older.source());
      previous.put("title", older.title(lang));
      root.set("diff", MAPPER.readTree(diff.toJson()));
      out.println(ToolJson.write(root));
    } else {
      out.print(diff.toMarkdown(lang.locale()));
    }
    return Eduplan.OK;
  }
}
