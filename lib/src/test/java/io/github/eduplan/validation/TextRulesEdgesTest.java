package io.github.eduplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the foreign-script rule draws the line: the Thai block, and the scripts next to it. */
class TextRulesEdgesTest {
  @Test
  void aLaoLetterIsAForeignLetterThoughItLooksThai() {
    // Lao sits right after the Thai block; a font conversion can leave ກ for ก.
    assertEquals(List.of("TEXT_FOREIGN_SCRIPT $.vision The text at $.vision holds the LAO letter ກ (U+0E81) in \"ครูກ\"."),
        TextRulesTest.textFindings(TextRulesTest.plan("ครูກ", "โครงการ")));
  }

  @Test
  void everyCodePointOfTheThaiBlockCountsAsThai() {
    // U+0E00 and U+0E7F are the block's ends; neither is assigned, neither is another script.
    assertEquals(List.of(), TextRulesTest.textFindings(TextRulesTest.plan("ครู\u0E00", "โครงการ\u0E7F")));
  }

  @Test
  void aForeignLetterIsFoundAtEitherEndOfAText() {
    // The shared pass gives where the first character outside Latin, ASCII and Thai is; 0 is a place.
    assertEquals(List.of(
        "TEXT_FOREIGN_SCRIPT $.vision The text at $.vision holds the LAO letter ກ (U+0E81) in \"ກครู\".",
        "TEXT_FOREIGN_SCRIPT $.projects[0].title The text at $.projects[0].title holds the LAO letter ກ (U+0E81) in \"โครงการກ\"."),
        TextRulesTest.textFindings(TextRulesTest.plan("ກครู", "โครงการກ")));
  }
}
