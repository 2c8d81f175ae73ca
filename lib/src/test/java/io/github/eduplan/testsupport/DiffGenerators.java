package io.github.eduplan.testsupport;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.eduplan.diff.ChangeKind;
import io.github.eduplan.diff.PlanPart;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.ElementNumber;
import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Guideline;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.Mission;
import io.github.eduplan.model.Person;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.Target;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import io.github.eduplan.time.ThaiDigits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators for the plan diff's properties: plans whose elements can be told apart, and one
 * random edit of such a plan with the changes a diff must report for it, no more and no less.
 *
 * <p>A plan from {@link ModelGenerators#plans()} may hold two elements that nothing tells apart
 * (the same number and text, or none); which of them an edit "removed" is then a choice, not a
 * fact. {@link #distinctPlans()} makes every number unique within its part and every text unique
 * after normalising: each text starts with a fixed stem and a fixed-length code of letters (digits
 * would be normalised away), followed by the generated Thai text.
 */
public final class DiffGenerators {
  private DiffGenerators() {}

  private static final String STEM = "หัวข้อเฉพาะ";
  private static final String CODE_LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถท";
  /** Codes from here on are for elements an edit adds; a generated plan has far fewer elements. */
  private static final int FRESH = 4000;
  /** A project strategy number that names no strategy of a distinct plan. */
  private static final String NO_SUCH_STRATEGY = "๙๙";

  /** The changes a diff must report for one element; fields as {@code FIELD} or {@code FIELD at}. */
  public record Expected(PlanPart part, Set<ChangeKind> kinds, Optional<String> olderPath,
      Optional<String> newerPath, Set<String> fields) {}

  /** An edit of a plan: its name, the two versions and what the diff must report. */
  public record Edit(String name, StrategicPlan older, StrategicPlan newer, Set<Expected> expected) {
    @Override
    public String toString() {
      return name + " → " + expected;
    }
  }

  private static String code(int i) {
    int n = CODE_LETTERS.length();
    return "" + CODE_LETTERS.charAt(i % n) + CODE_LETTERS.charAt(i / n % n) + CODE_LETTERS.charAt(i / n / n % n);
  }

  /** A text no other element of a distinct plan has, with a generated tail kept for realism. */
  private static String distinct(int i, String tail) {
    return STEM + code(i) + (tail.isBlank() ? "" : " " + tail);
  }

  /** Plans whose every element is told apart by its number and by its text. */
  public static Gen<StrategicPlan> distinctPlans() {
    return in -> new Distinct(in).plan(ModelGenerators.plans().generate(in));
  }

  /** Rewrites a generated plan's numbers and texts to be unique. */
  private static final class Distinct {
    private final RandomnessSource in;
    private int next;

    Distinct(RandomnessSource in) {
      this.in = in;
    }

    private boolean chance(int oneIn) {
      return integers().between(1, oneIn).generate(in) == 1;
    }

    /** A number as written, now and then with Thai digits. */
    private String number(String arabic) {
      return chance(3) ? ThaiDigits.toThai(arabic) : arabic;
    }

    private String text(String tail) {
      return distinct(next++, tail);
    }

    StrategicPlan plan(StrategicPlan p) {
      StrategicPlan.Builder b = StrategicPlan.builder().from(p).missions(List.of()).goals(List.of())
          .strategies(List.of()).projects(List.of());
      for (int i = 0; i < p.missions().size(); i++) {
        Mission m = p.missions().get(i);
        Mission.Builder mb = Mission.builder().text(text(m.text()));
        if (!chance(5)) {
          mb.number(number(Integer.toString(i + 1)));
        }
        b.addMission(mb.build());
      }
      for (int i = 0; i < p.goals().size(); i++) {
        b.addGoal(goal(p.goals().get(i), Integer.toString(i + 1)));
      }
      List<String> strategyNumbers = new ArrayList<>();
      for (int s = 0; s < p.strategies().size(); s++) {
        Strategy st = p.strategies().get(s);
        String n = Integer.toString(s + 1);
        String written = number(n);
        strategyNumbers.add(written);
        Strategy.Builder sb = Strategy.builder().from(st).number(written).title(text(st.title()))
            .goals(List.of()).guidelines(List.of()).indicators(List.of());
        for (int g = 0; g < st.goals().size(); g++) {
          sb.addGoal(goal(st.goals().get(g), n + "." + (g + 1)));
        }
        for (int g = 0; g < st.guidelines().size(); g++) {
          sb.addGuideline(guideline(st.guidelines().get(g), n + "." + (g + 1)));
        }
        for (int k = 0; k < st.indicators().size(); k++) {
          sb.addIndicator(indicator(st.indicators().get(k), n + "." + (k + 1)));
        }
        b.addStrategy(sb.build());
      }
      for (int i = 0; i < p.projects().size(); i++) {
        Project pr = p.projects().get(i);
        Project.Builder pb = Project.builder().from(pr).number(number(Integer.toString(i + 1))).title(text(pr.title()));
        if (pr.strategy().isPresent()) {
          pb.strategy(strategyNumbers.isEmpty() || chance(6) ? NO_SUCH_STRATEGY
              : strategyNumbers.get(integers().between(0, strategyNumbers.size() - 1).generate(in)));
        }
        b.addProject(pb.build());
      }
      return b.build();
    }

    private Goal goal(Goal g, String n) {
      Goal.Builder b = Goal.builder().from(g).text(text(g.text()));
      return (chance(5) ? b.number(Optional.empty()) : b.number(number(n))).build();
    }

    /** Guidelines and their children, without recursion into the generator's depth (three at most). */
    private Guideline guideline(Guideline g, String n) {
      Guideline.Builder b = Guideline.builder().text(text(g.text()));
      if (!chance(5)) {
        b.number(number(n));
      }
      for (int c = 0; c < g.children().size(); c++) {
        b.addChildren(guideline(g.children().get(c), n + "." + (c + 1)));
      }
      return b.build();
    }

    private Indicator indicator(Indicator ind, String n) {
      Indicator.Builder b = Indicator.builder().from(ind).text(text(ind.text())).components(List.of());
      b = chance(5) ? b.code(Optional.empty()) : b.code(number(n));
      for (int c = 0; c < ind.components().size(); c++) {
        b.addComponent(indicator(ind.components().get(c), n + "." + (c + 1)));
      }
      return b.build();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Edits

  private static Set<ChangeKind> kinds(ChangeKind... kinds) {
    return EnumSet.of(kinds[0], kinds);
  }

  private static Expected expect(PlanPart part, Set<ChangeKind> kinds, String olderPath, String newerPath,
      String... fields) {
    return new Expected(part, kinds, Optional.ofNullable(olderPath), Optional.ofNullable(newerPath),
        new LinkedHashSet<>(List.of(fields)));
  }

  private static String project(int i) {
    return "$.projects[" + i + "]";
  }

  private static String strategy(int s) {
    return "$.strategies[" + s + "]";
  }

  private static String indicator(int s, int i) {
    return strategy(s) + ".indicators[" + i + "]";
  }

  /** One edit the generator makes: its name and how to make it; null when the plan has nothing to edit. */
  private interface EditMaker {
    Edit make(StrategicPlan plan, RandomnessSource in);
  }

  private static int pick(RandomnessSource in, int size) {
    return integers().between(0, size - 1).generate(in);
  }

  private static StrategicPlan withProjects(StrategicPlan p, List<Project> projects) {
    return StrategicPlan.builder().from(p).projects(projects).build();
  }

  private static StrategicPlan withStrategies(StrategicPlan p, List<Strategy> strategies) {
    return StrategicPlan.builder().from(p).strategies(strategies).build();
  }

  private static Edit projectEdit(String name, StrategicPlan p, RandomnessSource in,
      java.util.function.Function<Project, Project> change, Set<ChangeKind> kinds, String... fields) {
    if (p.projects().isEmpty()) {
      return null;
    }
    int i = pick(in, p.projects().size());
    List<Project> ps = new ArrayList<>(p.projects());
    Project changed = change.apply(ps.get(i));
    if (changed == null) {
      return null;
    }
    ps.set(i, changed);
    return new Edit(name, p, withProjects(p, ps), Set.of(expect(PlanPart.PROJECT, kinds, project(i), project(i), fields)));
  }

  /** A project with a fresh number and text, as an edit adds it. */
  private static Project freshProject(StrategicPlan p, RandomnessSource in, int fresh) {
    List<String> numbers = p.strategies().stream().map(Strategy::number).toList();
    Project.Builder b = Project.builder().from(ModelGenerators.projects(numbers).generate(in))
        .number(Integer.toString(500 + fresh)).title(distinct(FRESH + fresh, "โครงการใหม่"));
    if (numbers.isEmpty()) {
      b.strategy(Optional.empty());
    }
    return b.build();
  }

  private static Indicator freshIndicator(RandomnessSource in, int fresh) {
    return Indicator.builder().from(ModelGenerators.indicators().generate(in)).code("๕๐" + fresh)
        .text(distinct(FRESH + 100 + fresh, "ตัวชี้วัดใหม่")).components(List.of()).build();
  }

  private static final List<EditMaker> MAKERS = List.of(
      // 0: a project dropped
      (p, in) -> {
        if (p.projects().isEmpty()) {
          return null;
        }
        int i = pick(in, p.projects().size());
        List<Project> ps = new ArrayList<>(p.projects());
        ps.remove(i);
        return new Edit("remove project " + i, p, withProjects(p, ps),
            Set.of(expect(PlanPart.PROJECT, kinds(ChangeKind.REMOVED), project(i), null)));
      },
      // 1: a project added anywhere
      (p, in) -> {
        int i = integers().between(0, p.projects().size()).generate(in);
        List<Project> ps = new ArrayList<>(p.projects());
        ps.add(i, freshProject(p, in, 1));
        return new Edit("add project at " + i, p, withProjects(p, ps),
            Set.of(expect(PlanPart.PROJECT, kinds(ChangeKind.ADDED), null, project(i))));
      },
      // 2: renumbered
      (p, in) -> projectEdit("renumber project", p, in, x -> Project.builder().from(x).number("๗๗๗").build(),
          kinds(ChangeKind.RENUMBERED)),
      // 3: reworded
      (p, in) -> projectEdit("retitle project", p, in, x -> Project.builder().from(x).title(x.title() + " ใหม่").build(),
          kinds(ChangeKind.RETITLED)),
      // 4: re-funded
      (p, in) -> projectEdit("budget", p, in, x -> Project.builder().from(x)
          .budget(x.budget().map(b -> b.plus(Baht.of(1250))).orElse(Baht.of(99_000))).build(),
          kinds(ChangeKind.CHANGED), "BUDGET"),
      // 5: money moved between quarters
      (p, in) -> {
        List<Integer> funded = new ArrayList<>();
        for (int i = 0; i < p.projects().size(); i++) {
          if (p.projects().get(i).quarterlyPlan().filter(q -> !q.total().isZero()).isPresent()) {
            funded.add(i);
          }
        }
        if (funded.isEmpty()) {
          return null;
        }
        int i = funded.get(pick(in, funded.size()));
        Project x = p.projects().get(i);
        QuarterlyBudget q = x.quarterlyPlan().get();
        int from = 0;
        while (q.amount(Quarter.of(from + 1)).isZero()) {
          from++;
        }
        int to = (from + 1 + pick(in, 3)) % 4;
        Baht[] amounts = q.amounts().toArray(new Baht[0]);
        BigDecimal moved = amounts[from].amount().min(new BigDecimal("20000.50"));
        amounts[from] = Baht.of(amounts[from].amount().subtract(moved));
        amounts[to] = amounts[to].plus(Baht.of(moved));
        List<Project> ps = new ArrayList<>(p.projects());
        ps.set(i, Project.builder().from(x).quarterlyPlan(QuarterlyBudget.of(amounts[0], amounts[1], amounts[2], amounts[3]))
            .build());
        return new Edit("move money of project " + i + " from quarter " + (from + 1) + " to " + (to + 1), p,
            withProjects(p, ps), Set.of(expect(PlanPart.PROJECT, kinds(ChangeKind.CHANGED), project(i), project(i),
                "QUARTER " + (from + 1), "QUARTER " + (to + 1))));
      },
      // 6: active quarters
      (p, in) -> projectEdit("active quarters", p, in, x -> {
        TreeSet<Quarter> qs = new TreeSet<>(x.activeQuarters());
        Quarter q = Quarter.of(1 + pick(in, 4));
        if (!qs.remove(q)) {
          qs.add(q);
        }
        return Project.builder().from(x).activeQuarters(qs).build();
      }, kinds(ChangeKind.CHANGED), "ACTIVE_QUARTERS"),
      // 7: moved to another strategy
      (p, in) -> projectEdit("project strategy", p, in, x -> {
        String current = x.strategy().map(ElementNumber::key).orElse(null);
        List<String> others = p.strategies().stream().map(Strategy::number)
            .filter(n -> !ElementNumber.key(n).equals(current)).toList();
        return others.isEmpty() ? null : Project.builder().from(x).strategy(others.get(pick(in, others.size()))).build();
      }, kinds(ChangeKind.CHANGED), "STRATEGY"),
      // 8: a responsible person added
      (p, in) -> projectEdit("person", p, in, x -> Project.builder().from(x).addResponsiblePerson(Person.of("นายสมชาย ใจดีมาก"))
          .build(), kinds(ChangeKind.CHANGED), "RESPONSIBLE_PERSON"),
      // 9: an alignment link added
      (p, in) -> projectEdit("link", p, in, x -> Project.builder().from(x)
          .addAlignment(AlignmentLink.matrix("obec-policy", "๔๔")).build(), kinds(ChangeKind.CHANGED), "ALIGNMENT"),
      // 10: a project moved to another place
      (p, in) -> {
        int n = p.projects().size();
        if (n < 2) {
          return null;
        }
        int from = pick(in, n);
        int to = (from + 1 + pick(in, n - 1)) % n;
        List<Project> ps = new ArrayList<>(p.projects());
        ps.add(to, ps.remove(from));
        Set<Expected> expected = new LinkedHashSet<>();
        expected.add(expect(PlanPart.PROJECT, kinds(ChangeKind.MOVED), project(from), project(to)));
        if (Math.abs(from - to) == 1) {
          // two neighbours swapped: either could be the one moved, so both are
          expected.add(expect(PlanPart.PROJECT, kinds(ChangeKind.MOVED), project(to), project(from)));
        }
        return new Edit("move project " + from + " to " + to, p, withProjects(p, ps), expected);
      },
      // 11: a target changed or added
      (p, in) -> indicatorEdit("target", p, in, (x, year) -> {
        Target now = x.targets().get(year);
        Target next = Target.of(now != null && now.equals(Target.of(9_999)) ? 9_998 : 9_999);
        java.util.TreeMap<FiscalYear, Target> targets = new java.util.TreeMap<>(x.targets());
        targets.put(year, next);
        return Indicator.builder().from(x).targets(targets).build();
      }),
      // 12: direction
      (p, in) -> indicatorEdit("direction", p, in, (x, year) -> Indicator.builder().from(x)
          .direction(Direction.values()[(x.direction().ordinal() + 1) % Direction.values().length]).build()),
      // 13: an indicator dropped
      (p, in) -> {
        int[] at = someIndicator(p, in);
        if (at == null) {
          return null;
        }
        List<Strategy> ss = new ArrayList<>(p.strategies());
        Strategy s = ss.get(at[0]);
        List<Indicator> is = new ArrayList<>(s.indicators());
        is.remove(at[1]);
        ss.set(at[0], Strategy.builder().from(s).indicators(is).build());
        return new Edit("remove indicator", p, withStrategies(p, ss),
            Set.of(expect(PlanPart.INDICATOR, kinds(ChangeKind.REMOVED), indicator(at[0], at[1]), null)));
      },
      // 14: an indicator added
      (p, in) -> {
        if (p.strategies().isEmpty()) {
          return null;
        }
        int s = pick(in, p.strategies().size());
        List<Strategy> ss = new ArrayList<>(p.strategies());
        List<Indicator> is = new ArrayList<>(ss.get(s).indicators());
        int i = integers().between(0, is.size()).generate(in);
        is.add(i, freshIndicator(in, 1));
        ss.set(s, Strategy.builder().from(ss.get(s)).indicators(is).build());
        return new Edit("add indicator", p, withStrategies(p, ss),
            Set.of(expect(PlanPart.INDICATOR, kinds(ChangeKind.ADDED), null, indicator(s, i))));
      },
      // 15: an indicator moved to another strategy
      (p, in) -> {
        int[] at = someIndicator(p, in);
        if (at == null || p.strategies().size() < 2) {
          return null;
        }
        int to = (at[0] + 1 + pick(in, p.strategies().size() - 1)) % p.strategies().size();
        List<Strategy> ss = new ArrayList<>(p.strategies());
        List<Indicator> from = new ArrayList<>(ss.get(at[0]).indicators());
        Indicator moved = from.remove(at[1]);
        List<Indicator> into = new ArrayList<>(ss.get(to).indicators());
        into.add(moved);
        ss.set(at[0], Strategy.builder().from(ss.get(at[0])).indicators(from).build());
        ss.set(to, Strategy.builder().from(ss.get(to)).indicators(into).build());
        return new Edit("move indicator", p, withStrategies(p, ss), Set.of(expect(PlanPart.INDICATOR,
            kinds(ChangeKind.MOVED), indicator(at[0], at[1]), indicator(to, into.size() - 1))));
      },
      // 16: a strategy renumbered, its projects following it
      (p, in) -> {
        if (p.strategies().isEmpty()) {
          return null;
        }
        int s = pick(in, p.strategies().size());
        String key = ElementNumber.key(p.strategies().get(s).number());
        List<Strategy> ss = new ArrayList<>(p.strategies());
        ss.set(s, Strategy.builder().from(ss.get(s)).number("๘๘").build());
        List<Project> ps = new ArrayList<>();
        for (Project x : p.projects()) {
          ps.add(x.strategy().filter(n -> ElementNumber.key(n).equals(key)).isPresent()
              ? Project.builder().from(x).strategy("88").build() : x);
        }
        return new Edit("renumber strategy", p, StrategicPlan.builder().from(p).strategies(ss).projects(ps).build(),
            Set.of(expect(PlanPart.STRATEGY, kinds(ChangeKind.RENUMBERED), strategy(s), strategy(s))));
      },
      // 17: a strategy reworded
      (p, in) -> {
        if (p.strategies().isEmpty()) {
          return null;
        }
        int s = pick(in, p.strategies().size());
        List<Strategy> ss = new ArrayList<>(p.strategies());
        ss.set(s, Strategy.builder().from(ss.get(s)).title(ss.get(s).title() + " ใหม่").build());
        return new Edit("retitle strategy", p, withStrategies(p, ss),
            Set.of(expect(PlanPart.STRATEGY, kinds(ChangeKind.RETITLED), strategy(s), strategy(s))));
      },
      // 18: a strategy dropped; its projects now name a strategy that is not there
      (p, in) -> {
        if (p.strategies().isEmpty()) {
          return null;
        }
        int s = pick(in, p.strategies().size());
        String key = ElementNumber.key(p.strategies().get(s).number());
        List<Strategy> ss = new ArrayList<>(p.strategies());
        ss.remove(s);
        Set<Expected> expected = new LinkedHashSet<>();
        expected.add(expect(PlanPart.STRATEGY, kinds(ChangeKind.REMOVED), strategy(s), null));
        for (int i = 0; i < p.projects().size(); i++) {
          if (p.projects().get(i).strategy().filter(n -> ElementNumber.key(n).equals(key)).isPresent()) {
            expected.add(expect(PlanPart.PROJECT, kinds(ChangeKind.CHANGED), project(i), project(i), "STRATEGY"));
          }
        }
        return new Edit("remove strategy", p, withStrategies(p, ss), expected);
      },
      // 19: a strategy added at the end, with indicators of its own
      (p, in) -> {
        List<Strategy> ss = new ArrayList<>(p.strategies());
        ss.add(Strategy.builder().number("๕๕").title(distinct(FRESH + 200, "กลยุทธ์ใหม่"))
            .addIndicator(freshIndicator(in, 2)).addIndicator(freshIndicator(in, 3)).build());
        return new Edit("add strategy", p, withStrategies(p, ss),
            Set.of(expect(PlanPart.STRATEGY, kinds(ChangeKind.ADDED), null, strategy(ss.size() - 1))));
      },
      // 20: a mission reworded
      (p, in) -> {
        if (p.missions().isEmpty()) {
          return null;
        }
        int i = pick(in, p.missions().size());
        List<Mission> ms = new ArrayList<>(p.missions());
        ms.set(i, Mission.builder().from(ms.get(i)).text(ms.get(i).text() + " ใหม่").build());
        return new Edit("retitle mission", p, StrategicPlan.builder().from(p).missions(ms).build(),
            Set.of(expect(PlanPart.MISSION, kinds(ChangeKind.RETITLED), "$.missions[" + i + "]", "$.missions[" + i + "]")));
      },
      // 21: a goal dropped
      (p, in) -> {
        if (p.goals().isEmpty()) {
          return null;
        }
        int i = pick(in, p.goals().size());
        List<Goal> gs = new ArrayList<>(p.goals());
        gs.remove(i);
        return new Edit("remove goal", p, StrategicPlan.builder().from(p).goals(gs).build(),
            Set.of(expect(PlanPart.GOAL, kinds(ChangeKind.REMOVED), "$.goals[" + i + "]", null)));
      },
      // 22: a guideline reworded, at the top or one level down
      (p, in) -> {
        List<int[]> places = new ArrayList<>();
        for (int s = 0; s < p.strategies().size(); s++) {
          List<Guideline> gs = p.strategies().get(s).guidelines();
          for (int g = 0; g < gs.size(); g++) {
            places.add(new int[] {s, g, -1});
            for (int c = 0; c < gs.get(g).children().size(); c++) {
              places.add(new int[] {s, g, c});
            }
          }
        }
        if (places.isEmpty()) {
          return null;
        }
        int[] at = places.get(pick(in, places.size()));
        List<Strategy> ss = new ArrayList<>(p.strategies());
        List<Guideline> gs = new ArrayList<>(ss.get(at[0]).guidelines());
        Guideline g = gs.get(at[1]);
        String path = strategy(at[0]) + ".guidelines[" + at[1] + "]";
        if (at[2] < 0) {
          gs.set(at[1], Guideline.builder().from(g).text(g.text() + " ใหม่").build());
        } else {
          List<Guideline> cs = new ArrayList<>(g.children());
          cs.set(at[2], Guideline.builder().from(cs.get(at[2])).text(cs.get(at[2]).text() + " ใหม่").build());
          gs.set(at[1], Guideline.builder().from(g).children(cs).build());
          path += ".children[" + at[2] + "]";
        }
        ss.set(at[0], Strategy.builder().from(ss.get(at[0])).guidelines(gs).build());
        return new Edit("retitle guideline", p, withStrategies(p, ss),
            Set.of(expect(PlanPart.GUIDELINE, kinds(ChangeKind.RETITLED), path, path)));
      },
      // 23: the vision rewritten
      (p, in) -> new Edit("vision", p, StrategicPlan.builder().from(p).vision(p.vision().orElse("") + " วิสัยทัศน์ใหม่").build(),
          Set.of(expect(PlanPart.PLAN, kinds(ChangeKind.CHANGED), "$", "$", "VISION"))),
      // 24: a component's target
      (p, in) -> {
        for (int s = 0; s < p.strategies().size(); s++) {
          List<Indicator> is = p.strategies().get(s).indicators();
          for (int i = 0; i < is.size(); i++) {
            if (!is.get(i).components().isEmpty()) {
              List<Indicator> cs = new ArrayList<>(is.get(i).components());
              Indicator c = cs.get(0);
              FiscalYear year = c.targets().isEmpty() ? FiscalYear.of(2570) : c.targets().firstKey();
              Target t = Target.of(IndicatorValue.level("ดีเยี่ยมมาก"));
              if (t.equals(c.targets().get(year))) {
                return null;
              }
              java.util.TreeMap<FiscalYear, Target> targets = new java.util.TreeMap<>(c.targets());
              targets.put(year, t);
              cs.set(0, Indicator.builder().from(c).targets(targets).build());
              List<Indicator> changed = new ArrayList<>(is);
              changed.set(i, Indicator.builder().from(is.get(i)).components(cs).build());
              List<Strategy> ss = new ArrayList<>(p.strategies());
              ss.set(s, Strategy.builder().from(ss.get(s)).indicators(changed).build());
              String path = indicator(s, i) + ".components[0]";
              return new Edit("component target", p, withStrategies(p, ss),
                  Set.of(expect(PlanPart.INDICATOR, kinds(ChangeKind.CHANGED), path, path, "TARGET " + year)));
            }
          }
        }
        return null;
      },
      // 25: a baseline's value
      (p, in) -> indicatorEdit("baseline", p, in, (x, year) -> {
        List<Baseline> bs = new ArrayList<>(x.baselines());
        Baseline b = bs.isEmpty() ? Baseline.of(2564, IndicatorValue.notAvailable()) : bs.get(0);
        Baseline changed = Baseline.builder().from(b).value(IndicatorValue.number(new BigDecimal("123.45"))).build();
        if (changed.equals(b)) {
          return null;
        }
        if (bs.isEmpty()) {
          bs.add(changed);
        } else {
          bs.set(0, changed);
        }
        return Indicator.builder().from(x).baselines(bs).build();
      }),
      // 26: the plan's title
      (p, in) -> new Edit("plan title", p, StrategicPlan.builder().from(p).title(p.title().orElse("แผน") + " ฉบับปรับปรุง")
          .build(), Set.of(expect(PlanPart.PLAN, kinds(ChangeKind.RETITLED), "$", "$"))));

  /** A top-level indicator's place as {strategy, indicator}, or null when the plan has none. */
  private static int[] someIndicator(StrategicPlan p, RandomnessSource in) {
    List<int[]> places = new ArrayList<>();
    for (int s = 0; s < p.strategies().size(); s++) {
      for (int i = 0; i < p.strategies().get(s).indicators().size(); i++) {
        places.add(new int[] {s, i});
      }
    }
    return places.isEmpty() ? null : places.get(pick(in, places.size()));
  }

  private interface IndicatorChange {
    Indicator apply(Indicator indicator, FiscalYear year);
  }

  /**
   * An edit of one top-level indicator; the expected field is named after the edit (TARGET with the
   * year, DIRECTION, BASELINE with the baseline's year).
   */
  private static Edit indicatorEdit(String name, StrategicPlan p, RandomnessSource in, IndicatorChange change) {
    int[] at = someIndicator(p, in);
    if (at == null) {
      return null;
    }
    Indicator x = p.strategies().get(at[0]).indicators().get(at[1]);
    FiscalYear year = x.targets().isEmpty() || pick(in, 3) == 0
        ? FiscalYear.of(2599) : new ArrayList<>(x.targets().keySet()).get(pick(in, x.targets().size()));
    Indicator changed = change.apply(x, year);
    if (changed == null || changed.equals(x)) {
      return null;
    }
    String field = switch (name) {
      case "target" -> "TARGET " + year;
      case "direction" -> "DIRECTION";
      default -> "BASELINE " + (x.baselines().isEmpty() ? 2564 : x.baselines().get(0).year());
    };
    List<Strategy> ss = new ArrayList<>(p.strategies());
    List<Indicator> is = new ArrayList<>(ss.get(at[0]).indicators());
    is.set(at[1], changed);
    ss.set(at[0], Strategy.builder().from(ss.get(at[0])).indicators(is).build());
    return new Edit(name, p, withStrategies(p, ss),
        Set.of(expect(PlanPart.INDICATOR, kinds(ChangeKind.CHANGED), indicator(at[0], at[1]), indicator(at[0], at[1]), field)));
  }

  /** How many kinds of edit {@link #edits()} makes. */
  public static int editKinds() {
    return MAKERS.size();
  }

  /**
   * One random edit of a {@link #distinctPlans() distinct plan}, with what the diff must report:
   * any of the kinds above that fits the plan (the vision can always be rewritten).
   */
  public static Gen<Edit> edits() {
    return in -> {
      StrategicPlan plan = distinctPlans().generate(in);
      int first = pick(in, MAKERS.size());
      for (int k = 0; k < MAKERS.size(); k++) {
        Edit e = MAKERS.get((first + k) % MAKERS.size()).make(plan, in);
        if (e != null) {
          return e;
        }
      }
      throw new AssertionError("the vision can always be edited");
    };
  }
}
