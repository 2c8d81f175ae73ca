package io.github.eduplan.validation;

import static io.github.eduplan.validation.Fixtures.Y2565;
import static io.github.eduplan.validation.Fixtures.Y2566;
import static io.github.eduplan.validation.Fixtures.Y2567;
import static io.github.eduplan.validation.Fixtures.plan;
import static io.github.eduplan.validation.Fixtures.withIndicator;
import static io.github.eduplan.validation.Fixtures.withPlan;
import static io.github.eduplan.validation.Fixtures.withProject;
import static io.github.eduplan.validation.Fixtures.withStrategy;
import static io.github.eduplan.validation.Fixtures.withTarget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Comparison;
import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Guideline;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.Mission;
import io.github.eduplan.model.NameMention;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.StatedTotal;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Target;
import io.github.eduplan.model.TotalScope;
import io.github.eduplan.model.Unit;
import io.github.eduplan.model.CellRange;
import io.github.eduplan.model.ContextRow;
import io.github.eduplan.model.ContextTable;
import io.github.eduplan.model.Derivation;
import io.github.eduplan.model.DerivationKind;
import io.github.eduplan.model.SameFigure;
import io.github.eduplan.model.Situation;
import io.github.eduplan.model.SwotAnalysis;
import io.github.eduplan.model.SwotCategory;
import io.github.eduplan.model.SwotItem;
import io.github.eduplan.model.SwotSubject;
import io.github.eduplan.model.TableCell;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every standard rule fires on a plan with its defect and stays quiet on a near miss. */
class StandardRulesTest {
  private static final PlanValidator VALIDATOR = PlanValidator.standard().build();

  private record Case(String code, Supplier<StrategicPlan> fires, Supplier<StrategicPlan> quiet) {}

  private static Case rule(String code, Supplier<StrategicPlan> fires, Supplier<StrategicPlan> quiet) {
    return new Case(code, fires, quiet);
  }

  private static StrategicPlan guidelineChild(String second) {
    return withStrategy(plan(), 0, s -> s.guidelines(List.of(
        Guideline.builder().number("1").text("พัฒนาระบบ")
            .addChildren(Guideline.builder().number(second.equals("(2)") ? "(1)" : "1.1").text("ก").build())
            .addChildren(Guideline.builder().number(second).text("ข").build()).build(),
        Guideline.builder().number("2").text("สร้างเครือข่าย").build())));
  }

  private static StrategicPlan stated(StatedTotal total) {
    return withPlan(plan(), b -> b.addStatedTotal(total));
  }

  private static StrategicPlan mention(String name) {
    return withPlan(plan(), b -> b.office(Office.builder().from(plan().office())
        .addMention(NameMention.of("หน้า 14", name)).build()));
  }

