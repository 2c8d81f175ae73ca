package io.github.eduplan.results;

import static io.github.eduplan.results.ResultsFixtures.FY2565;
import static io.github.eduplan.results.ResultsFixtures.number;
import static io.github.eduplan.results.ResultsFixtures.results;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.achievement.AchievementCalculator;
import io.github.eduplan.achievement.IndicatorKey;
import io.github.eduplan.achievement.NotAssessableReason;
import io.github.eduplan.achievement.PlanAchievement;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.time.FiscalQuarter;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.time.Quarter;
import io.github.eduplan.validation.Finding;
import io.github.eduplan.validation.PlanValidator;
import io.github.eduplan.validation.RuleDescription;
import io.github.eduplan.validation.Severity;
import io.github.eduplan.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each check of a results document against its plan: what it finds, where, and what it says. */
class ResultsChecksTest {
  static final StrategicPlan PLAN = ResultsFixtures.plan();
  static final Locale THAI = Locale.forLanguageTag("th");

  static List<String> found(ValidationReport report) {
    return report.findings().stream().map(f -> f.severity() + " " + f.code() + " " + f.path())
        .collect(Collectors.toList());
  }

  static ValidationReport check(ResultsDocument.Builder document) {
    return ResultsChecks.check(PLAN, document.build());
  }

  static ResultsDocument.Builder base() {
    return ResultsDocument.builder().from(ResultsFixtures.document());
  }

  @Test
  void aDocumentThatFitsItsPlanHasNoFinding() {
    ValidationReport report = ResultsChecks.check(PLAN, ResultsFixtures.document());
    assertEquals(List.of(), found(report), "the office is compared without its spacing and digits, the text without"
        + " its trailing space; a level, a number on a 1–5 scale, text for a text indicator all fit");
  }

  @Test
  void theRulesAreTwelveInTheirOrderWithTheirSeverities() {
    List<RuleDescription> rules = ResultsChecks.addTo(PlanValidator.builder(), ResultsFixtures.document()).build().rules();
    assertEquals(List.of("RESULTS_PLAN_MISMATCH ERROR", "RESULTS_YEAR_OUTSIDE_PLAN ERROR", "RESULTS_AFTER_REPORT ERROR",
        "RESULTS_INDICATOR_UNKNOWN ERROR", "RESULTS_INDICATOR_TEXT WARNING", "RESULTS_VALUE_KIND ERROR",
        "RESULTS_PERCENT_RANGE WARNING", "RESULTS_PROJECT_UNKNOWN ERROR", "RESULTS_PROJECT_AMBIGUOUS INFO",
        "RESULTS_SPENT_OVER_BUDGET ERROR", "RESULTS_SPENT_INACTIVE_QUARTER WARNING", "RESULTS_STATUS_SPENDING WARNING"),
        rules.stream().map(r -> r.code() + " " + r.severity()).collect(Collectors.toList()));
  }

  @Test
  void resultsForAnotherPlanAreFoundOnEachOfOfficeKindAndPeriod() {
    ValidationReport report = check(base().plan(PlanReference.builder().office("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตรัง เขต 2")
        .kind(PlanKind.DEVELOPMENT_PLAN).period(FiscalYearRange.of(2563, 2565)).build()));
    assertEquals(List.of("ERROR RESULTS_PLAN_MISMATCH $.plan.office", "ERROR RESULTS_PLAN_MISMATCH $.plan.kind",
        "ERROR RESULTS_PLAN_MISMATCH $.plan.period"), found(report));
    assertEquals("The results are for the office สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตรัง เขต 2, not for this plan's "
        + ResultsFixtures.OFFICE + ".", report.findings().get(0).message(Locale.ENGLISH));
    assertEquals("รายงานผลนี้เป็นของแผนปีงบประมาณ 2563–2565 แต่แผนนี้ครอบคลุมปีงบประมาณ 2565",
        report.findings().get(2).message(THAI));
  }

  @Test
  void yearsOutsideThePlanAreFoundForTheReportTheResultsAndTheProjects() {
    ValidationReport report = check(base().reportedThrough(FiscalQuarter.of(2566, 1))
        .indicators(List.of(results("๒", "๒.๓", number("4"),
            PeriodResult.builder().from(number("3")).year(FiscalYear.of(2564)).build())))
        .projects(List.of(ProjectProgress.builder().number("1").year(FiscalYear.of(2566))
            .status(ProjectStatus.NOT_STARTED).build())));
    assertEquals(List.of("ERROR RESULTS_YEAR_OUTSIDE_PLAN $.reportedThrough",
        "ERROR RESULTS_YEAR_OUTSIDE_PLAN $.indicators[0].results[1].year",
        "ERROR RESULTS_YEAR_OUTSIDE_PLAN $.projects[0].year"), found(report));
    assertEquals("ตัวชี้วัด 2/2.3: ผลของปีงบประมาณ 2564 อยู่นอกช่วงปีของแผน 2565", report.findings().get(1).message(THAI));
    assertEquals("๒.๓", report.findings().get(1).number().orElseThrow(), "the code as the document writes it");
  }

