package io.github.eduplan.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.StrategicPlan;
import tools.jackson.core.StreamReadConstraints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanJsonErrorTest {
  /** A small valid plan, one property per line so that errors can name the line. */
  static final String VALID = String.join("\n",
      "{",
      "  \"office\": {\"name\": \"สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2\"},",
      "  \"kind\": \"ACTION_PLAN\",",
      "  \"period\": {\"first\": 2565, \"last\": 2565},",
      "  \"strategies\": [{",
      "    \"number\": \"1\",",
      "    \"title\": \"ส่งเสริมการจัดการศึกษาให้ผู้เรียนมีความปลอดภัยจากภัยทุกรูปแบบ\",",
      "    \"indicators\": [{",
      "      \"code\": \"1.\",",
      "      \"text\": \"ร้อยละของผู้เรียนที่เข้าร่วมกิจกรรม\",",
      "      \"unit\": \"ร้อยละ\",",
      "      \"measureKind\": \"PERCENTAGE\",",
      "      \"direction\": \"INCREASE\",",
      "      \"targets\": {\"2565\": {\"value\": {\"number\": 85}}}",
      "    }]",
      "  }],",
      "  \"projects\": [{",
      "    \"number\": \"1\",",
      "    \"title\": \"การจัดงานวันสำคัญทางลูกเสือ เนตรนารี และยุวกาชาด\",",
      "    \"strategy\": \"1\",",
      "    \"budget\": 121940,",
      "    \"quarterlyPlan\": {\"q1\": 24090, \"q2\": 22400, \"q3\": 0, \"q4\": 75450},",
      "    \"activeQuarters\": [1, 2, 4],",
      "    \"responsiblePeople\": [{\"name\": \"นางสาวเฉลิมศรี กันยารอง\"}]",
      "  }]",
      "}");

  @Test
  void theValidDocumentLoads() {
    StrategicPlan plan = PlanJson.strict().read(VALID);
    assertEquals("121940.00", plan.projects().get(0).budget().get().toString());
    assertEquals("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2", plan.office().name());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "negative budget       | \"budget\": 121940,            | \"budget\": -1,             | $.projects[0].budget              | 21 | negative",
      "fraction of a satang  | \"budget\": 121940,            | \"budget\": 121940.005,     | $.projects[0].budget              | 21 | two decimals",
      "money as Thai digits  | \"budget\": 121940,            | \"budget\": \"๑๒๑๙๔๐\",     | $.projects[0].budget              | 21 | plain decimal",
      "quarter five          | [1, 2, 4]                      | [1, 2, 5]                  | $.projects[0].activeQuarters[2]   | 23 | 1, 2, 3 or 4",
      "fiscal year 99999     | \"2565\": {\"value\"          | \"99999\": {\"value\"      | $.strategies[0].indicators[0].targets.99999 | 14 | 99999",
      "period year zero      | \"first\": 2565               | \"first\": 0               | $.period.first                    | 4  | 0",
      "unknown kind          | \"ACTION_PLAN\"               | \"ACTION\"                 | $.kind                            | 3  | ACTION",
      "null title            | \"title\": \"ส่งเสริม          | \"title\": null, \"x\": \"  | $.strategies[0].title             | 7  | null",
      "unknown property      | \"strategy\": \"1\",          | \"strategy\": \"1\", \"stratgy\": \"1\", | $.projects[0].stratgy   | 20 | stratgy",
      "duplicate key         | \"kind\": \"ACTION_PLAN\",    | \"kind\": \"ACTION_PLAN\", \"kind\": \"OTHER\", | $.kind            | 3  | a second time",
      "two value kinds       | {\"number\": 85}              | {\"number\": 85, \"level\": \"ดี\"} | $.strategies[0].indicators[0].targets.2565.value.level | 14 | exactly one",
      "string for a year     | \"last\": 2565                | \"last\": \"2565\"         | $.period.last                     | 4  | found the string \"2565\"",
      "misspelt property     | \"title\": \"การจัดงาน          | \"titel\": \"การจัดงาน      | $.projects[0].titel               | 19 | titel",
  })
  void aDefectiveDocumentRaisesOneTypedErrorNamingWhere(
      String name, String from, String to, String path, int line, String words) {
    String broken = VALID.replace(from.strip(), to.strip());
    if (broken.equals(VALID)) {
      throw new AssertionError("the test's replacement did not apply: " + from);
    }
    PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanJson.strict().read(broken));
    assertEquals(path, e.jsonPath(), e.getMessage());
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.column() > 0, e.getMessage());
    assertTrue(e.getMessage().contains(words), e.getMessage());
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"1e999999999", "-1e999999999", "1e-999999999", "1e400"})
  void numbersWhoseExponentWouldExplodeArithmeticAreRefused(String number) {
    String budget = VALID.replace("\"budget\": 121940,", "\"budget\": " + number + ",");
    PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanJson.strict().read(budget));
    assertEquals("$.projects[0].budget", e.jsonPath());
    String target = VALID.replace("{\"number\": 85}", "{\"number\": " + number + "}");
    PlanFormatException t = assertThrows(PlanFormatException.class, () -> PlanJson.strict().read(target));
    assertEquals("$.strategies[0].indicators[0].targets.2565.value.number", t.jsonPath());
  }

  @Test
  void nonStandardNumbersAndPolymorphicTypeHintsAreRefused() {
    assertThrows(PlanFormatException.class,
        () -> PlanJson.strict().read(VALID.replace("\"budget\": 121940,", "\"budget\": NaN,")));
    PlanFormatException e = assertThrows(PlanFormatException.class,
        () -> PlanJson.strict().read(VALID.replace("\"kind\":", "\"@class\": \"java.lang.Runtime\", \"kind\":")));
    assertEquals("$.@class", e.jsonPath());
  }

  @Test
  void documentsBeyondTheLimitsAreRefusedNamingTheLimit() {
    String longTitle = VALID.replace("\"title\": \"การจัดงาน", "\"title\": \"" + "ก".repeat(1_000_001));
    PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanJson.strict().read(longTitle));
    assertTrue(e.problem().contains("a string of at most 1000000 characters"), e.getMessage());
    String nested = VALID.replace("\"indicators\": [{", "\"guidelines\": [" + "{\"text\": \"a\", \"children\": [".repeat(70)
        + "]}".repeat(70) + "], \"indicators\": [{");
    PlanFormatException d = assertThrows(PlanFormatException.class, () -> PlanJson.strict().read(nested));
    assertTrue(d.problem().contains("nesting at most 64 deep"), d.getMessage());
    PlanJson roomy = PlanJson.builder().limits(tools.jackson.core.StreamReadConstraints.builder().maxNestingDepth(200).build()).build();
    assertEquals(70, depth(roomy.read(nested).strategies().get(0).guidelines().get(0)));
  }

  @Test
  void limitsCanBeRaisedPerReader() {
    // docs/security.md
    PlanJson json = PlanJson.builder()
        .limits(PlanJson.DEFAULT_LIMITS.rebuild().maxDocumentLength(256L << 20).maxNestingDepth(128).build())
        .build();
    assertEquals(PlanJson.strict().read(VALID), json.read(VALID));
    StreamReadConstraints used = json.mapper().tokenStreamFactory().streamReadConstraints();
    assertEquals(128, used.getMaxNestingDepth());
    assertEquals(PlanJson.DEFAULT_LIMITS.getMaxTokenCount(), used.getMaxTokenCount());
  }

  private static int depth(io.github.eduplan.model.Guideline g) {
    return 1 + g.children().stream().mapToInt(PlanJsonErrorTest::depth).max().orElse(0);
  }

  @Test
  void invalidUtf8IsAnErrorNotReplacementCharacters() throws Exception {
    byte[] bytes = VALID.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int at = VALID.indexOf("ร้อยละของผู้เรียน");
    int byteAt = VALID.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    bytes[byteAt + 1] = (byte) 0x28;
    PlanFormatException e = assertThrows(PlanFormatException.class,
        () -> PlanJson.strict().read(new java.io.ByteArrayInputStream(bytes)));
    assertTrue(e.problem().contains("UTF-8"), e.getMessage());
    assertEquals(10, e.line());
  }

  @Test
  void aMissingRequiredPropertyIsNamed() {
    String noTitle = VALID.replace("    \"title\": \"การจัดงานวันสำคัญทางลูกเสือ เนตรนารี และยุวกาชาด\",\n", "");
    PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanJson.strict().read(noTitle));
    assertTrue(e.problem().contains("title"), e.getMessage());
    assertEquals("$.projects[0]", e.jsonPath(), e.getMessage());
  }

  @Test
  void lenientReadingIgnoresUnknownPropertiesOnly() {
    String withTypo = VALID.replace("\"strategy\": \"1\",", "\"strategy\": \"1\", \"stratgy\": \"1\",");
    assertEquals(PlanJson.strict().read(VALID), PlanJson.lenient().read(withTypo));
    String negative = withTypo.replace("\"budget\": 121940,", "\"budget\": -1,");
    assertThrows(PlanFormatException.class, () -> PlanJson.lenient().read(negative));
  }

  @Test
  void aTruncatedDocumentNamesTheLineWhereItEnds() {
    String truncated = VALID.substring(0, VALID.indexOf("\"projects\""));
    PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanJson.strict().read(truncated));
    assertEquals(17, e.line(), e.getMessage());
  }

  @Test
  void trailingContentAndEmptyDocumentsAreErrors() {
    assertThrows(PlanFormatException.class, () -> PlanJson.strict().read(VALID + " {}"));
    assertThrows(PlanFormatException.class, () -> PlanJson.strict().read(""));
    assertThrows(PlanFormatException.class, () -> PlanJson.strict().read("null"));
    assertThrows(PlanFormatException.class, () -> PlanJson.strict().read("[]"));
  }

  @Test
  void theSchemaShipsInTheJar() throws Exception {
    try (var in = PlanJson.schema()) {
      String schema = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(schema.contains("\"$schema\""));
      assertTrue(schema.contains("\"quarterlyPlan\""));
    }
  }
}
