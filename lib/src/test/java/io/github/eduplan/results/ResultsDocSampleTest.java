package io.github.eduplan.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.achievement.AchievementCalculator;
import io.github.eduplan.achievement.BudgetExecution;
import io.github.eduplan.achievement.PlanAchievement;
import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.table.IndicatorResultsTable;
import io.github.eduplan.table.SpendingTable;
import io.github.eduplan.table.TableFormat;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.validation.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The samples of docs/results.md, run on the สพป.ตาก เขต 2 FY2565 action plan and its bundled
 * illustrative results (the docs' samples must be compiled code: DocSamplesTest in the examples).
 */
class ResultsDocSampleTest {
  static final Path EXAMPLES = Path.of("../examples/src/main/resources");

  @Test
  void fromFileToReport(@TempDir Path dir) throws Exception {
    StrategicPlan plan = PlanJson.strict().read(EXAMPLES.resolve("plans/tak-2-2565.json"));
    Path file = EXAMPLES.resolve("results/tak-2-2565.json");

    ResultsDocument results = ResultsJson.strict().read(file);
    ValidationReport findings = ResultsChecks.check(plan, results);
    FiscalYear year = results.reportedThrough().year();
    AchievementCalculator calc = AchievementCalculator.of();
    PlanAchievement achievement = calc.assess(plan, year, results.actualResults());
    BudgetExecution money = calc.planExecution(plan, results.spending(year),
        results.disbursementTargets().orElseThrow(), results.reportedThrough().quarter());

    assertTrue(findings.isEmpty(), findings.toString());
    assertEquals(11, calc.rollUpPlan(achievement).metCount());
    assertEquals("47.81", money.disbursementRate().orElseThrow().toPlainString());

    try (var out = Files.newOutputStream(dir.resolve("spending.csv"))) {
      SpendingTable.of(results).writeCsv(out, TableFormat.DEFAULT);
    }
    try (var out = Files.newOutputStream(dir.resolve("indicator-results.xlsx"))) {
      IndicatorResultsTable.of(results).writeXlsx(out, TableFormat.DEFAULT);
    }
    SpendingTable spending;
    try (var in = Files.newInputStream(dir.resolve("spending.csv"))) {
      spending = SpendingTable.readCsv(in, TableFormat.DEFAULT);
    }
    ResultsDocument updated = ResultsDocument.builder().from(results).projects(spending.projects()).build();

    assertEquals(results, updated);
    IndicatorResultsTable indicators;
    try (var in = Files.newInputStream(dir.resolve("indicator-results.xlsx"))) {
      indicators = IndicatorResultsTable.readXlsx(in, TableFormat.DEFAULT);
    }
    assertEquals(results.indicators(), indicators.indicators());
  }
}
