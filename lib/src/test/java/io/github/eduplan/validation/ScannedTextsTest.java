package io.github.eduplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The one pass over the plan's texts finds what a plain search for each fact finds. */
class ScannedTextsTest {
  /** Pieces at the edges of each range the pass tells apart, and the word เขต in parts. */
  private static final String[] PIECES = {
      "ก", "ฮ", "\u0E4F", "\u0E00", "\u0E50", "๙", "\u0E5A", "\u0E7F", "0", "9", "/", ":", " ", "a",
      "\u024F", "\u0250", "ד", "\u0DFF", "\u0E80", "–", "\uD83D\uDE00", "เ", "ข", "ต", "เขต", "ปี 2565"};

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
      List<IdentityRules.TextSite> sites = new ArrayList<>();
      for (List<Integer> text : texts) {
        StringBuilder sb = new StringBuilder();
        text.forEach(p -> sb.append(PIECES[p]));
        sites.add(new IdentityRules.TextSite(sb.toString(), "vision", -1, ""));
      }
      ScannedTexts scanned = new ScannedTexts(sites);
      for (int t = 0; t < sites.size(); t++) {
        String s = sites.get(t).text();
        assertEquals(firstOther(s), scanned.firstOther(t), s);
        assertEquals(FOUR.matcher(s).find(), scanned.fourDigits(t), s);
        assertEquals(s.contains("เขต"), scanned.khet(t), s);
      }
    });
  }
}
