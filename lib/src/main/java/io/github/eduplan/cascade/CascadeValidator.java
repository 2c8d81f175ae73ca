package io.github.eduplan.cascade;

import io.github.eduplan.alignment.AlignmentMap;
import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.alignment.CatalogueItem;
import io.github.eduplan.alignment.PlanLevel;
import io.github.eduplan.alignment.TracePath;
import io.github.eduplan.model.ElementNumber;
import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.ServedElement;
import io.github.eduplan.model.ServedKind;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.validation.Finding;
import io.github.eduplan.validation.FindingMessages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks the links between the plans of a set (การตรวจความสอดคล้องระหว่างแผน) with the
 * {@link CascadeRule cascade rules}: served plans the set cannot resolve, served strategies and
 * goals the plan above lacks, fiscal years outside the served plan's period, two plans for one
 * office and year, and a project's national strategy that contradicts the one its served strategy
 * leads to. Each finding is a {@link Finding} with a code, severity, path, values and a Thai or
 * English message, in a {@link CascadeFinding} naming its plan.
 *
 * <pre>{@code
 * for (CascadeFinding f : CascadeValidator.standard().validate(PlanSet.of(plans), Catalogue.bundled())) {
 *   System.out.println(f.plan().office().name() + " " + f.finding().message(Locale.forLanguageTag("th")));
 * }
 * }</pre>
 *
 * <p>A validation reads each plan once and costs time linear in the set's plans and their
 * elements. This type is immutable and thread-safe.
 */
public final class CascadeValidator {
  private static final FindingMessages MESSAGES =
      FindingMessages.fromProperties(CascadeValidator.class, "messages.properties", "messages_th.properties");
  private static final CascadeValidator STANDARD = new CascadeValidator(EnumSet.allOf(CascadeRule.class));

  private final Set<CascadeRule> rules;

  private CascadeValidator(Set<CascadeRule> rules) {
    this.rules = Collections.unmodifiableSet(EnumSet.copyOf(rules));
  }

  /**
   * Returns the validator with every cascade rule.
   *
   * @return the validator, not null
   */
  public static CascadeValidator standard() {
    return STANDARD;
  }

  /**
   * Returns a validator without some rules.
   *
   * @param disabled the rules to leave out, not null
   * @return a new validator, not null
   */
  public CascadeValidator without(CascadeRule... disabled) {
    Set<CascadeRule> kept = EnumSet.noneOf(CascadeRule.class);
    kept.addAll(rules);
    for (CascadeRule r : disabled) {
      kept.remove(r);
    }
    return new CascadeValidator(kept);
  }

  /**
   * Returns the rules this validator runs, in their order.
   *
   * @return the rules, not null
   */
  public Set<CascadeRule> rules() {
    return rules;
  }

  /**
   * Checks a set of plans against a catalogue.
   *
   * @param set the plans, not null
   * @param catalogue the alignment catalogue, for the national strategy, not null
   * @return the findings, plan by plan in the set's order, not null
   */
  public List<CascadeFinding> validate(PlanSet set, Catalogue catalogue) {
    return validate(Consolidation.of(set, catalogue));
  }

