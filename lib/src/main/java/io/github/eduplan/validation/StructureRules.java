package io.github.eduplan.validation;

import io.github.eduplan.model.ElementNumber;
import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/** Numbering, references, repeated text and empty titles. */
final class StructureRules {
  private StructureRules() {}

  /** Which numbered elements a numbering rule looks at, as one or more series of elements. */
  enum Numbered {
    STRATEGY((plan, context) -> {
      List<NumberSequence.Item> items = new ArrayList<>();
      for (int s = 0; s < plan.strategies().size(); s++) {
        int at = s;
        items.add(new NumberSequence.Item(plan.strategies().get(s).number(), "plan", () -> "strategies[" + at + "]"));
      }
      return List.of(items);
    }),
    INDICATOR((plan, context) -> {
      List<NumberSequence.Item> items = new ArrayList<>();
      for (Sites.IndicatorSite site : Sites.topIndicators(plan, context)) {
        site.indicator().code().ifPresent(code -> items.add(new NumberSequence.Item(code, site.strategyIndex(), site::path)));
      }
      return List.of(items);
    }),
    PROJECT((plan, context) -> {
      List<NumberSequence.Item> items = new ArrayList<>();
      for (int p = 0; p < plan.projects().size(); p++) {
        Project project = plan.projects().get(p);
        int at = p;
        items.add(new NumberSequence.Item(project.number(), project.strategy().map(ElementNumber::key).orElse(""),
            () -> "projects[" + at + "]"));
      }
      return List.of(items);
    }),
    GUIDELINE((plan, context) -> {
      // Top-level guidelines form one series across strategies, their parent the strategy; children
      // one series per strategy and depth, their parent the guideline above them.
      Map<GuidelineLevel, List<NumberSequence.Item>> byLevel = new LinkedHashMap<>();
      for (Sites.GuidelineSite site : Sites.guidelines(plan, context)) {
        Optional<String> number = site.guideline().number();
        if (number.isEmpty()) {
          continue;
        }
        boolean top = site.depth() == 0;
        GuidelineLevel level = top ? GuidelineLevel.TOP : new GuidelineLevel(site.strategyIndex(), site.depth());
        Object parent = top ? (Object) site.strategyIndex() : site.parent();
        byLevel.computeIfAbsent(level, l -> new ArrayList<>())
            .add(new NumberSequence.Item(number.get(), parent, site::path));
      }
      return List.copyOf(byLevel.values());
    }),
    GOAL((plan, context) -> {
      List<NumberSequence.Item> planGoals = new ArrayList<>();
      for (int g = 0; g < plan.goals().size(); g++) {
        int at = g;
        plan.goals().get(g).number().ifPresent(n -> planGoals.add(new NumberSequence.Item(n, "plan", () -> "goals[" + at + "]")));
      }
      List<NumberSequence.Item> strategyGoals = new ArrayList<>();
      for (int s = 0; s < plan.strategies().size(); s++) {
        List<Goal> goals = plan.strategies().get(s).goals();
        for (int g = 0; g < goals.size(); g++) {
          int strategy = s;
          int at = g;
          goals.get(g).number().ifPresent(n -> strategyGoals.add(
              new NumberSequence.Item(n, strategy, () -> "strategies[" + strategy + "].goals[" + at + "]")));
        }
      }
      return List.of(planGoals, strategyGoals);
    }),
    MISSION((plan, context) -> {
      List<NumberSequence.Item> items = new ArrayList<>();
      for (int m = 0; m < plan.missions().size(); m++) {
        int at = m;
        plan.missions().get(m).number().ifPresent(n -> items.add(new NumberSequence.Item(n, "plan", () -> "missions[" + at + "]")));
      }
      return List.of(items);
    });

    private final BiFunction<StrategicPlan, RuleContext, List<List<NumberSequence.Item>>> series;
    /** The key of this kind's numbering events among a run's shared values. */
    private final RuleContext.SharedKey<List<List<NumberSequence.Event>>> events;

    Numbered(BiFunction<StrategicPlan, RuleContext, List<List<NumberSequence.Item>>> series) {
      this.series = series;
      this.events = RuleContext.SharedKey.named("numbering of " + name());
    }
  }

