package io.github.eduplan.examples.tool;

import static io.github.eduplan.examples.tool.ToolRun.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.examples.BundledPlans;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The eduplan command line: its commands, options, exit codes, JSON shape and text tables. */
class EduplanTest {
  static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  static final List<String> COMMANDS = List.of("validate", "report", "coverage", "dashboard");

  @Test
  void validateJsonListsFindingsWithCodesAndJsonPathsAndExitsOneOnErrors() {
    ToolRun r = ToolRun.of("validate", plan("trang-2-2563-2565.json"), "--json");
    assertEquals(Eduplan.PLAN_HAS_ERRORS, r.status(), r.toString());
    JsonNode root = JSON.readTree(r.out());
    assertEquals("validate", root.get("command").asString());
    JsonNode findings = root.get("findings");
    assertEquals(5, findings.size(), r.out());
    boolean trat = false;
    for (JsonNode f : findings) {
      assertTrue(f.get("code").asString().matches("[A-Z_]+"));
      assertTrue(f.get("path").asString().startsWith("$."), f.toString());
      trat |= f.get("code").asString().equals("OFFICE_NAME_INCONSISTENT") && f.get("message").asString().contains("ตราด");
    }
    assertTrue(trat, "the ตรัง / ตราด finding, in Thai by default");
    assertEquals(2, root.get("summary").get("errors").asInt());
  }

  @Test
  void aPlanWithoutErrorsExitsZeroAndEnglishIsAskedWithLang() {
    ToolRun r = ToolRun.of("validate", plan("chiangrai-2-2566-2570.json"), "--lang", "en");
    assertEquals(Eduplan.OK, r.status(), r.toString());
    assertTrue(r.out().contains("STRATEGY_TITLE_DUPLICATE"), r.out());
    assertTrue(r.out().contains("Strategy 4 has the same title as strategy 1."), r.out());
    assertTrue(r.out().contains("## Findings"), r.out());
    assertEquals(r.out(), ToolRun.of("validate", plan("chiangrai-2-2566-2570.json"), "--lang", "EN").out(),
        "--lang takes any case");
  }

  @Test
  void onlyValidateExitsOneOnAPlanWithErrors() {
    for (String command : COMMANDS) {
      ToolRun r = ToolRun.of(command, plan("trang-2-2563-2565.json"));
      assertEquals(command.equals("validate") ? Eduplan.PLAN_HAS_ERRORS : Eduplan.OK, r.status(), command + ": " + r);
      assertEquals("", r.err(), command);
    }
  }

  @Test
  void reportAndCoverageJsonCarryTheDocumentsTotals() {
    JsonNode report = JSON.readTree(ToolRun.of("report", plan("tak-2-2565.json"), "--json").out()).get("report");
    assertEquals(59, report.get("projects").asInt());
    assertEquals(21, report.get("indicators").asInt());
    assertEquals("8095606.00", report.get("budget").decimalValue().toPlainString());
    assertEquals("5274702.00", report.get("budgetByStrategy").get(3).get("budget").decimalValue().toPlainString());
    assertEquals(4, report.get("budgetByQuarter").get(3).get("quarter").asInt());
    assertEquals("2452813.00", report.get("budgetByQuarter").get(3).get("budget").decimalValue().toPlainString());
    assertEquals(0, report.get("withoutStrategy").get("projects").asInt());

    JsonNode coverage = JSON.readTree(
        ToolRun.of("coverage", plan("tak-2-2565.json"), "--json", "--framework", "obec-policy").out()).get("coverage");
    assertEquals("obec-policy", coverage.get("framework").get("id").asString());
    JsonNode items = coverage.get("items");
    assertEquals(4, items.size());
    assertEquals("1", items.get(0).get("item").asString());
    assertEquals("28000.00", items.get(0).get("budget").decimalValue().toPlainString());
    assertEquals(4, items.get(0).get("projects").asInt());
    assertEquals("8095606.00", coverage.get("total").get("budget").decimalValue().toPlainString());
    for (JsonNode e : coverage.get("unlinked")) {
      assertTrue(e.get("path").asString().startsWith("$."), e.toString());
    }
  }

  @Test
  void everyCommandPrintsTheSameEnvelopeAndTheSameFindingObjects() {
    for (String file : BundledPlans.ALL) {
      JsonNode first = null;
      for (String command : List.of("validate", "report", "coverage")) {
        JsonNode root = JSON.readTree(ToolRun.of(command, plan(file), "--json").out());
        List<String> names = new ArrayList<>();
        root.propertyNames().forEach(names::add);
        List<String> expected = new ArrayList<>(List.of("command", "plan", "summary", "findings"));
        if (!command.equals("validate")) {
          expected.add(command);
        }
        assertEquals(expected, names, file + " " + command);
        assertEquals(command, root.get("command").asString());
        assertTrue(root.get("findings").isArray());
        for (JsonNode f : root.get("findings")) {
          List<String> keys = new ArrayList<>();
          f.propertyNames().forEach(keys::add);
          assertEquals(List.of("code", "severity", "path", "number", "values", "message"), keys);
        }
        if (first == null) {
          first = root;
        } else {
          assertEquals(first.get("plan"), root.get("plan"), file);
          assertEquals(first.get("summary"), root.get("summary"), file);
          assertEquals(first.get("findings"), root.get("findings"), file + " " + command);
        }
      }
    }
  }

