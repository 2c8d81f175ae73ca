package io.github.eduplan.validation;

import static io.github.eduplan.validation.Fixtures.plan;
import static io.github.eduplan.validation.Fixtures.withProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.Baht;
import io.github.eduplan.model.StrategicPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The validator's configuration, user rules, failing rules, messages and the report's queries. */
class PlanValidatorTest {
  private static final StrategicPlan BROKEN = withProject(withProject(plan(), 0,
      p -> p.budget(Baht.of(121_000))), 1, p -> p.responsiblePeople(List.of()).group(java.util.Optional.empty()));

  /** A user rule in the style the validator's javadoc shows. */
  static class NoVision implements ValidationRule {
    @Override
    public String code() {
      return "ACME_NO_VISION";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public String description() {
      return "The plan states no vision";
    }

    @Override
    public void check(StrategicPlan plan, RuleContext context) {
      if (plan.vision().isEmpty()) {
        context.at("vision").value("office", plan.office().name()).report();
      }
    }
  }

  @Test
  void theSampleOfTheRulesPageWorksAsItSays() {
    StrategicPlan plan = BROKEN;
    // docs/validation-rules.md:begin
    PlanValidator validator = PlanValidator.standard()
        .disable(StandardRules.PROJECT_NO_RESPONSIBLE)
        .severity(StandardRules.TARGET_AGAINST_DIRECTION, Severity.ERROR)
        .addRule(new NoVision())
        .build();
    ValidationReport report = validator.validate(plan);
    List<String> lines = new ArrayList<>();
    for (Finding finding : report.errors()) {
      lines.add(finding.code() + " " + finding.path() + ": " + finding.message(Locale.forLanguageTag("th-TH")));
    }
    // docs/validation-rules.md:end
    assertEquals("BUDGET_QUARTERS_SUM $.projects[0].quarterlyPlan: โครงการที่ 1: งบรายไตรมาสรวม 121,940 บาท"
        + " มากกว่างบประมาณ 121,000 บาท อยู่ 940 บาท", lines.get(0));
    assertEquals(3, lines.size());
    assertTrue(report.byCode(StandardRules.PROJECT_NO_RESPONSIBLE).isEmpty());
    assertEquals(1, report.byCode("ACME_NO_VISION").size());
  }

  @Test
  void theStandardCatalogueListsEveryRuleWithItsDefaultSeverity() {
    List<RuleDescription> rules = PlanValidator.standard().build().rules();
    assertEquals(StandardRules.all().size(), rules.size());
    for (int i = 0; i < rules.size(); i++) {
      assertEquals(StandardRules.all().get(i).code(), rules.get(i).code());
      assertEquals(StandardRules.all().get(i).defaultSeverity(), rules.get(i).severity());
      assertFalse(rules.get(i).description().isBlank());
    }
    assertEquals(rules.size(), rules.stream().map(RuleDescription::code).distinct().count());
  }

  @Test
  void aDisabledRuleNeitherRunsNorIsListed() {
    PlanValidator validator = PlanValidator.standard().disable(StandardRules.BUDGET_QUARTERS_SUM).build();
    assertTrue(validator.validate(BROKEN).byCode(StandardRules.BUDGET_QUARTERS_SUM).isEmpty());
    assertFalse(validator.rules().stream().anyMatch(r -> r.code().equals(StandardRules.BUDGET_QUARTERS_SUM)));
    assertFalse(PlanValidator.standard().build().validate(BROKEN).byCode(StandardRules.BUDGET_QUARTERS_SUM).isEmpty());
  }

  @Test
  void aChangedSeverityAppliesToTheCatalogueAndTheFindings() {
    PlanValidator validator = PlanValidator.standard()
        .severity(StandardRules.BUDGET_QUARTERS_SUM, Severity.INFO).build();
    ValidationReport report = validator.validate(BROKEN);
    assertEquals(Severity.INFO, report.byCode(StandardRules.BUDGET_QUARTERS_SUM).get(0).severity());
    assertTrue(report.errors().stream().noneMatch(f -> f.code().equals(StandardRules.BUDGET_QUARTERS_SUM)));
    assertEquals(Severity.INFO, validator.rules().stream()
        .filter(r -> r.code().equals(StandardRules.BUDGET_QUARTERS_SUM)).findFirst().get().severity());
  }

