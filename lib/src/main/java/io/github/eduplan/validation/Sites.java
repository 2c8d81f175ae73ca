package io.github.eduplan.validation;

import com.google.common.collect.ImmutableSortedMap;
import io.github.eduplan.model.Guideline;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.Target;
import io.github.eduplan.time.FiscalYear;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SortedMap;

/**
 * The plan's elements with their paths, in document order; iterative, so depth cannot overflow.
 * Most rules walk the same indicators and guidelines, so the walk is made once per validation
 * ({@link RuleContext#shared}) instead of by every rule. A site's path is made when a finding asks
 * for it: most elements have none. The lists are the walk's own, which no rule changes.
 */
final class Sites {
  private Sites() {}

  /** The lists of one plan, walked once per validation and shared by the rules of that run. */
  private record Walked(List<IndicatorSite> indicators, List<IndicatorSite> top, List<GuidelineSite> guidelines) {}

  /** The key of the walk among a run's shared values. */
  private static final RuleContext.SharedKey<Walked> WALKED = RuleContext.SharedKey.named("indicator and guideline sites");

  private static Walked walked(StrategicPlan plan, RuleContext context) {
    return context.shared(WALKED, () -> {
      List<IndicatorSite> top = new ArrayList<>();
      List<IndicatorSite> all = walkIndicators(plan, top);
      return new Walked(all, top, walkGuidelines(plan));
    });
  }

  /**
   * An element the walk reached: its parent's site (or none at the top of a strategy), its index
   * there, and its path, made on first request. A site belongs to one validation, which runs on
   * one thread.
   */
  abstract static class Site {
    private final Site parent;
    private final int strategyIndex;
    private final int index;
    private String path;

    Site(Site parent, int strategyIndex, int index) {
      this.parent = parent;
      this.strategyIndex = strategyIndex;
      this.index = index;
    }

    /**
     * The element's path, such as {@code strategies[0].indicators[2].components[1]}: made from
     * the top of the strategy down, without recursion (depth cannot overflow), and kept for the
     * next request; the ancestors' paths are not kept, as findings seldom need them.
     */
    final String path() {
      if (path == null) {
        Deque<Site> line = new ArrayDeque<>();
        for (Site s = this; s != null; s = s.parent) {
          line.push(s);
        }
        StringBuilder sb = new StringBuilder(32 + 16 * line.size());
        Site top = line.pop();
        sb.append("strategies[").append(top.strategyIndex).append("].").append(top.topList())
            .append('[').append(top.index).append(']');
        while (!line.isEmpty()) {
          Site s = line.pop();
          sb.append('.').append(s.childList()).append('[').append(s.index).append(']');
        }
        path = sb.toString();
      }
      return path;
    }

    /** The name of the strategy's list of top-level elements of this kind. */
    abstract String topList();

    /** The name of an element's list of child elements of this kind. */
    abstract String childList();

    /** The index of the strategy the element is in. */
    final int strategyIndex() {
      return strategyIndex;
    }

    /** The site of the element this one is a child of, or null at the top of a strategy. */
    final Site parent() {
      return parent;
    }
  }

  /**
   * An indicator, top level or component, with its path, strategy and yearly targets in year
   * order, as the sorted map's own lists of keys and values: the rules read them by index instead
   * of walking the map's entries, which makes a new entry for each.
   */
  static final class IndicatorSite extends Site {
    private final Indicator indicator;
    private final Strategy strategy;
    private final List<FiscalYear> years;
    private final List<Target> targets;

    IndicatorSite(IndicatorSite parent, Indicator indicator, Strategy strategy, int strategyIndex, int index) {
      super(parent, strategyIndex, index);
      this.indicator = indicator;
      this.strategy = strategy;
      SortedMap<FiscalYear, Target> yearly = indicator.targets();
      if (yearly instanceof ImmutableSortedMap<FiscalYear, Target> sorted) {
        // The map's own lists of keys and values: nothing is copied.
        this.years = sorted.keySet().asList();
        this.targets = sorted.values().asList();
      } else {
        this.years = List.copyOf(yearly.keySet());
        this.targets = List.copyOf(yearly.values());
      }
    }

    @Override
    String topList() {
      return "indicators";
    }

    @Override
    String childList() {
      return "components";
    }

    Indicator indicator() {
      return indicator;
    }

    Strategy strategy() {
      return strategy;
    }

    /** The years of the yearly targets, in order; {@link #targets} at the same index. */
    List<FiscalYear> years() {
      return years;
    }

    /** The yearly targets in year order, for {@link #years} at the same index. */
    List<Target> targets() {
      return targets;
    }

    String target(FiscalYear year) {
      return path() + ".targets." + year.buddhistEraYear();
    }
  }

  /** A guideline with its path, depth (0 = top level), parent guideline and strategy index. */
  static final class GuidelineSite extends Site {
    private final Guideline guideline;
    private final int depth;

    GuidelineSite(GuidelineSite parent, Guideline guideline, int strategyIndex, int index) {
      super(parent, strategyIndex, index);
      this.guideline = guideline;
      this.depth = parent == null ? 0 : parent.depth + 1;
    }

    @Override
    String topList() {
      return "guidelines";
    }

    @Override
    String childList() {
      return "children";
    }

    Guideline guideline() {
      return guideline;
    }

    int depth() {
      return depth;
    }
  }

  static List<IndicatorSite> indicators(StrategicPlan plan, RuleContext context) {
    return walked(plan, context).indicators();
  }

  static List<IndicatorSite> topIndicators(StrategicPlan plan, RuleContext context) {
    return walked(plan, context).top();
  }

  static List<GuidelineSite> guidelines(StrategicPlan plan, RuleContext context) {
    return walked(plan, context).guidelines();
  }

  private static List<IndicatorSite> walkIndicators(StrategicPlan plan, List<IndicatorSite> top) {
    List<IndicatorSite> out = new ArrayList<>();
    Deque<IndicatorSite> stack = new ArrayDeque<>();
    for (int s = 0; s < plan.strategies().size(); s++) {
      Strategy strategy = plan.strategies().get(s);
      for (int i = 0; i < strategy.indicators().size(); i++) {
        IndicatorSite first = new IndicatorSite(null, strategy.indicators().get(i), strategy, s, i);
        top.add(first);
        stack.push(first);
        while (!stack.isEmpty()) {
          IndicatorSite site = stack.pop();
          out.add(site);
          List<Indicator> components = site.indicator().components();
          for (int c = components.size() - 1; c >= 0; c--) {
            stack.push(new IndicatorSite(site, components.get(c), strategy, s, c));
          }
        }
      }
    }
    return out;   // read only, by the rules of one validation
  }

  private static List<GuidelineSite> walkGuidelines(StrategicPlan plan) {
    List<GuidelineSite> out = new ArrayList<>();
    Deque<GuidelineSite> stack = new ArrayDeque<>();
    for (int s = 0; s < plan.strategies().size(); s++) {
      List<Guideline> top = plan.strategies().get(s).guidelines();
      for (int g = top.size() - 1; g >= 0; g--) {
        stack.push(new GuidelineSite(null, top.get(g), s, g));
      }
      while (!stack.isEmpty()) {
        GuidelineSite site = stack.pop();
        out.add(site);
        List<Guideline> children = site.guideline().children();
        for (int c = children.size() - 1; c >= 0; c--) {
          stack.push(new GuidelineSite(site, children.get(c), s, c));
        }
      }
    }
    return out;   // read only, by the rules of one validation
  }
}
