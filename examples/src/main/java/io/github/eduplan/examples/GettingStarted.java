package io.github.eduplan.examples;

import io.github.eduplan.achievement.AchievementCalculator;
import io.github.eduplan.achievement.ActualResult;
import io.github.eduplan.achievement.ActualResults;
import io.github.eduplan.achievement.IndicatorKey;
import io.github.eduplan.achievement.PlanAchievement;
import io.github.eduplan.achievement.RollUp;
import io.github.eduplan.alignment.AlignmentMap;
import io.github.eduplan.alignment.BudgetTable;
import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.json.PlanFormatException;
import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.validation.Finding;
import io.github.eduplan.validation.PlanValidator;
import io.github.eduplan.validation.ValidationReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The code of {@code docs/getting-started.md}, compiled and run by a test: read a plan, validate
 * it, see its alignment budget, assess its indicators, and handle a malformed file.
 */
public final class GettingStarted {
  private GettingStarted() {}

  /**
   * Runs every step on a plan file, by default the bundled สพป.ตาก เขต 2 FY2565 plan, and exits:
   * 0 when every step ran, 3 when the file cannot be read or is not a plan (one message on
   * standard error naming the file and, for a bad document, its JSON path, line and column; never
   * a stack trace), as the eduplan command line does.
   *
   * @param args the plan file, optional
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/src/main/resources/plans/tak-2-2565.json");
    System.exit(main(file, BundledPlans.console(), System.err));
  }

  /** Runs every step on a file; returns the exit status, 0 or 3. */
  static int main(Path file, PrintStream out, PrintStream err) {
    try {
      run(file, out);
      return 0;
    } catch (PlanFormatException e) {
      err.println(file + ": " + e.getMessage());
    } catch (IOException e) {
      err.println(file + ": cannot be read: " + (e instanceof NoSuchFileException ? "no such file" : e.getMessage()));
    } catch (IllegalArgumentException | ArithmeticException e) {
      // A plan read whole that a calculation cannot take, such as totals past Baht.MAX.
      err.println(file + ": " + e.getMessage());
    }
    return 3;
  }

  static StrategicPlan run(Path file, PrintStream out) throws IOException {
    StrategicPlan plan = PlanJson.strict().read(file);
    out.println(plan.office().name() + ": " + plan.projects().size() + " projects, "
        + plan.projectBudgetTotal().format() + " baht");

    PlanValidator validator = PlanValidator.standard().build();   // immutable, share it
    ValidationReport report = validator.validate(plan);           // never throws on a loaded plan
    for (Finding f : report.findings()) {
      out.println(f.severity() + " " + f.code() + " at " + f.path() + ": " + f.message(Locale.forLanguageTag("th")));
    }

    AlignmentMap alignment = AlignmentMap.of(plan, Catalogue.bundled());
    BudgetTable byPolicy = alignment.budgetByItem("obec-policy");
    out.println(byPolicy.toMarkdown());    // paste into the plan document

    FiscalYear fy2565 = FiscalYear.of(2565);
    ActualResults results = ActualResults.of(
        ActualResult.of(IndicatorKey.of("1", "1."), fy2565, IndicatorValue.number(88)),
        ActualResult.ofCounts(IndicatorKey.of("1", "2"), fy2565, 90, 115));   // 90 of 115 schools = 78.26 %
    AchievementCalculator calculator = AchievementCalculator.of();
    PlanAchievement achievement = calculator.assess(plan, fy2565, results);
    RollUp whole = calculator.rollUpPlan(achievement);
    out.println("met " + whole.metCount() + " of " + whole.assessableCount() + " assessable indicators");
    return plan;
  }

  static String readBroken(String json) {
    try {
      PlanJson.strict().read(json);
      return "loaded";
    } catch (PlanFormatException e) {
      return e.jsonPath() + " line " + e.line() + " column " + e.column() + ": " + e.problem();
    }
  }
}
