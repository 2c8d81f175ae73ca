package io.github.eduplan.cascade;

import static io.github.eduplan.cascade.Plans.area;
import static io.github.eduplan.cascade.Plans.obec;
import static io.github.eduplan.cascade.Plans.project;
import static io.github.eduplan.cascade.Plans.school;
import static io.github.eduplan.cascade.Plans.servesStrategy;
import static io.github.eduplan.cascade.Plans.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.ServedPlan;
import io.github.eduplan.model.StrategicPlan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanSetTest {
  private final StrategicPlan obec = obec(2565, 2565, strategy("1"), strategy("2"));
  private final StrategicPlan tak = area("สพป.ตาก เขต 2", "ตาก", 2565, 2565,
      List.of(strategy("1", servesStrategy("1")), strategy("2", servesStrategy("2"))));
  private final StrategicPlan takDevelopment = area("สพป.ตาก เขต 2", "ตาก", 2563, 2566, List.of(strategy("1")));
  private final StrategicPlan schoolA = school("โรงเรียนบ้านแม่ระมาด", "ตาก", "สพป.ตาก เขต ๒", 2565,
      List.of(strategy("1")), project("1", "1", 10_000, servesStrategy("2")));
  private final StrategicPlan schoolB = school("โรงเรียนอนุบาลแม่สอด", "ตาก", "สพป.ตาก  เขต 2", 2565,
      List.of(strategy("1")), project("1", "1", 20_000, servesStrategy("1")));

  @Test
  void eachSchoolResolvesToItsAreaPlanAndEachAreaPlanToObec() {
    PlanSet set = PlanSet.of(List.of(schoolA, tak, obec, schoolB));
    assertEquals(List.of(schoolA, tak, obec, schoolB), set.plans());
    assertSame(tak, set.parentOf(schoolA).orElseThrow());
    assertSame(tak, set.parentOf(schoolB).orElseThrow());
    assertSame(obec, set.parentOf(tak).orElseThrow());
    assertEquals(Optional.empty(), set.parentOf(obec));
    assertEquals(List.of(schoolA, schoolB), set.childrenOf(tak));
    assertEquals(List.of(tak), set.childrenOf(obec));
    assertEquals(List.of(), set.childrenOf(schoolA));
    assertEquals(List.of(), set.unresolved());
    assertEquals(List.of(tak), set.plansOf("สพป.ตาก เขต 2"));
    assertEquals(List.of(tak), set.plansOf("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2"));
  }

  @Test
  void theAnnualPlanWinsOverTheDevelopmentPlanCoveringTheSameYear() {
    PlanSet set = PlanSet.of(List.of(takDevelopment, tak, schoolA));
    assertSame(tak, set.parentOf(schoolA).orElseThrow());
    assertEquals(List.of(), set.childrenOf(takDevelopment));
  }

  @Test
  void aPlanServingNoPlanOfTheSetIsReportedAndKept() {
    StrategicPlan lost = school("โรงเรียนบ้านท่าสองยาง", "ตาก", "สพป.ตาก เขต 1", 2565, List.of());
    StrategicPlan otherYear = school("โรงเรียนบ้านแม่ตาว", "ตาก", "สพป.ตาก เขต 2", 2566, List.of());
    PlanSet set = PlanSet.of(List.of(tak, lost, otherYear, obec));
    assertEquals(4, set.plans().size());
    assertEquals(2, set.unresolved().size());
    UnresolvedParent first = set.unresolved().get(0);
    assertSame(lost, first.plan());
    assertEquals(ServedPlan.of("สพป.ตาก เขต 1", 2565), first.served());
    assertEquals(List.of(), first.candidates());
    assertFalse(first.isAmbiguous());
    assertSame(otherYear, set.unresolved().get(1).plan());
    assertEquals(Optional.empty(), set.parentOf(lost));
  }

  @Test
  void twoEqualCandidatesAreReportedAsAmbiguous() {
    StrategicPlan takAgain = area("สพป.ตาก เขต 2", "ตาก", 2565, 2565, List.of(strategy("1")));
    PlanSet set = PlanSet.of(List.of(tak, takAgain, schoolA, obec));
    assertEquals(1, set.unresolved().size());
    UnresolvedParent u = set.unresolved().get(0);
    assertSame(schoolA, u.plan());
    assertTrue(u.isAmbiguous());
    assertEquals(2, u.candidates().size());
    assertSame(tak, u.candidates().get(0));
    assertSame(takAgain, u.candidates().get(1));
    assertEquals(Optional.empty(), set.parentOf(schoolA));
  }

  @Test
  void aPlanIsNeverItsOwnParent() {
    StrategicPlan selfServing = StrategicPlan.builder().from(tak).servedPlan(ServedPlan.of("สพป.ตาก เขต 2", 2565)).build();
    PlanSet set = PlanSet.of(List.of(selfServing));
    assertEquals(Optional.empty(), set.parentOf(selfServing));
    assertEquals(1, set.unresolved().size());
  }

  @Test
  void aPlanOutsideTheSetOrTheSameInstanceTwiceIsRefused() {
    PlanSet set = PlanSet.of(List.of(tak));
    assertThrows(IllegalArgumentException.class, () -> set.parentOf(schoolA));
    assertThrows(IllegalArgumentException.class, () -> set.childrenOf(schoolA));
    assertThrows(IllegalArgumentException.class, () -> PlanSet.of(List.of(tak, tak)));
    // Two equal documents are two plans.
    StrategicPlan copy = StrategicPlan.builder().from(tak).build();
    assertEquals(2, PlanSet.of(List.of(tak, copy)).plans().size());
  }

  @Test
  void theEmptySetHasNothing() {
    PlanSet set = PlanSet.of(List.of());
    assertEquals(List.of(), set.plans());
    assertEquals(List.of(), set.unresolved());
    assertEquals(List.of(), set.plansOf("สพป.ตาก เขต 2"));
  }
}
