package io.github.eduplan.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Direction;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * Tables come from uploads: a hostile one gets a {@link TableFormatException} quickly and with a
 * message of reasonable size, whatever its cells hold.
 */
class TableLimitsTest {
  private static final String HEADER = "ที่,โครงการ,งบประมาณ\n";

  private static TableFormatException refused(String csv) {
    return assertThrows(TableFormatException.class, () -> ProjectBudgetTable.readCsv(new StringReader(csv), TableFormat.DEFAULT));
  }

  /** Characters produced on demand, so that a test of the length limit does not hold them all. */
  static Reader repeated(String head, char fill, long count) {
    return new Reader() {
      private int inHead;
      private long filled;

      @Override
      public int read(char[] buf, int off, int len) {
        int n = 0;
        while (n < len && inHead < head.length()) {
          buf[off + n++] = head.charAt(inHead++);
        }
        while (n < len && filled < count) {
          buf[off + n++] = fill;
          filled++;
        }
        return n == 0 ? -1 : n;
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void aMillionDigitAmountIsRefusedQuotingItsStartOnly() {
    TableFormatException e = refused(HEADER + "1,ก," + "1".repeat(1_000_000) + "\n");
    assertEquals("not an amount of baht: '" + "1".repeat(60) + "…' (1000000 characters)", e.problem());
    assertEquals(2, e.row());
    assertEquals(3, e.column());
    assertTrue(e.getMessage().length() < 300, e.getMessage());
  }

  @Test
  void aCellOfSixtyCharactersIsQuotedWhole() {
    String sixty = "x".repeat(60);
    assertEquals("not an amount of baht: '" + sixty + "'", refused(HEADER + "1,ก," + sixty + "\n").problem());
  }

  @Test
  void aMillionDigitIndicatorValueIsRefusedToo() {
    String csv = "ตัวชี้วัด,เป้าหมาย ปี 2565\n1. ร้อยละของผู้เรียน," + "๙".repeat(1_000_000) + "\n";
    TableFormatException e = assertThrows(TableFormatException.class,
        () -> IndicatorTable.readCsv(new StringReader(csv), TableFormat.DEFAULT.withDefaultDirection(Direction.INCREASE)));
    assertEquals("not a number: '" + "๙".repeat(60) + "…' (1000000 characters)", e.problem());
    assertEquals(2, e.column());
  }

  @Test
  void aCellOfAMillionCharactersIsReadAndOneMoreIsRefused() throws IOException {
    String title = "ก".repeat(Grid.MAX_CELL_LENGTH);
    ProjectBudgetTable t = ProjectBudgetTable.readCsv(new StringReader(HEADER + "1," + title + ",1\n"), TableFormat.DEFAULT);
    assertEquals(title, t.projects().get(0).title());
    TableFormatException e = refused(HEADER + "1," + title + "ก,1\n");
    assertTrue(e.problem().startsWith("not valid CSV: String value length"), e.problem());
    assertEquals(2, e.row());
  }

  @Test
  void aTableLongerThan16MebicharactersIsRefused() {
    String head = HEADER + "1,ก,1\n2,ข,";
    long justOver = Grid.MAX_TABLE_LENGTH - head.length() + 1;
    // Spaces, cut into cells by commas every 1,000 characters, so that no single cell is too long.
    Reader in = new Reader() {
      private final Reader spaces = repeated(head, ' ', justOver);
      private long at;

      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        int n = spaces.read(buf, off, len);
        for (int i = 0; i < n; i++, at++) {
          if (at > head.length() && at % 1_000 == 0) {
            buf[off + i] = at % 500_000 == 0 ? '\n' : ',';
          }
        }
        return n;
      }

      @Override
      public void close() {}
    };
    TableFormatException e = assertThrows(TableFormatException.class, () -> ProjectBudgetTable.readCsv(in, TableFormat.DEFAULT));
    assertTrue(e.problem().startsWith("not valid CSV: Document length"), e.problem());
  }

  @Test
  void aHundredThousandRowsAreTheMost() throws IOException {
    String row = "1,ก,1\n";
    ProjectBudgetTable t = ProjectBudgetTable.readCsv(
        new StringReader(HEADER + row.repeat(Grid.MAX_ROWS - 1)), TableFormat.DEFAULT);
    assertEquals(Grid.MAX_ROWS - 1, t.projects().size());
    TableFormatException e = refused(HEADER + row.repeat(Grid.MAX_ROWS));
    assertEquals("a table has at most 100000 rows", e.problem());
    assertEquals(Grid.MAX_ROWS + 1, e.row());
  }

  @Test
  void aThousandCellsInARowAreTheMost() throws IOException {
    ProjectBudgetTable t = ProjectBudgetTable.readCsv(
        new StringReader(HEADER + "1,ก,1" + ",".repeat(Grid.MAX_CELLS - 3) + "\n"), TableFormat.DEFAULT);
    assertEquals(Baht.of(1), t.projects().get(0).budget().orElseThrow());
    TableFormatException e = refused(HEADER + "1,ก,1" + ",".repeat(Grid.MAX_CELLS - 2) + "\n");
    assertEquals("a row has at most 1000 cells, this one has 1001", e.problem());
    assertEquals(2, e.row());
  }

  @Test
  void aLongHeaderIsQuotedByItsStartInTheMessage() {
    String header = "ไตรมาส 9" + "x".repeat(100);
    TableFormatException e = refused("ที่,โครงการ,งบประมาณ," + header + "\n1,ก,1,1\n");
    assertEquals(header, e.header());
    assertTrue(e.getMessage().endsWith("(row 1, column 4 (D) '" + header.substring(0, 60) + "…' (108 characters))"),
        e.getMessage());
  }
}
