package io.github.eduplan.examples;

import io.github.eduplan.achievement.AchievementCalculator;
import io.github.eduplan.achievement.ActualResults;
import io.github.eduplan.achievement.IndicatorKey;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.results.ResultsDocument;
import io.github.eduplan.time.FiscalYear;
import java.util.List;

/**
 * The sample results {@link AchievementReport} works on, read from the bundled results documents
 * ({@link BundledResults}): FY 2565 of สพป.เชียงใหม่ เขต ๒ for a selection of indicators, with three
 * schools' counts pooled into one of them, and FY 2565 of สพป.ตาก เขต 2 for all 21 indicators with
 * the spending of its 59 projects through ไตรมาส 3. None of these figures is a real result of
 * either office: each document says so in its notes, and every output that uses them prints those
 * notes.
 */
final class SampleResults {
  /** The bundled plan of สพป.เชียงใหม่ เขต ๒, 2563–2565, and the name of its results. */
  static final String CHIANGMAI_2_2563_2565 = "chiangmai-2-2563-2565.json";

  static final FiscalYear FY2565 = FiscalYear.of(2565);

  /** Reading and writing of ป.๑–ม.๓ students, reported by each school as counts and pooled. */
  static final IndicatorKey READING = IndicatorKey.of("๒", "๓.๒");

  private SampleResults() {}

  /** The office's FY 2565 results for its 2563–2565 plan. */
  static ResultsDocument chiangMaiOffice() {
    return BundledResults.load(CHIANGMAI_2_2563_2565);
  }

  /** The three sample schools' documents (โรงเรียนตัวอย่าง). */
  static List<ResultsDocument> chiangMaiSchoolDocuments() {
    return BundledResults.CHIANGMAI_SCHOOLS.stream().map(BundledResults::load).toList();
  }

  /** The three sample schools' results, each reporting the reading indicator as counts. */
  static List<ActualResults> chiangMaiSchools() {
    return chiangMaiSchoolDocuments().stream().map(ResultsDocument::actualResults).toList();
  }

  /** The office's results with the schools' counts pooled into one result per pooled indicator. */
  static ActualResults chiangMai2565(StrategicPlan plan, AchievementCalculator calc) {
    return ActualResults.builder()
        .addAllResults(chiangMaiOffice().actualResults().results())
        .addAllResults(calc.poolAll(plan, FY2565, chiangMaiSchools()).results())
        .build();
  }

  /** The FY 2565 results and spending of สพป.ตาก เขต 2 through ไตรมาส 3. */
  static ResultsDocument tak() {
    return BundledResults.load(BundledPlans.TAK_2_2565);
  }
}
