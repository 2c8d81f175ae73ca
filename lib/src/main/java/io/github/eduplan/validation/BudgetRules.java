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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Money: quarters against budgets, stated totals against their projects, and who is responsible.
 * Sums are exact {@link Baht} sums, which may exceed {@link Baht#MAX} without failing.
 */
final class BudgetRules {
  /** The four quarters, made once: {@code Quarter.values()} copies its array on every call. */
  private static final Quarter[] QUARTERS = Quarter.values();

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
      for (Quarter q : QUARTERS) {
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
   * What the plan's stated totals add up, shared by the three rules that compare them: for each
   * total, worked out when a rule first asks, the projects tied to its key and their sum. The
   * projects' comparison keys are computed once, not once per total and rule.
   */
  static final class Tallies {
    private final StrategicPlan plan;
    private final Tally[] tallies;
    private String[] strategyKeys;
    private String[] programKeys;
    private String[] groupKeys;

    Tallies(StrategicPlan plan) {
      this.plan = plan;
      this.tallies = new Tally[plan.statedTotals().size()];
    }

    /** The tally of the total at an index of {@link StrategicPlan#statedTotals()}. */
    Tally of(int index) {
      Tally known = tallies[index];
      if (known == null) {
        StatedTotal total = plan.statedTotals().get(index);
        Optional<List<Project>> projects = projectsOf(total);
        known = new Tally(projects, projects.flatMap(p -> sumOf(total, p)));
        tallies[index] = known;
      }
      return known;
    }

    /** The projects a stated total adds up, or empty when the plan ties no project to its key. */
    private Optional<List<Project>> projectsOf(StatedTotal total) {
      String key = total.key().map(Texts::key).orElse("");
      List<Project> projects = plan.projects();
      switch (total.scope()) {
        case PLAN:
          return projects.isEmpty() ? Optional.empty() : Optional.of(projects);
        case STRATEGY: {
          String number = ElementNumber.key(total.key().orElse(""));
          for (Strategy s : plan.strategies()) {
            if (!key.isEmpty() && Texts.sameKey(s.title(), key)) {
              number = ElementNumber.key(s.number());
            }
          }
          if (strategyKeys == null) {
            strategyKeys = keys(p -> p.strategy().map(ElementNumber::key));
          }
          return matching(strategyKeys, number);
        }
        case PROGRAM:
          if (programKeys == null) {
            programKeys = keys(p -> p.program().map(Texts::key));
          }
          return matching(programKeys, key);
        case GROUP:
          if (groupKeys == null) {
            groupKeys = keys(p -> p.group().map(Texts::key));
          }
          return matching(groupKeys, key);
        case QUARTER: {
          List<Project> matched = new ArrayList<>();
          for (Project p : projects) {
            if (p.quarterlyPlan().isPresent()) {
              matched.add(p);
            }
          }
          return matched.isEmpty() ? Optional.empty() : Optional.of(matched);
        }
        default: {
          int colon = key.indexOf(':');
          if (colon < 0) {
            return Optional.empty();
          }
          String framework = key.substring(0, colon);
          String item = ElementNumber.key(key.substring(colon + 1));
          List<Project> matched = new ArrayList<>();
          for (Project p : projects) {
            if (p.alignment().stream().anyMatch(l -> links(l, framework, item))) {
              matched.add(p);
            }
          }
          return matched.isEmpty() ? Optional.empty() : Optional.of(matched);
        }
      }
    }

    /** Each project's key, or null where it has none, in project order. */
    private String[] keys(Function<Project, Optional<String>> key) {
      String[] out = new String[plan.projects().size()];
      for (int p = 0; p < out.length; p++) {
        out[p] = key.apply(plan.projects().get(p)).orElse(null);
      }
      return out;
    }

    private Optional<List<Project>> matching(String[] keys, String wanted) {
      List<Project> matched = new ArrayList<>();
      for (int p = 0; p < keys.length; p++) {
        if (wanted.equals(keys[p])) {
          matched.add(plan.projects().get(p));
        }
      }
      return matched.isEmpty() ? Optional.empty() : Optional.of(matched);
    }
  }

  /** A stated total's projects and their sum; each empty when the total cannot be checked. */
  record Tally(Optional<List<Project>> projects, Optional<Baht> sum) {}

  /** The key of the tallies among a run's shared values. */
  private static final Object TALLIES = new Object();

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
            .value("scope", total.scope()).value("key", total.key().orElse("-"))
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
            .value("scope", total.scope()).value("key", total.key().orElse("-"))
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
            .value("scope", total.scope()).value("key", total.key().orElse("-"))
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
