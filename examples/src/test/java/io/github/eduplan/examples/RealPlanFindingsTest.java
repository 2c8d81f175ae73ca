package io.github.eduplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.eduplan.alignment.AlignmentRules;
import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.validation.Finding;
import io.github.eduplan.validation.PlanValidator;
import io.github.eduplan.validation.ValidationReport;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins what the standard validator says about each bundled real plan: every finding's severity,
 * code and path, in report order. docs/validation-findings.md explains why each one is right; a
 * change to a rule or a transcription that changes a report must change both.
 */
class RealPlanFindingsTest {
  static final Map<String, String> EXPECTED = Map.ofEntries(
      Map.entry("chiangmai-2-2563-2565.json", """
          WARNING INDICATOR_CODE_GAP $.strategies[5].indicators[1]
          WARNING INDICATOR_TEXT_DUPLICATE $.strategies[0].indicators[6].text
          WARNING INDICATOR_NEAR_DUPLICATE $.strategies[0].indicators[5].text
          WARNING INDICATOR_CODE_PREFIX $.strategies[2].indicators[2].code
          WARNING VALUE_KIND_MISMATCH $.strategies[5].indicators[1].baselines[0]
          WARNING UNIT_TARGET_MISMATCH $.strategies[4].indicators[7].text
          WARNING UNIT_TARGET_MISMATCH $.strategies[5].indicators[8].text
          WARNING TARGET_NOT_AVAILABLE $.strategies[0].indicators[8].targets.2563
          WARNING TARGET_NOT_AVAILABLE $.strategies[5].indicators[10].targets.2563
          ERROR TARGET_CONTRADICTS_TEXT $.strategies[5].indicators[4].targets.2563
          WARNING TARGET_CONTRADICTS_TEXT_PHRASE $.strategies[5].indicators[9].targets.2563
          """),
      Map.entry("chiangrai-2-2566-2570.json", """
          WARNING STRATEGY_TITLE_DUPLICATE $.strategies[3].title
          WARNING TARGET_YEAR_MISSING $.strategies[1].indicators[0].targets
          WARNING UNIT_TARGET_MISMATCH $.strategies[3].indicators[2].unit
          """),
      Map.entry("tak-2-2565.json", """
          INFO STATED_TOTAL_UNCHECKED $.statedTotals[11]
          INFO STATED_TOTAL_UNCHECKED $.statedTotals[13]
          INFO STATED_TOTAL_UNCHECKED $.statedTotals[14]
          INFO STATED_TOTAL_UNCHECKED $.statedTotals[15]
          INFO STATED_TOTAL_UNCHECKED $.statedTotals[16]
          INFO STATED_TOTAL_UNCHECKED $.statedTotals[17]
          INFO STATED_TOTAL_UNCHECKED $.statedTotals[18]
          INFO STATED_TOTAL_UNCHECKED $.statedTotals[20]
          WARNING OFFICE_NAME_MISSPELT $.office.mentions[4]
          WARNING OFFICE_NAME_MISSPELT $.office.mentions[5]
          WARNING OFFICE_NAME_MISSPELT $.office.mentions[6]
          WARNING OFFICE_NAME_MISSPELT $.office.mentions[7]
          WARNING OFFICE_NAME_MISSPELT $.office.mentions[11]
          INFO APPROVED_AFTER_START $.approvalDate
          WARNING TEXT_FOREIGN_SCRIPT $.strategies[0].indicators[3].text
          WARNING TEXT_YEAR_IMPLAUSIBLE $.projects[32].title
          ERROR CONTEXT_TOTAL_MISMATCH $.situation.tables[2].rows[5].cells[4]
          ERROR CONTEXT_TOTAL_MISMATCH $.situation.tables[8].rows[1].cells[6]
          ERROR CONTEXT_DIFFERENCE_MISMATCH $.situation.tables[10].rows[1].cells[2]
          ERROR CONTEXT_DIFFERENCE_MISMATCH $.situation.tables[10].rows[2].cells[2]
          ERROR CONTEXT_DIFFERENCE_MISMATCH $.situation.tables[10].rows[0].cells[5]
          ERROR CONTEXT_DIFFERENCE_MISMATCH $.situation.tables[10].rows[1].cells[5]
          ERROR CONTEXT_DIFFERENCE_MISMATCH $.situation.tables[10].rows[2].cells[5]
          ERROR CONTEXT_DIFFERENCE_MISMATCH $.situation.tables[10].rows[3].cells[5]
          ERROR CONTEXT_DIFFERENCE_MISMATCH $.situation.tables[10].rows[4].cells[5]
          ERROR CONTEXT_DIFFERENCE_MISMATCH $.situation.tables[14].rows[1].cells[5]
          WARNING CONTEXT_AVERAGE_MISMATCH $.situation.tables[14].rows[5].cells[4]
          WARNING CONTEXT_AVERAGE_MISMATCH $.situation.tables[15].rows[2].cells[3]
          WARNING CONTEXT_FIGURE_CONFLICT $.situation.tables[3].rows[19].cells[8]
          WARNING CONTEXT_FIGURE_REUSED $.strategies[1].indicators[1].targets.2565
          """),
      Map.entry("trang-2-2563-2565.json", """
          WARNING TARGET_YEAR_MISSING $.strategies[3].indicators[4].targets
          WARNING INDICATOR_NOT_MEASURABLE $.strategies[5].indicators[5].text
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[1]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[2]
          WARNING OFFICE_NAME_IN_TEXT $.vision
          """),
      Map.entry("yasothon-2-2566.json", """
          WARNING INDICATOR_NOT_MEASURABLE $.strategies[3].indicators[10].text
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[21]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[22]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[23]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[24]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[25]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[26]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[27]
          WARNING OFFICE_NAME_IN_TEXT $.strategies[3].indicators[12].text
          WARNING OFFICE_NAME_IN_TEXT $.strategies[3].indicators[13].text
          WARNING OFFICE_NAME_IN_TEXT $.strategies[3].indicators[14].text
          WARNING OFFICE_NAME_IN_TEXT $.strategies[3].indicators[15].text
          WARNING OFFICE_NAME_IN_TEXT $.strategies[3].indicators[16].text
          WARNING OFFICE_NAME_IN_TEXT $.strategies[3].indicators[17].text
          WARNING OFFICE_NAME_IN_TEXT $.strategies[3].indicators[18].text
          WARNING OFFICE_NAME_MISSPELT $.office.mentions[0]
          WARNING OFFICE_NAME_MISSPELT $.office.mentions[1]
          WARNING OFFICE_NAME_MISSPELT $.office.mentions[2]
          WARNING OFFICE_NAME_MISSPELT $.office.mentions[3]
          WARNING OFFICE_NAME_MISSPELT $.office.mentions[4]
          WARNING OFFICE_NAME_MISSPELT $.office.mentions[5]
          WARNING OFFICE_NAME_MISSPELT $.office.mentions[6]
          WARNING OFFICE_NAME_MISSPELT $.office.mentions[7]
          WARNING OFFICE_NAME_MISSPELT $.office.mentions[9]
          WARNING OFFICE_NAME_MISSPELT $.office.mentions[10]
          WARNING OFFICE_NAME_MISSPELT $.office.mentions[11]
          WARNING OFFICE_NAME_MISSPELT $.office.mentions[12]
          WARNING OFFICE_NAME_MISSPELT $.office.mentions[13]
          WARNING OFFICE_NAME_MISSPELT $.office.mentions[14]
          WARNING OFFICE_NAME_MISSPELT $.office.mentions[15]
          WARNING OFFICE_NAME_MISSPELT $.office.mentions[16]
          WARNING OFFICE_NAME_MISSPELT $.office.mentions[17]
          WARNING OFFICE_NAME_MISSPELT $.office.mentions[18]
          WARNING OFFICE_NAME_MISSPELT $.office.mentions[19]
          WARNING OFFICE_NAME_MISSPELT $.office.mentions[20]
          WARNING OFFICE_NAME_MISSPELT $.title
          WARNING OFFICE_NAME_MISSPELT $.vision
          WARNING OFFICE_NAME_MISSPELT $.strategies[3].indicators[0].text
          WARNING OFFICE_NAME_MISSPELT $.strategies[3].indicators[1].text
          WARNING OFFICE_NAME_MISSPELT $.strategies[3].indicators[2].text
          WARNING OFFICE_NAME_MISSPELT $.strategies[3].indicators[3].text
          WARNING OFFICE_NAME_MISSPELT $.strategies[3].indicators[4].text
          WARNING OFFICE_NAME_MISSPELT $.strategies[3].indicators[5].text
          WARNING OFFICE_NAME_MISSPELT $.strategies[3].indicators[6].text
          WARNING OFFICE_NAME_MISSPELT $.strategies[3].indicators[7].text
          WARNING OFFICE_NAME_MISSPELT $.strategies[3].indicators[8].text
          WARNING OFFICE_NAME_MISSPELT $.strategies[3].indicators[9].text
          WARNING OFFICE_NAME_MISSPELT $.strategies[3].indicators[10].text
          WARNING OFFICE_NAME_MISSPELT $.strategies[3].indicators[11].text
          INFO APPROVED_AFTER_START $.approvalDate
          """));

