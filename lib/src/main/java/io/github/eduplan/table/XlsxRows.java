package io.github.eduplan.table;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.Enumeration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * Reads and writes the rows of an XLSX workbook with fastexcel. The only class that names
 * fastexcel: {@link Xlsx} checks that its jars are there before this class is touched.
 *
 * <p>Reading never lets fastexcel see an archive this class has not measured: it unzips every part
 * once, counting what it unzips (a zip bomb stops at {@link #MAX_UNZIPPED} bytes), and hands
 * fastexcel a fresh archive of exactly those parts, so that no trick of a zip's two directories can
 * show fastexcel another file.
 */
final class XlsxRows {
  /** The most bytes an XLSX file may have. */
  static final int MAX_BYTES = 16 << 20;
  /** The most bytes its parts may unzip to, all together. */
  static final long MAX_UNZIPPED = 64L << 20;
  /** The most parts (files) in the archive: a workbook of some sheets has some tens. */
  static final int MAX_PARTS = 1_000;
  /** A column holds at most this many characters' width. */
  private static final double MAX_WIDTH = 60;
  /** Excel keeps 15 significant digits of a number: a longer one is written as text. */
  private static final int EXCEL_DIGITS = 15;
  private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

  private XlsxRows() {}

  /** One sheet to write: its name and rows; the first row is the header. */
  record SheetOut(String name, List<List<Grid.Out>> rows) {}

  static List<Grid.Sheet> read(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw fileError("an XLSX file has at most " + MAX_BYTES + " bytes", null);
    }
    if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF
        && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0) {
      throw fileError("the file is an Excel 97-2003 workbook (.xls): save it as .xlsx", null);
    }
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
      throw fileError("not an XLSX file: an XLSX file is a zip archive, and this one does not start as one", null);
    }
    byte[] checked = rezipped(bytes);
    List<Grid.Sheet> sheets = new ArrayList<>();
    long[] characters = {0};
    int[] rowCount = {0};
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(checked))) {
      for (Iterator<org.dhatim.fastexcel.reader.Sheet> it = workbook.getSheets().iterator(); it.hasNext(); ) {
        org.dhatim.fastexcel.reader.Sheet sheet = it.next();
        String name = sheet.getName() == null ? "" : sheet.getName();
        List<Grid.Row> rows = new ArrayList<>();
        try (Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream()) {
          for (Iterator<org.dhatim.fastexcel.reader.Row> r = stream.iterator(); r.hasNext(); ) {
            rows.add(row(name, r.next(), characters, rowCount));
          }
        }
        sheets.add(new Grid.Sheet(name, rows));
      }
    } catch (TableFormatException e) {
      throw e;
    } catch (UncheckedIOException e) {
      throw fileError("not a valid XLSX file: " + e.getCause().getMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw fileError("not a valid XLSX file: " + e.getMessage(), e);
    }
    return sheets;
  }

  private static TableFormatException fileError(String problem, Throwable cause) {
    return new TableFormatException(problem, -1, -1, "", cause);
  }

  /**
   * The archive's parts as its central directory lists them (where fastexcel would look), each
   * unzipped once and counted, in a fresh archive without compression.
   */
  private static byte[] rezipped(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 2);
    long unzipped = 0;
    int parts = 0;
    Set<String> names = new HashSet<>();
    byte[] buffer = new byte[8192];
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
        ZipOutputStream fresh = new ZipOutputStream(out)) {
      for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
        ZipArchiveEntry entry = entries.nextElement();
        if (++parts > MAX_PARTS) {
          throw fileError("an XLSX file has at most " + MAX_PARTS + " parts", null);
        }
        if (entry.isDirectory()) {
          continue;
        }
        if (!names.add(entry.getName().toLowerCase(Locale.ROOT))) {
          throw fileError("the XLSX archive holds " + Grid.quoted(entry.getName()) + " twice", null);
        }
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        try (InputStream content = zip.getInputStream(entry)) {
          for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
            unzipped += n;
            if (unzipped > MAX_UNZIPPED) {
              throw fileError("the XLSX file unzips to more than " + MAX_UNZIPPED
                  + " bytes: a table is far smaller, so this is refused as a zip bomb", null);
            }
            part.write(buffer, 0, n);
          }
        }
        byte[] content = part.toByteArray();
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setMethod(ZipEntry.STORED);
        copy.setSize(content.length);
        copy.setCompressedSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        copy.setCrc(crc.getValue());
        fresh.putNextEntry(copy);
        fresh.write(content);
        fresh.closeEntry();
      }
      if (names.isEmpty()) {
        throw fileError("not an XLSX file: the zip archive is empty", null);
      }
    } catch (TableFormatException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw fileError("not an XLSX file: a broken zip archive (" + e.getMessage() + ")", e);
    }
    return out.toByteArray();
  }

  private static Grid.Row row(String sheet, org.dhatim.fastexcel.reader.Row row, long[] characters, int[] rowCount) {
    int number = row.getRowNum();
    if (++rowCount[0] > Grid.MAX_ROWS) {
      throw new TableFormatException("a table has at most " + Grid.MAX_ROWS + " rows", sheet, number, -1, "", null);
    }
    int width = 0;
    for (Cell cell : row) {
      if (cell != null && !text(cell).isEmpty()) {
        width = Math.max(width, cell.getColumnIndex() + 1);
      }
    }
    if (width > Grid.MAX_CELLS) {
      throw new TableFormatException("a row has at most " + Grid.MAX_CELLS + " cells, this one has "
          + width, sheet, number, -1, "", null);
    }
    String[] cells = new String[width];
    java.util.Arrays.fill(cells, "");
    for (Cell cell : row) {
      if (cell == null || cell.getColumnIndex() >= width) {
        continue;
      }
      String text = text(cell);
      if (text.length() > Grid.MAX_CELL_LENGTH) {
        throw new TableFormatException("a cell has at most " + Grid.MAX_CELL_LENGTH + " characters, this one has "
            + text.length(), sheet, number, cell.getColumnIndex() + 1, "", null);
      }
      characters[0] += text.length();
      if (characters[0] > Grid.MAX_TABLE_LENGTH) {
        throw new TableFormatException("a table has at most " + Grid.MAX_TABLE_LENGTH + " characters",
            sheet, number, cell.getColumnIndex() + 1, "", null);
      }
      cells[cell.getColumnIndex()] = text;
    }
    return new Grid.Row(sheet, number, List.of(cells));
  }

  /** A cell as text: a number in plain digits, a formula by its last computed value, Excel's escapes undone. */
  private static String text(Cell cell) {
    switch (cell.getType()) {
      case EMPTY:
        return "";
      case NUMBER:
        return number(cell.getRawValue());
      case BOOLEAN:
        return Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
      case FORMULA: {
        String raw = cell.getRawValue() == null ? "" : cell.getRawValue();
        return raw.matches("-?[0-9]+(\\.[0-9]+)?([Ee][-+]?[0-9]+)?") ? number(raw) : unescaped(raw);
      }
      case STRING:
        return cell.getValue() == null ? "" : unescaped(cell.getValue().toString());
      default:
        return cell.getRawValue() == null ? "" : cell.getRawValue();
    }
  }

  /** Plain digits of a stored number; a number with an absurd exponent is kept as stored, to be refused later. */
  private static String number(String raw) {
    if (raw == null) {
      return "";
    }
    try {
      BigDecimal value = new BigDecimal(raw.strip());
      return Math.abs(value.scale()) > 100 ? raw : value.toPlainString();
    } catch (NumberFormatException e) {
      return raw;
    }
  }

  /** Undoes Excel's _xHHHH_ escapes, which it uses for characters XML cannot hold (a carriage return). */
  static String unescaped(String s) {
    if (s.indexOf("_x") < 0) {
      return s;
    }
    Matcher m = ESCAPED.matcher(s);
    StringBuilder sb = new StringBuilder(s.length());
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** Escapes what XML cannot hold (control characters, a carriage return, lone surrogates) as Excel does, and "_x" itself. */
  static String escaped(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean surrogate = Character.isSurrogate(c);
      boolean paired = surrogate && (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
          || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
      boolean bad = c < 0x20 && c != '\t' && c != '\n' || c == 0xFFFE || c == 0xFFFF || surrogate && !paired
          || c == '_' && ESCAPED.matcher(s).region(i, s.length()).lookingAt();
      if (bad && sb == null) {
        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (sb != null) {
        if (bad) {
          sb.append(String.format("_x%04X_", (int) c));
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? s : sb.toString();
  }

  static void write(List<SheetOut> sheets, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "eduplan", "1.0");
    Set<String> used = new HashSet<>();
    for (SheetOut sheet : sheets) {
      Worksheet ws = workbook.newWorksheet(sheetName(sheet.name(), used));
      int columns = 0;
      for (List<Grid.Out> row : sheet.rows()) {
        columns = Math.max(columns, row.size());
      }
      double[] widths = new double[columns];
      for (int r = 0; r < sheet.rows().size(); r++) {
        List<Grid.Out> row = sheet.rows().get(r);
        for (int c = 0; c < row.size(); c++) {
          Grid.Out cell = row.get(c);
          String shown = Grid.stored(cell);
          if (cell instanceof Grid.Num n && n.value().precision() <= EXCEL_DIGITS) {
            ws.value(r, c, n.value());
            if (n.baht()) {
              ws.style(r, c).format("#,##0.00").set();
            }
          } else if (!shown.isEmpty()) {
            ws.value(r, c, escaped(shown));
            if (r > 0 && (shown.indexOf('\n') >= 0 || width(shown) > MAX_WIDTH)) {
              ws.style(r, c).wrapText(true).set();
            }
          }
          widths[c] = Math.max(widths[c], width(shown));
        }
        if (r == 0) {
          for (int c = 0; c < row.size(); c++) {
            ws.style(0, c).bold().set();
          }
        }
      }
      for (int c = 0; c < columns; c++) {
        ws.width(c, Math.min(MAX_WIDTH, Math.max(8, widths[c] + 2)));
      }
      ws.freezePane(0, 1);
      ws.finish();
    }
    workbook.finish();
    out.flush();
  }

  /** A cell's width in characters: its longest line, without Thai vowel and tone marks, which take no width. */
  private static double width(String s) {
    int longest = 0;
    int line = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        line = 0;
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        line++;
        longest = Math.max(longest, line);
      }
    }
    return longest * 1.1;
  }

  /** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook. */
  private static String sheetName(String wanted, Set<String> used) {
    String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
    while (base.startsWith("'")) {
      base = base.substring(1);
    }
    while (base.endsWith("'")) {
      base = base.substring(0, base.length() - 1);
    }
    if (base.isBlank()) {
      base = "ตาราง";
    }
    base = base.length() > 31 ? base.substring(0, 31) : base;
    String name = base;
    for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
    }
    return name;
  }
}
