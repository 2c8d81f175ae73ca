package io.github.eduplan.examples.tool;

import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.time.Quarter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan's budget figures, as {@code report} prints them and the dashboard draws them, worked out
 * in one pass over the projects.
 *
 * @param strategies each strategy's projects and budget, in plan order, one row per number
 * @param withoutStrategy the projects that name no strategy of the plan, if any
 * @param total the sum of the projects' budgets
 * @param quarterly whether any project has a quarterly spending plan
 * @param quarters the sum of the quarterly plans, quarter by quarter
 * @param indicators the number of top-level indicators
 */
record PlanFigures(List<Row> strategies, Optional<Row> withoutStrategy, Baht total, boolean quarterly,
    Map<Quarter, Baht> quarters, long indicators) {

  /**
   * One row of the budget by strategy.
   *
   * @param number the strategy's number, empty for the projects without one
   * @param title the strategy's title, empty for the projects without one
   * @param projects the number of projects
   * @param budget the sum of their budgets
   */
  record Row(Optional<String> number, String title, int projects, Baht budget) {}

  static PlanFigures of(StrategicPlan plan) {
    // One bucket per strategy number, in plan order: a number written twice is one row.
    Map<String, String> titles = new LinkedHashMap<>();
    for (Strategy s : plan.strategies()) {
      titles.putIfAbsent(s.number(), s.title());
    }
    Map<String, List<Baht>> budgets = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    titles.keySet().forEach(n -> {
      budgets.put(n, new ArrayList<>());
      counts.put(n, 0);
    });
    List<Baht> without = new ArrayList<>();
    int withoutCount = 0;
    Map<Quarter, List<Baht>> byQuarter = new EnumMap<>(Quarter.class);
    for (Quarter q : Quarter.values()) {
      byQuarter.put(q, new ArrayList<>());
    }
    boolean quarterly = false;
    for (Project p : plan.projects()) {
      Optional<String> strategy = p.strategy().filter(titles::containsKey);
      if (strategy.isPresent()) {
        p.budget().ifPresent(budgets.get(strategy.get())::add);
        counts.merge(strategy.get(), 1, Integer::sum);
      } else {
        p.budget().ifPresent(without::add);
        withoutCount++;
      }
      if (p.quarterlyPlan().isPresent()) {
        quarterly = true;
        for (Quarter q : Quarter.values()) {
          byQuarter.get(q).add(p.quarterlyPlan().get().amount(q));
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    titles.forEach((n, t) -> rows.add(new Row(Optional.of(n), t, counts.get(n), Baht.sum(budgets.get(n)))));
    Map<Quarter, Baht> quarters = new EnumMap<>(Quarter.class);
    byQuarter.forEach((q, amounts) -> quarters.put(q, Baht.sum(amounts)));
    return new PlanFigures(List.copyOf(rows),
        withoutCount == 0 ? Optional.empty() : Optional.of(new Row(Optional.empty(), "", withoutCount, Baht.sum(without))),
        plan.projectBudgetTotal(), quarterly, quarters, plan.indicators().count());
  }

  /** The sum of the four quarters' plans. */
  Baht quarterTotal() {
    return Baht.sum(quarters.values());
  }
}
