package io.github.eduplan.table;

import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.ElementNumber;
import io.github.eduplan.results.ProjectProgress;
import io.github.eduplan.results.ProjectStatus;
import io.github.eduplan.results.ResultsDocument;
import io.github.eduplan.time.Quarter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The quarterly spending table (ตารางผลการเบิกจ่ายงบประมาณรายไตรมาส) of a results document, as offices
 * keep it in Excel, read from and written to CSV and XLSX: one row per project and fiscal year, with
 * its status and what it spent in each quarter.
 *
 * <pre>
 * ที่ | โครงการ | ปีงบประมาณ | สถานะ | เบิกจ่ายไตรมาส 1 | เบิกจ่ายไตรมาส 2 | เบิกจ่ายไตรมาส 3 |
 *   เบิกจ่ายไตรมาส 4 | หมายเหตุ
 * </pre>
 *
 * <p><b>What the table covers.</b> The document's {@link ResultsDocument#projects() projects} with
 * every attribute: number, title, year, status, the amount spent in each quarter reported, note. A
 * blank quarter is not reported, which is not 0; a dash is 0, as accounts write nil. What the plan
 * gives each project (budget, quarterly plan) is the plan's and is not repeated here. Reading what
 * was written gives an equal table, in CSV and XLSX alike ({@code docs/results.md}).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class SpendingTable {
  static final String NUMBER = "number";
  static final String TITLE = "title";
  static final String YEAR = "year";
  static final String STATUS = "status";
  static final String NOTE = "note";
  private static final List<String> QUARTERS = List.of("q1", "q2", "q3", "q4");

  private static final List<IndicatorTable.Column> COLUMNS = List.of(
      new IndicatorTable.Column(NUMBER, Words.word("ที่", "number")),
      new IndicatorTable.Column(TITLE, Words.word("โครงการ", "project")),
      new IndicatorTable.Column(YEAR, Words.word("ปีงบประมาณ", "fiscal year")),
      new IndicatorTable.Column(STATUS, Words.word("สถานะ", "status")),
      new IndicatorTable.Column("q1", Words.word("เบิกจ่ายไตรมาส 1", "spent quarter 1")),
      new IndicatorTable.Column("q2", Words.word("เบิกจ่ายไตรมาส 2", "spent quarter 2")),
      new IndicatorTable.Column("q3", Words.word("เบิกจ่ายไตรมาส 3", "spent quarter 3")),
      new IndicatorTable.Column("q4", Words.word("เบิกจ่ายไตรมาส 4", "spent quarter 4")),
      new IndicatorTable.Column(NOTE, Words.word("หมายเหตุ", "note")));

  SpendingTable() {}

  /**
   * Returns the projects' progress, in row order.
   *
   * @return the progress, not null
   */
  public abstract List<ProjectProgress> projects();

  /**
   * Returns the table of some projects' progress.
   *
   * @param projects the progress, not null
   * @return the table, not null
   */
  public static SpendingTable of(List<ProjectProgress> projects) {
    return ImmutableSpendingTable.builder().projects(projects).build();
  }

  /**
   * Returns the table of a results document's projects.
   *
   * @param document the document, not null
   * @return the table, not null
   */
  public static SpendingTable of(ResultsDocument document) {
    return of(document.projects());
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
  public static SpendingTable readCsv(InputStream in, TableFormat format) throws IOException {
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
  public static SpendingTable readCsv(Reader in, TableFormat format) throws IOException {
    return read(List.of(CsvRows.read(in)), true);
  }

  /**
   * Reads the table from an XLSX workbook, every sheet in order. Amounts may be numeric or text
   * cells, in Thai or Arabic digits. Needs the optional dependency
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
  public static SpendingTable readXlsx(InputStream in, TableFormat format) throws IOException {
    return read(Xlsx.read(in), false);
  }

  /**
   * Writes the table as CSV bytes: UTF-8 with a byte-order mark and CRLF when the format is for
   * Excel, plain UTF-8 and LF otherwise. The stream is flushed, not closed.
   *
   * @param out the stream, not null
   * @param format the language and CSV form, not null
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
   * @throws IOException if the writer fails
   */
  public void writeCsv(Writer out, TableFormat format) throws IOException {
    CsvRows.write(rows(format.language()), out, format);
  }

  /**
   * Writes the table as an XLSX workbook of one sheet, การเบิกจ่าย: a bold frozen header row, amounts
   * as numeric cells with a thousands separator and two decimals. Needs the optional dependency
   * {@code org.dhatim:fastexcel}. The stream is flushed, not closed.
   *
   * @param out the stream, not null
   * @param format the language, not null
   * @throws IllegalStateException if fastexcel is missing
   * @throws IOException if the stream fails
   */
  public void writeXlsx(OutputStream out, TableFormat format) throws IOException {
    Xlsx.write(List.of(new XlsxRows.SheetOut(Words.word("การเบิกจ่าย", "spending").in(format.language()),
        rows(format.language()))), out);
  }

  // Reading.

  private static SpendingTable read(List<Grid.Sheet> sheets, boolean csv) {
    Map<List<Object>, Integer> seen = new HashMap<>();
    return of(ResultCells.read(sheets, csv, (sheet, headerIndex, out) -> readSheet(sheet, headerIndex, out, seen)));
  }

  private static void readSheet(Grid.Sheet sheet, int headerIndex, List<ProjectProgress> out,
      Map<List<Object>, Integer> seen) {
    Columns columns = Columns.of(sheet.rows().get(headerIndex), header -> ResultCells.identify(COLUMNS, header));
    ResultCells.require(columns, "the spending table", List.of(NUMBER, YEAR, STATUS),
        List.of(COLUMNS.get(0).header(), COLUMNS.get(2).header(), COLUMNS.get(3).header()));
    for (Grid.Row row : sheet.rows().subList(headerIndex + 1, sheet.rows().size())) {
      if (row.isBlank()) {
        continue;
      }
      Columns.Cells cells = columns.cells(row);
      cells.checkWidth();
      String number = cells.text(NUMBER);
      if (number.isBlank()) {
        throw cells.error("a row needs the project's number", NUMBER, null);
      }
      ProjectProgress.Builder p = ProjectProgress.builder().number(number).year(ResultCells.year(cells, YEAR))
          .status(ResultCells.status(cells, STATUS, ResultCells.PROJECT_STATUSES, null));
      cells.optionalText(TITLE).ifPresent(p::title);
      for (Quarter q : Quarter.values()) {
        ResultCells.spent(cells, QUARTERS.get(q.ordinal())).ifPresent(amount -> p.putSpent(q, amount));
      }
      cells.optionalText(NOTE).ifPresent(p::note);
      ProjectProgress progress = p.build();
      Integer first = seen.putIfAbsent(List.of(ElementNumber.key(number), progress.year()), row.number());
      if (first != null) {
        throw cells.error("project " + number + " is given a second time for " + progress.year()
            + ": the first is in row " + first, NUMBER, null);
      }
      out.add(progress);
    }
  }

  // Writing.

  private List<List<Grid.Out>> rows(TableFormat.Language language) {
    List<String> keys = COLUMNS.stream().map(IndicatorTable.Column::key).toList();
    List<List<Grid.Out>> rows = new ArrayList<>();
    rows.add(COLUMNS.stream().map(c -> (Grid.Out) Grid.text(c.header().in(language))).toList());
    for (ProjectProgress p : projects()) {
      Grid.Out[] row = new Grid.Out[keys.size()];
      Arrays.fill(row, Grid.BLANK);
      row[keys.indexOf(NUMBER)] = Grid.text(p.number());
      row[keys.indexOf(TITLE)] = Grid.optional(p.title());
      row[keys.indexOf(YEAR)] = new Grid.Num(BigDecimal.valueOf(p.year().buddhistEraYear()), false);
      row[keys.indexOf(STATUS)] = Grid.text(ResultCells.PROJECT_STATUSES.get(p.status()).in(language));
      for (Map.Entry<Quarter, Baht> e : p.spent().entrySet()) {
        row[keys.indexOf(QUARTERS.get(e.getKey().ordinal()))] = new Grid.Num(e.getValue().amount(), true);
      }
      row[keys.indexOf(NOTE)] = Grid.optional(p.note());
      rows.add(List.of(row));
    }
    return rows;
  }
}
