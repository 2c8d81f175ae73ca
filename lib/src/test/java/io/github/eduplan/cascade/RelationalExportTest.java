package io.github.eduplan.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.eduplan.bench.SyntheticCorpus;
import io.github.eduplan.cascade.RelationalExport.Table;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.OfficeLevel;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.ServedElement;
import io.github.eduplan.model.ServedKind;
import io.github.eduplan.model.ServedPlan;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.Target;
import io.github.eduplan.model.Unit;
import io.github.eduplan.testsupport.ModelGenerators;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.time.Quarter;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

class RelationalExportTest {
  private static final String HOSTILE = "\"ข้อ 1\", \"quoted\"\r\nline two\nline three\rend,=SUM(A1) ";
  private static final CsvMapper READER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  /** An area plan and three schools that serve it, one with hostile text and one link to nothing. */
  static List<StrategicPlan> smallCascade() {
    StrategicPlan area = StrategicPlan.builder()
        .office(Office.builder().name("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2").shortName("สพป.ตาก เขต 2")
            .province("ตาก").build())
        .kind(PlanKind.ACTION_PLAN)
        .period(FiscalYearRange.of(2565, 2565))
        .addGoal(Goal.builder().number("1").text("ผู้เรียนมีความปลอดภัย").build())
        .addStrategy(Strategy.builder().number("1").title("ส่งเสริมการจัดการศึกษาให้ผู้เรียนมีความปลอดภัยจากภัยทุกรูปแบบ")
            .addAlignment(AlignmentLink.matrix("national-strategy", "3"))
            .addIndicator(Indicator.builder().code("1.").text("ร้อยละของผู้เรียนที่ปลอดภัย").unit(Unit.PERCENT)
                .measureKind(MeasureKind.PERCENTAGE).direction(Direction.INCREASE)
                .putTarget(FiscalYear.of(2565), Target.of(85))
                .targetInText(Target.of(80))
                .addComponent(Indicator.builder().code("1.1").text("ระดับคุณภาพ").measureKind(MeasureKind.ORDINAL).direction(Direction.MAINTAIN)
                    .putTarget(FiscalYear.of(2565), Target.of(IndicatorValue.level("ดีเยี่ยม"))).build())
                .build())
            .build())
        .addStrategy(Strategy.builder().number("๒").title("สร้างโอกาสและความเสมอภาคทางการศึกษา")
            .addGoal(Goal.builder().number("2.1").text("เด็กทุกคนได้เรียน").build()).build())
        .addProject(Project.builder().number("1").title("การจัดงานวันสำคัญทางลูกเสือ เนตรนารี และยุวกาชาด")
            .strategy("1").budget(Baht.of(121_940)).quarterlyPlan(QuarterlyBudget.of(24_090, 22_400, 0, 75_450))
            .addActiveQuarters(Quarter.Q1, Quarter.Q2, Quarter.Q4)
            .addAlignment(AlignmentLink.matrix("obec-policy", "1")).build())
        .addProject(Project.builder().number("2").title("ไม่มีกลยุทธ์").budget(Baht.of(new BigDecimal("0.05"))).build())
        .build();
    List<StrategicPlan> plans = new ArrayList<>();
    plans.add(area);
    for (int i = 1; i <= 3; i++) {
      String title = i == 2 ? HOSTILE : "โครงการส่งเสริมรักการอ่าน " + i;
      plans.add(StrategicPlan.builder()
          .level(OfficeLevel.SCHOOL)
          .office(Office.builder().name("โรงเรียนตัวอย่าง " + i).province("ตาก").build())
          .kind(PlanKind.ACTION_PLAN)
          .period(FiscalYearRange.of(2565, 2565))
          .servedPlan(ServedPlan.of("สพป.ตาก เขต 2", 2565))
          .addGoal(Goal.builder().number("1").text("ผู้เรียนอ่านออกเขียนได้")
              .addServes(ServedElement.of(ServedKind.GOAL, "1")).build())
          .addStrategy(Strategy.builder().number("1").title("กลยุทธ์ของโรงเรียน")
              .addServes(ServedElement.builder().kind(ServedKind.STRATEGY).number(i == 3 ? "9" : "2")
                  .text("สอดคล้องกับกลยุทธ์ สพป. ข้อ 2").build())
              .build())
          .addProject(Project.builder().number("1").title(title).strategy("1")
              .budget(Baht.of(new BigDecimal("10000.50"))).quarterlyPlan(QuarterlyBudget.of(
                  Baht.of(new BigDecimal("5000.25")), Baht.of(new BigDecimal("5000.25")), Baht.ZERO, Baht.ZERO))
              .addServes(ServedElement.of(ServedKind.STRATEGY, "1")).build())
          .source(i == 2 ? HOSTILE : "ตัวอย่างประกอบ")
          .build());
    }
    // A plan whose served office is not in the set: no parent.
    plans.add(StrategicPlan.builder().level(OfficeLevel.SCHOOL).office(Office.of("โรงเรียนนอกเขต"))
        .kind(PlanKind.ACTION_PLAN).period(FiscalYearRange.of(2565, 2565))
        .servedPlan(ServedPlan.of("สพป.อื่น", 2565))
        .addStrategy(Strategy.builder().number("1").title("ก").addServes(ServedElement.of(ServedKind.STRATEGY, "1")).build())
        .build());
    return plans;
  }