  @Test
  void aLaterQuarterOrYearThanTheReportIsFoundButAWholeYearOfTheReportsYearIsNot() {
    ValidationReport report = check(base().reportedThrough(FiscalQuarter.of(2565, 2))
        .indicators(List.of(results("1", "1.2", number("150"),
            PeriodResult.builder().from(number("70")).quarter(Quarter.Q2).build(),
            PeriodResult.builder().from(number("90")).quarter(Quarter.Q3).build())))
        .projects(List.of(ProjectProgress.builder().number("1").year(FY2565).status(ProjectStatus.IN_PROGRESS)
            .putSpent(Quarter.Q1, Baht.of(40_000)).putSpent(Quarter.Q3, Baht.ZERO).putSpent(Quarter.Q4, Baht.of(10))
            .build())));
    assertEquals(List.of("ERROR RESULTS_AFTER_REPORT $.indicators[0].results[2]", "ERROR RESULTS_AFTER_REPORT $.projects[0].spent.q3",
        "ERROR RESULTS_AFTER_REPORT $.projects[0].spent.q4"), found(report));
    assertEquals("Project 1: spending in 2565-Q4, after 2565-Q2, the last quarter the document reports.",
        report.findings().get(2).message(Locale.ENGLISH));
  }

  @Test
  void resultsForAnIndicatorThePlanDoesNotHaveAreFoundAndLeftUnmatched() {
    ResultsDocument document = base().indicators(List.of(results("1", "1.9", number("50")),
        IndicatorResults.builder().strategy("๒").code("๒.๑").occurrence(2).addResult(number("1")).build(),
        results("1", "๑.๑", number("80")))).build();
    ValidationReport report = ResultsChecks.check(PLAN, document);
    assertEquals(List.of("ERROR RESULTS_INDICATOR_UNKNOWN $.indicators[0]", "ERROR RESULTS_INDICATOR_UNKNOWN $.indicators[1]"),
        found(report), "๑.๑ is 1.1; the plan has one ๒.๑, not a second");
    assertEquals("แผนไม่มีตัวชี้วัด 2/2.1#2: ผล 1 รายการของตัวชี้วัดนี้ไม่ตรงกับตัวชี้วัดใดและไม่ถูกนำไปประเมิน",
        report.findings().get(1).message(THAI));
    PlanAchievement a = AchievementCalculator.of().assess(PLAN, FY2565, document.actualResults());
    assertEquals(List.of(IndicatorKey.of("1", "1.9"), IndicatorKey.of("2", "2.1", 2)),
        a.unmatched().stream().map(r -> r.indicator()).collect(Collectors.toList()), "the calculators agree");
  }

  @Test
  void anIndicatorTextThatIsNotThePlansIsAWarning() {
    ValidationReport report = check(base().indicators(List.of(IndicatorResults.builder().strategy("1").code("1.2")
        .text("ร้อยละของสถานศึกษาที่มีแผนการจัดการภัยพิบัติ").addResult(number("150")).build())));
    assertEquals(List.of("WARNING RESULTS_INDICATOR_TEXT $.indicators[0].text"), found(report));
    assertTrue(report.findings().get(0).message(Locale.ENGLISH).contains("check that the key names the intended indicator"));
  }

  @Test
  void valuesOfTheWrongKindAreFoundAndTheCalculatorsDoNotAssessThem() {
    ResultsDocument document = base().indicators(List.of(
        results("1", "1.1", PeriodResult.builder().year(FY2565).value(IndicatorValue.level("ดี")).build()),
        results("1", "1.2", PeriodResult.builder().year(FY2565).numerator(BigDecimal.ONE).denominator(BigDecimal.TEN).build()),
        results("1", "1.3", PeriodResult.builder().year(FY2565).value(IndicatorValue.level("ระดับ 4")).build(),
            PeriodResult.builder().year(FY2565).quarter(Quarter.Q1).value(IndicatorValue.yesNo(true)).build()),
        results("2", "2.1", number("1")),
        results("2", "2.2", PeriodResult.builder().year(FY2565).value(IndicatorValue.level("ดี")).build()),
        results("2", "2.3", number("7"),
            PeriodResult.builder().year(FY2565).quarter(Quarter.Q1).value(IndicatorValue.notAvailable()).build())))
        .build();
    ValidationReport report = ResultsChecks.check(PLAN, document);
    assertEquals(List.of("ERROR RESULTS_VALUE_KIND $.indicators[0].results[0].value",
        "ERROR RESULTS_VALUE_KIND $.indicators[1].results[0].numerator",
        "ERROR RESULTS_VALUE_KIND $.indicators[2].results[0].value",
        "ERROR RESULTS_VALUE_KIND $.indicators[2].results[1].value",
        "ERROR RESULTS_VALUE_KIND $.indicators[3].results[0].value",
        "ERROR RESULTS_VALUE_KIND $.indicators[5].results[0].value"), found(report),
        "text fits a text indicator and N/A fits anything");
    assertEquals("Indicator 1/1.3, 2565: the level ระดับ 4 is not on the indicator's scale"
        + " (ปรับปรุง, พอใช้, ดี, ดีมาก, ดีเยี่ยม).", report.findings().get(2).message(Locale.ENGLISH));
    assertEquals("ตัวชี้วัด 1/1.2 (2565): ตัวตั้งและตัวหารให้ค่าร้อยละ แต่ตัวชี้วัดวัดแบบ QUANTITY",
        report.findings().get(1).message(THAI));
    PlanAchievement a = AchievementCalculator.of().assess(PLAN, FY2565, document.actualResults());
    for (String code : List.of("1.1", "1.3")) {
      assertFalse(a.get(IndicatorKey.of("1", code)).orElseThrow().isAssessable(), code);
    }
    assertEquals(NotAssessableReason.KIND_MISMATCH, a.get(IndicatorKey.of("2", "2.1")).orElseThrow().reason().orElseThrow());
    assertEquals(NotAssessableReason.NOT_ON_SCALE, a.get(IndicatorKey.of("1", "1.3")).orElseThrow().reason().orElseThrow());
  }

