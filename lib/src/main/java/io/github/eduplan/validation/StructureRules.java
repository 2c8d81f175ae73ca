package io.github.eduplan.validation;

import io.github.eduplan.model.ElementNumber;
import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/** Numbering, references, repeated text and empty titles. */
final class StructureRules {
  private StructureRules() {}

  /** Which numbered elements a numbering rule looks at. */
  enum Numbered {
    STRATEGY((plan, context) -> {
      NumberSequence.Series series = new NumberSequence.Series(s -> "strategies[" + s + "]");
      for (int s = 0; s < plan.strategies().size(); s++) {
        series.add(plan.strategies().get(s).number(), "plan", s);
      }
      return List.of(series);
    }),
    INDICATOR((plan, context) -> {
      NumberSequence.Series series = new NumberSequence.Series(
          k -> "strategies[" + (k >>> 32) + "].indicators[" + (int) k + "]");
      for (int s = 0; s < plan.strategies().size(); s++) {
        List<Indicator> indicators = plan.strategies().get(s).indicators();
        for (int i = 0; i < indicators.size(); i++) {
          Optional<String> code = indicators.get(i).code();
          if (code.isPresent()) {
            series.add(code.get(), s, pair(s, i));
          }
        }
      }
      return List.of(series);
    }),
    PROJECT((plan, context) -> {
      NumberSequence.Series series = new NumberSequence.Series(p -> "projects[" + p + "]");
      for (int p = 0; p < plan.projects().size(); p++) {
        Project project = plan.projects().get(p);
        series.add(project.number(), project.strategy().map(ElementNumber::key).orElse(""), p);
      }
      return List.of(series);
    }),
    GUIDELINE((plan, context) -> {
      List<Sites.GuidelineSite> sites = Sites.guidelines(plan, context);
      Map<Long, NumberSequence.Series> byLevel = new java.util.LinkedHashMap<>();
      for (int g = 0; g < sites.size(); g++) {
        Sites.GuidelineSite site = sites.get(g);
        Optional<String> number = site.guideline().number();
        if (number.isEmpty()) {
          continue;
        }
        // Top-level guidelines form one series across strategies; children one series per
        // strategy and depth, with the parent guideline (its site, one per guideline) as parent.
        long series = site.depth() == 0 ? -1 : pair(site.strategyIndex(), site.depth());
        Object parent = site.depth() == 0 ? (Object) site.strategyIndex() : site.parent();
        byLevel.computeIfAbsent(series, k -> new NumberSequence.Series(i -> sites.get((int) i).path()))
            .add(number.get(), parent, g);
      }
      return new ArrayList<>(byLevel.values());
    }),
    GOAL((plan, context) -> {
      NumberSequence.Series planGoals = new NumberSequence.Series(g -> "goals[" + g + "]");
      for (int g = 0; g < plan.goals().size(); g++) {
        Optional<String> number = plan.goals().get(g).number();
        if (number.isPresent()) {
          planGoals.add(number.get(), "plan", g);
        }
      }
      NumberSequence.Series strategyGoals = new NumberSequence.Series(
          k -> "strategies[" + (k >>> 32) + "].goals[" + (int) k + "]");
      for (int s = 0; s < plan.strategies().size(); s++) {
        List<Goal> goals = plan.strategies().get(s).goals();
        for (int g = 0; g < goals.size(); g++) {
          Optional<String> number = goals.get(g).number();
          if (number.isPresent()) {
            strategyGoals.add(number.get(), s, pair(s, g));
          }
        }
      }
      return List.of(planGoals, strategyGoals);
    }),
    MISSION((plan, context) -> {
      NumberSequence.Series series = new NumberSequence.Series(m -> "missions[" + m + "]");
      for (int m = 0; m < plan.missions().size(); m++) {
        Optional<String> number = plan.missions().get(m).number();
        if (number.isPresent()) {
          series.add(number.get(), "plan", m);
        }
      }
      return List.of(series);
    });

    private final BiFunction<StrategicPlan, RuleContext, List<NumberSequence.Series>> series;

    Numbered(BiFunction<StrategicPlan, RuleContext, List<NumberSequence.Series>> series) {
      this.series = series;
    }

    /** Two indexes (each at least 0) in one key: the first in the high half. */
    private static long pair(int high, int low) {
      return (long) high << 32 | low;
    }
  }

  /** The key of one kind's numbering events among a run's shared values. */
  private record EventsKey(Numbered numbered) {}

