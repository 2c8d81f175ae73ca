package io.github.eduplan.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.eduplan.achievement.ActualResult;
import io.github.eduplan.achievement.IndicatorKey;
import io.github.eduplan.achievement.ResultStatus;
import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.Baht;
import io.github.eduplan.testsupport.Examples;
import io.github.eduplan.testsupport.ResultsGenerators;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The results format as docs/results.md describes it: defaults, versions, limits, the schema. */
class ResultsJsonTest {
  static final ResultsJson JSON = ResultsJson.strict();

  static final String MINIMAL = """
      {"formatVersion": 1,
       "plan": {"office": "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2", "kind": "ACTION_PLAN",
                "period": {"first": 2565, "last": 2565}},
       "reportedThrough": {"year": 2565, "quarter": 4},
       "indicators": [{"strategy": "1", "code": "1.2", "results": [{"year": 2565, "value": {"number": 96.00}}]}],
       "projects": [{"number": "1", "year": 2565, "status": "DONE", "spent": {"q4": 121940, "q1": "0"}}]}
      """;

  @Test
  void aMinimalDocumentReadsWithItsDefaults() {
    ResultsDocument d = JSON.read(MINIMAL);
    assertEquals(1, d.formatVersion());
    IndicatorResults indicator = d.indicators().get(0);
    assertEquals(1, indicator.occurrence());
    assertEquals(IndicatorKey.of("1", "1.2"), indicator.key());
    PeriodResult r = indicator.results().get(0);
    assertEquals(ResultStatus.REPORTED, r.status(), "REPORTED unless given");
    assertEquals("96.00", r.value().orElseThrow().toString(), "a number keeps its scale");
    ProjectProgress p = d.projects().get(0);
    assertEquals(List.of(Quarter.Q1, Quarter.Q4), List.copyOf(p.spent().keySet()), "quarters in order; q2, q3 not reported");
    assertEquals(Baht.ZERO, p.spentIn(Quarter.Q1).orElseThrow(), "0 is reported, not absent");
    assertTrue(p.spentIn(Quarter.Q2).isEmpty());
    assertEquals(Baht.of(121_940), p.totalSpent());
    assertEquals(List.of(), d.notes());
    assertTrue(d.disbursementTargets().isEmpty());
  }

  @Test
  void theWrittenFormNamesQuartersAsAPlanDoesAndLeavesOutWhatIsAbsent() {
    String text = JSON.write(ResultsFixtures.document());
    assertTrue(text.contains("\"reportedThrough\" : {\n    \"year\" : 2565,\n    \"quarter\" : 3\n  }"), text);
    assertTrue(text.contains("\"spent\" : {\n      \"q1\" : 40000,\n      \"q2\" : 58500,\n      \"q3\" : 0\n    }"), text);
    assertTrue(text.contains("\"numerator\" : 92,"), text);
    assertTrue(!text.contains("null") && !text.contains("\"unit\""), "absent values are left out: " + text);
    assertTrue(text.contains("ร้อยละของสถานศึกษา"), "Thai is written as UTF-8, not escaped");
    assertEquals(ResultsFixtures.document(), JSON.read(text));
  }

