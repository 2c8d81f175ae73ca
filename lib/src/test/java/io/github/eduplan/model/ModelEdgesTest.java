package io.github.eduplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The largest and smallest values the model accepts, and the small factories and accessors. */
class ModelEdgesTest {
  @Test
  void bahtAcceptsZeroAndItsMaximumButNothingAbove() {
    assertEquals(0, Baht.of(Baht.MAX).amount().compareTo(Baht.MAX));
    assertThrows(IllegalArgumentException.class, () -> Baht.of(Baht.MAX.add(new BigDecimal("0.01"))));
    // The maximum written every way, with 15 and 16 digits before the point, and just above it.
    for (String atMost : new String[] {"999999999999999.99", "1000000000000000", "1E+15", "1000000000000000.000"}) {
      assertEquals(0, Baht.of(new BigDecimal(atMost)).amount().compareTo(new BigDecimal(atMost)), atMost);
    }
    for (String above : new String[] {"1000000000000000.01", "1.0000000000000001E+15", "1000000000000001", "9999999999999999", "1E+16"}) {
      assertThrows(IllegalArgumentException.class, () -> Baht.of(new BigDecimal(above)), above);
    }
    assertTrue(Baht.of(0).isZero());
    assertTrue(Baht.ZERO.isZero());
    assertFalse(Baht.of(1).isZero());
    assertNotEquals(Baht.of(1), Baht.of(2));
    assertNotEquals(Baht.of(1), BigDecimal.ONE);
    assertEquals(Baht.of(new BigDecimal("5")).hashCode(), Baht.of(new BigDecimal("5.00")).hashCode());
    assertNotEquals(Baht.of(5).hashCode(), Baht.of(6).hashCode());
  }

  @Test
  void baselineYearsRunFrom2400To2999() {
    assertEquals(2400, Baseline.of(2400, IndicatorValue.number(1)).year());
    assertEquals(2999, Baseline.of(2999, IndicatorValue.number(1)).year());
    assertThrows(IllegalArgumentException.class, () -> Baseline.of(2399, IndicatorValue.number(1)));
    assertThrows(IllegalArgumentException.class, () -> Baseline.of(3000, IndicatorValue.number(1)));
    assertEquals(IndicatorValue.number(70), Baseline.of(2564, IndicatorValue.number(70)).value());
  }

  @Test
  void aNumberMayHaveThirtyDigitsBeforeAndThirtyAfterThePoint() {
    String thirty = "9".repeat(30);
    assertEquals(new BigDecimal(thirty), IndicatorValue.number(thirty).value());
    assertEquals(new BigDecimal("0." + thirty), IndicatorValue.number("0." + thirty).value());
    assertThrows(IllegalArgumentException.class, () -> IndicatorValue.number(thirty + "9"));
    assertThrows(IllegalArgumentException.class, () -> IndicatorValue.number("0." + thirty + "9"));
  }

  @Test
  void numbersOrderByValueIgnoringScale() {
    IndicatorValue.Numeric two = IndicatorValue.number(2);
    assertTrue(two.compareTo(IndicatorValue.number(3)) < 0);
    assertTrue(IndicatorValue.number(3).compareTo(two) > 0);
    assertEquals(0, two.compareTo(IndicatorValue.number("2.00")));
    assertNotEquals(two, IndicatorValue.number("2.00"));
    assertEquals(two.hashCode(), IndicatorValue.number(2).hashCode());
    assertNotEquals(two.hashCode(), IndicatorValue.number(3).hashCode());
  }

  @Test
  void eachKindOfValueEqualsOnlyItsOwnKindWithTheSameContent() {
    List<IndicatorValue> values = List.of(IndicatorValue.number(1), IndicatorValue.level("ดีมาก"),
        IndicatorValue.level("ดี"), IndicatorValue.yesNo(true), IndicatorValue.yesNo(false),
        IndicatorValue.text("ผ่าน"), IndicatorValue.text("ไม่ผ่าน"), IndicatorValue.notAvailable(),
        IndicatorValue.notAvailable("-"));
    for (int i = 0; i < values.size(); i++) {
      for (int j = 0; j < values.size(); j++) {
        assertEquals(i == j, values.get(i).equals(values.get(j)), values.get(i) + " / " + values.get(j));
      }
    }
    assertEquals(IndicatorValue.level("ดี"), IndicatorValue.level("ดี"));
    assertEquals(IndicatorValue.level("ดี").hashCode(), IndicatorValue.level("ดี").hashCode());
    assertEquals(IndicatorValue.text("ผ่าน").hashCode(), IndicatorValue.text("ผ่าน").hashCode());
    assertEquals(IndicatorValue.notAvailable("-").hashCode(), IndicatorValue.notAvailable("-").hashCode());
    assertNotEquals(IndicatorValue.yesNo(true).hashCode(), IndicatorValue.yesNo(false).hashCode());
    assertNotEquals(IndicatorValue.level("ดี").hashCode(), IndicatorValue.level("ดีมาก").hashCode());
    assertNotEquals(IndicatorValue.text("ผ่าน").hashCode(), IndicatorValue.text("ไม่ผ่าน").hashCode());
    assertNotEquals(IndicatorValue.notAvailable().hashCode(), IndicatorValue.notAvailable("-").hashCode());
  }

