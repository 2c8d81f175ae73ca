package io.github.eduplan.diff;

import io.github.eduplan.diff.FieldChange.Field;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.ElementNumber;
import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/** The changed details of a matched pair of elements, in a fixed order per part. */
final class Fields {
  private final Tree older;
  private final Tree newer;
  /** The changes found, made with the first: most matched pairs have none. */
  private List<FieldChange> out;

  private Fields(Tree older, Tree newer) {
    this.older = older;
    this.newer = newer;
  }

  /** The changed details of an element of the older tree and its match in the newer one. */
  static List<FieldChange> of(Node o, Node n, Tree older, Tree newer) {
    if (o.part == PlanPart.MISSION || o.part == PlanPart.GUIDELINE) {
      return List.of();   // a number and a text only
    }
    Fields f = new Fields(older, newer);
    switch (o.part) {
      case PLAN -> f.plan((StrategicPlan) o.element, (StrategicPlan) n.element);
      case GOAL, STRATEGY_GOAL -> f.items(Field.ALIGNMENT, ((Goal) o.element).alignment(),
          ((Goal) n.element).alignment(), Values::link);
      case STRATEGY -> f.items(Field.ALIGNMENT, ((Strategy) o.element).alignment(),
          ((Strategy) n.element).alignment(), Values::link);
      case INDICATOR -> f.indicator((Indicator) o.element, (Indicator) n.element);
      case PROJECT -> f.project((Project) o.element, (Project) n.element);
      default -> {
        // missions and guidelines have a number and a text only
      }
    }
    return f.out == null ? List.of() : f.out;
  }

  /**
   * The changed details of two equal elements: none, except a project's strategy, which depends on
   * the strategies around it (the project names strategy 2 in both, and strategy 2 was dropped).
   */
  static List<FieldChange> ofIdentical(Node o, Node n, Tree older, Tree newer) {
    if (o.part != PlanPart.PROJECT) {
      return List.of();
    }
    Fields f = new Fields(older, newer);
    f.strategy((Project) o.element, (Project) n.element);
    return f.out == null ? List.of() : f.out;
  }

  private void plan(StrategicPlan a, StrategicPlan b) {
    if (!a.office().equals(b.office())) {
      one(Field.OFFICE, "", Optional.of(a.office()), Optional.of(b.office()), Values::office, Values::office, true);
    }
    value(Field.KIND, a.kind(), b.kind(), Enum::name);
    value(Field.PERIOD, a.period(), b.period(), Object::toString);
    one(Field.REVISION, "", a.revision(), b.revision(), Function.identity());
    one(Field.REVISION_DATE, "", a.revisionDate(), b.revisionDate(), Object::toString);
    one(Field.APPROVAL_DATE, "", a.approvalDate(), b.approvalDate(), Object::toString);
    one(Field.VISION, "", a.vision(), b.vision(), Function.identity());
    keyed(Field.STATED_TOTAL, a.statedTotals(), b.statedTotals(),
        t -> t.scope() + t.key().map(k -> " " + ElementNumber.key(k)).orElse(""), Values::statedTotal);
    items(Field.ALIGNMENT, a.alignment(), b.alignment(), Values::link);
  }

  private void indicator(Indicator a, Indicator b) {
    one(Field.UNIT, "", a.unit(), b.unit(), u -> u.text());
    value(Field.MEASURE_KIND, a.measureKind(), b.measureKind(), Enum::name);
    value(Field.DIRECTION, a.direction(), b.direction(), Enum::name);
    one(Field.SCALE, "", a.scale(), b.scale(), Values::scale);
    if (!a.baselines().equals(b.baselines())) {
      keyed(Field.BASELINE, a.baselines(), b.baselines(), x -> Integer.toString(x.year()), Values::baseline,
          Values::detailedBaseline);
    }
    if (!a.targets().equals(b.targets())) {
      TreeSet<FiscalYear> years = new TreeSet<>(a.targets().keySet());
      years.addAll(b.targets().keySet());
      for (FiscalYear y : years) {
        one(Field.TARGET, y.toString(), a.targetFor(y), b.targetFor(y), Values::target, Values::detailedTarget, false);
      }
    }
    one(Field.TARGET_IN_TEXT, "", a.targetInText(), b.targetInText(), Values::target, Values::detailedTarget, false);
    number(Field.GOAL, a.goal(), b.goal());
    number(Field.GUIDELINE, a.guideline(), b.guideline());
    items(Field.RESPONSIBLE_UNIT, a.responsibleUnits(), b.responsibleUnits(), Function.identity());
    one(Field.NOTE, "", a.note(), b.note(), Function.identity());
    items(Field.ALIGNMENT, a.alignment(), b.alignment(), Values::link);
  }

