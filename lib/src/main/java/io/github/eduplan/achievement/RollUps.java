package io.github.eduplan.achievement;

import io.github.eduplan.model.ElementNumber;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The roll-up part of {@link AchievementCalculator}: the share met and the weighted mean of capped
 * achievement of a goal, a strategy or a plan. Grouping is one pass over the achievements with a
 * hash map, so every roll-up costs time linear in the plan's indicators.
 */
final class RollUps {
  private final Precision precision;

  RollUps(Precision precision) {
    this.precision = precision;
  }

  RollUp rollUp(RollUpScope scope, Optional<String> key, List<IndicatorAchievement> parts,
      Map<IndicatorKey, BigDecimal> weights) {
    return rollUp(scope, key, Optional.empty(), parts, weights);
  }

  private RollUp rollUp(RollUpScope scope, Optional<String> key, Optional<String> strategy,
      List<IndicatorAchievement> parts, Map<IndicatorKey, BigDecimal> weights) {
    Map<IndicatorKey, BigDecimal> used = new LinkedHashMap<>();
    BigDecimal weightSum = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;
    int assessable = 0;
    int met = 0;
    for (IndicatorAchievement part : parts) {
      if (!part.isAssessable()) {
        continue;
      }
      assessable++;
      met += part.isMet() ? 1 : 0;
      BigDecimal w = weights.getOrDefault(part.indicator(), BigDecimal.ONE);
      if (w.signum() < 0) {
        throw new IllegalArgumentException("weight of " + part.indicator() + " cannot be negative: " + w.toPlainString());
      }
      used.put(part.indicator(), w);
      weightSum = weightSum.add(w);
      weighted = weighted.add(w.multiply(part.cappedPercent().orElseThrow()));
    }
    RollUp.Builder b = RollUp.builder().scope(scope).key(key).strategy(strategy).addAllParts(parts).putAllWeights(used);
    if (assessable > 0) {
      b.shareMet(precision.percent(BigDecimal.valueOf(met), BigDecimal.valueOf(assessable)));
    }
    if (weightSum.signum() > 0) {
      b.weightedMeanAchievement(weighted.divide(weightSum, precision.scale(), precision.roundingMode()));
    }
    return b.build();
  }

  RollUp plan(PlanAchievement achievement, Map<IndicatorKey, BigDecimal> weights) {
    return rollUp(RollUpScope.PLAN, Optional.empty(), achievement.indicators(), weights);
  }

  List<RollUp> strategies(PlanAchievement achievement, Map<IndicatorKey, BigDecimal> weights) {
    Map<String, List<IndicatorAchievement>> groups = groups(achievement, a -> a.indicator().strategy());
    List<RollUp> out = new ArrayList<>(groups.size());
    groups.forEach((strategy, parts) -> out.add(rollUp(RollUpScope.STRATEGY, Optional.of(strategy), parts, weights)));
    return List.copyOf(out);
  }

  /** A goal of a strategy: the strategy's number and the goal's, both as keys; no goal is empty. */
  private record Goal(String strategy, Optional<String> goal) {}

  List<RollUp> goals(PlanAchievement achievement, Map<IndicatorKey, BigDecimal> weights) {
    Map<Goal, List<IndicatorAchievement>> groups = groups(achievement, a -> new Goal(a.indicator().strategy(),
        a.goal().map(ElementNumber::key).filter(g -> !g.isEmpty())));
    List<RollUp> out = new ArrayList<>(groups.size());
    groups.forEach((goal, parts) ->
        out.add(rollUp(RollUpScope.GOAL, goal.goal(), Optional.of(goal.strategy()), parts, weights)));
    return List.copyOf(out);
  }

  /** The achievements grouped by a key, groups in order of first appearance, each in plan order. */
  static <K> Map<K, List<IndicatorAchievement>> groups(PlanAchievement achievement,
      Function<IndicatorAchievement, K> keyOf) {
    Map<K, List<IndicatorAchievement>> groups = new LinkedHashMap<>();
    for (IndicatorAchievement a : achievement.indicators()) {
      groups.computeIfAbsent(keyOf.apply(a), k -> new ArrayList<>()).add(a);
    }
    return groups;
  }
}
