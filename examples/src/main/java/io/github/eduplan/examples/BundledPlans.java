package io.github.eduplan.examples;

import io.github.eduplan.alignment.AlignmentRules;
import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.validation.PlanValidator;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The real plans bundled with the examples, read from the class path, and a UTF-8 console.
 */
public final class BundledPlans {
  /** สพป.ตาก เขต 2, แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2565 (the สพป.ตาก เขต 2 FY2565 action plan). */
  public static final String TAK_2_2565 = "tak-2-2565.json";

  /** Every bundled plan, by file name. */
  public static final List<String> ALL = List.of(
      "chiangrai-2-2566-2570.json",
      "chiangmai-2-2563-2565.json",
      "yasothon-2-2566.json",
      TAK_2_2565,
      "trang-2-2563-2565.json");

  /**
   * The validator the examples use: the standard rules and the alignment rules against the
   * bundled catalogue. Immutable and thread-safe, so built once.
   */
  public static final PlanValidator VALIDATOR =
      AlignmentRules.addTo(PlanValidator.standard(), Catalogue.bundled()).build();

  private BundledPlans() {}

  /**
   * Reads a bundled plan.
   *
   * @param name the file name, such as {@link #TAK_2_2565}
   * @return the plan
   */
  public static StrategicPlan load(String name) {
    try (InputStream in = BundledPlans.class.getResourceAsStream("/plans/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no bundled plan named " + name);
      }
      return PlanJson.strict().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns standard output writing UTF-8, whatever the platform's default charset, so Thai text
   * is readable in a UTF-8 terminal.
   *
   * @return the console
   */
  public static PrintStream console() {
    return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
  }
}
