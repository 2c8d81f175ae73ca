package io.github.eduplan.examples;

import io.github.eduplan.examples.tool.Eduplan;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the dashboard of a plan — one self-contained HTML file with inline SVG charts of its
 * budget by quarter and by strategy, its alignment with the national plans and its findings, that
 * opens in a browser with no network — exactly as {@code eduplan dashboard} does: the arguments
 * are those of that command ({@code PLAN [--out FILE] [--framework ID] [--lang th|en]}). With no
 * argument it draws the bundled สพป.ตาก เขต 2 FY2565 action plan to standard output; it writes a
 * file only where {@code --out} says. Exit codes are the command line's (docs/command-line.md).
 */
public final class PlanDashboard {
  private PlanDashboard() {}

  /**
   * Runs the example.
   *
   * @param args the arguments of {@code eduplan dashboard}, optional
   */
  public static void main(String[] args) {
    List<String> command = new ArrayList<>(List.of("dashboard"));
    command.addAll(args.length == 0 ? List.of("bundled:tak-2-2565") : List.of(args));
    Eduplan.main(command.toArray(String[]::new));
  }
}
