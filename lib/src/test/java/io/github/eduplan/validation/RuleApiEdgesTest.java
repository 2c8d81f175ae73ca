package io.github.eduplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.StrategicPlan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a rule of one's own sees and gets: its context, its default messages, bundled properties. */
class RuleApiEdgesTest {
  private static final Locale THAI = Locale.forLanguageTag("th-TH");

  /**
   * A rule that states what its context says about it, and an amount. Built for each test, not
   * once per class: PIT runs many mutants in one JVM, and a rule built before a mutant is
   * installed would not show it.
   */
  private static ValidationRule selfAware() {
    return ValidationRule.of("ACME_SELF", Severity.WARNING, "Reports its own code and severity",
        FindingMessages.plain("{code} as {severity}: {amount}"),
        (plan, context) -> context.at("").value("severity", context.severity())
            .value("rule", context.code()).value("amount", new BigDecimal("1234567.5")).report());
  }

  @Test
  void aRuleBuiltFromItsPartsKnowsItsCodeAndConfiguredSeverity() {
    ValidationRule rule = selfAware();
    PlanValidator validator = PlanValidator.standard().addRule(rule).severity("ACME_SELF", Severity.ERROR).build();
    Finding f = validator.validate(Fixtures.plan()).byCode("ACME_SELF").get(0);
    assertEquals("ACME_SELF", f.values().get("rule"));
    assertEquals("ERROR", f.values().get("severity"));
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("ACME_SELF as ERROR: 1,234,567.5", f.message(Locale.ENGLISH));
    assertEquals("ACME_SELF", rule.toString());
    assertTrue(validator.toString().startsWith("PlanValidator"), validator::toString);
    assertTrue(validator.toString().contains("ACME_SELF"), validator::toString);
  }

  @Test
  void aRuleWithoutMessagesOfItsOwnIsWordedByItsDescription() {
    ValidationRule plain = new ValidationRule() {
      @Override
      public String code() {
        return "ACME_PLAIN";
      }

      @Override
      public Severity defaultSeverity() {
        return Severity.INFO;
      }

      @Override
      public String description() {
        return "The plan is plain";
      }

      @Override
      public void check(StrategicPlan plan, RuleContext context) {
        context.at("title").report();
      }
    };
    assertEquals(Optional.of("The plan is plain"), plain.messages().pattern("ACME_PLAIN", Locale.ENGLISH));
    assertEquals(Optional.of("The plan is plain"), plain.messages().pattern("ACME_PLAIN.other", THAI));
  }

  @Test
  void propertiesNextToAClassAreReadAsUtf8ThaiForThaiAndEnglishOtherwise() {
    FindingMessages messages = FindingMessages.fromProperties(StandardRules.class, "messages.properties",
        "messages_th.properties");
    assertEquals(Optional.of("The text at {path} is blank."), messages.pattern("TITLE_EMPTY", Locale.ENGLISH));
    assertEquals(Optional.of("The text at {path} is blank."), messages.pattern("TITLE_EMPTY", Locale.GERMAN));
    assertEquals(Optional.of("ข้อความที่ {path} ว่างเปล่า"), messages.pattern("TITLE_EMPTY", THAI));
    assertEquals(Optional.empty(), messages.pattern("ACME_NONE", THAI));
  }

  @Test
  void aMissingPropertiesFileIsNamedByItsPath() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> FindingMessages.fromProperties(StandardRules.class, "messages.properties", "nope_th.properties"));
    assertEquals("missing resource io/github/eduplan/validation/nope_th.properties", e.getMessage());
  }

  @Test
  void aRulesFindingsOfTheEmptyPathAreAboutThePlan() {
    List<Finding> findings = PlanValidator.standard().addRule(selfAware()).build().validate(Fixtures.plan())
        .byCode("ACME_SELF");
    assertEquals(1, findings.size());
    assertEquals("$", findings.get(0).path());
    assertEquals(Severity.WARNING, findings.get(0).severity());
  }

  @Test
  void everyPathARuleGivesIsRootedAtTheDocumentLikeFormatErrorsAndAlignmentElements() {
    List<String> given = List.of("projects[3].budget", "$.projects[3].budget", "", "$", "[0]");
    List<String> paths = new java.util.ArrayList<>();
    for (String path : given) {
      ValidationRule rule = ValidationRule.of("ACME_AT", Severity.INFO, "Reports at a path",
          FindingMessages.plain("at {path}"), (plan, context) -> context.at(path).report());
      paths.add(PlanValidator.builder().addRule(rule).build().validate(Fixtures.plan()).byCode("ACME_AT").get(0).path());
    }
    assertEquals(List.of("$.projects[3].budget", "$.projects[3].budget", "$", "$", "$[0]"), paths);
  }
}