  private void project(Project a, Project b) {
    money(Field.BUDGET, "", a.budget(), b.budget());
    if (!a.quarterlyPlan().equals(b.quarterlyPlan())) {
      for (Quarter q : Quarter.values()) {
        money(Field.QUARTER, Integer.toString(q.number()), a.quarterlyPlan().map(p -> p.amount(q)),
            b.quarterlyPlan().map(p -> p.amount(q)));
      }
    }
    value(Field.ACTIVE_QUARTERS, a.activeQuarters(), b.activeQuarters(), Values::quarters);
    strategy(a, b);
    one(Field.PROGRAM, "", a.program(), b.program(), Function.identity());
    one(Field.GROUP, "", a.group(), b.group(), Function.identity());
    one(Field.BUDGET_SOURCE, "", a.budgetSource(), b.budgetSource(), Function.identity());
    one(Field.PERIOD, "", a.period(), b.period(), Function.identity());
    items(Field.RESPONSIBLE_PERSON, a.responsiblePeople(), b.responsiblePeople(), Values::person);
    items(Field.OBJECTIVE, a.objectives(), b.objectives(), Function.identity());
    items(Field.QUANTITATIVE_TARGET, a.quantitativeTargets(), b.quantitativeTargets(), Function.identity());
    items(Field.QUALITATIVE_TARGET, a.qualitativeTargets(), b.qualitativeTargets(), Function.identity());
    items(Field.SUCCESS_INDICATOR, a.successIndicators(), b.successIndicators(), Function.identity());
    items(Field.ALIGNMENT, a.alignment(), b.alignment(), Values::link);
  }

  /**
   * A project's strategy changed when the strategies its numbers name are not the same strategy of
   * the two versions: following a renumbered strategy is no change; naming the same number after
   * that number's strategy was removed is one. When neither version's number names a strategy,
   * the numbers are compared.
   */
  private void strategy(Project a, Project b) {
    if (a.strategy().equals(b.strategy()) && older.strategyByKey.isEmpty() && newer.strategyByKey.isEmpty()) {
      return;
    }
    Optional<String> ka = a.strategy().map(older::keyOf);
    Optional<String> kb = b.strategy().map(newer::keyOf);
    Node sa = ka.map(older.strategyByKey::get).orElse(null);
    Node sb = kb.map(newer.strategyByKey::get).orElse(null);
    boolean changed = sa != null && sb != null ? sa.match != sb : sa != null || sb != null || !ka.equals(kb);
    if (changed) {
      add(Field.STRATEGY, "", a.strategy().map(s -> strategyShown(s, sa)), b.strategy().map(s -> strategyShown(s, sb)),
          Optional.empty());
    }
  }

  private static String strategyShown(String written, Node strategy) {
    return strategy == null ? written : written + " " + strategy.text;
  }

  /** A number such as an indicator's goal: changed when the keys differ. */
  private void number(Field field, Optional<String> a, Optional<String> b) {
    if (!a.map(ElementNumber::key).equals(b.map(ElementNumber::key))) {
      add(field, "", a, b, Optional.empty());
    }
  }

  private void money(Field field, String at, Optional<Baht> a, Optional<Baht> b) {
    if (!a.equals(b)) {
      BigDecimal difference = b.orElse(Baht.ZERO).minus(a.orElse(Baht.ZERO));
      add(field, at, a.map(Values::money), b.map(Values::money), Optional.of(difference));
    }
  }