  @Test
  void unknownCodesAndBadRulesAreRefusedWithTheCode() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> PlanValidator.standard().disable("BUDGET_QUATERS_SUM"));
    assertTrue(unknown.getMessage().contains("BUDGET_QUATERS_SUM"));
    assertThrows(IllegalArgumentException.class,
        () -> PlanValidator.builder().severity("X", Severity.ERROR));
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> PlanValidator.standard().addRule(StandardRules.all().get(0)));
    assertTrue(twice.getMessage().contains(StandardRules.all().get(0).code()));
    assertThrows(IllegalArgumentException.class, () -> PlanValidator.builder().addRule(new NoVision() {
      @Override
      public String code() {
        return "acme-lower";
      }
    }));
    assertThrows(IllegalArgumentException.class, () -> PlanValidator.builder().addRule(new NoVision() {
      @Override
      public String code() {
        return StandardRules.RULE_FAILED;
      }
    }));
  }

  @Test
  void aUserRuleRunsAfterTheStandardOnesAndFallsBackToItsDescription() {
    PlanValidator validator = PlanValidator.standard().addRule(new NoVision()).build();
    ValidationReport report = validator.validate(BROKEN);
    Finding last = report.findings().get(report.findings().size() - 1);
    assertEquals("ACME_NO_VISION", last.code());
    assertEquals("$.vision", last.path());
    assertEquals("The plan states no vision", last.message(Locale.ENGLISH));
    assertEquals("The plan states no vision", last.message(new Locale("th")));
    assertEquals("ACME_NO_VISION", validator.rules().get(validator.rules().size() - 1).code());
  }

  @Test
  void aUserRuleMaySupplyItsOwnBundle() {
    ResourceBundle thai = new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return new Object[][] {{"ACME_NO_VISION", "แผนของ {office} ไม่มีวิสัยทัศน์"}};
      }
    };
    ValidationRule rule = new NoVision() {
      @Override
      public FindingMessages messages() {
        return FindingMessages.fromBundles(l -> {
          if (l.getLanguage().equals("th")) {
            return thai;
          }
          throw new java.util.MissingResourceException("none", "Acme", "ACME_NO_VISION");
        });
      }
    };
    Finding f = PlanValidator.builder().addRule(rule).build().validate(plan()).findings().get(0);
    assertEquals("แผนของ สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2 ไม่มีวิสัยทัศน์", f.message(new Locale("th", "TH")));
    assertEquals("The plan states no vision", f.message(Locale.ENGLISH));
  }

  @Test
  void aRuleThatThrowsKeepsItsFindingsAndIsReportedAsRuleFailed() {
    ValidationRule failing = new NoVision() {
      @Override
      public String code() {
        return "ACME_BROKEN";
      }

      @Override
      public void check(StrategicPlan plan, RuleContext context) {
        context.at("title").report();
        throw new IllegalStateException("boom");
      }
    };
    PlanValidator validator = PlanValidator.builder().addRule(failing).addRule(new NoVision()).build();
    ValidationReport report = validator.validate(plan());
    assertEquals(List.of("ACME_BROKEN", StandardRules.RULE_FAILED, "ACME_NO_VISION"),
        report.findings().stream().map(Finding::code).collect(Collectors.toList()));
    Finding failed = report.byCode(StandardRules.RULE_FAILED).get(0);
    assertEquals(Severity.ERROR, failed.severity());
    assertEquals(Map.of("rule", "ACME_BROKEN", "exception", "java.lang.IllegalStateException", "detail", "boom"),
        failed.values());
    assertTrue(failed.message(Locale.ENGLISH).contains("ACME_BROKEN"));
    assertTrue(failed.message(new Locale("th")).startsWith("กฎ ACME_BROKEN"));
  }

  @Test
  void aRuleWhoseAccessorsFailLaterIsStillRunUnderTheCodeItHadWhenAdded() {
    ValidationRule fickle = new NoVision() {
      private final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

      @Override
      public String code() {
        if (calls.getAndIncrement() > 0) {
          throw new IllegalStateException("code read twice");
        }
        return "ACME_FICKLE";
      }

      @Override
      public FindingMessages messages() {
        throw new IllegalStateException("no messages");
      }
    };
    ValidationReport report = PlanValidator.builder().addRule(fickle).build().validate(plan());
    assertEquals(List.of("ACME_FICKLE"), report.findings().stream().map(Finding::code).collect(Collectors.toList()));
    assertEquals("The plan states no vision", report.findings().get(0).message(Locale.ENGLISH));
  }

  @Test
  void findingsComeRuleByRuleInCatalogueOrder() {
    ValidationReport report = PlanValidator.standard().build().validate(BROKEN);
    List<String> codes = report.findings().stream().map(Finding::code).collect(Collectors.toList());
    assertEquals(List.of(StandardRules.BUDGET_QUARTERS_SUM, StandardRules.STATED_TOTAL_MISMATCH,
        StandardRules.STATED_TOTAL_MISMATCH, StandardRules.PROJECT_NO_RESPONSIBLE), codes);
  }

  @Test
  void theReportAnswersBySeverityCodeAndPath() {
    ValidationReport report = PlanValidator.standard().build().validate(BROKEN);
    assertTrue(report.hasErrors());
    assertEquals(3, report.errors().size());
    assertEquals(1, report.warnings().size());
    assertEquals(List.of(), report.bySeverity(Severity.INFO));
    assertEquals(1, report.at("$.projects[0]").size());
    assertEquals(1, report.at("$.projects[1]").size());
    assertEquals(report.at("$.projects[1]"), report.at("projects[1]"), "a path without its root is the same path");
    assertEquals(report.findings(), report.at("$"));
    assertEquals(0, report.at("projects[").size());
    assertFalse(report.isEmpty());
    assertThrows(UnsupportedOperationException.class, () -> report.findings().clear());
    assertThrows(UnsupportedOperationException.class, () -> report.findings().get(0).values().clear());
  }

  @Test
  void valuesKeepTheOrderTheRuleReportedThem() {
    Finding f = PlanValidator.standard().build().validate(BROKEN).findings().get(0);
    assertEquals(List.of("budget", "quarterTotal", "difference", "q1", "q2", "q3", "q4"),
        List.copyOf(f.values().keySet()));
  }

  @Test
  void everyStandardMessageExistsInEnglishAndThaiAndUsesOnlyKnownPlaceholders() {
    java.util.regex.Pattern placeholder = java.util.regex.Pattern.compile("\\{([A-Za-z0-9_]+)}");
    for (Locale locale : List.of(Locale.ENGLISH, new Locale("th"))) {
      for (ValidationRule rule : StandardRules.all()) {
        String pattern = FindingMessages.standard().pattern(rule.code(), locale).orElseThrow(
            () -> new AssertionError("no " + locale + " message for " + rule.code()));
        assertFalse(pattern.isBlank());
        java.util.regex.Matcher m = placeholder.matcher(pattern);
        while (m.find()) {
          assertFalse(m.group(1).isEmpty());
        }
      }
    }
    String thai = FindingMessages.standard().pattern(StandardRules.BUDGET_QUARTERS_SUM, new Locale("th")).get();
    assertTrue(thai.contains("ไตรมาส"), thai);
  }

  @Test
  void theValidatorRefusesNoPlanButANullOne() {
    assertThrows(NullPointerException.class, () -> PlanValidator.standard().build().validate(null));
  }
}