  @Test
  void valuesTellWhatTheyHoldAndPrintAsWritten() {
    assertTrue(IndicatorValue.yesNo(true).isYes());
    assertFalse(IndicatorValue.yesNo(false).isYes());
    assertEquals("yes", IndicatorValue.yesNo(true).toString());
    assertEquals("no", IndicatorValue.yesNo(false).toString());
    assertEquals("ดีเยี่ยม", IndicatorValue.level("ดีเยี่ยม").level());
    assertEquals("ดีเยี่ยม", IndicatorValue.level("ดีเยี่ยม").toString());
    assertEquals("มีระบบ", IndicatorValue.text("มีระบบ").text());
    assertEquals("มีระบบ", IndicatorValue.text("มีระบบ").toString());
    assertEquals("N/A", IndicatorValue.notAvailable().toString());
    assertEquals("-", IndicatorValue.notAvailable("-").written());
    assertEquals("-", IndicatorValue.notAvailable("-").toString());
  }

  @Test
  void aScaleOfTwoLevelsIsEnough() {
    OrdinalScale passFail = OrdinalScale.builder().name("ผ่าน/ไม่ผ่าน").addLevels("ไม่ผ่าน", "ผ่าน").build();
    assertEquals(2, passFail.levels().size());
    assertTrue(passFail.contains("ผ่าน"));
    assertFalse(passFail.contains("ดี"));
    assertThrows(IllegalArgumentException.class,
        () -> OrdinalScale.builder().name("หนึ่งระดับ").addLevels("ผ่าน").build());
  }

  @Test
  void aStatedTotalMayCountZeroProjectsButNotFewer() {
    StatedTotal none = StatedTotal.builder().scope(TotalScope.PLAN).amount(Baht.ZERO).projectCount(0).build();
    assertEquals(Optional.of(0), none.projectCount());
    assertThrows(IllegalArgumentException.class,
        () -> StatedTotal.builder().scope(TotalScope.PLAN).amount(Baht.ZERO).projectCount(-1).build());
  }

  @Test
  void aBetweenTargetMayHaveEqualBounds() {
    Target exactly = Target.between(new BigDecimal("5"), new BigDecimal("5"));
    assertEquals(Comparison.BETWEEN, exactly.comparison().orElseThrow());
    assertEquals(new BigDecimal("5"), exactly.upperBound().orElseThrow());
    assertEquals(IndicatorValue.number(5), exactly.value());
    assertThrows(IllegalArgumentException.class, () -> Target.between(new BigDecimal("5"), new BigDecimal("4.99")));
    assertEquals(IndicatorValue.level("ดี"), Target.of(IndicatorValue.level("ดี")).value());
  }

  @Test
  void aPlanFindsAStrategyByItsNumber() {
    StrategicPlan plan = StrategicPlan.builder()
        .office(Office.builder().name("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2").build())
        .kind(PlanKind.ACTION_PLAN).period(FiscalYearRange.of(2565, 2565))
        .addStrategies(Strategy.builder().number("1").title("ความปลอดภัย").build())
        .addStrategies(Strategy.builder().number("2").title("โอกาส").build())
        .build();
    assertEquals("โอกาส", plan.strategy("2").orElseThrow().title());
    assertEquals(Optional.empty(), plan.strategy("3"));
  }

  @Test
  void aQuarterlyBudgetGivesEachQuartersAmount() {
    QuarterlyBudget b = QuarterlyBudget.of(1, 2, 3, 4);
    assertEquals(Baht.of(1), b.amount(Quarter.Q1));
    assertEquals(Baht.of(2), b.amount(Quarter.Q2));
    assertEquals(Baht.of(3), b.amount(Quarter.Q3));
    assertEquals(Baht.of(4), b.amount(Quarter.Q4));
  }

  @Test
  void smallFactoriesFillTheAttributesTheyName() {
    AlignmentLink link = AlignmentLink.matrix("obec-policy", "3.2");
    assertEquals("obec-policy", link.framework());
    assertEquals(Optional.of("3.2"), link.item());
    assertEquals(AlignmentEvidence.MATRIX, link.evidence());
    assertEquals("นายสมชาย ใจดี", Person.of("นายสมชาย ใจดี").name());
    Mission m = Mission.of("1", "จัดการศึกษาให้ทั่วถึง");
    assertEquals(Optional.of("1"), m.number());
    assertEquals("จัดการศึกษาให้ทั่วถึง", m.text());
    NameMention n = NameMention.of("ปก", "สพป.ตาก เขต ๒");
    assertEquals("ปก", n.where());
    assertEquals("สพป.ตาก เขต ๒", n.name());
    assertEquals("ผู้เรียนมีคุณภาพ", Goal.builder().text("ผู้เรียนมีคุณภาพ").build().text());
    assertEquals("ส่งเสริมการอ่าน", Guideline.builder().text("ส่งเสริมการอ่าน").build().text());
    assertEquals("≥", Comparison.AT_LEAST.symbol());
    assertEquals("…", Comparison.BETWEEN.symbol());
    assertEquals("ร้อยละ", Unit.PERCENT.toString());
  }
}
