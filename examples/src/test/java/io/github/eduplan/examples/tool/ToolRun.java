package io.github.eduplan.examples.tool;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One run of the command line in the test's JVM, as {@code java -jar eduplan-tool.jar} would run
 * it, with its status, standard output and standard error.
 *
 * @param status the exit status
 * @param out standard output
 * @param err standard error
 */
record ToolRun(int status, String out, String err) {
  /** The bundled plans' files, from the module's directory (Maven's working directory). */
  static final Path PLANS = Path.of("src/main/resources/plans");

  static ToolRun of(String... args) {
    return withInput(new byte[0], args);
  }

  static ToolRun withInput(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Eduplan.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new ToolRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static String plan(String file) {
    return PLANS.resolve(file).toString();
  }

  /** Whether standard error reads like a stack trace anywhere. */
  boolean hasStackTrace() {
    return err.contains("\tat ") || err.contains("Exception in thread") || out.contains("\tat ");
  }

  @Override
  public String toString() {
    return "status " + status + "\n--- out:\n" + out + "\n--- err:\n" + err;
  }
}
