package io.github.eduplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.eduplan.alignment.AlignmentRules;
import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.model.AlignmentEvidence;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.testsupport.ValidationGenerators;
import io.github.eduplan.testsupport.ValidationGenerators.Injected;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The new and changed rules on generated plans: a clean plan raises nothing (with every standard
 * rule: {@code ValidatorPropertiesTest}), and a clean plan with one defect of a rule's kind
 * injected raises exactly that finding, at the defect's path, and nothing else.
 */
class InjectedDefectsTest {
  private static final PlanValidator STANDARD = PlanValidator.standard().build();

  private static String lines(StrategicPlan plan, PlanValidator validator) {
    return validator.validate(plan).findings().stream().map(f -> f.code() + " " + f.path())
        .collect(Collectors.joining("\n"));
  }

  private static void exactly(Gen<Injected> gen) {
    qt().withExamples(300).forAll(gen).checkAssert(injected ->
        assertEquals(injected.path().isEmpty() ? "" : injected.code() + " " + injected.path(),
            lines(injected.plan(), STANDARD)));
  }

  @Test
  void aNearDuplicateIndicatorIsTheOneFinding() {
    exactly(ValidationGenerators.nearDuplicateIndicators());
  }

  @Test
  void aUnitThatDisagreesWithTheTargetsIsTheOneFinding() {
    exactly(ValidationGenerators.unitTargetMismatches());
  }

  @Test
  void aStatementWithNothingToMeasureIsTheOneFinding() {
    exactly(ValidationGenerators.unmeasurableIndicators());
  }

  @Test
  void aCodeWithAnotherGuidelinesPrefixIsTheOneFinding() {
    exactly(ValidationGenerators.codePrefixMismatches());
  }

  @Test
  void aMisspeltOfficeIsAWarningAndAnotherProvinceAnError() {
    exactly(ValidationGenerators.officeMisnamings());
  }

  @Test
  void aCompositeIsWithoutTargetsOnlyWhenNoDescendantHasOne() {
    exactly(ValidationGenerators.compositeIndicators());
  }

  @Test
  void thaiMessagesOfInjectedDefectsAreWhollyThai() {
    qt().withExamples(100).forAll(ValidationGenerators.unitTargetMismatches()).checkAssert(injected ->
        STANDARD.validate(injected.plan()).findings().forEach(f -> {
          String thai = f.message(Locale.forLanguageTag("th"));
          assertEquals(false, thai.contains("$.") || thai.matches(".*\\b(QUANTITY|PERCENTAGE|ORDINAL|NUMBER|LEVEL|unit|strategies|indicators)\\b.*"), thai);
        }));
  }

  private static final PlanValidator ALIGNMENT = AlignmentRules.addTo(PlanValidator.builder(), Catalogue.bundled()).build();

  /**
   * A clean plan (period from 2561, when the national strategy is in force) that claims the
   * national strategy, each project linked to a coherent pair (strategy 3, master plan 11) or,
   * for one, an incoherent one (strategy 6, master plan 11): ALIGNMENT_INCOHERENT at that link,
   * and ALIGNMENT_LEVEL_MISSING only at the strategies no project names.
   */
  @Test
  void aStrategyIsAlignedThroughItsProjectsAndAnIncoherentRowIsReported() {
    Gen<StrategicPlan> plans = ValidationGenerators.cleanPlans()
        .assuming(p -> p.period().first().buddhistEraYear() >= 2561 && !p.projects().isEmpty());
    qt().withExamples(300).withGenerateAttempts(1000).forAll(plans, org.quicktheories.generators.SourceDSL.integers().between(0, 50))
        .checkAssert((plan, pick) -> {
          int bad = pick % plan.projects().size();
          List<Project> projects = new ArrayList<>();
          for (int p = 0; p < plan.projects().size(); p++) {
            projects.add(Project.builder().from(plan.projects().get(p))
                .addAlignment(AlignmentLink.matrix("national-strategy", p == bad ? "6" : "3"))
                .addAlignment(AlignmentLink.matrix("master-plan", "11")).build());
          }
          StrategicPlan linked = StrategicPlan.builder().from(plan).projects(projects)
              .addAlignment(AlignmentLink.builder().framework("national-strategy").evidence(AlignmentEvidence.PROSE).build())
              .build();
          List<String> expected = new ArrayList<>();
          expected.add("ALIGNMENT_INCOHERENT $.projects[" + bad + "].alignment[1]");
          for (int s = 0; s < plan.strategies().size(); s++) {
            String number = plan.strategies().get(s).number();
            if (plan.projects().stream().noneMatch(p -> p.strategy().orElse("").equals(number))) {
              expected.add("ALIGNMENT_LEVEL_MISSING $.strategies[" + s + "]");
            }
          }
          assertEquals(String.join("\n", expected), lines(linked, ALIGNMENT));
        });
  }
}
