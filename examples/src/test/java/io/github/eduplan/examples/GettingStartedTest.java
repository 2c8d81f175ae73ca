package io.github.eduplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The steps of docs/getting-started.md run and print what the page says they print. */
class GettingStartedTest {
  @Test
  void everyStepRunsOnTheBundledPlan() {
    String out = ExamplesTest.capture(o -> {
      try {
        GettingStarted.run(Path.of("src/main/resources/plans/tak-2-2565.json"), o);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertTrue(out.startsWith("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2: 59 projects, 8,095,606 baht"), out);
    assertTrue(out.contains("WARNING OFFICE_NAME_MISSPELT at $.office.mentions[4]"), out);
    assertTrue(out.contains("| 3 |"), out);
    assertTrue(out.contains("met 1 of 2 assessable indicators"), out);
  }

  @Test
  void aBrokenDocumentNamesItsPathLineAndColumn() {
    String where = GettingStarted.readBroken("{\"office\": {\"name\": \"สพป.ตาก เขต 2\"}, \"kind\": 5}");
    assertTrue(where.startsWith("$.kind line 1 column "), where);
    assertEquals("loaded", GettingStarted.readBroken(
        "{\"office\": {\"name\": \"สพป.ตาก เขต 2\"}, \"kind\": \"ACTION_PLAN\", \"period\": {\"first\": 2565, \"last\": 2565}}"));
  }

  @Test
  void theExampleTellsABadFileInOneLineAndExitsThree(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("not-json.json"), "not JSON", StandardCharsets.UTF_8);
    Files.createDirectory(dir.resolve("a-directory.json"));
    for (String name : List.of("not-json.json", "a-directory.json", "no-such-file.json")) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Path file = dir.resolve(name);
      int status = GettingStarted.main(file, new PrintStream(OutputStream.nullOutputStream()),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      String message = err.toString(StandardCharsets.UTF_8);
      assertEquals(3, status, message);
      assertTrue(message.startsWith(file + ": ") && message.lines().count() == 1 && !message.contains("\tat "), message);
    }
    assertEquals(0, GettingStarted.main(Path.of("src/main/resources/plans/tak-2-2565.json"),
        new PrintStream(OutputStream.nullOutputStream()), System.err));
  }
}
