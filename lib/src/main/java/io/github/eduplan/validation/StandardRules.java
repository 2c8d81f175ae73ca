package io.github.eduplan.validation;

import io.github.eduplan.model.StrategicPlan;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The standard rule catalogue (กฎมาตรฐาน): the codes and the rules that {@link PlanValidator#standard()}
 * runs, in this order. Each code is stable; {@code docs/validation-rules.md} explains every rule with
 * a Thai and an English example.
 *
 * <p>Two defects the issue lists have no rule because the model refuses them when a value is built:
 * a negative amount and an amount with more than two decimals ({@link io.github.eduplan.model.Baht}
 * is never negative and always in whole satang), so a plan that holds one cannot exist.
 */
public final class StandardRules {
  /**
   * Not a rule: the code of the error recorded when a rule throws instead of reporting. Its values
   * are {@code rule} (the failing rule's code), {@code exception} (the class) and {@code detail}
   * (the exception's message).
   */
  public static final String RULE_FAILED = "RULE_FAILED";

  /** Two strategies have the same number. */
  public static final String STRATEGY_NUMBER_DUPLICATE = "STRATEGY_NUMBER_DUPLICATE";

  /** The strategies' numbering skips a number. */
  public static final String STRATEGY_NUMBER_GAP = "STRATEGY_NUMBER_GAP";

  /** Two indicators of a series have the same code (compared by the last number, within the strategy and the code's prefix). */
  public static final String INDICATOR_CODE_DUPLICATE = "INDICATOR_CODE_DUPLICATE";

  /** The indicators' codes skip a number within their series. */
  public static final String INDICATOR_CODE_GAP = "INDICATOR_CODE_GAP";

  /** Two projects have the same number. */
  public static final String PROJECT_NUMBER_DUPLICATE = "PROJECT_NUMBER_DUPLICATE";

  /** The projects' numbering skips a number. */
  public static final String PROJECT_NUMBER_GAP = "PROJECT_NUMBER_GAP";

  /** Two guidelines under the same parent have the same number. */
  public static final String GUIDELINE_NUMBER_DUPLICATE = "GUIDELINE_NUMBER_DUPLICATE";

  /** The guidelines' numbering skips a number. */
  public static final String GUIDELINE_NUMBER_GAP = "GUIDELINE_NUMBER_GAP";

  /** Two goals of the plan, or of one strategy, have the same number. */
  public static final String GOAL_NUMBER_DUPLICATE = "GOAL_NUMBER_DUPLICATE";

  /** The goals' numbering skips a number. */
  public static final String GOAL_NUMBER_GAP = "GOAL_NUMBER_GAP";

  /** Two missions have the same number. */
  public static final String MISSION_NUMBER_DUPLICATE = "MISSION_NUMBER_DUPLICATE";

  /** The missions' numbering skips a number. */
  public static final String MISSION_NUMBER_GAP = "MISSION_NUMBER_GAP";

  /** A project names a strategy the plan does not have. */
  public static final String PROJECT_STRATEGY_UNKNOWN = "PROJECT_STRATEGY_UNKNOWN";

  /** An indicator names a goal that neither its strategy nor the plan has. */
  public static final String INDICATOR_GOAL_UNKNOWN = "INDICATOR_GOAL_UNKNOWN";

  /** An indicator names a guideline its strategy does not have. */
  public static final String INDICATOR_GUIDELINE_UNKNOWN = "INDICATOR_GUIDELINE_UNKNOWN";

  /** The same indicator text appears twice in the plan (white space and digit forms ignored). */
  public static final String INDICATOR_TEXT_DUPLICATE = "INDICATOR_TEXT_DUPLICATE";

  /**
   * Two indicators' texts are almost the same, differing by a few words or letters (character
   * bigram Dice similarity at least 0.95, or the threshold of {@link #nearDuplicateIndicators});
   * reported once per pair, at the later one. The same text is {@link #INDICATOR_TEXT_DUPLICATE}.
   */
  public static final String INDICATOR_NEAR_DUPLICATE = "INDICATOR_NEAR_DUPLICATE";

  /** An indicator's code has a prefix ("2." of "2.2") that is not the number of the guideline, goal or strategy it sits under. */
  public static final String INDICATOR_CODE_PREFIX = "INDICATOR_CODE_PREFIX";

  /**
   * An indicator's unit says a level (ระดับ, ระดับคุณภาพ) while its targets are percentages or
   * numbers above a level scale, or a count (จำนวน, คน, โรง…) while its targets are percentages or
   * rates; without a unit, its text beginning ระดับ… or จำนวน… says the same.
   */
  public static final String UNIT_TARGET_MISMATCH = "UNIT_TARGET_MISMATCH";

  /**
   * An indicator is a statement with nothing to measure: no number, no measure or level word, no
   * comparator in its text, and no numeric or level target (a yes/no target read from its own
   * words does not measure it).
   */
  public static final String INDICATOR_NOT_MEASURABLE = "INDICATOR_NOT_MEASURABLE";

  /** Two strategies have the same title. */
  public static final String STRATEGY_TITLE_DUPLICATE = "STRATEGY_TITLE_DUPLICATE";

  /** A title or text that should say something is blank. */
  public static final String TITLE_EMPTY = "TITLE_EMPTY";

  /** The plan's period ends before it starts. */
  public static final String PERIOD_BACKWARDS = "PERIOD_BACKWARDS";

  /** An indicator with yearly targets has none for some fiscal years of the plan's period. */
  public static final String TARGET_YEAR_MISSING = "TARGET_YEAR_MISSING";

  /** An indicator has a target for a fiscal year outside the plan's period. */
  public static final String TARGET_YEAR_OUTSIDE_PERIOD = "TARGET_YEAR_OUTSIDE_PERIOD";

  /** A measurable indicator has no target at all: no yearly target, none in its text, none in its components. */
  public static final String INDICATOR_NO_TARGET = "INDICATOR_NO_TARGET";

  /** A baseline is dated in or after the indicator's first target year. */
  public static final String BASELINE_NOT_BEFORE_TARGETS = "BASELINE_NOT_BEFORE_TARGETS";

  /** A percentage target or baseline is below 0 or above 100. */
  public static final String PERCENT_OUT_OF_RANGE = "PERCENT_OUT_OF_RANGE";

  /** A value's kind does not fit the indicator's measure kind (a level on a percentage indicator, a number on an ordinal one). */
  public static final String VALUE_KIND_MISMATCH = "VALUE_KIND_MISMATCH";

  /** The unit is percent (ร้อยละ) but the measure kind is not a percentage, or the reverse. */
  public static final String UNIT_KIND_MISMATCH = "UNIT_KIND_MISMATCH";

  /** A level is not on the indicator's ordinal scale. */
  public static final String LEVEL_NOT_ON_SCALE = "LEVEL_NOT_ON_SCALE";

  /** A year of the plan's period has N/A as its target. */
  public static final String TARGET_NOT_AVAILABLE = "TARGET_NOT_AVAILABLE";

  /** A yearly target does not keep to the target written in the indicator's text. */
  public static final String TARGET_CONTRADICTS_TEXT = "TARGET_CONTRADICTS_TEXT";

  /** A yearly target does not keep to a threshold phrase in the indicator's words (ไม่ต่ำกว่า…, ร้อยละ … ขึ้นไป, ไม่เกินร้อยละ …). */
  public static final String TARGET_CONTRADICTS_TEXT_PHRASE = "TARGET_CONTRADICTS_TEXT_PHRASE";

  /** An increase-indicator's target falls from one year to the next, or a decrease-indicator's rises. */
  public static final String TARGET_AGAINST_DIRECTION = "TARGET_AGAINST_DIRECTION";

  /** An increase-indicator's target is below its latest baseline, or a decrease-indicator's above it. */
  public static final String TARGET_BEHIND_BASELINE = "TARGET_BEHIND_BASELINE";

  /** A project's quarterly amounts do not add up to its budget. */
  public static final String BUDGET_QUARTERS_SUM = "BUDGET_QUARTERS_SUM";

  /** A project has money in a quarter it is not active in. */
  public static final String BUDGET_QUARTER_INACTIVE = "BUDGET_QUARTER_INACTIVE";

  /** A project has no money in a quarter it is active in. */
  public static final String BUDGET_QUARTER_EMPTY = "BUDGET_QUARTER_EMPTY";

  /** A total the plan states differs from the sum of its projects. */
  public static final String STATED_TOTAL_MISMATCH = "STATED_TOTAL_MISMATCH";

  /** The number of projects a total states differs from the projects counted. */
  public static final String STATED_TOTAL_COUNT_MISMATCH = "STATED_TOTAL_COUNT_MISMATCH";

  /** A stated total cannot be checked because no project is tied to its key. */
  public static final String STATED_TOTAL_UNCHECKED = "STATED_TOTAL_UNCHECKED";

  /** A project has no responsible person and no responsible group. */
  public static final String PROJECT_NO_RESPONSIBLE = "PROJECT_NO_RESPONSIBLE";

  /** The office is named differently in different places of the plan. */
  public static final String OFFICE_NAME_INCONSISTENT = "OFFICE_NAME_INCONSISTENT";

  /** A text of the plan names an area office other than the plan's own. */
  public static final String OFFICE_NAME_IN_TEXT = "OFFICE_NAME_IN_TEXT";

  /**
   * A mention or a text misspells the plan's own office: a name a few letters from it that names no
   * real province ("ชัยโสธร" for ยโสธร, "ดาก" for ตาก), where another office's name is
   * {@link #OFFICE_NAME_INCONSISTENT} or {@link #OFFICE_NAME_IN_TEXT}.
   */
  public static final String OFFICE_NAME_MISSPELT = "OFFICE_NAME_MISSPELT";

  /** The plan was approved after its first fiscal year had begun. */
  public static final String APPROVED_AFTER_START = "APPROVED_AFTER_START";

  /** A text holds a letter of a script other than Thai or Latin, such as Hebrew inside a Thai word. */
  public static final String TEXT_FOREIGN_SCRIPT = "TEXT_FOREIGN_SCRIPT";

  /** A text names a Buddhist Era year before 2400 or more than 20 years after the plan, such as 2654 for 2564. */
  public static final String TEXT_YEAR_IMPLAUSIBLE = "TEXT_YEAR_IMPLAUSIBLE";

  /**
   * A name or title holds an invisible character that changes the direction text is shown in
   * (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C).
   */
  public static final String TEXT_BIDI_CONTROL = "TEXT_BIDI_CONTROL";

  /** A context table's printed total (รวม) differs from the sum of the cells it totals. */
  public static final String CONTEXT_TOTAL_MISMATCH = "CONTEXT_TOTAL_MISMATCH";

  /** A context table's printed difference (ผลต่าง, + / -) differs from the two cells it subtracts. */
  public static final String CONTEXT_DIFFERENCE_MISMATCH = "CONTEXT_DIFFERENCE_MISMATCH";

  /** A context table's printed average differs from the mean of its cells beyond the printed precision. */
  public static final String CONTEXT_AVERAGE_MISMATCH = "CONTEXT_AVERAGE_MISMATCH";

  /** A context table's printed percentage or share (ร้อยละ) differs from its part and whole beyond the printed precision. */
  public static final String CONTEXT_PERCENTAGE_MISMATCH = "CONTEXT_PERCENTAGE_MISMATCH";

  /** A context table's printed ratio ({@code 1 : 19}) differs from its two cells beyond the printed precision. */
  public static final String CONTEXT_RATIO_MISMATCH = "CONTEXT_RATIO_MISMATCH";

  /**
   * One context table rounds its derived cells in ways that exclude each other: some only truncated,
   * others only rounded or rounded up.
   */
  public static final String CONTEXT_ROUNDING_INCONSISTENT = "CONTEXT_ROUNDING_INCONSISTENT";

  /** The same quantity is printed with different values in two context tables. */
  public static final String CONTEXT_FIGURE_CONFLICT = "CONTEXT_FIGURE_CONFLICT";

  /**
   * An indicator's baseline or yearly target is a figure that a context table prints wrong: the
   * value of a total, difference, average, percentage or ratio whose parts give another (at least
   * three significant digits, so that round targets do not match by chance).
   */
  public static final String CONTEXT_FIGURE_REUSED = "CONTEXT_FIGURE_REUSED";

  /** A derived cell of a context table cannot be checked: it or an operand is not a number, or it divides by zero. */
  public static final String CONTEXT_DERIVATION_UNCHECKED = "CONTEXT_DERIVATION_UNCHECKED";
  /** A strategy answers a SWOT item (TOWS) that no SWOT analysis of the plan has. */
  public static final String CONTEXT_SWOT_UNKNOWN = "CONTEXT_SWOT_UNKNOWN";

  private static final List<ValidationRule> ALL = List.of(
        rule(STRATEGY_NUMBER_DUPLICATE, Severity.ERROR,
            "Two strategies have the same number",
            (plan, context) -> StructureRules.duplicates(StructureRules.Numbered.STRATEGY, plan, context)),
        rule(STRATEGY_NUMBER_GAP, Severity.WARNING,
            "The strategies' numbering skips a number",
            (plan, context) -> StructureRules.gaps(StructureRules.Numbered.STRATEGY, plan, context)),
        rule(INDICATOR_CODE_DUPLICATE, Severity.ERROR,
            "Two indicators of a series have the same code (compared by the last number, within the strategy and the code's prefix)",
            (plan, context) -> StructureRules.duplicates(StructureRules.Numbered.INDICATOR, plan, context)),
        rule(INDICATOR_CODE_GAP, Severity.WARNING,
            "The indicators' codes skip a number within their series",
            (plan, context) -> StructureRules.gaps(StructureRules.Numbered.INDICATOR, plan, context)),
        rule(PROJECT_NUMBER_DUPLICATE, Severity.ERROR,
            "Two projects have the same number",
            (plan, context) -> StructureRules.duplicates(StructureRules.Numbered.PROJECT, plan, context)),
        rule(PROJECT_NUMBER_GAP, Severity.WARNING,
            "The projects' numbering skips a number",
            (plan, context) -> StructureRules.gaps(StructureRules.Numbered.PROJECT, plan, context)),
        rule(GUIDELINE_NUMBER_DUPLICATE, Severity.WARNING,
            "Two guidelines under the same parent have the same number",
            (plan, context) -> StructureRules.duplicates(StructureRules.Numbered.GUIDELINE, plan, context)),
        rule(GUIDELINE_NUMBER_GAP, Severity.WARNING,
            "The guidelines' numbering skips a number",
            (plan, context) -> StructureRules.gaps(StructureRules.Numbered.GUIDELINE, plan, context)),
        rule(GOAL_NUMBER_DUPLICATE, Severity.WARNING,
            "Two goals of the plan, or of one strategy, have the same number",
            (plan, context) -> StructureRules.duplicates(StructureRules.Numbered.GOAL, plan, context)),
        rule(GOAL_NUMBER_GAP, Severity.WARNING,
            "The goals' numbering skips a number",
            (plan, context) -> StructureRules.gaps(StructureRules.Numbered.GOAL, plan, context)),
        rule(MISSION_NUMBER_DUPLICATE, Severity.WARNING,
            "Two missions have the same number",
            (plan, context) -> StructureRules.duplicates(StructureRules.Numbered.MISSION, plan, context)),
        rule(MISSION_NUMBER_GAP, Severity.WARNING,
            "The missions' numbering skips a number",
            (plan, context) -> StructureRules.gaps(StructureRules.Numbered.MISSION, plan, context)),
        rule(PROJECT_STRATEGY_UNKNOWN, Severity.ERROR,
            "A project names a strategy the plan does not have",
            StructureRules::projectStrategyUnknown),
        rule(INDICATOR_GOAL_UNKNOWN, Severity.WARNING,
            "An indicator names a goal that neither its strategy nor the plan has",
            StructureRules::indicatorGoalUnknown),
        rule(INDICATOR_GUIDELINE_UNKNOWN, Severity.WARNING,
            "An indicator names a guideline its strategy does not have",
            StructureRules::indicatorGuidelineUnknown),
        rule(INDICATOR_TEXT_DUPLICATE, Severity.WARNING,
            "The same indicator text appears twice in the plan (white space and digit forms ignored)",
            StructureRules::indicatorTextDuplicate),
        nearDuplicateIndicators(IndicatorQualityRules.NEAR_DUPLICATE_THRESHOLD),
        rule(INDICATOR_CODE_PREFIX, Severity.WARNING,
            "An indicator's code has a prefix that is not the number of the guideline, goal or strategy it sits under",
            IndicatorQualityRules::codePrefix),
        rule(STRATEGY_TITLE_DUPLICATE, Severity.WARNING,
            "Two strategies have the same title",
            StructureRules::strategyTitleDuplicate),
        rule(TITLE_EMPTY, Severity.WARNING,
            "A title or text that should say something is blank",
            StructureRules::titleEmpty),
        rule(PERIOD_BACKWARDS, Severity.ERROR,
            "The plan's period ends before it starts",
            IndicatorRules::periodBackwards),
        rule(TARGET_YEAR_MISSING, Severity.WARNING,
            "An indicator with yearly targets has none for some fiscal years of the plan's period",
            IndicatorRules::targetYearMissing),
        rule(TARGET_YEAR_OUTSIDE_PERIOD, Severity.WARNING,
            "An indicator has a target for a fiscal year outside the plan's period",
            IndicatorRules::targetYearOutsidePeriod),
        rule(INDICATOR_NO_TARGET, Severity.WARNING,
            "A measurable indicator has no target at all: no yearly target, none in its text, none in its components",
            IndicatorRules::indicatorNoTarget),
        rule(BASELINE_NOT_BEFORE_TARGETS, Severity.WARNING,
            "A baseline is dated in or after the indicator's first target year",
            IndicatorRules::baselineNotBeforeTargets),
        rule(PERCENT_OUT_OF_RANGE, Severity.ERROR,
            "A percentage target or baseline is below 0 or above 100",
            IndicatorRules::percentOutOfRange),
        rule(VALUE_KIND_MISMATCH, Severity.WARNING,
            "A value's kind does not fit the indicator's measure kind (a level on a percentage indicator, a number on an ordinal one)",
            IndicatorRules::valueKindMismatch),
        rule(UNIT_KIND_MISMATCH, Severity.WARNING,
            "The unit is percent (ร้อยละ) but the measure kind is not a percentage, or the reverse",
            IndicatorRules::unitKindMismatch),
        rule(UNIT_TARGET_MISMATCH, Severity.WARNING,
            "The unit (or the text's first word) says a level while the targets are percentages or numbers, or a count while they are percentages or rates",
            IndicatorQualityRules::unitTargetMismatch),
        rule(INDICATOR_NOT_MEASURABLE, Severity.WARNING,
            "An indicator is a statement with no number, level, comparator or measurable target",
            IndicatorQualityRules::notMeasurable),
        rule(LEVEL_NOT_ON_SCALE, Severity.ERROR,
            "A level is not on the indicator's ordinal scale",
            IndicatorRules::levelNotOnScale),
        rule(TARGET_NOT_AVAILABLE, Severity.WARNING,
            "A year of the plan's period has N/A as its target",
            IndicatorRules::targetNotAvailable),
        rule(TARGET_CONTRADICTS_TEXT, Severity.ERROR,
            "A yearly target does not keep to the target written in the indicator's text",
            IndicatorRules::targetContradictsText),
        rule(TARGET_CONTRADICTS_TEXT_PHRASE, Severity.WARNING,
            "A yearly target does not keep to a threshold phrase in the indicator's words (ไม่ต่ำกว่า…, ร้อยละ … ขึ้นไป, ไม่เกินร้อยละ …)",
            IndicatorRules::targetContradictsTextPhrase),
        rule(TARGET_AGAINST_DIRECTION, Severity.WARNING,
            "An increase-indicator's target falls from one year to the next, or a decrease-indicator's rises",
            IndicatorRules::targetAgainstDirection),
        rule(TARGET_BEHIND_BASELINE, Severity.WARNING,
            "An increase-indicator's target is below its latest baseline, or a decrease-indicator's above it",
            IndicatorRules::targetBehindBaseline),
        rule(BUDGET_QUARTERS_SUM, Severity.ERROR,
            "A project's quarterly amounts do not add up to its budget",
            BudgetRules::quartersSum),
        rule(BUDGET_QUARTER_INACTIVE, Severity.WARNING,
            "A project has money in a quarter it is not active in",
            BudgetRules::quarterInactive),
        rule(BUDGET_QUARTER_EMPTY, Severity.WARNING,
            "A project has no money in a quarter it is active in",
            BudgetRules::quarterEmpty),
        rule(STATED_TOTAL_MISMATCH, Severity.ERROR,
            "A total the plan states differs from the sum of its projects",
            BudgetRules::statedTotalMismatch),
        rule(STATED_TOTAL_COUNT_MISMATCH, Severity.ERROR,
            "The number of projects a total states differs from the projects counted",
            BudgetRules::statedCountMismatch),
        rule(STATED_TOTAL_UNCHECKED, Severity.INFO,
            "A stated total cannot be checked because no project is tied to its key",
            BudgetRules::statedTotalUnchecked),
        rule(PROJECT_NO_RESPONSIBLE, Severity.WARNING,
            "A project has no responsible person and no responsible group",
            BudgetRules::projectNoResponsible),
        rule(OFFICE_NAME_INCONSISTENT, Severity.ERROR,
            "The office is named differently in different places of the plan",
            IdentityRules::officeNameInconsistent),
        rule(OFFICE_NAME_IN_TEXT, Severity.WARNING,
            "A text of the plan names an area office other than the plan's own",
            IdentityRules::officeNameInText),
        rule(OFFICE_NAME_MISSPELT, Severity.WARNING,
            "A mention or a text misspells the plan's own office (a few letters off, naming no real province)",
            IdentityRules::officeNameMisspelt),
        rule(APPROVED_AFTER_START, Severity.INFO,
            "The plan was approved after its first fiscal year had begun",
            IdentityRules::approvedAfterStart),
        rule(TEXT_FOREIGN_SCRIPT, Severity.WARNING,
            "A text holds a letter of a script other than Thai or Latin",
            TextRules::foreignScript),
        rule(TEXT_YEAR_IMPLAUSIBLE, Severity.WARNING,
            "A text names a Buddhist Era year before 2400 or more than 20 years after the plan's period",
            TextRules::yearImplausible),
        rule(TEXT_BIDI_CONTROL, Severity.WARNING,
            "A name or title holds an invisible character that changes the direction text is shown in",
            TextRules::bidiControl),
        rule(CONTEXT_TOTAL_MISMATCH, Severity.ERROR,
            "A context table's printed total differs from the sum of the cells it totals",
            ContextRules::totals),
        rule(CONTEXT_DIFFERENCE_MISMATCH, Severity.ERROR,
            "A context table's printed difference differs from the two cells it subtracts",
            ContextRules::differences),
        rule(CONTEXT_AVERAGE_MISMATCH, Severity.WARNING,
            "A context table's printed average differs from the mean of its cells beyond the printed precision",
            ContextRules::averages),
        rule(CONTEXT_PERCENTAGE_MISMATCH, Severity.WARNING,
            "A context table's printed percentage differs from its part and whole beyond the printed precision",
            ContextRules::percentages),
        rule(CONTEXT_RATIO_MISMATCH, Severity.WARNING,
            "A context table's printed ratio differs from its two cells beyond the printed precision",
            ContextRules::ratios),
        rule(CONTEXT_ROUNDING_INCONSISTENT, Severity.INFO,
            "One context table rounds its derived cells in ways that exclude each other (truncated, rounded, rounded up)",
            ContextRules::roundingInconsistent),
        rule(CONTEXT_FIGURE_CONFLICT, Severity.WARNING,
            "The same quantity is printed with different values in two context tables",
            ContextRules::figureConflict),
        rule(CONTEXT_FIGURE_REUSED, Severity.WARNING,
            "An indicator's baseline or target is a figure that a context table prints wrong",
            ContextRules::figureReused),
        rule(CONTEXT_DERIVATION_UNCHECKED, Severity.INFO,
            "A derived cell of a context table cannot be checked (not a number, or a division by zero)",
            ContextRules::unchecked),
        rule(CONTEXT_SWOT_UNKNOWN, Severity.WARNING,
            "A strategy answers a SWOT item that no SWOT analysis of the plan has",
            ContextRules::swotUnknown));

  private StandardRules() {}

  /**
   * Returns every standard rule, in the order the standard validator runs them.
   *
   * @return the rules, not null; each is immutable and thread-safe
   */
  public static List<ValidationRule> all() {
    return ALL;
  }

  /**
   * Returns the rule {@link #INDICATOR_NEAR_DUPLICATE} with another similarity threshold, to put
   * in the standard one's place: {@code PlanValidator.standard().replaceRule(
   * StandardRules.nearDuplicateIndicators(0.9))}. The similarity is the Dice coefficient of the
   * two texts' character bigrams, white space left out and Thai digits read as Arabic: 1 for the
   * same text, 0.98 for the สพป.เชียงใหม่ เขต ๒ plan's ๑.๓ and ๒.๑ (three words spelt differently).
   *
   * @param threshold the least similarity reported, above 0 and at most 1
   * @return the rule, not null
   * @throws IllegalArgumentException if the threshold is not above 0 and at most 1
   */
  public static ValidationRule nearDuplicateIndicators(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("a similarity threshold is above 0 and at most 1: " + threshold);
    }
    return rule(INDICATOR_NEAR_DUPLICATE, Severity.WARNING,
        "Two indicators' texts are almost the same (character bigram similarity at least " + threshold + ")",
        (plan, context) -> IndicatorQualityRules.nearDuplicates(plan, context, threshold));
  }

  private static ValidationRule rule(String code, Severity severity, String description,
      BiConsumer<StrategicPlan, RuleContext> check) {
    return new BuiltInRule(code, severity, description, FindingMessages.standard(), check);
  }
}