  static List<Case> cases() {
    return List.of(
        rule(StandardRules.STRATEGY_NUMBER_DUPLICATE,
            () -> withStrategy(plan(), 1, s -> s.number("1")),
            () -> withStrategy(plan(), 1, s -> s.number("๒"))),
        rule(StandardRules.STRATEGY_NUMBER_GAP,
            () -> withStrategy(plan(), 1, s -> s.number("3")),
            () -> withStrategy(withStrategy(plan(), 0, s -> s.number("1.")), 1, s -> s.number("2."))),
        rule(StandardRules.INDICATOR_CODE_DUPLICATE,
            () -> withIndicator(plan(), 0, 1, i -> i.code("1")),
            Fixtures::plan),
        rule(StandardRules.INDICATOR_CODE_GAP,
            () -> withIndicator(plan(), 0, 1, i -> i.code("3")),
            () -> withIndicator(withIndicator(plan(), 1, 0, i -> i.code("3")), 1, 1, i -> i.code("4"))),
        rule(StandardRules.PROJECT_NUMBER_DUPLICATE,
            () -> withProject(plan(), 2, p -> p.number("2")),
            () -> withProject(plan(), 2, p -> p.number("1"))),
        rule(StandardRules.PROJECT_NUMBER_GAP,
            () -> withProject(plan(), 2, p -> p.number("5")),
            Fixtures::plan),
        rule(StandardRules.GUIDELINE_NUMBER_DUPLICATE,
            () -> withStrategy(plan(), 0, s -> s.addGuideline(Guideline.builder().number("2").text("ซ้ำ").build())),
            () -> withStrategy(plan(), 0, s -> s.addGuideline(Guideline.builder().number("3").text("ใหม่").build()))),
        rule(StandardRules.GUIDELINE_NUMBER_GAP,
            () -> guidelineChild("1.3"),
            () -> guidelineChild("(2)")),
        rule(StandardRules.GOAL_NUMBER_DUPLICATE,
            () -> withPlan(plan(), b -> b.addGoal(Goal.builder().number("1").text("ซ้ำ").build())),
            () -> withPlan(plan(), b -> b.addGoal(Goal.builder().number("2").text("ใหม่").build()))),
        rule(StandardRules.GOAL_NUMBER_GAP,
            () -> withPlan(plan(), b -> b.addGoal(Goal.builder().number("3").text("ใหม่").build())),
            () -> withPlan(plan(), b -> b.addGoal(Goal.builder().number("๒").text("ใหม่").build()))),
        rule(StandardRules.MISSION_NUMBER_DUPLICATE,
            () -> withPlan(plan(), b -> b.addMission(Mission.of("2", "ซ้ำ"))),
            () -> withPlan(plan(), b -> b.addMission(Mission.of("3", "ใหม่")))),
        rule(StandardRules.MISSION_NUMBER_GAP,
            () -> withPlan(plan(), b -> b.addMission(Mission.of("4", "ใหม่"))),
            () -> withPlan(plan(), b -> b.addMission(Mission.of("3", "ใหม่")))),
        rule(StandardRules.PROJECT_STRATEGY_UNKNOWN,
            () -> withProject(plan(), 0, p -> p.strategy("9")),
            () -> withProject(plan(), 0, p -> p.strategy("๑"))),
        rule(StandardRules.INDICATOR_GOAL_UNKNOWN,
            () -> withIndicator(plan(), 0, 0, i -> i.goal("7")),
            () -> withIndicator(plan(), 0, 0, i -> i.goal("๑"))),
        rule(StandardRules.INDICATOR_GUIDELINE_UNKNOWN,
            () -> withIndicator(plan(), 0, 0, i -> i.guideline("5")),
            () -> withIndicator(plan(), 0, 0, i -> i.guideline("1.1"))),
        rule(StandardRules.INDICATOR_TEXT_DUPLICATE,
            () -> withIndicator(plan(), 1, 0, i -> i.text("ร้อยละของสถานศึกษา ที่มีระบบดูแลช่วยเหลือ")),
            () -> withIndicator(plan(), 1, 0, i -> i.text("ร้อยละของสถานศึกษาที่มีระบบดูแลช่วยเหลือนักเรียน"))),
        rule(StandardRules.INDICATOR_NEAR_DUPLICATE,
            // The สพป.เชียงใหม่ เขต ๒ plan's drift: "ดีงาม" / "พึงงาม" in a long shared text.
            () -> withIndicator(withIndicator(plan(), 0, 0,
                    i -> i.text("ร้อยละของสถานศึกษาที่จัดกิจกรรมส่งเสริมคุณธรรมจริยธรรมและค่านิยมที่ดีงามอย่างต่อเนื่อง")),
                1, 0, i -> i.text("ร้อยละของสถานศึกษาที่จัดกิจกรรมส่งเสริมคุณธรรมจริยธรรมและค่านิยมที่พึงงามอย่างต่อเนื่อง")),
            // A series by grade differs only in its numbers: not a near-duplicate.
            () -> withIndicator(withIndicator(plan(), 0, 0,
                    i -> i.text("ร้อยละของผู้เรียนชั้นประถมศึกษาปีที่ 3 ที่อ่านออกเขียนได้ตามเกณฑ์ของสำนักงาน")),
                1, 0, i -> i.text("ร้อยละของผู้เรียนชั้นประถมศึกษาปีที่ 6 ที่อ่านออกเขียนได้ตามเกณฑ์ของสำนักงาน"))),
        rule(StandardRules.INDICATOR_CODE_PREFIX,
            () -> withIndicator(withStrategy(plan(), 0, s -> s.addGuidelines(
                    io.github.eduplan.model.Guideline.builder().number("1").text("แนวทาง 1").build(),
                    io.github.eduplan.model.Guideline.builder().number("2").text("แนวทาง 2").build())),
                0, 0, i -> i.code("1.1").guideline("2")),
            () -> withIndicator(withStrategy(plan(), 0, s -> s.addGuidelines(
                    io.github.eduplan.model.Guideline.builder().number("1").text("แนวทาง 1").build(),
                    io.github.eduplan.model.Guideline.builder().number("2").text("แนวทาง 2").build())),
                0, 0, i -> i.code("2.1").guideline("2"))),
        rule(StandardRules.STRATEGY_TITLE_DUPLICATE,
            () -> withStrategy(plan(), 1, s -> s.title("ส่งเสริมความปลอดภัย")),
            Fixtures::plan),
        rule(StandardRules.TITLE_EMPTY,
            () -> withProject(plan(), 1, p -> p.title(" ")),
            Fixtures::plan),
        rule(StandardRules.PERIOD_BACKWARDS,
            () -> withPlan(plan(), b -> b.period(FiscalYearRange.of(2567, 2565))),
            Fixtures::plan),
        rule(StandardRules.TARGET_YEAR_MISSING,
            () -> withIndicator(plan(), 0, 0, i -> i.targets(Map.of(Y2565, Target.of(80), Y2566, Target.of(85)))),
            Fixtures::plan),
        rule(StandardRules.TARGET_YEAR_OUTSIDE_PERIOD,
            () -> withIndicator(plan(), 0, 0, i -> i.putTarget(FiscalYear.of(2568), Target.of(95))),
            Fixtures::plan),
        rule(StandardRules.INDICATOR_NO_TARGET,
            () -> withIndicator(plan(), 0, 0, i -> i.targets(Map.of())),
            () -> withIndicator(plan(), 0, 0, i -> i.targets(Map.of()).targetInText(Target.of(80)))),
        rule(StandardRules.BASELINE_NOT_BEFORE_TARGETS,
            () -> withIndicator(plan(), 0, 0, i -> i.addBaseline(Baseline.of(2565, IndicatorValue.number(75)))),
            () -> withIndicator(plan(), 0, 0, i -> i.addBaseline(Baseline.of(2563, IndicatorValue.number(65))))),
        rule(StandardRules.PERCENT_OUT_OF_RANGE,
            () -> withTarget(plan(), 0, 0, Y2567, Target.of(120)),
            () -> withTarget(plan(), 0, 0, Y2567, Target.of(100))),
        rule(StandardRules.VALUE_KIND_MISMATCH,
            () -> withTarget(plan(), 0, 0, Y2567, Target.of(IndicatorValue.level("ดีเยี่ยม"))),
            () -> withTarget(plan(), 0, 0, Y2567, Target.notAvailable())),
        rule(StandardRules.UNIT_KIND_MISMATCH,
            () -> withIndicator(plan(), 0, 0, i -> i.unit(Unit.PERSON)),
            () -> withIndicator(plan(), 0, 0, i -> i.unit(Unit.of("ร้อยละ ")))),
        rule(StandardRules.UNIT_TARGET_MISMATCH,
            // The สพป.เชียงราย เขต 2 plan: unit ระดับ คุณภาพ, targets 90 and up.
            () -> withIndicator(plan(), 0, 0, i -> i.unit(Unit.of("ระดับ คุณภาพ")).measureKind(MeasureKind.QUANTITY)),
            () -> withIndicator(plan(), 0, 0, i -> i.unit(Unit.of("คน")).measureKind(MeasureKind.QUANTITY))),
        rule(StandardRules.INDICATOR_NOT_MEASURABLE,
            () -> withIndicator(plan(), 0, 0, i -> i.text("สพป.ตาก เขต 2 มีแพลตฟอร์มดิจิทัล").unit(java.util.Optional.empty())
                .measureKind(MeasureKind.YES_NO).direction(io.github.eduplan.model.Direction.MAINTAIN).baselines(List.of())
                .targets(yesEveryYear())),
            () -> withIndicator(plan(), 0, 0, i -> i.text("สพป.ตาก เขต 2 มีแพลตฟอร์มดิจิทัลครบทุกโรงเรียน").unit(java.util.Optional.empty())
                .measureKind(MeasureKind.YES_NO).direction(io.github.eduplan.model.Direction.MAINTAIN).baselines(List.of())
                .targets(yesEveryYear()))),
        rule(StandardRules.LEVEL_NOT_ON_SCALE,
            () -> withTarget(plan(), 0, 1, Y2567, Target.of(IndicatorValue.level("AA"))),
            () -> withTarget(plan(), 0, 1, Y2567, Target.of(IndicatorValue.level("ระดับดีเยี่ยม")))),
        rule(StandardRules.TARGET_NOT_AVAILABLE,
            () -> withTarget(plan(), 0, 0, Y2567, Target.notAvailable()),
            Fixtures::plan),
        rule(StandardRules.TARGET_CONTRADICTS_TEXT,
            () -> withIndicator(plan(), 0, 0, i -> i.targetInText(Target.of(Comparison.AT_LEAST, BigDecimal.valueOf(95)))),
            () -> withIndicator(plan(), 0, 0, i -> i.targetInText(Target.of(Comparison.AT_LEAST, BigDecimal.valueOf(80))))),
        rule(StandardRules.TARGET_CONTRADICTS_TEXT_PHRASE,
            () -> withIndicator(plan(), 0, 0, i -> i.text("สถานศึกษามีระบบดูแลช่วยเหลือ ร้อยละ ๙๕ ขึ้นไป")),
            () -> withIndicator(plan(), 0, 0, i -> i.text("สถานศึกษามีระบบดูแลช่วยเหลือ ไม่ต่ำกว่าร้อยละ ๘๐"))),
        rule(StandardRules.TARGET_AGAINST_DIRECTION,
            () -> withTarget(plan(), 0, 0, Y2567, Target.of(82)),
            () -> withTarget(plan(), 0, 0, Y2567, Target.of(85))),
        rule(StandardRules.TARGET_BEHIND_BASELINE,
            () -> withIndicator(plan(), 0, 0, i -> i.baselines(List.of(Baseline.of(2564, IndicatorValue.number(82))))),
            () -> withIndicator(plan(), 0, 0, i -> i.baselines(List.of(Baseline.of(2564, IndicatorValue.number(80)))))),
        rule(StandardRules.BUDGET_QUARTERS_SUM,
            () -> withProject(plan(), 0, p -> p.budget(Baht.of(121_000))),
            Fixtures::plan),
        rule(StandardRules.BUDGET_QUARTER_INACTIVE,
            () -> withProject(plan(), 0, p -> p.activeQuarters(List.of(Quarter.Q1, Quarter.Q2))),
            () -> withProject(plan(), 0, p -> p.activeQuarters(List.of()))),
        rule(StandardRules.BUDGET_QUARTER_EMPTY,
            () -> withProject(plan(), 0, p -> p.addActiveQuarter(Quarter.Q3)),
            Fixtures::plan),
        rule(StandardRules.STATED_TOTAL_MISMATCH,
            () -> stated(StatedTotal.builder().scope(TotalScope.STRATEGY).key("2").amount(Baht.of(5_000)).build()),
            () -> stated(StatedTotal.builder().scope(TotalScope.STRATEGY).key("๒").amount(Baht.of(4_000)).build())),
        rule(StandardRules.STATED_TOTAL_COUNT_MISMATCH,
            () -> stated(StatedTotal.builder().scope(TotalScope.STRATEGY).key("2").amount(Baht.of(4_000)).projectCount(2).build()),
            () -> stated(StatedTotal.builder().scope(TotalScope.STRATEGY).key("2").amount(Baht.of(4_000)).projectCount(1).build())),
        rule(StandardRules.STATED_TOTAL_UNCHECKED,
            () -> stated(StatedTotal.builder().scope(TotalScope.GROUP).key("กลุ่มอำนวยการ").amount(Baht.of(873_240)).build()),
            () -> stated(StatedTotal.builder().scope(TotalScope.GROUP).key("กลุ่มส่งเสริมการจัดการศึกษา").amount(Baht.of(135_940)).build())),
        rule(StandardRules.PROJECT_NO_RESPONSIBLE,
            () -> withProject(plan(), 0, p -> p.responsiblePeople(List.of()).group(Optional.empty())),
            () -> withProject(plan(), 0, p -> p.responsiblePeople(List.of()))),
        rule(StandardRules.OFFICE_NAME_INCONSISTENT,
            () -> mention("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตราด เขต 2"),
            () -> mention("สำนักงานเขตพื้นที่การศึกษา ประถมศึกษาตาก เขต ๒")),
        rule(StandardRules.OFFICE_NAME_IN_TEXT,
            () -> withIndicator(plan(), 0, 0, i -> i.text("สพป.ตราด เขต 2 มีระบบดูแลช่วยเหลือนักเรียน")),
            () -> withIndicator(plan(), 0, 0, i -> i.text("สพป.ตาก เขต 2 มีระบบดูแลช่วยเหลือนักเรียน"))),
        rule(StandardRules.OFFICE_NAME_MISSPELT,
            // The สพป.ตาก เขต 2 plan's card 16: "ดาก" for ตาก.
            () -> withPlan(plan(), b -> b.office(io.github.eduplan.model.Office.builder().from(plan().office())
                .addMention(NameMention.of("โครงการที่ 16", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาดาก เขต 2")).build())),
            // ตราด is a real province: another office, not a misspelling.
            () -> withPlan(plan(), b -> b.office(io.github.eduplan.model.Office.builder().from(plan().office())
                .addMention(NameMention.of("ปก", "สพป.ตาก เขต ๒")).build()))),
        rule(StandardRules.APPROVED_AFTER_START,
            () -> withPlan(plan(), b -> b.approvalDate(LocalDate.of(2022, 3, 16))),
            () -> withPlan(plan(), b -> b.approvalDate(LocalDate.of(2021, 10, 1)))),
        rule(StandardRules.TEXT_FOREIGN_SCRIPT,
            () -> withIndicator(plan(), 0, 0, i -> i.text("ร้อยละของความสำเร็จในการจדרะบบ")),
            () -> withIndicator(plan(), 0, 0, i -> i.text("ร้อยละของความสำเร็จในการจัดระบบ (Active Learning) ๑๐๐%"))),
        rule(StandardRules.TEXT_YEAR_IMPLAUSIBLE,
            () -> withIndicator(plan(), 0, 0, i -> i.text("ร้อยละของนักเรียนที่สอบ NT ปีการศึกษา 2654")),
            () -> withIndicator(plan(), 0, 0, i -> i.text("ร้อยละของนักเรียนที่สอบ NT ปีการศึกษา 2564"))),
        rule(StandardRules.TEXT_BIDI_CONTROL,
            () -> withStrategy(plan(), 1, s -> s.title("เพิ่มโอกาส\u202Eทางการศึกษา")),
            () -> withStrategy(plan(), 1, s -> s.title("เพิ่มโอกาส\u200Bทางการศึกษา"))),
        rule(StandardRules.CONTEXT_TOTAL_MISMATCH,
            () -> context(DerivationKind.SUM, "10", "20", "31"), () -> context(DerivationKind.SUM, "10", "20", "30")),
        rule(StandardRules.CONTEXT_DIFFERENCE_MISMATCH,
            () -> context(DerivationKind.DIFFERENCE, "49.21", "42.10", "-7.11"),
            () -> context(DerivationKind.DIFFERENCE, "49.21", "42.10", "7.11")),
        rule(StandardRules.CONTEXT_AVERAGE_MISMATCH,
            () -> context(DerivationKind.AVERAGE, "42.47", "39.07", "40.91"),
            () -> context(DerivationKind.AVERAGE, "42.47", "39.07", "40.77")),
        rule(StandardRules.CONTEXT_PERCENTAGE_MISMATCH,
            () -> context(DerivationKind.PERCENTAGE, "9", "121", "8.43"),
            () -> context(DerivationKind.PERCENTAGE, "9", "121", "7.44")),
        rule(StandardRules.CONTEXT_RATIO_MISMATCH,
            () -> context(DerivationKind.RATIO, "637", "11,879", "1:29"),
            () -> context(DerivationKind.RATIO, "637", "11,879", "1:19")),
        rule(StandardRules.CONTEXT_ROUNDING_INCONSISTENT,
            () -> withPlan(plan(), b -> b.situation(Situation.builder().addTable(percentages("7.43", "40.33")).build())),
            () -> withPlan(plan(), b -> b.situation(Situation.builder().addTable(percentages("7.43", "40.32")).build()))),
        rule(StandardRules.CONTEXT_FIGURE_CONFLICT, () -> figures("52,119"), () -> figures("๕๒,๑๙๙")),
        rule(StandardRules.CONTEXT_FIGURE_REUSED, () -> reused("52,119"), () -> reused("52,199")),
        rule(StandardRules.CONTEXT_DERIVATION_UNCHECKED,
            () -> context(DerivationKind.SUM, "11 รร. 3 รร.สาขา", "80", "91"),
            () -> context(DerivationKind.SUM, "11", "80", "91")),
        rule(StandardRules.CONTEXT_SWOT_UNKNOWN, () -> answering("W9"), () -> answering(" W1 ")));
  }

  /** A plan with one SWOT weakness, W1, whose first strategy answers a code. */
  private static StrategicPlan answering(String code) {
    SwotAnalysis swot = SwotAnalysis.builder().title("การวิเคราะห์ SWOT ของจังหวัด").subject(SwotSubject.PROVINCE)
        .addItem(SwotItem.of("W1", SwotCategory.WEAKNESS, "โรงเรียนขนาดเล็กมีจำนวนมาก")).build();
    return withStrategy(withPlan(plan(), p -> p.situation(Situation.builder().addSwot(swot).build())), 0,
        s -> s.addAnswer(code));
  }

  /** A plan whose one context table has a row a, b, c with c derived from a and b. */
  private static StrategicPlan context(DerivationKind kind, String a, String b, String c) {
    List<CellRange> from = kind == DerivationKind.SUM || kind == DerivationKind.AVERAGE
        ? List.of(new CellRange(0, 0, 0, 1)) : List.of(CellRange.cell(0, 0), CellRange.cell(0, 1));
    ContextTable table = ContextTable.builder().title("ตาราง").addRow(ContextRow.of("แถว", a, b, c))
        .addDerivation(Derivation.of(CellRange.cell(0, 2), kind, from)).build();
    return withPlan(plan(), p -> p.situation(Situation.builder().addTable(table).build()));
  }

  /** An indicator whose 2564 baseline is 52,119, and a table whose total prints a figure. */
  private static StrategicPlan reused(String total) {
    StrategicPlan plan = withIndicator(context(DerivationKind.SUM, "11,879", "40,320", total), 0, 0,
        i -> i.baselines(List.of(io.github.eduplan.model.Baseline.builder().year(2564)
            .value(io.github.eduplan.model.IndicatorValue.number(new BigDecimal("52119"))).build())));
    return plan;
  }

  private static ContextTable percentages(String second, String third) {
    return ContextTable.builder().title("ร้อยละ")
        .addRow(ContextRow.of("2562", "121", "14", "11.57"))
        .addRow(ContextRow.of("2563", "121", "9", second))
        .addRow(ContextRow.of("2564", "4000", "1613", third))
        .addDerivation(Derivation.of(new CellRange(0, 2, 2, 2), DerivationKind.PERCENTAGE,
            List.of(CellRange.cell(0, 1), CellRange.cell(0, 0))))
        .build();
  }

  private static StrategicPlan figures(String other) {
    ContextTable a = ContextTable.builder().key("a").title("ภาพรวม").addRow(ContextRow.of("รวม", "52,199")).build();
    ContextTable b = ContextTable.builder().key("b").title("จำนวนนักเรียน").addRow(ContextRow.of("รวมทั้งหมด", other)).build();
    return withPlan(plan(), p -> p.situation(Situation.builder().addTable(a).addTable(b)
        .addSameFigure(SameFigure.builder().addAllCells(List.of(TableCell.parse("a!r0c0"), TableCell.parse("b!r0c0")))
            .build()).build()));
  }

  @TestFactory
  Stream<DynamicTest> everyRuleFiresOnItsDefect() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.code() + " fires", () -> {
      ValidationReport report = VALIDATOR.validate(c.fires().get());
      assertFalse(report.byCode(c.code()).isEmpty(), () -> c.code() + " did not fire: " + report.findings());
      assertTrue(report.byCode(StandardRules.RULE_FAILED).isEmpty(), report::toString);
      for (Finding f : report.byCode(c.code())) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("th-TH"))) {
          String message = f.message(locale);
          assertFalse(message.contains("{"), () -> "unfilled placeholder in " + message);
          assertFalse(message.equals(VALIDATOR.rules().stream().filter(r -> r.code().equals(c.code()))
              .findFirst().get().description()), () -> "no bundled message for " + f.messageKey());
        }
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyRuleStaysQuietOnANearMiss() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.code() + " stays quiet", () -> {
      ValidationReport report = VALIDATOR.validate(c.quiet().get());
      assertEquals(List.of(), report.byCode(c.code()));
    }));
  }

