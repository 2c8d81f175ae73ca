package io.github.eduplan.table;

import io.github.eduplan.model.AlignmentEvidence;
import io.github.eduplan.model.Comparison;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.time.ThaiDigits;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words of the tables in Thai and English: headers, row kinds and every enumerated value.
 * Writing uses the format's language; reading accepts either, in any case and spacing, and the
 * model's enum names (PERCENTAGE) as well.
 */
final class Words {
  private Words() {}

  /** A word in both languages, with the keys it is compared by (computed once: cells ask often). */
  record Word(String thai, String english, String thaiKey, String englishKey) {
    String in(TableFormat.Language language) {
      return language == TableFormat.Language.THAI ? thai : english;
    }

    boolean matches(String cell) {
      String key = key(cell);
      return key.equals(thaiKey) || key.equals(englishKey);
    }
  }

  static Word word(String thai, String english) {
    return new Word(thai, english, key(thai), key(english));
  }

  /** How headers and words are compared: no white space, lower case, Arabic digits. */
  static String key(String s) {
    String arabic = ThaiDigits.toArabic(s);
    StringBuilder sb = new StringBuilder(arabic.length());
    for (int i = 0; i < arabic.length(); i++) {
      char c = arabic.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  static final Map<MeasureKind, Word> MEASURES = new EnumMap<>(Map.of(
      MeasureKind.QUANTITY, word("จำนวน", "quantity"),
      MeasureKind.PERCENTAGE, word("ร้อยละ", "percentage"),
      MeasureKind.ORDINAL, word("ระดับ", "ordinal"),
      MeasureKind.YES_NO, word("มี/ไม่มี", "yes/no"),
      MeasureKind.TEXT, word("ข้อความ", "text")));

  static final Map<Direction, Word> DIRECTIONS = new EnumMap<>(Map.of(
      Direction.INCREASE, word("เพิ่มขึ้น", "increase"),
      Direction.DECREASE, word("ลดลง", "decrease"),
      Direction.MAINTAIN, word("คงที่", "maintain"),
      Direction.CLOSER_TO_TARGET, word("เข้าใกล้เป้าหมาย", "closer to target")));

  static final Map<AlignmentEvidence, Word> EVIDENCE = new EnumMap<>(Map.of(
      AlignmentEvidence.MATRIX, word("ตาราง", "matrix"),
      AlignmentEvidence.NUMBERED_REFERENCE, word("อ้างเลขข้อ", "numbered reference"),
      AlignmentEvidence.PROSE, word("ความเรียง", "prose"),
      AlignmentEvidence.INFERRED, word("อนุมาน", "inferred")));

  /** The written comparison words; reading also accepts the others listed in {@link #COMPARISON_ALIASES}. */
  static final Map<Comparison, Word> COMPARISONS = new EnumMap<>(Map.of(
      Comparison.AT_LEAST, word("ไม่ต่ำกว่า", "at least"),
      Comparison.AT_MOST, word("ไม่เกิน", "at most"),
      Comparison.EQUAL, word("เท่ากับ", "equal to"),
      Comparison.BETWEEN, word("ระหว่าง", "between")));

  static final Map<Comparison, List<String>> COMPARISON_ALIASES = new EnumMap<>(Map.of(
      Comparison.AT_LEAST, List.of("ไม่น้อยกว่า", "≥", ">="),
      Comparison.AT_MOST, List.of("ไม่มากกว่า", "≤", "<="),
      Comparison.EQUAL, List.of(),
      Comparison.BETWEEN, List.of()));

  static final Word AND = word("ถึง", "and");
  static final Word YES = word("มี", "yes");
  static final Word NO = word("ไม่มี", "no");
  static final List<String> MORE_YES = List.of("ผ่าน", "ผ่านเกณฑ์");
  static final List<String> MORE_NO = List.of("ไม่ผ่าน", "ไม่ผ่านเกณฑ์");
  /** Marks a level that would otherwise be read as something else: "ระดับ: 5". */
  static final Word LEVEL_MARK = word("ระดับ:", "level:");
  /** Marks a not-available value written in an unusual way: "ไม่มีข้อมูล: ยังไม่ประเมิน". */
  static final Word NOT_AVAILABLE_MARK = word("ไม่มีข้อมูล:", "not available:");
  static final Word EDITION = word("ฉบับ", "edition");
  static final Word ITEM = word("ข้อ", "item");
  static final Word TOTAL = word("รวม", "total");

  // Row kinds of the indicator table.
  static final Word STRATEGY_ROW = word("กลยุทธ์", "strategy");
  static final Word GOAL_ROW = word("เป้าประสงค์", "goal");
  static final Word INDICATOR_ROW = word("ตัวชี้วัด", "indicator");
  static final Word COMPONENT_ROW = word("ตัวชี้วัดย่อย", "component");

  /** The enum value a cell names, in either language or by its enum name. */
  static <E extends Enum<E>> Optional<E> lookUp(Map<E, Word> words, String cell) {
    String key = key(cell);
    for (Map.Entry<E, Word> e : words.entrySet()) {
      if (e.getValue().matches(cell) || key.equals(key(e.getKey().name()))) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /** The words of an enum for an error message: "เพิ่มขึ้น, ลดลง, …". */
  static <E extends Enum<E>> String listed(Map<E, Word> words) {
    StringBuilder sb = new StringBuilder();
    for (Word w : words.values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(w.thai()).append(" / ").append(w.english());
    }
    return sb.toString();
  }
}