  @Test
  void aLaterVersionIsRefusedWhenStrictAndReadWhenLenient() {
    String later = MINIMAL.replace("\"formatVersion\": 1,", "\"formatVersion\": 3, \"signedBy\": {\"name\": \"x\"},")
        .replace("\"code\": \"1.2\",", "\"code\": \"1.2\", \"weight\": 2,");
    ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> JSON.read(later));
    assertEquals("$.formatVersion", e.jsonPath());
    assertEquals(1, e.line());
    assertTrue(e.problem().contains("format version 3"), e.problem());
    ResultsDocument read = ResultsJson.lenient().read(later);
    assertEquals(3, read.formatVersion(), "the version as written");
    assertEquals(JSON.read(MINIMAL).indicators(), read.indicators(), "what version 3 added is ignored");
    assertEquals("$.signedBy", assertThrows(ResultsFormatException.class,
        () -> JSON.read(later.replace("\"formatVersion\": 3", "\"formatVersion\": 1"))).jsonPath(),
        "a version-1 document with an unknown property is refused at the property");
  }

  @Test
  void theLimitsArePlanJsonsAndCanBeChanged() {
    byte[] bytes = MINIMAL.getBytes(StandardCharsets.UTF_8);
    ResultsJson small = ResultsJson.builder().limits(PlanJson.DEFAULT_LIMITS.rebuild().maxDocumentLength(100).build())
        .build();
    ResultsFormatException e = assertThrows(ResultsFormatException.class, () -> small.read(bytes));
    assertTrue(e.problem().startsWith("the document is longer than the maximum of 100 bytes"), e.problem());
    assertEquals("$.plan.office", e.jsonPath(), "where the 100th byte is");
    assertEquals(2, e.line());
    ResultsJson fewTokens = ResultsJson.builder().limits(PlanJson.DEFAULT_LIMITS.rebuild().maxTokenCount(20).build())
        .build();
    assertTrue(assertThrows(ResultsFormatException.class, () -> fewTokens.read(MINIMAL)).problem()
        .contains("Token count"));
    ResultsJson shortText = ResultsJson.builder().limits(PlanJson.DEFAULT_LIMITS.rebuild().maxStringLength(10).build())
        .build();
    assertEquals("$.plan.office", assertThrows(ResultsFormatException.class, () -> shortText.read(MINIMAL)).jsonPath());
  }

  @Test
  void aFileAndAStreamReadAsTheString(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("results.json");
    JSON.write(ResultsFixtures.document(), file);
    assertEquals(ResultsFixtures.document(), JSON.read(file));
    assertEquals(JSON.write(ResultsFixtures.document()), java.nio.file.Files.readString(file));
    assertEquals(JSON.read("\uFEFF" + MINIMAL), JSON.read(MINIMAL), "a byte order mark kept in a string is skipped");
  }

  @Test
  void aDocumentBuiltInCodeIsRefusedWithThePlaceOfItsProblem() {
    IndicatorResults one = ResultsFixtures.results("1", "1.2", ResultsFixtures.number("1"));
    IndicatorResults again = ResultsFixtures.results("๑", "๑.๒", ResultsFixtures.number("2"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ResultsDocument.builder().from(ResultsFixtures.document()).indicators(List.of(one, again)).build());
    assertEquals("indicators[1]: indicator 1/1.2 is named a second time: give all its results in indicators[0]",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PeriodResult.builder().year(FiscalYear.of(2565)).build(),
        "a reported result needs a value");
    assertThrows(IllegalArgumentException.class, () -> IndicatorResults.builder().strategy("1").build(),
        "at least one result");
  }

  @Test
  void aDocumentGivesTheCalculatorsTheirInput() {
    ResultsDocument d = ResultsDocument.builder().from(ResultsFixtures.document()).unit("โรงเรียนบ้านแม่ระมาด")
        .addProject(ProjectProgress.builder().number("2").year(FiscalYear.of(2564)).status(ProjectStatus.DONE)
            .putSpent(Quarter.Q1, Baht.of(5)).build())
        .build();
    assertEquals("โรงเรียนบ้านแม่ระมาด", d.actualResults().unit().orElseThrow());
    assertEquals(8, d.actualResults().results().size(), "every result of every indicator");
    ActualResult counted = d.actualResults().results().get(0);
    assertEquals(IndicatorKey.of("1", "1.1"), counted.indicator());
    assertEquals(PeriodResult.builder().from(d.indicators().get(0).results().get(0)).source(java.util.Optional.empty())
        .date(java.util.Optional.empty()).build(), PeriodResult.of(counted), "all but the source and the date");
    assertEquals(List.of("1", "3"), d.spending(FiscalYear.of(2565)).projects().stream().map(s -> s.project()).toList());
    assertEquals(List.of("2"), d.spending(FiscalYear.of(2564)).projects().stream().map(s -> s.project()).toList());
  }

  private static JsonNode schema() throws Exception {
    try (InputStream in = ResultsJson.schema()) {
      return JsonMapper.builder().build().readTree(in);
    }
  }

  private static Set<String> declaredNames(JsonNode node, Set<String> into) {
    if (node.isObject()) {
      JsonNode props = node.get("properties");
      if (props != null) {
        props.propertyNames().forEach(into::add);
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        declaredNames(e.getValue(), into);
      }
    } else if (node.isArray()) {
      node.forEach(child -> declaredNames(child, into));
    }
    return into;
  }

  private static void usedNames(JsonNode node, Set<String> into) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        into.add(e.getKey());
        usedNames(e.getValue(), into);
      }
    } else if (node.isArray()) {
      node.forEach(child -> usedNames(child, into));
    }
  }

  @Test
  void theSchemaDeclaresEveryPropertyTheWriterWritesAndNoOther() throws Exception {
    JsonNode schema = schema();
    Set<String> declared = declaredNames(schema, new HashSet<>());
    Set<String> used = new HashSet<>();
    JsonMapper mapper = JsonMapper.builder().build();
    qt().withExamples(Examples.upTo(300)).withFixedSeed(7L).forAll(ResultsGenerators.documents())
        .checkAssert(d -> usedNames(mapper.readTree(JSON.write(d)), used));
    assertTrue(declared.containsAll(used), "written but not declared: " + minus(used, declared));
    assertEquals(Set.of(), minus(declared, used), "declared but never written");
    assertEquals(List.of("formatVersion", "plan", "reportedThrough"),
        mapper.treeToValue(schema.get("required"), List.class));
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asString());
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.removeAll(b);
    return out;
  }
}