  private static java.util.SortedMap<io.github.eduplan.time.FiscalYear, io.github.eduplan.model.Target> yesEveryYear() {
    java.util.SortedMap<io.github.eduplan.time.FiscalYear, io.github.eduplan.model.Target> out = new java.util.TreeMap<>();
    for (io.github.eduplan.time.FiscalYear y : plan().period()) {
      out.put(y, io.github.eduplan.model.Target.of(io.github.eduplan.model.IndicatorValue.yesNo(true)));
    }
    return out;
  }

  @Test
  void everyStandardRuleHasAFiringAndAQuietCase() {
    Set<String> tested = cases().stream().map(Case::code).collect(Collectors.toSet());
    List<String> untested = StandardRules.all().stream().map(ValidationRule::code)
        .filter(code -> !tested.contains(code)).collect(Collectors.toList());
    assertEquals(List.of(), untested);
    assertEquals(StandardRules.all().size(), cases().size());
  }

  @Test
  void theCleanPlanHasNoFindingAtAll() {
    assertEquals(List.of(), VALIDATOR.validate(plan()).findings());
  }

  @Test
  void quartersThatDoNotAddUpSayByHowMuch() {
    // The สพป.ตาก เขต 2 FY2565 action plan, project 33: 58,000 baht, quarters 0 + 55,450 + 0 + 255 (a digit lost).
    StrategicPlan broken = withProject(plan(), 0, p -> p.number("33").budget(Baht.of(58_000))
        .quarterlyPlan(io.github.eduplan.model.QuarterlyBudget.of(0, 55_450, 0, 255))
        .activeQuarters(List.of(Quarter.Q2, Quarter.Q4)));
    Finding f = VALIDATOR.validate(broken).byCode(StandardRules.BUDGET_QUARTERS_SUM).get(0);
    assertEquals("$.projects[0].quarterlyPlan", f.path());
    assertEquals(Optional.of("33"), f.number());
    assertEquals("58,000", f.values().get("budget"));
    assertEquals("55,705", f.values().get("quarterTotal"));
    assertEquals("2,295", f.values().get("difference"));
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("Project 33: the quarters add up to 55,705 baht, 2,295 baht less than its budget of 58,000 baht.",
        f.message(Locale.ENGLISH));
    assertEquals("โครงการที่ 33: งบรายไตรมาสรวม 55,705 บาท น้อยกว่างบประมาณ 58,000 บาท อยู่ 2,295 บาท",
        f.message(Locale.forLanguageTag("th-TH")));
  }

