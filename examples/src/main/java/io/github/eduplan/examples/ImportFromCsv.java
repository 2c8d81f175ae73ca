package io.github.eduplan.examples;

import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Comparison;
import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.Person;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StatedTotal;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.Target;
import io.github.eduplan.table.IndicatorTable;
import io.github.eduplan.table.ProjectBudgetTable;
import io.github.eduplan.table.TableFormat;
import io.github.eduplan.time.FiscalYearRange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * Reads the two tables planning staff keep in Excel, saved as "CSV UTF-8" (with a byte-order
 * mark) — the indicator table of สพป.เชียงราย เขต 2's strategy 1 and the project budget table of
 * สพป.ตาก เขต 2's strategy 1 — prints them as a person reads them, builds a plan of them and writes
 * the indicator table back as CSV.
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
    IndicatorTable indicators;
    ProjectBudgetTable projects;
    try (InputStream i = ImportFromCsv.class.getResourceAsStream("/csv/chiangrai-2-strategy-1-indicators.csv");
        InputStream p = ImportFromCsv.class.getResourceAsStream("/csv/tak-2-strategy-1-projects.csv")) {
      indicators = IndicatorTable.readCsv(i, TableFormat.DEFAULT);
      projects = ProjectBudgetTable.readCsv(p, TableFormat.DEFAULT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    out.println("ตัวชี้วัดจาก CSV (indicators from CSV): " + indicators.indicators().size());
    for (Strategy s : indicators.strategies()) {
      out.println("กลยุทธ์ที่ " + s.number() + " " + s.title());
      for (Goal g : s.goals()) {
        out.println("  เป้าประสงค์ " + g.number().map(n -> n + " ").orElse("") + g.text());
      }
      for (Indicator i : s.indicators()) {
        out.println("  ตัวชี้วัด " + i.code().map(c -> c + " ").orElse("") + i.text()
            + i.unit().map(u -> " (หน่วยนับ: " + u + ")").orElse(""));
        if (!i.baselines().isEmpty()) {
          out.println("      ข้อมูลพื้นฐาน " + i.baselines().stream()
              .map(b -> b.year() + ": " + shown(b.value())).collect(Collectors.joining(" · ")));
        }
        out.println("      ค่าเป้าหมาย " + i.targets().entrySet().stream()
            .map(e -> e.getKey().buddhistEraYear() + ": " + shown(e.getValue())).collect(Collectors.joining(" · ")));
      }
    }
    out.println("โครงการจาก CSV (projects from CSV): " + projects.projects().size());
    for (Project p : projects.projects()) {
      out.printf("  %s %s  %s บาท  ไตรมาส 1–4: %s  ดำเนินการไตรมาส %s  ผู้รับผิดชอบ %s%n", p.number(), p.title(),
          p.budget().map(Baht::format).orElse("-"),
          p.quarterlyPlan().map(q -> q.amounts().stream().map(Baht::format).collect(Collectors.joining(" / ")))
              .orElse("-"),
          p.activeQuarters().stream().map(q -> Integer.toString(q.number())).collect(Collectors.joining(",")),
          p.responsiblePeople().stream().map(Person::name).collect(Collectors.joining(", ")));
    }
    for (StatedTotal t : projects.statedTotals()) {
      out.println("  " + t.label().orElse("รวม") + ": " + t.amount().format() + " บาท");
    }

    StrategicPlan plan = StrategicPlan.builder()
        .office(Office.of("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงราย เขต 2"))
        .kind(PlanKind.ACTION_PLAN)
        .period(FiscalYearRange.parse("2566-2570"))
        .addAllStrategies(indicators.strategies())
        .build();
    out.println("JSON: " + PlanJson.strict().write(plan).length() + " characters");

    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    try {
      indicators.writeCsv(csv, TableFormat.DEFAULT.withCsvForExcel(false));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println("CSV written back, first line: "
        + csv.toString(StandardCharsets.UTF_8).lines().findFirst().orElse(""));
  }

  /** A value as a plan prints it: 94, N/A, มี, ดีเยี่ยม. */
  static String shown(IndicatorValue value) {
    return switch (value.kind()) {
      case NUMBER -> ((IndicatorValue.Numeric) value).value().toPlainString();
      case YES_NO -> ((IndicatorValue.YesNo) value).isYes() ? "มี" : "ไม่มี";
      default -> value.toString();
    };
  }

  /** A target as a plan prints it: 94, ≥ 80, 80–90. */
  static String shown(Target target) {
    if (target.comparison().filter(Comparison.BETWEEN::equals).isPresent()) {
      return shown(target.value()) + "–" + target.upperBound().orElseThrow().toPlainString();
    }
    return target.comparison().map(c -> c.symbol() + " ").orElse("") + shown(target.value());
  }
}
