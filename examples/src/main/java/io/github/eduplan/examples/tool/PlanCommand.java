package io.github.eduplan.examples.tool;

import io.github.eduplan.examples.BundledPlans;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.validation.Severity;
import io.github.eduplan.validation.ValidationReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every command shares: the {@code PLAN} argument and {@code --lang}; the plan is read and
 * validated once, here. A library exception raised while working on a plan that was read (a total
 * past {@link io.github.eduplan.model.Baht#MAX}, for one) is caught here, at the tool's edge, and
 * told as an unreadable plan, status {@link Eduplan#UNREADABLE}.
 */
abstract class PlanCommand implements Callable<Integer> {
  @ParentCommand private Eduplan root;
  @Spec private CommandSpec spec;
  @Mixin private PlanSource source;

  @Mixin private Lang.Choice language;

  @Override
  public final Integer call() {
    checkArguments(source.name());
    StrategicPlan plan = source.load(root.stdin());
    try {
      return run(new Loaded(source.name(), plan, BundledPlans.VALIDATOR.validate(plan)), language.get(),
          spec.commandLine().getOut());
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new ToolException(Eduplan.UNREADABLE,
          source.name() + ": eduplan cannot work on this plan: " + e.getMessage());
    }
  }

  /**
   * Refuses a command line that no input can make right, before anything is read; none by default.
   *
   * @param plan the plan as named on the command line
   */
  void checkArguments(String plan) {}

  /** Standard input, for the results {@code -} of the commands that read results. */
  java.io.InputStream stdin() {
    return root.stdin();
  }

  /**
   * Runs the command on a plan that was read and validated.
   *
   * @return the exit status
   */
  abstract int run(Loaded loaded, Lang lang, PrintWriter out);

  /** The top of every text output: the plan's title as a Markdown heading, its office and years. */
  static void header(PrintWriter out, Loaded loaded, Lang lang) {
    out.println("# " + Table.cell(loaded.title(lang)));
    out.println();
    out.println(Table.cell(loaded.subtitle(lang)));
  }

  /** The counts of findings by severity, in one line. */
  static String findingCounts(ValidationReport report, Lang lang) {
    int info = report.bySeverity(Severity.INFO).size();
    return lang.pick(
        report.findings().size() + " รายการ: ข้อผิดพลาด " + report.errors().size() + " · คำเตือน "
            + report.warnings().size() + " · ข้อสังเกต " + info,
        report.findings().size() + " findings: " + report.errors().size() + " errors · "
            + report.warnings().size() + " warnings · " + info + " info");
  }

  /** A severity in words. */
  static String severity(Severity severity, Lang lang) {
    return switch (severity) {
      case ERROR -> lang.pick("ข้อผิดพลาด", "error");
      case WARNING -> lang.pick("คำเตือน", "warning");
      case INFO -> lang.pick("ข้อสังเกต", "info");
    };
  }
}
