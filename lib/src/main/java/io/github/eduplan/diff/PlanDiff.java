package io.github.eduplan.diff;

import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.model.StrategicPlan;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What changed between two versions of a plan (การเปลี่ยนแปลงของแผนระหว่างสองฉบับ): a mid-period
 * revision (ฉบับปรับปรุง), a budget re-allocation after the budget act, next year's action plan
 * built from this year's. It lists each element added, removed, moved, renumbered, retitled or
 * changed, with its path in both versions ({@link #changes()}), and the budget before and after by
 * strategy, by quarter and by framework item, with exact differences.
 *
 * <pre>{@code
 * PlanDiff diff = PlanDiff.between(older, newer);
 * String report = diff.toMarkdown(Locale.forLanguageTag("th"));
 * String json = diff.toJson();
 * }</pre>
 *
 * <p><b>Matching.</b> Elements are matched part by part within their matched parent: first by
 * number ({@link io.github.eduplan.model.ElementNumber}: {@code "1."}, {@code "1"} and {@code "๑"}
 * are one number) and text, then by text alone for a renumbered element, then by similar text for a
 * reworded one. Similarity is the Dice coefficient of character bigrams of the texts with white
 * space, Thai and Arabic digits, punctuation and symbols left out: at least 0.5 for two elements
 * of the same parent with the same number, at least 0.7 otherwise. Strategic goals, guidelines and
 * indicators left unmatched are then matched across parents, so one moved to another strategy is
 * moved, not removed and added. {@code docs/diff.md} gives every step.
 *
 * <p><b>Cost.</b> Matching is linear in the number of elements n for texts of bounded length t:
 * hash look-ups for the exact steps, and for the elements left after them candidates from the
 * same number, the gaps between unchanged neighbours and an index of the bigrams found in at most
 * 8 texts of a list (or every pair of a list of at most 4,096 pairs), O(n·t·(t + log n)) in all;
 * never quadratic in n. Two equal elements are compared once, in depth, and the parts of an
 * element equal to its match are not looked at again. The totals by strategy and quarter are one
 * pass over the projects. The totals by framework item are made on the first call to
 * {@link #budgetByFrameworkItem()} (or a report), from the alignment map of each version.
 *
 * <p>Both plans are taken as they are, defects included. Titles, texts and values are compared as
 * written; numbers as {@code ElementNumber} compares them. The diff of a plan with itself is
 * empty, and the diff of (b, a) holds the {@link ElementChange#reversed() reverse} of each change
 * of the diff of (a, b). This class is immutable and thread-safe.
 */
public final class PlanDiff {
  private final StrategicPlan older;
  private final StrategicPlan newer;
  private final Catalogue catalogue;
  private final List<ElementChange> changes;
  private final BudgetComparison byStrategy;
  private final BudgetComparison byQuarter;
  /** Made on first use: the alignment maps cost more than the rest of the diff together. */
  private volatile List<BudgetComparison> byFrameworkItem;

  private PlanDiff(StrategicPlan older, StrategicPlan newer, Catalogue catalogue) {
    this.older = older;
    this.newer = newer;
    this.catalogue = catalogue;
    Tree a = new Tree(older);
    Tree b = new Tree(newer);
    Matcher.match(a, b);
    this.changes = Changes.of(a, b);
    this.byStrategy = Totals.byStrategy(a, b);
    this.byQuarter = Totals.byQuarter(older, newer);
  }

  /**
   * Returns what changed from one version of a plan to another, with the totals by framework item
   * taken from the bundled catalogue.
   *
   * @param older the older version, not null
   * @param newer the newer version, not null
   * @return the diff, not null
   */
  public static PlanDiff between(StrategicPlan older, StrategicPlan newer) {
    return between(older, newer, Catalogue.bundled());
  }

  /**
   * Returns what changed from one version of a plan to another, with the totals by framework item
   * taken from a catalogue of your own.
   *
   * @param older the older version, not null
   * @param newer the newer version, not null
   * @param catalogue the catalogue the alignment links are looked up in, not null
   * @return the diff, not null
   */
  public static PlanDiff between(StrategicPlan older, StrategicPlan newer, Catalogue catalogue) {
    return new PlanDiff(Objects.requireNonNull(older, "older"), Objects.requireNonNull(newer, "newer"),
        Objects.requireNonNull(catalogue, "catalogue"));
  }

  /**
   * Returns the older version.
   *
   * @return the plan, not null
   */
  public StrategicPlan older() {
    return older;
  }

  /**
   * Returns the newer version.
   *
   * @return the plan, not null
   */
  public StrategicPlan newer() {
    return newer;
  }

  /**
   * Returns the changed elements: the plan itself first when its own fields changed, then in the
   * newer version's document order (missions, goals, each strategy with its parts, projects), each
   * element removed after the one that preceded it in the older version.
   *
   * @return the changes, not null
   */
  public List<ElementChange> changes() {
    return changes;
  }

  /**
   * Tells whether nothing changed: no element added, removed, moved, renumbered, retitled or
   * changed. The budget totals are then the same too.
   *
   * @return true when the versions are the same for the diff
   */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * Returns the projects' budgets by strategy before and after: one row per strategy, matched as
   * the elements are, a row per strategy number that names no strategy, and one for projects
   * without a strategy.
   *
   * @return the comparison, not null; its rows add up to its total
   */
  public BudgetComparison budgetByStrategy() {
    return byStrategy;
  }

  /**
   * Returns the projects' quarterly spending plans by quarter before and after.
   *
   * @return the comparison, not null; its four rows add up to its total
   */
  public BudgetComparison budgetByQuarter() {
    return byQuarter;
  }

  /**
   * Returns the projects' budgets by the top items of each framework that either version's
   * alignment links name, in the catalogue's order, as {@code AlignmentMap.budgetByItem} counts
   * them. Made on the first call.
   *
   * @return the comparisons, not null
   */
  public List<BudgetComparison> budgetByFrameworkItem() {
    List<BudgetComparison> made = byFrameworkItem;
    if (made == null) {
      made = Totals.byFrameworkItem(older, newer, catalogue);
      byFrameworkItem = made;   // complete before it is published; a race makes an equal list
    }
    return made;
  }

  /**
   * Returns the diff as a Markdown report for reviewers: a summary, each change with its paths and
   * details, and the budget tables. In Thai for a Thai locale ({@code th}), in English otherwise;
   * titles and values are shown as written.
   *
   * @param locale the language of the report, not null
   * @return the Markdown, not null
   */
  public String toMarkdown(Locale locale) {
    return MarkdownReport.of(this, locale);
  }

  /**
   * Returns the diff as JSON, in the shape {@code docs/diff.md} documents: the two versions, a
   * summary, the changes and the budget comparisons, money as exact JSON numbers.
   *
   * @return the JSON text, indented, not null
   */
  public String toJson() {
    return JsonReport.of(this);
  }

  @Override
  public String toString() {
    return "PlanDiff[" + changes.size() + " changes]";
  }
}
