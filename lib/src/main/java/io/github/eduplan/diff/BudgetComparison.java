package io.github.eduplan.diff;

import io.github.eduplan.model.Baht;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Budget totals of two versions of a plan side by side, with the difference (เปรียบเทียบงบประมาณ
 * ก่อนและหลังปรับปรุง): by strategy, by quarter, or by the top items of a higher-level framework such
 * as the four OBEC policy areas. Money is exact: every amount is a {@link Baht} sum, every
 * difference a signed {@link BigDecimal} with two decimals.
 *
 * <p>By strategy, each project counts once, in the row of the strategy its number names (the first
 * strategy with that number), in a row of its own for a number that names no strategy of that
 * version, or in the row with an empty key for no strategy: the rows add up to the total, which is
 * the sum of the projects' budgets. By quarter, the rows are quarters 1 to 4 of the projects'
 * spending plans and add up to the total. By framework item, a project counts in every item it
 * supports (as {@code AlignmentMap.budgetByItem} counts it), so the rows may add up to more than
 * the total; the total counts each supporting project once, and {@link #unassigned()} holds the
 * projects that support no item: total and unassigned add up to the sum of the projects' budgets.
 *
 * @param heading what the rows are, in Thai, such as {@code กลยุทธ์}, {@code ไตรมาส} or the
 *     framework's title ({@code นโยบาย สพฐ.}), not null
 * @param framework the framework's identifier, such as {@code obec-policy}, for a framework's
 *     table; empty for strategies and quarters
 * @param rows the rows, in the newer version's order with rows only in the older one in their
 *     place, not null
 * @param total the total (รวมทั้งสิ้น), not null
 * @param unassigned the projects counted in no row of a framework's table; empty for strategies and
 *     quarters
 */
public record BudgetComparison(
    String heading, Optional<String> framework, List<Row> rows, Row total, Optional<Row> unassigned) {

  /**
   * One row: its key and label, how many projects it counts and their budget in each version.
   *
   * @param key the strategy's number (the newer one when renumbered), the quarter's number, or the
   *     framework item's number; empty for the row of projects naming no strategy and for totals
   * @param label the strategy's title, {@code ไตรมาส N}, or the item's Thai title; empty for a
   *     strategy number that names no strategy of the plan and for totals
   * @param projectsBefore how many projects the row counts in the older version
   * @param projectsAfter how many projects the row counts in the newer version
   * @param before the budget in the older version, not null
   * @param after the budget in the newer version, not null
   */
  public record Row(String key, String label, int projectsBefore, int projectsAfter, Baht before, Baht after) {
    /**
     * Creates the row.
     *
     * @param key the key, not null
     * @param label the label, not null
     * @param projectsBefore the older count, zero or more
     * @param projectsAfter the newer count, zero or more
     * @param before the older budget, not null
     * @param after the newer budget, not null
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a count is negative
     */
    public Row {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      if (projectsBefore < 0 || projectsAfter < 0) {
        throw new IllegalArgumentException("a project count cannot be negative: " + projectsBefore + ", " + projectsAfter);
      }
    }

    /**
     * Returns the newer budget minus the older, exactly.
     *
     * @return the signed difference in baht with scale 2, not null
     */
    public BigDecimal difference() {
      return after.minus(before);
    }

    /**
     * Tells whether the row's budget or project count differs between the versions.
     *
     * @return true when it does
     */
    public boolean changed() {
      return !before.equals(after) || projectsBefore != projectsAfter;
    }
  }

  /**
   * Creates the comparison.
   *
   * @param heading the heading, not null
   * @param framework the framework's identifier, not null
   * @param rows the rows, not null
   * @param total the total, not null
   * @param unassigned the unassigned projects, not null
   * @throws NullPointerException if a component is null
   */
  public BudgetComparison {
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(framework, "framework");
    rows = List.copyOf(rows);
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(unassigned, "unassigned");
  }

  /**
   * Returns the row with a key.
   *
   * @param key the row's key, not null
   * @return the first row with that key, or empty
   */
  public Optional<Row> row(String key) {
    return rows.stream().filter(r -> r.key().equals(key)).findFirst();
  }
}
