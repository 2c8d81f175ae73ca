package io.github.eduplan.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.AlignmentEvidence;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.validation.Finding;
import io.github.eduplan.validation.PlanValidator;
import io.github.eduplan.validation.ValidationReport;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each alignment rule fires on its defect and stays quiet on a near miss. */
class AlignmentRulesTest {
  static final PlanValidator VALIDATOR =
      AlignmentRules.addTo(PlanValidator.builder(), Catalogue.bundled()).build();
  static final Locale THAI = Locale.forLanguageTag("th");

  static StrategicPlan plan(int first, int last, List<AlignmentLink> planLinks, Strategy strategy, Project project) {
    return StrategicPlan.builder()
        .office(Office.of("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2"))
        .kind(PlanKind.ACTION_PLAN)
        .period(FiscalYearRange.of(first, last))
        .addAllAlignment(planLinks)
        .addStrategy(strategy)
        .addProject(project)
        .build();
  }

  static Strategy strategy(AlignmentLink... links) {
    return Strategy.builder().number("1").title("ส่งเสริมการจัดการศึกษาให้ผู้เรียนมีความปลอดภัยจากภัยทุกรูปแบบ")
        .addAlignment(links).build();
  }

  static Project project(AlignmentLink... links) {
    return Project.builder().number("7").title("โครงการตัวอย่าง").strategy("1").addAlignment(links).build();
  }

  static List<String> codes(ValidationReport report) {
    return report.findings().stream().map(f -> f.code() + " " + f.path()).collect(Collectors.toList());
  }

  @Test
  void aLinkToAnItemTheCatalogueDoesNotHaveIsAnError() {
    StrategicPlan p = plan(2565, 2565, List.of(), strategy(AlignmentLink.matrix("national-strategy", "3")),
        project(AlignmentLink.matrix("national-strategy", "7"), AlignmentLink.matrix("no-such-plan", "1")));
    ValidationReport r = VALIDATOR.validate(p);
    assertEquals(List.of(
        "ALIGNMENT_ITEM_UNKNOWN $.projects[0].alignment[0]",
        "ALIGNMENT_ITEM_UNKNOWN $.projects[0].alignment[1]"), codes(r));
    Finding f = r.findings().get(0);
    assertEquals("โครงการลำดับที่ 1 การเชื่อมโยงลำดับที่ 1 อ้างถึง ยุทธศาสตร์ชาติ ข้อ 7 ซึ่งไม่มีในบัญชีแผน", f.message(THAI));
    assertEquals("$.projects[0].alignment[1] links the framework no-such-plan, which the catalogue does not have.",
        r.findings().get(1).message(Locale.ENGLISH));
    assertTrue(r.hasErrors());
  }

  @Test
  void knownItemsAndProseClaimsWithoutAnItemPass() {
    StrategicPlan p = plan(2565, 2565,
        List.of(AlignmentLink.builder().framework("obec-policy").evidence(AlignmentEvidence.PROSE).build()),
        strategy(AlignmentLink.matrix("obec-policy", "1")),
        project(AlignmentLink.matrix("obec-policy", "1")));
    assertEquals(List.of(), codes(VALIDATOR.validate(p)));
  }

  @Test
  void nesdp12InAPlanThatStartsIn2566IsNotInForce() {
    AlignmentLink nesdp12 = AlignmentLink.builder().framework("nesdp").edition("12").item("1")
        .evidence(AlignmentEvidence.NUMBERED_REFERENCE).build();
    ValidationReport late = VALIDATOR.validate(plan(2566, 2570, List.of(), strategy(nesdp12), project()));
    assertEquals(List.of("ALIGNMENT_EDITION_NOT_IN_FORCE $.strategies[0].alignment[0]"), codes(late));
    assertTrue(late.findings().get(0).message(Locale.ENGLISH).contains("edition 12"), late.findings().get(0).message(Locale.ENGLISH));

    ValidationReport inForce = VALIDATOR.validate(plan(2563, 2565, List.of(), strategy(nesdp12), project()));
    assertEquals(List.of(), codes(inForce), "2563–2565 overlaps NESDP 12's 2560–2564");
  }

