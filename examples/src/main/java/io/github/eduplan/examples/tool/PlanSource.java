package io.github.eduplan.examples.tool;

import io.github.eduplan.examples.BundledPlans;
import io.github.eduplan.json.PlanFormatException;
import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.StrategicPlan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;

/**
 * The plan a command works on, its {@code PLAN} argument: a file, {@code -} for standard input, or
 * {@code bundled:NAME} for one of the real plans bundled with the tool. Reading it is strict, and
 * every way it can fail is a {@link ToolException} with status {@link Eduplan#UNREADABLE} that
 * names the plan (and, for a bad document, the JSON path, line and column).
 */
final class PlanSource {
  /** The prefix of a bundled plan's name. */
  static final String BUNDLED = "bundled:";

  @Parameters(
      index = "0",
      paramLabel = "PLAN",
      completionCandidates = BundledNames.class,
      description = {
          "The plan: an eduplan JSON file (UTF-8), - for standard input, or bundled:NAME for a real"
              + " plan bundled with the tool (${COMPLETION-CANDIDATES})."})
  private String source;

  /** The plan as named on the command line. */
  String name() {
    return source;
  }

  /** Reads the plan, strictly. */
  StrategicPlan load(InputStream stdin) {
    return load(source, stdin);
  }

  /**
   * Reads a plan named as on the command line (a file, {@code -} or {@code bundled:NAME}),
   * strictly; a command that reads a second plan calls this.
   */
  static StrategicPlan load(String source, InputStream stdin) {
    try {
      if (source.equals("-")) {
        return PlanJson.strict().read(stdin);
      }
      if (source.startsWith(BUNDLED)) {
        return bundled(source.substring(BUNDLED.length()));
      }
      Path file = Path.of(source);
      if (Files.isDirectory(file)) {
        throw unreadable(source, "is a directory, not a plan file");
      }
      return PlanJson.strict().read(file);
    } catch (PlanFormatException e) {
      throw unreadable(source, e.problem() + " at " + e.jsonPath()
          + (e.line() > 0 ? ", line " + e.line() + ", column " + e.column() : ""));
    } catch (InvalidPathException e) {
      throw unreadable(source, "not a valid file name: " + e.getReason());
    } catch (IOException e) {
      throw unreadable(source, ToolException.problem(e));
    } catch (UncheckedIOException e) {
      throw unreadable(source, ToolException.problem(e.getCause()));
    } catch (JacksonException e) {
      // The library turns format errors into PlanFormatException; this is a safety net only.
      throw unreadable(source, "not a valid plan: " + e.getOriginalMessage());
    }
  }

  private static StrategicPlan bundled(String name) {
    String file = name.endsWith(".json") ? name : name + ".json";
    if (!BundledPlans.ALL.contains(file)) {
      throw new ToolException(Eduplan.UNREADABLE,
          BUNDLED + name + ": no bundled plan of that name; the bundled plans are " + names());
    }
    return BundledPlans.load(file);
  }

  private static ToolException unreadable(String source, String problem) {
    return new ToolException(Eduplan.UNREADABLE, source + ": " + problem);
  }

  /** {@code bundled:NAME} for every bundled plan. */
  static List<String> names() {
    List<String> names = new ArrayList<>();
    for (String file : BundledPlans.ALL) {
      names.add(BUNDLED + file.substring(0, file.length() - ".json".length()));
    }
    return names;
  }

  /** The bundled plans' names, for the help text and shell completion. */
  static final class BundledNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    BundledNames() {
      super(names());
    }
  }
}