  @Test
  void everyForeignKeyOfTheSmallCascadeJoins() throws IOException {
    PlanSet set = PlanSet.of(smallCascade());
    Map<Table, List<Map<String, String>>> tables = export(set);
    checkKeys(tables);
    // the school plans' parent is the area plan (id 1); the outside school has none
    List<Map<String, String>> plans = tables.get(Table.PLANS);
    assertEquals(List.of("", "1", "1", "1", ""), plans.stream().map(r -> r.get("parent_plan_id")).toList());
    assertEquals("SCHOOL", plans.get(1).get("level"));
    assertEquals("ตาก", plans.get(0).get("province"));
    assertEquals("2565", plans.get(1).get("serves_fiscal_year"));
    // upward links: resolved where the parent has the element, empty where it does not
    List<Map<String, String>> up = tables.get(Table.UPWARD_LINKS);
    Map<String, String> strategyOfSchool1 = find(up, "plan_id", "2", "element_kind", "STRATEGY");
    assertEquals("2", strategyOfSchool1.get("parent_element_seq"), "area strategy ๒ is its second");
    assertEquals("สอดคล้องกับกลยุทธ์ สพป. ข้อ 2", strategyOfSchool1.get("served_text"));
    assertEquals("", find(up, "plan_id", "4", "element_kind", "STRATEGY").get("parent_element_seq"));
    assertEquals("1", find(up, "plan_id", "2", "element_kind", "GOAL").get("parent_element_seq"));
    assertEquals("", find(up, "plan_id", "5", "element_kind", "STRATEGY").get("parent_plan_id"));
    // targets: the yearly one, the one in the text (no year), the component's level
    List<Map<String, String>> targets = tables.get(Table.TARGETS);
    assertEquals(3, targets.size());
    assertEquals("85", find(targets, "indicator_seq", "1", "fiscal_year", "2565").get("value_number"));
    assertEquals("80", find(targets, "indicator_seq", "1", "fiscal_year", "").get("value_number"));
    Map<String, String> level = find(targets, "indicator_seq", "2", "fiscal_year", "2565");
    assertEquals("LEVEL", level.get("value_kind"));
    assertEquals("ดีเยี่ยม", level.get("value_text"));
    assertEquals("1", find(tables.get(Table.INDICATORS), "indicator_seq", "2", "plan_id", "1").get("parent_indicator_seq"));
    // a strategy's goal has its strategy; the project without a strategy has none
    assertEquals("2", find(tables.get(Table.GOALS), "plan_id", "1", "goal_seq", "2").get("strategy_seq"));
    assertEquals("", find(tables.get(Table.PROJECTS), "plan_id", "1", "project_seq", "2").get("strategy_seq"));
    // quarterly: active flags as planned, exact satang
    List<Map<String, String>> quarters = tables.get(Table.QUARTERLY_BUDGETS);
    assertEquals("false", find(quarters, "plan_id", "1", "quarter", "3").get("active"));
    assertEquals("75450.00", find(quarters, "plan_id", "1", "quarter", "4").get("amount"));
    assertEquals("5000.25", find(quarters, "plan_id", "2", "quarter", "1").get("amount"));
    assertEquals("0.05", find(tables.get(Table.PROJECTS), "plan_id", "1", "project_seq", "2").get("budget"));
    // alignment links of a strategy and of a project
    assertEquals("3", find(tables.get(Table.ALIGNMENT_LINKS), "element_kind", "STRATEGY", "plan_id", "1").get("item"));
    assertEquals("obec-policy", find(tables.get(Table.ALIGNMENT_LINKS), "element_kind", "PROJECT", "plan_id", "1").get("framework"));
  }

