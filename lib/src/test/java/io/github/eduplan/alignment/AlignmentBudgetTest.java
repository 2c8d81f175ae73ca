package io.github.eduplan.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.AlignmentEvidence;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.time.FiscalYearRange;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Budget tables of plans at the edges: amounts at and past {@link Baht#MAX}, the office's own strategies. */
class AlignmentBudgetTest {
  private static final Baht MOST = Baht.of(Baht.MAX);

  private static StrategicPlan read(StrategicPlan plan) {
    return PlanJson.strict().read(PlanJson.strict().write(plan));
  }

  private static StrategicPlan.Builder plan() {
    return StrategicPlan.builder()
        .office(Office.builder().name("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต 1").build())
        .kind(PlanKind.ACTION_PLAN).period(FiscalYearRange.of(2565, 2565))
        .addStrategies(Strategy.builder().number("1").title("กลยุทธ์ที่ 1 พัฒนาคุณภาพ").build())
        .addStrategies(Strategy.builder().number("2").title("กลยุทธ์ที่ 2 เพิ่มโอกาส").build())
        .addStrategies(Strategy.builder().number("3").title("กลยุทธ์ที่ 3 ไม่มีโครงการ").build());
  }

  /** Two projects of 10^15 baht each, the most one amount may be, under OBEC policy 3 and in one group. */
  @Test
  void sumsPastTheLargestAmountAreExact() {
    StrategicPlan plan = read(plan()
        .addProjects(Project.builder().number("1").title("โครงการหนึ่ง").budget(MOST).group("กลุ่มนโยบายและแผน")
            .strategy("1").addAlignment(AlignmentLink.matrix("obec-policy", "3")).build())
        .addProjects(Project.builder().number("2").title("โครงการสอง").budget(MOST).group("กลุ่มนโยบายและแผน")
            .strategy("1").addAlignment(AlignmentLink.matrix("obec-policy", "3.2")).build())
        .build());
    AlignmentMap map = AlignmentMap.of(plan, Catalogue.bundled());
    Baht twice = MOST.plus(MOST);
    assertEquals(new BigDecimal("2000000000000000.00"), twice.amount());

    BudgetTable byPolicy = map.budgetByItem("obec-policy");
    assertEquals(twice, byPolicy.row("3").orElseThrow().budget());
    assertEquals(twice, byPolicy.total().budget());
    assertTrue(byPolicy.toMarkdown().contains("| 2,000,000,000,000,000 |"), byPolicy.toMarkdown());
    assertTrue(byPolicy.toCsv().contains(",2,\"2,000,000,000,000,000\""), byPolicy.toCsv());

    BudgetTable byGroup = map.budgetByGroup();
    assertEquals(twice, byGroup.row("กลุ่มนโยบายและแผน").orElseThrow().budget());
    CatalogueItem quality = Catalogue.bundled().item("obec-policy", "2564-2565", "3").orElseThrow();
    assertEquals(twice, map.budgetByGroup(quality).total().budget());
    assertEquals(twice, map.budgetByItem(AlignmentMap.OFFICE_STRATEGY).row("1").orElseThrow().budget());
  }

  /** Quarters that sum past the largest amount, in a plan that was read: the tables count the stated budget. */
  @Test
  void quartersSummingPastTheLargestAmountDoNotBreakTheTables() {
    Baht half = Baht.of(Baht.MAX.divide(BigDecimal.valueOf(2)).add(BigDecimal.ONE));
    StrategicPlan plan = read(plan()
        .addProjects(Project.builder().number("1").title("โครงการหนึ่ง").budget(MOST).group("กลุ่มส่งเสริมการจัดการศึกษา")
            .quarterlyPlan(QuarterlyBudget.of(half, half, half, half)).strategy("2")
            .addAlignment(AlignmentLink.matrix("obec-policy", "2")).build())
        .addProjects(Project.builder().number("2").title("โครงการสอง").budget(MOST)
            .quarterlyPlan(QuarterlyBudget.of(MOST, MOST, MOST, MOST)).strategy("2").build())
        .build());
    assertTrue(plan.projects().get(1).quarterlyPlan().orElseThrow().q1().equals(MOST));
    AlignmentMap map = AlignmentMap.of(plan, Catalogue.bundled());
    BudgetTable byPolicy = map.budgetByItem("obec-policy");
    assertEquals(MOST, byPolicy.row("2").orElseThrow().budget());
    assertEquals(MOST, byPolicy.unassigned().budget());
    BudgetTable byStrategy = map.budgetByItem(AlignmentMap.OFFICE_STRATEGY);
    assertEquals(MOST.plus(MOST), byStrategy.row("2").orElseThrow().budget());
    assertEquals(List.of("1", "2"), byStrategy.row("2").orElseThrow().projects());
    BudgetTable byGroup = map.budgetByGroup();
    assertEquals(MOST, byGroup.unassigned().budget());
    assertTrue(byGroup.toCsv().contains(",1,\"1,000,000,000,000,000\""), byGroup.toCsv());
  }

  /**
   * The office's own strategies (กลยุทธ์หน่วยงาน): a project counts under the strategy its
   * {@code strategy} names and under each its {@code office-strategy} links name, once each; a
   * strategy no project names is a row with none; a project naming no strategy, or one the plan
   * lacks, is unassigned.
   */
  @Test
  void budgetByTheOfficesOwnStrategies() {
    StrategicPlan plan = read(plan()
        .addProjects(Project.builder().number("1").title("ตามคอลัมน์กลยุทธ์").budget(Baht.of(100)).strategy("1").build())
        .addProjects(Project.builder().number("2").title("ตามลิงก์กลยุทธ์หน่วยงาน").budget(Baht.of(20))
            .addAlignment(AlignmentLink.builder().framework(AlignmentMap.OFFICE_STRATEGY).item("๒")
                .evidence(AlignmentEvidence.MATRIX).build()).build())
        .addProjects(Project.builder().number("3").title("ทั้งสองกลยุทธ์").budget(Baht.of(3)).strategy("1")
            .addAlignment(AlignmentLink.matrix(AlignmentMap.OFFICE_STRATEGY, "2"))
            .addAlignment(AlignmentLink.matrix(AlignmentMap.OFFICE_STRATEGY, "1")).build())
        .addProjects(Project.builder().number("4").title("กลยุทธ์ที่แผนไม่มี").budget(Baht.of(4000)).strategy("9").build())
        .addProjects(Project.builder().number("5").title("ไม่ระบุกลยุทธ์").build())
        .build());
    BudgetTable table = AlignmentMap.of(plan, Catalogue.bundled()).budgetByItem(AlignmentMap.OFFICE_STRATEGY);
    assertEquals("กลยุทธ์หน่วยงาน", table.heading());
    assertEquals(List.of("1", "2", "3"), table.rows().stream().map(BudgetTable.Row::key).toList());
    assertEquals("กลยุทธ์ที่ 2 เพิ่มโอกาส", table.row("2").orElseThrow().label());
    assertEquals(List.of("1", "3"), table.row("1").orElseThrow().projects());
    assertEquals(Baht.of(103), table.row("1").orElseThrow().budget());
    assertEquals(List.of("2", "3"), table.row("2").orElseThrow().projects());
    assertEquals(Baht.of(23), table.row("2").orElseThrow().budget());
    assertEquals(0, table.row("3").orElseThrow().projectCount());
    assertEquals(List.of("1", "2", "3"), table.total().projects());
    assertEquals(Baht.of(123), table.total().budget());
    assertEquals(List.of("4", "5"), table.unassigned().projects());
    assertEquals(Baht.of(4000), table.unassigned().budget());
  }

  @Test
  void aPlanWithoutStrategiesHasAnEmptyTableByStrategy() {
    StrategicPlan plan = read(StrategicPlan.builder()
        .office(Office.builder().name("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต 1").build())
        .kind(PlanKind.ACTION_PLAN).period(FiscalYearRange.of(2565, 2565))
        .addProjects(Project.builder().number("1").title("โครงการ").budget(Baht.of(5)).strategy("1").build())
        .build());
    BudgetTable table = AlignmentMap.of(plan, Catalogue.bundled()).budgetByItem(AlignmentMap.OFFICE_STRATEGY);
    assertEquals(List.of(), table.rows());
    assertEquals(List.of("1"), table.unassigned().projects());
  }

  @Test
  void anUnknownFrameworkIsATypedRefusal() {
    AlignmentMap map = AlignmentMap.of(plan().build(), Catalogue.bundled());
    UnknownFrameworkException e = assertThrows(UnknownFrameworkException.class, () -> map.budgetByItem("no-such-plan"));
    assertEquals("no-such-plan", e.framework());
    assertEquals("no-such-plan", assertThrows(UnknownFrameworkException.class, () -> map.coverage("no-such-plan")).framework());
  }
}
