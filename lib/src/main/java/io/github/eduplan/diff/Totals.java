package io.github.eduplan.diff;

import io.github.eduplan.alignment.AlignmentMap;
import io.github.eduplan.alignment.BudgetTable;
import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.alignment.Framework;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.time.Quarter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The budget comparisons of a diff: by strategy, by quarter, by framework item. */
final class Totals {
  private Totals() {}

  /** Projects and their budget, summed exactly. */
  private static final class Sum {
    int projects;
    Baht budget = Baht.ZERO;

    void add(Baht amount) {
      projects++;
      budget = budget.plus(amount);
    }
  }

  private static final Sum NOTHING = new Sum();

  /** Where one version's projects go by strategy: a strategy node, a number naming none, or no strategy. */
  private static final class ByStrategy {
    /** By the strategy node's index among the plan's strategies. */
    final Sum[] strategies;
    final Map<String, Sum> unknown = new LinkedHashMap<>(2);
    final Map<String, String> unknownWritten = new LinkedHashMap<>(2);
    final Sum none = new Sum();
    final Sum total = new Sum();

    ByStrategy(Tree tree) {
      strategies = new Sum[tree.root.lists[2].size()];
      List<Project> projects = tree.plan.projects();
      for (int i = 0; i < projects.size(); i++) {
        Project p = projects.get(i);
        Baht budget = p.budget().orElse(Baht.ZERO);
        total.add(budget);
        if (p.strategy().isEmpty()) {
          none.add(budget);
          continue;
        }
        String key = tree.keyOf(p.strategy().get());
        Node s = tree.strategyByKey.get(key);
        if (s != null) {
          if (strategies[s.index] == null) {
            strategies[s.index] = new Sum();
          }
          strategies[s.index].add(budget);
        } else {
          unknown.computeIfAbsent(key, x -> new Sum()).add(budget);
          unknownWritten.putIfAbsent(key, p.strategy().get());
        }
      }
    }

    Sum of(Node strategy) {
      Sum sum = strategies[strategy.index];
      return sum == null ? NOTHING : sum;
    }
  }

  static BudgetComparison byStrategy(Tree older, Tree newer) {
    ByStrategy a = new ByStrategy(older);
    ByStrategy b = new ByStrategy(newer);
    List<BudgetComparison.Row> rows = new ArrayList<>();
    for (Node[] pair : strategyOrder(older, newer)) {
      Node o = pair[0];
      Node n = pair[1];
      Node shown = n != null ? n : o;
      rows.add(row(shown.number, shown.text, o == null ? NOTHING : a.of(o), n == null ? NOTHING : b.of(n)));
    }
    Set<String> unknown = new LinkedHashSet<>(a.unknown.keySet());
    unknown.addAll(b.unknown.keySet());
    for (String key : unknown) {
      String written = a.unknownWritten.containsKey(key) ? a.unknownWritten.get(key) : b.unknownWritten.get(key);
      rows.add(row(written, "", a.unknown.getOrDefault(key, NOTHING), b.unknown.getOrDefault(key, NOTHING)));
    }
    if (a.none.projects > 0 || b.none.projects > 0) {
      rows.add(row("", "", a.none, b.none));
    }
    return new BudgetComparison("กลยุทธ์", Optional.empty(), rows, row("", "", a.total, b.total), Optional.empty());
  }

  /**
   * The strategies as (older, newer) pairs, null for a side without, in the order of
   * {@link Changes#sequence}.
   */
  private static List<Node[]> strategyOrder(Tree older, Tree newer) {
    List<Node[]> order = new ArrayList<>();
    for (Node s : Changes.sequence(older.root.lists[2], newer.root.lists[2])) {
      order.add(s.parent == older.root ? new Node[] {s, null} : new Node[] {s.match, s});
    }
    return order;
  }

  static BudgetComparison byQuarter(StrategicPlan older, StrategicPlan newer) {
    Sum[] a = quarters(older);
    Sum[] b = quarters(newer);
    List<BudgetComparison.Row> rows = new ArrayList<>();
    for (Quarter q : Quarter.values()) {
      rows.add(row(Integer.toString(q.number()), q.thaiName(), a[q.number()], b[q.number()]));
    }
    return new BudgetComparison("ไตรมาส", Optional.empty(), rows, row("", "", a[0], b[0]), Optional.empty());
  }

  /** Adds a quarter's amount, when there is one, to its sum and to the total (at 0). */
  private static void quarter(Sum[] sums, int quarter, Baht amount) {
    if (!amount.isZero()) {
      sums[quarter].add(amount);
      sums[0].budget = sums[0].budget.plus(amount);
    }
  }

  /**
   * Each quarter's amounts and the projects spending in it, at the quarter's number; at 0, the
   * four quarters' totals and every project with a spending plan. One pass over the projects.
   */
  private static Sum[] quarters(StrategicPlan plan) {
    Sum[] sums = {new Sum(), new Sum(), new Sum(), new Sum(), new Sum()};
    List<Project> projects = plan.projects();
    for (int i = 0; i < projects.size(); i++) {
      QuarterlyBudget q = projects.get(i).quarterlyPlan().orElse(null);
      if (q != null) {
        quarter(sums, 1, q.q1());
        quarter(sums, 2, q.q2());
        quarter(sums, 3, q.q3());
        quarter(sums, 4, q.q4());
        sums[0].projects++;
      }
    }
    return sums;
  }

  /**
   * One comparison for each framework of the catalogue that either version's links name, in the
   * catalogue's order, from {@link AlignmentMap#budgetByItem}: rows by item number, the older
   * version's order first.
   */
  static List<BudgetComparison> byFrameworkItem(StrategicPlan older, StrategicPlan newer, Catalogue catalogue) {
    AlignmentMap a = AlignmentMap.of(older, catalogue);
    AlignmentMap b = AlignmentMap.of(newer, catalogue);
    Set<String> named = new LinkedHashSet<>(a.claimedFrameworks());
    named.addAll(b.claimedFrameworks());
    List<BudgetComparison> out = new ArrayList<>();
    for (Framework f : catalogue.frameworks()) {
      if (!named.contains(f.id())) {
        continue;
      }
      BudgetTable ta = a.budgetByItem(f.id());
      BudgetTable tb = b.budgetByItem(f.id());
      Map<String, BudgetTable.Row[]> byKey = new LinkedHashMap<>();
      ta.rows().forEach(r -> byKey.computeIfAbsent(r.key(), k -> new BudgetTable.Row[2])[0] = r);
      tb.rows().forEach(r -> byKey.computeIfAbsent(r.key(), k -> new BudgetTable.Row[2])[1] = r);
      List<BudgetComparison.Row> rows = new ArrayList<>();
      byKey.forEach((key, pair) -> rows.add(row(key, pair[1] != null ? pair[1].label() : pair[0].label(), pair[0], pair[1])));
      out.add(new BudgetComparison(tb.heading(), Optional.of(f.id()), rows, row("", "", ta.total(), tb.total()),
          Optional.of(row("", "", ta.unassigned(), tb.unassigned()))));
    }
    return List.copyOf(out);
  }

  private static BudgetComparison.Row row(String key, String label, Sum before, Sum after) {
    return new BudgetComparison.Row(key, label, before.projects, after.projects, before.budget, after.budget);
  }

  private static BudgetComparison.Row row(String key, String label, BudgetTable.Row before, BudgetTable.Row after) {
    return new BudgetComparison.Row(key, label, before == null ? 0 : before.projectCount(),
        after == null ? 0 : after.projectCount(), before == null ? Baht.ZERO : before.budget(),
        after == null ? Baht.ZERO : after.budget());
  }
}