  @Test
  void thaiAndHostileTextSurviveVerbatim() throws IOException {
    List<StrategicPlan> plans = smallCascade();
    Map<Table, List<Map<String, String>>> tables = export(PlanSet.of(plans));
    assertEquals(HOSTILE, find(tables.get(Table.PROJECTS), "plan_id", "3", "project_seq", "1").get("title"));
    assertEquals(HOSTILE, tables.get(Table.PLANS).get(2).get("source"));
    assertEquals(plans.get(0).strategies().get(0).title(), tables.get(Table.STRATEGIES).get(0).get("title"));
    assertEquals("๒", tables.get(Table.STRATEGIES).get(1).get("number"), "numbers are written as they are");
    assertEquals("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2", tables.get(Table.PLANS).get(0).get("office"));
  }

  @Test
  void theFilesAreRfc4180InUtf8WithCrlf() throws IOException {
    StringWriter out = new StringWriter();
    RelationalExport.of(PlanSet.of(smallCascade())).write(Table.PROJECTS, out);
    String text = out.toString();
    assertTrue(text.startsWith(String.join(",", Table.PROJECTS.columns()) + "\r\n"), text);
    assertTrue(text.endsWith("\r\n"));
    assertFalse(text.startsWith("\uFEFF"));
    // the hostile title is one quoted cell with its quotes doubled
    assertTrue(text.contains("\"\"\"ข้อ 1\"\", \"\"quoted\"\"\r\nline two\nline three\rend,=SUM(A1) \""), text);
  }

