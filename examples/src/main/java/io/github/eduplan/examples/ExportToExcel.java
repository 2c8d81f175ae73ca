package io.github.eduplan.examples;

import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.table.IndicatorTable;
import io.github.eduplan.table.ProjectBudgetTable;
import io.github.eduplan.table.TableFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the two tables of สพป.ตาก เขต 2's FY2565 action plan as Excel workbooks and as CSV that
 * Excel opens on a double-click, then reads each file back and checks that it gives the same tables:
 * the round trip planning staff rely on when they edit a plan in Excel.
 *
 * <p>Run with a folder to keep the files: {@code ./mvnw -q -pl examples exec:java
 * -Dexec.mainClass=io.github.eduplan.examples.ExportToExcel -Dexec.args=/tmp/tables}.
 */
public final class ExportToExcel {
  private ExportToExcel() {}

  /**
   * Runs the example.
   *
   * @param args the folder to write to; a temporary one when absent
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 ? Files.createDirectories(Path.of(args[0])) : Files.createTempDirectory("eduplan-tables");
    run(BundledPlans.console(), dir);
  }

  static void run(PrintStream out, Path dir) {
    StrategicPlan plan = BundledPlans.load(BundledPlans.TAK_2_2565);
    IndicatorTable indicators = IndicatorTable.of(plan);
    ProjectBudgetTable projects = ProjectBudgetTable.of(plan);
    try {
      Path indicatorsXlsx = dir.resolve("tak-2-2565-indicators.xlsx");
      Path projectsXlsx = dir.resolve("tak-2-2565-projects.xlsx");
      Path projectsCsv = dir.resolve("tak-2-2565-projects.csv");
      try (OutputStream o = Files.newOutputStream(indicatorsXlsx)) {
        indicators.writeXlsx(o, TableFormat.DEFAULT);
      }
      try (OutputStream o = Files.newOutputStream(projectsXlsx)) {
        projects.writeXlsx(o, TableFormat.DEFAULT);
      }
      try (OutputStream o = Files.newOutputStream(projectsCsv)) {
        projects.writeCsv(o, TableFormat.DEFAULT);
      }
      out.printf("%s: %d strategies, one sheet each, %d indicators, %,d bytes%n", indicatorsXlsx.getFileName(),
          indicators.strategies().size(), indicators.indicators().size(), Files.size(indicatorsXlsx));
      out.printf("%s: %d projects and %d stated totals, %,d bytes%n", projectsXlsx.getFileName(),
          projects.projects().size(), projects.statedTotals().size(), Files.size(projectsXlsx));
      out.printf("%s: UTF-8 with a byte-order mark and CRLF, %,d bytes%n", projectsCsv.getFileName(),
          Files.size(projectsCsv));
      try (InputStream i = Files.newInputStream(indicatorsXlsx);
          InputStream p = Files.newInputStream(projectsXlsx);
          InputStream c = Files.newInputStream(projectsCsv)) {
        boolean same = indicators.equals(IndicatorTable.readXlsx(i, TableFormat.DEFAULT))
            && projects.equals(ProjectBudgetTable.readXlsx(p, TableFormat.DEFAULT))
            && projects.equals(ProjectBudgetTable.readCsv(c, TableFormat.DEFAULT));
        out.println(same ? "read back: the same tables" : "read back: DIFFERENT tables");
      }
      out.println("written to " + dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
