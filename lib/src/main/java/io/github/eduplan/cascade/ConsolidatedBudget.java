package io.github.eduplan.cascade;

import io.github.eduplan.model.Baht;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Budgets and projects of many plans added up by one key (งบประมาณรวมจำแนกตาม…): the top items of a
 * framework (national strategy 3, OBEC policy area 1), the offices or the provinces. Example, the
 * small cascade of {@code docs/cascade.md} by national strategy: 3 การพัฒนาและเสริมสร้างศักยภาพ
 * ทรัพยากรมนุษย์, 2 plans, 2 projects, 110,000 baht.
 *
 * <p>Each row is the sum of the single-plan rows of its key: by item, of
 * {@link io.github.eduplan.alignment.AlignmentMap#budgetByItem} of each plan; by office or
 * province, of each plan's {@link io.github.eduplan.model.StrategicPlan#projectBudgetTotal()} and
 * project count. Sums are exact. This type is immutable and thread-safe.
 *
 * @param heading the heading of the key column, such as ยุทธศาสตร์ชาติ, หน่วยงาน or จังหวัด
 * @param rows the rows, in order of first appearance in the set's plans
 * @param total each plan's total summed, so a project counted in two rows counts once
 * @param unassigned the projects counted in no row: those that support no item of the framework,
 *     or whose plan names no province
 */
public record ConsolidatedBudget(String heading, List<Row> rows, Row total, Row unassigned) {
  /**
   * One row: its key, label, how many plans have a project in it, the projects counted and their
   * budget.
   *
   * @param key the item's number, the office's name or the province, not null
   * @param label the item's title, the office's short name or the province, not null
   * @param plans the number of plans with at least one project counted in the row
   * @param projects the number of projects counted
   * @param budget the sum of their budgets, not null
   */
  public record Row(String key, String label, int plans, int projects, Baht budget) {
    /**
     * Creates the row.
     *
     * @param key the key, not null
     * @param label the label, not null
     * @param plans the number of plans, zero or more
     * @param projects the number of projects, zero or more
     * @param budget the budget, not null
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a count is negative
     */
    public Row {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(budget, "budget");
      if (plans < 0 || projects < 0) {
        throw new IllegalArgumentException("a count cannot be negative: " + plans + ", " + projects);
      }
    }
  }

  /**
   * Creates the table.
   *
   * @param heading the heading, not null
   * @param rows the rows, not null, copied
   * @param total the total, not null
   * @param unassigned the unassigned row, not null
   * @throws NullPointerException if a component is null
   */
  public ConsolidatedBudget {
    Objects.requireNonNull(heading, "heading");
    rows = List.copyOf(rows);
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(unassigned, "unassigned");
  }

  /**
   * Returns the row of a key, compared exactly.
   *
   * @param key the key, not null
   * @return the row, or empty
   */
  public Optional<Row> row(String key) {
    return rows.stream().filter(r -> r.key().equals(key)).findFirst();
  }

  @Override
  public String toString() {
    return "ConsolidatedBudget[" + heading + ", " + rows.size() + " rows, total " + total.projects() + " projects "
        + total.budget().toPlainString() + " baht]";
  }
}