  /** A series of guidelines: the top level of every strategy, or one depth of one strategy. */
  private record GuidelineLevel(int strategy, int depth) {
    static final GuidelineLevel TOP = new GuidelineLevel(-1, 0);
  }

  /**
   * The repeats and gaps of one kind's numbering, series by series: the duplicate rule and the gap
   * rule of a kind read the same analysis, made once per validation.
   */
  static List<List<NumberSequence.Event>> events(Numbered what, StrategicPlan plan, RuleContext context) {
    return context.shared(what.events, () -> {
      List<List<NumberSequence.Event>> out = new ArrayList<>();
      for (List<NumberSequence.Item> series : what.series.apply(plan, context)) {
        out.add(NumberSequence.analyse(series));
      }
      return out;
    });
  }

  static void duplicates(Numbered what, StrategicPlan plan, RuleContext context) {
    for (List<NumberSequence.Event> series : events(what, plan, context)) {
      for (NumberSequence.Event e : series) {
        if (e instanceof NumberSequence.Repeat repeat) {
          context.at(repeat.item().path()).number(repeat.item().written())
              .value("first", RuleContext.rooted(repeat.first().path())).value("firstNumber", repeat.first().written()).report();
        }
      }
    }
  }

  static void gaps(Numbered what, StrategicPlan plan, RuleContext context) {
    for (List<NumberSequence.Event> series : events(what, plan, context)) {
      for (NumberSequence.Event e : series) {
        if (e instanceof NumberSequence.Gap gap) {
          boolean one = gap.missingFrom() == gap.missingTo();
          context.at(gap.item().path()).number(gap.item().written())
              .value("missing", one ? Integer.toString(gap.missingFrom()) : gap.missingFrom() + "–" + gap.missingTo())
              .variant(one ? "one" : "many")
              .report();
        }
      }
    }
  }

  static void projectStrategyUnknown(StrategicPlan plan, RuleContext context) {
    Set<String> numbers = new HashSet<>();
    plan.strategies().forEach(s -> numbers.add(ElementNumber.key(s.number())));
    for (int p = 0; p < plan.projects().size(); p++) {
      Project project = plan.projects().get(p);
      Optional<String> strategy = project.strategy();
      if (strategy.isPresent() && !numbers.contains(ElementNumber.key(strategy.get()))) {
        context.at("projects[" + p + "].strategy").number(project.number())
            .value("strategy", strategy.get()).report();
      }
    }
  }

  static void indicatorGoalUnknown(StrategicPlan plan, RuleContext context) {
    Set<String> planGoals = new HashSet<>();
    plan.goals().forEach(g -> g.number().ifPresent(n -> planGoals.add(ElementNumber.key(n))));
    // Each strategy's goal numbers, keyed once: a lookup per indicator, not a scan of the goals.
    Map<Integer, Set<String>> strategyGoals = new HashMap<>();
    for (Sites.IndicatorSite site : Sites.indicators(plan, context)) {
      Indicator indicator = site.indicator();
      if (indicator.goal().isEmpty()) {
        continue;
      }
      String goal = ElementNumber.key(indicator.goal().get());
      Set<String> own = strategyGoals.computeIfAbsent(site.strategyIndex(), s -> {
        Set<String> keys = new HashSet<>();
        site.strategy().goals().forEach(g -> g.number().ifPresent(n -> keys.add(ElementNumber.key(n))));
        return keys;
      });
      boolean found = planGoals.contains(goal) || own.contains(goal);
      if (!found) {
        context.at(site.path() + ".goal").number(indicator.code())
            .value("goal", indicator.goal().get()).report();
      }
    }
  }

