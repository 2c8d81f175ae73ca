package io.github.eduplan.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.eduplan.model.AlignmentEvidence;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Comparison;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.Mission;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.Person;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.StatedTotal;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.Target;
import io.github.eduplan.model.TotalScope;
import io.github.eduplan.model.Unit;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the plan model through its public builders: a plan is built from the fuzzer's choices
 * (numbers, Thai and odd texts, values of every kind, budgets, links to the bundled frameworks and
 * to unknown ones). A builder may refuse a value with {@link IllegalArgumentException} or
 * {@link IllegalStateException}, as documented; a plan that is built goes through every step after
 * reading (validation, achievement, alignment) and writes and reads back equal.
 */
class PlanBuildersFuzzTest {
  private static final String[] WORDS = {"1", "2", "1.1", "๑", "๒.๓", "", " ", "ร้อยละ", "สพป.ตาก เขต 2",
      "ยุทธศาสตร์ที่ 1", "national-strategy", "obec-policy", "master-plan", "moe-policy", "nesdp", "reform-plan",
      "unknown-plan", "2565", "N/A", "ดีมาก", "ระดับ ๕", "ดี", "\u0000", "\uFEFF", "Ω", "a\u0301", "\t"};
  private static final String[] FRAMEWORKS = {"national-strategy", "master-plan", "reform-plan", "obec-policy",
      "nesdp", "moe-policy", "government-policy", "national-education-plan", "national-security-policy", "x"};

  @BeforeAll
  static void settings() {
    FuzzSupport.fuzzFor();
  }

  @FuzzTest
  void builtPlan(FuzzedDataProvider data) {
    StrategicPlan plan;
    try {
      plan = plan(data);
    } catch (IllegalArgumentException | IllegalStateException refused) {
      return;   // a builder refused a value, as documented
    }
    FuzzSupport.everyStepAfterReading(plan);
  }

  private static StrategicPlan plan(FuzzedDataProvider d) {
    int first = d.consumeInt(FiscalYear.MIN_YEAR, FiscalYear.MAX_YEAR);
    int last = d.consumeBoolean() ? first + d.consumeInt(0, 6) : d.consumeInt(FiscalYear.MIN_YEAR, FiscalYear.MAX_YEAR);
    StrategicPlan.Builder b = StrategicPlan.builder();
    b.office(Office.builder().name(text(d)).shortName(text(d)).build())
        .kind(d.pickValue(PlanKind.values()))
        .period(FiscalYearRange.of(first, Math.min(last, FiscalYear.MAX_YEAR)));
    if (d.consumeBoolean()) {
      b.title(text(d));
    }
    if (d.consumeBoolean()) {
      b.vision(text(d));
    }
    for (int i = d.consumeInt(0, 2); i > 0; i--) {
      b.addMissions(Mission.of(word(d), text(d)));
    }
    for (int i = d.consumeInt(0, 2); i > 0; i--) {
      b.addGoals(Goal.builder().number(word(d)).text(text(d)).alignment(links(d)).build());
    }
    List<String> strategyNumbers = new ArrayList<>();
    for (int s = d.consumeInt(0, 3); s > 0; s--) {
      String number = word(d);
      strategyNumbers.add(number);
      Strategy.Builder sb = Strategy.builder();
      sb.number(number).title(text(d)).alignment(links(d));
      for (int i = d.consumeInt(0, 3); i > 0; i--) {
        sb.addIndicators(indicator(d, first, 0));
      }
      b.addStrategies(sb.build());
    }
    for (int p = d.consumeInt(0, 4); p > 0; p--) {
      b.addProjects(project(d, strategyNumbers));
    }
    for (int t = d.consumeInt(0, 2); t > 0; t--) {
      TotalScope scope = d.pickValue(TotalScope.values());
      StatedTotal.Builder tb = StatedTotal.builder();
      tb.scope(scope).amount(baht(d));
      if (scope != TotalScope.PLAN) {
        tb.key(word(d));
      }
      if (d.consumeBoolean()) {
        tb.projectCount(d.consumeInt(0, 10));
      }
      b.addStatedTotals(tb.build());
    }
    b.alignment(links(d));
    return b.build();
  }

