package io.github.eduplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** docs/validation-rules.md documents every rule of the standard catalogue, with its severity. */
class ValidationRulesDocTest {
  // Maven runs the tests of lib with lib as the working directory.
  private static final Path PAGE = Path.of("..", "docs", "validation-rules.md");

  @Test
  void everyStandardRuleHasASectionWithItsSeverityAndBothExamples() throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    for (RuleDescription rule : PlanValidator.standard().build().rules()) {
      String heading = "### `" + rule.code() + "` (" + rule.severity().name().toLowerCase(Locale.ROOT) + ")";
      int at = page.indexOf(heading);
      if (at < 0) {
        missing.add(heading);
        continue;
      }
      int next = page.indexOf("\n### ", at + heading.length());
      String section = page.substring(at, next < 0 ? page.length() : next);
      if (!section.contains("- English: ") || !section.contains("- Thai: ")) {
        missing.add(rule.code() + " examples");
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void thePageExplainsTheFailureCodeAndTheDefectsTheModelRefuses() throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    assertTrue(page.contains(StandardRules.RULE_FAILED));
    assertTrue(page.contains("Enforced by the model"));
  }
}
