package io.github.eduplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The one pass over the plan's texts finds what a plain search for each fact finds. */
class ScannedTextsTest {
  /** Pieces at the edges of each range the pass tells apart, and the word เขต in parts. */
  private static final String[] PIECES = {
      "ก", "ฮ", "\u0E4F", "\u0E00", "\u0E50", "๙", "\u0E5A", "\u0E7F", "0", "9", "/", ":", " ", "a",
      "\u024F", "\u0250", "ד", "\u0DFF", "\u0E80", "–", "\uD83D\uDE00", "เ", "ข", "ต", "เขต", "ปี 2565",
      "\u202E", "\u200F", "\u061C", "\u2069", "\u202F"};

  private static final Pattern FOUR = Pattern.compile("(?<![0-9๐-๙])[0-9๐-๙]{4}(?![0-9๐-๙])");

  private static int firstOther(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x0250 && (c < 0x0E00 || c > 0x0E7F)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void findsWhatPlainSearchesFind() {
    Gen<List<Integer>> picks = lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 16);
    qt().withExamples(20_000).forAll(lists().of(picks).ofSizeBetween(1, 4)).checkAssert(texts -> {
      for (List<Integer> text : texts) {
        StringBuilder sb = new StringBuilder();
        text.forEach(p -> sb.append(PIECES[p]));
        String s = sb.toString();
        ScannedTexts.Scan scanned = ScannedTexts.scan(new IdentityRules.TextSite(s, () -> "vision"));
        assertEquals(firstOther(s), scanned.firstOther(), s);
        assertEquals(s.chars().anyMatch(TextRules::isBidiControl), scanned.bidi(), s);
        assertEquals(FOUR.matcher(s).find(), scanned.fourDigits(), s);
        assertEquals(s.contains("เขต"), scanned.khet(), s);
      }
    });
  }
}