  @Test
  void aProjectWhoseOBECPolicyDiffersFromItsStrategysIsReported() {
    StrategicPlan p = plan(2565, 2565, List.of(), strategy(AlignmentLink.matrix("obec-policy", "1")),
        project(AlignmentLink.matrix("obec-policy", "3")));
    ValidationReport r = VALIDATOR.validate(p);
    assertEquals(List.of("ALIGNMENT_DISAGREES_WITH_STRATEGY $.projects[0].alignment"), codes(r));
    assertEquals("Project 7 links obec-policy 3, but its strategy 1 links 1.", r.findings().get(0).message(Locale.ENGLISH));
  }

  @Test
  void aProjectLinkingASubItemOfItsStrategysItemAgrees() {
    StrategicPlan p = plan(2565, 2565, List.of(), strategy(AlignmentLink.matrix("obec-policy", "3")),
        project(AlignmentLink.matrix("obec-policy", "3.2")));
    assertEquals(List.of(), codes(VALIDATOR.validate(p)));
  }

  @Test
  void aProjectAgreesThroughAnyOfItsLinksInAFrameworkAndDisagreesOncePerFramework() {
    Strategy s = strategy(AlignmentLink.matrix("obec-policy", "2"), AlignmentLink.matrix("national-strategy", "3"));
    // The second obec-policy link agrees; an unknown item and another framework come between.
    StrategicPlan agrees = plan(2565, 2565, List.of(), s, project(AlignmentLink.matrix("obec-policy", "1"),
        AlignmentLink.matrix("obec-policy", "99"), AlignmentLink.matrix("master-plan", "12"),
        AlignmentLink.matrix("obec-policy", "2.1"), AlignmentLink.matrix("national-strategy", "3")));
    assertEquals(List.of(), disagreements(VALIDATOR.validate(agrees)));
    // Two links of one framework, neither agreeing: one finding naming both, after the other framework's.
    StrategicPlan disagrees = plan(2565, 2565, List.of(), s, project(AlignmentLink.matrix("national-strategy", "1"),
        AlignmentLink.matrix("obec-policy", "1"), AlignmentLink.matrix("obec-policy", "4")));
    ValidationReport r = VALIDATOR.validate(disagrees);
    assertEquals(List.of("$.projects[0].alignment: Project 7 links national-strategy 1, but its strategy 1 links 3.",
        "$.projects[0].alignment: Project 7 links obec-policy 1, 4, but its strategy 1 links 2."), disagreements(r));
  }

  @Test
  void aProjectThatLinksNoKnownItemOrAFrameworkItsStrategyDoesNotLinkCannotDisagree() {
    Strategy s = strategy(AlignmentLink.matrix("obec-policy", "2"));
    assertEquals(List.of(), disagreements(VALIDATOR.validate(
        plan(2565, 2565, List.of(), s, project(AlignmentLink.matrix("obec-policy", "99"))))));
    assertEquals(List.of(), disagreements(VALIDATOR.validate(
        plan(2565, 2565, List.of(), s, project(AlignmentLink.matrix("national-strategy", "1"))))));
    assertEquals(List.of(), disagreements(VALIDATOR.validate(
        plan(2565, 2565, List.of(), strategy(), project(AlignmentLink.matrix("obec-policy", "1"))))));
  }

  /** The English messages of the disagreement findings, in order. */
  static List<String> disagreements(ValidationReport report) {
    return report.findings().stream()
        .filter(f -> f.code().equals(AlignmentRules.ALIGNMENT_DISAGREES_WITH_STRATEGY))
        .map(f -> f.path() + ": " + f.message(Locale.ENGLISH)).collect(Collectors.toList());
  }

  @Test
  void aClaimedLevelThatAnElementDoesNotReachIsReported() {
    AlignmentLink prose = AlignmentLink.builder().framework("national-strategy").evidence(AlignmentEvidence.PROSE).build();
    StrategicPlan p = plan(2565, 2565, List.of(prose), strategy(), project());
    ValidationReport r = VALIDATOR.validate(p);
    assertEquals(List.of("ALIGNMENT_LEVEL_MISSING $.strategies[0]", "ALIGNMENT_LEVEL_MISSING $.projects[0]"), codes(r));
    assertEquals("โครงการ 7 ไม่เชื่อมโยงกับแผนระดับ 1 ทั้งที่แผนระบุว่าสอดคล้องกับแผนระดับนั้น",
        r.findings().get(1).message(THAI));

    StrategicPlan linked = plan(2565, 2565, List.of(prose), strategy(AlignmentLink.matrix("national-strategy", "3")), project());
    assertEquals(List.of(), codes(VALIDATOR.validate(linked)), "the project reaches level 1 through its strategy");
  }

