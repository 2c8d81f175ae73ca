package io.github.eduplan.validation;

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
import java.util.Map;

/**
 * The plan's elements with their paths, in document order; iterative, so depth cannot overflow.
 * Most rules walk the same indicators and guidelines, so the walk is made once per validation
 * ({@link RuleContext#shared}) instead of by every rule.
 */
final class Sites {
  private Sites() {}

  /** The lists of one plan, walked once per validation and shared by the rules of that run. */
  private record Walked(List<IndicatorSite> indicators, List<IndicatorSite> top, List<GuidelineSite> guidelines) {}

  /** The key of the walk among a run's shared values. */
  private static final Object WALKED = new Object();

  private static Walked walked(StrategicPlan plan, RuleContext context) {
    return context.shared(WALKED, () -> {
      List<IndicatorSite> all = walkIndicators(plan);
      return new Walked(all, all.stream().filter(site -> !site.component()).toList(), walkGuidelines(plan));
    });
  }

  /** An indicator, top level or component, with its path, strategy and yearly targets. */
  record IndicatorSite(String path, Indicator indicator, Strategy strategy, int strategyIndex,
      boolean component, List<Map.Entry<FiscalYear, Target>> yearly) {
    /**
     * A site with the indicator's yearly targets listed in year order, once per walk: the rules
     * that read them would otherwise each walk the sorted map's entries, which makes a new entry
     * for each.
     */
    IndicatorSite(String path, Indicator indicator, Strategy strategy, int strategyIndex, boolean component) {
      this(path, indicator, strategy, strategyIndex, component, List.copyOf(indicator.targets().entrySet()));
    }

    String target(FiscalYear year) {
      return path + ".targets." + year.buddhistEraYear();
    }
  }

  /** A guideline with its path, depth (0 = top level), parent path and strategy index. */
  record GuidelineSite(String path, Guideline guideline, int depth, String parentPath, int strategy) {}

  static List<IndicatorSite> indicators(StrategicPlan plan, RuleContext context) {
    return walked(plan, context).indicators();
  }

  static List<IndicatorSite> topIndicators(StrategicPlan plan, RuleContext context) {
    return walked(plan, context).top();
  }

  static List<GuidelineSite> guidelines(StrategicPlan plan, RuleContext context) {
    return walked(plan, context).guidelines();
  }

  private static List<IndicatorSite> walkIndicators(StrategicPlan plan) {
    List<IndicatorSite> out = new ArrayList<>();
    Deque<IndicatorSite> stack = new ArrayDeque<>();
    for (int s = 0; s < plan.strategies().size(); s++) {
      Strategy strategy = plan.strategies().get(s);
      for (int i = 0; i < strategy.indicators().size(); i++) {
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

  static List<GuidelineSite> walkGuidelines(StrategicPlan plan) {
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
