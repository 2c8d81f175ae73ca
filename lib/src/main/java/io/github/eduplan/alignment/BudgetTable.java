package io.github.eduplan.alignment;

import io.github.eduplan.model.Baht;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Project counts and budgets by key (จำแนกตาม…): by the top items of a framework, such as the four
 * OBEC policy areas, the plan's own strategies (กลยุทธ์หน่วยงาน), or by responsible group
 * (กลุ่มงาน). Example, the สพป.ตาก เขต 2 FY2565 action plan by OBEC policy: ด้านความปลอดภัย 4
 * projects 28,000 baht … total 59 projects 8,095,606 baht.
 *
 * <p>A project counts once in each row it supports, so the rows add up to the total exactly when
 * each project supports one row; {@link #total()} counts each project once. Projects without a
 * budget count with zero baht. Projects that support no row are in {@link #unassigned()}, not in
 * the total. This type is immutable and thread-safe.
 */
public final class BudgetTable {
  /**
   * One row: its key (an item number or a group), label, the projects counted and their budget.
   *
   * @param key the item's number or the group's name, not null
   * @param label the item's title or the group's name, not null
   * @param projects the numbers of the projects counted, in plan order, not null
   * @param budget the sum of their budgets, not null
   */
  public record Row(String key, String label, List<String> projects, Baht budget) {
    /**
     * Creates the row.
     *
     * @param key the item's number or the group's name, not null
     * @param label the item's title or the group's name, not null
     * @param projects the numbers of the projects counted, not null
     * @param budget the sum of their budgets, not null
     * @throws NullPointerException if a component is null
     */
    public Row {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(label, "label");
      projects = List.copyOf(projects);
      Objects.requireNonNull(budget, "budget");
    }

    /**
     * Returns the number of projects counted.
     *
     * @return the count, zero or more
     */
    public int projectCount() {
      return projects.size();
    }
  }

  private final String heading;
  private final List<Row> rows;
  private final Row total;
  private final Row unassigned;

  BudgetTable(String heading, List<Row> rows, Row total, Row unassigned) {
    this.heading = heading;
    this.rows = List.copyOf(rows);
    this.total = total;
    this.unassigned = unassigned;
  }

  /**
   * Returns the heading of the key column, such as นโยบาย สพฐ. or กลุ่มงาน.
   *
   * @return the heading, not null
   */
  public String heading() {
    return heading;
  }

  /**
   * Returns the rows, in catalogue order for items and first-seen order for groups.
   *
   * @return the rows, not null
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * Returns the row with a key.
   *
   * @param key the item's number or group's name, not null
   * @return the row, or empty
   */
  public Optional<Row> row(String key) {
    return rows.stream().filter(r -> r.key().equals(key)).findFirst();
  }

  /**
   * Returns the total (รวมทั้งสิ้น): every project counted in some row, once.
   *
   * @return the total row, not null
   */
  public Row total() {
    return total;
  }

  /**
   * Returns the projects counted in no row: linked to no item of the framework, or with no group.
   *
   * @return the row, not null
   */
  public Row unassigned() {
    return unassigned;
  }

  private List<String> header() {
    return List.of("ที่", heading, "จำนวนโครงการ", "งบประมาณ (บาท)");
  }

  private List<List<String>> body() {
    List<List<String>> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(List.of(r.key(), r.label(), Integer.toString(r.projectCount()), r.budget().format()));
    }
    out.add(List.of("", "รวมทั้งสิ้น", Integer.toString(total.projectCount()), total.budget().format()));
    return out;
  }

  /**
   * Returns the table as a Markdown table with a total row, to paste into a plan document.
   *
   * @return the Markdown, not null
   */
  public String toMarkdown() {
    return TextTable.markdown(header(), body());
  }

  /**
   * Returns the table as CSV (RFC 4180, CRLF line ends) with a total row. Write it with an explicit
   * UTF-8 charset.
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
