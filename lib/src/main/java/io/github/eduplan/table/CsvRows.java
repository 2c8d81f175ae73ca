package io.github.eduplan.table;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/** Rows of plain CSV cells with the line each starts on; the shared reading and writing of both tables. */
final class CsvRows {
  /** The most characters a table may have: a plan's tables are well under a million. */
  static final long MAX_TABLE_LENGTH = 16L << 20;
  /** The most characters in one cell; the same bound as a string in a plan document. */
  static final int MAX_CELL_LENGTH = 1_000_000;
  /** The most rows, header included: a plan's tables have some hundreds. */
  static final int MAX_ROWS = 100_000;
  /** The most cells in one row: a table has at most some tens of columns. */
  static final int MAX_CELLS = 1_000;
  /** How much of a refused cell an error message quotes. */
  private static final int QUOTED = 60;

  private static final CsvMapper MAPPER = CsvMapper.builder(CsvFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxDocumentLength(MAX_TABLE_LENGTH)
              .maxStringLength(MAX_CELL_LENGTH)
              .build())
          .build())
      .enable(CsvReadFeature.WRAP_AS_ARRAY)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  /** One row: its cells and the 1-based line where it starts. */
  static final class Row {
    final int line;
    final List<String> cells;

    Row(int line, List<String> cells) {
      this.line = line;
      this.cells = cells;
    }

    String cell(int index) {
      return index < cells.size() ? cells.get(index) : "";
    }

    boolean isBlank() {
      return cells.stream().allMatch(String::isBlank);
    }
  }

  private CsvRows() {}

  static List<Row> read(Reader in) throws IOException {
    List<Row> rows = new ArrayList<>();
    int lastLine = 0;
    try (MappingIterator<String[]> it =
        MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(in)) {
      while (it.hasNextValue()) {
        int line = it.currentLocation().getLineNr();
        if (rows.size() == MAX_ROWS) {
          throw new TableFormatException("a table has at most " + MAX_ROWS + " rows", line, -1, "", null);
        }
        String[] cells = it.nextValue();
        if (cells.length > MAX_CELLS) {
          throw new TableFormatException("a row has at most " + MAX_CELLS + " cells, this one has "
              + cells.length, line, -1, "", null);
        }
        lastLine = line;
        rows.add(new Row(line, List.copyOf(Arrays.asList(cells))));
      }
    } catch (JacksonIOException e) {
      throw e.getCause();
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? lastLine + 1 : e.getLocation().getLineNr();
      throw new TableFormatException("not valid CSV: " + e.getOriginalMessage(), line, -1, "", e);
    }
    return rows;
  }

  /** Quotes a cell for an error message: all of it, or its start and its length when it is long. */
  static String quoted(String cell) {
    return cell.length() <= QUOTED
        ? "'" + cell + "'"
        : "'" + cell.substring(0, QUOTED) + "…' (" + cell.length() + " characters)";
  }

  static void write(Writer out, List<List<String>> rows) throws IOException {
    try {
      MAPPER.writerFor(List.class).with(CsvSchema.emptySchema()).writeValue(out, rows);
    } catch (JacksonIOException e) {
      throw e.getCause();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
