package io.github.eduplan.cascade;

import static io.github.eduplan.cascade.Plans.area;
import static io.github.eduplan.cascade.Plans.linked;
import static io.github.eduplan.cascade.Plans.project;
import static io.github.eduplan.cascade.Plans.school;
import static io.github.eduplan.cascade.Plans.servesStrategy;
import static io.github.eduplan.cascade.Plans.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.eduplan.achievement.ActualResult;
import io.github.eduplan.achievement.ActualResults;
import io.github.eduplan.achievement.DisbursementTargets;
import io.github.eduplan.achievement.IndicatorKey;
import io.github.eduplan.achievement.ProjectSpending;
import io.github.eduplan.achievement.Spending;
import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.alignment.CatalogueItem;
import io.github.eduplan.alignment.UnknownFrameworkException;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.ServedElement;
import io.github.eduplan.model.ServedKind;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.Target;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each consolidated query on a small cascade whose figures are worked out by hand. */
class ConsolidationTest {
  // OBEC: strategy 1 linked to national strategy 3, strategy 2 to national strategy 2.
  private final StrategicPlan obec = Plans.obec(2565, 2565,
      Strategy.builder().from(strategy("1")).addAlignment(AlignmentLink.matrix("national-strategy", "3")).build(),
      Strategy.builder().from(strategy("2")).addAlignment(AlignmentLink.matrix("national-strategy", "2")).build());
  // สพป.ตาก เขต 2: strategy 1 serves OBEC 1, 2 serves OBEC 2, 3 serves nothing; one own project.
  private final StrategicPlan tak = area("สพป.ตาก เขต 2", "ตาก", 2565, 2565,
      List.of(strategy("1", servesStrategy("1")), strategy("2", servesStrategy("2")), strategy("3")),
      linked(project("1", "1", 100_000), AlignmentLink.matrix("national-strategy", "3")));
  // A school whose project 1 serves area strategy 1 itself; project 2 inherits strategy 2 from its strategy.
  private final StrategicPlan schoolA = school("โรงเรียนบ้านแม่ระมาด", "ตาก", "สพป.ตาก เขต 2", 2565,
      List.of(strategy("1"), strategy("2", servesStrategy("๒"))),
      linked(project("1", "1", 10_000, servesStrategy("1")), AlignmentLink.matrix("national-strategy", "3")),
      project("2", "2", 25_000));
  // A school without a province, its project serving area strategies 1 and 2.
  private final StrategicPlan schoolB = StrategicPlan.builder().from(school("โรงเรียนอนุบาลแม่สอด", "ตาก", "สพป.ตาก เขต 2",
      2565, List.of(strategy("1")), project("1", "1", 20_000, servesStrategy("1"), servesStrategy("2"))))
      .office(io.github.eduplan.model.Office.of("โรงเรียนอนุบาลแม่สอด")).build();
  private final PlanSet set = PlanSet.of(List.of(obec, tak, schoolA, schoolB));
  private final Consolidation all = Consolidation.of(set, Catalogue.bundled());

  @Test
  void budgetByNationalStrategyAddsThePlansRows() {
    ConsolidatedBudget table = all.budgetByItem("national-strategy");
    ConsolidatedBudget.Row three = table.row("3").orElseThrow();
    // tak's project 1 and school A's project 1 link to national strategy 3.
    assertEquals(Baht.of(110_000), three.budget());
    assertEquals(2, three.projects());
    assertEquals(2, three.plans());
    assertEquals(Baht.of(110_000), table.total().budget());
    assertEquals(Baht.of(45_000), table.unassigned().budget());
    assertEquals(2, table.unassigned().projects());
    assertThrows(UnknownFrameworkException.class, () -> all.budgetByItem("no-such-framework"));
    assertThrows(IllegalArgumentException.class, () -> all.budgetByItem("office-strategy"));
  }

