package io.github.eduplan.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The columns a header row names, each by a key such as "unit" or "target:2566"; an unknown or a
 * repeated column is an error naming it. Also reads one row's cells with errors that name the
 * sheet, row, column and header.
 */
final class Columns {
  private final Grid.Row header;
  private final String[] keys;
  private final Map<String, Integer> index = new HashMap<>();

  private Columns(Grid.Row header, String[] keys) {
    this.header = header;
    this.keys = keys;
    for (int c = 0; c < keys.length; c++) {
      if (keys[c] != null) {
        index.put(keys[c], c);
      }
    }
  }

  /**
   * Reads a header row.
   *
   * @param identify the key of a header's text, or empty for an unknown column
   */
  static Columns of(Grid.Row header, Function<String, Optional<String>> identify) {
    String[] keys = new String[header.cells().size()];
    Map<String, Integer> seen = new HashMap<>();
    for (int c = 0; c < keys.length; c++) {
      String h = Grid.unmarked(header.raw(c)).strip();
      if (h.isEmpty()) {
        continue;
      }
      Optional<String> known;
      try {
        known = identify.apply(h);
      } catch (IllegalArgumentException e) {
        throw new TableFormatException(e.getMessage(), header.sheet(), header.number(), c + 1, h, e);
      }
      final int column = c;
      String key = known.orElseThrow(() -> new TableFormatException("unknown column "
          + Grid.quoted(h), header.sheet(), header.number(), column + 1, h, null));
      Integer first = seen.putIfAbsent(key, c);
      if (first != null) {
        throw new TableFormatException("the column " + Grid.quoted(h) + " repeats column " + (first + 1) + " ("
            + Grid.letters(first + 1) + ") " + Grid.quoted(header.raw(first).strip()),
            header.sheet(), header.number(), c + 1, h, null);
      }
      keys[c] = key;
    }
    return new Columns(header, keys);
  }

  Grid.Row header() {
    return header;
  }

  /** The 0-based index of a column, or -1 when the table has none. */
  int index(String key) {
    return index.getOrDefault(key, -1);
  }

  boolean has(String key) {
    return index.containsKey(key);
  }

  /** The keys in column order, blank headers left out. */
  List<String> keys() {
    List<String> out = new ArrayList<>();
    for (String k : keys) {
      if (k != null) {
        out.add(k);
      }
    }
    return out;
  }

  int width() {
    return keys.length;
  }

  /** One data row, read through these columns. */
  Cells cells(Grid.Row row) {
    return new Cells(row);
  }

  /** The cells of one row. */
  final class Cells {
    final Grid.Row row;

    Cells(Grid.Row row) {
      this.row = row;
    }

    /** The cell as stored, "" when the table has no such column. */
    String raw(String key) {
      return row.raw(index(key));
    }

    boolean isBlank(String key) {
      return raw(key).isBlank();
    }

    /** A text cell without its literal mark; "" when blank. */
    String text(String key) {
      return Grid.unmarked(raw(key));
    }

    /** An optional text: absent when the cell is empty, present ("" too) otherwise. */
    Optional<String> optionalText(String key) {
      String raw = raw(key);
      return raw.isEmpty() ? Optional.empty() : Optional.of(Grid.unmarked(raw));
    }

    /** The lines of a list cell, empty lines left out. */
    List<String> lines(String key) {
      return ListCells.lines(text(key));
    }

    TableFormatException error(String problem, String key, Throwable cause) {
      int c = index(key);
      return new TableFormatException(problem, row.sheet(), row.number(), c < 0 ? -1 : c + 1,
          c < 0 ? "" : header.raw(c).strip(), cause);
    }

    TableFormatException rowError(String problem) {
      return new TableFormatException(problem, row.sheet(), row.number(), -1, "", null);
    }

    /** Refuses cells past the header's last column that are not blank. */
    void checkWidth() {
      for (int c = keys.length; c < row.cells().size(); c++) {
        if (!row.raw(c).isBlank()) {
          throw new TableFormatException("the row has a cell past the header's " + keys.length + " columns: "
              + Grid.quoted(row.raw(c)), row.sheet(), row.number(), c + 1, "", null);
        }
      }
    }

    /** Refuses a row of a kind that holds only some columns when another column is filled. */
    void checkOnly(String what, List<String> allowed) {
      for (int c = 0; c < keys.length; c++) {
        if (keys[c] != null && !allowed.contains(keys[c]) && !row.raw(c).isBlank()) {
          throw new TableFormatException(what + " has no " + Grid.quoted(header.raw(c).strip()) + ": "
              + Grid.quoted(row.raw(c)), row.sheet(), row.number(), c + 1, header.raw(c).strip(), null);
        }
      }
    }
  }
}