  /**
   * The repeats and gaps of one kind's numbering, series by series: the duplicate rule and the gap
   * rule of a kind read the same analysis, made once per validation.
   */
  static List<List<NumberSequence.Event>> events(Numbered what, StrategicPlan plan, RuleContext context) {
    return context.shared(new EventsKey(what), () -> {
      List<List<NumberSequence.Event>> out = new ArrayList<>();
      for (NumberSequence.Series series : what.series.apply(plan, context)) {
        out.add(NumberSequence.analyse(series));
      }
      return out;
    });
  }

  static void duplicates(Numbered what, StrategicPlan plan, RuleContext context) {
    for (List<NumberSequence.Event> series : events(what, plan, context)) {
      for (NumberSequence.Event e : series) {
        if (e.duplicate()) {
          context.at(e.item().path()).number(e.item().written())
              .value("first", e.firstPath()).value("firstNumber", e.firstWritten()).report();
        }
      }
    }
  }

  static void gaps(Numbered what, StrategicPlan plan, RuleContext context) {
    for (List<NumberSequence.Event> series : events(what, plan, context)) {
      for (NumberSequence.Event e : series) {
        if (!e.duplicate()) {
          String missing = e.missingFrom() == e.missingTo()
              ? Integer.toString(e.missingFrom())
              : e.missingFrom() + "–" + e.missingTo();
          context.at(e.item().path()).number(e.item().written())
              .value("missing", missing).variant(e.missingFrom() == e.missingTo() ? "one" : "many")
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
    for (Sites.IndicatorSite site : Sites.indicators(plan, context)) {
      Indicator indicator = site.indicator();
      if (indicator.goal().isEmpty()) {
        continue;
      }
      String goal = ElementNumber.key(indicator.goal().get());
      boolean found = planGoals.contains(goal) || site.strategy().goals().stream()
          .anyMatch(g -> g.number().filter(n -> ElementNumber.key(n).equals(goal)).isPresent());
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

  /**
   * The first of a list's texts with each {@linkplain Texts#key key}, found without making the
   * keys (most texts have white space, so their keys would be copies): an open-addressing table
   * of the keys' hashes, whose texts are compared key to key only when the hashes are equal.
   */
  private static final class FirstByKey {
    private final long[] hashes;
    private final String[] texts;
    private final int[] places;

    FirstByKey(int texts) {
      int size = Integer.highestOneBit(Math.max(4, texts) * 2 - 1) << 1;
      this.hashes = new long[size];
      this.texts = new String[size];
      this.places = new int[size];
      Arrays.fill(hashes, -1);
    }

    /**
     * Returns the place of the first text given before with the same key as this one, or -1 after
     * remembering this one at its place; -1 for a text whose key is empty, which is not
     * remembered.
     */
    int firstOrAdd(String text, int place) {
      long hash = Texts.keyHash(text);
      if (hash < 0) {
        return -1;
      }
      int mask = hashes.length - 1;
      for (int slot = (int) (hash ^ hash >>> 16) & mask; ; slot = (slot + 1) & mask) {
        if (hashes[slot] < 0) {
          hashes[slot] = hash;
          texts[slot] = text;
          places[slot] = place;
          return -1;
        }
        if (hashes[slot] == hash && Texts.sameKey(texts[slot], text)) {
          return places[slot];
        }
      }
    }
  }

  static void indicatorTextDuplicate(StrategicPlan plan, RuleContext context) {
    List<Sites.IndicatorSite> sites = Sites.topIndicators(plan, context);
    FirstByKey first = new FirstByKey(sites.size());
    for (int i = 0; i < sites.size(); i++) {
      Sites.IndicatorSite site = sites.get(i);
      int earlier = first.firstOrAdd(site.indicator().text(), i);
      if (earlier >= 0) {
        Sites.IndicatorSite firstSite = sites.get(earlier);
        context.at(site.path() + ".text").number(site.indicator().code())
            .value("first", firstSite.path()).value("firstNumber", firstSite.indicator().code().orElse("-"))
            .report();
      }
    }
  }

  static void strategyTitleDuplicate(StrategicPlan plan, RuleContext context) {
    FirstByKey first = new FirstByKey(plan.strategies().size());
    for (int s = 0; s < plan.strategies().size(); s++) {
      Strategy strategy = plan.strategies().get(s);
      int earlier = first.firstOrAdd(strategy.title(), s);
      if (earlier >= 0) {
        context.at("strategies[" + s + "].title").number(strategy.number())
            .value("first", "strategies[" + earlier + "]")
            .value("firstNumber", plan.strategies().get(earlier).number()).report();
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
