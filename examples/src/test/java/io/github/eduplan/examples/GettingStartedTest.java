package io.github.eduplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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
    assertTrue(out.contains("ERROR OFFICE_NAME_INCONSISTENT at office.mentions[4]"), out);
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
}
