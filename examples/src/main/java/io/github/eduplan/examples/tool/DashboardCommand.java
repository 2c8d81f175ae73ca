package io.github.eduplan.examples.tool;

import io.github.eduplan.achievement.AchievementCalculator;
import io.github.eduplan.achievement.PlanAchievement;
import io.github.eduplan.results.ResultsDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eduplan dashboard PLAN [--results FILE] [--out FILE]}: the plan's {@link Dashboard}, with a
 * section of achievement by strategy when a results document is given, to standard output or to
 * the file named, never to a file of its own choosing.
 */
@Command(
    name = "dashboard",
    mixinStandardHelpOptions = true,
    description = {
        "Draws a plan as one self-contained HTML page (แดชบอร์ด) that opens in a browser with no"
            + " network: budget by quarter and by strategy, alignment with the national plans, and"
            + " the validation findings; with --results, achievement by strategy in the year the results"
            + " report.",
        "Writes to standard output unless --out names a file."})
final class DashboardCommand extends PlanCommand {
  @Mixin private FrameworkOption framework;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write the page to FILE (replaced if it exists) instead of standard output.")
  private String out;

  @Spec private CommandSpec spec;

  @Option(names = "--results", paramLabel = "FILE",
      description = "A results document (docs/results.md), - for standard input or bundled:NAME: adds achievement"
          + " by strategy in the fiscal year of the last quarter it reports.")
  private String results;

  @Override
  void checkArguments(String plan) {
    ResultsSource.notBothFromStandardInput(plan, results, spec);
  }

  @Override
  int run(Loaded loaded, Lang lang, PrintWriter stdout) {
    Optional<PlanAchievement> achievement = Optional.empty();
    if (results != null) {
      ResultsDocument document = ResultsSource.load(results, stdin());
      achievement = Optional.of(AchievementCalculator.of().assess(loaded.plan(), document.reportedThrough().year(),
          document.actualResults()));
    }
    String html = Dashboard.html(loaded, framework.framework(), lang, achievement);
    if (out == null) {
      stdout.print(html);
      stdout.flush();
      return Eduplan.OK;
    }
    try {
      Path file = Path.of(out);
      if (Files.isDirectory(file)) {
        throw cannotWrite("is a directory");
      }
      Files.writeString(file, html, StandardCharsets.UTF_8);
    } catch (InvalidPathException e) {
      throw cannotWrite("not a valid file name: " + e.getReason());
    } catch (IOException e) {
      throw cannotWrite(ToolException.problem(e));
    }
    return Eduplan.OK;
  }

  private ToolException cannotWrite(String problem) {
    return new ToolException(Eduplan.CANNOT_WRITE, out + ": cannot write the dashboard: " + problem);
  }
}