  @Test
  void satangDifferencesAreReportedExactly() {
    StrategicPlan broken = withProject(plan(), 2, p -> p.budget(Baht.parse("4,000.50")));
    Finding f = VALIDATOR.validate(broken).byCode(StandardRules.BUDGET_QUARTERS_SUM).get(0);
    assertEquals("0.50", f.values().get("difference"));
    assertEquals("BUDGET_QUARTERS_SUM.under", f.messageKey());
  }

  @Test
  void numberingThatRestartsInEachStrategyIsNoDuplicate() {
    // The สพป.เชียงราย เขต 2 plan for 2566–2570: indicators 1–4 under strategy 1, 1–9 under strategy 2, 1–8 under strategy 3.
    StrategicPlan plan = plan();
    for (int s = 0; s < 2; s++) {
      int strategy = s;
      plan = withStrategy(plan, s, b -> b.indicators(List.of(
          Fixtures.percent("1", "ก" + strategy), Fixtures.percent("2.", "ข" + strategy),
          Fixtures.percent("๓", "ค" + strategy))));
    }
    ValidationReport report = VALIDATOR.validate(plan);
    assertEquals(List.of(), report.byCode(StandardRules.INDICATOR_CODE_DUPLICATE));
    assertEquals(List.of(), report.byCode(StandardRules.INDICATOR_CODE_GAP));
  }

