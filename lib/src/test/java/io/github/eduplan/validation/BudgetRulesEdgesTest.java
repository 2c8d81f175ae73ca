package io.github.eduplan.validation;

import static io.github.eduplan.validation.Fixtures.plan;
import static io.github.eduplan.validation.Fixtures.withPlan;
import static io.github.eduplan.validation.Fixtures.withProject;
import static io.github.eduplan.validation.Fixtures.withStrategy;
import static io.github.eduplan.validation.RuleEdges.found;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.AlignmentEvidence;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Person;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StatedTotal;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.TotalScope;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which projects count towards a stated total, and when a project's quarters and people are
 * checked at all. The clean plan's projects: 1 (strategy 1, 121,940 baht: 24,090 + 22,400 + 0 +
 * 75,450), 2 (strategy 1, 10,000: quarters 3 and 4) and 3 (strategy 2, 4,000: 1,000 a quarter),
 * all in the same program and group; its totals are the plan's, strategy 1's and quarter 1's.
 */
class BudgetRulesEdgesTest {
  private static final String MISMATCH = StandardRules.STATED_TOTAL_MISMATCH;
  private static final String COUNT = StandardRules.STATED_TOTAL_COUNT_MISMATCH;
  private static final String UNCHECKED = StandardRules.STATED_TOTAL_UNCHECKED;
  private static final String PROGRAM = "แผนงานพื้นฐานด้านการพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์";

  private static StatedTotal total(TotalScope scope, String key, long amount) {
    return StatedTotal.builder().scope(scope).key(key).amount(Baht.of(amount)).build();
  }

  /** The clean plan with one more total, which is statedTotals[3]. */
  private static StrategicPlan with(StatedTotal total) {
    return withPlan(plan(), b -> b.addStatedTotal(total));
  }

  private static StrategicPlan with(StrategicPlan plan, StatedTotal total) {
    return withPlan(plan, b -> b.addStatedTotal(total));
  }

  private static String over(String scope, String key, String stated, String difference, int projects, String sum) {
    return "ERROR $.statedTotals[3].amount: The " + scope + " total " + key + " is stated as " + stated + " baht, "
        + difference + " baht more than its " + projects + " projects add up to (" + sum + " baht).";
  }

  private static String unchecked(int index, String scope, String key, String stated) {
    return "INFO $.statedTotals[" + index + "]: The " + scope + " total " + key + " (" + stated
        + " baht) cannot be checked: no project of the plan is tied to it.";
  }

