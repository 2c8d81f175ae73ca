package io.github.eduplan.examples;

import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.table.IndicatorTable;
import io.github.eduplan.table.ProjectBudgetTable;
import io.github.eduplan.time.FiscalYearRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the two tables planning staff keep in Excel — an indicator table (สพป.เชียงราย เขต 2,
 * strategy 1) and a project budget table (สพป.ตาก เขต 2, strategy 1) — from CSV into the model, then
 * writes the indicator table back as CSV and the plan as JSON.
 */
public final class ImportFromCsv {
  private ImportFromCsv() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(BundledPlans.console());
  }

  static void run(PrintStream out) {
    IndicatorTable indicators = read("/csv/chiangrai-2-strategy-1-indicators.csv",
        in -> IndicatorTable.read(in, Direction.INCREASE));
    ProjectBudgetTable projects = read("/csv/tak-2-strategy-1-projects.csv", ProjectBudgetTable::read);

    out.println("ตัวชี้วัดจาก CSV (indicators from CSV): " + indicators.indicators().size());
    for (Indicator i : indicators.indicators()) {
      out.printf("  %s. %s [%s] เป้าหมาย %s%n", i.code().orElse("-"), i.text(),
          i.unit().map(Object::toString).orElse("-"), i.targets());
    }
    out.println("โครงการจาก CSV (projects from CSV): " + projects.projects().size());
    for (Project p : projects.projects()) {
      out.printf("  %s. %s  %s บาท  ไตรมาส %s%n", p.number(), p.title(),
          p.budget().map(Baht::format).orElse("-"), p.activeQuarters());
    }

    StrategicPlan plan = StrategicPlan.builder()
        .office(Office.of("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2"))
        .kind(PlanKind.ACTION_PLAN)
        .period(FiscalYearRange.parse("2565"))
        .addStrategy(Strategy.builder().number("1")
            .title("ส่งเสริมการจัดการศึกษาให้ผู้เรียนมีความปลอดภัยจากภัยทุกรูปแบบ")
            .addAllGoals(indicators.goals())
            .addAllIndicators(indicators.indicators())
            .build())
        .addAllProjects(projects.projects())
        .addAllStatedTotals(projects.statedTotals())
        .build();
    out.println("JSON: " + PlanJson.strict().write(plan).length() + " characters");

    StringWriter csv = new StringWriter();
    try {
      indicators.write(csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println("CSV written back, first line: " + csv.toString().lines().findFirst().orElse(""));
  }

  interface TableReader<T> {
    T read(Reader in) throws IOException;
  }

  private static <T> T read(String resource, TableReader<T> reader) {
    try (InputStream in = ImportFromCsv.class.getResourceAsStream(resource);
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return reader.read(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
