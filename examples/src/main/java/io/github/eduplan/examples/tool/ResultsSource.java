package io.github.eduplan.examples.tool;

import io.github.eduplan.examples.BundledResults;
import io.github.eduplan.results.ResultsDocument;
import io.github.eduplan.results.ResultsFormatException;
import io.github.eduplan.results.ResultsJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import tools.jackson.core.JacksonException;

/**
 * The results a command works on ({@code RESULTS} of {@code achievement}, {@code --results} of
 * {@code dashboard}): a results document file, {@code -} for standard input, or
 * {@code bundled:NAME} for one of the illustrative results bundled with the tool. Reading it is
 * strict, and every way it can fail is a {@link ToolException} with status {@link Eduplan#UNREADABLE}
 * that names the results (and, for a bad document, the JSON path, line and column).
 */
final class ResultsSource {
  private ResultsSource() {}

  /** Refuses the plan and the results both from standard input, before either is read. */
  static void notBothFromStandardInput(String plan, String results, CommandSpec spec) {
    if ("-".equals(results) && "-".equals(plan)) {
      throw new ParameterException(spec.commandLine(), "the plan and the results cannot both come from standard input (-)");
    }
  }

  /** Reads the results named on the command line, strictly. */
  static ResultsDocument load(String source, InputStream stdin) {
    try {
      if (source.equals("-")) {
        return ResultsJson.strict().read(stdin);
      }
      if (source.startsWith(PlanSource.BUNDLED)) {
        String name = source.substring(PlanSource.BUNDLED.length());
        String file = name.endsWith(".json") ? name : name + ".json";
        if (!BundledResults.has(file)) {
          throw unreadable(source, "no bundled results of that name; the bundled results are " + names());
        }
        return BundledResults.load(file);
      }
      Path file = Path.of(source);
      if (Files.isDirectory(file)) {
        throw unreadable(source, "is a directory, not a results file");
      }
      return ResultsJson.strict().read(file);
    } catch (ResultsFormatException e) {
      throw unreadable(source, "not a results document: " + e.problem() + " at " + e.jsonPath()
          + (e.line() > 0 ? ", line " + e.line() + ", column " + e.column() : ""));
    } catch (InvalidPathException e) {
      throw unreadable(source, "not a valid file name: " + e.getReason());
    } catch (IOException e) {
      throw unreadable(source, ToolException.problem(e));
    } catch (UncheckedIOException e) {
      throw unreadable(source, ToolException.problem(e.getCause()));
    } catch (JacksonException e) {
      // The library turns format errors into ResultsFormatException; this is a safety net only.
      throw unreadable(source, "not a valid results document: " + e.getOriginalMessage());
    }
  }

  private static ToolException unreadable(String source, String problem) {
    return new ToolException(Eduplan.UNREADABLE, source + ": " + problem);
  }

  /** {@code bundled:NAME} for every bundled results document. */
  static List<String> names() {
    List<String> names = new ArrayList<>();
    List<String> all = new ArrayList<>(BundledResults.FOR_PLANS);
    all.addAll(BundledResults.CHIANGMAI_SCHOOLS);
    for (String file : all) {
      names.add(PlanSource.BUNDLED + file.substring(0, file.length() - ".json".length()));
    }
    return names;
  }
}