  @Test
  void prefixedCodesAreComparedByTheirLastNumberWithinTheirPrefix() {
    // The สพป.เชียงใหม่ เขต 2 plan for 2563–2565's shape: ๑.๑ ๑.๒ ๒.๑ ๒.๒ is clean; ๔.๑๑ followed by ๖.๖ skips ๖.๑–๖.๕.
    StrategicPlan clean = withStrategy(plan(), 0, b -> b.indicators(List.of(
        Fixtures.percent("๑.๑", "ก"), Fixtures.percent("๑.๒", "ข"), Fixtures.percent("๒.๑", "ค"),
        Fixtures.percent("2.2", "ง"), Fixtures.percent("S1-1", "จ"), Fixtures.percent("S1-2", "ฉ"))));
    assertEquals(List.of(), VALIDATOR.validate(clean).byCode(StandardRules.INDICATOR_CODE_GAP));
    assertEquals(List.of(), VALIDATOR.validate(clean).byCode(StandardRules.INDICATOR_CODE_DUPLICATE));

    StrategicPlan skipped = withStrategy(plan(), 0, b -> b.indicators(List.of(
        Fixtures.percent("๔.๑", "ก"), Fixtures.percent("๔.๒", "ข"), Fixtures.percent("๖.๖", "ค"),
        Fixtures.percent("๔.๒", "ง"))));
    ValidationReport report = VALIDATOR.validate(skipped);
    Finding gap = report.byCode(StandardRules.INDICATOR_CODE_GAP).get(0);
    assertEquals("$.strategies[0].indicators[2]", gap.path());
    assertEquals(Optional.of("๖.๖"), gap.number());
    assertEquals("1–5", gap.values().get("missing"));
    Finding repeat = report.byCode(StandardRules.INDICATOR_CODE_DUPLICATE).get(0);
    assertEquals("$.strategies[0].indicators[3]", repeat.path());
    assertEquals("$.strategies[0].indicators[1]", repeat.values().get("first"));
  }

