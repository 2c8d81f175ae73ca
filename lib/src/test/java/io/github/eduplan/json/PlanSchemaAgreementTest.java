package io.github.eduplan.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema in the jar ({@link PlanJson#SCHEMA_RESOURCE}) accepts exactly what the strict
 * reader reads (issue 21, point 6): a draft 2020-12 validator judges every document of the hostile
 * corpus, the bundled plans and the documents below, and its verdict must be the reader's, except
 * for the documents listed in {@link #EXCEPTIONS}, each with the reason JSON Schema cannot say it
 * (docs/json-format.md lists the same).
 */
class PlanSchemaAgreementTest {
  /**
   * The documents the schema and the reader judge differently, and why: what JSON Schema cannot
   * say. The test fails if one of them comes to agree, so that the list stays true.
   */
  static final Map<String, String> EXCEPTIONS = exceptions();

  private static Map<String, String> exceptions() {
    Map<String, String> m = new LinkedHashMap<>();
    String duplicate = "a duplicate key: JSON Schema sees the object after parsing, where the key is once";
    m.put("key-duplicate-top-level.json", duplicate);
    m.put("key-duplicate-in-value.json", duplicate);
    // Bytes a common parser decodes (Jackson here: an overlong or a lone surrogate as U+FFFD or
    // kept, UTF-16 guessed without a byte order mark) and the reader refuses.
    String encoding = "the document's bytes: JSON Schema validates a parsed value, not its encoding";
    m.put("encoding-lone-surrogate-escape.json", encoding);
    m.put("encoding-overlong.json", encoding);
    m.put("encoding-utf16-without-bom.json", encoding);
    m.put("number written with 31 zero decimals", "how a number is written (its scale): JSON Schema compares numbers by value");
    m.put("number zero written 0e40", "how a number is written (its exponent): JSON Schema compares numbers by value");
    String integer = "a year written 2562.0: JSON Schema calls it an integer (it compares numbers by value); the reader wants an integer written without a point";
    m.put("type-baseline-year-float.json", integer);
    m.put("type-period-year-float.json", integer);
    m.put("domain-between-upper-below-lower.json", "an upper bound below the target's number: JSON Schema cannot compare one value of a document with another");
    m.put("scale levels equal but for a space", "levels that are the same level once white space, case and Thai digits are set aside: JSON Schema's uniqueItems compares strings exactly");
    m.put("nesting 66 deep", "the nesting depth limit: JSON Schema has no keyword for the depth of a document");
    m.put("number of 101 characters", "the number length limit counts written characters; JSON Schema sees a value");
    return m;
  }

  /** Documents made from the corpus's base one, for the cases the files do not cover. */
  static Map<String, String> derived() {
    String base = HostileInputTest.base();
    Map<String, String> m = new LinkedHashMap<>();
    String office = "\"name\": \"สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2\"";
    m.put("office named with no-break spaces only", base.replace(office, "\"name\": \"\u00A0\u00A0\""));
    m.put("office named with a zero-width space", base.replace(office, "\"name\": \"\u200B\""));
    m.put("office named with a word joiner and a byte order mark", base.replace(office, "\"name\": \"\u2060\uFEFF \""));
    m.put("office named with a soft hyphen", base.replace(office, "\"name\": \"\u00AD\""));
    m.put("office named with an escaped control", base.replace(office, "\"name\": \"\\u0001\""));
    m.put("office named with a Thai character between invisibles", base.replace(office, "\"name\": \"\u200Bก\u00A0\""));
    m.put("unit of ideographic spaces", base.replace("\"unit\": \"ร้อยละ\"", "\"unit\": \"\u3000\""));
    m.put("person named with a narrow no-break space", base.replace("\"name\": \"นางสาวเฉลิมศรี กันยารอง\"", "\"name\": \"\u202F\""));
    m.put("level of zero-width joiners", base.replace("{\"level\": \"ดีมาก\"}", "{\"level\": \"\u200D\u200C\"}"));
    m.put("scale named with a line separator", base.replace("\"name\": \"คุณภาพ\"", "\"name\": \"\u2028\""));
    m.put("framework of no-break spaces", base.replace("\"framework\": \"national-strategy\"", "\"framework\": \"\u00A0\""));
    m.put("scale levels equal but for a space", base.replace("\"ดีมาก\", \"ดีเยี่ยม\"]", "\"ดีมาก\", \"ดี มาก\"]"));
    String budget = "\"budget\": 121940";
    m.put("money string -0", base.replace(budget, "\"budget\": \"-0\""));
    m.put("money string -0.00", base.replace(budget, "\"budget\": \"-0.00\""));
    m.put("money string -0.01", base.replace(budget, "\"budget\": \"-0.01\""));
    m.put("money number -0", base.replace(budget, "\"budget\": -0"));
    m.put("money string with zero decimals beyond the satang", base.replace(budget, "\"budget\": \"121940.5000\""));
    m.put("money string with a satang fraction", base.replace(budget, "\"budget\": \"121940.005\""));
    m.put("money string at the maximum", base.replace(budget, "\"budget\": \"1000000000000000.00\""));
    m.put("money string above the maximum", base.replace(budget, "\"budget\": \"1000000000000000.01\""));
    m.put("money string with leading zeros", base.replace(budget, "\"budget\": \"000121940\""));
    m.put("money string of 31 digits", base.replace(budget, "\"budget\": \"0" + "0".repeat(24) + "121940\""));
    m.put("money number at the maximum", base.replace(budget, "\"budget\": 1000000000000000"));
    m.put("money number above the maximum", base.replace(budget, "\"budget\": 1000000000000000.01"));
    m.put("money number with a satang fraction", base.replace(budget, "\"budget\": 121940.001"));
    m.put("money number 1e30", base.replace(budget, "\"budget\": 1e30"));
    m.put("money number 1e-400", base.replace(budget, "\"budget\": 1e-400"));
    String value = "{\"number\": 80}";
    m.put("value 1e30", base.replace(value, "{\"number\": 1e30}"));
    m.put("value -1e30", base.replace(value, "{\"number\": -1e30}"));
    m.put("value 999999999999999999999999999999", base.replace(value, "{\"number\": 999999999999999999999999999999}"));
    m.put("value 1e-400", base.replace(value, "{\"number\": 1e-400}"));
    m.put("value 1e-30", base.replace(value, "{\"number\": 1e-30}"));
    m.put("value 1e-31", base.replace(value, "{\"number\": 1e-31}"));
    m.put("upper bound 1e30", base.replace("\"comparison\": \"AT_LEAST\"}", "\"comparison\": \"BETWEEN\", \"upperBound\": 1e30}"));
    m.put("number written with 31 zero decimals", base.replace(value, "{\"number\": 80." + "0".repeat(31) + "}"));
    m.put("number zero written 0e40", base.replace(value, "{\"number\": 0e40}"));
    m.put("number of 101 characters", base.replace(value, "{\"number\": 80." + "0".repeat(98) + "}"));
    m.put("target year key with a leading zero", base.replace("\"targets\": {\"2565\"", "\"targets\": {\"02565\""));
    m.put("target year key 1999", base.replace("\"targets\": {\"2565\"", "\"targets\": {\"1999\""));
    m.put("target year key 3000", base.replace("\"targets\": {\"2565\"", "\"targets\": {\"3000\""));
    m.put("stated project count above an int", base.replace("\"projectCount\": 1", "\"projectCount\": 3000000000"));
    // The strategy's guidelines array is 4 deep; each guideline with children two more.
    m.put("nesting 66 deep", base.replace("\"indicators\": [{", "\"guidelines\": ["
        + "{\"text\": \"a\", \"children\": [".repeat(31) + "]}".repeat(31) + "], \"indicators\": [{"));
    m.put("nesting 64 deep", base.replace("\"indicators\": [{", "\"guidelines\": ["
        + "{\"text\": \"a\", \"children\": [".repeat(30) + "]}".repeat(30) + "], \"indicators\": [{"));
    m.putAll(CascadeJsonTest.derived(base));
    return m;
  }

  private static final PlanJson READER = PlanJson.strict();
  /** A plain parser, as a validator's user has: numbers as exact decimals, as JSON Schema compares them. */
  private static final JsonMapper PLAIN = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  static Schema schema() throws IOException {
    String text;
    try (InputStream in = PlanJson.schema()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaRegistryConfig(config));
    return registry.getSchema(text, InputFormat.JSON);
  }

  /** Whether the schema accepts the bytes: they must parse as JSON, and the value be valid. */
  private static String schemaVerdict(Schema schema, byte[] bytes) {
    JsonNode node;
    try {
      node = PLAIN.readTree(bytes);
    } catch (JacksonException e) {
      return "not JSON: " + e.getOriginalMessage();
    }
    if (node == null || node.isMissingNode()) {
      return "not JSON: empty";
    }
    List<Error> errors;
    try {
      errors = schema.validate(node);
    } catch (RuntimeException e) {
      // The validator cannot read 1e400 as an integer (a year): it throws rather than say no.
      return "the validator fails: " + e.getMessage();
    }
    return errors.isEmpty() ? null : errors.get(0).toString();
  }

  private static String readerVerdict(byte[] bytes) {
    try {
      READER.read(bytes);
      return null;
    } catch (PlanFormatException e) {
      return e.getMessage();
    }
  }

  private static Map<String, byte[]> documents() throws IOException, URISyntaxException {
    Map<String, byte[]> docs = new TreeMap<>();
    Path hostile = Path.of(PlanSchemaAgreementTest.class.getResource("/hostile/").toURI());
    try (Stream<Path> files = Files.list(hostile)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (f.getFileName().toString().endsWith(".json") && !f.getFileName().toString().equals("expected.json")) {
          docs.put(f.getFileName().toString(), Files.readAllBytes(f));
        }
      }
    }
    try (Stream<Path> files = Files.list(StreamingPlanReaderEquivalenceTest.REAL_PLANS)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        docs.put("plans/" + f.getFileName(), Files.readAllBytes(f));
      }
    }
    derived().forEach((name, text) -> docs.put(name, text.getBytes(StandardCharsets.UTF_8)));
    return docs;
  }

  @Test
  void theSchemaAcceptsExactlyWhatTheStrictReaderReads() throws Exception {
    Schema schema = schema();
    Map<String, byte[]> docs = documents();
    assertTrue(docs.size() > 150, "the corpus is missing: " + docs.size());
    List<String> disagree = new ArrayList<>();
    List<String> agreeingExceptions = new ArrayList<>();
    for (Map.Entry<String, byte[]> doc : docs.entrySet()) {
      String bySchema = schemaVerdict(schema, doc.getValue());
      String byReader = readerVerdict(doc.getValue());
      boolean differ = (bySchema == null) != (byReader == null);
      if (differ && !EXCEPTIONS.containsKey(doc.getKey())) {
        disagree.add(doc.getKey() + ": schema " + (bySchema == null ? "accepts" : "refuses (" + bySchema + ")")
            + ", reader " + (byReader == null ? "reads it" : "refuses (" + byReader + ")"));
      }
      if (!differ && EXCEPTIONS.containsKey(doc.getKey())) {
        agreeingExceptions.add(doc.getKey());
      }
    }
    assertEquals(List.of(), disagree, "judged differently by plan.schema.json and PlanJson.strict():\n"
        + String.join("\n", disagree));
    assertEquals(List.of(), agreeingExceptions, "listed as exceptions but judged alike");
    assertTrue(docs.keySet().containsAll(EXCEPTIONS.keySet()), "an exception names no document");
  }

  @Test
  void everyBundledPlanIsValidAndEveryWrittenPlanToo() throws Exception {
    Schema schema = schema();
    try (Stream<Path> files = Files.list(StreamingPlanReaderEquivalenceTest.REAL_PLANS)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        byte[] bytes = Files.readAllBytes(f);
        assertEquals(null, schemaVerdict(schema, bytes), f.toString());
        byte[] written = READER.write(READER.read(bytes)).getBytes(StandardCharsets.UTF_8);
        assertEquals(null, schemaVerdict(schema, written), "written " + f);
      }
    }
  }
}