  /** What the alignment rules add, checked against the bundled catalogue. */
  static final Map<String, String> ALIGNMENT = Map.of(
      "chiangmai-2-2563-2565.json", """
          WARNING ALIGNMENT_LEVEL_MISSING $.strategies[0]
          WARNING ALIGNMENT_LEVEL_MISSING $.strategies[1]
          WARNING ALIGNMENT_LEVEL_MISSING $.strategies[2]
          WARNING ALIGNMENT_LEVEL_MISSING $.strategies[3]
          WARNING ALIGNMENT_LEVEL_MISSING $.strategies[4]
          WARNING ALIGNMENT_LEVEL_MISSING $.strategies[5]
          """,
      "chiangrai-2-2566-2570.json", "",
      "tak-2-2565.json", """
          WARNING ALIGNMENT_INCOHERENT $.projects[43].alignment[1]
          """,
      "trang-2-2563-2565.json", "",
      "yasothon-2-2566.json", """
          WARNING ALIGNMENT_LEVEL_MISSING $.strategies[0]
          WARNING ALIGNMENT_LEVEL_MISSING $.strategies[1]
          WARNING ALIGNMENT_LEVEL_MISSING $.strategies[2]
          WARNING ALIGNMENT_LEVEL_MISSING $.strategies[3]
          """);

