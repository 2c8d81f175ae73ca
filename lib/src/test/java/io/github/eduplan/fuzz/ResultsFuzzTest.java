package io.github.eduplan.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.eduplan.achievement.AchievementCalculator;
import io.github.eduplan.achievement.DisbursementTargets;
import io.github.eduplan.achievement.PlanAchievement;
import io.github.eduplan.achievement.Spending;
import io.github.eduplan.fuzz.FuzzSupport.Shared;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.results.ResultsChecks;
import io.github.eduplan.results.ResultsDocument;
import io.github.eduplan.results.ResultsFormatException;
import io.github.eduplan.results.ResultsJson;
import io.github.eduplan.table.IndicatorResultsTable;
import io.github.eduplan.table.SpendingTable;
import io.github.eduplan.table.TableFormat;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import io.github.eduplan.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the results document (รายงานผลการดำเนินงาน): bytes → strict and lenient read → write →
 * read back equal → its checks against a small plan of สพป.ตาก เขต 2's shape
 * ({@link ResultsChecks}) → the achievement and budget execution calculators on its results and
 * spending → its results and spending tables, written and read back equal. Only
 * {@link ResultsFormatException} may escape a read.
 */
class ResultsFuzzTest {
  @BeforeAll
  static void settings() {
    FuzzSupport.fuzzFor();
  }

  @FuzzTest
  void resultsDocument(byte[] document) {
    ResultsDocument strict = read(ResultsJson.strict(), document);
    ResultsDocument lenient = read(ResultsJson.lenient(), document);
    if (strict != null) {
      assertEquals(strict, lenient, "the lenient reader reads what the strict one reads");
    }
    if (lenient == null) {
      return;
    }
    // Read back as it was read: a later format version is the lenient reader's to take.
    ResultsJson json = strict != null ? ResultsJson.strict() : ResultsJson.lenient();
    assertEquals(lenient, json.read(json.write(lenient)), "written and read back");
    StrategicPlan plan = FuzzSupport.smallPlan();
    ValidationReport report = ResultsChecks.check(plan, lenient);
    report.findings().forEach(f -> assertFalse(f.message(Locale.ENGLISH).isBlank(), f::toString));
    AchievementCalculator calc = Shared.CALCULATOR;
    FiscalYear year = lenient.reportedThrough().year();
    PlanAchievement achievement = calc.assess(plan, year, lenient.actualResults());
    calc.rollUpPlan(achievement);
    calc.rollUpStrategies(achievement);
    Spending spending = lenient.spending(year);
    DisbursementTargets targets = lenient.disbursementTargets().orElse(DisbursementTargets.example());
    Quarter through = lenient.reportedThrough().quarter();
    calc.planExecution(plan, spending, targets, through);
    calc.executionByGroup(plan, spending, targets, through);
    calc.budgetVersusResults(plan, achievement, spending, targets, through);
    calc.trajectories(plan, lenient.reportedThrough(), lenient.actualResults());
    FuzzSupport.achievement(plan, lenient.actualResults());
    tables(lenient);
  }

  private static void tables(ResultsDocument document) {
    try {
      IndicatorResultsTable results = IndicatorResultsTable.of(document);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      results.writeCsv(out, TableFormat.DEFAULT);
      assertEquals(results, IndicatorResultsTable.readCsv(new ByteArrayInputStream(out.toByteArray()),
          TableFormat.DEFAULT), "the results table written and read back");
      SpendingTable spending = SpendingTable.of(document);
      out = new ByteArrayOutputStream();
      spending.writeCsv(out, TableFormat.DEFAULT);
      assertEquals(spending, SpendingTable.readCsv(new ByteArrayInputStream(out.toByteArray()),
          TableFormat.DEFAULT), "the spending table written and read back");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ResultsDocument read(ResultsJson json, byte[] document) {
    try {
      return json.read(document);
    } catch (ResultsFormatException e) {
      assertFalse(e.getMessage().isBlank(), "a refusal says what is wrong");
      return null;
    }
  }
}