  @Test
  void aPercentageOutsideZeroToHundredIsAWarning() {
    ValidationReport report = check(base().indicators(List.of(results("1", "1.1", number("100.5"),
        PeriodResult.builder().year(FY2565).quarter(Quarter.Q1).numerator(BigDecimal.valueOf(120))
            .denominator(BigDecimal.valueOf(115)).build(),
        PeriodResult.builder().from(number("100")).quarter(Quarter.Q2).build()))));
    assertEquals(List.of("WARNING RESULTS_PERCENT_RANGE $.indicators[0].results[0].value",
        "WARNING RESULTS_PERCENT_RANGE $.indicators[0].results[1].numerator"), found(report));
  }

  @Test
  void spendingIsCheckedAgainstTheProjectsOfThePlan() {
    ValidationReport report = check(base().projects(List.of(
        ProjectProgress.builder().number("1").year(FY2565).status(ProjectStatus.NOT_STARTED)
            .putSpent(Quarter.Q1, Baht.of(100_000)).putSpent(Quarter.Q3, Baht.of(30_000)).build(),
        ProjectProgress.builder().number("๒").year(FY2565).status(ProjectStatus.DONE).putSpent(Quarter.Q1, Baht.of(25_000))
            .build(),
        ProjectProgress.builder().number("3").year(FY2565).status(ProjectStatus.DONE).putSpent(Quarter.Q2, Baht.of(500))
            .build(),
        ProjectProgress.builder().number("9").year(FY2565).status(ProjectStatus.CANCELLED).putSpent(Quarter.Q1, Baht.of(1))
            .build())));
    assertEquals(List.of("ERROR RESULTS_PROJECT_UNKNOWN $.projects[3]", "INFO RESULTS_PROJECT_AMBIGUOUS $.projects[1]",
        "ERROR RESULTS_SPENT_OVER_BUDGET $.projects[0].spent", "ERROR RESULTS_SPENT_OVER_BUDGET $.projects[2].spent",
        "WARNING RESULTS_SPENT_INACTIVE_QUARTER $.projects[0].spent.q3",
        "WARNING RESULTS_STATUS_SPENDING $.projects[0].status"), found(report));
    List<Finding> f = report.findings();
    assertEquals("โครงการที่ 1 เบิกจ่าย 130,000 บาทในปีงบประมาณ 2565 มากกว่างบประมาณ 121,940 บาท อยู่ 8,060 บาท",
        f.get(2).message(THAI));
    assertEquals("Project 3 spent 500 baht in fiscal year 2565, but the plan gives it no budget.",
        f.get(3).message(Locale.ENGLISH));
    assertEquals("Project 1 spent 30,000 baht in quarter 3, in which the plan does not have it active (quarters 1, 2, 4).",
        f.get(4).message(Locale.ENGLISH));
    assertEquals("The plan has 2 projects numbered ๒: the spending goes to the first, โครงการที่ 2.",
        f.get(1).message(Locale.ENGLISH));
  }

  @Test
  void aRulesSeverityCanBeChangedAndARuleSwitchedOffAndPlanRulesRunAlongside() {
    ResultsDocument document = base().projects(List.of(ProjectProgress.builder().number("2").year(FY2565)
        .status(ProjectStatus.DONE).putSpent(Quarter.Q1, Baht.of(60_000)).build())).build();
    ValidationReport report = ResultsChecks.addTo(PlanValidator.builder(), document)
        .severity(ResultsChecks.RESULTS_SPENT_OVER_BUDGET, Severity.WARNING)
        .disable(ResultsChecks.RESULTS_PROJECT_AMBIGUOUS).build().validate(PLAN);
    assertEquals(List.of("WARNING RESULTS_SPENT_OVER_BUDGET $.projects[0].spent"), found(report));
    assertFalse(report.hasErrors());
    ValidationReport both = ResultsChecks.addTo(PlanValidator.standard(), document).build().validate(PLAN);
    assertTrue(both.byCode(ResultsChecks.RESULTS_SPENT_OVER_BUDGET).size() == 1
        && both.findings().size() > 2, "the plan's own findings come first: " + found(both));
  }
}
