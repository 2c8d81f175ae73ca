package io.github.eduplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ModelValuesTest {
  @Test
  void numbersKeepTheirWrittenScaleButCompareByValue() {
    IndicatorValue.Numeric written = IndicatorValue.number("96.00");
    IndicatorValue.Numeric plain = IndicatorValue.number(96);
    assertNotEquals(written, plain);
    assertEquals(0, written.compareTo(plain));
    assertEquals("96.00", written.toString());
  }

  @Test
  void numbersOfAbsurdMagnitudeAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> IndicatorValue.number(new BigDecimal("1e999999999")));
    assertThrows(IllegalArgumentException.class, () -> IndicatorValue.number(new BigDecimal("1e-31")));
    assertEquals(new BigDecimal("1e30").subtract(BigDecimal.ONE),
        IndicatorValue.number(new BigDecimal("1e30").subtract(BigDecimal.ONE)).value());
    assertThrows(IllegalArgumentException.class, () -> Target.between(BigDecimal.ONE, new BigDecimal("1e400")));
  }

  @Test
  void valuesTellTheirKind() {
    assertEquals(IndicatorValue.Kind.NUMBER, IndicatorValue.number(1).kind());
    assertEquals(IndicatorValue.Kind.LEVEL, IndicatorValue.level("ดีเยี่ยม").kind());
    assertEquals(IndicatorValue.Kind.YES_NO, IndicatorValue.yesNo(true).kind());
    assertEquals(IndicatorValue.Kind.TEXT, IndicatorValue.text("3 : 2").kind());
    assertEquals(IndicatorValue.Kind.NOT_AVAILABLE, IndicatorValue.notAvailable("(N/A)").kind());
    assertEquals("(N/A)", IndicatorValue.notAvailable("(N/A)").written());
    assertThrows(IllegalArgumentException.class, () -> IndicatorValue.level(" "));
  }

  @Test
  void aTargetWithoutAWrittenComparisonFollowsTheDirection() {
    Target t = Target.of(0);
    assertEquals(Comparison.AT_MOST, t.effectiveComparison(Direction.DECREASE));
    assertEquals(Comparison.AT_LEAST, t.effectiveComparison(Direction.INCREASE));
    assertEquals(Comparison.EQUAL, t.effectiveComparison(Direction.MAINTAIN));
    assertEquals(Comparison.AT_LEAST,
        Target.of(Comparison.AT_LEAST, new BigDecimal("300")).effectiveComparison(Direction.DECREASE));
  }

  @Test
  void impossibleTargetsAreRejectedWithTheirValues() {
    IllegalArgumentException yesWithComparison = assertThrows(IllegalArgumentException.class,
        () -> Target.builder().value(IndicatorValue.yesNo(true)).comparison(Comparison.AT_LEAST).build());
    assertTrue(yesWithComparison.getMessage().contains("YES_NO"), yesWithComparison.getMessage());
    IllegalArgumentException reversed = assertThrows(IllegalArgumentException.class,
        () -> Target.between(new BigDecimal("90"), new BigDecimal("80")));
    assertTrue(reversed.getMessage().contains("80"), reversed.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Target.builder()
        .value(IndicatorValue.number(1)).upperBound(BigDecimal.TEN).build());
    assertTrue(Target.notAvailable().isNotAvailable());
    assertFalse(Target.of(80).isNotAvailable());
  }

  @Test
  void ordinalScalesRankLevelsAsWritten() {
    assertEquals(OptionalInt.of(4), OrdinalScale.QUALITY.rankOf("ดีเยี่ยม"));
    assertEquals(OptionalInt.of(4), OrdinalScale.QUALITY.rankOf("ระดับดีเยี่ยม"));
    assertEquals(OptionalInt.of(0), OrdinalScale.QUALITY.rankOf("ปรับปรุง"));
    assertEquals(OptionalInt.of(4), OrdinalScale.LEVELS_1_TO_5.rankOf("ระดับ ๕"));
    assertEquals(OptionalInt.empty(), OrdinalScale.QUALITY.rankOf("ยอดเยี่ยม"));
    // The white space of a regular expression's \\s goes, wherever it is; other spaces stay.
    assertEquals(OptionalInt.of(3), OrdinalScale.QUALITY.rankOf(" ดี\tมาก\n"));
    assertEquals(OptionalInt.of(3), OrdinalScale.QUALITY.rankOf("ระดับ\r\nดี\u000B\fมาก"));
    assertEquals(OptionalInt.of(2), OrdinalScale.LEVELS_1_TO_5.rankOf("ระดับ  ๓ "));
    assertEquals(OptionalInt.empty(), OrdinalScale.QUALITY.rankOf("ดี\u00A0มาก"));
    assertEquals(OptionalInt.empty(), OrdinalScale.QUALITY.rankOf("ดี\u2003มาก"));
    assertEquals(OptionalInt.of(1), OrdinalScale.builder().name("x").addLevels("ระดับ ก", "ระดับ ข ").build()
        .rankOf("ข"));
    assertThrows(IllegalArgumentException.class,
        () -> OrdinalScale.builder().name("x").addLevels("ดี", " ดี\t").build());
    assertThrows(IllegalArgumentException.class,
        () -> OrdinalScale.builder().name("x").addLevels("ดี", "ดี").build());
    assertThrows(IllegalArgumentException.class, () -> OrdinalScale.builder().name("x").addLevels("ดี").build());
  }

  @Test
  void unitsAreInternedAndKeptVerbatim() {
    assertSame(Unit.PERCENT, Unit.of("ร้อยละ"));
    assertEquals("โรงเรียน", Unit.of("โรงเรียน").text());
    assertTrue(Unit.of("ร้อยละ").isPercent());
    assertThrows(IllegalArgumentException.class, () -> Unit.of(""));
  }

  @Test
  void percentIsRecognisedWithWhiteSpaceAroundItAndOnlyThen() {
    assertTrue(Unit.of(" ร้อยละ\n").isPercent());
    assertEquals(" ร้อยละ\n", Unit.of(" ร้อยละ\n").text());
    assertFalse(Unit.of("ร้อย ละ").isPercent());
    assertFalse(Unit.SCHOOL.isPercent());
  }

  @Test
  void aDeserializedUnitIsTheInternedOne() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(Unit.of(" ร้อยละ"));
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      Unit back = (Unit) in.readObject();
      assertSame(Unit.of(" ร้อยละ"), back);
      assertTrue(back.isPercent());
    }
  }

  @Test
  void aMissingRequiredAttributeIsNamed() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Project.builder().number("1").build());
    assertTrue(e.getMessage().contains("title"), e.getMessage());
    IllegalStateException plan = assertThrows(IllegalStateException.class,
        () -> StrategicPlan.builder().kind(PlanKind.ACTION_PLAN).build());
    assertTrue(plan.getMessage().contains("office") && plan.getMessage().contains("period"), plan.getMessage());
  }

  @Test
  void aNullIsRejectedWithTheAttributeName() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> Project.builder().title(null));
    assertTrue(e.getMessage().contains("title"), e.getMessage());
  }

  @Test
  void quartersThatDoNotAddUpStillBuild() {
    Project p = Project.builder().number("1").title("x").budget(Baht.of(100))
        .quarterlyPlan(QuarterlyBudget.of(10, 20, 30, 30)).addActiveQuarters(Quarter.Q4).build();
    assertEquals(Baht.of(90), p.quarterlyPlan().get().total());
    assertEquals(Baht.of(30), p.quarterlyPlan().get().amount(Quarter.Q3));
  }

  @Test
  void aPlanFindsItsStrategiesAndProjects() {
    StrategicPlan plan = StrategicPlan.builder()
        .office(Office.of("สพป.ตาก เขต 2"))
        .kind(PlanKind.ACTION_PLAN)
        .period(FiscalYearRange.of(FiscalYear.of(2565), FiscalYear.of(2565)))
        .addStrategy(Strategy.builder().number("1").title("ปลอดภัย")
            .addIndicator(Indicator.builder().text("ร้อยละ").measureKind(MeasureKind.PERCENTAGE)
                .direction(Direction.INCREASE).putTarget(FiscalYear.of(2565), Target.of(85)).build())
            .build())
        .addProject(Project.builder().number("1").title("a").strategy("1").budget(Baht.of(5)).build())
        .addProject(Project.builder().number("2").title("b").strategy("2").build())
        .build();
    assertEquals("ปลอดภัย", plan.strategy("1").get().title());
    assertEquals(List.of("1"), plan.projectsOf("1").stream().map(Project::number).collect(java.util.stream.Collectors.toList()));
    assertEquals(Baht.of(5), plan.projectBudgetTotal());
    assertEquals(1, plan.indicators().count());
    assertEquals(Target.of(85), plan.indicators().findFirst().get().targetFor(FiscalYear.of(2565)).get());
    assertTrue(plan.indicators().findFirst().get().targetFor(FiscalYear.of(2566)).isEmpty());
  }

  @Test
  void totalsNeedAKeyExceptForThePlan() {
    assertThrows(IllegalArgumentException.class,
        () -> StatedTotal.builder().scope(TotalScope.STRATEGY).amount(Baht.ZERO).build());
    assertThrows(IllegalArgumentException.class,
        () -> StatedTotal.builder().scope(TotalScope.PLAN).key("1").amount(Baht.ZERO).build());
  }
}