  @Test
  void numberingThatRunsOnAcrossStrategiesMayNotRepeat() {
    // The สพป.ตรัง เขต 2 plan for 2563–2565 numbers its indicators 1–33 across six strategies.
    StrategicPlan plan = withIndicator(withIndicator(plan(), 1, 0, i -> i.code("2")), 1, 1, i -> i.code("3"));
    Finding f = VALIDATOR.validate(plan).byCode(StandardRules.INDICATOR_CODE_DUPLICATE).get(0);
    assertEquals("$.strategies[1].indicators[0]", f.path());
    assertEquals("$.strategies[0].indicators[1]", f.values().get("first"));
  }

  @Test
  void theOfficeNamedTrangAndTratIsReportedWhereverItIsWritten() {
    // The สพป.ตรัง เขต 2 plan for 2563–2565: สพป.ตรัง เขต 2 on the cover, ตราด in the introduction.
    StrategicPlan plan = withPlan(plan(), b -> b.office(Office.builder()
        .name("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตรัง เขต 2").shortName("สพป.ตรัง เขต 2")
        .addMention(NameMention.of("ปก", "สพป.ตรัง เขต 2"))
        .addMention(NameMention.of("คำนำ", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตราด เขต 2"))
        .build()).title("ทิศทางการพัฒนาการศึกษา สพป.ตรัง เขต 2"));
    plan = withStrategy(plan, 0, s -> s.title("พัฒนาสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตราด เขต 2"));
    ValidationReport report = VALIDATOR.validate(plan);
    List<Finding> inconsistent = report.byCode(StandardRules.OFFICE_NAME_INCONSISTENT);
    assertEquals(1, inconsistent.size(), report::toString);
    assertEquals("$.office.mentions[1]", inconsistent.get(0).path());
    assertEquals("คำนำ", inconsistent.get(0).values().get("where"));
    List<Finding> inText = report.byCode(StandardRules.OFFICE_NAME_IN_TEXT);
    assertEquals(1, inText.size(), report::toString);
    assertEquals("$.strategies[0].title", inText.get(0).path());
    assertEquals("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตราด เขต 2", inText.get(0).values().get("written"));
  }

  @Test
  void missingTargetYearsAreGivenAsRuns() {
    StrategicPlan plan = withPlan(withIndicator(plan(), 0, 0, i -> i.targets(Map.of(Y2566, Target.of(85)))),
        b -> b.period(FiscalYearRange.of(2563, 2569)));
    Finding f = VALIDATOR.validate(plan).byCode(StandardRules.TARGET_YEAR_MISSING).get(0);
    assertEquals("$.strategies[0].indicators[0].targets", f.path());
    assertEquals("2563–2565, 2567–2569", f.values().get("missing"));
    assertEquals("Indicator 1 has no target for the fiscal years 2563–2565, 2567–2569 of the period "
        + FiscalYearRange.of(2563, 2569) + ".", f.message(Locale.ENGLISH));
  }

  @Test
  void targetsOutsideThePeriodDoNotStandInForItsYears() {
    // As many targets as the period has years, all before it, or all after it.
    FiscalYearRange period = FiscalYearRange.of(2565, 2567);
    for (int first : new int[] {2560, 2568}) {
      StrategicPlan plan = withPlan(withIndicator(plan(), 0, 0, i -> i.targets(Map.of(
          FiscalYear.of(first), Target.of(60), FiscalYear.of(first + 1), Target.of(65),
          FiscalYear.of(first + 2), Target.of(70)))), b -> b.period(period));
      List<Finding> missing = VALIDATOR.validate(plan).byCode(StandardRules.TARGET_YEAR_MISSING);
      assertEquals(List.of("$.strategies[0].indicators[0].targets"),
          missing.stream().map(Finding::path).collect(Collectors.toList()), "targets from " + first);
      assertEquals("2565–2567", missing.get(0).values().get("missing"));
    }
  }

  @Test
  void aRulesFindingsComeInDocumentOrder() {
    StrategicPlan plan = withStrategy(withIndicator(plan(), 0, 1, i -> i.text("")), 1, s -> s.title(" "));
    plan = withProject(plan, 0, p -> p.title(""));
    List<String> paths = VALIDATOR.validate(plan).byCode(StandardRules.TITLE_EMPTY).stream()
        .map(Finding::path).collect(Collectors.toList());
    assertEquals(List.of("$.strategies[0].indicators[1].text", "$.strategies[1].title", "$.projects[0].title"), paths);
  }

  @Test
  void seed003sQuarterRowsAndStrategyTotalsAddUpButItsGroupTotalsCannotBeChecked() {
    // Strategy 1 of สพป.ตาก เขต 2 FY2565: projects 1–5 of the quarterly table, the stated
    // strategy total (5 projects, 149,940) and a working-group total no project names.
    StrategicPlan plan = withPlan(plan(), b -> b
        .projects(List.of(
            Fixtures.project("1", "1", 24_090, 22_400, 0, 75_450),
            Fixtures.project("2", "1", 0, 0, 5_000, 5_000),
            Fixtures.project("3", "1", 1_800, 0, 3_200, 5_000),
            Fixtures.project("4", "1", 5_000, 0, 0, 0),
            Fixtures.project("5", "1", 0, 0, 2_000, 1_000)))
        .statedTotals(List.of(
            StatedTotal.builder().scope(TotalScope.STRATEGY).key("1").amount(Baht.of(149_940)).projectCount(5).build(),
            StatedTotal.builder().scope(TotalScope.GROUP).key("กลุ่มอำนวยการ").amount(Baht.of(873_240)).projectCount(8).build())));
    ValidationReport report = VALIDATOR.validate(plan);
    assertEquals(List.of(), report.errors(), report::toString);
    assertEquals(List.of("$.statedTotals[1]"), report.byCode(StandardRules.STATED_TOTAL_UNCHECKED).stream()
        .map(Finding::path).collect(Collectors.toList()));
  }

  @Test
  void seed002sOfficePrintedAsChaiyasothonAndYasothonIsReported() {
    StrategicPlan plan = withPlan(plan(), b -> b.office(Office.builder()
        .name("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาชัยโสธร เขต ๒")
        .addMention(NameMention.of("ประกาศ", "สำนักงานเขตพื้นที่ การศึกษาประถมศึกษาชัยโสธร เขต ๒"))
        .addMention(NameMention.of("ตัวชี้วัดกลยุทธ์ที่ ๓", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา ยโสธร เขต ๒"))
        .build()).title("ทิศทางการพัฒนาคุณภาพการศึกษา"));
    List<Finding> found = VALIDATOR.validate(plan).byCode(StandardRules.OFFICE_NAME_INCONSISTENT);
    assertEquals(List.of("$.office.mentions[1]"), found.stream().map(Finding::path).collect(Collectors.toList()));
  }

  @Test
  void aYearsTargetIsFoundByItsYearInThePath() {
    StrategicPlan plan = withIndicator(withTarget(plan(), 1, 1, Y2567, Target.of(101)), 1, 1, i -> i.code("๒"));
    Finding f = VALIDATOR.validate(plan).byCode(StandardRules.PERCENT_OUT_OF_RANGE).get(0);
    assertEquals("$.strategies[1].indicators[1].targets.2567", f.path());
    assertEquals(Optional.of("๒"), f.number());
    assertEquals("101", f.values().get("value"));
  }

  @Test
  void aDecreaseIndicatorWhoseTargetRisesGetsTheMirrorMessage() {
    StrategicPlan plan = withIndicator(plan(), 0, 0, i -> i
        .direction(io.github.eduplan.model.Direction.DECREASE)
        .baselines(List.of(Baseline.of(2564, IndicatorValue.number(12))))
        .targets(new TreeMap<>(Map.of(Y2565, Target.of(5), Y2566, Target.of(0), Y2567, Target.of(3)))));
    ValidationReport report = VALIDATOR.validate(plan);
    Finding f = report.byCode(StandardRules.TARGET_AGAINST_DIRECTION).get(0);
    assertEquals("TARGET_AGAINST_DIRECTION.rises", f.messageKey());
    assertEquals("$.strategies[0].indicators[0].targets.2567", f.path());
    assertEquals(List.of(), report.byCode(StandardRules.TARGET_BEHIND_BASELINE));
  }

  @Test
  void levelsCompareByTheirRankOnTheScale() {
    StrategicPlan plan = withTarget(plan(), 0, 1, Y2567, Target.of(IndicatorValue.level("พอใช้")));
    Finding f = VALIDATOR.validate(plan).byCode(StandardRules.TARGET_AGAINST_DIRECTION).get(0);
    assertEquals("ดีมาก", f.values().get("from"));
    assertEquals("พอใช้", f.values().get("to"));
  }

  @Test
  void componentsAreCheckedWithTheirOwnPath() {
    StrategicPlan plan = withIndicator(plan(), 0, 0, i -> i.addComponent(
        io.github.eduplan.model.Indicator.builder().from(Fixtures.percent("1", "ป.๓"))
            .targets(Map.of(Y2565, Target.of(80), Y2566, Target.of(150), Y2567, Target.of(90))).build()));
    Finding f = VALIDATOR.validate(plan).byCode(StandardRules.PERCENT_OUT_OF_RANGE).get(0);
    assertEquals("$.strategies[0].indicators[0].components[0].targets.2566", f.path());
  }

  @Test
  void statedTotalsAreComparedByScopeAndKey() {
    List<StatedTotal> totals = new ArrayList<>(plan().statedTotals());
    totals.add(StatedTotal.builder().scope(TotalScope.QUARTER).key("ไตรมาส ๔").amount(Baht.of(80_000)).build());
    totals.add(StatedTotal.builder().scope(TotalScope.PROGRAM)
        .key("แผนงานพื้นฐานด้านการพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์").amount(Baht.of(135_940)).build());
    ValidationReport report = VALIDATOR.validate(withPlan(plan(), b -> b.statedTotals(totals)));
    List<Finding> mismatches = report.byCode(StandardRules.STATED_TOTAL_MISMATCH);
    assertEquals(1, mismatches.size(), report::toString);
    assertEquals("$.statedTotals[3].amount", mismatches.get(0).path());
    assertEquals("81,450", mismatches.get(0).values().get("sum"));
    assertEquals("1,450", mismatches.get(0).values().get("difference"));
  }
}
