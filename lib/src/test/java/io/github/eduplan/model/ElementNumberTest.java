package io.github.eduplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.eduplan.testsupport.Examples;
import io.github.eduplan.time.ThaiDigits;
import org.junit.jupiter.api.Test;

class ElementNumberTest {
  @Test
  void theWaysPlansWriteOneNumberAreOneNumber() {
    for (String written : new String[] {"1", "1.", "๑", "๑.", "(1)", "1)", " 1 ", "(๑).", "1\u00A0", "1.."}) {
      assertEquals("1", ElementNumber.key(written), written);
      assertTrue(ElementNumber.same(written, "1"), written);
    }
    assertEquals("1.2", ElementNumber.key("๑.๒."));
    assertEquals("s1-2", ElementNumber.key("S1 - 2"));
    assertEquals("", ElementNumber.key(" (.) "));
  }

  @Test
  void differentNumbersStayDifferent() {
    assertFalse(ElementNumber.same("1.1", "11"));
    assertFalse(ElementNumber.same("1", "2"));
    assertFalse(ElementNumber.same("1.1", "1"));
    assertFalse(ElementNumber.same("(1)", "(2)"));
  }

  @Test
  void thaiAndArabicDigitsOfAnyNumberAreTheSameNumber() {
    qt().withExamples(Examples.upTo(1000)).forAll(integers().between(0, 9999), integers().between(0, 99))
        .checkAssert((major, minor) -> {
          String arabic = major + "." + minor;
          assertTrue(ElementNumber.same(arabic, ThaiDigits.toThai(arabic) + "."));
          assertEquals(arabic, ElementNumber.key("(" + ThaiDigits.toThai(arabic) + ")"));
        });
  }
}
