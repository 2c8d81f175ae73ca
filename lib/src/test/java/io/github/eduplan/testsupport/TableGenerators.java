package io.github.eduplan.testsupport;

import static io.github.eduplan.testsupport.ModelGenerators.listOf;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.Person;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StatedTotal;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.Target;
import io.github.eduplan.model.TotalScope;
import io.github.eduplan.model.Unit;
import io.github.eduplan.table.IndicatorTable;
import io.github.eduplan.table.ProjectBudgetTable;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of the two CSV tables in their own form: what a table can say (no written
 * comparisons, goals and indicators numbered "1.", levels on the quality scale), so that writing
 * and reading must give the same table back.
 */
public final class TableGenerators {
  private TableGenerators() {}

  private static final List<String> TEXTS = List.of("ร้อยละของผู้เรียนที่มีความรู้", "จำนวนโรงเรียน ป.๖",
      "ระดับคุณภาพ \"ดีเยี่ยม\", ของสถานศึกษา", "คะแนนเฉลี่ย O-NET\nวิชาภาษาไทย", "อัตราการออกกลางคัน");

  static Gen<String> texts() {
    return Generate.pick(TEXTS).zip(integers().between(0, 99), (t, n) -> n % 3 == 0 ? t : t + " " + n);
  }

  static Gen<IndicatorValue> tableValues() {
    return integers().between(0, 5).zip(ModelGenerators.decimals(), integers().between(0, 4), (kind, number, pick) -> {
      switch (kind) {
        case 0:
        case 1:
          return IndicatorValue.number(number);
        case 2:
          return IndicatorValue.level(OrdinalScale.QUALITY.levels().get(pick));
        case 3:
          return IndicatorValue.yesNo(pick % 2 == 0);
        case 4:
          return IndicatorValue.text(List.of("3 : 2", "๓ วันต่อสัปดาห์", "ตามเกณฑ์", "A", "มากที่สุด").get(pick));
        default:
          return IndicatorValue.notAvailable(List.of("N/A", "(N/A)", "-", "N/A", "-").get(pick));
      }
    });
  }

  private static Gen<Indicator> indicators(Gen<String> goalNumber) {
    return in -> {
      Indicator.Builder b = Indicator.builder()
          .text(texts().generate(in))
          .direction(Generate.enumValues(Direction.class).generate(in));
      if (integers().between(0, 3).generate(in) > 0) {
        b.code(ModelGenerators.numbers().generate(in).replaceAll("[()]", ""));
      }
      goalNumber.generate(in);
      int unit = integers().between(0, 5).generate(in);
      if (unit < 5) {
        b.unit(List.of(Unit.PERCENT, Unit.LEVEL, Unit.PERSON, Unit.SCHOOL, Unit.SCORE).get(unit));
      }
      // Under the unit ระดับ a table cannot tell a word from a level: every word is a level.
      Gen<IndicatorValue> cells = unit != 1 ? tableValues() : tableValues().map(v ->
          v.kind() == IndicatorValue.Kind.TEXT ? IndicatorValue.level(((IndicatorValue.Text) v).text()) : v);
      List<IndicatorValue> values = new ArrayList<>();
      int firstBaseline = integers().between(2560, 2565).generate(in);
      int baselines = integers().between(0, 2).generate(in);
      for (int i = 0; i < baselines; i++) {
        IndicatorValue v = cells.generate(in);
        values.add(v);
        b.addBaseline(Baseline.of(firstBaseline + i, v));
      }
      FiscalYear firstTarget = FiscalYear.of(integers().between(2563, 2568).generate(in));
      int targets = integers().between(0, 5).generate(in);
      for (int i = 0; i < targets; i++) {
        IndicatorValue v = cells.generate(in);
        values.add(v);
        b.putTarget(firstTarget.plusYears(i), Target.of(v));
      }
      MeasureKind kind = Generate.enumValues(MeasureKind.class).generate(in);
      b.measureKind(kind);
      boolean anyLevel = values.stream().anyMatch(v -> v.kind() == IndicatorValue.Kind.LEVEL);
      boolean allOnQuality = values.stream().allMatch(v -> v.kind() != IndicatorValue.Kind.LEVEL
          || OrdinalScale.QUALITY.contains(((IndicatorValue.Level) v).level()));
      if (kind == MeasureKind.ORDINAL && anyLevel && allOnQuality) {
        b.scale(OrdinalScale.QUALITY);
      }
      return b.build();
    };
  }

