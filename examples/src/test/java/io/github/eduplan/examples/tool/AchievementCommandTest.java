package io.github.eduplan.examples.tool;

import static io.github.eduplan.examples.tool.ToolRun.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.achievement.AchievementCalculator;
import io.github.eduplan.achievement.RollUp;
import io.github.eduplan.examples.BundledPlans;
import io.github.eduplan.examples.BundledResults;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.results.ResultsDocument;
import io.github.eduplan.results.ResultsJson;
import io.github.eduplan.time.FiscalYear;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * {@code eduplan achievement PLAN RESULTS}: each bundled plan with its illustrative results, checked
 * and reported in text and JSON; results for another plan, another year, from standard input; and
 * every way the results can be unreadable or the command line wrong.
 */
class AchievementCommandTest {
  static final Path RESULTS = Path.of("src/main/resources/results");

  static Stream<String> bundled() {
    return BundledPlans.ALL.stream();
  }

  static String results(String file) {
    return RESULTS.resolve(file).toString();
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void everyBundledPlansResultsReadCheckAndReport(String file) {
    ToolRun text = ToolRun.of("achievement", plan(file), results(file));
    assertEquals(Eduplan.OK, text.status(), text.toString());
    assertEquals("", text.err());
    assertTrue(text.out().contains("ไม่พบข้อบกพร่อง (0 รายการ)"), "the illustrative results fit their plan: " + text.out());
    assertTrue(text.out().contains("(illustrative only: invented sample figures, not real results of the office)"),
        "the note that the figures are invented is printed");
    List<String> lines = text.out().lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("|---")) {
        assertTrue(lines.get(i - 3).startsWith("## ") && lines.get(i - 2).isEmpty(), file + ": a heading above line " + i);
      }
    }

    JsonNode root = EduplanTest.JSON.readTree(ToolRun.of("achievement", plan(file), results(file), "--json").out());
    List<String> names = new ArrayList<>();
    root.propertyNames().forEach(names::add);
    assertEquals(List.of("command", "plan", "summary", "findings", "achievement"), names);
    assertEquals(EduplanTest.JSON.readTree(ToolRun.of("report", plan(file), "--json").out()).get("findings"),
        root.get("findings"), "the envelope's findings are the plan's, as for every command");
    JsonNode a = root.get("achievement");
    assertEquals(0, a.get("results").get("summary").get("findings").asInt());
    assertTrue(a.get("results").get("findings").isArray());