  @ParameterizedTest
  @MethodSource("plans")
  void theAlignmentRulesReportStrategiesWithoutLinksAndIncoherentRows(String name) {
    PlanValidator alignmentOnly = AlignmentRules.addTo(PlanValidator.builder(), Catalogue.bundled()).build();
    ValidationReport report = alignmentOnly.validate(BundledPlans.load(name));
    String actual = report.findings().stream()
        .map(RealPlanFindingsTest::line)
        .collect(Collectors.joining("\n", "", report.findings().isEmpty() ? "" : "\n"));
    assertEquals(ALIGNMENT.get(name), actual, name);
  }

  static List<String> plans() {
    return BundledPlans.ALL;
  }

  @ParameterizedTest
  @MethodSource("plans")
  void theValidatorReportsExactlyTheDefectsTheDocumentHas(String name) {
    StrategicPlan plan = BundledPlans.load(name);
    ValidationReport report = PlanValidator.standard().build().validate(plan);
    String actual = report.findings().stream()
        .map(RealPlanFindingsTest::line)
        .collect(Collectors.joining("\n", "", report.findings().isEmpty() ? "" : "\n"));
    assertEquals(EXPECTED.get(name), actual, name);
  }

  /** Library words a Thai message must not show: enum names, JSON property names, English notes. */
  private static final java.util.regex.Pattern ENGLISH = java.util.regex.Pattern.compile(
      "\\$\\.|\\b(GROUP|PLAN|STRATEGY|PROGRAM|QUARTER|ALIGNMENT_ITEM|QUANTITY|PERCENTAGE|ORDINAL|YES_NO|NUMBER|LEVEL"
          + "|TEXT|NOT_AVAILABLE|HEBREW|strategies|indicators|projects|mentions|office|vision|title|text|targets"
          + "|heading|cover|strategy|indicator|goal|national-strategy|master-plan|obec-policy|shortName)\\b");

  @ParameterizedTest
  @MethodSource("plans")
  void theThaiMessagesAreWhollyThai(String name) {
    PlanValidator all = AlignmentRules.addTo(PlanValidator.standard(), Catalogue.bundled()).build();
    for (Finding f : all.validate(BundledPlans.load(name)).findings()) {
      String thai = f.message(java.util.Locale.forLanguageTag("th"));
      org.junit.jupiter.api.Assertions.assertFalse(ENGLISH.matcher(thai).find(), name + ": " + thai);
    }
  }

  static String line(Finding f) {
    return f.severity() + " " + f.code() + " " + f.path();
  }
}