  @Test
  void aStrategyCountsTheLinksOfItsProjects() {
    AlignmentLink prose = AlignmentLink.builder().framework("national-strategy").evidence(AlignmentEvidence.PROSE).build();
    StrategicPlan p = plan(2565, 2565, List.of(prose), strategy(), project(AlignmentLink.matrix("national-strategy", "3")));
    assertEquals(List.of(), codes(VALIDATOR.validate(p)), "the strategy reaches level 1 through its project");
  }

  @Test
  void aMasterPlanUnderAnotherStrategyThanTheOneBesideItIsIncoherent() {
    // The สพป.ตาก เขต 2 plan's project 44: ยุทธศาสตร์ชาติ 6, แผนแม่บท 11 (which serves strategy 3).
    StrategicPlan p = plan(2565, 2565, List.of(), strategy(),
        project(AlignmentLink.matrix("national-strategy", "6"), AlignmentLink.matrix("master-plan", "11")));
    ValidationReport r = VALIDATOR.validate(p);
    assertEquals(List.of("ALIGNMENT_INCOHERENT $.projects[0].alignment[1]"), codes(r));
    assertEquals("$.projects[0].alignment[1] links master-plan 11, which serves national-strategy 3, but beside it"
        + " links national-strategy 6.", r.findings().get(0).message(Locale.ENGLISH));
    assertEquals("โครงการลำดับที่ 1 การเชื่อมโยงลำดับที่ 2 เชื่อมโยงกับแผนแม่บทภายใต้ยุทธศาสตร์ชาติ ข้อ 11"
        + " ซึ่งอยู่ภายใต้ยุทธศาสตร์ชาติ ข้อ 3 แต่ระบุยุทธศาสตร์ชาติไว้คู่กันเป็นข้อ 6", r.findings().get(0).message(THAI));
    StrategicPlan coherent = plan(2565, 2565, List.of(), strategy(),
        project(AlignmentLink.matrix("national-strategy", "3"), AlignmentLink.matrix("master-plan", "11")));
    assertEquals(List.of(), codes(VALIDATOR.validate(coherent)));
  }

  @Test
  void theRulesAreListedByTheValidatorAndCanBeSwitchedOff() {
    List<String> listed = VALIDATOR.rules().stream().map(d -> d.code()).collect(Collectors.toList());
    assertTrue(listed.containsAll(List.of(AlignmentRules.ALIGNMENT_ITEM_UNKNOWN,
        AlignmentRules.ALIGNMENT_EDITION_NOT_IN_FORCE, AlignmentRules.ALIGNMENT_DISAGREES_WITH_STRATEGY,
        AlignmentRules.ALIGNMENT_INCOHERENT, AlignmentRules.ALIGNMENT_LEVEL_MISSING)), listed.toString());
    PlanValidator quiet = AlignmentRules.addTo(PlanValidator.builder(), Catalogue.bundled())
        .disable(AlignmentRules.ALIGNMENT_ITEM_UNKNOWN).build();
    StrategicPlan p = plan(2565, 2565, List.of(), strategy(), project(AlignmentLink.matrix("national-strategy", "7")));
    assertFalse(quiet.validate(p).hasErrors());
  }

  @Test
  void everyAlignmentRuleIsDocumentedWithItsSeverity() throws java.io.IOException {
    String page = java.nio.file.Files.readString(
        java.nio.file.Path.of("../docs/validation-rules.md"), java.nio.charset.StandardCharsets.UTF_8);
    for (var rule : AlignmentRules.all(Catalogue.bundled())) {
      String heading = "### `" + rule.code() + "` (" + rule.defaultSeverity().name().toLowerCase(Locale.ROOT) + ")";
      assertTrue(page.contains(heading), "docs/validation-rules.md lacks " + heading);
    }
  }
}
