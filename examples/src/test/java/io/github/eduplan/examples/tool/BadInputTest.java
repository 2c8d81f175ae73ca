package io.github.eduplan.examples.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing a document can contain ends in a stack trace: every command, given a bad file, prints
 * one line naming the file and exits with {@link Eduplan#UNREADABLE}.
 */
class BadInputTest {
  static final List<String> COMMANDS = List.of("validate", "report", "coverage", "dashboard");

  /** Bad documents, by name, with a word their message must contain. */
  static Map<String, String> write(Path dir) throws Exception {
    Files.writeString(dir.resolve("not-json.json"), "this is not JSON", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("wrong-shape.json"), "{\"office\": 3}", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("an-array.json"), "[1, 2]", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("empty.json"), "", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("bad-kind.json"),
        "{\n  \"office\": {\"name\": \"สพป.ตาก เขต 2\"},\n  \"kind\": \"NOPE\"\n}", StandardCharsets.UTF_8);
    Files.write(dir.resolve("invalid-utf8.json"),
        new byte[] {'{', '"', 'o', 'f', 'f', 'i', 'c', 'e', '"', ':', '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"',
            (byte) 0xFF, (byte) 0xFE, '"', '}', '}'});
    Files.createDirectory(dir.resolve("a-directory.json"));
    return Map.of(
        "not-json.json", "line 1",
        "wrong-shape.json", "$.office",
        "an-array.json", "line 1",
        "empty.json", "$",
        "bad-kind.json", "$.kind, line 3",
        "invalid-utf8.json", "UTF-8",
        "a-directory.json", "directory",
        "no-such-file.json", "no such file");
  }

  @Test
  void everyCommandTellsABadFileInOneLineAndExitsThree(@TempDir Path dir) throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, String> bad : write(dir).entrySet()) {
      String file = dir.resolve(bad.getKey()).toString();
      for (String command : COMMANDS) {
        ToolRun r = ToolRun.of(command, file);
        boolean ok = r.status() == Eduplan.UNREADABLE
            && r.err().startsWith("eduplan: " + file + ": ")
            && r.err().contains(bad.getValue())
            && r.err().lines().count() == 1
            && !r.hasStackTrace()
            && r.out().isEmpty();
        if (!ok) {
          wrong.add(command + " " + bad.getKey() + ": " + r);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void aBadDocumentOnStandardInputIsNamedDash() {
    ToolRun r = ToolRun.withInput("{\"kind\": 5}".getBytes(StandardCharsets.UTF_8), "report", "-");
    assertEquals(Eduplan.UNREADABLE, r.status(), r.toString());
    assertTrue(r.err().startsWith("eduplan: -: "), r.err());
  }

  /**
   * A plan whose project budgets sum past {@link Baht#MAX}: each budget is valid, so the plan
   * reads; validation finds the stated totals wrong, and the totals the other commands work out
   * are beyond what a {@link Baht} holds. Until the library says more, the tool tells it as a plan
   * it cannot work on, in one line; never a stack trace.
   */
  @Test
  void budgetsThatSumPastTheLargestAmountEndInAMessage(@TempDir Path dir) throws Exception {
    StrategicPlan tak = PlanJson.strict().read(ToolRun.PLANS.resolve("tak-2-2565.json"));
    StrategicPlan.Builder huge = StrategicPlan.builder().from(tak).projects(List.of());
    for (Project p : tak.projects().subList(0, 3)) {
      huge.addProject(Project.builder().from(p).budget(Baht.of(900_000_000_000_000L)).quarterlyPlan(java.util.Optional.empty())
          .build());
    }
    huge.addAllProjects(tak.projects().subList(3, tak.projects().size()));
    Path file = dir.resolve("huge.json");
    PlanJson.strict().write(huge.build(), file);

    ToolRun validate = ToolRun.of("validate", file.toString(), "--json");
    assertEquals(Eduplan.PLAN_HAS_ERRORS, validate.status(), validate.toString());
    assertTrue(validate.out().contains("STATED_TOTAL_MISMATCH"), validate.out());
    for (String command : List.of("report", "coverage", "dashboard")) {
      ToolRun r = ToolRun.of(command, file.toString());
      assertFalse(r.hasStackTrace(), r.toString());
      assertTrue(r.status() == Eduplan.OK || r.status() == Eduplan.UNREADABLE, r.toString());
      if (r.status() == Eduplan.UNREADABLE) {
        assertTrue(r.err().startsWith("eduplan: " + file + ": eduplan cannot work on this plan: "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
      }
    }
  }
}
