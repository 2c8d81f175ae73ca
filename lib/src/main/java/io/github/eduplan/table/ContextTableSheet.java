package io.github.eduplan.table;

import io.github.eduplan.model.ContextRow;
import io.github.eduplan.model.ContextTable;
import io.github.eduplan.model.ContextTableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A context table of a plan's situation analysis (ตารางข้อมูลพื้นฐาน) as an office keeps it in a
 * spreadsheet, read from and written to CSV and XLSX: its heading rows, then one row per line of
 * the table, the row labels in the first columns and the cells after them, every cell as printed.
 *
 * <pre>
 * อำเภอ    | จำนวนประชากร (คน) | จำนวนประชากร (คน) | จำนวนประชากร (คน)
 *          | ชาย              | หญิง             | รวม
 * แม่สอด   | 30,227           | 29,043           | 59,270
 * </pre>
 *
 * <p>The layout ({@link Layout}) says how many heading rows and label columns there are. Each
 * column's heading is the path of its heading cells from the top down; a blank heading cell above
 * the last heading row takes the one to its left, as a merged cell of a spreadsheet shows it. The
 * label columns' headings are the last heading row's. Cells keep their text exactly (Thai digits,
 * "-", "1:19"); a numeric cell of a workbook is read as its plain digits. Blank rows are skipped.
 * The title comes from the layout, and what derives from what is declared on the table read
 * ({@link ContextTable.Builder#addDerivation}): a spreadsheet does not say it.
 *
 * <p>Writing writes the headings in full and every cell as text, so reading what was written
 * gives an equal table (title, label headings, columns and rows; derivations, keys and notes are
 * not written). Errors name the row and the column ({@link TableFormatException}).
 */
public final class ContextTableSheet {
  private ContextTableSheet() {}

  /**
   * How a context table sits in a sheet.
   *
   * @param title the table's title, not null
   * @param headingRows the heading rows at the top, 0 to 10
   * @param labelColumns the label columns at the left, 0 to 10
   */
  public record Layout(String title, int headingRows, int labelColumns) {
    /**
     * Checks the layout.
     *
     * @param title the table's title, not null
     * @param headingRows the heading rows at the top, 0 to 10
     * @param labelColumns the label columns at the left, 0 to 10
     * @throws IllegalArgumentException if a count is outside 0 to 10
     */
    public Layout {
      Objects.requireNonNull(title, "title");
      if (headingRows < 0 || headingRows > 10 || labelColumns < 0 || labelColumns > 10) {
        throw new IllegalArgumentException("a layout has 0 to 10 heading rows and label columns: "
            + headingRows + ", " + labelColumns);
      }
    }

    /**
     * Returns the layout of a table as written: as many heading rows as its deepest column heading
     * and as many label columns as its longest row label, at least one each when it has any.
     *
     * @param table the table, not null
     * @return the layout, not null
     */
    public static Layout of(ContextTable table) {
      int levels = table.columns().stream().mapToInt(List::size).max().orElse(0);
      int labels = Math.max(table.labelHeadings().size(),
          table.rows().stream().mapToInt(r -> r.labels().size()).max().orElse(0));
      return new Layout(table.title(), levels, labels);
    }
  }

  /**
   * Reads a context table from CSV bytes: UTF-8 with or without a byte-order mark. The stream is not
   * closed.
   *
   * @param in the CSV file, not null
   * @param layout where the headings and labels are, not null
   * @return the table, not null
   * @throws TableFormatException if the file or a row cannot be read; it names the row and column
   * @throws IOException if the stream fails
   */
  public static ContextTable readCsv(InputStream in, Layout layout) throws IOException {
    return read(CsvRows.read(in), layout);
  }

  /**
   * Reads a context table from CSV text. The reader is not closed.
   *
   * @param in the CSV text, not null
   * @param layout where the headings and labels are, not null
   * @return the table, not null
   * @throws TableFormatException if a row cannot be read; it names the row and column
   * @throws IOException if the reader fails
   */
  public static ContextTable readCsv(Reader in, Layout layout) throws IOException {
    return read(CsvRows.read(in), layout);
  }

  /**
   * Reads a context table from the first sheet of an XLSX workbook that has a row. Needs the
   * optional dependency {@code org.dhatim:fastexcel-reader}. The stream is not closed.
   *
   * @param in the XLSX file, not null
   * @param layout where the headings and labels are, not null
   * @return the table, not null
   * @throws TableFormatException if the file or a row cannot be read; it names the sheet, row and
   *     column
   * @throws IllegalStateException if fastexcel-reader is missing
   * @throws IOException if the stream fails
   */
  public static ContextTable readXlsx(InputStream in, Layout layout) throws IOException {
    for (Grid.Sheet sheet : Xlsx.read(in)) {
      if (sheet.rows().stream().anyMatch(r -> !r.isBlank())) {
        return read(sheet, layout);
      }
    }
    throw new TableFormatException("the workbook has no row", 1, -1, "", null);
  }

  /**
   * Writes a context table as CSV bytes, in the layout {@link Layout#of} gives it: UTF-8 with a
   * byte-order mark and CRLF when the format is for Excel. The stream is flushed, not closed.
   *
   * @param table the table, not null
   * @param out the stream, not null
   * @param format the CSV form, not null
   * @throws IOException if the stream fails
   */
  public static void writeCsv(ContextTable table, OutputStream out, TableFormat format) throws IOException {
    CsvRows.write(rows(table), out, format);
  }

  /**
   * Writes a context table as CSV text. The writer is flushed, not closed.
   *
   * @param table the table, not null
   * @param out the writer, not null
   * @param format the CSV form, not null
   * @throws IOException if the writer fails
   */
  public static void writeCsv(ContextTable table, Writer out, TableFormat format) throws IOException {
    CsvRows.write(rows(table), out, format);
  }

  /**
   * Writes a context table as an XLSX workbook of one sheet named by its number or ตาราง, every
   * cell as text. Needs the optional dependency {@code org.dhatim:fastexcel}. The stream is
   * flushed, not closed.
   *
   * @param table the table, not null
   * @param out the stream, not null
   * @throws IllegalStateException if fastexcel is missing
   * @throws IOException if the stream fails
   */
  public static void writeXlsx(ContextTable table, OutputStream out) throws IOException {
    Xlsx.write(List.of(new XlsxRows.SheetOut(sheetName(table), rows(table))), out);
  }

  private static String sheetName(ContextTable table) {
    // A sheet name has at most 31 characters and none of : \ / ? * [ ].
    String name = table.number().map(n -> "ตาราง " + n).orElse("ตาราง").replaceAll("[:\\\\/?*\\[\\]]", " ");
    return name.length() > 31 ? name.substring(0, 31) : name;
  }

  private static List<List<Grid.Out>> rows(ContextTable table) {
    Layout layout = Layout.of(table);
    List<List<Grid.Out>> out = new ArrayList<>();
    for (int level = 0; level < layout.headingRows(); level++) {
      List<Grid.Out> row = new ArrayList<>();
      for (int l = 0; l < layout.labelColumns(); l++) {
        boolean last = level == layout.headingRows() - 1;
        row.add(last && l < table.labelHeadings().size() ? literal(table.labelHeadings().get(l)) : Grid.BLANK);
      }
      for (List<String> heading : table.columns()) {
        row.add(level < heading.size() ? literal(heading.get(level)) : Grid.BLANK);
      }
      out.add(row);
    }
    for (ContextRow r : table.rows()) {
      List<Grid.Out> row = new ArrayList<>();
      for (int l = 0; l < layout.labelColumns(); l++) {
        row.add(l < r.labels().size() ? literal(r.labels().get(l)) : Grid.BLANK);
      }
      r.cells().forEach(c -> row.add(literal(c)));
      out.add(row);
    }
    return out;
  }

  /** Text read back as written: marked when it is empty-looking or could be taken for a formula. */
  private static Grid.Text literal(String text) {
    return new Grid.Text(text, text.isBlank() && !text.isEmpty());
  }

  private static ContextTable read(Grid.Sheet sheet, Layout layout) {
    List<Grid.Row> rows = sheet.rows();
    int first = 0;
    while (first < rows.size() && rows.get(first).isBlank()) {
      first++;
    }
    if (first + layout.headingRows() > rows.size()) {
      throw new TableFormatException("the table needs " + layout.headingRows() + " heading row(s)", sheet.name(),
          rows.isEmpty() ? 1 : rows.get(rows.size() - 1).number(), -1, "", null);
    }
    List<Grid.Row> headings = rows.subList(first, first + layout.headingRows());
    int width = 0;
    for (Grid.Row h : headings) {
      width = Math.max(width, lastNonBlank(h) + 1);
    }
    int columns = Math.max(0, width - layout.labelColumns());
    ContextTable.Builder b = ContextTable.builder().title(layout.title());
    if (!headings.isEmpty()) {
      Grid.Row last = headings.get(headings.size() - 1);
      List<String> labelHeadings = new ArrayList<>();
      for (int l = 0; l < layout.labelColumns(); l++) {
        labelHeadings.add(cell(last, l));
      }
      while (!labelHeadings.isEmpty() && labelHeadings.get(labelHeadings.size() - 1).isEmpty()) {
        labelHeadings.remove(labelHeadings.size() - 1);
      }
      b.labelHeadings(labelHeadings);
      String[] above = new String[headings.size()];
      for (int c = 0; c < columns; c++) {
        List<String> path = new ArrayList<>();
        for (int level = 0; level < headings.size(); level++) {
          String text = cell(headings.get(level), layout.labelColumns() + c);
          if (text.isEmpty() && level < headings.size() - 1 && above[level] != null) {
            // A merged heading: the cell to the left stands for it.
            text = above[level];
          }
          above[level] = text;
          if (!text.isEmpty()) {
            path.add(text);
          }
        }
        b.addColumn(path);
      }
    }
    for (Grid.Row row : rows.subList(first + layout.headingRows(), rows.size())) {
      if (row.isBlank()) {
        continue;
      }
      if (lastNonBlank(row) >= layout.labelColumns() + columns && !headings.isEmpty()) {
        int c = lastNonBlank(row) + 1;
        throw new TableFormatException("the row has a cell right of the last heading", sheet.name(), row.number(),
            c, "", null);
      }
      int n = headings.isEmpty() ? Math.max(0, row.cells().size() - layout.labelColumns()) : columns;
      ContextRow.Builder r = ContextRow.builder();
      for (int l = 0; l < layout.labelColumns(); l++) {
        r.addLabel(cell(row, l));
      }
      for (int c = 0; c < n; c++) {
        r.addCell(cell(row, layout.labelColumns() + c));
      }
      b.addRow(r.build());
    }
    try {
      return b.build();
    } catch (ContextTableException e) {
      // Without headings, a row wider or narrower than the first.
      int index = e.path().startsWith("rows[") ? Integer.parseInt(e.path().substring(5, e.path().indexOf(']'))) : -1;
      throw new TableFormatException(e.getMessage(), sheet.name(), index < 0 ? -1 : dataRow(rows, first, layout, index),
          -1, "", e);
    }
  }

  /** The 1-based row number of the index-th row that is not blank after the headings. */
  private static int dataRow(List<Grid.Row> rows, int first, Layout layout, int index) {
    int seen = 0;
    for (Grid.Row row : rows.subList(first + layout.headingRows(), rows.size())) {
      if (!row.isBlank() && seen++ == index) {
        return row.number();
      }
    }
    return -1;
  }

  private static String cell(Grid.Row row, int index) {
    return Grid.unmarked(row.raw(index));
  }

  private static int lastNonBlank(Grid.Row row) {
    for (int i = row.cells().size() - 1; i >= 0; i--) {
      if (!row.raw(i).isEmpty()) {
        return i;
      }
    }
    return -1;
  }
}
