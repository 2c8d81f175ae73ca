package io.github.eduplan.examples;

import io.github.eduplan.achievement.AchievementCalculator;
import io.github.eduplan.achievement.ActualResult;
import io.github.eduplan.achievement.ActualResults;
import io.github.eduplan.achievement.IndicatorKey;
import io.github.eduplan.achievement.ProjectSpending;
import io.github.eduplan.achievement.ResultStatus;
import io.github.eduplan.achievement.Spending;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Invented sample results for two bundled plans, for {@link AchievementReport}: FY 2565 of
 * สพป.เชียงใหม่ เขต ๒ (seed 001) for a selection of indicators, FY 2565 of สพป.ตาก เขต 2 (seed 003)
 * for all 21 indicators, and spending of its 59 projects through ไตรมาส 3. None of these figures is
 * a real result of either office: they are made up to show the calculators at work, and every
 * output that uses them says so.
 */
final class SampleResults {
  /** The warning every output built on these figures prints. */
  static final String NOT_REAL = "ตัวเลขผลการดำเนินงานและการเบิกจ่ายเป็นตัวเลขสมมุติ"
      + " (invented sample figures, not real results)";

  /** The bundled plan of seed 001, สพป.เชียงใหม่ เขต ๒ 2563–2565. */
  static final String CHIANGMAI_2_2563_2565 = "chiangmai-2-2563-2565.json";

  static final FiscalYear FY2565 = FiscalYear.of(2565);

  /** ร้อยละอัตราการลาออกกลางคันของนักเรียน, the only decrease-indicator of seed 001; target 0. */
  static final IndicatorKey DROPOUT = IndicatorKey.of("๔", "๔.๒");
  /** Reading and writing of ป.๑–ม.๓ students, reported by each school as counts and pooled. */
  static final IndicatorKey READING = IndicatorKey.of("๒", "๓.๒");
  /** Research by schools and staff: the figure is not available (N/A). */
  static final IndicatorKey RESEARCH = IndicatorKey.of("๓", "๒.๒");
  /** Staff satisfaction with welfare: the survey is not yet due. */
  static final IndicatorKey SATISFACTION = IndicatorKey.of("๕", "๒.๑");
  /** Success of digital technology in education, ระดับ 1–5, target ระดับ ๕. */
  static final IndicatorKey DIGITAL_LEVEL = IndicatorKey.of("๔", "๓.๑");

  /** The last quarter of the sample spending of seed 003. */
  static final Quarter TAK_THROUGH = Quarter.Q3;

  /**
   * The share of each quarter's plan that every project of a strategy spent in the sample, by
   * strategy number: a simple rule, so a reader can check the sums by hand.
   */
  static final Map<String, BigDecimal> TAK_SPENT_SHARE = Map.of(
      "1", new BigDecimal("1.00"),
      "2", new BigDecimal("0.95"),
      "3", new BigDecimal("0.85"),
      "4", new BigDecimal("0.60"));

  private SampleResults() {}

  /** Three sample schools (โรงเรียนตัวอย่าง), each reporting the reading indicator as counts. */
  static List<ActualResults> chiangMaiSchools() {
    return List.of(
        ActualResults.ofUnit("โรงเรียนตัวอย่าง ๑", ActualResult.ofCounts(READING, FY2565, 180, 190)),
        ActualResults.ofUnit("โรงเรียนตัวอย่าง ๒", ActualResult.ofCounts(READING, FY2565, 95, 110)),
        ActualResults.ofUnit("โรงเรียนตัวอย่าง ๓", ActualResult.ofCounts(READING, FY2565, 40, 52)));
  }

  /** The office's own FY 2565 results for seed 001, two or three indicators per strategy. */
  static ActualResults chiangMaiOffice() {
    return ActualResults.of(
        number("๑", "๑.๑", "97.5"),
        number("๑", "๑.๕", "72"),
        number("๒", "๓.๓", "81"),
        number("๓", "๑.๑", "92"),
        ActualResult.missing(RESEARCH, FY2565, ResultStatus.NOT_AVAILABLE),
        number("๔", "๑.๒", "96.5"),
        ActualResult.of(DIGITAL_LEVEL, FY2565, IndicatorValue.level("ระดับ ๔")),
        number("๔", "๔.๑", "100"),
        ActualResult.of(DROPOUT, FY2565, IndicatorValue.number(new BigDecimal("0.08"))),
        number("๕", "๑.๑", "86"),
        ActualResult.missing(SATISFACTION, FY2565, ResultStatus.NOT_YET_DUE),
        ActualResult.of(IndicatorKey.of("๖", "๑.๕"), FY2565, IndicatorValue.level("ดีมาก")),
        number("๖", "๒.๑", "96.12"));
  }

  /** The office's results with the schools' counts pooled into one result per pooled indicator. */
  static ActualResults chiangMai2565(StrategicPlan plan, AchievementCalculator calc) {
    return ActualResults.builder()
        .addAllResults(chiangMaiOffice().results())
        .addAllResults(calc.poolAll(plan, FY2565, chiangMaiSchools()).results())
        .build();
  }

  /** FY 2565 results for all 21 indicators of seed 003, as its codes are printed ("1." and "2"). */
  static ActualResults tak2565() {
    return ActualResults.of(
        number("1", "1.", "88.5"),
        number("1", "2", "76"),
        ActualResult.ofCounts(IndicatorKey.of("1", "3"), FY2565, 92, 115),
        number("1", "4", "82"),
        number("2", "1", "68.4"),
        number("2", "2", "51870"),
        number("2", "3", "21.3"),
        number("2", "4", "162"),
        number("3", "1", "83"),
        number("3", "2", "91.2"),
        number("3", "3", "80"),
        number("3", "4", "36.8"),
        ActualResult.missing(IndicatorKey.of("3", "5"), FY2565, ResultStatus.NOT_YET_DUE),
        number("3", "6", "65"),
        number("3", "7.", "12"),
        number("3", "8.", "6.5"),
        number("4", "1", "75"),
        ActualResult.of(IndicatorKey.of("4", "2"), FY2565, IndicatorValue.text("3 : 2")),
        number("4", "3", "80"),
        number("4", "4", "85"),
        ActualResult.missing(IndicatorKey.of("4", "5"), FY2565, ResultStatus.NOT_AVAILABLE));
  }

  /**
   * Spending of every project of seed 003 in ไตรมาส 1–3: its quarterly plan times its strategy's
   * share in {@link #TAK_SPENT_SHARE}, rounded to whole baht; nothing in ไตรมาส 4, not yet reported.
   */
  static Spending takSpending(StrategicPlan plan) {
    Spending.Builder b = Spending.builder().year(FY2565);
    for (Project p : plan.projects()) {
      BigDecimal share = TAK_SPENT_SHARE.getOrDefault(p.strategy().orElse(""), BigDecimal.ZERO);
      ProjectSpending.Builder s = ProjectSpending.builder().project(p.number()).year(FY2565);
      for (Quarter q : Quarter.values()) {
        if (q.compareTo(TAK_THROUGH) <= 0) {
          BigDecimal planned = p.quarterlyPlan().map(qb -> qb.amount(q).amount()).orElse(BigDecimal.ZERO);
          s.putSpent(q, Baht.of(planned.multiply(share).setScale(0, RoundingMode.HALF_UP)));
        }
      }
      b.addProjects(s.build());
    }
    return b.build();
  }

  private static ActualResult number(String strategy, String code, String value) {
    return ActualResult.of(IndicatorKey.of(strategy, code), FY2565, IndicatorValue.number(new BigDecimal(value)));
  }
}
