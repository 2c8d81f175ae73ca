package io.github.eduplan.cascade;

import static io.github.eduplan.cascade.Plans.area;
import static io.github.eduplan.cascade.Plans.linked;
import static io.github.eduplan.cascade.Plans.project;
import static io.github.eduplan.cascade.Plans.school;
import static io.github.eduplan.cascade.Plans.servesStrategy;
import static io.github.eduplan.cascade.Plans.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.eduplan.achievement.ActualResults;
import io.github.eduplan.achievement.DisbursementTargets;
import io.github.eduplan.achievement.ProjectSpending;
import io.github.eduplan.achievement.Spending;
import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.alignment.CatalogueItem;
import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.time.Quarter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The samples of docs/cascade.md, each as the docs show it (the examples module's DocSamplesTest
 * finds them here), followed by what the docs say it gives.
 */
class CascadeDocSamplesTest {
  private final StrategicPlan obec = Plans.obec(2565, 2565,
      Strategy.builder().from(strategy("1")).addAlignment(AlignmentLink.matrix("national-strategy", "3")).build(),
      Strategy.builder().from(strategy("2")).addAlignment(AlignmentLink.matrix("national-strategy", "2")).build());
  private final StrategicPlan tak = area("สพป.ตาก เขต 2", "ตาก", 2565, 2565,
      List.of(strategy("1", servesStrategy("1")), strategy("2", servesStrategy("2")), strategy("3")),
      linked(project("1", "1", 100_000), AlignmentLink.matrix("national-strategy", "3")));
  private final StrategicPlan schoolA = school("โรงเรียนบ้านแม่ระมาด", "ตาก", "สพป.ตาก เขต 2", 2565,
      List.of(strategy("1"), strategy("2", servesStrategy("2"))),
      linked(project("1", "1", 10_000, servesStrategy("1")), AlignmentLink.matrix("national-strategy", "3")),
      project("2", "2", 25_000));
  private final StrategicPlan schoolB = StrategicPlan.builder().from(school("โรงเรียนอนุบาลแม่สอด", "ตาก",
      "สพป.ตาก เขต 2", 2565, List.of(strategy("1")), project("1", "1", 20_000, servesStrategy("1"), servesStrategy("2"))))
      .office(Office.of("โรงเรียนอนุบาลแม่สอด")).build();

  @Test
  void aPlanSet() {
    PlanSet set = PlanSet.of(List.of(obec, tak, schoolA, schoolB));
    set.parentOf(schoolA);      // Optional[tak]
    set.childrenOf(tak);        // [schoolA, schoolB]
    set.plansOf("สพป.ตาก เขต 2"); // [tak]
    set.unresolved();           // plans whose served plan matches no plan, or several
    assertSame(tak, set.parentOf(schoolA).orElseThrow());
    assertEquals(List.of(schoolA, schoolB), set.childrenOf(tak));
    assertEquals(List.of(tak), set.plansOf("สพป.ตาก เขต 2"));
    assertEquals(List.of(), set.unresolved());
  }

  @Test
  void loading(@TempDir Path folder) throws IOException {
    PlanJson.strict().write(tak, folder.resolve("tak.json"));
    PlanJson.strict().write(schoolA, folder.resolve("school-a.json"));
    LoadedPlanSet loaded = PlanSetLoader.of().load(folder);
    for (LoadFailure f : loaded.failures()) {
      System.err.println(f.message(Locale.forLanguageTag("th")));
    }
    PlanSet set = loaded.set();
    assertEquals(List.of(schoolA, tak), set.plans());
    assertEquals(List.of(), loaded.failures());
  }

  @Test
  void budgets() {
    Consolidation all = Consolidation.of(PlanSet.of(List.of(obec, tak, schoolA, schoolB)), Catalogue.bundled());
    ConsolidatedBudget byNational = all.budgetByItem("national-strategy");
    byNational.row("3");        // 2 plans, 2 projects, 110,000 baht
    byNational.total();         // 2 projects, 110,000 baht
    byNational.unassigned();    // 2 projects, 45,000 baht: they link to no national strategy item
    all.budgetByOffice();       // one row per office: โรงเรียนบ้านแม่ระมาด 2 projects 35,000 baht, …
    all.budgetByProvince();     // ตาก 135,000 baht; the plan without a province is unassigned
    assertEquals(new ConsolidatedBudget.Row("3", "การพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์", 2, 2, Baht.of(110_000)),
        byNational.row("3").orElseThrow());
    assertEquals(Baht.of(110_000), byNational.total().budget());
    assertEquals(2, byNational.unassigned().projects());
    assertEquals(Baht.of(45_000), byNational.unassigned().budget());
    assertEquals(Baht.of(35_000), all.budgetByOffice().row("โรงเรียนบ้านแม่ระมาด").orElseThrow().budget());
    assertEquals(Baht.of(135_000), all.budgetByProvince().row("ตาก").orElseThrow().budget());
    assertEquals(1, all.budgetByProvince().unassigned().plans());
  }