  /**
   * Checks the set of plans of a consolidation, with its alignment maps.
   *
   * @param consolidation the consolidation, not null
   * @return the findings, plan by plan in the set's order, each plan's in the rules' order, not null
   */
  public List<CascadeFinding> validate(Consolidation consolidation) {
    PlanSet set = consolidation.set();
    int n = set.plans().size();
    List<List<Finding>> byPlan = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byPlan.add(new ArrayList<>());
    }
    if (rules.contains(CascadeRule.CASCADE_PARENT_UNRESOLVED)) {
      for (UnresolvedParent u : set.unresolved()) {
        byPlan.get(set.indexOf(u.plan())).add(unresolved(u));
      }
    }
    for (int i = 0; i < n; i++) {
      int parent = set.parentIndex(i);
      if (parent < 0) {
        continue;
      }
      StrategicPlan plan = set.plans().get(i);
      StrategicPlan above = set.plans().get(parent);
      if (rules.contains(CascadeRule.CASCADE_SERVED_MISSING)) {
        servedMissing(plan, above, byPlan.get(i));
      }
      if (rules.contains(CascadeRule.CASCADE_PERIOD_OUTSIDE_PARENT)) {
        periodOutside(plan, above, byPlan.get(i));
      }
      if (rules.contains(CascadeRule.CASCADE_NATIONAL_CONTRADICTION)) {
        national(consolidation, i, above, byPlan.get(i));
      }
    }
    if (rules.contains(CascadeRule.CASCADE_PLAN_DUPLICATE)) {
      duplicates(set, byPlan);
    }
    List<CascadeFinding> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Finding> own = byPlan.get(i);
      own.sort((a, b) -> Integer.compare(CascadeRule.valueOf(a.code()).ordinal(), CascadeRule.valueOf(b.code()).ordinal()));
      for (Finding f : own) {
        out.add(new CascadeFinding(set.plans().get(i), f));
      }
    }
    return List.copyOf(out);
  }

  private static Finding.Builder finding(CascadeRule rule, String path) {
    return Finding.builder().code(rule.code()).severity(rule.severity()).path(path).messages(MESSAGES);
  }

  private static String name(StrategicPlan plan) {
    return plan.office().shortName().orElse(plan.office().name());
  }

  private static Finding unresolved(UnresolvedParent u) {
    Finding.Builder b = finding(CascadeRule.CASCADE_PARENT_UNRESOLVED, "$.serves")
        .putValue("office", u.served().office()).putValue("year", Integer.toString(u.served().fiscalYear()));
    if (u.isAmbiguous()) {
      b.messageKey(CascadeRule.CASCADE_PARENT_UNRESOLVED.code() + ".ambiguous")
          .putValue("count", Integer.toString(u.candidates().size()));
    }
    return b.build();
  }

  /** The goals a served element of kind GOAL may name: the plan's goals, then each strategy's. */
  static List<Goal> goals(StrategicPlan plan) {
    List<Goal> all = new ArrayList<>(plan.goals());
    plan.strategies().forEach(s -> all.addAll(s.goals()));
    return all;
  }

  private static void servedMissing(StrategicPlan plan, StrategicPlan above, List<Finding> out) {
    Set<String> strategies = new HashSet<>();
    above.strategies().forEach(s -> strategies.add(ElementNumber.key(s.number())));
    Set<String> goals = new HashSet<>();
    goals(above).forEach(g -> g.number().ifPresent(number -> goals.add(ElementNumber.key(number))));
    for (int g = 0; g < plan.goals().size(); g++) {
      Goal goal = plan.goals().get(g);
      missing("$.goals[" + g + "]", goal.number().orElse(null), goal.serves(), strategies, goals, above, out);
    }
    for (int s = 0; s < plan.strategies().size(); s++) {
      Strategy strategy = plan.strategies().get(s);
      missing("$.strategies[" + s + "]", strategy.number(), strategy.serves(), strategies, goals, above, out);
      for (int g = 0; g < strategy.goals().size(); g++) {
        Goal goal = strategy.goals().get(g);
        missing("$.strategies[" + s + "].goals[" + g + "]", goal.number().orElse(null), goal.serves(), strategies,
            goals, above, out);
      }
    }
    for (int p = 0; p < plan.projects().size(); p++) {
      Project project = plan.projects().get(p);
      missing("$.projects[" + p + "]", project.number(), project.serves(), strategies, goals, above, out);
    }
  }

  private static void missing(String path, String number, List<ServedElement> serves, Set<String> strategies,
      Set<String> goals, StrategicPlan above, List<Finding> out) {
    for (int j = 0; j < serves.size(); j++) {
      ServedElement e = serves.get(j);
      boolean strategy = e.kind() == ServedKind.STRATEGY;
      if ((strategy ? strategies : goals).contains(ElementNumber.key(e.number()))) {
        continue;
      }
      Finding.Builder b = finding(CascadeRule.CASCADE_SERVED_MISSING, path + ".serves[" + j + "]")
          .putValue("element", path).putValue("kind", strategy ? "strategy" : "goal")
          .putValue("kind@th", strategy ? "กลยุทธ์" : "เป้าประสงค์").putValue("served", e.number())
          .putValue("parent", name(above)).putValue("parentPeriod", above.period().toString());
      if (number != null) {
        b.number(number);
      }
      out.add(b.build());
    }
  }

  private static void periodOutside(StrategicPlan plan, StrategicPlan above, List<Finding> out) {
    int low = Math.min(plan.period().first().buddhistEraYear(), plan.period().last().buddhistEraYear());
    int high = Math.max(plan.period().first().buddhistEraYear(), plan.period().last().buddhistEraYear());
    int aboveLow = Math.min(above.period().first().buddhistEraYear(), above.period().last().buddhistEraYear());
    int aboveHigh = Math.max(above.period().first().buddhistEraYear(), above.period().last().buddhistEraYear());
    List<String> runs = new ArrayList<>();
    if (low < aboveLow) {
      runs.add(FiscalYearRange.of(low, Math.min(high, aboveLow - 1)).toString());
    }
    if (high > aboveHigh) {
      runs.add(FiscalYearRange.of(Math.max(low, aboveHigh + 1), high).toString());
    }
    if (!runs.isEmpty()) {
      out.add(finding(CascadeRule.CASCADE_PERIOD_OUTSIDE_PARENT, "$.period")
          .putValue("period", plan.period().toString()).putValue("parent", name(above))
          .putValue("parentPeriod", above.period().toString()).putValue("outside", String.join(", ", runs)).build());
    }
  }

  /** The top of a national strategy item within its framework (3 for 3.1). */
  private static CatalogueItem top(Catalogue catalogue, CatalogueItem item) {
    CatalogueItem top = item;
    for (CatalogueItem up : catalogue.ancestors(item)) {
      if (!up.framework().equals(item.framework())) {
        break;
      }
      top = up;
    }
    return top;
  }

  private static void national(Consolidation c, int at, StrategicPlan above, List<Finding> out) {
    StrategicPlan plan = c.set().plans().get(at);
    AlignmentMap map = c.map(plan);
    Catalogue catalogue = map.catalogue();
    for (int p = 0; p < plan.projects().size(); p++) {
      Project project = plan.projects().get(p);
      List<ServedElement> served = Consolidation.servedStrategies(plan, project);
      if (served.isEmpty() || project.alignment().isEmpty()) {
        continue;
      }
      Set<CatalogueItem> own = new LinkedHashSet<>();
      for (TracePath path : map.trace(project).paths()) {
        if (path.via().isEmpty()) {
          path.items().stream().filter(i -> i.level() == PlanLevel.LEVEL_1).forEach(i -> own.add(top(catalogue, i)));
        }
      }
      if (own.isEmpty()) {
        continue;
      }
      Set<CatalogueItem> leads = new LinkedHashSet<>();
      c.upward(at, served).national().forEach(i -> leads.add(top(catalogue, i)));
      if (leads.isEmpty() || leads.stream().anyMatch(own::contains)) {
        continue;
      }
      out.add(finding(CascadeRule.CASCADE_NATIONAL_CONTRADICTION, "$.projects[" + p + "]").number(project.number())
          .putValue("own", numbers(own)).putValue("served", numbers(leads))
          .putValue("strategies", served.stream().map(ServedElement::number).collect(Collectors.joining(", ")))
          .putValue("parent", name(above)).build());
    }
  }

  private static String numbers(Set<CatalogueItem> items) {
    return items.stream().map(CatalogueItem::number).collect(Collectors.joining(", "));
  }

  /** Two plans of one kind for one office (by name or short name) with a fiscal year in common. */
  private static void duplicates(PlanSet set, List<List<Finding>> byPlan) {
    Map<String, Map<Integer, Integer>> firstByYear = new HashMap<>();
    for (int i = 0; i < set.plans().size(); i++) {
      StrategicPlan plan = set.plans().get(i);
      int low = Math.min(plan.period().first().buddhistEraYear(), plan.period().last().buddhistEraYear());
      int high = Math.max(plan.period().first().buddhistEraYear(), plan.period().last().buddhistEraYear());
      Map<Integer, TreeSet<Integer>> shared = new LinkedHashMap<>();
      for (String key : OfficeKey.of(plan.office())) {
        Map<Integer, Integer> years = firstByYear.computeIfAbsent(key + "|" + plan.kind(), k -> new HashMap<>());
        for (int y = low; y <= high; y++) {
          Integer first = years.putIfAbsent(y, i);
          if (first != null && first != i) {
            shared.computeIfAbsent(first, k -> new TreeSet<>()).add(y);
          }
        }
      }
      int at = i;
      shared.forEach((first, years) -> {
        StrategicPlan other = set.plans().get(first);
        byPlan.get(at).add(finding(CascadeRule.CASCADE_PLAN_DUPLICATE, "$")
            .putValue("office", name(plan)).putValue("years", runs(years))
            .putValue("other", name(other) + " " + other.period() + other.source().map(s -> " (" + s + ")").orElse(""))
            .build());
      });
    }
  }

  /** Years as runs: 2563–2565, 2567. */
  private static String runs(TreeSet<Integer> years) {
    List<String> out = new ArrayList<>();
    Integer start = null;
    Integer previous = null;
    for (int y : years) {
      if (previous != null && y == previous + 1) {
        previous = y;
        continue;
      }
      if (start != null) {
        out.add(FiscalYearRange.of(start, previous).toString());
      }
      start = y;
      previous = y;
    }
    if (start != null) {
      out.add(FiscalYearRange.of(start, previous).toString());
    }
    return String.join(", ", out);
  }

  @Override
  public String toString() {
    return "CascadeValidator" + rules;
  }
}