  @Test
  void everyTextTableHasAHeadingAboveIt() {
    for (String file : BundledPlans.ALL) {
      for (String command : List.of("validate", "report", "coverage")) {
        List<String> lines = ToolRun.of(command, plan(file)).out().lines().toList();
        int tables = 0;
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).startsWith("|---")) {
            tables++;
            // heading, blank line, header row, rule
            assertTrue(i >= 3 && lines.get(i - 3).startsWith("## ") && lines.get(i - 2).isEmpty(),
                file + " " + command + ": no heading above the table at line " + i);
          }
        }
        assertTrue(tables > 0 || command.equals("validate"), file + " " + command);
      }
    }
  }

  @Test
  void coverageTalliesByTheFrameworkAskedFor() {
    String out = ToolRun.of("coverage", plan("tak-2-2565.json"), "--framework", "obec-policy").out();
    assertTrue(out.contains("## งบประมาณตามนโยบายสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน (obec-policy)"), out);
    assertTrue(out.contains("| 1 | ด้านความปลอดภัย | 4 | 28,000 |"), out);
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "report", "coverage", "dashboard", "achievement"})
  void helpWorksOnEveryCommandAndListsTheExitCodes(String command) {
    for (ToolRun r : List.of(ToolRun.of(command, "--help"), ToolRun.of(command, "-h"), ToolRun.of("help", command))) {
      assertEquals(Eduplan.OK, r.status(), r.toString());
      assertTrue(r.out().startsWith("Usage: eduplan " + command + " "), r.out());
      assertTrue(r.out().contains("Exit codes:"), r.out());
      assertTrue(r.out().contains("  3   the plan cannot be read"), r.out());
      assertEquals(command.equals("validate"), r.out().contains("  1   validate: the plan has an error finding"), r.out());
      for (String name : PlanSource.names()) {
        assertTrue(r.out().replaceAll("\\s+", "").contains(name), name + " in " + r.out());
      }
    }
  }

  @Test
  void theTopLevelHelpAndVersion() {
    ToolRun help = ToolRun.of("--help");
    assertEquals(Eduplan.OK, help.status());
    for (String command : java.util.stream.Stream.concat(COMMANDS.stream(), java.util.stream.Stream.of("achievement"))
        .toList()) {
      assertTrue(help.out().contains("  " + command + " "), help.out());
    }
    ToolRun version = ToolRun.of("--version");
    assertEquals(Eduplan.OK, version.status());
    assertTrue(version.out().startsWith("eduplan "), version.out());
  }

  @Test
  void theFrameworkOptionsHelpListsTheCatalogue() {
    String help = ToolRun.of("coverage", "--help").out().replaceAll("\\s+", " ");
    for (String id : FrameworkOption.ids()) {
      assertTrue(help.contains(id), id + " in " + help);
    }
    assertTrue(help.contains("Default: national-strategy"), help);
  }

  @Test
  void usageMistakesExitTwoWithOneMessageAndNoStackTrace() {
    List<String[]> mistakes = List.of(
        new String[] {},
        new String[] {"explode", plan("tak-2-2565.json")},
        new String[] {"validate"},
        new String[] {"validate", plan("tak-2-2565.json"), "--frobnicate"},
        new String[] {"validate", plan("tak-2-2565.json"), "--lang", "fr"},
        new String[] {"validate", plan("tak-2-2565.json"), "--lang"},
        new String[] {"coverage", plan("tak-2-2565.json"), "--framework", "no-such-framework"},
        new String[] {"report", plan("tak-2-2565.json"), plan("trang-2-2563-2565.json")});
    for (String[] args : mistakes) {
      ToolRun r = ToolRun.of(args);
      assertEquals(Eduplan.USAGE, r.status(), String.join(" ", args) + ": " + r);
      assertTrue(r.err().startsWith("eduplan: "), r.toString());
      assertTrue(r.err().contains("--help' for more information"), r.toString());
      assertFalse(r.hasStackTrace(), r.toString());
      assertEquals("", r.out(), r.toString());
    }
    ToolRun framework = ToolRun.of("coverage", plan("tak-2-2565.json"), "--framework", "no-such-framework");
    assertTrue(framework.err().contains("obec-policy"), "names the known frameworks: " + framework.err());
    assertTrue(ToolRun.of("validate", plan("tak-2-2565.json"), "--lang", "fr").err().contains("expected th or en"));
  }

  @Test
  void thePlanCanComeFromStandardInputOrTheBundledPlans() throws Exception {
    byte[] trang = Files.readAllBytes(ToolRun.PLANS.resolve("trang-2-2563-2565.json"));
    ToolRun stdin = ToolRun.withInput(trang, "validate", "-", "--json");
    ToolRun bundled = ToolRun.of("validate", "bundled:trang-2-2563-2565", "--json");
    ToolRun file = ToolRun.of("validate", plan("trang-2-2563-2565.json"), "--json");
    assertEquals(Eduplan.PLAN_HAS_ERRORS, stdin.status(), stdin.toString());
    assertEquals(JSON.readTree(file.out()).get("findings"), JSON.readTree(stdin.out()).get("findings"));
    assertEquals(JSON.readTree(file.out()).get("findings"), JSON.readTree(bundled.out()).get("findings"));
    assertEquals("-", JSON.readTree(stdin.out()).get("plan").get("source").asString());
    ToolRun unknown = ToolRun.of("report", "bundled:no-such-plan");
    assertEquals(Eduplan.UNREADABLE, unknown.status());
    assertTrue(unknown.err().contains("bundled:tak-2-2565"), "lists the bundled plans: " + unknown.err());
  }

  @Test
  void aPlanWithoutATitleGetsOneFromItsKindOfficeAndYears() {
    String out = ToolRun.of("report", "bundled:chiangrai-2-2566-2570").out();
    assertTrue(out.startsWith("# ตารางกลยุทธ์ ตัวชี้วัด ค่าเป้าหมาย สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงราย เขต 2"
        + " ปีงบประมาณ 2566–2570\n"), out);
    assertTrue(out.contains("ไม่มีโครงการใดมีแผนรายไตรมาส"), "a plan without projects says so: " + out);
  }
}
