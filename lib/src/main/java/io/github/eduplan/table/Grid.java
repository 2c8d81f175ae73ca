package io.github.eduplan.table;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the two tables share below their columns: rows of cells read from CSV or XLSX, cells to
 * write, the rule that keeps a cell from being run as a formula, and the limits.
 *
 * <p>The formula rule (OWASP "CSV injection"): a text cell that a spreadsheet could take for a
 * formula (it starts with {@code = + - @}, a tab or a carriage return) is written with a leading
 * apostrophe, as Excel itself marks text. The apostrophe means "literal text follows" when read, so
 * a text that itself starts with an apostrophe gets a second one, and a value cell that would
 * otherwise be read as a number, a mark or a level ("80" as text) is written the same way. A lone
 * "-" and a plain negative number are not formulas and are written as they are.
 */
final class Grid {
  /** The most characters all cells of a table may have together. */
  static final long MAX_TABLE_LENGTH = 16L << 20;
  /** The most characters in one cell; the same bound as a string in a plan document. */
  static final int MAX_CELL_LENGTH = 1_000_000;
  /** The most rows, header included: a plan's tables have some hundreds. */
  static final int MAX_ROWS = 100_000;
  /** The most cells in one row: a table has at most some tens of columns. */
  static final int MAX_CELLS = 1_000;
  /** The mark of literal text, as Excel marks it. */
  static final char LITERAL = '\'';
  private static final java.util.regex.Pattern NEGATIVE_NUMBER =
      java.util.regex.Pattern.compile("-[0-9][0-9,]*(\\.[0-9]+)?");
  /** How much of a refused cell an error message quotes. */
  private static final int QUOTED = 60;

  private Grid() {}

  /** One row read from a sheet: its 1-based number (a CSV line or a spreadsheet row) and its cells as stored. */
  record Row(String sheet, int number, List<String> cells) {
    Row {
      cells = List.copyOf(cells);
    }

    /** The cell as stored, "" past the end of the row or for a negative index. */
    String raw(int index) {
      return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    boolean isBlank() {
      return cells.stream().allMatch(String::isBlank);
    }
  }

  /** One sheet read: its name (empty for CSV) and its rows, blank ones included. */
  record Sheet(String name, List<Row> rows) {}

  /**
   * The index of a sheet's header row, its first row that is not blank; -1 for a sheet with none,
   * which is skipped in a workbook but is an error in a CSV file.
   */
  static int headerRow(Sheet sheet, boolean csv) {
    for (int i = 0; i < sheet.rows().size(); i++) {
      if (!sheet.rows().get(i).isBlank()) {
        return i;
      }
    }
    if (csv) {
      throw new TableFormatException("the table has no header row", 1, -1, "", null);
    }
    return -1;
  }

  /** A cell to write. */
  sealed interface Out permits Text, Num {}

  /**
   * Text; {@code literal} when it must be read back as text whatever it looks like.
   *
   * @param text the text, not null
   * @param literal whether to mark it as literal text
   */
  record Text(String text, boolean literal) implements Out {
    Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A number: a numeric cell in XLSX, plain digits in CSV; {@code baht} for money, written with a
   * thousands separator.
   *
   * @param value the number, not null
   * @param baht whether it is an amount of baht
   */
  record Num(BigDecimal value, boolean baht) implements Out {
    Num {
      Objects.requireNonNull(value, "value");
    }
  }

  static Text text(String s) {
    return new Text(s, false);
  }

  static final Text BLANK = new Text("", false);

  /** An optional text: blank when absent, the literal mark alone when present but empty. */
  static Text optional(java.util.Optional<String> text) {
    return text.map(t -> new Text(t, t.isEmpty())).orElse(BLANK);
  }

  /** The cell as stored in a file: text with its apostrophe when it needs one, a number as digits. */
  static String stored(Out cell) {
    if (cell instanceof Num n) {
      return n.baht() ? io.github.eduplan.model.Baht.format(n.value()) : n.value().toPlainString();
    }
    Text t = (Text) cell;
    return t.literal() || needsMark(t.text()) ? LITERAL + t.text() : t.text();
  }

  /** Whether a text is written with the literal mark: it starts with one or looks like a formula. */
  static boolean needsMark(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    if (c == LITERAL) {
      return true;
    }
    if (c != '=' && c != '+' && c != '-' && c != '@' && c != '\t' && c != '\r') {
      return false;
    }
    // A dash alone ("not available") and a plain negative number are never formulas.
    return !(s.equals("-") || NEGATIVE_NUMBER.matcher(s).matches());
  }

  /** Whether a stored cell is marked as literal text. */
  static boolean isLiteral(String stored) {
    return !stored.isEmpty() && stored.charAt(0) == LITERAL;
  }

  /** The text of a stored cell without its literal mark. */
  static String unmarked(String stored) {
    return isLiteral(stored) ? stored.substring(1) : stored;
  }

  /** Quotes a cell for an error message: all of it, or its start and its length when it is long. */
  static String quoted(String cell) {
    return cell.length() <= QUOTED
        ? "'" + cell + "'"
        : "'" + cell.substring(0, QUOTED) + "…' (" + cell.length() + " characters)";
  }

  /** The letters of a 1-based column as a spreadsheet shows them: 1 is A, 27 is AA. */
  static String letters(int column) {
    StringBuilder sb = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      sb.append((char) ('A' + (c - 1) % 26));
    }
    return sb.reverse().toString();
  }
}
