package io.github.eduplan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.cascade.CascadeValidator;
import io.github.eduplan.cascade.PlanSet;
import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.OfficeLevel;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StatedTotal;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.TotalScope;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark corpus is deterministic, shaped like the real plans, and readable both ways. */
class SyntheticCorpusTest {
  @Test
  void theSameSeedGivesTheSameCorpus() {
    assertEquals(SyntheticCorpus.generate(7, 3, 5), SyntheticCorpus.generate(7, 3, 5));
    assertNotEquals(SyntheticCorpus.generate(7, 3, 5), SyntheticCorpus.generate(8, 3, 5));
  }

  @Test
  void theCascadeViewResolvesEverySchoolAndChangesNothingElse() {
    List<StrategicPlan> corpus = SyntheticCorpus.generate(3, 8, 40);
    List<StrategicPlan> cascade = SyntheticCorpus.cascade(corpus);
    assertEquals(corpus.size(), cascade.size());
    PlanSet set = PlanSet.of(cascade);
    assertEquals(List.of(), set.unresolved());
    for (int i = 0; i < corpus.size(); i++) {
      StrategicPlan before = corpus.get(i);
      StrategicPlan after = cascade.get(i);
      boolean school = i >= 8;
      assertEquals(school ? OfficeLevel.SCHOOL : OfficeLevel.AREA_OFFICE, after.level());
      assertEquals(school, set.parentOf(after).isPresent());
      assertTrue(after.office().province().isPresent());
      // the same plan but for the cascade's fields
      assertEquals(before.projects().size(), after.projects().size());
      assertEquals(before.projectBudgetTotal(), after.projectBudgetTotal());
      assertEquals(before.strategies().stream().map(Strategy::title).toList(),
          after.strategies().stream().map(Strategy::title).toList());
      after.strategies().forEach(s -> assertEquals(school ? 1 : 0, s.serves().size()));
    }
    // no cross-plan rule finds a defect the generator did not mean: every link resolves, no office twice
    List<String> codes = CascadeValidator.standard().validate(PlanSet.of(cascade), Catalogue.bundled()).stream()
        .map(f -> f.finding().code()).distinct().sorted().toList();
    assertTrue(codes.stream().noneMatch(c -> c.equals("CASCADE_SERVED_MISSING") || c.equals("CASCADE_PLAN_DUPLICATE")
        || c.equals("CASCADE_PARENT_UNRESOLVED") || c.equals("CASCADE_PERIOD_OUTSIDE_PARENT")), codes.toString());
    // and the plans the other benchmarks measure are untouched
    assertEquals(SyntheticCorpus.generate(3, 8, 40), corpus);
  }

  @Test
  void officePlansAreShapedLikeSeed003() {
    for (StrategicPlan plan : SyntheticCorpus.generate(1, 20, 0)) {
      int strategies = plan.strategies().size();
      assertTrue(strategies >= 4 && strategies <= 6, "strategies " + strategies);
      long indicators = plan.indicators().count();
      assertTrue(indicators >= 40 && indicators <= 84, "indicators " + indicators);
      assertTrue(plan.projects().size() >= 40 && plan.projects().size() <= 84, "projects " + plan.projects().size());
      plan.indicators().forEach(i -> assertEquals(7, i.targets().size()));
      plan.projects().forEach(p -> {
        assertEquals(p.budget().get(), p.quarterlyPlan().get().total());
        assertEquals(4, p.alignment().size());
      });
      StatedTotal total = plan.statedTotals().stream()
          .filter(t -> t.scope() == TotalScope.PLAN).findFirst().orElseThrow();
      assertEquals(plan.projectBudgetTotal(), total.amount());
      assertNotEquals(Baht.ZERO, total.amount());
    }
  }

  @Test
  void mostProjectsServeTheirStrategysItemOfTheNationalStrategyAndSomeDoNot() {
    int agree = 0;
    int all = 0;
    for (StrategicPlan plan : SyntheticCorpus.generate(3, 40, 200)) {
      for (Project p : plan.projects()) {
        Strategy strategy = plan.strategies().stream()
            .filter(s -> s.number().equals(p.strategy().orElseThrow())).findFirst().orElseThrow();
        all++;
        if (item(p.alignment()).equals(item(strategy.alignment()))) {
          agree++;
        }
      }
    }
    // One project in ten picks an item at random, which is another item five times in six.
    double share = (double) agree / all;
    assertTrue(share > 0.88 && share < 0.95, "share of projects that agree " + share);
  }

  private static String item(List<AlignmentLink> links) {
    return links.stream().filter(l -> l.framework().equals("national-strategy"))
        .map(l -> l.item().orElseThrow()).findFirst().orElseThrow();
  }

  @Test
  void everyPlanRoundTripsAndTheHandWrittenPojoBindsEveryProperty() {
    PlanJson json = PlanJson.strict();
    JsonMapper strictPojo = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    List<StrategicPlan> plans = SyntheticCorpus.generate(3, 3, 3);
    for (StrategicPlan plan : plans) {
      String doc = json.write(plan);
      assertEquals(plan, json.read(doc));
      PojoPlan pojo = strictPojo.readValue(doc, PojoPlan.class);
      assertEquals(plan.projects().size(), pojo.projects.size());
      assertEquals(plan.office().name(), pojo.office.name);
    }
  }

  @Test
  void theCorpusIsCleanEnoughToValidateAndItsResultsAreAssessable() {
    var validator = io.github.eduplan.alignment.AlignmentRules.addTo(
        io.github.eduplan.validation.PlanValidator.standard(), io.github.eduplan.alignment.Catalogue.bundled()).build();
    var calculator = io.github.eduplan.achievement.AchievementCalculator.of();
    for (StrategicPlan plan : SyntheticCorpus.generate(5, 4, 4)) {
      var report = validator.validate(plan);
      assertEquals(List.of(), report.errors(), plan.office().name());
      var achievement = calculator.assess(plan, plan.period().first(), SyntheticCorpus.results(plan, 5));
      var whole = calculator.rollUpPlan(achievement);
      assertTrue(whole.assessableCount() > whole.count() / 2, whole.toString());
    }
  }
}
