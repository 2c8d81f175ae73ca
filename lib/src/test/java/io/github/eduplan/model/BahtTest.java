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
  void givesItsAmountInSatangExactlyUpToTheLargest() {
    assertEquals(12_194_050L, Baht.parse("121,940.50").satang());
    assertEquals(0L, Baht.ZERO.satang());
    assertEquals(100_000_000_000_000_000L, Baht.of(Baht.MAX).satang());
    assertEquals(12_194_000L, Baht.of(121_940).satang());
    assertEquals(Baht.of(new BigDecimal("121940")), Baht.of(121_940));
    assertEquals("121940.00", Baht.of(121_940).amount().toPlainString());
    assertEquals(Baht.of(Baht.MAX), Baht.of(1_000_000_000_000_000L));
    IllegalArgumentException above = assertThrows(IllegalArgumentException.class, () -> Baht.of(1_000_000_000_000_001L));
    assertTrue(above.getMessage().endsWith(": 1000000000000001"), above.getMessage());
    qt().forAll(org.quicktheories.generators.SourceDSL.longs().between(0, 1_000_000_000_000_000L)).checkAssert(w ->
        assertEquals(Baht.of(BigDecimal.valueOf(w)).amount(), Baht.of(w).amount()));
    qt().forAll(ModelGenerators.baht()).checkAssert(b ->
        assertEquals(b.amount(), BigDecimal.valueOf(b.satang(), 2)));
  }

  @Test
  void comesBackFromSerializationEqualAndWithItsSatang() throws Exception {
    Baht amount = Baht.parse("8,095,606.50");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(amount);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      Baht back = (Baht) in.readObject();
      assertEquals(amount, back);
      assertEquals(809_560_650L, back.satang());
      assertEquals(0, back.compareTo(amount));
    }
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
