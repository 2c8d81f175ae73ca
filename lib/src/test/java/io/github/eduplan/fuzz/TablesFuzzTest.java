package io.github.eduplan.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.eduplan.table.IndicatorResultsTable;
import io.github.eduplan.table.IndicatorTable;
import io.github.eduplan.table.ProjectBudgetTable;
import io.github.eduplan.table.SpendingTable;
import io.github.eduplan.table.TableFormat;
import io.github.eduplan.table.TableFormatException;
import io.github.eduplan.model.Direction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the CSV and XLSX tables (ตารางตัวชี้วัด, ตารางงบประมาณโครงการ, results and spending
 * tables). The first byte of an input picks the table, the form (CSV or XLSX) and the format
 * (Thai or English, default direction); the rest is the file. A table that is read is written in
 * the same form and read back equal. Only {@link TableFormatException} may escape a read.
 */
class TablesFuzzTest {
  /** One kind of table: how it is read and how it is written. */
  private interface Kind {
    Object read(InputStream in, boolean xlsx, TableFormat format) throws IOException;

    void write(Object table, OutputStream out, boolean xlsx, TableFormat format) throws IOException;
  }

  private static final Kind[] KINDS = {
    new Kind() {
      public Object read(InputStream in, boolean xlsx, TableFormat f) throws IOException {
        return xlsx ? IndicatorTable.readXlsx(in, f) : IndicatorTable.readCsv(in, f);
      }

      public void write(Object t, OutputStream out, boolean xlsx, TableFormat f) throws IOException {
        if (xlsx) {
          ((IndicatorTable) t).writeXlsx(out, f);
        } else {
          ((IndicatorTable) t).writeCsv(out, f);
        }
      }
    },
    new Kind() {
      public Object read(InputStream in, boolean xlsx, TableFormat f) throws IOException {
        return xlsx ? ProjectBudgetTable.readXlsx(in, f) : ProjectBudgetTable.readCsv(in, f);
      }

      public void write(Object t, OutputStream out, boolean xlsx, TableFormat f) throws IOException {
        if (xlsx) {
          ((ProjectBudgetTable) t).writeXlsx(out, f);
        } else {
          ((ProjectBudgetTable) t).writeCsv(out, f);
        }
      }
    },
    new Kind() {
      public Object read(InputStream in, boolean xlsx, TableFormat f) throws IOException {
        return xlsx ? IndicatorResultsTable.readXlsx(in, f) : IndicatorResultsTable.readCsv(in, f);
      }

      public void write(Object t, OutputStream out, boolean xlsx, TableFormat f) throws IOException {
        if (xlsx) {
          ((IndicatorResultsTable) t).writeXlsx(out, f);
        } else {
          ((IndicatorResultsTable) t).writeCsv(out, f);
        }
      }
    },
    new Kind() {
      public Object read(InputStream in, boolean xlsx, TableFormat f) throws IOException {
        return xlsx ? SpendingTable.readXlsx(in, f) : SpendingTable.readCsv(in, f);
      }

      public void write(Object t, OutputStream out, boolean xlsx, TableFormat f) throws IOException {
        if (xlsx) {
          ((SpendingTable) t).writeXlsx(out, f);
        } else {
          ((SpendingTable) t).writeCsv(out, f);
        }
      }
    },
  };

  @BeforeAll
  static void settings() {
    FuzzSupport.fuzzFor();
  }

  /**
   * The table. First byte: bits 0–1 the kind (indicators, project budgets, indicator results,
   * spending), bit 2 XLSX rather than CSV, bit 3 English rather than Thai, bit 4 plain CSV rather
   * than CSV for Excel, bits 5–6 the default direction (none, increase, decrease, maintain).
   */
  @FuzzTest
  void table(byte[] input) {
    if (input.length == 0) {
      return;
    }
    int choice = input[0] & 0xFF;
    Kind kind = KINDS[choice & 3];
    boolean xlsx = (choice & 4) != 0;
    TableFormat format = TableFormat.DEFAULT
        .withLanguage((choice & 8) != 0 ? TableFormat.Language.ENGLISH : TableFormat.Language.THAI)
        .withCsvForExcel((choice & 16) == 0);
    int direction = (choice >> 5) & 3;
    if (direction > 0) {
      format = format.withDefaultDirection(Direction.values()[direction - 1]);
    }
    byte[] file = Arrays.copyOfRange(input, 1, input.length);
    Object table;
    try {
      table = kind.read(new ByteArrayInputStream(file), xlsx, format);
    } catch (TableFormatException e) {
      assertFalse(e.getMessage().isBlank(), "a refusal says what is wrong");
      return;
    } catch (IOException e) {
      throw new UncheckedIOException("a byte array cannot fail as a stream", e);
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      kind.write(table, out, xlsx, format);
      assertEquals(table, kind.read(new ByteArrayInputStream(out.toByteArray()), xlsx, format),
          "written and read back");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
