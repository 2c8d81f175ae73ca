package io.github.eduplan.testsupport;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.eduplan.model.AlignmentEvidence;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Comparison;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Guideline;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.Mission;
import io.github.eduplan.model.NameMention;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.OfficeLevel;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.Person;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.ServedElement;
import io.github.eduplan.model.ServedKind;
import io.github.eduplan.model.ServedPlan;
import io.github.eduplan.model.StatedTotal;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.Target;
import io.github.eduplan.model.TotalScope;
import io.github.eduplan.model.Unit;
import io.github.eduplan.model.YearBasis;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for every model type, shared by all property tests. Plans are
 * generated with the shapes real plans have (Thai text, Thai and Arabic digits, N/A, levels,
 * quarterly splits) and, on purpose, with their defects too: quarters that do not add up, gaps in
 * numbering, backwards periods, falling targets. Use {@link #plans()} for any plan the model
 * accepts.
 */
public final class ModelGenerators {
  private ModelGenerators() {}

  private static final List<String> THAI_WORDS = List.of(
      "ร้อยละ", "ของ", "ผู้เรียน", "สถานศึกษา", "ครู", "บุคลากรทางการศึกษา", "ที่มี", "คุณภาพ",
      "ความปลอดภัย", "ส่งเสริม", "พัฒนา", "การจัดการศึกษา", "ระดับ", "ดีเยี่ยม", "ศตวรรษที่ ๒๑",
      "ป.๖", "O-NET", "New Normal", "(PM 2.5)", "๑๐๐", "เขต 2", "“เพชรดี”", "ก.ต.ป.น.", "");

  /** Thai text of 0 to 12 words, with Thai digits, Latin words, quotes and spaces. */
  public static Gen<String> thaiText() {
    return listOf(Generate.pick(THAI_WORDS), 0, 12).map(words -> String.join(" ", words));
  }

  /** Non-blank Thai text. */
  public static Gen<String> nonBlankThaiText() {
    return thaiText().map(s -> s.isBlank() ? "โครงการ" : s);
  }

  /** A number as plans write it: "1", "๒", "1.1", "(3)". */
  public static Gen<String> numbers() {
    return integers().between(1, 12).zip(integers().between(0, 3), (n, form) -> {
      switch (form) {
        case 0:
          return Integer.toString(n);
        case 1:
          return io.github.eduplan.time.ThaiDigits.toThai(Integer.toString(n));
        case 2:
          return n + "." + ((n % 3) + 1);
        default:
          return "(" + n + ")";
      }
    });
  }

  /** A list of 0 to max elements. */
  public static <T> Gen<List<T>> listOf(Gen<T> element, int min, int max) {
    return in -> {
      int size = integers().between(min, max).generate(in);
      List<T> out = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        out.add(element.generate(in));
      }
      return out;
    };
  }

  /** A fiscal year from 2540 to 2600. */
  public static Gen<FiscalYear> fiscalYears() {
    return integers().between(2540, 2600).map(FiscalYear::of);
  }

  /** A plan period of one to seven years, sometimes backwards (a defect real plans have). */
  public static Gen<FiscalYearRange> periods() {
    return fiscalYears().zip(integers().between(-2, 6), (first, span) ->
        FiscalYearRange.of(first, first.plusYears(span)));
  }

  /** An amount of baht from 0 to 10,000,000 with 0 or 2 decimals. */
  public static Gen<Baht> baht() {
    return longs().between(0, 1_000_000_000L).zip(integers().between(0, 3), (satang, form) ->
        form == 0 ? Baht.of(satang / 100) : Baht.of(BigDecimal.valueOf(satang, 2)));
  }

  /** A decimal as plans write values: whole, or with one or two decimals, sometimes negative. */
  public static Gen<BigDecimal> decimals() {
    return integers().between(-500, 20_000).zip(integers().between(0, 2), (n, scale) ->
        BigDecimal.valueOf(n, scale));
  }

  /** Any indicator value, of every kind. */
  public static Gen<IndicatorValue> indicatorValues() {
    return integers().between(0, 5).zip(decimals(), thaiText(), (kind, number, text) -> {
      switch (kind) {
        case 0:
        case 1:
          return IndicatorValue.number(number);
        case 2:
          return IndicatorValue.level(text.isBlank() ? "ดีเยี่ยม" : text);
        case 3:
          return IndicatorValue.yesNo(number.signum() > 0);
        case 4:
          return IndicatorValue.text(text);
        default:
          return IndicatorValue.notAvailable(List.of("N/A", "(N/A)", "-", "").get(Math.abs(number.intValue()) % 4));
      }
    });
  }

  /** Any target the model accepts: bare values, comparisons, ranges, written forms. */
  public static Gen<Target> targets() {
    return indicatorValues().zip(integers().between(0, 5), thaiText(), (value, form, text) -> {
      Target.Builder b = Target.builder().value(value);
      boolean comparable = value.kind() == IndicatorValue.Kind.NUMBER
          || value.kind() == IndicatorValue.Kind.LEVEL;
      if (comparable && form < 3) {
        b.comparison(List.of(Comparison.AT_LEAST, Comparison.AT_MOST, Comparison.EQUAL).get(form));
      } else if (value.kind() == IndicatorValue.Kind.NUMBER && form == 3) {
        BigDecimal lower = ((IndicatorValue.Numeric) value).value();
        b.comparison(Comparison.BETWEEN).upperBound(lower.add(BigDecimal.TEN));
      }
      if (form == 4) {
        b.asWritten(text);
      }
      return b.build();
    });
  }

  /** An ordinal scale: one of the well-known ones or a user-defined one. */
  public static Gen<OrdinalScale> scales() {
    return integers().between(0, 2).map(i -> i == 0 ? OrdinalScale.QUALITY
        : i == 1 ? OrdinalScale.LEVELS_1_TO_5
        : OrdinalScale.builder().name("ระดับความสำเร็จ").addLevels("น้อย", "ปานกลาง", "มาก", "มากที่สุด").build());
  }

  /** A baseline. */
  public static Gen<Baseline> baselines() {
    return integers().between(2540, 2600).zip(indicatorValues(), Generate.enumValues(YearBasis.class),
        (year, value, basis) -> Baseline.builder().year(year).basis(basis).value(value).build());
  }

  /** An alignment link. */
  public static Gen<AlignmentLink> alignmentLinks() {
    return Generate.pick(List.of("national-strategy", "master-plan", "reform-plan", "obec-policy", "nesdp"))
        .zip(numbers(), Generate.enumValues(AlignmentEvidence.class), (framework, item, evidence) -> {
          AlignmentLink.Builder b = AlignmentLink.builder().framework(framework).evidence(evidence);
          if (evidence != AlignmentEvidence.PROSE) {
            b.item(item);
          }
          return b.build();
        });
  }

  /** An indicator with 0 to 3 components (one level deep). */
  public static Gen<Indicator> indicators() {
    return indicators(1);
  }

  private static Gen<Indicator> indicators(int depth) {
    return in -> {
      Indicator.Builder b = Indicator.builder()
          .text(thaiText().generate(in))
          .measureKind(Generate.enumValues(MeasureKind.class).generate(in))
          .direction(Generate.enumValues(Direction.class).generate(in))
          .addAllBaselines(listOf(baselines(), 0, 2).generate(in))
          .addAllResponsibleUnits(listOf(nonBlankThaiText(), 0, 2).generate(in))
          .addAllAlignment(listOf(alignmentLinks(), 0, 2).generate(in));
      if (integers().between(0, 4).generate(in) > 0) {
        b.code(numbers().generate(in));
      }
      if (integers().between(0, 1).generate(in) == 1) {
        b.unit(Unit.of(nonBlankThaiText().generate(in)));
      }
      if (integers().between(0, 2).generate(in) == 0) {
        b.scale(scales().generate(in));
      }
      FiscalYear first = fiscalYears().generate(in);
      int years = integers().between(0, 5).generate(in);
      for (int i = 0; i < years; i++) {
        b.putTarget(first.plusYears(i), targets().generate(in));
      }
      if (integers().between(0, 3).generate(in) == 0) {
        b.targetInText(targets().generate(in));
      }
      if (integers().between(0, 2).generate(in) == 0) {
        b.goal(numbers().generate(in));
      }
      if (integers().between(0, 2).generate(in) == 0) {
        b.guideline(numbers().generate(in));
      }
      if (depth > 0 && integers().between(0, 4).generate(in) == 0) {
        b.addAllComponents(listOf(indicators(depth - 1), 1, 3).generate(in));
      }
      if (integers().between(0, 4).generate(in) == 0) {
        b.note(thaiText().generate(in));
      }
      return b.build();
    };
  }

  /** A goal. */
  public static Gen<Goal> goals() {
    return in -> {
      Goal.Builder b = Goal.builder().text(thaiText().generate(in))
          .addAllAlignment(listOf(alignmentLinks(), 0, 1).generate(in));
      if (integers().between(0, 3).generate(in) > 0) {
        b.number(numbers().generate(in));
      }
      return b.build();
    };
  }

  /** A guideline nested up to three levels deep. */
  public static Gen<Guideline> guidelines() {
    return guidelines(2);
  }

  private static Gen<Guideline> guidelines(int depth) {
    return in -> {
      Guideline.Builder b = Guideline.builder().text(thaiText().generate(in)).number(numbers().generate(in));
      if (depth > 0) {
        b.addAllChildren(listOf(guidelines(depth - 1), 0, 2).generate(in));
      }
      return b.build();
    };
  }

  /** A quarterly budget; its quarters need not add up to anything. */
  public static Gen<QuarterlyBudget> quarterlyBudgets() {
    return baht().zip(baht(), baht(), baht(), QuarterlyBudget::of);
  }

  /** A person with a Thai title. */
  public static Gen<Person> people() {
    return Generate.pick(List.of("นาย", "นาง", "นางสาว")).zip(nonBlankThaiText(), thaiText(), (title, name, position) -> {
      Person.Builder b = Person.builder().name(title + name);
      if (!position.isBlank()) {
        b.position(position);
      }
      return b.build();
    });
  }

  /** A project naming one of the strategy numbers given (or a missing one, now and then). */
  public static Gen<Project> projects(List<String> strategyNumbers) {
    return in -> {
      Project.Builder b = Project.builder()
          .number(numbers().generate(in))
          .title(thaiText().generate(in))
          .addAllObjectives(listOf(thaiText(), 0, 2).generate(in))
          .addAllQuantitativeTargets(listOf(thaiText(), 0, 2).generate(in))
          .addAllQualitativeTargets(listOf(thaiText(), 0, 1).generate(in))
          .addAllSuccessIndicators(listOf(thaiText(), 0, 1).generate(in))
          .addAllResponsiblePeople(listOf(people(), 0, 2).generate(in))
          .addAllActiveQuarters(listOf(Generate.enumValues(Quarter.class), 0, 4).generate(in))
          .addAllAlignment(listOf(alignmentLinks(), 0, 3).generate(in));
      if (!strategyNumbers.isEmpty() && integers().between(0, 5).generate(in) > 0) {
        b.strategy(Generate.pick(strategyNumbers).generate(in));
      } else if (integers().between(0, 1).generate(in) == 0) {
        b.strategy("9");
      }
      if (integers().between(0, 5).generate(in) > 0) {
        QuarterlyBudget q = quarterlyBudgets().generate(in);
        b.quarterlyPlan(q);
        b.budget(integers().between(0, 3).generate(in) > 0 ? q.total() : baht().generate(in));
      }
      for (Function<String, Project.Builder> optional : List.<Function<String, Project.Builder>>of(
          b::program, b::group, b::budgetSource, b::period)) {
        if (integers().between(0, 1).generate(in) == 1) {
          optional.apply(nonBlankThaiText().generate(in));
        }
      }
      return b.build();
    };
  }

  /** A strategy. */
  public static Gen<Strategy> strategies(String number) {
    return in -> Strategy.builder()
        .number(number)
        .title(thaiText().generate(in))
        .addAllGoals(listOf(goals(), 0, 2).generate(in))
        .addAllGuidelines(listOf(guidelines(), 0, 2).generate(in))
        .addAllIndicators(listOf(indicators(), 0, 4).generate(in))
        .addAllAlignment(listOf(alignmentLinks(), 0, 2).generate(in))
        .build();
  }

  /**
   * The plan with a level, now and then a served plan, and served elements on some goals,
   * strategies and projects. They are drawn from a seed the plan itself gives, not from the
   * generator's randomness, so that every other generator draws the plans it drew before they
   * existed (the findings of the fixed-seed plans of FindingsDump stay the same).
   */
  static StrategicPlan inCascade(StrategicPlan plan) {
    SplittableRandom r = new SplittableRandom(plan.toString().hashCode());
    StrategicPlan.Builder b = StrategicPlan.builder().from(plan)
        .level(OfficeLevel.values()[r.nextInt(OfficeLevel.values().length)])
        .goals(plan.goals().stream().map(g -> Goal.builder().from(g).addAllServes(served(r, 1)).build()).toList())
        .strategies(plan.strategies().stream().map(s -> Strategy.builder().from(s)
            .goals(s.goals().stream().map(g -> Goal.builder().from(g).addAllServes(served(r, 1)).build()).toList())
            .addAllServes(served(r, 2)).build()).toList())
        .projects(plan.projects().stream().map(p -> Project.builder().from(p).addAllServes(served(r, 2)).build())
            .toList());
    if (r.nextBoolean()) {
      b.servedPlan(ServedPlan.of(r.nextBoolean() ? "สพป.ตาก เขต 2" : "สพฐ.", 2400 + r.nextInt(600)));
    }
    return b.build();
  }

  private static final List<String> SERVED_TEXTS = List.of("สอดคล้องกับกลยุทธ์ สพป. ข้อ 2", "", "เป้าประสงค์ที่ ๑");

  private static List<ServedElement> served(SplittableRandom r, int max) {
    List<ServedElement> out = new ArrayList<>();
    for (int i = r.nextInt(max + 1); i > 0; i--) {
      int n = 1 + r.nextInt(12);
      String number = switch (r.nextInt(4)) {
        case 0 -> Integer.toString(n);
        case 1 -> io.github.eduplan.time.ThaiDigits.toThai(Integer.toString(n));
        case 2 -> n + "." + (n % 3 + 1);
        default -> "(" + n + ")";
      };
      ServedElement.Builder e = ServedElement.builder().kind(ServedKind.values()[r.nextInt(2)]).number(number);
      if (r.nextBoolean()) {
        e.text(SERVED_TEXTS.get(r.nextInt(SERVED_TEXTS.size())));
      }
      out.add(e.build());
    }
    return out;
  }

  /** A link to a goal or strategy of the plan above, with or without its text. */
  public static Gen<ServedElement> servedElements() {
    return Generate.enumValues(ServedKind.class).zip(numbers(), thaiText(), integers().between(0, 1),
        (kind, number, text, withText) -> {
          ServedElement.Builder b = ServedElement.builder().kind(kind).number(number);
          if (withText == 1) {
            b.text(text);
          }
          return b.build();
        });
  }

  /** An office, sometimes named differently in one place of the document. */
  public static Gen<Office> offices() {
    return Generate.pick(List.of("สพป.ตาก เขต 2", "สพป.เชียงใหม่ เขต ๒", "สพป.ตรัง เขต 2"))
        .zip(integers().between(0, 2), (name, mentions) -> {
          Office.Builder b = Office.builder().name("สำนักงานเขตพื้นที่การศึกษา " + name).shortName(name);
          for (int i = 0; i < mentions; i++) {
            b.addMention(NameMention.of("page " + (i + 1), i == 0 ? name : name.replace("ตรัง", "ตราด")));
          }
          if (mentions == 1) {
            b.province(name.substring(name.indexOf('.') + 1, name.indexOf(' ')));
          }
          return b.build();
        });
  }

  /** A stated total of any scope. */
  public static Gen<StatedTotal> statedTotals() {
    return Generate.enumValues(TotalScope.class).zip(baht(), numbers(), integers().between(0, 60),
        (scope, amount, key, count) -> {
          StatedTotal.Builder b = StatedTotal.builder().scope(scope).amount(amount);
          if (scope != TotalScope.PLAN) {
            b.key(scope == TotalScope.QUARTER ? Integer.toString(count % 4 + 1) : key);
          }
          if (count % 2 == 0) {
            b.projectCount(count);
          }
          return b.build();
        });
  }

  /** Any plan the model accepts, with the defects real plans have. */
  public static Gen<StrategicPlan> plans() {
    return in -> {
      int strategyCount = integers().between(0, 5).generate(in);
      List<String> numbers = new ArrayList<>();
      StrategicPlan.Builder b = StrategicPlan.builder()
          .office(offices().generate(in))
          .kind(Generate.enumValues(PlanKind.class).generate(in))
          .period(periods().generate(in))
          .addAllMissions(listOf(thaiText().zip(numbers(), (t, n) -> Mission.of(n, t)), 0, 3).generate(in))
          .addAllGoals(listOf(goals(), 0, 3).generate(in))
          .addAllStatedTotals(listOf(statedTotals(), 0, 3).generate(in))
          .addAllAlignment(listOf(alignmentLinks(), 0, 2).generate(in));
      for (int i = 1; i <= strategyCount; i++) {
        // Now and then a gap or a repeat in the numbering, as real plans have.
        String number = Integer.toString(integers().between(0, 9).generate(in) == 0 ? i + 1 : i);
        numbers.add(number);
        b.addStrategy(strategies(number).generate(in));
      }
      b.addAllProjects(listOf(projects(numbers), 0, 6).generate(in));
      if (integers().between(0, 3).generate(in) > 0) {
        b.title(nonBlankThaiText().generate(in));
      }
      if (integers().between(0, 1).generate(in) == 1) {
        b.vision(thaiText().generate(in));
      }
      if (integers().between(0, 3).generate(in) == 0) {
        b.revision("ฉบับปรับปรุง พ.ศ. ๒๕๖๔").revisionDate(LocalDate.of(2021, 3, 16));
      }
      if (integers().between(0, 3).generate(in) == 0) {
        b.approvalDate(LocalDate.of(2022, 3, 16).plusDays(integers().between(0, 2000).generate(in)));
      }
      return inCascade(b.build());
    };
  }
}
