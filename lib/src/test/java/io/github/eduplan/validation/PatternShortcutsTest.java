package io.github.eduplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The years are read without their pattern, and the office-name pattern is tried only where a match
 * can start; on any text they find what {@link Matcher#find()} finds trying every character.
 */
class PatternShortcutsTest {
  /** The parts of years and office names, alone and whole, and the letters they start with. */
  private static final String[] PIECES = {
      "พ", "ป", "ส", ".", "ศ", "ี", "ำ", " ", "\n", "พ.ศ.", "พ.ศ. ", "พ. ศ.", "ปี", "ปีการศึกษา", "ปีงบประมาณ",
      "2565", "๒๕๖๕", "1", "๑", "25650", "สพ", "ป.", "ม.", "สพป.", "สพม.", "สำนักงาน", "เขต", "พื้นที่",
      "การศึกษา", "ประถม", "มัธยม", "ศึกษา", "ตาก", "เชียงใหม่", "2", "๓", "ก", "a",
      "สพป.ตาก เขต 2", "สพ ม . เชียงใหม่ เขต ๓", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 1",
      "สำนักงาน เขตพื้นที่ การศึกษา ตาก เขต 12"};

  private static List<String> found(Pattern pattern, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.add(m.group() + "|" + m.start());
    }
    return out;
  }

  private static String text(List<Integer> picks) {
    StringBuilder sb = new StringBuilder();
    picks.forEach(p -> sb.append(PIECES[p]));
    return sb.toString();
  }

  @Test
  void yearsAreWhatFindFinds() {
    AtomicInteger matched = new AtomicInteger();
    qt().withExamples(20_000).forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 12))
        .checkAssert(picks -> {
          String s = text(picks);
          List<String> shortcut = new ArrayList<>();
          for (TextRules.Year y : TextRules.yearsIn(s)) {
            shortcut.add(y.written() + "|" + y.start() + "|" + y.digits());
          }
          List<String> expected = new ArrayList<>();
          Matcher m = TextRules.YEAR.matcher(s);
          while (m.find()) {
            expected.add(m.group() + "|" + m.start() + "|" + m.group(2));
          }
          assertEquals(expected, shortcut, s);
          matched.addAndGet(shortcut.size());
        });
    assertTrue(matched.get() > 500, "years found: " + matched.get());
  }

  @Test
  void officeNamesAreWhatFindFinds() {
    AtomicInteger matched = new AtomicInteger();
    qt().withExamples(20_000).forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 12))
        .checkAssert(picks -> {
          String s = text(picks);
          List<String> shortcut = new ArrayList<>();
          for (IdentityRules.OfficeId id : IdentityRules.officesIn(s)) {
            shortcut.add(id.written());
          }
          List<String> expected = new ArrayList<>();
          found(IdentityRules.OFFICE, s).forEach(f -> expected.add(f.substring(0, f.lastIndexOf('|'))));
          assertEquals(expected, shortcut, s);
          matched.addAndGet(shortcut.size());
        });
    assertTrue(matched.get() > 500, "office names found: " + matched.get());
  }

  @Test
  void examplesOfEachForm() {
    assertEquals(List.of("พ.ศ. 2565|3", "ปีการศึกษา ๒๕๖๖|16"),
        found(TextRules.YEAR, "ใน พ.ศ. 2565 และปีการศึกษา ๒๕๖๖"));
    List<String> years = new ArrayList<>();
    TextRules.yearsIn("ใน พ.ศ. 2565 และปีการศึกษา ๒๕๖๖").forEach(y -> years.add(y.written() + "|" + y.start()));
    assertEquals(List.of("พ.ศ. 2565|3", "ปีการศึกษา ๒๕๖๖|16"), years);
    List<String> offices = new ArrayList<>();
    IdentityRules.officesIn("สพป.ตาก เขต 2 กับสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาตาก เขต ๓")
        .forEach(id -> offices.add(id.level() + id.province() + id.district()));
    assertEquals(List.of("ปตาก2", "มตาก3"), offices);
  }
}
