package io.github.eduplan.table;

import io.github.eduplan.model.Direction;
import java.util.Objects;
import java.util.Optional;

/**
 * How a table is written and read (รูปแบบตาราง): the language of its headers and words, whether a
 * CSV file is made for Excel, and the direction of indicator rows that give none.
 *
 * <p>{@link #DEFAULT} writes Thai headers and words, and CSV as Excel opens it on a double-click:
 * UTF-8 with a byte-order mark and CRLF line ends. Reading accepts Thai and English headers and
 * words in any mix, with or without a byte-order mark, CRLF or LF, whatever this format says; it
 * uses only {@link #defaultDirection()}. This class is immutable and thread-safe.
 */
public final class TableFormat {
  /** The language of headers and enumerated words (ภาษา). */
  public enum Language {
    /** Thai headers and words: ค่าเป้าหมาย 2566, เพิ่มขึ้น, ร้อยละ. */
    THAI,
    /** English headers and words: target 2566, increase, percentage. */
    ENGLISH
  }

  /** Thai, CSV for Excel (byte-order mark, CRLF), no default direction. */
  public static final TableFormat DEFAULT = new TableFormat(Language.THAI, true, Optional.empty());

  private final Language language;
  private final boolean csvForExcel;
  private final Optional<Direction> defaultDirection;

  private TableFormat(Language language, boolean csvForExcel, Optional<Direction> defaultDirection) {
    this.language = Objects.requireNonNull(language, "language");
    this.csvForExcel = csvForExcel;
    this.defaultDirection = Objects.requireNonNull(defaultDirection, "defaultDirection");
  }

  /**
   * Returns the language of the headers and words this format writes.
   *
   * @return the language, not null
   */
  public Language language() {
    return language;
  }

  /**
   * Tells whether CSV is written for Excel: UTF-8 with a byte-order mark and CRLF line ends, so a
   * double-click shows Thai; otherwise plain UTF-8 with LF.
   *
   * @return true for Excel's form
   */
  public boolean csvForExcel() {
    return csvForExcel;
  }

  /**
   * Returns the direction given to an indicator row whose ทิศทาง cell is blank or missing. Empty by
   * default: such a row is then an error, because the library never guesses a direction.
   *
   * @return the direction, or empty
   */
  public Optional<Direction> defaultDirection() {
    return defaultDirection;
  }

  /**
   * Returns this format with another language.
   *
   * @param language the language, not null
   * @return the format, not null
   */
  public TableFormat withLanguage(Language language) {
    return new TableFormat(language, csvForExcel, defaultDirection);
  }

  /**
   * Returns this format writing CSV for Excel (true) or as plain UTF-8 with LF (false).
   *
   * @param forExcel whether to write a byte-order mark and CRLF
   * @return the format, not null
   */
  public TableFormat withCsvForExcel(boolean forExcel) {
    return new TableFormat(language, forExcel, defaultDirection);
  }

  /**
   * Returns this format giving a direction to indicator rows that have none.
   *
   * @param direction the direction, not null
   * @return the format, not null
   */
  public TableFormat withDefaultDirection(Direction direction) {
    return new TableFormat(language, csvForExcel, Optional.of(direction));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof TableFormat other && other.language == language
        && other.csvForExcel == csvForExcel && other.defaultDirection.equals(defaultDirection);
  }

  @Override
  public int hashCode() {
    return Objects.hash(language, csvForExcel, defaultDirection);
  }

  @Override
  public String toString() {
    return "TableFormat{" + language + (csvForExcel ? ", CSV for Excel" : ", plain CSV")
        + defaultDirection.map(d -> ", default " + d).orElse("") + "}";
  }
}
