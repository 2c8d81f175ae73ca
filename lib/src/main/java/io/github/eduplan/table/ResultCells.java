package io.github.eduplan.table;

import io.github.eduplan.achievement.ResultStatus;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.results.ProjectStatus;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import io.github.eduplan.time.ThaiDigits;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the two results tables ({@link IndicatorResultsTable}, {@link SpendingTable}) share: the
 * words of a result's and a project's status, and the cells of a year, a quarter, a count, an
 * amount spent and a date, read with errors that name the row and column.
 */
final class ResultCells {
  private ResultCells() {}

  /**
   * The value cells of a result: without the plan, a word is a level when it is on the quality
   * scale or of the form ระดับ 1–5, and any other word is text (written {@code ระดับ: …} and
   * {@code '…} when it needs telling apart).
   */
  static final ValueCells.Context VALUES = new ValueCells.Context(false, Optional.of(OrdinalScale.LEVELS_1_TO_5));

  static final Map<ResultStatus, Words.Word> RESULT_STATUSES = new EnumMap<>(Map.of(
      ResultStatus.REPORTED, Words.word("รายงานแล้ว", "reported"),
      ResultStatus.NOT_YET_DUE, Words.word("ยังไม่ถึงกำหนด", "not yet due"),
      ResultStatus.NOT_AVAILABLE, Words.word("ไม่มีข้อมูล", "not available"),
      ResultStatus.NOT_APPLICABLE, Words.word("ไม่เกี่ยวข้อง", "not applicable")));

  static final Map<ProjectStatus, Words.Word> PROJECT_STATUSES = new EnumMap<>(Map.of(
      ProjectStatus.NOT_STARTED, Words.word("ยังไม่ดำเนินการ", "not started"),
      ProjectStatus.IN_PROGRESS, Words.word("อยู่ระหว่างดำเนินการ", "in progress"),
      ProjectStatus.DONE, Words.word("ดำเนินการแล้วเสร็จ", "done"),
      ProjectStatus.CANCELLED, Words.word("ยกเลิก", "cancelled")));

  private static final Pattern QUARTER = Pattern.compile("^(?:ไตรมาสที่|ไตรมาส|quarter|q)?([0-9]+)$");
  private static final Pattern SLASHED = Pattern.compile("([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})");
  private static final Pattern SERIAL = Pattern.compile("[0-9]{1,7}");
  /** Day 0 of Excel's 1900 date system, as every date after February 1900 counts it. */
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  /** Reads the sheets of a table, each from its first row that is not blank. */
  static <T> List<T> read(List<Grid.Sheet> sheets, boolean csv, SheetReader<T> reader) {
    List<T> out = new ArrayList<>();
    for (Grid.Sheet sheet : sheets) {
      int first = Grid.headerRow(sheet, csv);
      if (first >= 0) {
        reader.read(sheet, first, out);
      }
    }
    return out;
  }

  /** Reads one sheet's rows below its header into a list. */
  interface SheetReader<T> {
    void read(Grid.Sheet sheet, int headerIndex, List<T> out);
  }

  /** The key of the column a header names, or empty for an unknown column. */
  static Optional<String> identify(List<IndicatorTable.Column> columns, String header) {
    for (IndicatorTable.Column c : columns) {
      if (c.header().matches(header)) {
        return Optional.of(c.key());
      }
    }
    return Optional.empty();
  }

  /** Refuses a table without a column it needs. */
  static void require(Columns columns, String what, List<String> keys, List<Words.Word> headers) {
    for (int i = 0; i < keys.size(); i++) {
      if (!columns.has(keys.get(i))) {
        Grid.Row h = columns.header();
        throw new TableFormatException(what + " needs the column " + headers.get(i).thai() + " ("
            + headers.get(i).english() + ")", h.sheet(), h.number(), -1, "", null);
      }
    }
  }

  static FiscalYear year(Columns.Cells cells, String key) {
    String s = cells.text(key).strip();
    if (s.isEmpty()) {
      throw cells.error("a row needs its fiscal year, a Buddhist Era year such as 2565", key, null);
    }
    try {
      return FiscalYear.of(ThaiDigits.parseInt(s));
    } catch (IllegalArgumentException e) {
      throw cells.error("not a fiscal year, a Buddhist Era year such as 2565: " + Grid.quoted(s), key, e);
    }
  }

  /** A quarter: 1 to 4, also written ไตรมาส 2 or Q2; blank is none. */
  static Optional<Quarter> quarter(Columns.Cells cells, String key) {
    String s = Words.key(cells.text(key));
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = QUARTER.matcher(s);
    if (!m.matches() || m.group(1).length() != 1 || m.group(1).charAt(0) < '1' || m.group(1).charAt(0) > '4') {
      throw cells.error("a quarter is 1 to 4, or blank for the whole year: " + Grid.quoted(cells.text(key)), key, null);
    }
    return Optional.of(Quarter.of(m.group(1).charAt(0) - '0'));
  }

  /** A count such as 92 or 1,150; blank is none. */
  static Optional<BigDecimal> count(Columns.Cells cells, String key) {
    String s = cells.text(key).strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ThaiDigits.parseDecimal(s));
    } catch (IllegalArgumentException e) {
      throw cells.error("not a number: " + Grid.quoted(s), key, e);
    }
  }

  /** An amount spent: blank is not reported; "-" is nothing spent, as accounts write a nil amount. */
  static Optional<Baht> spent(Columns.Cells cells, String key) {
    String s = cells.text(key).strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (s.equals("-") || s.equals("–") || s.equals("—")) {
      return Optional.of(Baht.ZERO);
    }
    try {
      return Optional.of(Baht.parse(s));
    } catch (IllegalArgumentException e) {
      throw cells.error("not an amount of baht: " + Grid.quoted(s), key, e);
    }
  }

  /**
   * A date: ISO {@code 2022-06-10} as written, {@code 10/6/2565} or {@code 10/6/2022} (day first;
   * a year from 2400 is Buddhist Era) as Excel saves a Thai date, or the serial number of an Excel
   * date cell; blank is none.
   */
  static Optional<LocalDate> date(Columns.Cells cells, String key) {
    String s = ThaiDigits.toArabic(cells.text(key)).strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      Matcher slashed = SLASHED.matcher(s);
      if (slashed.matches()) {
        int year = Integer.parseInt(slashed.group(3));
        return Optional.of(LocalDate.of(year >= FiscalYear.MIN_YEAR ? year - 543 : year,
            Integer.parseInt(slashed.group(2)), Integer.parseInt(slashed.group(1))));
      }
      if (SERIAL.matcher(s).matches()) {
        return Optional.of(EXCEL_EPOCH.plusDays(Long.parseLong(s)));
      }
      return Optional.of(LocalDate.parse(s));
    } catch (DateTimeException e) {
      throw cells.error("not a date such as 2022-06-10 or 10/6/2565: " + Grid.quoted(cells.text(key)), key, e);
    }
  }

  /** A status word of either language, or the enum's name; blank gives the default. */
  static <E extends Enum<E>> E status(Columns.Cells cells, String key, Map<E, Words.Word> words, E blank) {
    String s = cells.text(key);
    if (s.isBlank()) {
      if (blank == null) {
        throw cells.error("a row needs its status: " + Words.listed(words), key, null);
      }
      return blank;
    }
    return Words.lookUp(words, s).orElseThrow(() -> cells.error("not a status: " + Grid.quoted(s)
        + "; the statuses are " + Words.listed(words), key, null));
  }
}
