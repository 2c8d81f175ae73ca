package io.github.eduplan.table;

import io.github.eduplan.achievement.IndicatorKey;
import io.github.eduplan.achievement.ResultStatus;
import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.results.IndicatorResults;
import io.github.eduplan.results.PeriodResult;
import io.github.eduplan.results.ResultsDocument;
import io.github.eduplan.time.ThaiDigits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The indicator results table (ตารางผลการดำเนินงานตามตัวชี้วัด) of a results document, as offices keep
 * it in Excel at every quarter and year end, read from and written to CSV and XLSX: one row per
 * result of an indicator in a fiscal year or quarter.
 *
 * <pre>
 * กลยุทธ์ | ที่ | ลำดับซ้ำ | ตัวชี้วัด | ปีงบประมาณ | ไตรมาส | สถานะ | ผลการดำเนินงาน | ตัวตั้ง | ตัวหาร |
 *   แหล่งข้อมูล | วันที่ของข้อมูล | หมายเหตุ
 * </pre>
 *
 * <p><b>What the table covers.</b> The document's {@link ResultsDocument#indicators() indicators}
 * with every attribute: the key (strategy number, code, occurrence), the indicator's text, and each
 * result's year, quarter, status, value, counts, source, date and note. The rows of one indicator
 * are gathered in the order the indicator first appears. Not the document's plan, period, notes or
 * projects: those are the document's own, and {@link SpendingTable} holds the projects. Reading
 * what was written gives an equal table, in CSV and XLSX alike ({@code docs/results.md}).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class IndicatorResultsTable {
  static final String STRATEGY = "strategy";
  static final String CODE = "code";
  static final String OCCURRENCE = "occurrence";
  static final String TEXT = "text";
  static final String YEAR = "year";
  static final String QUARTER = "quarter";
  static final String STATUS = "status";
  static final String VALUE = "value";
  static final String NUMERATOR = "numerator";
  static final String DENOMINATOR = "denominator";
  static final String SOURCE = "source";
  static final String DATE = "date";
  static final String NOTE = "note";

  private static final List<IndicatorTable.Column> COLUMNS = List.of(
      new IndicatorTable.Column(STRATEGY, Words.word("กลยุทธ์", "strategy")),
      new IndicatorTable.Column(CODE, Words.word("ที่", "number")),
      new IndicatorTable.Column(OCCURRENCE, Words.word("ลำดับซ้ำ", "occurrence")),
      new IndicatorTable.Column(TEXT, Words.word("ตัวชี้วัด", "indicator")),
      new IndicatorTable.Column(YEAR, Words.word("ปีงบประมาณ", "fiscal year")),
      new IndicatorTable.Column(QUARTER, Words.word("ไตรมาส", "quarter")),
      new IndicatorTable.Column(STATUS, Words.word("สถานะ", "status")),
      new IndicatorTable.Column(VALUE, Words.word("ผลการดำเนินงาน", "result")),
      new IndicatorTable.Column(NUMERATOR, Words.word("ตัวตั้ง", "numerator")),
      new IndicatorTable.Column(DENOMINATOR, Words.word("ตัวหาร", "denominator")),
      new IndicatorTable.Column(SOURCE, Words.word("แหล่งข้อมูล", "source")),
      new IndicatorTable.Column(DATE, Words.word("วันที่ของข้อมูล", "date")),
      new IndicatorTable.Column(NOTE, Words.word("หมายเหตุ", "note")));

  IndicatorResultsTable() {}

  /**
   * Returns the indicators' results, in the order each indicator first appears.
   *
   * @return the results, not null
   */
  public abstract List<IndicatorResults> indicators();

  /**
   * Returns the table of some indicators' results.
   *
   * @param indicators the results, not null
   * @return the table, not null
   */
  public static IndicatorResultsTable of(List<IndicatorResults> indicators) {
    return ImmutableIndicatorResultsTable.builder().indicators(indicators).build();
  }

  /**
   * Returns the table of a results document's indicators.
   *
   * @param document the document, not null
   * @return the table, not null
   */
  public static IndicatorResultsTable of(ResultsDocument document) {
    return of(document.indicators());
  }

  /**
   * Reads the table from CSV bytes: UTF-8 with or without a byte-order mark, CRLF or LF. The stream
   * is not closed.
   *
   * @param in the CSV file, not null
   * @param format the format (reading uses none of it but accepts both languages), not null
   * @return the table, not null
   * @throws TableFormatException if the file or a cell cannot be read; it names the row and column
   * @throws IOException if the stream fails
   */
  public static IndicatorResultsTable readCsv(InputStream in, TableFormat format) throws IOException {
    return read(List.of(CsvRows.read(in)), true);
  }

  /**
   * Reads the table from CSV text; a leading byte-order mark is skipped. The reader is not closed.
   *
   * @param in the CSV text, not null
   * @param format the format (reading uses none of it but accepts both languages), not null
   * @return the table, not null
   * @throws TableFormatException if a cell cannot be read; it names the row and column
   * @throws IOException if the reader fails
   */
  public static IndicatorResultsTable readCsv(Reader in, TableFormat format) throws IOException {
    return read(List.of(CsvRows.read(in)), true);
  }

  /**
   * Reads the table from an XLSX workbook, every sheet in order. Needs the optional dependency
   * {@code org.dhatim:fastexcel-reader}. The stream is not closed.
   *
   * @param in the XLSX file, not null
   * @param format the format (reading uses none of it but accepts both languages), not null
   * @return the table, not null
   * @throws TableFormatException if the file or a cell cannot be read; it names the sheet, row and
   *     column
   * @throws IllegalStateException if fastexcel-reader is missing
   * @throws IOException if the stream fails
   */
  public static IndicatorResultsTable readXlsx(InputStream in, TableFormat format) throws IOException {
    return read(Xlsx.read(in), false);
  }

  /**
   * Writes the table as CSV bytes: UTF-8 with a byte-order mark and CRLF when the format is for
   * Excel, plain UTF-8 and LF otherwise. The stream is flushed, not closed.
   *
   * @param out the stream, not null
   * @param format the language and CSV form, not null
   * @throws IllegalArgumentException if a value cannot be held by a cell; nothing is written then
   * @throws IOException if the stream fails
   */
  public void writeCsv(OutputStream out, TableFormat format) throws IOException {
    CsvRows.write(rows(format.language()), out, format);
  }

  /**
   * Writes the table as CSV text, with a leading byte-order mark when the format is for Excel. The
   * writer is flushed, not closed.
   *
   * @param out the writer, not null
   * @param format the language and CSV form, not null
   * @throws IllegalArgumentException if a value cannot be held by a cell; nothing is written then
   * @throws IOException if the writer fails
   */
  public void writeCsv(Writer out, TableFormat format) throws IOException {
    CsvRows.write(rows(format.language()), out, format);
  }

  /**
   * Writes the table as an XLSX workbook of one sheet, ผลตามตัวชี้วัด: a bold frozen header row,
   * numbers as numeric cells. Needs the optional dependency {@code org.dhatim:fastexcel}. The
   * stream is flushed, not closed.
   *
   * @param out the stream, not null
   * @param format the language, not null
   * @throws IllegalArgumentException if a value cannot be held by a cell; nothing is written then
   * @throws IllegalStateException if fastexcel is missing
   * @throws IOException if the stream fails
   */
  public void writeXlsx(OutputStream out, TableFormat format) throws IOException {
    Xlsx.write(List.of(new XlsxRows.SheetOut(Words.word("ผลตามตัวชี้วัด", "indicator results").in(format.language()),
        rows(format.language()))), out);
  }

  // Reading.

  /** One indicator being read: its first row, its text so far, its results by period. */
  private static final class Entry {
    final IndicatorResults.Builder builder;
    final int firstRow;
    Optional<String> text = Optional.empty();
    final Map<List<Object>, Integer> periods = new HashMap<>();

    Entry(IndicatorResults.Builder builder, int firstRow) {
      this.builder = builder;
      this.firstRow = firstRow;
    }
  }

  private static IndicatorResultsTable read(List<Grid.Sheet> sheets, boolean csv) {
    Map<IndicatorKey, Entry> entries = new LinkedHashMap<>();
    ResultCells.read(sheets, csv, (sheet, headerIndex, out) -> readSheet(sheet, headerIndex, entries));
    List<IndicatorResults> indicators = new ArrayList<>();
    for (Entry e : entries.values()) {
      indicators.add(e.builder.text(e.text).build());
    }
    return of(indicators);
  }

  private static void readSheet(Grid.Sheet sheet, int headerIndex, Map<IndicatorKey, Entry> entries) {
    Columns columns = Columns.of(sheet.rows().get(headerIndex), header -> ResultCells.identify(COLUMNS, header));
    ResultCells.require(columns, "the indicator results table", List.of(STRATEGY, CODE, YEAR),
        List.of(COLUMNS.get(0).header(), COLUMNS.get(1).header(), COLUMNS.get(4).header()));
    for (Grid.Row row : sheet.rows().subList(headerIndex + 1, sheet.rows().size())) {
      if (row.isBlank()) {
        continue;
      }
      Columns.Cells cells = columns.cells(row);
      cells.checkWidth();
      String strategy = cells.text(STRATEGY);
      Optional<String> code = cells.optionalText(CODE).filter(c -> !c.isBlank());
      int occurrence = occurrence(cells);
      IndicatorKey key = IndicatorKey.builder().strategy(strategy).code(code).occurrence(occurrence).build();
      Entry entry = entries.computeIfAbsent(key, k -> new Entry(IndicatorResults.builder().strategy(strategy).code(code)
          .occurrence(occurrence), row.number()));
      Optional<String> text = cells.optionalText(TEXT);
      if (text.isPresent()) {
        if (entry.text.isPresent() && !entry.text.equals(text)) {
          throw cells.error("indicator " + key + " has another text in an earlier row: one indicator has one text",
              TEXT, null);
        }
        entry.text = text;
      }
      PeriodResult result = result(cells);
      Integer first = entry.periods.putIfAbsent(List.of(result.year(), result.quarter()), row.number());
      if (first != null) {
        throw cells.rowError("indicator " + key + " has a second result for " + result.year()
            + result.quarter().map(q -> " quarter " + q.number()).orElse(" (whole year)") + ": the first is in row "
            + first);
      }
      entry.builder.addResult(result);
    }
  }

  private static int occurrence(Columns.Cells cells) {
    String s = cells.text(OCCURRENCE).strip();
    if (s.isEmpty()) {
      return 1;
    }
    try {
      int n = ThaiDigits.parseInt(s);
      if (n >= 1) {
        return n;
      }
    } catch (IllegalArgumentException e) {
      // refused below
    }
    throw cells.error("an occurrence is 1 or more, or blank for 1: " + Grid.quoted(s), OCCURRENCE, null);
  }

  private static PeriodResult result(Columns.Cells cells) {
    ResultStatus status = ResultCells.status(cells, STATUS, ResultCells.RESULT_STATUSES, ResultStatus.REPORTED);
    PeriodResult.Builder b = PeriodResult.builder().year(ResultCells.year(cells, YEAR))
        .quarter(ResultCells.quarter(cells, QUARTER)).status(status);
    try {
      // A dash or N/A typed beside a status that has no value says the same twice: it is no value.
      b.value(ValueCells.read(cells.raw(VALUE), ResultCells.VALUES)
          .filter(v -> status == ResultStatus.REPORTED || v.kind() != IndicatorValue.Kind.NOT_AVAILABLE));
    } catch (ValueCells.Refused e) {
      throw cells.error(e.getMessage(), VALUE, e);
    }
    b.numerator(ResultCells.count(cells, NUMERATOR)).denominator(ResultCells.count(cells, DENOMINATOR));
    cells.optionalText(SOURCE).ifPresent(b::source);
    b.date(ResultCells.date(cells, DATE));
    cells.optionalText(NOTE).ifPresent(b::note);
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw cells.rowError(e.getMessage());
    }
  }

  // Writing.

  private List<List<Grid.Out>> rows(TableFormat.Language language) {
    List<String> keys = COLUMNS.stream().map(IndicatorTable.Column::key).toList();
    List<List<Grid.Out>> rows = new ArrayList<>();
    rows.add(COLUMNS.stream().map(c -> (Grid.Out) Grid.text(c.header().in(language))).toList());
    for (IndicatorResults indicator : indicators()) {
      for (PeriodResult r : indicator.results()) {
        Grid.Out[] row = new Grid.Out[keys.size()];
        Arrays.fill(row, Grid.BLANK);
        try {
          row[keys.indexOf(STRATEGY)] = Grid.text(indicator.strategy());
          row[keys.indexOf(CODE)] = Grid.optional(indicator.code());
          if (indicator.occurrence() > 1) {
            row[keys.indexOf(OCCURRENCE)] = new Grid.Num(BigDecimal.valueOf(indicator.occurrence()), false);
          }
          row[keys.indexOf(TEXT)] = Grid.optional(indicator.text());
          row[keys.indexOf(YEAR)] = new Grid.Num(BigDecimal.valueOf(r.year().buddhistEraYear()), false);
          r.quarter().ifPresent(q -> row[keys.indexOf(QUARTER)] = new Grid.Num(BigDecimal.valueOf(q.number()), false));
          row[keys.indexOf(STATUS)] = Grid.text(ResultCells.RESULT_STATUSES.get(r.status()).in(language));
          r.value().ifPresent(v -> row[keys.indexOf(VALUE)] = valueCell(v, language));
          r.numerator().ifPresent(n -> row[keys.indexOf(NUMERATOR)] = new Grid.Num(n, false));
          r.denominator().ifPresent(d -> row[keys.indexOf(DENOMINATOR)] = new Grid.Num(d, false));
          row[keys.indexOf(SOURCE)] = Grid.optional(r.source());
          r.date().ifPresent(d -> row[keys.indexOf(DATE)] = Grid.text(d.toString()));
          row[keys.indexOf(NOTE)] = Grid.optional(r.note());
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("indicator " + indicator.key() + " " + r.year() + ": " + e.getMessage(), e);
        }
        rows.add(List.of(row));
      }
    }
    return rows;
  }

  private static Grid.Out valueCell(IndicatorValue value, TableFormat.Language language) {
    return ValueCells.write(value, ResultCells.VALUES, language);
  }
}