  @Test
  void aStatedTotalBelowProjectsThatSumPastTheLargestAmountIsReportedNotThrown() {
    Project huge = Project.builder().number("1").title("ใหญ่").strategy("1").budget(Baht.of(Baht.MAX)).build();
    Project second = Project.builder().from(huge).number("2").build();
    StrategicPlan plan = StrategicPlan.builder().from(with(StatedTotal.builder().scope(TotalScope.PLAN).amount(Baht.of(1)).build()))
        .projects(List.of(huge, second)).build();
    List<String> found = found(plan, MISMATCH).stream().filter(f -> f.contains("$.statedTotals[3]")).toList();
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).contains("(2,000,000,000,000,000 baht)"), found.get(0));
  }

  @Test
  void aStrategyTotalMayBeKeyedByTheStrategysTitleWrittenWithOtherSpaces() {
    StatedTotal right = StatedTotal.builder().from(total(TotalScope.STRATEGY, "เพิ่มโอกาส ทางการศึกษา", 4_000))
        .projectCount(1).build();
    StrategicPlan plan = with(right);
    assertEquals(List.of(), found(plan, MISMATCH));
    assertEquals(List.of(), found(plan, COUNT));
    assertEquals(List.of(), found(plan, UNCHECKED));
    assertEquals(List.of(over("STRATEGY", "เพิ่มโอกาส ทางการศึกษา", "5,000", "1,000", 1, "4,000")),
        found(with(total(TotalScope.STRATEGY, "เพิ่มโอกาส ทางการศึกษา", 5_000)), MISMATCH));
  }

  @Test
  void aStrategyTotalWithABlankKeyIsNotTiedToAStrategyWithABlankTitle() {
    StrategicPlan plan = with(withStrategy(plan(), 1, s -> s.title(" ")), total(TotalScope.STRATEGY, " ", 4_000));
    assertEquals(List.of(unchecked(3, "STRATEGY", " ", "4,000")), found(plan, UNCHECKED));
    assertEquals(List.of(), found(plan, MISMATCH));
  }

  @Test
  void aProgramTotalCountsTheProjectsOfThatProgramWhateverTheSpacesAndNoOthers() {
    String spaced = "แผนงานพื้นฐาน ด้านการพัฒนา และเสริมสร้างศักยภาพทรัพยากรมนุษย์";
    StatedTotal all = StatedTotal.builder().from(total(TotalScope.PROGRAM, spaced, 135_940)).projectCount(3).build();
    assertEquals(List.of(), found(with(all), MISMATCH));
    StrategicPlan oneLeft = with(withProject(plan(), 2, p -> p.program(Optional.empty())), all);
    assertEquals(List.of(over("PROGRAM", spaced, "135,940", "4,000", 2, "131,940")), found(oneLeft, MISMATCH));
    assertEquals(List.of("ERROR $.statedTotals[3].projectCount: The PROGRAM total " + spaced
        + " states 3 projects; the plan has 2."), found(oneLeft, COUNT));
    StrategicPlan otherProgram = with(withProject(plan(), 2, p -> p.program(PROGRAM + "อื่น")), all);
    assertEquals(List.of(over("PROGRAM", spaced, "135,940", "4,000", 2, "131,940")), found(otherProgram, MISMATCH));
  }

  @Test
  void aGroupTotalCountsTheProjectsOfThatGroupAndNoOthers() {
    StatedTotal group = total(TotalScope.GROUP, "กลุ่มส่งเสริม การจัดการศึกษา", 10_000);
    StrategicPlan plan = withProject(withProject(plan(), 0, p -> p.group("กลุ่มอำนวยการ")), 2,
        p -> p.group(Optional.empty()));
    assertEquals(List.of(), found(with(plan, group), MISMATCH));
    assertEquals(List.of(), found(with(plan, group), UNCHECKED));
  }

  @Test
  void aQuarterTotalLeavesOutProjectsWithoutAQuarterlyPlan() {
    StrategicPlan plan = withProject(plan(), 0, p -> p.quarterlyPlan(Optional.empty()).activeQuarters(List.of()));
    assertEquals(List.of("ERROR $.statedTotals[2].amount: The QUARTER total 1 is stated as 25,090 baht, "
        + "24,090 baht more than its 2 projects add up to (1,000 baht)."), found(plan, MISMATCH));
  }

  @Test
  void aQuarterTotalIsCheckedForQuarters1To4AndNoOtherKey() {
    assertEquals(List.of(), found(with(total(TotalScope.QUARTER, "ไตรมาสที่ ๔", 81_450)), UNCHECKED));
    assertEquals(List.of(), found(with(total(TotalScope.QUARTER, "ไตรมาสที่ ๔", 81_450)), MISMATCH));
    for (String key : List.of("ไตรมาส 5", "ไตรมาส 0", "ไตรมาส 12", "ทั้งปี")) {
      assertEquals(List.of(unchecked(3, "QUARTER", key, "1,000")),
          found(with(total(TotalScope.QUARTER, key, 1_000)), UNCHECKED), key);
    }
  }

  @Test
  void aQuarterTotalStatesNoProjectCountToCheck() {
    StatedTotal counted = StatedTotal.builder().from(total(TotalScope.QUARTER, "4", 81_450)).projectCount(9).build();
    assertEquals(List.of(), found(with(counted), COUNT));
  }

  @Test
  void anAlignmentItemTotalCountsTheProjectsLinkedToThatFrameworkAndItem() {
    StrategicPlan plan = withProject(withProject(withProject(plan(), 0,
        p -> p.addAlignment(AlignmentLink.matrix("obec-policy", "๓"))), 1,
        p -> p.addAlignment(AlignmentLink.matrix("nesdp", "3"))), 2,
        p -> p.addAlignment(AlignmentLink.builder().framework("obec-policy").evidence(AlignmentEvidence.PROSE).build()));
    StatedTotal item = StatedTotal.builder().from(total(TotalScope.ALIGNMENT_ITEM, "OBEC-Policy : 3", 121_940))
        .projectCount(1).build();
    assertEquals(List.of(), found(with(plan, item), MISMATCH));
    assertEquals(List.of(), found(with(plan, item), COUNT));
    assertEquals(List.of(over("ALIGNMENT_ITEM", "obec-policy:3", "130,000", "8,060", 1, "121,940")),
        found(with(plan, total(TotalScope.ALIGNMENT_ITEM, "obec-policy:3", 130_000)), MISMATCH));
    assertEquals(List.of(unchecked(3, "ALIGNMENT_ITEM", "obec-policy", "121,940")),
        found(with(plan, total(TotalScope.ALIGNMENT_ITEM, "obec-policy", 121_940)), UNCHECKED));
    assertEquals(List.of(unchecked(3, "ALIGNMENT_ITEM", "obec-policy:4", "121,940")),
        found(with(plan, total(TotalScope.ALIGNMENT_ITEM, "obec-policy:4", 121_940)), UNCHECKED));
  }

  @Test
  void aPlanWithoutProjectsCannotCheckAnyOfItsTotals() {
    StrategicPlan plan = withPlan(plan(), b -> b.projects(List.of()));
    assertEquals(List.of(unchecked(0, "PLAN", "-", "135,940"), unchecked(1, "STRATEGY", "1", "131,940"),
        unchecked(2, "QUARTER", "1", "25,090")), found(plan, UNCHECKED));
    assertEquals(List.of(), found(plan, COUNT));
    assertEquals(List.of(), found(plan, MISMATCH));
  }

  @Test
  void aProjectWithoutABudgetCountsAsZeroAndItsQuartersAreNotSummed() {
    StrategicPlan plan = withProject(plan(), 2, p -> p.budget(Optional.empty()));
    assertEquals(List.of("ERROR $.statedTotals[0].amount: The PLAN total - is stated as 135,940 baht, "
        + "4,000 baht more than its 3 projects add up to (131,940 baht)."), found(plan, MISMATCH));
    assertEquals(List.of(), found(plan, StandardRules.BUDGET_QUARTERS_SUM));
  }

  @Test
  void aTotalBelowItsProjectsSaysLessAndACountOffByOneIsReported() {
    StrategicPlan plan = withPlan(plan(), b -> b.statedTotals(List.of(StatedTotal.builder()
        .scope(TotalScope.PLAN).amount(Baht.parse("135,939.50")).projectCount(4).build())));
    assertEquals(List.of("ERROR $.statedTotals[0].amount: The PLAN total - is stated as 135,939.50 baht, "
        + "0.50 baht less than its 3 projects add up to (135,940 baht)."), found(plan, MISMATCH));
    assertEquals(List.of("ERROR $.statedTotals[0].projectCount: The PLAN total - states 4 projects; the plan has 3."),
        found(plan, COUNT));
  }

  @Test
  void projectsWithoutAQuarterlyPlanAreNotCheckedQuarterByQuarter() {
    StrategicPlan plan = withProject(plan(), 0, p -> p.quarterlyPlan(Optional.empty()));
    assertEquals(List.of(), found(plan, StandardRules.BUDGET_QUARTERS_SUM));
    assertEquals(List.of(), found(plan, StandardRules.BUDGET_QUARTER_INACTIVE));
    assertEquals(List.of(), found(plan, StandardRules.BUDGET_QUARTER_EMPTY));
  }

  @Test
  void moneyInEveryInactiveQuarterIsReportedQuarterByQuarter() {
    StrategicPlan plan = withProject(plan(), 2, p -> p.activeQuarters(List.of(Quarter.Q2)));
    assertEquals(List.of(
        "WARNING $.projects[2].quarterlyPlan.q1: Project 3 plans 1,000 baht in quarter 1, but is active only in quarters 2.",
        "WARNING $.projects[2].quarterlyPlan.q3: Project 3 plans 1,000 baht in quarter 3, but is active only in quarters 2.",
        "WARNING $.projects[2].quarterlyPlan.q4: Project 3 plans 1,000 baht in quarter 4, but is active only in quarters 2."),
        found(plan, StandardRules.BUDGET_QUARTER_INACTIVE));
  }

  @Test
  void aGroupAloneOrAPersonAloneIsResponsibleButABlankGroupIsNot() {
    assertEquals(List.of(), found(withProject(plan(), 0, p -> p.responsiblePeople(List.of())),
        StandardRules.PROJECT_NO_RESPONSIBLE));
    assertEquals(List.of(), found(withProject(plan(), 0, p -> p.group(Optional.empty())),
        StandardRules.PROJECT_NO_RESPONSIBLE));
    assertEquals(List.of("WARNING $.projects[1].responsiblePeople: Project 2 has no responsible person and no responsible group."),
        found(withProject(plan(), 1, p -> p.responsiblePeople(List.of()).group(" ")), StandardRules.PROJECT_NO_RESPONSIBLE));
    assertEquals(List.of(), found(withProject(plan(), 1, p -> p.responsiblePeople(List.of(Person.of("ผอ.กลุ่ม")))
        .group(" ")), StandardRules.PROJECT_NO_RESPONSIBLE));
  }
}
