package io.github.eduplan.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
import tools.jackson.dataformat.csv.CsvWriteFeature;

/** Reads and writes the rows of a CSV table: UTF-8 with or without a byte-order mark, CRLF or LF. */
final class CsvRows {
  /** The most bytes a CSV file may have: the character limit in three-byte Thai letters, and some. */
  static final int MAX_BYTES = 64 << 20;
  private static final char BOM = '\uFEFF';

  private static final CsvMapper MAPPER = CsvMapper.builder(CsvFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxDocumentLength(Grid.MAX_TABLE_LENGTH)
              .maxStringLength(Grid.MAX_CELL_LENGTH)
              .build())
          .build())
      .enable(CsvReadFeature.WRAP_AS_ARRAY)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      // Quote a cell only when CSV needs it (a comma, a quote, a line break), not for every space.
      .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
      .build();

  private CsvRows() {}

  /** Reads UTF-8 bytes, refusing bytes that are not UTF-8 at the row they are on. */
  static Grid.Sheet read(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new TableFormatException("a CSV table has at most " + MAX_BYTES + " bytes", -1, -1, "", null);
    }
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
      throw new TableFormatException("the file is UTF-16 text (Excel's \"Unicode Text\"): save it as \"CSV UTF-8\"",
          -1, -1, "", null);
    } else if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
      throw new TableFormatException("the file is a zip archive, such as XLSX, not CSV: read it with readXlsx",
          -1, -1, "", null);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer src = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer chars = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(src, chars, true);
    if (result.isError()) {
      int line = 1;
      for (int i = start; i < src.position(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new TableFormatException("not UTF-8: byte " + (src.position() + 1) + " of the file; save it as \"CSV UTF-8\"",
          line, -1, "", null);
    }
    decoder.flush(chars);
    chars.flip();
    return parse(new StringReader(chars.toString()));
  }

  /** Reads characters, dropping a leading byte-order mark. */
  static Grid.Sheet read(Reader in) throws IOException {
    PushbackReader pushback = new PushbackReader(in, 1);
    int first = pushback.read();
    if (first >= 0 && first != BOM) {
      pushback.unread(first);
    }
    return parse(pushback);
  }

  private static Grid.Sheet parse(Reader in) throws IOException {
    List<Grid.Row> rows = new ArrayList<>();
    int lastLine = 0;
    try (MappingIterator<String[]> it =
        MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(in)) {
      while (it.hasNextValue()) {
        int line = it.currentLocation().getLineNr();
        if (rows.size() == Grid.MAX_ROWS) {
          throw new TableFormatException("a table has at most " + Grid.MAX_ROWS + " rows", line, -1, "", null);
        }
        String[] cells = it.nextValue();
        if (cells.length > Grid.MAX_CELLS) {
          throw new TableFormatException("a row has at most " + Grid.MAX_CELLS + " cells, this one has "
              + cells.length, line, -1, "", null);
        }
        lastLine = line;
        rows.add(new Grid.Row("", line, Arrays.asList(cells)));
      }
    } catch (JacksonIOException e) {
      throw e.getCause();
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? lastLine + 1 : e.getLocation().getLineNr();
      throw new TableFormatException("not valid CSV: " + e.getOriginalMessage(), line, -1, "", e);
    }
    return new Grid.Sheet("", rows);
  }

  /** Writes UTF-8 bytes: the same as {@link #write(List, Writer, TableFormat)}, encoded. */
  static void write(List<List<Grid.Out>> rows, OutputStream out, TableFormat format) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    Writer writer = new OutputStreamWriter(buffer, StandardCharsets.UTF_8);
    write(rows, writer, format);
    writer.flush();
    buffer.writeTo(out);
    out.flush();
  }

  /** Writes the rows, a byte-order mark and CRLF line ends when the format is for Excel. */
  static void write(List<List<Grid.Out>> rows, Writer out, TableFormat format) throws IOException {
    List<List<String>> stored = new ArrayList<>(rows.size());
    for (List<Grid.Out> row : rows) {
      List<String> cells = new ArrayList<>(row.size());
      row.forEach(c -> cells.add(Grid.stored(c)));
      stored.add(cells);
    }
    if (format.csvForExcel()) {
      out.write(BOM);
    }
    CsvSchema schema = CsvSchema.emptySchema().withLineSeparator(format.csvForExcel() ? "\r\n" : "\n");
    try {
      MAPPER.writerFor(List.class).with(schema).writeValue(out, stored);
    } catch (JacksonIOException e) {
      throw e.getCause();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
  }
}
