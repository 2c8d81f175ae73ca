package io.github.eduplan.examples.tool;

import io.github.eduplan.examples.BundledPlans;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The eduplan command line (เครื่องมือบรรทัดคำสั่ง) for people and scripts:
 * {@code eduplan validate|report|coverage|dashboard PLAN [options]} and
 * {@code eduplan achievement PLAN RESULTS [options]}, {@code eduplan diff OLD NEW [options]} and
 * {@code eduplan consolidate FOLDER [options]}, documented in
 * {@code docs/command-line.md}. Run it as {@code java -jar eduplan-tool.jar}, built by
 * {@code ./mvnw package} in {@code examples/target}.
 *
 * <p>Every exit status is one of the constants below. Nothing a plan file or a command line can
 * contain ends in a stack trace: it ends in one message on standard error and its status.
 */
@Command(
    name = "eduplan",
    mixinStandardHelpOptions = true,
    versionProvider = Eduplan.Version.class,
    description = {
        "Validates, summarises and charts the strategic and annual plans of Thai educational service"
            + " area offices (สพป./สพม.), read from eduplan JSON files, and reports their achievement"
            + " from results documents.",
        "Run 'eduplan COMMAND --help' for a command's options."},
    subcommands = {
        ValidateCommand.class, ReportCommand.class, CoverageCommand.class, DashboardCommand.class,
        AchievementCommand.class, DiffCommand.class, ConsolidateCommand.class, HelpCommand.class},
    footer = {"", "Documentation: docs/command-line.md in the eduplan repository."})
public final class Eduplan implements Callable<Integer> {
  /** Done; for {@code validate}, the plan has no error finding. */
  public static final int OK = 0;
  /** {@code validate} only: the plan has at least one error finding. */
  public static final int PLAN_HAS_ERRORS = 1;
  /** The command line is wrong: an unknown command or option, a missing or bad value. */
  public static final int USAGE = 2;
  /**
   * The plan cannot be read: no such file, a directory, not JSON, not a plan, or unprocessable; or
   * the results a command was given cannot be read.
   */
  public static final int UNREADABLE = 3;
  /** The output file cannot be written. */
  public static final int CANNOT_WRITE = 4;
  /** A bug in eduplan (sysexits' EX_SOFTWARE), never a property of the input. */
  public static final int INTERNAL_ERROR = 70;

  private final InputStream stdin;
  @Spec private CommandSpec spec;

  private Eduplan(InputStream stdin) {
    this.stdin = stdin;
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(run(args, System.in, BundledPlans.console(), err));
  }

  /**
   * Runs the command line without exiting.
   *
   * @param args the command line, not null
   * @param in standard input, read for the plan {@code -}; not null
   * @param out where results and help go, as UTF-8; not null
   * @param err where errors go, as UTF-8; not null
   * @return the exit status, one of this class's constants
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cmd = new CommandLine(new Eduplan(Objects.requireNonNull(in, "in")))
        .setOut(outWriter)
        .setErr(errWriter)
        .setParameterExceptionHandler(Eduplan::usageError)
        .setExecutionExceptionHandler(Eduplan::failure);
    exitCodes(cmd, true, true);
    cmd.getSubcommands().forEach((name, sub) -> {
      if (sub.getCommandSpec().userObject() instanceof PlanCommand) {
        exitCodes(sub, name.equals("validate"), name.equals("achievement") || name.equals("dashboard"));
      } else if (sub.getCommandSpec().userObject() instanceof ConsolidateCommand) {
        consolidateExitCodes(sub);
      }
    });
    int status = cmd.execute(args);
    outWriter.flush();
    errWriter.flush();
    return status;
  }

  /** Lists the exit codes at the end of a command's help; status 1 only where it can happen. */
  private static void exitCodes(CommandLine cmd, boolean validates, boolean readsResults) {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put(" " + OK, "done");
    if (validates) {
      codes.put(" " + PLAN_HAS_ERRORS, "validate: the plan has an error finding");
    }
    codes.put(" " + USAGE, "the command line is wrong");
    codes.put(" " + UNREADABLE, "the plan cannot be read: no such file, not JSON, not a plan, or a plan"
        + " eduplan cannot work on" + (readsResults ? "; or the results cannot be read" : ""));
    codes.put(" " + CANNOT_WRITE, "the output cannot be written");
    codes.put(INTERNAL_ERROR + "", "internal error: a bug in eduplan, please report it");
    cmd.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
  }

  /** The exit codes of {@code consolidate}, which reads a folder rather than a plan. */
  private static void consolidateExitCodes(CommandLine cmd) {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put(" " + OK, "done");
    codes.put(" " + USAGE, "the command line is wrong");
    codes.put(" " + UNREADABLE, "the folder cannot be read, or a file of it cannot be read (the others are"
        + " consolidated and printed)");
    codes.put(" " + CANNOT_WRITE, "the --export folder cannot be written");
    codes.put(INTERNAL_ERROR + "", "internal error: a bug in eduplan, please report it");
    cmd.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
  }

  /** Standard input, for the plan or the results {@code -}. */
  InputStream stdin() {
    return stdin;
  }

  /** {@code eduplan} alone: a command is missing. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(),
        "missing a command: validate, report, coverage, dashboard, achievement, diff or consolidate");
  }

  /** A wrong command line: the problem, a suggestion or the synopsis, and where help is. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("eduplan: " + e.getMessage());
    if (!UnmatchedArgumentException.printSuggestions(e, err)) {
      err.print(cmd.getHelp().fullSynopsis());
    }
    err.printf("Run '%s --help' for more information.%n", cmd.getCommandSpec().qualifiedName());
    return USAGE;
  }

  /**
   * A command that failed: a {@link ToolException} is a message and its status; anything else is
   * a bug, told in one line rather than a stack trace.
   */
  private static int failure(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (e instanceof ToolException t) {
      err.println("eduplan: " + t.getMessage());
      return t.status();
    }
    StackTraceElement[] trace = e.getStackTrace();
    err.println("eduplan: internal error, please report it: " + e
        + (trace.length > 0 ? " (at " + trace[0] + ")" : ""));
    return INTERNAL_ERROR;
  }

  /** The version from the runnable jar's manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Eduplan.class.getPackage().getImplementationVersion();
      return new String[] {"eduplan " + (version == null ? "(development build)" : version)};
    }
  }
}
