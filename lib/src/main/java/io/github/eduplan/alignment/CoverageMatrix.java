package io.github.eduplan.alignment;

import com.google.common.collect.Maps;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which plan elements support which items of one framework: rows are the framework's items (of the
 * editions in force in the plan's years or linked by it), columns the strategies, projects and
 * other elements that support at least one of them. A cell says how ({@link SupportKind}), or is
 * empty. Rendered, {@code ✓} marks the element's own claim and {@code (✓)} an inherited one.
 *
 * <p>This type is immutable and thread-safe.
 */
public final class CoverageMatrix {
  private final Framework framework;
  private final List<CatalogueItem> rows;
  private final List<PlanElement> columns;
  /** The rows by key: a cell is asked by item, and an item is its row when their keys are equal. */
  private final Map<ItemKey, CatalogueItem> rowsByKey;
  /** Per column, by element path: the rows the element supports and how (a trace's own map). */
  private final Map<String, Map<CatalogueItem, SupportKind>> cells;

  CoverageMatrix(Framework framework, List<CatalogueItem> rows, List<PlanElement> columns,
      Map<String, Map<CatalogueItem, SupportKind>> cells) {
    this.framework = framework;
    this.rows = List.copyOf(rows);
    this.columns = List.copyOf(columns);
    this.rowsByKey = Maps.uniqueIndex(rows, CatalogueItem::key);
    this.cells = cells;
  }

  /**
   * Returns the framework.
   *
   * @return the framework, not null
   */
  public Framework framework() {
    return framework;
  }

  /**
   * Returns the rows: the framework's items, in catalogue order.
   *
   * @return the items, not null
   */
  public List<CatalogueItem> rows() {
    return rows;
  }

  /**
   * Returns the columns: the elements that support some item, strategies first, in plan order.
   *
   * @return the elements, not null
   */
  public List<PlanElement> columns() {
    return columns;
  }

  /**
   * Returns how an element supports an item.
   *
   * @param item the row's item, not null
   * @param element the column's element, not null
   * @return the support, or empty
   */
  public Optional<SupportKind> cell(CatalogueItem item, PlanElement element) {
    CatalogueItem row = rowsByKey.get(item.key());
    return row == null ? Optional.empty() : Optional.ofNullable(cells.getOrDefault(element.path(), Map.of()).get(row));
  }

  /**
   * Returns the elements supporting an item, in column order.
   *
   * @param item the item, not null
   * @return the elements, not null
   */
  public List<PlanElement> supporters(CatalogueItem item) {
    List<PlanElement> out = new ArrayList<>();
    for (PlanElement e : columns) {
      if (cell(item, e).isPresent()) {
        out.add(e);
      }
    }
    return List.copyOf(out);
  }

  private List<String> header() {
    List<String> h = new ArrayList<>(List.of("ที่", framework.titleThai()));
    columns.forEach(c -> h.add(c.label()));
    return h;
  }

  private List<List<String>> body() {
    List<List<String>> out = new ArrayList<>();
    for (CatalogueItem item : rows) {
      List<String> r = new ArrayList<>(List.of(item.number(), item.titleThai()));
      for (PlanElement e : columns) {
        r.add(cell(item, e).map(k -> k.isOwnClaim() ? "✓" : "(✓)").orElse(""));
      }
      out.add(r);
    }
    return out;
  }

  /**
   * Returns the matrix as a Markdown table.
   *
   * @return the Markdown, not null
   */
  public String toMarkdown() {
    return TextTable.markdown(header(), body());
  }

  /**
   * Returns the matrix as CSV (RFC 4180, CRLF line ends). Write it with an explicit UTF-8 charset.
   *
   * @return the CSV text, not null
   */
  public String toCsv() {
    return TextTable.csv(header(), body());
  }

  /**
   * Writes {@link #toCsv()} to a writer, which is flushed and not closed.
   *
   * @param out the writer, not null
   * @throws IOException if the writer fails
   */
  public void writeCsv(Writer out) throws IOException {
    out.write(toCsv());
    out.flush();
  }

  @Override
  public String toString() {
    return toMarkdown();
  }
}
