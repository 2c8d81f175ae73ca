package io.github.eduplan.cascade;

import static io.github.eduplan.cascade.Plans.area;
import static io.github.eduplan.cascade.Plans.linked;
import static io.github.eduplan.cascade.Plans.project;
import static io.github.eduplan.cascade.Plans.school;
import static io.github.eduplan.cascade.Plans.servesStrategy;
import static io.github.eduplan.cascade.Plans.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Goal;
import io.github.eduplan.model.ServedElement;
import io.github.eduplan.model.ServedKind;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.validation.Finding;
import io.github.eduplan.validation.Severity;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each cross-plan rule with a set it finds fault with and one it passes. */
class CascadeValidatorTest {
  private static final Locale THAI = Locale.forLanguageTag("th-TH");

  private final StrategicPlan obec = Plans.obec(2565, 2565,
      Strategy.builder().from(strategy("1")).addAlignment(AlignmentLink.matrix("national-strategy", "3")).build(),
      Strategy.builder().from(strategy("2")).addAlignment(AlignmentLink.matrix("national-strategy", "2")).build());
  private final StrategicPlan tak = StrategicPlan.builder().from(area("สพป.ตาก เขต 2", "ตาก", 2565, 2565,
      List.of(strategy("1", servesStrategy("1")), strategy("2", servesStrategy("2")))))
      .addGoal(Goal.builder().number("1").text("ผู้เรียนมีคุณภาพ").build()).build();

  private List<CascadeFinding> check(StrategicPlan... plans) {
    return CascadeValidator.standard().validate(PlanSet.of(List.of(plans)), Catalogue.bundled());
  }

  private static List<String> codes(List<CascadeFinding> findings) {
    return findings.stream().map(f -> f.finding().code()).toList();
  }

  @Test
  void aCleanCascadeHasNoFinding() {
    StrategicPlan school = school("โรงเรียนบ้านแม่ระมาด", "ตาก", "สพป.ตาก เขต 2", 2565,
        List.of(strategy("1", servesStrategy("๑"))),
        linked(project("1", "1", 10_000), AlignmentLink.matrix("national-strategy", "3")),
        project("2", "1", 5_000, ServedElement.of(ServedKind.GOAL, "1")));
    assertEquals(List.of(), check(obec, tak, school));
  }

  @Test
  void aServedStrategyTheAreaPlanLacks() {
    StrategicPlan school = school("โรงเรียนบ้านแม่ระมาด", "ตาก", "สพป.ตาก เขต 2", 2565, List.of(strategy("1")),
        project("1", "1", 10_000, servesStrategy("2")), project("2", "1", 10_000, servesStrategy("7")));
    List<CascadeFinding> findings = check(obec, tak, school);
    assertEquals(List.of("CASCADE_SERVED_MISSING"), codes(findings));
    CascadeFinding f = findings.get(0);
    assertSame(school, f.plan());
    assertEquals("$.projects[1].serves[0]", f.finding().path());
    assertEquals(Severity.ERROR, f.finding().severity());
    assertEquals(java.util.Optional.of("2"), f.finding().number());
    assertEquals("$.projects[1] serves strategy 7 of the plan of สพป.ตาก เขต 2 (2565), which has no such strategy.",
        f.finding().message(Locale.ENGLISH));
    assertEquals("โครงการลำดับที่ 2 สนองต่อกลยุทธ์ข้อ 7 ของแผน สพป.ตาก เขต 2 (2565) ซึ่งไม่มีกลยุทธ์ข้อนี้",
        f.finding().message(THAI));
    // A served goal the plan above lacks, on a strategy's goal.
    StrategicPlan goals = school("โรงเรียนบ้านแม่ตาว", "ตาก", "สพป.ตาก เขต 2", 2565, List.of(Strategy.builder()
        .from(strategy("1")).addGoal(Goal.builder().number("1.1").text("ผู้เรียนอ่านออก")
            .addServe(ServedElement.of(ServedKind.GOAL, "4")).build()).build()));
    List<CascadeFinding> goal = check(obec, tak, goals);
    assertEquals("$.strategies[0].goals[0].serves[0]", goal.get(0).finding().path());
    assertTrue(goal.get(0).finding().message(Locale.ENGLISH).contains("goal 4"), goal.get(0).finding().message(Locale.ENGLISH));
  }

  @Test
  void aSchoolPlansYearsOutsideItsAreaPlansPeriod() {
    StrategicPlan twoYears = StrategicPlan.builder().from(school("โรงเรียนบ้านแม่ระมาด", "ตาก", "สพป.ตาก เขต 2", 2565,
        List.of())).period(FiscalYearRange.of(2564, 2566)).build();
    List<CascadeFinding> findings = check(obec, tak, twoYears);
    assertEquals(List.of("CASCADE_PERIOD_OUTSIDE_PARENT"), codes(findings));
    Finding f = findings.get(0).finding();
    assertEquals("$.period", f.path());
    assertEquals("2564, 2566", f.values().get("outside"));
    assertEquals("The plan covers 2564–2566, and 2564, 2566 lies outside the period 2565 of the plan it serves (สพป.ตาก เขต 2).",
        f.message(Locale.ENGLISH));
    assertTrue(f.message(THAI).startsWith("แผนครอบคลุมปี 2564–2566 โดยปี 2564, 2566 อยู่นอกช่วงปี 2565"), f.message(THAI));
    StrategicPlan inside = school("โรงเรียนบ้านแม่ระมาด", "ตาก", "สพป.ตาก เขต 2", 2565, List.of());
    assertEquals(List.of(), check(obec, tak, inside));
  }

