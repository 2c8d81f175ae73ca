package io.github.eduplan.examples;

import io.github.eduplan.results.ResultsDocument;
import io.github.eduplan.results.ResultsJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The illustrative results documents bundled with the examples, read from the class path: one for
 * each bundled plan, named as the plan is, and three schools' documents for the
 * สพป.เชียงใหม่ เขต ๒ plan whose counts are pooled. Every figure in them is invented, and every one
 * says so in its notes; they show the format and the calculators, never an office's real results.
 */
public final class BundledResults {
  /** The results of each bundled plan, by the plan's file name. */
  public static final List<String> FOR_PLANS = BundledPlans.ALL;

  /** Three sample schools of สพป.เชียงใหม่ เขต ๒, each reporting one indicator as counts. */
  public static final List<String> CHIANGMAI_SCHOOLS = List.of(
      "chiangmai-2-2563-2565-school-1.json",
      "chiangmai-2-2563-2565-school-2.json",
      "chiangmai-2-2563-2565-school-3.json");

  private BundledResults() {}

  /**
   * Tells whether a results document of that name is bundled.
   *
   * @param name the file name, such as {@code tak-2-2565.json}
   * @return true if it is
   */
  public static boolean has(String name) {
    return FOR_PLANS.contains(name) || CHIANGMAI_SCHOOLS.contains(name);
  }

  /**
   * Reads a bundled results document.
   *
   * @param name the file name, such as {@code tak-2-2565.json} for the results of the plan of that name
   * @return the document
   */
  public static ResultsDocument load(String name) {
    try (InputStream in = BundledResults.class.getResourceAsStream("/results/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no bundled results named " + name);
      }
      return ResultsJson.strict().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
