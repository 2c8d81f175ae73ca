package io.github.eduplan.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.eduplan.testsupport.Examples;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThaiDigitsTest {
  @Test
  void convertsDigitsAndLeavesTheRest() {
    assertEquals("2565", ThaiDigits.toArabic("๒๕๖๕"));
    assertEquals("ศตวรรษที่ 21", ThaiDigits.toArabic("ศตวรรษที่ ๒๑"));
    assertEquals("ป.๖", ThaiDigits.toThai("ป.6"));
    assertTrue(ThaiDigits.containsThaiDigit("ข้อ ๓"));
    assertFalse(ThaiDigits.containsThaiDigit("ข้อ 3"));
  }

  @Test
  void parsesNumbersAsPlansWriteThem() {
    assertEquals(new BigDecimal("8095606.50"), ThaiDigits.parseDecimal("๘,๐๙๕,๖๐๖.๕๐"));
    assertEquals(new BigDecimal("10000"), ThaiDigits.parseDecimal("10,000.-"));
    assertEquals(new BigDecimal("96.00"), ThaiDigits.parseDecimal("๙๖.๐๐"));
    assertEquals(new BigDecimal("-3"), ThaiDigits.parseDecimal(" -3 "));
    assertEquals(121940, ThaiDigits.parseInt("121,940"));
    assertEquals(2565, ThaiDigits.parseInt("๒๕๖๕"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "1,00", "1234,567", ",123", "1.", "12a", "--1", "1.2.3", "๑,๒๓๔,๕๖"})
  void rejectsMalformedNumbersQuotingThem(String text) {
    NumberFormatException e = assertThrows(NumberFormatException.class, () -> ThaiDigits.parseDecimal(text));
    assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
  }

  @Test
  void readsThirtyDigitsEitherSideOfThePointAndRefusesTheThirtyFirst() {
    String thirty = "๑".repeat(ThaiDigits.MAX_DIGITS);
    assertEquals(new BigDecimal("1".repeat(30) + "." + "1".repeat(30)), ThaiDigits.parseDecimal(thirty + "." + thirty));
    NumberFormatException before = assertThrows(NumberFormatException.class,
        () -> ThaiDigits.parseDecimal("9".repeat(31)));
    assertEquals("not a number: '" + "9".repeat(31) + "' has more than 30 digits before or after the point"
        + " (at index 30)", before.getMessage());
    NumberFormatException after = assertThrows(NumberFormatException.class,
        () -> ThaiDigits.parseDecimal("-1,000." + "5".repeat(31)));
    assertTrue(after.getMessage().endsWith("(at index 37)"), after.getMessage());
  }

  @Test
  void aMillionDigitsAreRefusedQuotingOnlyTheirStart() {
    String million = "1".repeat(1_000_000);
    NumberFormatException e = assertThrows(NumberFormatException.class, () -> ThaiDigits.parseDecimal(million));
    assertEquals("not a number: '" + "1".repeat(60) + "…' (1000000 characters) has more than 30 digits"
        + " before or after the point (at index 30)", e.getMessage());
    String sixtyOne = "x".repeat(61);
    assertEquals("not a number: '" + "x".repeat(60) + "…' (61 characters) at index 0",
        assertThrows(NumberFormatException.class, () -> ThaiDigits.parseDecimal(sixtyOne)).getMessage());
    String sixty = "x".repeat(60);
    assertEquals("not a number: '" + sixty + "' at index 0",
        assertThrows(NumberFormatException.class, () -> ThaiDigits.parseDecimal(sixty)).getMessage());
  }

  @Test
  void parseIntRejectsDecimalsAndOverflow() {
    assertThrows(NumberFormatException.class, () -> ThaiDigits.parseInt("1.5"));
    assertThrows(NumberFormatException.class, () -> ThaiDigits.parseInt("99,999,999,999"));
  }

  @Test
  void formatsWithThousandsSeparators() {
    assertEquals("8,095,606.50", ThaiDigits.format(new BigDecimal("8095606.50")));
    assertEquals("๘,๐๙๕,๖๐๖", ThaiDigits.formatThai(new BigDecimal("8095606")));
    assertEquals("-1,000", ThaiDigits.format(new BigDecimal("-1000")));
    assertEquals("999", ThaiDigits.format(new BigDecimal("999")));
  }

  @Test
  void formatThenParseKeepsValueAndScale() {
    qt().withExamples(Examples.upTo(1000)).forAll(longs().between(-10_000_000_000L, 10_000_000_000L), integers().between(0, 2))
        .checkAssert((unscaled, scale) -> {
          BigDecimal x = BigDecimal.valueOf(unscaled, scale);
          assertEquals(x, ThaiDigits.parseDecimal(ThaiDigits.formatThai(x)));
          assertEquals(x, ThaiDigits.parseDecimal(ThaiDigits.format(x)));
        });
  }

  @Test
  void thaiDigitsRoundTrip() {
    qt().withExamples(Examples.upTo(1000)).forAll(strings().numericBetween(0, Integer.MAX_VALUE)).checkAssert(s -> {
      assertEquals(s, ThaiDigits.toArabic(ThaiDigits.toThai(s)));
      assertFalse(ThaiDigits.toThai(s).chars().anyMatch(c -> c >= '0' && c <= '9'));
    });
  }
}