  @Test
  void budgetByOfficeAndByProvince() {
    ConsolidatedBudget byOffice = all.budgetByOffice();
    assertEquals(4, byOffice.rows().size());
    assertEquals(Baht.of(35_000), byOffice.row("โรงเรียนบ้านแม่ระมาด").orElseThrow().budget());
    assertEquals("สพป.ตาก เขต 2", byOffice.rows().get(1).label());
    assertEquals(Baht.of(155_000), byOffice.total().budget());
    assertEquals(4, byOffice.total().projects());
    ConsolidatedBudget byProvince = all.budgetByProvince();
    assertEquals(Baht.of(135_000), byProvince.row("ตาก").orElseThrow().budget());
    assertEquals(Baht.ZERO, byProvince.row("กรุงเทพมหานคร").orElseThrow().budget());
    assertEquals(Baht.of(20_000), byProvince.unassigned().budget());
    assertEquals(1, byProvince.unassigned().plans());
  }

  @Test
  void coverageOfTheAreaStrategiesByTheSchoolsProjects() {
    List<StrategyCoverage> coverage = all.coverage(tak);
    assertEquals(3, coverage.size());
    assertEquals(2, coverage.get(0).projects().size());
    assertEquals(Baht.of(30_000), coverage.get(0).budget());
    assertSame(schoolA, coverage.get(0).projects().get(0).plan());
    // Strategy 2: school A's project 2 through its strategy, school B's project 1 itself.
    assertEquals(Baht.of(45_000), coverage.get(1).budget());
    assertEquals(List.of(tak.strategies().get(2)), all.uncovered(tak));
    // OBEC strategy 1 is served by the area office's own project 1 through its strategy 1; no
    // project of the area plan serves OBEC strategy 2.
    assertEquals(List.of(obec.strategies().get(1)), all.uncovered(obec));
  }

  @Test
  void theChainFromASchoolProjectUpToTheNationalStrategy() {
    Chain chain = all.chain(schoolA, schoolA.projects().get(1));
    assertEquals(2, chain.steps().size());
    assertSame(tak, chain.steps().get(0).plan());
    assertEquals(List.of(tak.strategies().get(1)), chain.steps().get(0).strategies());
    assertSame(obec, chain.steps().get(1).plan());
    assertEquals(List.of(obec.strategies().get(1)), chain.steps().get(1).strategies());
    assertEquals(List.of("2"), chain.nationalStrategy().stream().map(CatalogueItem::number).toList());
    assertEquals(List.of(), chain.unresolved());
    // Project 1 names national strategy 3 itself and reaches it through OBEC strategy 1 too.
    Chain first = all.chain(schoolA, schoolA.projects().get(0));
    assertEquals(List.of("3"), first.nationalStrategy().stream().map(CatalogueItem::number).toList());
  }

  @Test
  void aServedStrategyThePlanAboveLacksIsUnresolvedInTheChain() {
    StrategicPlan lost = school("โรงเรียนบ้านท่าสองยาง", "ตาก", "สพป.ตาก เขต 2", 2565, List.of(strategy("1")),
        project("1", "1", 5_000, servesStrategy("9")), project("2", "1", 5_000,
            ServedElement.of(ServedKind.GOAL, "1")));
    Consolidation c = Consolidation.of(PlanSet.of(List.of(obec, tak, lost)), Catalogue.bundled());
    Chain chain = c.chain(lost, lost.projects().get(0));
    assertEquals(List.of(servesStrategy("9")), chain.unresolved());
    assertEquals(1, chain.steps().size());
    assertEquals(List.of(), chain.steps().get(0).strategies());
    // A school with no plan above in the set: every served element is unresolved.
    Consolidation alone = Consolidation.of(PlanSet.of(List.of(lost)), Catalogue.bundled());
    assertEquals(List.of(servesStrategy("9")), alone.chain(lost, lost.projects().get(0)).unresolved());
    assertEquals(List.of(), alone.chain(lost, lost.projects().get(0)).steps());
  }