  static void indicatorGuidelineUnknown(StrategicPlan plan, RuleContext context) {
    Map<Integer, Set<String>> byStrategy = new HashMap<>();
    for (Sites.GuidelineSite site : Sites.guidelines(plan, context)) {
      site.guideline().number().ifPresent(n ->
          byStrategy.computeIfAbsent(site.strategyIndex(), k -> new HashSet<>()).add(ElementNumber.key(n)));
    }
    for (Sites.IndicatorSite site : Sites.indicators(plan, context)) {
      Indicator indicator = site.indicator();
      if (indicator.guideline().isEmpty()) {
        continue;
      }
      int strategy = site.strategyIndex();
      if (!byStrategy.getOrDefault(strategy, Set.of()).contains(ElementNumber.key(indicator.guideline().get()))) {
        context.at(site.path() + ".guideline").number(indicator.code())
            .value("guideline", indicator.guideline().get()).report();
      }
    }
  }

  static void indicatorTextDuplicate(StrategicPlan plan, RuleContext context) {
    Map<String, Sites.IndicatorSite> firstByKey = new HashMap<>();
    for (Sites.IndicatorSite site : Sites.topIndicators(plan, context)) {
      String key = Texts.key(site.indicator().text());
      Sites.IndicatorSite first = key.isEmpty() ? null : firstByKey.putIfAbsent(key, site);
      if (first != null) {
        context.at(site.path() + ".text").number(site.indicator().code())
            .value("first", RuleContext.rooted(first.path())).value("firstNumber", first.indicator().code().orElse("-"))
            .report();
      }
    }
  }

  static void strategyTitleDuplicate(StrategicPlan plan, RuleContext context) {
    Map<String, Integer> firstByKey = new HashMap<>();
    for (int s = 0; s < plan.strategies().size(); s++) {
      Strategy strategy = plan.strategies().get(s);
      String key = Texts.key(strategy.title());
      Integer first = key.isEmpty() ? null : firstByKey.putIfAbsent(key, s);
      if (first != null) {
        context.at("strategies[" + s + "].title").number(strategy.number())
            .value("first", "strategies[" + first + "]")
            .value("firstNumber", plan.strategies().get(first).number()).report();
      }
    }
  }

  static void titleEmpty(StrategicPlan plan, RuleContext context) {
    plan.title().filter(String::isBlank).ifPresent(t -> context.at("title").report());
    for (int m = 0; m < plan.missions().size(); m++) {
      if (plan.missions().get(m).text().isBlank()) {
        context.at("missions[" + m + "].text").number(plan.missions().get(m).number()).report();
      }
    }
    for (int g = 0; g < plan.goals().size(); g++) {
      if (plan.goals().get(g).text().isBlank()) {
        context.at("goals[" + g + "].text").number(plan.goals().get(g).number()).report();
      }
    }
    List<Sites.GuidelineSite> guidelines = Sites.guidelines(plan, context);
    List<Sites.IndicatorSite> indicators = Sites.indicators(plan, context);
    int nextGuideline = 0;
    int nextIndicator = 0;
    for (int s = 0; s < plan.strategies().size(); s++) {
      Strategy strategy = plan.strategies().get(s);
      if (strategy.title().isBlank()) {
        context.at("strategies[" + s + "].title").number(strategy.number()).report();
      }
      for (int g = 0; g < strategy.goals().size(); g++) {
        if (strategy.goals().get(g).text().isBlank()) {
          context.at("strategies[" + s + "].goals[" + g + "].text")
              .number(strategy.goals().get(g).number()).report();
        }
      }
      // Both walks list the strategies in order, so each strategy's sites follow the last one's.
      for (; nextGuideline < guidelines.size() && guidelines.get(nextGuideline).strategyIndex() == s; nextGuideline++) {
        Sites.GuidelineSite site = guidelines.get(nextGuideline);
        if (site.guideline().text().isBlank()) {
          context.at(site.path() + ".text").number(site.guideline().number()).report();
        }
      }
      for (; nextIndicator < indicators.size() && indicators.get(nextIndicator).strategyIndex() == s; nextIndicator++) {
        Sites.IndicatorSite site = indicators.get(nextIndicator);
        if (site.indicator().text().isBlank()) {
          context.at(site.path() + ".text").number(site.indicator().code()).report();
        }
      }
    }
    for (int p = 0; p < plan.projects().size(); p++) {
      if (plan.projects().get(p).title().isBlank()) {
        context.at("projects[" + p + "].title").number(plan.projects().get(p).number()).report();
      }
    }
  }
}