  @Test
  void twoPlansForTheSameOfficeAndYear() {
    StrategicPlan first = school("โรงเรียนบ้านแม่ระมาด", "ตาก", "สพป.ตาก เขต 2", 2565, List.of());
    StrategicPlan second = StrategicPlan.builder().from(first).source("mae-ramat-2565-v2.json").build();
    List<CascadeFinding> findings = check(obec, tak, first, second);
    assertEquals(List.of("CASCADE_PLAN_DUPLICATE"), codes(findings));
    assertSame(second, findings.get(0).plan());
    assertEquals("Another plan of the same kind for โรงเรียนบ้านแม่ระมาด covers 2565: โรงเรียนบ้านแม่ระมาด 2565.",
        findings.get(0).finding().message(Locale.ENGLISH));
    // A development plan and an action plan of one office for the same year are not duplicates.
    StrategicPlan development = StrategicPlan.builder().from(tak).kind(io.github.eduplan.model.PlanKind.DEVELOPMENT_PLAN)
        .period(FiscalYearRange.of(2563, 2566)).servedPlan(java.util.Optional.empty()).build();
    assertEquals(List.of(), check(obec, tak, development));
    // Nor are plans of one office for different years.
    StrategicPlan nextYear = StrategicPlan.builder().from(tak).period(FiscalYearRange.of(2566, 2566))
        .servedPlan(java.util.Optional.empty()).build();
    assertEquals(List.of(), check(obec, tak, nextYear));
  }

  @Test
  void aProjectsNationalStrategyContradictsTheOneItsServedStrategyLeadsTo() {
    // Area strategy 2 serves OBEC strategy 2, which leads to national strategy 2; the project says 3.
    StrategicPlan school = school("โรงเรียนบ้านแม่ระมาด", "ตาก", "สพป.ตาก เขต 2", 2565, List.of(strategy("1")),
        linked(project("1", "1", 10_000, servesStrategy("2")), AlignmentLink.matrix("national-strategy", "3")));
    List<CascadeFinding> findings = check(obec, tak, school);
    assertEquals(List.of("CASCADE_NATIONAL_CONTRADICTION"), codes(findings));
    Finding f = findings.get(0).finding();
    assertEquals("$.projects[0]", f.path());
    assertEquals(Severity.WARNING, f.severity());
    assertEquals("Project 1 names national strategy 3, but the strategies it serves in the plan of สพป.ตาก เขต 2 (2) "
        + "lead to national strategy 2.", f.message(Locale.ENGLISH));
    assertTrue(f.message(THAI).startsWith("โครงการที่ 1 ระบุยุทธศาสตร์ชาติด้านที่ 3"), f.message(THAI));
    // The same project serving strategy 1, which leads to national strategy 3, agrees.
    StrategicPlan agreeing = school("โรงเรียนบ้านแม่ระมาด", "ตาก", "สพป.ตาก เขต 2", 2565, List.of(strategy("1")),
        linked(project("1", "1", 10_000, servesStrategy("1")), AlignmentLink.matrix("national-strategy", "3")));
    assertEquals(List.of(), check(obec, tak, agreeing));
    // The rule can be switched off.
    assertEquals(List.of(), CascadeValidator.standard().without(CascadeRule.CASCADE_NATIONAL_CONTRADICTION)
        .validate(PlanSet.of(List.of(obec, tak, school)), Catalogue.bundled()));
  }

  @Test
  void aServedPlanTheSetDoesNotHold() {
    StrategicPlan lost = school("โรงเรียนบ้านท่าสองยาง", "ตาก", "สพป.ตาก เขต 1", 2565, List.of());
    List<CascadeFinding> findings = check(obec, tak, lost);
    assertEquals(List.of("CASCADE_PARENT_UNRESOLVED"), codes(findings));
    assertEquals("The plan serves the plan of สพป.ตาก เขต 1 for 2565, which the set does not hold.",
        findings.get(0).finding().message(Locale.ENGLISH));
    assertEquals("แผนนี้สนองต่อแผนของ สพป.ตาก เขต 1 ปี 2565 ซึ่งไม่มีอยู่ในชุดแผน", findings.get(0).finding().message(THAI));
    StrategicPlan again = StrategicPlan.builder().from(tak).source("again.json").build();
    StrategicPlan school = school("โรงเรียนบ้านแม่ระมาด", "ตาก", "สพป.ตาก เขต 2", 2565, List.of());
    List<CascadeFinding> ambiguous = check(obec, tak, again, school);
    assertEquals(List.of("CASCADE_PLAN_DUPLICATE", "CASCADE_PARENT_UNRESOLVED"), codes(ambiguous));
    assertTrue(ambiguous.get(1).finding().message(Locale.ENGLISH).contains("2 plans of the set match equally"));
  }
}
