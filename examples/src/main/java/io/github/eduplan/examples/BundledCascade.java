package io.github.eduplan.examples;

import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.StrategicPlan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The illustrative plan set bundled with the examples (ชุดแผนตัวอย่าง): an area office plan abridged
 * from the สพป.ตาก เขต 2 FY2565 action plan (its real strategies, goals and indicators, two of its
 * projects per strategy) and five school plans that serve it. The schools are invented, and say so
 * in their titles and sources; their figures are made up. One school links a strategy and a project
 * to area strategy 5, which the area plan does not have: the defect the cross-plan rules report.
 */
public final class BundledCascade {
  /** The area office plan. */
  public static final String AREA = "tak-2-2565-area.json";

  /** Every file of the set, the area plan first. */
  public static final List<String> FILES = List.of(
      AREA, "school-1-2565.json", "school-2-2565.json", "school-3-2565.json", "school-4-2565.json",
      "school-5-2565.json");

  private BundledCascade() {}

  /**
   * Reads the plans, in {@link #FILES} order.
   *
   * @return the plans, not null
   */
  public static List<StrategicPlan> load() {
    List<StrategicPlan> plans = new ArrayList<>();
    for (String file : FILES) {
      try (InputStream in = open(file)) {
        plans.add(PlanJson.strict().read(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return plans;
  }

  /**
   * Writes the set's files into a folder, as a user keeps them: one JSON file per plan.
   *
   * @param folder the folder, created if missing, not null
   * @return the folder
   * @throws IOException if a file cannot be written
   */
  public static Path copyTo(Path folder) throws IOException {
    Files.createDirectories(folder);
    for (String file : FILES) {
      try (InputStream in = open(file)) {
        Files.copy(in, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return folder;
  }

  private static InputStream open(String file) {
    InputStream in = BundledCascade.class.getResourceAsStream("/cascade/" + file);
    if (in == null) {
      throw new IllegalStateException("the bundled plan set has no " + file);
    }
    return in;
  }
}
