package io.github.eduplan.examples.tool;

import static io.github.eduplan.examples.tool.ToolRun.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.diff.PlanDiff;
import io.github.eduplan.examples.BundledPlans;
import io.github.eduplan.examples.ReviseAPlan;
import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.StrategicPlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code eduplan diff OLD NEW}: a plan against itself, against its revision, and bad input. */
class DiffCommandTest {
  private static final String TAK = "tak-2-2565.json";

  @Test
  void aPlanAgainstItselfHasNoChange() {
    ToolRun run = ToolRun.of("diff", plan(TAK), "bundled:tak-2-2565", "--json");
    assertEquals(Eduplan.OK, run.status(), run.toString());
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertEquals("diff", root.get("command").asString());
    assertEquals(0, root.get("diff").get("changes").size(), run.out());
    assertTrue(root.get("findings").isArray());
  }

  @Test
  void aRevisionIsReportedAsTheLibraryReportsIt(@TempDir Path dir) throws Exception {
    StrategicPlan older = BundledPlans.load(TAK);
    StrategicPlan revised = ReviseAPlan.revise(older);
    Path file = dir.resolve("revised.json");
    PlanJson.strict().write(revised, file);
    PlanDiff expected = PlanDiff.between(older, revised);

    ToolRun text = ToolRun.of("diff", plan(TAK), file.toString(), "--lang", "en");
    assertEquals(Eduplan.OK, text.status(), text.toString());
    assertEquals(expected.toMarkdown(Locale.ENGLISH), text.out());

    ToolRun json = ToolRun.of("diff", plan(TAK), file.toString(), "--json");
    assertEquals(Eduplan.OK, json.status(), json.toString());
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertEquals(new ObjectMapper().readTree(expected.toJson()), root.get("diff"));
    assertEquals(file.toString(), root.get("plan").get("source").asString());
    assertEquals(plan(TAK), root.get("older").get("source").asString());
  }

  @Test
  void anUnreadableRevisionOrTwoStandardInputsEndWithAMessage(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    java.nio.file.Files.writeString(bad, "{\"office\": 5}", StandardCharsets.UTF_8);
    ToolRun unreadable = ToolRun.of("diff", plan(TAK), bad.toString());
    assertEquals(Eduplan.UNREADABLE, unreadable.status(), unreadable.toString());
    assertTrue(unreadable.err().contains(bad.toString()), unreadable.err());
    assertFalse(unreadable.hasStackTrace(), unreadable.toString());

    ToolRun twice = ToolRun.of("diff", "-", "-");
    assertEquals(Eduplan.USAGE, twice.status(), twice.toString());
    assertFalse(twice.hasStackTrace(), twice.toString());
  }
}
