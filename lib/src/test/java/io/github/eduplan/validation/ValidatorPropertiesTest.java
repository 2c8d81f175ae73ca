package io.github.eduplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.testsupport.Examples;
import io.github.eduplan.testsupport.ModelGenerators;
import io.github.eduplan.testsupport.ValidationGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The validator is total, deterministic and thread-safe on generated plans. */
class ValidatorPropertiesTest {
  private static final PlanValidator VALIDATOR = PlanValidator.standard().build();

  private static void total(StrategicPlan plan) {
    ValidationReport report = VALIDATOR.validate(plan);
    assertEquals(List.of(), report.byCode(StandardRules.RULE_FAILED), () -> "a rule failed on " + plan);
    for (Finding f : report.findings()) {
      assertFalse(f.message(Locale.ENGLISH).isBlank());
      assertFalse(f.message(Locale.forLanguageTag("th")).isBlank());
    }
  }

  @Test
  void everyRuleFinishesOnEveryPlanTheModelAccepts() {
    qt().withExamples(Examples.upTo(1000)).forAll(ModelGenerators.plans()).checkAssert(ValidatorPropertiesTest::total);
  }

  @Test
  void everyRuleFinishesOnPlansPushedToTheModelsLimits() {
    qt().withExamples(Examples.upTo(1000)).forAll(ValidationGenerators.brokenPlans()).checkAssert(ValidatorPropertiesTest::total);
  }

  @Test
  void aPlanBuiltToSatisfyEveryRuleGetsNoFinding() {
    qt().withExamples(Examples.upTo(1000)).forAll(ValidationGenerators.cleanPlans()).checkAssert(plan ->
        assertEquals(List.of(), VALIDATOR.validate(plan).findings(), () -> plan.toString()));
  }

  @Test
  void validatingTwiceOrACopyGivesTheSameReport() {
    qt().withExamples(Examples.upTo(1000)).forAll(ModelGenerators.plans()).checkAssert(plan -> {
      ValidationReport first = VALIDATOR.validate(plan);
      assertEquals(first, VALIDATOR.validate(plan));
      assertEquals(first, VALIDATOR.validate(StrategicPlan.builder().from(plan).build()));
      assertEquals(first, PlanValidator.standard().build().validate(plan));
    });
  }

  @Test
  @Tag("concurrency")
  void sixteenThreadsSharingOneValidatorGetTheReportsOneThreadGets() throws Exception {
    List<StrategicPlan> plans = new ArrayList<>();
    Gen<StrategicPlan> gen = ModelGenerators.plans().mix(ValidationGenerators.brokenPlans(), 30);
    qt().withExamples(Examples.upTo(200)).forAll(gen).checkAssert(plans::add);
    List<ValidationReport> expected = new ArrayList<>();
    for (StrategicPlan plan : plans) {
      expected.add(VALIDATOR.validate(plan));
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<ValidationReport>>> results = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        int offset = t;
        Callable<List<ValidationReport>> task = () -> {
          start.await();
          List<ValidationReport> reports = new ArrayList<>(plans.size());
          for (int i = 0; i < plans.size(); i++) {
            // Each thread walks the plans from a different place, so that threads overlap on
            // different plans at the same moment.
            int index = (i + offset * 13) % plans.size();
            reports.add(null);
            reports.set(i, VALIDATOR.validate(plans.get(index)));
          }
          List<ValidationReport> ordered = new ArrayList<>(plans.size());
          for (int i = 0; i < plans.size(); i++) {
            ordered.add(reports.get(Math.floorMod(i - offset * 13, plans.size())));
          }
          return ordered;
        };
        results.add(pool.submit(task));
      }
      start.countDown();
      for (Future<List<ValidationReport>> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