  @Test
  void aFolderGetsEveryTableAndNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path folder = dir.resolve("export");
    List<Path> files = RelationalExport.of(PlanSet.of(smallCascade())).writeTo(folder);
    assertEquals(Table.values().length, files.size());
    try (Stream<Path> listed = Files.list(folder)) {
      assertEquals(Stream.of(Table.values()).map(Table::fileName).sorted().toList(),
          listed.map(p -> p.getFileName().toString()).sorted().toList());
    }
    byte[] bytes = Files.readAllBytes(folder.resolve("strategies.csv"));
    assertEquals(new String(bytes, StandardCharsets.UTF_8),
        StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(bytes)).toString());
    assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("สร้างโอกาสและความเสมอภาคทางการศึกษา"));
    // writing again replaces the files
    RelationalExport.of(PlanSet.of(smallCascade().subList(0, 1))).writeTo(folder);
    assertEquals(2, Files.readAllLines(folder.resolve("plans.csv"), StandardCharsets.UTF_8).size());
  }

  @Test
  void anEmptySetHasHeadersOnly() throws IOException {
    Map<Table, List<Map<String, String>>> tables = export(PlanSet.of(List.of()));
    tables.values().forEach(rows -> assertTrue(rows.isEmpty()));
  }

  @Test
  void aSyntheticCascadeJoinsAndItsBudgetsAddUpPerPlan() throws IOException {
    List<StrategicPlan> plans = SyntheticCorpus.cascade(SyntheticCorpus.generate(7L, 6, 60));
    PlanSet set = PlanSet.of(plans);
    Map<Table, List<Map<String, String>>> tables = export(set);
    checkKeys(tables);
    checkBudgets(plans, tables);
    long resolved = tables.get(Table.PLANS).stream().filter(r -> !r.get("parent_plan_id").isEmpty()).count();
    assertEquals(60, resolved, "every school plan finds its area plan");
  }

  @Test
  void generatedPlansJoinAndAddUp() {
    qt().withExamples(40).forAll(ModelGenerators.listOf(ModelGenerators.plans(), 0, 4)).checkAssert(plans -> {
      try {
        Map<Table, List<Map<String, String>>> tables = export(PlanSet.of(plans));
        checkKeys(tables);
        checkBudgets(plans, tables);
        assertEquals(plans.stream().mapToLong(p -> p.strategies().size()).sum(), tables.get(Table.STRATEGIES).size());
        assertEquals(plans.stream().mapToLong(p -> p.projects().size()).sum(), tables.get(Table.PROJECTS).size());
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void theDocumentDescribesEveryTableAndColumn() throws IOException {
    String doc = Files.readString(Path.of("../docs/cascade-export.md"), StandardCharsets.UTF_8);
    for (Table table : Table.values()) {
      assertTrue(doc.contains("### " + table.fileName()), table.fileName());
      for (String column : table.columns()) {
        assertTrue(doc.contains("| `" + column + "` |"), table + "." + column);
      }
    }
  }

  /** The sum of the project budgets per plan equals the single-plan total, and each project's quarters add up. */
  private static void checkBudgets(List<StrategicPlan> plans, Map<Table, List<Map<String, String>>> tables) {
    Map<String, BigDecimal> byPlan = new HashMap<>();
    for (Map<String, String> row : tables.get(Table.PROJECTS)) {
      if (!row.get("budget").isEmpty()) {
        byPlan.merge(row.get("plan_id"), new BigDecimal(row.get("budget")), BigDecimal::add);
      }
    }
    for (int i = 0; i < plans.size(); i++) {
      String id = String.valueOf(i + 1);
      BigDecimal expected = plans.get(i).projectBudgetTotal().amount();
      assertEquals(0, expected.compareTo(byPlan.getOrDefault(id, BigDecimal.ZERO)), "plan " + id);
      assertEquals(0, expected.compareTo(new BigDecimal(tables.get(Table.PLANS).get(i).get("project_budget_total"))));
    }
    Map<String, BigDecimal> byProject = new HashMap<>();
    for (Map<String, String> row : tables.get(Table.QUARTERLY_BUDGETS)) {
      if (!row.get("amount").isEmpty()) {
        byProject.merge(row.get("plan_id") + "/" + row.get("project_seq"), new BigDecimal(row.get("amount")), BigDecimal::add);
      }
    }
    for (int i = 0; i < plans.size(); i++) {
      List<Project> projects = plans.get(i).projects();
      for (int p = 0; p < projects.size(); p++) {
        String key = (i + 1) + "/" + (p + 1);
        if (projects.get(p).quarterlyPlan().isPresent()) {
          assertEquals(0, projects.get(p).quarterlyPlan().get().total().amount().compareTo(byProject.get(key)), key);
        } else {
          assertNull(byProject.get(key), key);
        }
      }
    }
  }

  /** Every key is unique in its table and every reference names a row of its parent table. */
  private static void checkKeys(Map<Table, List<Map<String, String>>> t) {
    Set<String> plans = keys(t.get(Table.PLANS), "plan_id");
    Set<String> goals = keys(t.get(Table.GOALS), "plan_id", "goal_seq");
    Set<String> strategies = keys(t.get(Table.STRATEGIES), "plan_id", "strategy_seq");
    Set<String> indicators = keys(t.get(Table.INDICATORS), "plan_id", "indicator_seq");
    Set<String> projects = keys(t.get(Table.PROJECTS), "plan_id", "project_seq");
    keys(t.get(Table.QUARTERLY_BUDGETS), "plan_id", "project_seq", "quarter");
    refs(t.get(Table.PLANS), plans, "parent_plan_id");
    for (Table table : Table.values()) {
      if (table != Table.PLANS) {
        refs(t.get(table), plans, "plan_id");
      }
    }
    refs(t.get(Table.GOALS), strategies, "plan_id", "strategy_seq");
    refs(t.get(Table.INDICATORS), strategies, "plan_id", "strategy_seq");
    refs(t.get(Table.INDICATORS), indicators, "plan_id", "parent_indicator_seq");
    refs(t.get(Table.TARGETS), indicators, "plan_id", "indicator_seq");
    refs(t.get(Table.PROJECTS), strategies, "plan_id", "strategy_seq");
    refs(t.get(Table.QUARTERLY_BUDGETS), projects, "plan_id", "project_seq");
    Map<String, Set<String>> byKind = Map.of("GOAL", goals, "STRATEGY", strategies, "INDICATOR", indicators,
        "PROJECT", projects);
    for (Map<String, String> row : t.get(Table.ALIGNMENT_LINKS)) {
      if (row.get("element_kind").equals("PLAN")) {
        assertEquals("", row.get("element_seq"));
      } else {
        assertTrue(byKind.get(row.get("element_kind")).contains(row.get("plan_id") + "/" + row.get("element_seq")), row.toString());
      }
    }
    for (Map<String, String> row : t.get(Table.UPWARD_LINKS)) {
      assertTrue(byKind.get(row.get("element_kind")).contains(row.get("plan_id") + "/" + row.get("element_seq")), row.toString());
      if (!row.get("parent_element_seq").isEmpty()) {
        Set<String> parentTable = row.get("served_kind").equals("GOAL") ? goals : strategies;
        assertTrue(parentTable.contains(row.get("parent_plan_id") + "/" + row.get("parent_element_seq")), row.toString());
      }
      if (!row.get("parent_plan_id").isEmpty()) {
        assertTrue(plans.contains(row.get("parent_plan_id")));
      }
    }
  }

  private static Set<String> keys(List<Map<String, String>> rows, String... columns) {
    Set<String> out = new HashSet<>();
    for (Map<String, String> row : rows) {
      String key = String.join("/", Stream.of(columns).map(row::get).toList());
      assertTrue(out.add(key), "duplicate key " + key);
    }
    return out;
  }

  /** The reference of the last column, when it is not empty, exists; the other columns are the plan. */
  private static void refs(List<Map<String, String>> rows, Set<String> parent, String... columns) {
    for (Map<String, String> row : rows) {
      if (row.get(columns[columns.length - 1]).isEmpty()) {
        continue;
      }
      String key = String.join("/", Stream.of(columns).map(row::get).toList());
      assertTrue(parent.contains(key), "no parent row " + key + " for " + row);
    }
  }

  private static Map<String, String> find(List<Map<String, String>> rows, String c1, String v1, String c2, String v2) {
    List<Map<String, String>> found =
        rows.stream().filter(r -> r.get(c1).equals(v1) && r.get(c2).equals(v2)).toList();
    assertEquals(1, found.size(), c1 + "=" + v1 + ", " + c2 + "=" + v2 + " in " + rows);
    return found.get(0);
  }

  /** Writes every table and reads it back with a CSV reader, checking the header. */
  static Map<Table, List<Map<String, String>>> export(PlanSet set) throws IOException {
    RelationalExport export = RelationalExport.of(set);
    Map<Table, List<Map<String, String>>> out = new LinkedHashMap<>();
    for (Table table : Table.values()) {
      StringWriter w = new StringWriter();
      export.write(table, w);
      List<Map<String, String>> rows = new ArrayList<>();
      try (MappingIterator<String[]> it =
          READER.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(w.toString())) {
        List<String> header = List.of(it.nextValue());
        assertEquals(table.columns(), header, table.toString());
        while (it.hasNextValue()) {
          String[] cells = it.nextValue();
          assertEquals(header.size(), cells.length, table + ": " + List.of(cells));
          Map<String, String> row = new LinkedHashMap<>();
          for (int i = 0; i < cells.length; i++) {
            row.put(header.get(i), cells[i]);
          }
          rows.add(row);
        }
      }
      out.put(table, rows);
    }
    return out;
  }
}
