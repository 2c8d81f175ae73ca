package io.github.eduplan.validation;

import io.github.eduplan.model.Guideline;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.time.FiscalYear;
import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The plan's elements with their paths, in document order; iterative, so depth cannot overflow.
 * Most rules walk the same indicators and guidelines, so the lists of the plan being validated are
 * kept per thread (weakly, by the plan's identity) instead of being rebuilt by every rule.
 */
final class Sites {
  private Sites() {}

  /** The lists of one plan. */
  private record Walked(StrategicPlan plan, List<IndicatorSite> indicators, List<IndicatorSite> top,
      List<GuidelineSite> guidelines) {}

  private static final ThreadLocal<WeakReference<Walked>> LAST = new ThreadLocal<>();

  private static Walked walked(StrategicPlan plan) {
    WeakReference<Walked> ref = LAST.get();
    Walked w = ref == null ? null : ref.get();
    if (w == null || w.plan() != plan) {
      List<IndicatorSite> all = walkIndicators(plan);
      w = new Walked(plan, all, all.stream().filter(site -> !site.component()).toList(), walkGuidelines(plan));
      LAST.set(new WeakReference<>(w));
    }
    return w;
  }

  /** An indicator, top level or component, with its path and strategy. */
  record IndicatorSite(String path, Indicator indicator, Strategy strategy, int strategyIndex,
      boolean component) {
    String target(FiscalYear year) {
      return path + ".targets." + year.buddhistEraYear();
    }
  }

  /** A guideline with its path, depth (0 = top level), parent path and strategy index. */
  record GuidelineSite(String path, Guideline guideline, int depth, String parentPath, int strategy) {}

  static List<IndicatorSite> indicators(StrategicPlan plan) {
    return walked(plan).indicators();
  }

  static List<IndicatorSite> topIndicators(StrategicPlan plan) {
    return walked(plan).top();
  }

  static List<GuidelineSite> guidelines(StrategicPlan plan) {
    return walked(plan).guidelines();
  }

  private static List<IndicatorSite> walkIndicators(StrategicPlan plan) {
    List<IndicatorSite> out = new ArrayList<>();
    for (int s = 0; s < plan.strategies().size(); s++) {
      Strategy strategy = plan.strategies().get(s);
      for (int i = 0; i < strategy.indicators().size(); i++) {
        Deque<IndicatorSite> stack = new ArrayDeque<>();
        stack.push(new IndicatorSite("strategies[" + s + "].indicators[" + i + "]",
            strategy.indicators().get(i), strategy, s, false));
        while (!stack.isEmpty()) {
          IndicatorSite site = stack.pop();
          out.add(site);
          List<Indicator> components = site.indicator().components();
          for (int c = components.size() - 1; c >= 0; c--) {
            stack.push(new IndicatorSite(site.path() + ".components[" + c + "]", components.get(c),
                strategy, s, true));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private static List<GuidelineSite> walkGuidelines(StrategicPlan plan) {
    List<GuidelineSite> out = new ArrayList<>();
    for (int s = 0; s < plan.strategies().size(); s++) {
      List<Guideline> top = plan.strategies().get(s).guidelines();
      Deque<GuidelineSite> stack = new ArrayDeque<>();
      String strategyPath = "strategies[" + s + "]";
      for (int g = top.size() - 1; g >= 0; g--) {
        stack.push(new GuidelineSite(strategyPath + ".guidelines[" + g + "]", top.get(g), 0, strategyPath, s));
      }
      while (!stack.isEmpty()) {
        GuidelineSite site = stack.pop();
        out.add(site);
        List<Guideline> children = site.guideline().children();
        for (int c = children.size() - 1; c >= 0; c--) {
          stack.push(new GuidelineSite(site.path() + ".children[" + c + "]", children.get(c),
              site.depth() + 1, site.path(), s));
        }
      }
    }
    return List.copyOf(out);
  }
}
