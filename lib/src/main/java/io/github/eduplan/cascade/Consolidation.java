package io.github.eduplan.cascade;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.github.eduplan.achievement.AchievementCalculator;
import io.github.eduplan.achievement.ActualResults;
import io.github.eduplan.achievement.BudgetExecution;
import io.github.eduplan.achievement.DisbursementTargets;
import io.github.eduplan.achievement.IndicatorAchievement;
import io.github.eduplan.achievement.PlanAchievement;
import io.github.eduplan.achievement.RollUp;
import io.github.eduplan.achievement.Spending;
import io.github.eduplan.alignment.AlignmentMap;
import io.github.eduplan.alignment.BudgetTable;
import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.alignment.CatalogueItem;
import io.github.eduplan.alignment.ElementKind;
import io.github.eduplan.alignment.Framework;
import io.github.eduplan.alignment.PlanElement;
import io.github.eduplan.alignment.PlanLevel;
import io.github.eduplan.alignment.UnknownFrameworkException;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.ElementNumber;
import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.ServedElement;
import io.github.eduplan.model.ServedKind;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The questions asked of many plans at once (การรวมผลของชุดแผน), each figure the sum of the
 * single-plan figures the alignment and achievement packages give:
 *
 * <ul>
 *   <li>budget and projects by the top items of a catalogue framework ({@link #budgetByItem}), by
 *       office ({@link #budgetByOffice()}) and by province ({@link #budgetByProvince()});
 *   <li>how the projects of the plans below cover a plan's strategies ({@link #coverage}) and which
 *       strategies no project serves ({@link #uncovered});
 *   <li>the chain from a project up through the plans it serves to the national strategy
 *       ({@link #chain});
 *   <li>budget execution ({@link #execution}) and indicator achievement ({@link #achievement})
 *       pooled across plans;
 *   <li>the offices and years without a plan ({@link #missingPlans}).
 * </ul>
 *
 * <pre>{@code
 * Consolidation all = Consolidation.of(PlanSet.of(plans), Catalogue.bundled());
 * Baht toStrategy3 = all.budgetByItem("national-strategy").row("3").map(ConsolidatedBudget.Row::budget)
 *     .orElse(Baht.ZERO);
 * List<Strategy> unserved = all.uncovered(areaPlan);
 * }</pre>
 *
 * <p>Each plan's {@link AlignmentMap} is made once, by the first query that needs one (the budgets
 * by office and by province need none); every query reads each plan once, so it costs time linear
 * in the set's plans and their elements. This type is immutable and thread-safe.
 */
public final class Consolidation {
  private final PlanSet set;
  private final Catalogue catalogue;
  private final AchievementCalculator calculator;
  /** Each plan's alignment map, in the set's order: made once, by the first query that needs one. */
  private final Supplier<List<AlignmentMap>> maps = Suppliers.memoize(this::makeMaps);

  private Consolidation(PlanSet set, Catalogue catalogue, AchievementCalculator calculator) {
    this.set = set;
    this.catalogue = catalogue;
    this.calculator = calculator;
  }

  private List<AlignmentMap> makeMaps() {
    List<AlignmentMap> m = new ArrayList<>(set.plans().size());
    for (StrategicPlan p : set.plans()) {
      m.add(AlignmentMap.of(p, catalogue));
    }
    return List.copyOf(m);
  }

  /**
   * Returns the consolidation of a set of plans against a catalogue, with the default achievement
   * calculator ({@link AchievementCalculator#of()}).
   *
   * @param set the plans, not null
   * @param catalogue the alignment catalogue, such as {@link Catalogue#bundled()}, not null
   * @return the consolidation, not null
   */
  public static Consolidation of(PlanSet set, Catalogue catalogue) {
    return of(set, catalogue, AchievementCalculator.of());
  }

  /**
   * Returns the consolidation of a set of plans against a catalogue, with an achievement calculator
   * of the caller's precision.
   *
   * @param set the plans, not null
   * @param catalogue the alignment catalogue, not null
   * @param calculator the calculator of executions and achievements, not null
   * @return the consolidation, not null
   */
  public static Consolidation of(PlanSet set, Catalogue catalogue, AchievementCalculator calculator) {
    return new Consolidation(Objects.requireNonNull(set, "set"), Objects.requireNonNull(catalogue, "catalogue"),
        Objects.requireNonNull(calculator, "calculator"));
  }

  /**
   * Returns the set of plans.
   *
   * @return the set, not null
   */
  public PlanSet set() {
    return set;
  }

  /**
   * Returns the alignment map of a plan of the set, the one every query uses.
   *
   * @param plan a plan of the set, not null
   * @return its map, not null
   * @throws IllegalArgumentException if the plan is not in the set
   */
  public AlignmentMap map(StrategicPlan plan) {
    return maps.get().get(set.indexOf(plan));
  }

  /** The running sums of one row. */
  private static final class Sum {
    final String key;
    final String label;
    int plans;
    int projects;
    Baht budget = Baht.ZERO;

    Sum(String key, String label) {
      this.key = key;
      this.label = label;
    }

    void add(int projectCount, Baht amount) {
      if (projectCount > 0) {
        plans++;
      }
      projects += projectCount;
      budget = budget.plus(amount);
    }

    ConsolidatedBudget.Row row() {
      return new ConsolidatedBudget.Row(key, label, plans, projects, budget);
    }
  }

  private static ConsolidatedBudget table(String heading, Collection<Sum> rows, Sum total, Sum unassigned) {
    return new ConsolidatedBudget(heading, rows.stream().map(Sum::row).toList(), total.row(), unassigned.row());
  }

  /**
   * Returns project counts and budgets by the top items of a framework across every plan: each
   * row is the sum of that row of every plan's {@link AlignmentMap#budgetByItem}, the total the
   * sum of their totals, the unassigned row the sum of their unassigned rows. Rows are keyed by
   * the item's number; plans of different years may see different editions of a framework, whose
   * items of one number are added together.
   *
   * @param framework the framework identifier, such as {@code national-strategy}, not null
   * @return the table, not null
   * @throws UnknownFrameworkException if the catalogue has no such framework
   * @throws IllegalArgumentException for {@value AlignmentMap#OFFICE_STRATEGY}: each plan's own
   *     strategies are another plan's, see {@link #coverage} instead
   */
  public ConsolidatedBudget budgetByItem(String framework) {
    if (framework.equals(AlignmentMap.OFFICE_STRATEGY)) {
      throw new IllegalArgumentException("each plan has its own strategies: "
          + AlignmentMap.OFFICE_STRATEGY + " cannot be added up across plans; use coverage(plan)");
    }
    Framework f = catalogue.framework(framework).orElseThrow(() -> new UnknownFrameworkException(framework));
    Map<String, Sum> rows = new LinkedHashMap<>();
    Sum total = new Sum("", "รวมทั้งสิ้น");
    Sum unassigned = new Sum("", "ไม่ระบุ");
    for (AlignmentMap map : maps.get()) {
      BudgetTable t = map.budgetByItem(framework);
      for (BudgetTable.Row r : t.rows()) {
        rows.computeIfAbsent(r.key(), k -> new Sum(k, r.label())).add(r.projectCount(), r.budget());
      }
      total.add(t.total().projectCount(), t.total().budget());
      unassigned.add(t.unassigned().projectCount(), t.unassigned().budget());
    }
    return table(f.titleThai(), rows.values(), total, unassigned);
  }

  /**
   * Returns project counts and budgets by office: each row the sum, over the office's plans, of
   * {@link StrategicPlan#projectBudgetTotal()} and the number of projects. Offices are keyed by
   * name, compared as {@link PlanSet} compares office names; the label is the short name when the
   * plan gives one. Nothing is unassigned.
   *
   * @return the table, not null
   */
  public ConsolidatedBudget budgetByOffice() {
    Map<String, Sum> rows = new LinkedHashMap<>();
    Sum total = new Sum("", "รวมทั้งสิ้น");
    for (StrategicPlan p : set.plans()) {
      Baht budget = p.projectBudgetTotal();
      rows.computeIfAbsent(OfficeKey.of(p.office().name()),
          k -> new Sum(p.office().name(), p.office().shortName().orElse(p.office().name())))
          .add(p.projects().size(), budget);
      total.add(p.projects().size(), budget);
    }
    return table("หน่วยงาน", rows.values(), total, new Sum("", "ไม่ระบุ"));
  }

  /**
   * Returns project counts and budgets by province ({@link io.github.eduplan.model.Office#province()}),
   * as {@link #budgetByOffice()} counts them; provinces are compared without white space. The
   * plans that name no province are unassigned.
   *
   * @return the table, not null
   */
  public ConsolidatedBudget budgetByProvince() {
    Map<String, Sum> rows = new LinkedHashMap<>();
    Sum total = new Sum("", "รวมทั้งสิ้น");
    Sum unassigned = new Sum("", "ไม่ระบุ");
    for (StrategicPlan p : set.plans()) {
      Baht budget = p.projectBudgetTotal();
      Optional<String> province = p.office().province().map(String::strip).filter(s -> !s.isEmpty());
      (province.isPresent()
          ? rows.computeIfAbsent(OfficeKey.of(province.get()), k -> new Sum(province.get(), province.get()))
          : unassigned).add(p.projects().size(), budget);
      total.add(p.projects().size(), budget);
    }
    return table("จังหวัด", rows.values(), total, unassigned);
  }

  /**
   * The keys of the strategies of the plan above that a project serves: its own strategy links,
   * or, when it has none, those of the strategy it belongs to in its plan.
   */
  static List<ServedElement> servedStrategies(StrategicPlan plan, Project project) {
    List<ServedElement> own = project.serves().stream().filter(e -> e.kind() == ServedKind.STRATEGY).toList();
    if (!own.isEmpty() || project.strategy().isEmpty()) {
      return own;
    }
    return plan.strategy(project.strategy().get())
        .map(s -> s.serves().stream().filter(e -> e.kind() == ServedKind.STRATEGY).toList())
        .orElse(List.of());
  }

  /**
   * Returns how the projects of the plans that serve a plan ({@link PlanSet#childrenOf}) cover each
   * of its strategies: a project serves a strategy when its own served elements name it, or, when
   * the project names no strategy of the plan above, when the strategy it belongs to names it.
   * Example: the schools' projects under each strategy of the สพป.ตาก เขต 2 FY2565 plan.
   *
   * @param plan a plan of the set, such as an area office's, not null
   * @return one coverage per strategy, in the plan's order, not null
   * @throws IllegalArgumentException if the plan is not in the set
   */
  public List<StrategyCoverage> coverage(StrategicPlan plan) {
    Map<String, List<PlanProject>> byKey = new HashMap<>();
    for (StrategicPlan child : set.childrenOf(plan)) {
      for (Project p : child.projects()) {
        Set<String> keys = new LinkedHashSet<>();
        servedStrategies(child, p).forEach(e -> keys.add(ElementNumber.key(e.number())));
        for (String k : keys) {
          byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(new PlanProject(child, p));
        }
      }
    }
    List<StrategyCoverage> out = new ArrayList<>(plan.strategies().size());
    for (Strategy s : plan.strategies()) {
      List<PlanProject> projects = byKey.getOrDefault(ElementNumber.key(s.number()), List.of());
      Baht budget = projects.stream().flatMap(pp -> pp.project().budget().stream()).collect(Baht.summing());
      out.add(new StrategyCoverage(s, projects, budget));
    }
    return List.copyOf(out);
  }

  /**
   * Returns the strategies of a plan that no project of the plans serving it serves.
   *
   * @param plan a plan of the set, not null
   * @return the strategies, in the plan's order, not null
   * @throws IllegalArgumentException if the plan is not in the set
   */
  public List<Strategy> uncovered(StrategicPlan plan) {
    return coverage(plan).stream().filter(c -> !c.isCovered()).map(StrategyCoverage::strategy).toList();
  }

  /**
   * Returns the chain from a project up through the plans it serves: the strategies its own
   * served elements name (or, when it names none, those of its strategy) in the plan above, the
   * strategies those serve in the plan above that, and so on while the set resolves a parent,
   * each plan once; and the national strategy items (plan level 1) that the alignment catalogue
   * reaches from the project and from every strategy on the way.
   *
   * @param plan a plan of the set, not null
   * @param project one of its projects, not null
   * @return the chain, not null
   * @throws IllegalArgumentException if the plan is not in the set or the project not in the plan
   */
  public Chain chain(StrategicPlan plan, Project project) {
    int at = set.indexOf(plan);
    Set<CatalogueItem> national = new LinkedHashSet<>(maps.get().get(at).trace(project).items(PlanLevel.LEVEL_1));
    Upward up = upward(at, served(plan, project));
    national.addAll(up.national);
    return new Chain(new PlanProject(plan, project), up.steps, List.copyOf(national), up.unresolved);
  }

  /** What a project serves in the plan above: its strategies (own or its strategy's) and its goals. */
  static List<ServedElement> served(StrategicPlan plan, Project project) {
    List<ServedElement> served = new ArrayList<>(servedStrategies(plan, project));
    project.serves().stream().filter(e -> e.kind() == ServedKind.GOAL).forEach(served::add);
    return served;
  }

  /** The way up from the plan at a place: the steps, what was not found, the national items reached. */
  record Upward(List<ChainStep> steps, List<ServedElement> unresolved, Set<CatalogueItem> national) {}

  /**
   * Walks up from the plan at a place through the strategies and goals served: at each plan above,
   * the elements named are looked up, their national strategy items traced, and what they serve
   * taken further up; each plan once.
   */
  Upward upward(int at, List<ServedElement> first) {
    Set<CatalogueItem> national = new LinkedHashSet<>();
    List<ChainStep> steps = new ArrayList<>();
    List<ServedElement> unresolved = new ArrayList<>();
    List<ServedElement> served = first;
    Set<Integer> visited = new LinkedHashSet<>();
    visited.add(at);
    int parent = set.parentIndex(at);
    while (!served.isEmpty()) {
      if (parent < 0 || !visited.add(parent)) {
        unresolved.addAll(served);
        break;
      }
      StrategicPlan above = set.plans().get(parent);
      AlignmentMap map = maps.get().get(parent);
      List<PlanElement> strategyElements = map.elements(ElementKind.STRATEGY);
      List<Goal> allGoals = CascadeValidator.goals(above);
      Set<Integer> strategies = new LinkedHashSet<>();
      Set<Integer> goals = new LinkedHashSet<>();
      for (ServedElement e : served) {
        int found = e.kind() == ServedKind.STRATEGY ? find(above.strategies(), Strategy::number, e.number())
            : find(allGoals, g -> g.number().orElse(""), e.number());
        if (found < 0) {
          unresolved.add(e);
        } else {
          (e.kind() == ServedKind.STRATEGY ? strategies : goals).add(found);
        }
      }
      List<Strategy> reached = new ArrayList<>();
      List<ServedElement> next = new ArrayList<>();
      strategies.stream().sorted().forEach(i -> {
        Strategy s = above.strategies().get(i);
        reached.add(s);
        national.addAll(map.trace(strategyElements.get(i)).items(PlanLevel.LEVEL_1));
        next.addAll(s.serves());
      });
      List<Goal> reachedGoals = goals.stream().sorted().map(allGoals::get).toList();
      reachedGoals.forEach(g -> next.addAll(g.serves()));
      steps.add(new ChainStep(above, reached, reachedGoals));
      served = next;
      parent = set.parentIndex(parent);
    }
    return new Upward(steps, unresolved, national);
  }

  /** The place of the first element with a number, compared as {@link ElementNumber} does, or -1. */
  private static <T> int find(List<T> elements, Function<T, String> number, String wanted) {
    String key = ElementNumber.key(wanted);
    for (int i = 0; i < elements.size(); i++) {
      if (ElementNumber.key(number.apply(elements.get(i))).equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /** A map keyed by the set's plan instances, refusing a plan that is not in the set. */
  private <V> Map<StrategicPlan, V> byIdentity(Map<StrategicPlan, V> given, String what) {
    Map<StrategicPlan, V> out = new IdentityHashMap<>(given);
    for (StrategicPlan p : out.keySet()) {
      set.indexOf(p);
      Objects.requireNonNull(out.get(p), what);
    }
    return out;
  }

  /**
   * Returns budget execution pooled across the plans given spending: each plan's execution from
   * the calculator's {@link AchievementCalculator#planExecution}, their allocated and spent amounts
   * summed, and the pooled disbursement rate.
   *
   * @param spending each plan's spending, keyed by the set's plan instances, not null
   * @param targets the cumulative disbursement targets, not null
   * @param through the last quarter reported, not null
   * @return the pooled execution, not null
   * @throws IllegalArgumentException if a key is not a plan of the set
   */
  public PooledExecution execution(Map<StrategicPlan, Spending> spending, DisbursementTargets targets, Quarter through) {
    Map<StrategicPlan, Spending> given = byIdentity(spending, "spending");
    List<StrategicPlan> plans = new ArrayList<>();
    List<BudgetExecution> executions = new ArrayList<>();
    List<StrategicPlan> without = new ArrayList<>();
    Baht allocated = Baht.ZERO;
    Baht spent = Baht.ZERO;
    for (StrategicPlan p : set.plans()) {
      Spending s = given.get(p);
      if (s == null) {
        without.add(p);
        continue;
      }
      BudgetExecution e = calculator.planExecution(p, s, targets, through);
      plans.add(p);
      executions.add(e);
      allocated = allocated.plus(e.allocated());
      spent = spent.plus(e.spent());
    }
    Optional<BigDecimal> rate = allocated.isZero() ? Optional.empty()
        : Optional.of(calculator.precision().percent(spent.amount(), allocated.amount()));
    return new PooledExecution(plans, executions, allocated, spent, rate, without);
  }

  /**
   * Returns indicator achievement pooled across the plans given results: each plan's achievement
   * from the calculator's {@link AchievementCalculator#assess}, the counts of its
   * {@link AchievementCalculator#rollUpPlan} summed, the pooled share met and the indicators off
   * track.
   *
   * @param year the fiscal year, not null
   * @param results each plan's results, keyed by the set's plan instances, not null
   * @return the pooled achievement, not null
   * @throws IllegalArgumentException if a key is not a plan of the set
   */
  public PooledAchievement achievement(FiscalYear year, Map<StrategicPlan, ActualResults> results) {
    Map<StrategicPlan, ActualResults> given = byIdentity(results, "results");
    List<StrategicPlan> plans = new ArrayList<>();
    List<PlanAchievement> achievements = new ArrayList<>();
    List<PlanIndicator> offTrack = new ArrayList<>();
    List<StrategicPlan> without = new ArrayList<>();
    int indicators = 0;
    int assessable = 0;
    int met = 0;
    for (StrategicPlan p : set.plans()) {
      ActualResults r = given.get(p);
      if (r == null) {
        without.add(p);
        continue;
      }
      PlanAchievement a = calculator.assess(p, year, r);
      RollUp up = calculator.rollUpPlan(a);
      plans.add(p);
      achievements.add(a);
      indicators += up.count();
      assessable += up.assessableCount();
      met += up.metCount();
      for (IndicatorAchievement i : a.indicators()) {
        if (i.isAssessable() && !i.isMet()) {
          offTrack.add(new PlanIndicator(p, i));
        }
      }
    }
    Optional<BigDecimal> share = assessable == 0 ? Optional.empty()
        : Optional.of(calculator.precision().percent(BigDecimal.valueOf(met), BigDecimal.valueOf(assessable)));
    return new PooledAchievement(plans, achievements, indicators, assessable, met, share, offTrack, without);
  }

  /**
   * Returns the offices and years for which the set holds no plan: for each office named and each
   * year of the range, in that order, when no plan of the office ({@link PlanSet#plansOf}) covers
   * the year.
   *
   * @param offices the offices expected to have plans, by name or short name, not null
   * @param years the years, not null
   * @return the missing plans, not null
   */
  public List<MissingPlan> missingPlans(Collection<String> offices, FiscalYearRange years) {
    List<MissingPlan> out = new ArrayList<>();
    for (String office : offices) {
      List<StrategicPlan> plans = set.plansOf(office);
      for (FiscalYear y : years.years()) {
        if (plans.stream().noneMatch(p -> PlanSet.covers(p.period(), y))) {
          out.add(new MissingPlan(office, y));
        }
      }
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "Consolidation[" + set + "]";
  }
}
