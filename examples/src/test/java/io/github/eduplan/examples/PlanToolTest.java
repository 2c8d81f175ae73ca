package io.github.eduplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command-line entry prints JSON for scripts and exits non-zero when a plan has errors. */
class PlanToolTest {
  static final Path PLANS = Path.of("src/main/resources/plans");
  static final JsonMapper JSON = JsonMapper.builder()
      .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = PlanTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void validateJsonListsFindingsWithCodesAndPathsAndFailsOnErrors() {
    Run r = run("validate", PLANS.resolve("trang-2-2563-2565.json").toString(), "--json");
    assertEquals(PlanTool.PLAN_HAS_ERRORS, r.status(), r.err());
    JsonNode root = JSON.readTree(r.out());
    assertEquals("validate", root.get("command").asString());
    JsonNode findings = root.get("findings");
    assertEquals(4, findings.size(), r.out());
    boolean trat = false;
    for (JsonNode f : findings) {
      assertTrue(f.get("code").asString().matches("[A-Z_]+"));
      assertTrue(f.has("path") && f.has("severity") && f.has("message"));
      trat |= f.get("code").asString().equals("OFFICE_NAME_INCONSISTENT") && f.get("message").asString().contains("ตราด");
    }
    assertTrue(trat, "the ตรัง / ตราด finding, in Thai by default");
    assertEquals(2, root.get("errors").asInt());
  }

  @Test
  void aPlanWithoutErrorsExitsZero() {
    Run r = run("validate", PLANS.resolve("chiangrai-2-2566-2570.json").toString(), "--lang", "en");
    assertEquals(PlanTool.OK, r.status(), r.out());
    assertTrue(r.out().contains("STRATEGY_TITLE_DUPLICATE"), r.out());
    assertTrue(r.out().contains("Strategy 4 has the same title as strategy 1."), r.out());
  }

  @Test
  void reportAndCoverageJsonCarryTheDocumentsTotals() {
    Run report = run("report", PLANS.resolve("tak-2-2565.json").toString(), "--json");
    JsonNode root = JSON.readTree(report.out());
    assertEquals(59, root.get("projects").asInt());
    assertEquals("8095606.00", root.get("budget").decimalValue().toPlainString());
    assertEquals("2452813.00", root.get("budgetByQuarter").get("4").decimalValue().toPlainString());

    Run coverage = run("coverage", PLANS.resolve("tak-2-2565.json").toString(), "--json", "--framework", "obec-policy");
    JsonNode items = JSON.readTree(coverage.out()).get("items");
    assertEquals(4, items.size());
    assertEquals("28000.00", items.get(0).get("budget").decimalValue().toPlainString());
    assertEquals(4, items.get(0).get("projects").asInt());
  }

  @Test
  void aMalformedFileNamesWhereAndExitsThree(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\n  \"office\": {\"name\": \"สพป.ตาก เขต 2\"},\n  \"kind\": \"NOPE\"\n}", StandardCharsets.UTF_8);
    Run r = run("validate", bad.toString());
    assertEquals(PlanTool.UNREADABLE, r.status());
    assertTrue(r.err().contains("$.kind") && r.err().contains("line 3"), r.err());
  }

  @Test
  void aWrongCommandLineIsAUsageError() {
    assertEquals(PlanTool.USAGE, run().status());
    assertEquals(PlanTool.USAGE, run("explode", "x.json").status());
    assertEquals(PlanTool.USAGE, run("validate", "x.json", "--frobnicate").status());
    assertEquals(PlanTool.UNREADABLE, run("validate", "no-such-file.json").status());
  }
}
