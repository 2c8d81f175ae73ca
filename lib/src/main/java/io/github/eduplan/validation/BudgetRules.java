package io.github.eduplan.validation;

import io.github.eduplan.model.ElementNumber;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Person;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.StatedTotal;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.TotalScope;
import io.github.eduplan.time.Quarter;
import io.github.eduplan.time.ThaiDigits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Money: quarters against budgets, stated totals against their projects, and who is responsible.
 * Sums are exact {@link Baht} sums, which may exceed {@link Baht#MAX} without failing.
 */
final class BudgetRules {
  private BudgetRules() {}

  static void quartersSum(StrategicPlan plan, RuleContext context) {
    for (int p = 0; p < plan.projects().size(); p++) {
      Project project = plan.projects().get(p);
      if (project.budget().isEmpty() || project.quarterlyPlan().isEmpty()) {
        continue;
      }
      QuarterlyBudget q = project.quarterlyPlan().get();
      Baht quarters = q.total();
      Baht budget = project.budget().get();
      if (!quarters.equals(budget)) {
        BigDecimal difference = quarters.minus(budget);
        context.at("projects[" + p + "].quarterlyPlan").number(project.number())
            .value("budget", budget).value("quarterTotal", quarters)
            .value("difference", Baht.format(difference.abs()))
            .value("q1", q.q1()).value("q2", q.q2()).value("q3", q.q3()).value("q4", q.q4())
            .variant(difference.signum() > 0 ? "over" : "under").report();
      }
    }
  }

  private static String quarters(Project project) {
    return project.activeQuarters().stream().map(q -> Integer.toString(q.number()))
        .collect(Collectors.joining(", "));
  }

  static void quarterInactive(StrategicPlan plan, RuleContext context) {
    for (int p = 0; p < plan.projects().size(); p++) {
      Project project = plan.projects().get(p);
      Optional<QuarterlyBudget> quarterly = project.quarterlyPlan();
      Set<Quarter> active = project.activeQuarters();
      if (active.isEmpty() || quarterly.isEmpty()) {
        continue;
      }
      for (Quarter q : Quarter.values()) {
        Baht amount = quarterly.get().amount(q);
        if (!amount.isZero() && !active.contains(q)) {
          context.at("projects[" + p + "].quarterlyPlan.q" + q.number()).number(project.number())
              .value("quarter", q.number()).value("amount", amount)
              .value("activeQuarters", quarters(project)).report();
        }
      }
    }
  }

  static void quarterEmpty(StrategicPlan plan, RuleContext context) {
    for (int p = 0; p < plan.projects().size(); p++) {
      Project project = plan.projects().get(p);
      Optional<QuarterlyBudget> quarterly = project.quarterlyPlan();
      if (quarterly.isEmpty()) {
        continue;
      }
      for (Quarter q : project.activeQuarters()) {
        if (quarterly.get().amount(q).isZero()) {
          context.at("projects[" + p + "].quarterlyPlan.q" + q.number()).number(project.number())
              .value("quarter", q.number()).value("activeQuarters", quarters(project)).report();
        }
      }
    }
  }

  /**
   * What the plan's stated totals add up, worked out once per validation for the three rules that
   * compare them: for each total, in the order of {@link StrategicPlan#statedTotals()}, the
   * projects tied to its key and their sum.
   */
  static final class Tallies {
    private final StrategicPlan plan;
    /** The projects' keys for each scope that a total has, in project order, computed once. */
    private final Map<TotalScope, List<Optional<String>>> projectKeys = new EnumMap<>(TotalScope.class);
    private final Map<String, String> strategyNumberByTitle = new HashMap<>();
    private final List<Tally> tallies = new ArrayList<>();

    Tallies(StrategicPlan plan) {
      this.plan = plan;
      for (Strategy s : plan.strategies()) {
        // A later strategy with the same title wins, as it always has.
        strategyNumberByTitle.put(Texts.key(s.title()), ElementNumber.key(s.number()));
      }
      for (StatedTotal total : plan.statedTotals()) {
        Optional<List<Project>> projects = projectsOf(total);
        tallies.add(new Tally(projects, projects.flatMap(p -> sumOf(total, p))));
      }
    }

    /** The tally of the total at an index of {@link StrategicPlan#statedTotals()}. */
    Tally of(int index) {
      return tallies.get(index);
    }

    /** The projects a stated total adds up, or empty when the plan ties no project to its key. */
    private Optional<List<Project>> projectsOf(StatedTotal total) {
      String key = total.key().map(Texts::key).orElse("");
      return switch (total.scope()) {
        case PLAN -> nonEmpty(plan.projects());
        case STRATEGY -> matching(TotalScope.STRATEGY, key.isEmpty()
            ? ElementNumber.key(total.key().orElse(""))
            : strategyNumberByTitle.getOrDefault(key, ElementNumber.key(total.key().orElse(""))));
        case PROGRAM, GROUP -> matching(total.scope(), key);
        case QUARTER -> nonEmpty(plan.projects().stream().filter(p -> p.quarterlyPlan().isPresent()).toList());
        case ALIGNMENT_ITEM -> {
          int colon = key.indexOf(':');
          if (colon < 0) {
            yield Optional.empty();
          }
          String framework = key.substring(0, colon);
          String item = ElementNumber.key(key.substring(colon + 1));
          yield nonEmpty(plan.projects().stream()
              .filter(p -> p.alignment().stream().anyMatch(l -> links(l, framework, item))).toList());
        }
      };
    }

    /** The projects whose key for a scope is the one wanted. */
    private Optional<List<Project>> matching(TotalScope scope, String wanted) {
      List<Optional<String>> keys = projectKeys.computeIfAbsent(scope, this::keysOf);
      List<Project> matched = new ArrayList<>();
      for (int p = 0; p < keys.size(); p++) {
        if (keys.get(p).filter(wanted::equals).isPresent()) {
          matched.add(plan.projects().get(p));
        }
      }
      return nonEmpty(matched);
    }

    private List<Optional<String>> keysOf(TotalScope scope) {
      Function<Project, Optional<String>> key = switch (scope) {
        case STRATEGY -> p -> p.strategy().map(ElementNumber::key);
        case PROGRAM -> p -> p.program().map(Texts::key);
        case GROUP -> p -> p.group().map(Texts::key);
        default -> throw new IllegalArgumentException("no project key for " + scope);
      };
      return plan.projects().stream().map(key).toList();
    }
  }

  private static Optional<List<Project>> nonEmpty(List<Project> projects) {
    return projects.isEmpty() ? Optional.empty() : Optional.of(projects);
  }

  /** A stated total's projects and their sum; each empty when the total cannot be checked. */
  record Tally(Optional<List<Project>> projects, Optional<Baht> sum) {}

  /** The key of the tallies among a run's shared values. */
  private static final RuleContext.SharedKey<Tallies> TALLIES = RuleContext.SharedKey.named("stated totals' tallies");

  static Tallies tallies(StrategicPlan plan, RuleContext context) {
    return context.shared(TALLIES, () -> new Tallies(plan));
  }

  private static boolean links(AlignmentLink link, String framework, String item) {
    return Texts.key(link.framework()).equals(framework)
        && link.item().filter(i -> ElementNumber.key(i).equals(item)).isPresent();
  }

  private static Optional<Quarter> quarterOf(StatedTotal total) {
    String digits = ThaiDigits.toArabic(total.key().orElse("")).replaceAll("\\D", "");
    return digits.length() == 1 && digits.charAt(0) >= '1' && digits.charAt(0) <= '4'
        ? Optional.of(Quarter.of(digits.charAt(0) - '0'))
        : Optional.empty();
  }

  private static Optional<Baht> sumOf(StatedTotal total, List<Project> projects) {
    if (total.scope() == TotalScope.QUARTER) {
      return quarterOf(total).map(q -> projects.stream()
          .map(p -> p.quarterlyPlan().get().amount(q)).collect(Baht.summing()));
    }
    return Optional.of(projects.stream().map(p -> p.budget().orElse(Baht.ZERO)).collect(Baht.summing()));
  }

  private static String path(int index) {
    return "statedTotals[" + index + "]";
  }

  static void statedTotalMismatch(StrategicPlan plan, RuleContext context) {
    Tallies tallies = tallies(plan, context);
    for (int t = 0; t < plan.statedTotals().size(); t++) {
      StatedTotal total = plan.statedTotals().get(t);
      Tally tally = tallies.of(t);
      Optional<List<Project>> projects = tally.projects();
      Optional<Baht> sum = tally.sum();
      if (sum.isEmpty()) {
        continue;
      }
      if (!total.amount().equals(sum.get())) {
        BigDecimal difference = total.amount().minus(sum.get());
        context.at(path(t) + ".amount").number(total.key())
            .value("scope", total.scope(), ThaiWords.of(total.scope())).value("key", total.key().orElse("-"))
            .value("stated", total.amount()).value("sum", sum.get())
            .value("difference", Baht.format(difference.abs())).value("projects", projects.get().size())
            .variant(difference.signum() > 0 ? "over" : "under").report();
      }
    }
  }

  static void statedCountMismatch(StrategicPlan plan, RuleContext context) {
    Tallies tallies = tallies(plan, context);
    for (int t = 0; t < plan.statedTotals().size(); t++) {
      StatedTotal total = plan.statedTotals().get(t);
      if (total.projectCount().isEmpty() || total.scope() == TotalScope.QUARTER) {
        continue;
      }
      Optional<List<Project>> projects = tallies.of(t).projects();
      if (projects.isPresent() && projects.get().size() != total.projectCount().get()) {
        context.at(path(t) + ".projectCount").number(total.key())
            .value("scope", total.scope(), ThaiWords.of(total.scope())).value("key", total.key().orElse("-"))
            .value("stated", total.projectCount().get()).value("counted", projects.get().size())
            .report();
      }
    }
  }

  static void statedTotalUnchecked(StrategicPlan plan, RuleContext context) {
    Tallies tallies = tallies(plan, context);
    for (int t = 0; t < plan.statedTotals().size(); t++) {
      StatedTotal total = plan.statedTotals().get(t);
      if (tallies.of(t).sum().isEmpty()) {
        context.at(path(t)).number(total.key())
            .value("scope", total.scope(), ThaiWords.of(total.scope())).value("key", total.key().orElse("-"))
            .value("stated", total.amount()).report();
      }
    }
  }

  static void projectNoResponsible(StrategicPlan plan, RuleContext context) {
    for (int p = 0; p < plan.projects().size(); p++) {
      Project project = plan.projects().get(p);
      boolean people = false;
      for (Person person : project.responsiblePeople()) {
        people |= !person.name().isBlank();
      }
      boolean group = project.group().filter(g -> !g.isBlank()).isPresent();
      if (!people && !group) {
        context.at("projects[" + p + "].responsiblePeople").number(project.number()).report();
      }
    }
  }
}
