package io.github.eduplan.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Schema;
import io.github.eduplan.model.Situation;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.testsupport.ContextGenerators;
import io.github.eduplan.testsupport.Examples;
import io.github.eduplan.testsupport.ModelGenerators;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A plan's situation analysis in JSON: read(write(p)) == p, old documents unchanged, the schema agrees. */
class SituationJsonTest {
  private static final PlanJson JSON = PlanJson.strict();

  @Test
  void readOfWriteEqualsEveryPlanWithASituation() {
    qt().withExamples(Examples.upTo(300)).forAll(ContextGenerators.plansWithSituations())
        .checkAssert(plan -> {
          String text = JSON.write(plan);
          assertEquals(plan, JSON.read(text));
          assertEquals(text, JSON.write(JSON.read(text)));
        });
  }

  @Test
  void theFastReaderReadsEverySituationAsDatabindDoes() {
    qt().withExamples(Examples.upTo(300)).forAll(ContextGenerators.plansWithSituations()).checkAssert(plan -> {
      String text = JSON.write(plan);
      byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(java.util.Optional.of(plan), JSON.fastReader().read(text));
      assertEquals(plan, JSON.readWithDatabind(bytes, DocumentTextTest.wellFormedUtf8Start(bytes)));
    });
  }

  @Test
  void aPlanWithoutASituationIsWrittenAsBefore() {
    qt().withExamples(Examples.upTo(100)).forAll(ModelGenerators.plans()).checkAssert(plan -> {
      String text = JSON.write(plan);
      assertFalse(text.contains("\"situation\""));
      assertEquals(Situation.empty(), JSON.read(text).situation());
    });
  }

  @Test
  void theSchemaAcceptsEveryWrittenSituation() throws Exception {
    Schema schema = PlanSchemaAgreementTest.schema();
    qt().withExamples(Examples.upTo(100)).forAll(ContextGenerators.plansWithSituations()).checkAssert(plan -> {
      JsonNode node = JSON.mapper().readTree(JSON.write(plan));
      assertEquals(java.util.List.of(), schema.validate(node));
    });
  }

  /** The hostile corpus's valid base document with a situation before its last property. */
  private static String withSituation(String situation) {
    String base = HostileInputTest.base();
    return base.replace("\"kind\": \"ACTION_PLAN\",", "\"kind\": \"ACTION_PLAN\", \"situation\": " + situation + ",");
  }

  @Test
  void anEmptySituationReadsAsNone() {
    assertEquals(Situation.empty(), JSON.read(withSituation("{}")).situation());
    assertEquals(JSON.read(HostileInputTest.base()), JSON.read(withSituation("{\"tables\": [], \"swot\": []}")));
  }

  @Test
  void aTableThatCannotBeBuiltIsAFormatErrorWithItsPath() {
    String table = "{\"tables\": [{\"title\": \"x\", \"rows\": [{\"cells\": [\"1\"]}, {\"cells\": [\"2\"]}],"
        + " \"derivations\": [{\"cells\": \"r1c0\", \"kind\": \"SUM\", \"from\": [\"r0c0:r5c0\"]}]}]}";
    PlanFormatException e = assertThrows(PlanFormatException.class, () -> JSON.read(withSituation(table)));
    assertTrue(e.getMessage().contains("derivations[0].from[0]"), e.getMessage());
    assertTrue(e.getMessage().contains("situation"), e.getMessage());
    PlanFormatException range = assertThrows(PlanFormatException.class, () -> JSON.read(withSituation(
        table.replace("r0c0:r5c0", "A1:A5"))));
    assertTrue(range.getMessage().contains("A1:A5"), range.getMessage());
    String ragged = "{\"tables\": [{\"title\": \"x\", \"rows\": [{\"cells\": [\"1\"]}, {\"cells\": [\"2\", \"3\"]}]}]}";
    PlanFormatException rows = assertThrows(PlanFormatException.class, () -> JSON.read(withSituation(ragged)));
    assertTrue(rows.getMessage().contains("rows[1].cells"), rows.getMessage());
  }

  @Test
  void theSchemaAndTheReaderAgreeOnSituations() throws Exception {
    Schema schema = PlanSchemaAgreementTest.schema();
    String good = "{\"tables\": [{\"key\": \"a\", \"title\": \"x\", \"unit\": \"คน\", \"columns\": [[\"ชาย\"], [\"รวม\"]],"
        + " \"rows\": [{\"labels\": [\"แม่สอด\"], \"cells\": [\"1\", \"1\"]}],"
        + " \"derivations\": [{\"cells\": \"r0c1\", \"kind\": \"SUM\", \"from\": [\"r0c0\"]}]}],"
        + " \"swot\": [{\"title\": \"SWOT\", \"subject\": \"PROVINCE\", \"items\": [{\"code\": \"S1\", \"category\": \"STRENGTH\", \"text\": \"ดี\", \"score\": 4.5}]}],"
        + " \"sameFigures\": [{\"cells\": [\"a!r0c0\", \"a!r0c1\"]}]}";
    String[] bad = {
        good.replace("\"SUM\"", "\"MEDIAN\""),
        good.replace("\"r0c1\"", "\"B2\""),
        good.replace("\"STRENGTH\"", "\"STRONG\""),
        good.replace("\"key\": \"a\"", "\"key\": \"ก\""),
        good.replace("\"unit\": \"คน\"", "\"unit\": \" \""),
        good.replace("\"kind\": \"SUM\", \"from\": [\"r0c0\"]", "\"kind\": \"DIFFERENCE\", \"from\": [\"r0c0\"]"),
        good.replace("[\"a!r0c0\", \"a!r0c1\"]", "[\"a!r0c0\"]"),
        good.replace("\"title\": \"x\", ", ""),
        good.replace("\"swot\"", "\"swat\""),
    };
    assertEquals(java.util.List.of(), schema.validate(JSON.mapper().readTree(withSituation(good))));
    JSON.read(withSituation(good));
    for (String b : bad) {
      String doc = withSituation(b);
      assertFalse(schema.validate(JSON.mapper().readTree(doc)).isEmpty(), b);
      assertThrows(PlanFormatException.class, () -> JSON.read(doc), b);
    }
  }
}
