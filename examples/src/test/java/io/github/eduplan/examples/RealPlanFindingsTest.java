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
          WARNING INDICATOR_NO_TARGET $.strategies[1].indicators[6].targets
          WARNING VALUE_KIND_MISMATCH $.strategies[5].indicators[1].baselines[0]
          WARNING TARGET_NOT_AVAILABLE $.strategies[0].indicators[8].targets.2563
          WARNING TARGET_NOT_AVAILABLE $.strategies[5].indicators[10].targets.2563
          ERROR TARGET_CONTRADICTS_TEXT $.strategies[5].indicators[4].targets.2563
          WARNING TARGET_CONTRADICTS_TEXT_PHRASE $.strategies[5].indicators[9].targets.2563
          """),
      Map.entry("chiangrai-2-2566-2570.json", """
          WARNING STRATEGY_TITLE_DUPLICATE $.strategies[3].title
          WARNING TARGET_YEAR_MISSING $.strategies[1].indicators[0].targets
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
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[4]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[5]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[6]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[7]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[11]
          INFO APPROVED_AFTER_START $.approvalDate
          WARNING TEXT_FOREIGN_SCRIPT $.strategies[0].indicators[3].text
          WARNING TEXT_YEAR_IMPLAUSIBLE $.projects[32].title
          """),
      Map.entry("trang-2-2563-2565.json", """
          WARNING TARGET_YEAR_MISSING $.strategies[3].indicators[4].targets
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[1]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[2]
          WARNING OFFICE_NAME_IN_TEXT $.vision
          """),
      Map.entry("yasothon-2-2566.json", """
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[8]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[21]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[22]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[23]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[24]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[25]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[26]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[27]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[28]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[29]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[30]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[31]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[32]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[33]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[34]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[35]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[36]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[37]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[38]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[39]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[40]
          ERROR OFFICE_NAME_INCONSISTENT $.office.mentions[41]
          WARNING OFFICE_NAME_IN_TEXT $.strategies[1].indicators[5].text
          WARNING OFFICE_NAME_IN_TEXT $.strategies[3].indicators[12].text
          WARNING OFFICE_NAME_IN_TEXT $.strategies[3].indicators[13].text
          WARNING OFFICE_NAME_IN_TEXT $.strategies[3].indicators[14].text
          WARNING OFFICE_NAME_IN_TEXT $.strategies[3].indicators[15].text
          WARNING OFFICE_NAME_IN_TEXT $.strategies[3].indicators[16].text
          WARNING OFFICE_NAME_IN_TEXT $.strategies[3].indicators[17].text
          WARNING OFFICE_NAME_IN_TEXT $.strategies[3].indicators[18].text
          WARNING OFFICE_NAME_IN_TEXT $.strategies[3].indicators[19].text
          WARNING OFFICE_NAME_IN_TEXT $.strategies[3].indicators[21].text
          WARNING OFFICE_NAME_IN_TEXT $.strategies[3].indicators[22].text
          WARNING OFFICE_NAME_IN_TEXT $.strategies[3].indicators[30].text
          WARNING OFFICE_NAME_IN_TEXT $.strategies[3].indicators[31].text
          WARNING OFFICE_NAME_IN_TEXT $.strategies[3].indicators[32].text
          INFO APPROVED_AFTER_START $.approvalDate
          """));

  /** What the alignment rules add, checked against the bundled catalogue. */
  static final Map<String, String> ALIGNMENT = Map.of(
      "chiangrai-2-2566-2570.json", "",
      "chiangmai-2-2563-2565.json", """
          WARNING ALIGNMENT_LEVEL_MISSING $.strategies[0]
          WARNING ALIGNMENT_LEVEL_MISSING $.strategies[1]
          WARNING ALIGNMENT_LEVEL_MISSING $.strategies[2]
          WARNING ALIGNMENT_LEVEL_MISSING $.strategies[3]
          WARNING ALIGNMENT_LEVEL_MISSING $.strategies[4]
          WARNING ALIGNMENT_LEVEL_MISSING $.strategies[5]
          """,
      "yasothon-2-2566.json", """
          WARNING ALIGNMENT_LEVEL_MISSING $.strategies[0]
          WARNING ALIGNMENT_LEVEL_MISSING $.strategies[1]
          WARNING ALIGNMENT_LEVEL_MISSING $.strategies[2]
          WARNING ALIGNMENT_LEVEL_MISSING $.strategies[3]
          """,
      "tak-2-2565.json", """
          WARNING ALIGNMENT_LEVEL_MISSING $.strategies[0]
          WARNING ALIGNMENT_LEVEL_MISSING $.strategies[1]
          WARNING ALIGNMENT_LEVEL_MISSING $.strategies[2]
          WARNING ALIGNMENT_LEVEL_MISSING $.strategies[3]
          """,
      "trang-2-2563-2565.json", "");

  @ParameterizedTest
  @MethodSource("plans")
  void theAlignmentRulesReportOnlyStrategiesWithoutLinks(String name) {
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

  static String line(Finding f) {
    return f.severity() + " " + f.code() + " " + f.path();
  }
}