  @Test
  void coverage() {
    Consolidation all = Consolidation.of(PlanSet.of(List.of(obec, tak, schoolA, schoolB)), Catalogue.bundled());
    List<StrategyCoverage> coverage = all.coverage(tak);
    // strategy 1: school A project 1, school B project 1 — 30,000 baht
    // strategy 2: school A project 2 (through its strategy 2), school B project 1 — 45,000 baht
    // strategy 3: no project
    List<Strategy> unserved = all.uncovered(tak);   // [strategy 3]
    assertEquals(Baht.of(30_000), coverage.get(0).budget());
    assertEquals(Baht.of(45_000), coverage.get(1).budget());
    assertEquals(List.of(), coverage.get(2).projects());
    assertEquals(List.of(tak.strategies().get(2)), unserved);
  }

  @Test
  void chain() {
    Consolidation all = Consolidation.of(PlanSet.of(List.of(obec, tak, schoolA, schoolB)), Catalogue.bundled());
    Chain chain = all.chain(schoolA, schoolA.projects().get(1));
    chain.steps();             // [สพป.ตาก เขต 2: strategy 2] → [OBEC: strategy 2]
    chain.nationalStrategy();  // [national strategy 2]
    chain.unresolved();        // served elements that name nothing in the plan above
    assertEquals(List.of(tak, obec), chain.steps().stream().map(ChainStep::plan).toList());
    assertEquals(List.of(tak.strategies().get(1)), chain.steps().get(0).strategies());
    assertEquals(List.of(obec.strategies().get(1)), chain.steps().get(1).strategies());
    assertEquals(List.of("2"), chain.nationalStrategy().stream().map(CatalogueItem::number).toList());
    assertEquals(List.of(), chain.unresolved());
  }

  @Test
  void pooled() {
    Spending takSpending = Spending.of(FiscalYear.of(2565), ProjectSpending.of("1", FiscalYear.of(2565), 50_000, 0, 0, 0));
    Spending schoolASpending = Spending.of(FiscalYear.of(2565), ProjectSpending.of("1", FiscalYear.of(2565), 10_000, 0, 0, 0),
        ProjectSpending.of("2", FiscalYear.of(2565), 5_000, 0, 0, 0));
    Map<StrategicPlan, ActualResults> results = new IdentityHashMap<>();
    results.put(tak, ActualResults.of());
    Consolidation all = Consolidation.of(PlanSet.of(List.of(obec, tak, schoolA, schoolB)), Catalogue.bundled());
    Map<StrategicPlan, Spending> spending = new IdentityHashMap<>();
    spending.put(tak, takSpending);           // 50,000 baht spent in quarter 1
    spending.put(schoolA, schoolASpending);   // 15,000 baht
    PooledExecution pooled = all.execution(spending, DisbursementTargets.example(), Quarter.Q2);
    pooled.allocated();          // 135,000 baht
    pooled.spent();              // 65,000 baht
    pooled.disbursementRate();   // 48.15 (%)
    pooled.withoutSpending();    // [obec, schoolB]

    PooledAchievement achieved = all.achievement(FiscalYear.of(2565), results);
    achieved.met();              // Σ met over the plans' roll-ups
    achieved.shareMet();         // 100 × Σ met ÷ Σ assessable
    achieved.offTrack();         // each indicator assessable and not met, with its plan
    assertEquals(Baht.of(135_000), pooled.allocated());
    assertEquals(Baht.of(65_000), pooled.spent());
    assertEquals(Optional.of(new BigDecimal("48.15")), pooled.disbursementRate());
    assertEquals(List.of(obec, schoolB), pooled.withoutSpending());
    assertEquals(0, achieved.met());
    assertEquals(Optional.empty(), achieved.shareMet());
    assertEquals(List.of(), achieved.offTrack());
  }

  @Test
  void missingPlans() {
    Consolidation all = Consolidation.of(PlanSet.of(List.of(obec, tak, schoolA, schoolB)), Catalogue.bundled());
    List<MissingPlan> missing = all.missingPlans(List.of("สพป.ตาก เขต 2", "สพป.ตาก เขต 1"), FiscalYearRange.of(2565, 2566));
    // [สพป.ตาก เขต 2 2566, สพป.ตาก เขต 1 2565, สพป.ตาก เขต 1 2566]
    assertEquals(List.of(new MissingPlan("สพป.ตาก เขต 2", FiscalYear.of(2566)),
        new MissingPlan("สพป.ตาก เขต 1", FiscalYear.of(2565)), new MissingPlan("สพป.ตาก เขต 1", FiscalYear.of(2566))),
        missing);
  }
}