  @Test
  void pooledBudgetExecution() {
    Map<StrategicPlan, Spending> spending = new IdentityHashMap<>();
    spending.put(tak, Spending.of(FiscalYear.of(2565), ProjectSpending.of("1", FiscalYear.of(2565), 50_000, 0, 0, 0)));
    spending.put(schoolA, Spending.of(FiscalYear.of(2565), ProjectSpending.of("1", FiscalYear.of(2565), 10_000, 0, 0, 0),
        ProjectSpending.of("2", FiscalYear.of(2565), 5_000, 0, 0, 0)));
    PooledExecution pooled = all.execution(spending, DisbursementTargets.example(), Quarter.Q2);
    assertEquals(List.of(tak, schoolA), pooled.plans());
    assertEquals(Baht.of(135_000), pooled.allocated());
    assertEquals(Baht.of(65_000), pooled.spent());
    assertEquals(new BigDecimal("48.15"), pooled.disbursementRate().orElseThrow());
    assertEquals(List.of(obec, schoolB), pooled.withoutSpending());
    Map<StrategicPlan, Spending> stranger = Map.of(schoolB, Spending.of(FiscalYear.of(2565)));
    StrategicPlan notInSet = StrategicPlan.builder().from(schoolB).build();
    assertThrows(IllegalArgumentException.class, () -> all.execution(
        Map.of(notInSet, Spending.of(FiscalYear.of(2565))), DisbursementTargets.example(), Quarter.Q2));
    assertEquals(1, all.execution(stranger, DisbursementTargets.example(), Quarter.Q2).plans().size());
  }

  @Test
  void pooledIndicatorAchievementAndTheIndicatorsOffTrack() {
    Indicator percent = Indicator.builder().code("1").text("ร้อยละของผู้เรียนที่อ่านออกเขียนได้")
        .measureKind(MeasureKind.PERCENTAGE).direction(Direction.INCREASE)
        .putTarget(FiscalYear.of(2565), Target.of(IndicatorValue.number(80))).build();
    StrategicPlan withIndicator = StrategicPlan.builder().from(schoolB)
        .strategies(List.of(Strategy.builder().from(strategy("1")).addIndicator(percent).build())).build();
    StrategicPlan otherIndicator = StrategicPlan.builder().from(withIndicator)
        .office(io.github.eduplan.model.Office.of("โรงเรียนบ้านแม่ตาว")).build();
    Consolidation c = Consolidation.of(PlanSet.of(List.of(withIndicator, otherIndicator)), Catalogue.bundled());
    Map<StrategicPlan, ActualResults> results = new IdentityHashMap<>();
    IndicatorKey key = IndicatorKey.of("1", "1");
    results.put(withIndicator, ActualResults.of(ActualResult.of(key, FiscalYear.of(2565), IndicatorValue.number(85))));
    results.put(otherIndicator, ActualResults.of(ActualResult.of(key, FiscalYear.of(2565), IndicatorValue.number(70))));
    PooledAchievement pooled = c.achievement(FiscalYear.of(2565), results);
    assertEquals(2, pooled.indicators());
    assertEquals(2, pooled.assessable());
    assertEquals(1, pooled.met());
    assertEquals(new BigDecimal("50.00"), pooled.shareMet().orElseThrow());
    assertEquals(1, pooled.offTrack().size());
    assertSame(otherIndicator, pooled.offTrack().get(0).plan());
  }

  @Test
  void plansMissingForAnOfficeOrAYear() {
    List<MissingPlan> missing = all.missingPlans(List.of("สพป.ตาก เขต 2", "โรงเรียนบ้านแม่ระมาด", "สพป.ตาก เขต 1"),
        FiscalYearRange.of(2565, 2566));
    assertEquals(List.of(
        new MissingPlan("สพป.ตาก เขต 2", FiscalYear.of(2566)),
        new MissingPlan("โรงเรียนบ้านแม่ระมาด", FiscalYear.of(2566)),
        new MissingPlan("สพป.ตาก เขต 1", FiscalYear.of(2565)),
        new MissingPlan("สพป.ตาก เขต 1", FiscalYear.of(2566))), missing);
  }
}
