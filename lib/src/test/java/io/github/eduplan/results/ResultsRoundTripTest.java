package io.github.eduplan.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.eduplan.achievement.AchievementCalculator;
import io.github.eduplan.achievement.ActualResults;
import io.github.eduplan.achievement.Spending;
import io.github.eduplan.testsupport.AchievementGenerators;
import io.github.eduplan.testsupport.Examples;
import io.github.eduplan.testsupport.ResultsGenerators;
import io.github.eduplan.time.FiscalQuarter;
import io.github.eduplan.time.Quarter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The two properties of issue 24: writing and reading a results document is the identity, and the
 * achievement computed from a document read back equals the one computed from the same results
 * built in code.
 */
class ResultsRoundTripTest {
  static final int EXAMPLES = Examples.upTo(1000);
  static final ResultsJson JSON = ResultsJson.strict();

  @Test
  void writingAndReadingAGeneratedDocumentIsTheIdentity() {
    qt().withExamples(EXAMPLES).withFixedSeed(24L).forAll(ResultsGenerators.documents()).checkAssert(document -> {
      String text = JSON.write(document);
      assertEquals(document, JSON.read(text), text);
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      assertEquals(document, JSON.read(bytes));
      assertEquals(document, ResultsJson.lenient().read(bytes), "lenient reading reads what strict reading reads");
      try {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(document, out);
        assertEquals(text, out.toString(StandardCharsets.UTF_8), "the stream and the string are the same text");
        assertEquals(document, JSON.read(new ByteArrayInputStream(out.toByteArray())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void theAchievementOfADocumentReadBackIsTheAchievementOfTheSameResultsBuiltInCode() {
    AchievementCalculator calc = AchievementCalculator.of();
    qt().withExamples(EXAMPLES).withFixedSeed(2565L).forAll(AchievementGenerators.scenarios()).checkAssert(s -> {
      ResultsDocument document = ResultsGenerators.documentOf(PlanReference.of(s.plan),
          FiscalQuarter.of(s.year, Quarter.Q4), s.results, s.spending);
      ResultsDocument read = JSON.read(JSON.write(document));
      ActualResults fromFile = read.actualResults();
      Spending spent = read.spending(s.year);

      assertEquals(calc.assess(s.plan, s.year, ResultsGenerators.grouped(s.results)),
          calc.assess(s.plan, s.year, fromFile));
      assertEquals(calc.assess(s.plan, s.year, s.results).indicators(), calc.assess(s.plan, s.year, fromFile).indicators(),
          "the order of the results changes nothing of an indicator's achievement");
      for (Quarter q : Quarter.values()) {
        assertEquals(calc.trajectories(s.plan, s.year.quarter(q), s.results),
            calc.trajectories(s.plan, s.year.quarter(q), fromFile));
        assertEquals(calc.planExecution(s.plan, s.spending, s.targets, q), calc.planExecution(s.plan, spent, s.targets, q));
      }
      assertEquals(calc.rollUpStrategies(calc.assess(s.plan, s.year, s.results)),
          calc.rollUpStrategies(calc.assess(s.plan, s.year, fromFile)));
      assertEquals(calc.executionByStrategy(s.plan, s.spending, s.targets, Quarter.Q4),
          calc.executionByStrategy(s.plan, spent, s.targets, Quarter.Q4));
    });
  }
}
