package io.github.eduplan.examples;

import io.github.eduplan.diff.PlanDiff;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.Person;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.Target;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A mid-year revision (ฉบับปรับปรุง) of the bundled สพป.ตาก เขต 2 FY2565 action plan, and what a
 * reviewer sees of it: 20,000 baht of project 1 moved from quarter 4 to quarter 3, project 7 dropped
 * and a smaller project 60 added under the same strategy, the FY2565 target of indicator 1.1 raised
 * from 85 to 90 percent. The example prints the diff as a Thai Markdown report.
 */
public final class ReviseAPlan {
  private ReviseAPlan() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(BundledPlans.load(BundledPlans.TAK_2_2565), BundledPlans.console());
  }

  static void run(StrategicPlan plan, PrintStream out) {
    PlanDiff diff = PlanDiff.between(plan, revise(plan));
    out.print(diff.toMarkdown(Locale.forLanguageTag("th")));
  }

  /**
   * Returns the revision: the edits the class comment lists, and nothing else.
   *
   * @param plan the bundled ตาก plan, not null
   * @return the revised plan, not null
   */
  public static StrategicPlan revise(StrategicPlan plan) {
    List<Project> projects = new ArrayList<>(plan.projects());

    // Project 1 spends 20,000 baht of quarter 4 in quarter 3 instead, and so is active in it.
    Project first = projects.get(0);
    QuarterlyBudget q = first.quarterlyPlan().orElseThrow();
    Baht moved = Baht.of(20_000);
    TreeSet<Quarter> active = new TreeSet<>(first.activeQuarters());
    active.add(Quarter.Q3);
    projects.set(0, Project.builder().from(first)
        .quarterlyPlan(QuarterlyBudget.of(q.q1(), q.q2(), q.q3().plus(moved),
            Baht.of(q.q4().minus(moved))))
        .activeQuarters(active)
        .build());

    // Project 7 is dropped; a smaller project 60 takes up part of its work under strategy 2.
    projects.remove(6);
    projects.add(Project.builder()
        .number("60")
        .title("นิเทศ ติดตาม การจัดการศึกษาโรงเรียนพื้นที่สูงด้วยระบบออนไลน์")
        .program("พื้นฐานด้านการพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์")
        .strategy("2")
        .budget(Baht.of(50_000))
        .quarterlyPlan(QuarterlyBudget.of(0, 0, 30_000, 20_000))
        .addActiveQuarters(Quarter.Q3, Quarter.Q4)
        .addResponsiblePeople(Person.of("นางเมธพร สุรเดช"))
        .build());

    // The FY2565 target of indicator 1.1 goes from 85 to 90 percent.
    List<Strategy> strategies = new ArrayList<>(plan.strategies());
    Strategy safety = strategies.get(0);
    List<Indicator> indicators = new ArrayList<>(safety.indicators());
    TreeMap<FiscalYear, Target> targets = new TreeMap<>(indicators.get(0).targets());
    targets.put(FiscalYear.of(2565), Target.of(90));
    indicators.set(0, Indicator.builder().from(indicators.get(0)).targets(targets).build());
    strategies.set(0, Strategy.builder().from(safety).indicators(indicators).build());

    return StrategicPlan.builder().from(plan)
        .revision("ฉบับปรับปรุง ครั้งที่ 1")
        .projects(projects)
        .strategies(strategies)
        .build();
  }
}
