package io.github.eduplan.cascade;

import io.github.eduplan.model.ServedPlan;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Many plans held together (ชุดแผน), with the plan each one serves resolved: each school plan to
 * its area office's plan, each area office plan to OBEC's. Example: the FY2565 plans of five
 * schools of ตาก, each serving "สพป.ตาก เขต 2" 2565, and the สพป.ตาก เขต 2 FY2565 action plan they
 * resolve to.
 *
 * <p>A plan's parent is the plan, other than itself, whose office's name or short name is the
 * served plan's office (compared without white space, case or the difference between Thai and
 * Arabic digits) and whose period contains the served fiscal year. When several do, the one with
 * the shortest period wins (an area office's annual action plan over its four-year development
 * plan); when several remain, or none matches, the plan is {@linkplain #unresolved() unresolved},
 * reported and kept in the set, never dropped.
 *
 * <p>Plans are matched by identity: {@link #parentOf} and {@link #childrenOf} take a plan of the
 * set. Building the set costs time linear in the number of plans (plus the plans of one office per
 * served plan). This type is immutable and thread-safe.
 */
public final class PlanSet {
  private final List<StrategicPlan> plans;
  private final Map<StrategicPlan, Integer> index;
  private final int[] parent;
  private final List<List<StrategicPlan>> children;
  private final List<UnresolvedParent> unresolved;
  private final Map<String, List<StrategicPlan>> byOffice;

  private PlanSet(List<StrategicPlan> plans) {
    this.plans = plans;
    int n = plans.size();
    Map<StrategicPlan, Integer> idx = new IdentityHashMap<>(n * 2);
    Map<String, List<StrategicPlan>> offices = new HashMap<>();
    for (int i = 0; i < n; i++) {
      StrategicPlan p = plans.get(i);
      if (idx.put(p, i) != null) {
        throw new IllegalArgumentException("the same plan instance is given twice: " + describe(p));
      }
      for (String key : OfficeKey.of(p.office())) {
        offices.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
      }
    }
    this.index = idx;
    this.byOffice = offices;
    this.parent = new int[n];
    List<List<StrategicPlan>> kids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      kids.add(new ArrayList<>());
    }
    List<UnresolvedParent> missing = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      parent[i] = -1;
      StrategicPlan p = plans.get(i);
      if (p.servedPlan().isEmpty()) {
        continue;
      }
      ServedPlan served = p.servedPlan().get();
      List<StrategicPlan> best = candidates(p, served);
      if (best.size() == 1) {
        int at = idx.get(best.get(0));
        parent[i] = at;
        kids.get(at).add(p);
      } else {
        missing.add(new UnresolvedParent(p, served, best));
      }
    }
    this.children = kids.stream().map(Collections::unmodifiableList).toList();
    this.unresolved = List.copyOf(missing);
  }

  /** The plans that match a served plan equally well: those with the shortest period. */
  private List<StrategicPlan> candidates(StrategicPlan plan, ServedPlan served) {
    FiscalYear year = FiscalYear.of(served.fiscalYear());
    List<StrategicPlan> best = new ArrayList<>(1);
    int shortest = Integer.MAX_VALUE;
    for (StrategicPlan c : byOffice.getOrDefault(OfficeKey.of(served.office()), List.of())) {
      FiscalYearRange period = c.period();
      if (c == plan || !covers(period, year)) {
        continue;
      }
      int size = Math.abs(period.last().buddhistEraYear() - period.first().buddhistEraYear());
      if (size < shortest) {
        best.clear();
        shortest = size;
      }
      if (size == shortest) {
        best.add(c);
      }
    }
    // An office's plans are listed once under each of its keys: name and short name give one key
    // each, so a plan is found once here.
    return best;
  }

  /** Whether a period holds a year; a backwards period (a defect) holds the years between its ends. */
  static boolean covers(FiscalYearRange period, FiscalYear year) {
    int y = year.buddhistEraYear();
    int a = period.first().buddhistEraYear();
    int b = period.last().buddhistEraYear();
    return y >= Math.min(a, b) && y <= Math.max(a, b);
  }

  static String describe(StrategicPlan plan) {
    return plan.office().shortName().orElse(plan.office().name()) + " " + plan.period();
  }

  /**
   * Returns a set of plans, their parents resolved.
   *
   * @param plans the plans, in the order {@link #plans()} keeps, not null
   * @return the set, not null
   * @throws IllegalArgumentException if the same plan instance is given twice (equal plans are
   *     fine: they are two documents)
   * @throws NullPointerException if a plan is null
   */
  public static PlanSet of(Collection<StrategicPlan> plans) {
    List<StrategicPlan> copy = List.copyOf(plans);
    return new PlanSet(copy);
  }

  /**
   * Returns the plans, in the order given.
   *
   * @return the plans, not null
   */
  public List<StrategicPlan> plans() {
    return plans;
  }

  /**
   * Returns the plan a plan of the set serves, when it names one and the set resolves it.
   *
   * @param plan a plan of the set, not null
   * @return the parent, or empty when the plan serves none or its parent is unresolved
   * @throws IllegalArgumentException if the plan is not in the set
   */
  public Optional<StrategicPlan> parentOf(StrategicPlan plan) {
    int at = parent[indexOf(plan)];
    return at < 0 ? Optional.empty() : Optional.of(plans.get(at));
  }

  /**
   * Returns the plans of the set that serve a plan: an area office's school plans, OBEC's area
   * office plans.
   *
   * @param plan a plan of the set, not null
   * @return the children in the set's order, not null
   * @throws IllegalArgumentException if the plan is not in the set
   */
  public List<StrategicPlan> childrenOf(StrategicPlan plan) {
    return children.get(indexOf(plan));
  }

  /**
   * Returns the plans that name a served plan the set cannot resolve to one plan, in the set's
   * order.
   *
   * @return the unresolved parents, not null
   */
  public List<UnresolvedParent> unresolved() {
    return unresolved;
  }

  /**
   * Returns the plans of an office, named by its name or short name as {@link PlanSet} matches
   * served offices.
   *
   * @param office the office's name or short name, not null
   * @return the plans in the set's order, not null
   */
  public List<StrategicPlan> plansOf(String office) {
    return Collections.unmodifiableList(byOffice.getOrDefault(OfficeKey.of(office), List.of()));
  }

  /** The place of a plan in {@link #plans()}. */
  int indexOf(StrategicPlan plan) {
    Integer at = index.get(Objects.requireNonNull(plan, "plan"));
    if (at == null) {
      throw new IllegalArgumentException("the plan is not in the set: " + describe(plan));
    }
    return at;
  }

  /** The place of a plan's parent in {@link #plans()}, or -1. */
  int parentIndex(int place) {
    return parent[place];
  }

  @Override
  public String toString() {
    return "PlanSet[" + plans.size() + " plans, " + unresolved.size() + " unresolved]";
  }
}