  private static Indicator indicator(FuzzedDataProvider d, int firstYear, int depth) {
    MeasureKind kind = d.pickValue(MeasureKind.values());
    Indicator.Builder b = Indicator.builder();
    b.text(text(d)).measureKind(kind)
        .direction(d.pickValue(Direction.values()));
    if (d.consumeBoolean()) {
      b.code(word(d));
    }
    if (d.consumeBoolean()) {
      b.unit(Unit.of(text(d)));
    }
    if (kind == MeasureKind.ORDINAL && d.consumeBoolean()) {
      List<String> levels = new ArrayList<>();
      for (int i = d.consumeInt(2, 5); i > 0; i--) {
        levels.add(text(d));
      }
      b.scale(OrdinalScale.builder().name(text(d)).levels(levels).build());
    }
    if (d.consumeBoolean()) {
      b.addBaselines(Baseline.of(d.consumeInt(firstYear - 3, firstYear), value(d)));
    }
    for (int i = d.consumeInt(0, 3); i > 0; i--) {
      b.putTarget(FiscalYear.of(Math.min(FiscalYear.MAX_YEAR, firstYear + d.consumeInt(0, 4))), target(d));
    }
    if (d.consumeBoolean()) {
      b.targetInText(target(d));
    }
    if (depth == 0) {
      for (int i = d.consumeInt(0, 2); i > 0; i--) {
        b.addComponents(indicator(d, firstYear, 1));
      }
    }
    return b.alignment(links(d)).build();
  }

  private static Target target(FuzzedDataProvider d) {
    return switch (d.consumeInt(0, 4)) {
      case 0 -> Target.of(value(d));
      case 1 -> Target.of(d.pickValue(new Comparison[] {Comparison.AT_LEAST, Comparison.AT_MOST, Comparison.EQUAL}),
          number(d));
      case 2 -> Target.between(number(d), number(d));
      case 3 -> Target.notAvailable();
      default -> Target.builder().value(value(d)).asWritten(text(d)).build();
    };
  }

  private static IndicatorValue value(FuzzedDataProvider d) {
    return switch (d.consumeInt(0, 4)) {
      case 0 -> IndicatorValue.number(number(d));
      case 1 -> IndicatorValue.level(text(d));
      case 2 -> IndicatorValue.yesNo(d.consumeBoolean());
      case 3 -> IndicatorValue.text(text(d));
      default -> IndicatorValue.notAvailable();
    };
  }

  private static BigDecimal number(FuzzedDataProvider d) {
    return BigDecimal.valueOf(d.consumeLong(), d.consumeInt(-3, 6));
  }

  private static Baht baht(FuzzedDataProvider d) {
    return Baht.of(BigDecimal.valueOf(d.consumeLong(0, 1_000_000_000_000L), d.consumeInt(0, 2)));
  }

  private static Project project(FuzzedDataProvider d, List<String> strategies) {
    Project.Builder b = Project.builder();
    b.number(word(d)).title(text(d));
    if (!strategies.isEmpty() && d.consumeBoolean()) {
      b.strategy(d.pickValue(strategies));
    } else if (d.consumeBoolean()) {
      b.strategy(word(d));
    }
    for (int i = d.consumeInt(0, 2); i > 0; i--) {
      b.addObjectives(text(d));
    }
    if (d.consumeBoolean()) {
      b.budget(baht(d));
    }
    if (d.consumeBoolean()) {
      b.quarterlyPlan(QuarterlyBudget.of(baht(d), baht(d), baht(d), baht(d)));
    }
    for (Quarter q : Quarter.values()) {
      if (d.consumeBoolean()) {
        b.addActiveQuarters(q);
      }
    }
    if (d.consumeBoolean()) {
      b.group(word(d));
    }
    if (d.consumeBoolean()) {
      b.addResponsiblePeople(Person.of(text(d)));
    }
    return b.alignment(links(d)).build();
  }

  private static List<AlignmentLink> links(FuzzedDataProvider d) {
    List<AlignmentLink> links = new ArrayList<>();
    for (int i = d.consumeInt(0, 3); i > 0; i--) {
      AlignmentLink.Builder b = AlignmentLink.builder();
      b.framework(d.pickValue(FRAMEWORKS))
          .evidence(d.pickValue(AlignmentEvidence.values()));
      if (d.consumeBoolean()) {
        b.item(d.consumeBoolean() ? String.valueOf(d.consumeInt(0, 25)) : word(d));
      }
      if (d.consumeBoolean()) {
        b.edition(word(d));
      }
      links.add(b.build());
    }
    return links;
  }

  private static String word(FuzzedDataProvider d) {
    return d.consumeBoolean() ? d.pickValue(WORDS) : d.consumeString(8);
  }

  private static String text(FuzzedDataProvider d) {
    return d.consumeBoolean() ? d.pickValue(WORDS) + d.consumeString(24) : d.consumeString(40);
  }
}