    StrategicPlan plan = BundledPlans.load(file);
    ResultsDocument document = BundledResults.load(file);
    FiscalYear year = document.reportedThrough().year();
    assertEquals(year.buddhistEraYear(), a.get("year").asInt());
    RollUp whole = AchievementCalculator.of().rollUpPlan(AchievementCalculator.of().assess(plan, year,
        document.actualResults()));
    assertEquals(whole.assessableCount(), a.get("plan").get("assessable").asInt());
    assertEquals(whole.metCount(), a.get("plan").get("met").asInt());
    assertTrue(whole.assessableCount() > 0, file + ": the results make something assessable");
    assertEquals(IndicatorCount.of(plan), a.get("indicators").size());
    assertEquals(plan.projects().isEmpty(), a.get("budget").isNull(), "budget execution for a plan with projects");
  }

  /** The number of top-level indicators, each assessed once. */
  static final class IndicatorCount {
    static int of(StrategicPlan plan) {
      return plan.strategies().stream().mapToInt(s -> s.indicators().size()).sum();
    }
  }

  @Test
  void theTakResultsGiveTheFiguresTheCalculatorsGive() {
    String out = ToolRun.of("achievement", "bundled:tak-2-2565", "bundled:tak-2-2565").out();
    assertTrue(out.contains("| ทั้งแผน | 21 | 18 | 11 | 61.11 % | 96.44 % |"), out);
    assertTrue(out.contains("| 1/3 | ร้อยละของสถานศึกษาที่มีแผน/มาตรการในการจัดการภัยพิบัติ"), out);
    assertTrue(out.contains("| ≥ 80 | 92 จาก 115 = 80.00 | บรรลุ | 100.00 | บรรลุเป้าหมาย |"), out);
    assertTrue(out.contains("| ไตรมาส 4 | 2,452,813 | ยังไม่รายงาน | - | - | - | 100 % | - |"), out);
    assertTrue(out.contains("งบประมาณ 8,095,606 บาท · เบิกจ่ายแล้ว "), out);
    assertTrue(out.contains("| 4 | 22 | 5,274,702 | 2,336,523 | 44.30 % | 66.67 % |"), out);
    JsonNode budget = EduplanTest.JSON.readTree(ToolRun.of("achievement", "bundled:tak-2-2565", "bundled:tak-2-2565",
        "--json").out()).get("achievement").get("budget");
    assertEquals(3, budget.get("through").asInt());
    assertEquals("8095606.00", budget.get("allocated").decimalValue().toPlainString());
    assertEquals(new BigDecimal("75"), budget.get("targets").get("q3").decimalValue());
    assertEquals(59, budget.get("projectStatus").get("IN_PROGRESS").asInt() + budget.get("projectStatus")
        .get("DONE").asInt() + budget.get("projectStatus").get("NOT_STARTED").asInt());
    assertTrue(budget.get("quarters").get(3).get("spent").isNull(), "quarter 4 is not reported");
  }

  @Test
  void resultsForAnotherPlanAreListedAsFindingsAndStillExitZero() {
    ToolRun r = ToolRun.of("achievement", "bundled:chiangmai-2-2563-2565", "bundled:tak-2-2565", "--lang", "en");
    assertEquals(Eduplan.OK, r.status(), r.toString());
    assertTrue(r.out().contains("| error | RESULTS_PLAN_MISMATCH | $.plan.office | The results are for the office"), r.out());
    assertTrue(r.out().contains("| error | RESULTS_INDICATOR_UNKNOWN | $.indicators[0] |"), r.out());
    assertTrue(r.out().contains("## Results that match no indicator of the plan"), r.out());
    JsonNode results = EduplanTest.JSON.readTree(ToolRun.of("achievement", "bundled:chiangmai-2-2563-2565",
        "bundled:tak-2-2565", "--json").out()).get("achievement").get("results");
    assertTrue(results.get("summary").get("errors").asInt() > 3);
    for (JsonNode f : results.get("findings")) {
      List<String> keys = new ArrayList<>();
      f.propertyNames().forEach(keys::add);
      assertEquals(List.of("code", "severity", "path", "number", "values", "message"), keys, "as every finding");
      assertTrue(f.get("path").asString().startsWith("$."), f.toString());
    }
  }

  @Test
  void anotherYearOfTheResultsIsAskedWithYear() {
    JsonNode trang = EduplanTest.JSON.readTree(ToolRun.of("achievement", "bundled:trang-2-2563-2565",
        "bundled:trang-2-2563-2565", "--year", "๒๕๖๓", "--json").out()).get("achievement");
    assertEquals(2563, trang.get("year").asInt());
    assertTrue(trang.get("plan").get("assessable").asInt() > 0, "the document has 2563 results too");
    String later = ToolRun.of("achievement", "bundled:tak-2-2565", "bundled:tak-2-2565", "--year", "2566").out();
    assertTrue(later.contains("ผลการดำเนินงานรายงานถึง 2565-Q3 จึงยังไม่มีการเบิกจ่ายของปีงบประมาณ 2566"), later);
  }

  @Test
  void theResultsCanComeFromStandardInputAndAreReadStrictly(@TempDir Path dir) throws Exception {
    byte[] tak = Files.readAllBytes(RESULTS.resolve("tak-2-2565.json"));
    ToolRun stdin = ToolRun.withInput(tak, "achievement", "bundled:tak-2-2565", "-");
    assertEquals(Eduplan.OK, stdin.status(), stdin.toString());
    assertEquals(ToolRun.of("achievement", "bundled:tak-2-2565", results("tak-2-2565.json")).out(), stdin.out());

    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, new String(tak, StandardCharsets.UTF_8).replace("\"formatVersion\" : 1",
        "\"formatVersion\" : 1, \"signedBy\" : \"x\""), StandardCharsets.UTF_8);
    Path later = dir.resolve("later.json");
    ResultsDocument v2 = ResultsDocument.builder().from(BundledResults.load("tak-2-2565.json")).formatVersion(2).build();
    ResultsJson.strict().write(v2, later);
    Files.createDirectory(dir.resolve("dir.json"));
    for (String[] c : List.of(
        new String[] {bad.toString(), "not a results document: Unrecognized property \"signedBy\""},
        new String[] {bad.toString(), "at $.signedBy, line 2, column "},
        new String[] {later.toString(), "format version 2"},
        new String[] {dir.resolve("dir.json").toString(), "is a directory"},
        new String[] {dir.resolve("none.json").toString(), "no such file"},
        new String[] {"bundled:nothing", "bundled:tak-2-2565"})) {
      for (String[] args : List.of(new String[] {"achievement", "bundled:tak-2-2565", c[0]},
          new String[] {"dashboard", "bundled:tak-2-2565", "--results", c[0]})) {
        ToolRun r = ToolRun.of(args);
        assertEquals(Eduplan.UNREADABLE, r.status(), r.toString());
        assertTrue(r.err().startsWith("eduplan: " + c[0] + ": ") && r.err().contains(c[1]), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.hasStackTrace());
        assertEquals("", r.out());
      }
    }
  }

  @Test
  void usageMistakesExitTwo() {
    List<String[]> mistakes = List.of(
        new String[] {"achievement", "bundled:tak-2-2565"},
        new String[] {"achievement", "-", "-"},
        new String[] {"dashboard", "-", "--results", "-"},
        new String[] {"achievement", "bundled:tak-2-2565", "bundled:tak-2-2565", "--year", "2022"},
        new String[] {"achievement", "bundled:tak-2-2565", "bundled:tak-2-2565", "extra"});
    for (String[] args : mistakes) {
      ToolRun r = ToolRun.withInput("{}".getBytes(StandardCharsets.UTF_8), args);
      assertEquals(Eduplan.USAGE, r.status(), String.join(" ", args) + ": " + r);
      assertTrue(r.err().startsWith("eduplan: ") && r.err().contains("--help' for more information"), r.toString());
      assertEquals("", r.out());
    }
  }
}