  /** An indicator table: numbered goals, each with its indicators in a run, after goal-less ones. */
  public static Gen<IndicatorTable> indicatorTables() {
    return in -> {
      List<Goal> goals = new ArrayList<>();
      List<Indicator> indicators = new ArrayList<>(listOf(indicators(i -> ""), 0, 2).generate(in));
      int goalCount = integers().between(0, 3).generate(in);
      for (int g = 1; g <= goalCount; g++) {
        String number = Integer.toString(g);
        goals.add(Goal.builder().number(number).text(texts().generate(in)).build());
        for (Indicator i : listOf(indicators(i -> number), 1, 3).generate(in)) {
          indicators.add(Indicator.builder().from(i).goal(number).build());
        }
      }
      return IndicatorTable.of(goals, indicators);
    };
  }

  private static Gen<Person> people() {
    return Generate.pick(List.of("นาย", "นาง", "นางสาว")).zip(Generate.pick(List.of("เฉลิมศรี กันยารอง", "เมธพร สุรเดช", "ปัทม์ อุดมวงษ์")),
        (title, name) -> Person.of(title + name));
  }

  private static Gen<Project> projects(boolean withStrategy) {
    return in -> {
      Project.Builder b = Project.builder()
          .number(Integer.toString(integers().between(1, 99).generate(in)))
          .title(texts().generate(in))
          .addAllActiveQuarters(listOf(Generate.enumValues(Quarter.class), 0, 4).generate(in))
          .addAllResponsiblePeople(listOf(people(), 0, 2).generate(in));
      if (withStrategy) {
        b.strategy(Integer.toString(integers().between(1, 4).generate(in)));
      }
      if (integers().between(0, 4).generate(in) > 0) {
        b.budget(ModelGenerators.baht().generate(in));
      }
      if (integers().between(0, 4).generate(in) > 0) {
        b.quarterlyPlan(ModelGenerators.quarterlyBudgets().generate(in));
      }
      return b.build();
    };
  }

  /** A project budget table whose projects all name a strategy, or none does. */
  public static Gen<ProjectBudgetTable> projectBudgetTables() {
    return in -> {
      boolean withStrategy = integers().between(0, 3).generate(in) > 0;
      List<Project> projects = listOf(projects(withStrategy), 0, 6).generate(in);
      List<StatedTotal> totals = new ArrayList<>();
      if (integers().between(0, 1).generate(in) == 1) {
        Baht sum = projects.stream().flatMap(p -> p.budget().stream()).collect(Baht.summing());
        totals.add(StatedTotal.builder().scope(TotalScope.PLAN).amount(sum).label("รวมงบประมาณ").build());
      }
      return ProjectBudgetTable.of(projects, totals);
    };
  }

  /**
   * Any plan {@link ModelGenerators#plans()} makes, with each indicator's baselines in year order
   * and one per year and basis: the one shape of the model a table cannot hold otherwise (its
   * baseline columns are years), so that writing must succeed and read back equal.
   */
  public static Gen<StrategicPlan> plans() {
    return ModelGenerators.plans().map(plan -> StrategicPlan.builder().from(plan)
        .strategies(plan.strategies().stream().map(s -> Strategy.builder().from(s)
            .indicators(s.indicators().stream().map(TableGenerators::ordered).toList()).build()).toList())
        .build());
  }

  private static Indicator ordered(Indicator i) {
    java.util.TreeMap<String, Baseline> byYear = new java.util.TreeMap<>();
    for (Baseline b : i.baselines()) {
      byYear.putIfAbsent(b.year() + ":" + b.basis().ordinal(), b);
    }
    return Indicator.builder().from(i).baselines(byYear.values())
        .components(i.components().stream().map(TableGenerators::ordered).toList()).build();
  }
}