  /** A value every version has: compared before anything is made. */
  private <T> void value(Field field, T a, T b, Function<T, String> shown) {
    if (!a.equals(b)) {
      one(field, "", Optional.of(a), Optional.of(b), shown, shown, false);
    }
  }

  private <T> void one(Field field, String at, Optional<T> a, Optional<T> b, Function<T, String> shown) {
    one(field, at, a, b, shown, shown, false);
  }

  /**
   * One value: changed when the values differ (or, with {@code byText}, when they look different).
   * Two different values that look alike are shown in detail.
   */
  private <T> void one(Field field, String at, Optional<T> a, Optional<T> b, Function<T, String> shown,
      Function<T, String> detailed, boolean byText) {
    if (a.equals(b)) {
      return;
    }
    Optional<String> sa = a.map(shown);
    Optional<String> sb = b.map(shown);
    if (sa.equals(sb)) {
      if (byText) {
        return;
      }
      sa = a.map(detailed);
      sb = b.map(detailed);
    }
    add(field, at, sa, sb, Optional.empty());
  }

  /**
   * Items of a list compared as a multiset of how they look: each one only in the older list is
   * removed, each one only in the newer list added; their order does not count.
   */
  private <T> void items(Field field, List<T> a, List<T> b, Function<T, String> shown) {
    if (a.equals(b)) {
      return;
    }
    Map<String, Integer> inNewer = new LinkedHashMap<>();
    for (T x : b) {
      inNewer.merge(shown.apply(x), 1, Integer::sum);
    }
    List<String> added = new ArrayList<>();
    Map<String, Integer> inOlder = new LinkedHashMap<>();
    for (T x : a) {
      inOlder.merge(shown.apply(x), 1, Integer::sum);
    }
    for (T x : a) {
      String s = shown.apply(x);
      if (inNewer.merge(s, -1, Integer::sum) < 0) {
        add(field, "", Optional.of(s), Optional.empty(), Optional.empty());
      }
    }
    for (T x : b) {
      String s = shown.apply(x);
      if (inOlder.merge(s, -1, Integer::sum) < 0) {
        added.add(s);
      }
    }
    added.forEach(s -> add(field, "", Optional.empty(), Optional.of(s), Optional.empty()));
  }

  private <T> void keyed(Field field, List<T> a, List<T> b, Function<T, String> key, Function<T, String> shown) {
    keyed(field, a, b, key, shown, shown);
  }

  /**
   * Items of a list that each have a key, such as baselines by year: the k-th item of a key in one
   * list is compared with the k-th of the same key in the other; an item without a partner is
   * removed or added.
   */
  private <T> void keyed(Field field, List<T> a, List<T> b, Function<T, String> key, Function<T, String> shown,
      Function<T, String> detailed) {
    if (a.equals(b)) {
      return;
    }
    Map<String, List<T>> olderByKey = new LinkedHashMap<>();
    a.forEach(x -> olderByKey.computeIfAbsent(key.apply(x), k -> new ArrayList<>()).add(x));
    Map<String, List<T>> newerByKey = new LinkedHashMap<>();
    b.forEach(x -> newerByKey.computeIfAbsent(key.apply(x), k -> new ArrayList<>()).add(x));
    Map<String, Boolean> keys = new LinkedHashMap<>();
    olderByKey.keySet().forEach(k -> keys.put(k, true));
    newerByKey.keySet().forEach(k -> keys.put(k, true));
    for (String k : keys.keySet()) {
      List<T> xs = olderByKey.getOrDefault(k, List.of());
      List<T> ys = newerByKey.getOrDefault(k, List.of());
      for (int i = 0; i < Math.max(xs.size(), ys.size()); i++) {
        one(field, k, i < xs.size() ? Optional.of(xs.get(i)) : Optional.empty(),
            i < ys.size() ? Optional.of(ys.get(i)) : Optional.empty(), shown, detailed, false);
      }
    }
  }

  private void add(Field field, String at, Optional<String> before, Optional<String> after,
      Optional<BigDecimal> difference) {
    if (out == null) {
      out = new ArrayList<>(2);
    }
    out.add(new FieldChange(field, at, before, after, difference));
  }
}
