package io.github.eduplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.eduplan.testsupport.Examples;
import io.github.eduplan.testsupport.ModelGenerators;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BahtTest {
  @Test
  void parsesAmountsAsPlansWriteThem() {
    assertEquals(Baht.of(121_940), Baht.parse("121,940"));
    assertEquals(Baht.of(10_000), Baht.parse("10,000.-"));
    assertEquals(Baht.of(new BigDecimal("8095606.50")), Baht.parse("๘,๐๙๕,๖๐๖.๕๐"));
  }

  @Test
  void keepsTwoDecimalsAndComparesByValue() {
    assertEquals("121940.00", Baht.of(121_940).toString());
    assertEquals(Baht.of(new BigDecimal("5")), Baht.of(new BigDecimal("5.000")));
    assertEquals(Baht.ZERO, Baht.of(0));
  }

  @Test
  void wholeBahtAreExactUpToTheLargest() {
    assertEquals(Baht.of(new BigDecimal("121940")), Baht.of(121_940));
    assertEquals("121940.00", Baht.of(121_940).amount().toPlainString());
    assertEquals(Baht.of(Baht.MAX), Baht.of(1_000_000_000_000_000L));
    IllegalArgumentException above = assertThrows(IllegalArgumentException.class, () -> Baht.of(1_000_000_000_000_001L));
    assertTrue(above.getMessage().endsWith(": 1000000000000001"), above.getMessage());
    qt().forAll(org.quicktheories.generators.SourceDSL.longs().between(0, 1_000_000_000_000_000L)).checkAssert(w ->
        assertEquals(Baht.of(BigDecimal.valueOf(w)).amount(), Baht.of(w).amount()));
  }

  @Test
  void sumsPastTheLargestGivenAmountStayExact() {
    Baht max = Baht.of(Baht.MAX);
    List<Baht> many = new java.util.ArrayList<>(java.util.Collections.nCopies(200, max));
    many.add(Baht.parse("0.01"));
    BigDecimal expected = Baht.MAX.multiply(BigDecimal.valueOf(200)).add(new BigDecimal("0.01"));
    assertEquals(expected, Baht.sum(many).amount());
    assertEquals(expected, many.stream().collect(Baht.summing()).amount());
    assertEquals(expected, many.stream().reduce(Baht.ZERO, Baht::plus).amount());
    assertEquals(2, Baht.sum(many).amount().scale());
    assertEquals(Baht.ZERO, Baht.sum(List.of()));
    assertEquals(Baht.ZERO, java.util.stream.Stream.<Baht>empty().collect(Baht.summing()));
    assertTrue(max.plus(max).compareTo(max) > 0);
  }

  @Test
  void formatsAnySignedAmountAsDocumentsPrintIt() {
    assertEquals("-1,250", Baht.format(new BigDecimal("-1250.00")));
    assertEquals("1,250.50", Baht.format(new BigDecimal("1250.5")));
    assertEquals("0", Baht.format(BigDecimal.ZERO));
    assertEquals("121940", Baht.of(121_940).toPlainString());
    assertEquals("121940.05", Baht.parse("121,940.05").toPlainString());
    qt().withExamples(Examples.upTo(1000)).forAll(ModelGenerators.baht()).checkAssert(b ->
        assertEquals(b, Baht.of(new BigDecimal(b.toPlainString()))));
  }

  @Test
  void rejectsWhatCanNeverBeABudgetNamingTheValue() {
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> Baht.of(-1));
    assertTrue(negative.getMessage().contains("-1"), negative.getMessage());
    IllegalArgumentException satang =
        assertThrows(IllegalArgumentException.class, () -> Baht.of(new BigDecimal("1.005")));
    assertTrue(satang.getMessage().contains("1.005"), satang.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Baht.of(Baht.MAX.add(BigDecimal.ONE)));
    assertThrows(NumberFormatException.class, () -> Baht.parse("12,34"));
  }

  @Test
  void sumsExactlyWithoutFloatingPoint() {
    List<Baht> tenCents = java.util.Collections.nCopies(10, Baht.of(new BigDecimal("0.10")));
    assertEquals(Baht.of(1), Baht.sum(tenCents));
    assertEquals(new BigDecimal("-0.01"), Baht.of(1).minus(Baht.of(new BigDecimal("1.01"))));
  }

  @Test
  void formatsLikeTheDocuments() {
    assertEquals("8,095,606", Baht.of(8_095_606).format());
    assertEquals("8,095,606.50", Baht.of(new BigDecimal("8095606.5")).format());
    assertEquals("๑๒๑,๙๔๐", Baht.of(121_940).formatThai());
  }

  @Test
  void formatThenParseGivesTheSameAmount() {
    qt().withExamples(Examples.upTo(1000)).forAll(ModelGenerators.baht()).checkAssert(b -> {
      assertEquals(b, Baht.parse(b.format()));
      assertEquals(b, Baht.parse(b.formatThai()));
    });
  }

  @Test
  void sumIsTheSumOfAmounts() {
    qt().withExamples(Examples.upTo(1000)).forAll(ModelGenerators.baht(), ModelGenerators.baht()).checkAssert((a, b) -> {
      assertEquals(a.amount().add(b.amount()), a.plus(b).amount());
      assertEquals(a.amount().subtract(b.amount()), a.minus(b));
      assertEquals(Integer.signum(a.compareTo(b)), a.minus(b).signum());
    });
  }
}
