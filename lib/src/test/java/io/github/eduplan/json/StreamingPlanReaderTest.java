package io.github.eduplan.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Suppliers;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.StrategicPlan;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fast reader on its own: it reads every property of every object of the format, and refuses
 * (returns empty, for databind to read or report) every construct it does not read exactly as
 * databind does. The refusals are checked one by one, at every place of a document that has every
 * property, so that a reader that refused too little would be caught here and not only by chance
 * in a property test.
 */
class StreamingPlanReaderTest {
  /** A document with every property of every object of the format, each in its written form. */
  static final String FULL = """
      {
        "office": {"name": "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2", "shortName": "สพป.ตาก เขต 2",
                   "code": "6302", "mentions": [{"where": "คำนำ", "name": "สพป.ตาก เขต ๒"}]},
        "kind": "ACTION_PLAN",
        "title": "แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ.2565",
        "period": {"first": 2565, "last": 2567},
        "revision": "ฉบับปรับปรุง พ.ศ. ๒๕๖๔",
        "revisionDate": "2021-10-01",
        "approvalDate": "2022-03-16",
        "vision": "ผู้เรียนมีคุณภาพ 😀",
        "missions": [{"number": "1", "text": "จัดการศึกษาให้ผู้เรียนมีคุณภาพ"}],
        "goals": [{"number": "1", "text": "ผู้เรียนมีคุณภาพ",
                   "alignment": [{"framework": "obec-policy", "edition": "2565", "item": "1", "evidence": "NUMBERED_REFERENCE"}]}],
        "strategies": [{
          "number": "1",
          "title": "ส่งเสริมการจัดการศึกษาให้ผู้เรียนมีความปลอดภัย",
          "goals": [{"number": "1.1", "text": "ผู้เรียนปลอดภัย", "alignment": []}],
          "guidelines": [{"number": "1", "text": "พัฒนาระบบ",
                          "children": [{"number": "1.1", "text": "จัดทำแผน", "children": []}]}],
          "indicators": [{
            "code": "1.",
            "text": "ร้อยละของผู้เรียนที่เข้าร่วมกิจกรรม",
            "unit": "ร้อยละ",
            "measureKind": "PERCENTAGE",
            "direction": "INCREASE",
            "baselines": [{"year": 2562, "basis": "FISCAL", "value": {"number": 80.50}},
                          {"year": 2563, "value": {"notAvailable": "(N/A)"}}],
            "targets": {"2565": {"value": {"number": 85}, "comparison": "AT_LEAST", "asWritten": "ร้อยละ ๘๕"},
                        "2566": {"value": {"number": 1.5E+2}, "comparison": "BETWEEN", "upperBound": 200},
                        "2567": {"value": {"notAvailable": "N/A"}}},
            "targetInText": {"value": {"number": 80}},
            "goal": "1",
            "guideline": "1.1",
            "responsibleUnits": ["กลุ่มนิเทศติดตามและประเมินผล"],
            "components": [{"text": "ระดับประถม", "measureKind": "QUANTITY", "direction": "MAINTAIN",
                            "targets": {"2565": {"value": {"yesNo": true}}}},
                           {"text": "ระดับมัธยม", "measureKind": "TEXT", "direction": "CLOSER_TO_TARGET",
                            "baselines": [{"year": 2564, "value": {"yesNo": false}}],
                            "targets": {"2566": {"value": {"text": "3 : 2"}}}}],
            "alignment": [{"framework": "national-strategy", "item": "3", "evidence": "MATRIX"}],
            "note": "อ่านจากตาราง"
          }, {
            "text": "ระดับคุณภาพของสถานศึกษา",
            "measureKind": "ORDINAL",
            "direction": "INCREASE",
            "scale": {"name": "คุณภาพ", "levels": ["ปรับปรุง", "พอใช้", "ดี", "ดีมาก", "ดีเยี่ยม"]},
            "targets": {"2565": {"value": {"level": "ดีมาก"}, "comparison": "AT_MOST"}}
          }],
          "alignment": [{"framework": "master-plan", "item": "10", "evidence": "PROSE"}]
        }],
        "projects": [{
          "number": "1",
          "title": "การจัดงานวันสำคัญทางลูกเสือ เนตรนารี และยุวกาชาด",
          "program": "พื้นฐานด้านการพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์",
          "strategy": "1",
          "objectives": ["เพื่อส่งเสริมกิจกรรมลูกเสือ", ""],
          "quantitativeTargets": ["ลูกเสือ 100 คน"],
          "qualitativeTargets": ["ลูกเสือมีวินัย"],
          "successIndicators": ["ร้อยละ 80"],
          "budget": 121940.50,
          "quarterlyPlan": {"q1": 24090, "q2": 22400.5, "q3": 0, "q4": 75450.00},
          "activeQuarters": [4, 1, 2, 1],
          "period": "ตุลาคม 2564 – กันยายน 2565",
          "responsiblePeople": [{"name": "นางสาวเฉลิมศรี กันยารอง", "position": "ศึกษานิเทศก์"}, {"name": "นายสมชาย"}],
          "group": "กลุ่มส่งเสริมการจัดการศึกษา",
          "budgetSource": "งบดำเนินงาน",
          "alignment": [{"framework": "national-strategy", "item": "3", "evidence": "MATRIX"}]
        }],
        "statedTotals": [{"scope": "PLAN", "amount": 121940.5, "projectCount": 1, "label": "รวมงบประมาณ"},
                         {"scope": "STRATEGY", "key": "1", "amount": 0}],
        "alignment": [{"framework": "obec-policy", "evidence": "PROSE"}],
        "source": "003_e075551c6069febd.txt"
      }
      """;

  private static final JsonMapper TREES = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  /** The fast reader on bytes, told whether they hold a backslash as {@link PlanJson} tells it. */
  static Optional<StrategicPlan> fastBytes(PlanJson json, byte[] bytes, int offset, int length) {
    int scan = DocumentText.scan(bytes, offset, offset + length);
    assertTrue(scan != DocumentText.MALFORMED, "not well-formed UTF-8");
    return json.fastReader().read(bytes, offset, length, scan == DocumentText.BACKSLASH);
  }

  private static Optional<StrategicPlan> fast(PlanJson json, String document) {
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    Optional<StrategicPlan> fromBytes = fastBytes(json, bytes, 0, bytes.length);
    assertEquals(fromBytes, json.fastReader().read(document), "bytes and text read differently");
    return fromBytes;
  }

  private static Optional<StrategicPlan> fast(String document) {
    return fast(PlanJson.strict(), document);
  }

  private static StrategicPlan slow(String document) {
    return PlanJson.strict().parse(document);
  }

  @Test
  void theDocumentWithEveryPropertyIsReadFastAsDatabindReadsIt() {
    StrategicPlan slow = slow(FULL);
    assertEquals(Optional.of(slow), fast(FULL));
    assertEquals(Optional.of(slow), fast(PlanJson.lenient(), FULL));
    // Every property took part: the plan written back has them all.
    assertEquals(TREES.readTree(PlanJson.strict().write(slow)).toString().length(),
        TREES.readTree(PlanJson.strict().write(fast(FULL).orElseThrow())).toString().length());
    assertTrue(PlanJson.strict().write(slow).contains("\"note\""), "the document lost a property");
  }

  @Test
  void anEmptyPlanWithOnlyTheRequiredPropertiesIsReadFast() {
    String minimal = "{\"office\": {\"name\": \"สพป.ตาก เขต 2\"}, \"kind\": \"OTHER\", \"period\": {\"first\": 2565, \"last\": 2565}}";
    assertEquals(Optional.of(slow(minimal)), fast(minimal));
  }

  @Test
  void whitespaceAfterTheDocumentIsRead() {
    assertEquals(Optional.of(slow(FULL)), fast(FULL + " \n\t\r\n"));
  }

  @Test
  void aPlanFromALimitedReaderIsReadFastWithinItsLimits() {
    PlanJson limited = PlanJson.builder()
        .limits(PlanJson.DEFAULT_LIMITS.rebuild().maxNestingDepth(12).maxTokenCount(2_000).build()).build();
    assertEquals(Optional.of(slow(FULL)), fast(limited, FULL));
  }

  /** One change of the full document and what the fast reader must do with it. */
  record Variant(String description, String document) {
    @Override
    public String toString() {
      return description;
    }
  }

  /**
   * Every property of every object of the full document, given as the object and the property;
   * the targets map's keys count as properties of the targets object.
   */
  private static List<Map.Entry<JsonNode, String>> places(JsonNode root) {
    List<Map.Entry<JsonNode, String>> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(JsonNode node, List<Map.Entry<JsonNode, String>> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        out.add(Map.entry(node, e.getKey()));
        collect(e.getValue(), out);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        collect(element, out);
      }
    }
  }

  /** Renders a tree compactly, with one property of one object rendered by {@code change}. */
  private static String render(JsonNode node, JsonNode object, String property, Change change) {
    StringBuilder sb = new StringBuilder();
    render(node, object, property, change, sb);
    return sb.toString();
  }

  interface Change {
    /** Appends the changed property (name, colon and value, or nothing) to {@code sb}. */
    void append(String name, JsonNode value, StringBuilder sb);
  }

  private static void render(JsonNode node, JsonNode object, String property, Change change, StringBuilder sb) {
    if (node.isObject()) {
      sb.append('{');
      int before = sb.length();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        int start = sb.length();
        if (start > before) {
          sb.append(',');
        }
        int at = sb.length();
        if (node == object && e.getKey().equals(property)) {
          change.append(e.getKey(), e.getValue(), sb);
          if (sb.length() == at && at > before) {
            sb.setLength(start);
          }
        } else {
          sb.append(TREES.writeValueAsString(e.getKey())).append(':');
          render(e.getValue(), object, property, change, sb);
        }
      }
      if (sb.length() > before && sb.charAt(before) == ',') {
        sb.deleteCharAt(before);
      }
      sb.append('}');
    } else if (node.isArray()) {
      sb.append('[');
      boolean first = true;
      for (JsonNode element : node) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        render(element, object, property, change, sb);
      }
      sb.append(']');
    } else {
      sb.append(TREES.writeValueAsString(node));
    }
  }

  private static String plain(JsonNode node) {
    StringBuilder sb = new StringBuilder();
    render(node, null, null, null, sb);
    return sb.toString();
  }

  private static Change with(String json) {
    return (name, value, sb) -> sb.append(TREES.writeValueAsString(name)).append(':').append(json);
  }

  /**
   * The variants, made once per JVM: JUnit asks a method source again for every run of its test,
   * and PIT runs one invocation at a time, so rendering them anew would cost seconds per mutant.
   */
  private static final Supplier<List<Variant>> REFUSED_EVERYWHERE =
      Suppliers.memoize(StreamingPlanReaderTest::makeRefusedEverywhere);
  private static final Supplier<List<Variant>> WITHOUT_ONE_PROPERTY =
      Suppliers.memoize(StreamingPlanReaderTest::makeWithoutOneProperty);

  /** Changes that no document of the format may have at any place: the fast reader refuses them. */
  static Stream<Variant> refusedEverywhere() {
    return REFUSED_EVERYWHERE.get().stream();
  }

  private static List<Variant> makeRefusedEverywhere() {
    JsonNode root = TREES.readTree(FULL);
    List<Variant> out = new ArrayList<>();
    Map<JsonNode, Boolean> unknownAdded = new IdentityHashMap<>();
    for (Map.Entry<JsonNode, String> place : places(root)) {
      JsonNode object = place.getKey();
      String name = place.getValue();
      JsonNode value = object.get(name);
      String where = name + " in " + abbreviate(plain(object));
      out.add(new Variant("null for " + where, render(root, object, name, with("null"))));
      out.add(new Variant("twice " + where, render(root, object, name,
          (n, v, sb) -> sb.append(TREES.writeValueAsString(n)).append(':').append(plain(v)).append(',')
              .append(TREES.writeValueAsString(n)).append(':').append(plain(v)))));
      if (unknownAdded.put(object, true) == null) {
        out.add(new Variant("an unknown property next to " + where, render(root, object, name,
            (n, v, sb) -> sb.append("\"unknown\":1,").append(TREES.writeValueAsString(n)).append(':').append(plain(v)))));
        out.add(new Variant("a differently cased property next to " + where, render(root, object, name,
            (n, v, sb) -> sb.append(TREES.writeValueAsString(n.toUpperCase(java.util.Locale.ROOT))).append(":1,")
                .append(TREES.writeValueAsString(n)).append(':').append(plain(v)))));
      }
      if (value.isString()) {
        out.add(new Variant("a number for " + where, render(root, object, name, with("1"))));
        out.add(new Variant("an array for " + where, render(root, object, name, with("[" + plain(value) + "]"))));
      } else if (value.isNumber()) {
        out.add(new Variant("a string for " + where, render(root, object, name, with("\"" + value.asString() + "\""))));
        out.add(new Variant("an array for " + where, render(root, object, name, with("[" + plain(value) + "]"))));
        out.add(new Variant("a boolean for " + where, render(root, object, name, with("true"))));
      } else if (value.isBoolean()) {
        out.add(new Variant("a string for " + where, render(root, object, name, with("\"" + value.asString() + "\""))));
        out.add(new Variant("a number for " + where, render(root, object, name, with("1"))));
      } else if (value.isObject()) {
        out.add(new Variant("an array for " + where, render(root, object, name, with("[" + plain(value) + "]"))));
        out.add(new Variant("an empty array for " + where, render(root, object, name, with("[]"))));
        out.add(new Variant("a string for " + where, render(root, object, name, with("\"x\""))));
        out.add(new Variant("a number for " + where, render(root, object, name, with("1"))));
      } else {
        out.add(new Variant("an object for " + where, render(root, object, name, with("{}"))));
        out.add(new Variant("a string for " + where, render(root, object, name, with("\"x\""))));
        out.add(new Variant("a null element in " + where, render(root, object, name, with("[null]"))));
        out.add(new Variant("a nested array in " + where, render(root, object, name, with("[[]]"))));
      }
    }
    return List.copyOf(out);
  }

  private static String abbreviate(String json) {
    return json.length() <= 60 ? json : json.substring(0, 57) + "...";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedEverywhere")
  void anOddConstructAnywhereIsRefused(Variant variant) {
    assertEquals(Optional.empty(), fast(variant.document()), variant.document());
    assertEquals(Optional.empty(), fast(PlanJson.lenient(), variant.document()), "lenient: " + variant.document());
  }

  /** Each property left out: the fast reader reads what databind reads, and refuses the rest. */
  static Stream<Variant> withoutOneProperty() {
    return WITHOUT_ONE_PROPERTY.get().stream();
  }

  private static List<Variant> makeWithoutOneProperty() {
    JsonNode root = TREES.readTree(FULL);
    return places(root).stream().map(place -> new Variant(
        "without " + place.getValue() + " in " + abbreviate(plain(place.getKey())),
        render(root, place.getKey(), place.getValue(), (n, v, sb) -> { })))
        .collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("withoutOneProperty")
  void aPropertyLeftOutIsReadAsDatabindReadsItOrRefused(Variant variant) {
    Optional<StrategicPlan> fast = fast(variant.document());
    try {
      assertEquals(Optional.of(slow(variant.document())), fast, variant.document());
    } catch (PlanFormatException e) {
      assertEquals(Optional.empty(), fast, e.getMessage());
    }
  }

  static Stream<Arguments> replacedValues() {
    return Stream.of(
        Arguments.of("a fiscal-year key with a leading zero", "\"2565\": {\"value\": {\"number\": 85}", "\"02565\": {\"value\": {\"number\": 85}"),
        Arguments.of("a fiscal-year key in Thai digits", "\"2565\": {\"value\": {\"number\": 85}", "\"๒๕๖๕\": {\"value\": {\"number\": 85}"),
        Arguments.of("an empty fiscal-year key", "\"2565\": {\"value\": {\"number\": 85}", "\"\": {\"value\": {\"number\": 85}"),
        Arguments.of("a six-digit fiscal-year key", "\"2565\": {\"value\": {\"number\": 85}", "\"256500\": {\"value\": {\"number\": 85}"),
        Arguments.of("a fiscal-year key out of range", "\"2565\": {\"value\": {\"number\": 85}", "\"9999\": {\"value\": {\"number\": 85}"),
        Arguments.of("a fiscal-year key with a sign", "\"2565\": {\"value\": {\"number\": 85}", "\"+2565\": {\"value\": {\"number\": 85}"),
        Arguments.of("the same fiscal year twice", "\"2567\": {\"value\": {\"notAvailable\": \"N/A\"}}", "\"2565\": {\"value\": {\"notAvailable\": \"N/A\"}}"),
        Arguments.of("a lone surrogate first in a text", "\"vision\": \"ผู้เรียน", "\"vision\": \"\\ud800ผู้เรียน"),
        Arguments.of("a lone surrogate inside a text", "\"vision\": \"ผู้เรียน", "\"vision\": \"ผู้\\udc00เรียน"),
        Arguments.of("a high surrogate last in a text", "\"vision\": \"ผู้เรียนมีคุณภาพ 😀\"", "\"vision\": \"ผู้เรียน\\ud800\""),
        Arguments.of("a low surrogate before a high one", "\"vision\": \"ผู้เรียน", "\"vision\": \"\\udc00\\ud800ผู้เรียน"),
        Arguments.of("a lone surrogate in a list", "[\"เพื่อส่งเสริม", "[\"\\ud83dเพื่อส่งเสริม"),
        Arguments.of("a float year", "\"first\": 2565", "\"first\": 2565.0"),
        Arguments.of("a year beyond int", "\"first\": 2565", "\"first\": 3000000000"),
        Arguments.of("a baseline year beyond int", "\"year\": 2562", "\"year\": 25620000000"),
        Arguments.of("a baseline year out of range", "\"year\": 2562", "\"year\": 2022"),
        Arguments.of("a fiscal year out of range", "\"last\": 2567", "\"last\": 3000"),
        Arguments.of("a quarter out of range", "[4, 1, 2, 1]", "[4, 1, 5]"),
        Arguments.of("quarter zero", "[4, 1, 2, 1]", "[0]"),
        Arguments.of("a float quarter", "[4, 1, 2, 1]", "[1.0]"),
        Arguments.of("money with three decimals", "\"budget\": 121940.50", "\"budget\": 121940.505"),
        Arguments.of("money with 31 decimals", "\"budget\": 121940.50", "\"budget\": 121940." + "0".repeat(31)),
        Arguments.of("negative money", "\"budget\": 121940.50", "\"budget\": -1"),
        Arguments.of("money above the maximum", "\"budget\": 121940.50", "\"budget\": 1e16"),
        Arguments.of("money as a string", "\"budget\": 121940.50", "\"budget\": \"121940.50\""),
        Arguments.of("a value with 31 decimals", "{\"number\": 80.50}", "{\"number\": 0." + "1".repeat(31) + "}"),
        Arguments.of("a value with 31 digits", "{\"number\": 80.50}", "{\"number\": 1" + "0".repeat(30) + "}"),
        Arguments.of("an upper bound with 31 digits", "\"upperBound\": 200", "\"upperBound\": 1" + "0".repeat(30)),
        Arguments.of("an exponent too large", "{\"number\": 80.50}", "{\"number\": 1e400}"),
        Arguments.of("a negative count", "\"projectCount\": 1", "\"projectCount\": -1"),
        Arguments.of("a count beyond int", "\"projectCount\": 1", "\"projectCount\": 2147483648"),
        Arguments.of("a value of two kinds", "{\"number\": 80.50}", "{\"number\": 80.50, \"text\": \"x\"}"),
        Arguments.of("a value of one kind twice", "{\"number\": 80.50}", "{\"number\": 80.50, \"number\": 80.50}"),
        Arguments.of("a value of no kind", "{\"number\": 80.50}", "{}"),
        Arguments.of("a value of an unknown kind", "{\"number\": 80.50}", "{\"percent\": 80.50}"),
        Arguments.of("a value as a number", "{\"number\": 80.50}", "80.50"),
        Arguments.of("a number as a string", "{\"number\": 80.50}", "{\"number\": \"80.50\"}"),
        Arguments.of("yes as a string", "{\"yesNo\": true}", "{\"yesNo\": \"true\"}"),
        Arguments.of("yes as a number", "{\"yesNo\": true}", "{\"yesNo\": 1}"),
        Arguments.of("a level as a number", "{\"level\": \"ดีมาก\"}", "{\"level\": 4}"),
        Arguments.of("a blank level", "{\"level\": \"ดีมาก\"}", "{\"level\": \" \"}"),
        Arguments.of("a text as a number", "{\"text\": \"3 : 2\"}", "{\"text\": 3}"),
        Arguments.of("not available as a boolean", "{\"notAvailable\": \"(N/A)\"}", "{\"notAvailable\": false}"),
        Arguments.of("a blank unit", "\"unit\": \"ร้อยละ\"", "\"unit\": \"\""),
        Arguments.of("a blank office name", "\"name\": \"สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2\"", "\"name\": \" \""),
        Arguments.of("an enum in lower case", "\"kind\": \"ACTION_PLAN\"", "\"kind\": \"action_plan\""),
        Arguments.of("an unknown enum", "\"measureKind\": \"PERCENTAGE\"", "\"measureKind\": \"PERCENT\""),
        Arguments.of("an enum with a space", "\"direction\": \"INCREASE\"", "\"direction\": \"INCREASE \""),
        Arguments.of("an unknown comparison", "\"comparison\": \"AT_LEAST\"", "\"comparison\": \"GREATER\""),
        Arguments.of("a comparison on a yes-no value", "{\"yesNo\": true}}", "{\"yesNo\": true}, \"comparison\": \"EQUAL\"}"),
        Arguments.of("BETWEEN without an upper bound", ", \"upperBound\": 200", ""),
        Arguments.of("BETWEEN below its lower bound", "\"upperBound\": 200", "\"upperBound\": 100"),
        Arguments.of("an upper bound without BETWEEN", "\"comparison\": \"BETWEEN\", ", ""),
        Arguments.of("a date that does not exist", "\"approvalDate\": \"2022-03-16\"", "\"approvalDate\": \"2022-02-30\""),
        Arguments.of("a date without leading zeros", "\"approvalDate\": \"2022-03-16\"", "\"approvalDate\": \"2022-3-16\""),
        Arguments.of("a date with a time", "\"revisionDate\": \"2021-10-01\"", "\"revisionDate\": \"2021-10-01T00:00\""),
        Arguments.of("a range without its last year", ", \"last\": 2567", ""),
        Arguments.of("a range without its first year", "\"first\": 2565, ", ""),
        Arguments.of("a range with a third year", "\"last\": 2567", "\"last\": 2567, \"first\": 2565"),
        Arguments.of("a scale of one level", "[\"ปรับปรุง\", \"พอใช้\", \"ดี\", \"ดีมาก\", \"ดีเยี่ยม\"]", "[\"ดี\"]"),
        Arguments.of("a plan total with a key", "\"scope\": \"PLAN\",", "\"scope\": \"PLAN\", \"key\": \"1\","),
        Arguments.of("a strategy total without a key", "\"key\": \"1\", ", ""),
        Arguments.of("a quarterly plan without q4", ", \"q4\": 75450.00", ""),
        Arguments.of("a quarter named q5", "\"q4\": 75450.00", "\"q5\": 75450.00"),
        Arguments.of("a number with a leading zero", "\"projectCount\": 1", "\"projectCount\": 01"),
        Arguments.of("NaN", "{\"number\": 80.50}", "{\"number\": NaN}"),
        Arguments.of("a Thai digit for a number", "\"projectCount\": 1", "\"projectCount\": ๑"),
        Arguments.of("a type hint", "\"kind\": \"ACTION_PLAN\"", "\"@class\": \"java.lang.Runtime\", \"kind\": \"ACTION_PLAN\""),
        Arguments.of("a trailing comma", "\"source\": \"003_e075551c6069febd.txt\"", "\"source\": \"003_e075551c6069febd.txt\","),
        Arguments.of("a comment", "\"kind\": \"ACTION_PLAN\"", "/* x */ \"kind\": \"ACTION_PLAN\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("replacedValues")
  void aValueTheFormatDoesNotHaveIsRefused(String description, String from, String to) {
    assertTrue(FULL.contains(from), from);
    String document = FULL.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    assertEquals(Optional.empty(), fast(document), document);
    assertEquals(Optional.empty(), fast(PlanJson.lenient(), document), "lenient");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "null", "[]", "1", "\"plan\"", "{}", "{\"office\": {\"name\": \"x\"}}"})
  void aDocumentThatIsNoPlanIsRefused(String document) {
    assertEquals(Optional.empty(), fast(document));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "[]", "1", "null", "x", "{\"office\": {}}", ","})
  void contentAfterThePlanIsRefused(String trailing) {
    assertEquals(Optional.empty(), fast(FULL + trailing));
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 50, 500, 1_000, 2_000})
  void aDocumentCutShortIsRefused(int cut) {
    assertEquals(Optional.empty(), fast(FULL.substring(0, FULL.length() - cut)));
  }

  /** Forms that databind reads and the fast reader reads the same way. */
  static Stream<Arguments> equivalentForms() {
    return Stream.of(
        Arguments.of("an exponent in money", "\"budget\": 121940.50", "\"budget\": 1.2194050E5"),
        Arguments.of("money with 30 decimal zeros", "\"budget\": 121940.50", "\"budget\": 121940." + "0".repeat(30)),
        Arguments.of("a value with 30 decimals", "{\"number\": 80.50}", "{\"number\": 0." + "1".repeat(30) + "}"),
        Arguments.of("a value with 30 digits", "{\"number\": 80.50}", "{\"number\": " + "9".repeat(30) + "}"),
        Arguments.of("a negative value", "{\"number\": 80.50}", "{\"number\": -0.5}"),
        Arguments.of("minus zero as a count", "\"projectCount\": 1", "\"projectCount\": -0"),
        Arguments.of("the lowest fiscal year", "\"first\": 2565", "\"first\": 2400"),
        Arguments.of("the highest fiscal year key", "\"2567\": {", "\"2999\": {"),
        Arguments.of("a five-digit year key", "\"2567\": {", "\"2999\": {"),
        Arguments.of("the last surrogate pair escaped", "\"vision\": \"ผู้เรียน", "\"vision\": \"\\udbff\\udfffผู้เรียน"),
        Arguments.of("a surrogate pair escaped", "\"vision\": \"ผู้เรียน", "\"vision\": \"\\ud83d\\ude00ผู้เรียน"),
        Arguments.of("escapes in a text", "\"vision\": \"ผู้เรียน", "\"vision\": \"\\u0e1c\\n\\t\\\"\\\\\\/"),
        Arguments.of("an escaped NUL", "\"vision\": \"ผู้เรียน", "\"vision\": \"\\u0000"),
        Arguments.of("a period running backwards", "\"last\": 2567", "\"last\": 2564"),
        Arguments.of("a quarter listed twice", "[4, 1, 2, 1]", "[1, 1]"),
        Arguments.of("spaces in a level", "{\"level\": \"ดีมาก\"}", "{\"level\": \" ดีมาก \"}"),
        Arguments.of("a not-available mark that is empty", "{\"notAvailable\": \"(N/A)\"}", "{\"notAvailable\": \"\"}"),
        Arguments.of("the properties in another order", "\"kind\": \"ACTION_PLAN\",\n  \"title\": \"แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ.2565\",",
            "\"title\": \"แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ.2565\", \"kind\": \"ACTION_PLAN\","),
        Arguments.of("empty lists everywhere", "\"missions\": [{\"number\": \"1\", \"text\": \"จัดการศึกษาให้ผู้เรียนมีคุณภาพ\"}]", "\"missions\": []"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("equivalentForms")
  void aFormDatabindReadsIsReadTheSameWay(String description, String from, String to) {
    assertTrue(FULL.contains(from), from);
    String document = FULL.replace(from, to);
    assertEquals(Optional.of(slow(document)), fast(document), document);
  }

  static Stream<Arguments> scales() {
    String quality = "\"name\": \"ระดับคุณภาพ\", \"levels\": [\"ปรับปรุง\", \"พอใช้\", \"ดี\", \"ดีมาก\", \"ดีเยี่ยม\"]";
    return Stream.of(
        Arguments.of(quality, Optional.of(OrdinalScale.QUALITY)),
        Arguments.of("\"levels\": [\"1\", \"2\", \"3\", \"4\", \"5\"], \"name\": \"ระดับ 1-5\"", Optional.of(OrdinalScale.LEVELS_1_TO_5)),
        Arguments.of(quality.replace("ระดับคุณภาพ", "คุณภาพ"), Optional.empty()),
        Arguments.of(quality.replace(", \"ดีเยี่ยม\"", ""), Optional.empty()),
        Arguments.of("\"name\": \"ระดับ 1-5\", \"levels\": [\"1\", \"2\", \"3\"]", Optional.empty()));
  }

  @ParameterizedTest
  @MethodSource("scales")
  void aWellKnownScaleIsSharedAndAnyOtherBuilt(String properties, Optional<OrdinalScale> shared) {
    String document = FULL.replace(
        "\"name\": \"คุณภาพ\", \"levels\": [\"ปรับปรุง\", \"พอใช้\", \"ดี\", \"ดีมาก\", \"ดีเยี่ยม\"]", properties);
    StrategicPlan plan = fast(document).orElseThrow();
    assertEquals(slow(document), plan);
    OrdinalScale scale = plan.strategies().get(0).indicators().get(1).scale().orElseThrow();
    shared.ifPresentOrElse(known -> assertSame(known, scale),
        () -> assertTrue(scale != OrdinalScale.QUALITY && scale != OrdinalScale.LEVELS_1_TO_5, scale.toString()));
  }

  @Test
  void numbersKeepTheirScaleAndMoneyHasTwoDecimals() {
    StrategicPlan plan = fast(FULL).orElseThrow();
    assertEquals(IndicatorValue.number(new BigDecimal("80.50")), plan.strategies().get(0).indicators().get(0).baselines().get(0).value());
    assertEquals(Baht.of(new BigDecimal("121940.50")), plan.projects().get(0).budget().orElseThrow());
    assertEquals(2, plan.projects().get(0).budget().orElseThrow().amount().scale());
  }

  static Stream<StreamReadConstraints> limitsTheFullDocumentBreaks() {
    return Stream.of(
        PlanJson.DEFAULT_LIMITS.rebuild().maxTokenCount(200).build(),
        PlanJson.DEFAULT_LIMITS.rebuild().maxNestingDepth(4).build(),
        PlanJson.DEFAULT_LIMITS.rebuild().maxStringLength(20).build(),
        PlanJson.DEFAULT_LIMITS.rebuild().maxNameLength(5).build(),
        PlanJson.DEFAULT_LIMITS.rebuild().maxNumberLength(3).build());
  }

  @ParameterizedTest
  @MethodSource("limitsTheFullDocumentBreaks")
  void aDocumentOverALimitIsRefusedAsDatabindRefusesIt(StreamReadConstraints limits) {
    PlanJson limited = PlanJson.builder().limits(limits).build();
    byte[] bytes = FULL.getBytes(StandardCharsets.UTF_8);
    assertEquals(Optional.empty(), fastBytes(limited, bytes, 0, bytes.length), "bytes");
    assertEquals(Optional.empty(), limited.fastReader().read(FULL), "text");
    assertThrows(PlanFormatException.class, () -> limited.read(FULL));
    assertThrows(PlanFormatException.class, () -> limited.read(new java.io.ByteArrayInputStream(bytes)));
  }

  @Test
  void theTokenLimitIsHeldExactlyWhetherTheDocumentIsLongerThanItOrNot() {
    String minimal = "{\"office\":{\"name\":\"abcdef\"},\"kind\":\"OTHER\",\"period\":{\"first\":2565,\"last\":2565}}";
    int tokens = 0;
    try (tools.jackson.core.JsonParser p = new tools.jackson.core.json.JsonFactory()
        .createParser(tools.jackson.core.ObjectReadContext.empty(), minimal)) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    byte[] bytes = minimal.getBytes(StandardCharsets.UTF_8);
    for (long limit : new long[] {tokens, tokens + 1, bytes.length - 1, bytes.length, bytes.length + 1}) {
      PlanJson within = PlanJson.builder().limits(PlanJson.DEFAULT_LIMITS.rebuild().maxTokenCount(limit).build()).build();
      assertEquals(Optional.of(slow(minimal)), fast(within, minimal), () -> "limit " + limit);
    }
    PlanJson below = PlanJson.builder().limits(PlanJson.DEFAULT_LIMITS.rebuild().maxTokenCount(tokens - 1).build()).build();
    assertEquals(Optional.empty(), fast(below, minimal));
    assertThrows(PlanFormatException.class, () -> below.read(bytes));
    assertThrows(PlanFormatException.class, () -> below.read(minimal));
  }

  @Test
  void aStringLimitIsHeldForShortTextsToo() {
    String minimal = "{\"office\": {\"name\": \"abcdef\"}, \"kind\": \"OTHER\", \"period\": {\"first\": 2565, \"last\": 2565}}";
    PlanJson atTheLongest = PlanJson.builder().limits(PlanJson.DEFAULT_LIMITS.rebuild().maxStringLength(6).build()).build();
    assertEquals(Optional.of(slow(minimal)), fast(atTheLongest, minimal));
    PlanJson belowIt = PlanJson.builder().limits(PlanJson.DEFAULT_LIMITS.rebuild().maxStringLength(5).build()).build();
    assertEquals(Optional.empty(), fast(belowIt, minimal));
    assertThrows(PlanFormatException.class, () -> belowIt.read(minimal));
  }

  /** A plan of two projects with the budget sources given as the text of JSON strings, escapes included. */
  private static String twoProjects(String first, String second) {
    return "{\"office\": {\"name\": \"สพป.ตาก เขต 2\"}, \"kind\": \"OTHER\", \"period\": {\"first\": 2565, \"last\": 2565},"
        + " \"projects\": [{\"number\": \"1\", \"title\": \"a\", \"budgetSource\": \"" + first + "\"},"
        + " {\"number\": \"2\", \"title\": \"b\", \"budgetSource\": \"" + second + "\"}]}";
  }

  private static List<String> budgetSources(String document) {
    StrategicPlan plan = fast(document).orElseThrow();
    assertEquals(slow(document), plan);
    return plan.projects().stream().map(p -> p.budgetSource().orElseThrow()).collect(java.util.stream.Collectors.toList());
  }

  @Test
  void anEqualShortTextIsSharedWithinADocument() {
    String text = "ง".repeat(SharedTexts.MAX_LENGTH);
    List<String> sources = budgetSources(twoProjects(text, text));
    assertSame(sources.get(0), sources.get(1));
    List<String> empty = budgetSources(twoProjects("", ""));
    assertSame(empty.get(0), empty.get(1));
  }

  @Test
  void aLongerTextIsNotShared() {
    String text = "ง".repeat(SharedTexts.MAX_LENGTH + 1);
    List<String> sources = budgetSources(twoProjects(text, text));
    assertEquals(sources.get(0), sources.get(1));
    assertTrue(sources.get(0) != sources.get(1), "a long text was shared");
  }

  @Test
  void textsWithTheSameHashAreKeptApart() {
    // "Aa" and "BB" have the same hash, so they meet in one slot of the table.
    assertEquals("Aa".hashCode(), "BB".hashCode());
    assertEquals(List.of("Aa", "BB"), budgetSources(twoProjects("Aa", "BB")));
    assertEquals(List.of("ab", "ba"), budgetSources(twoProjects("ab", "ba")));
    assertEquals(List.of("ab", "abc"), budgetSources(twoProjects("ab", "abc")));
  }

  /** A plan whose projects have these links, one project per list, each link a JSON object. */
  private static String projectsLinking(List<List<String>> links) {
    StringBuilder projects = new StringBuilder();
    for (int i = 0; i < links.size(); i++) {
      projects.append(i == 0 ? "" : ", ").append("{\"number\": \"").append(i + 1)
          .append("\", \"title\": \"t\", \"alignment\": [").append(String.join(", ", links.get(i))).append("]}");
    }
    return "{\"office\": {\"name\": \"สพป.ตาก เขต 2\"}, \"kind\": \"OTHER\", \"period\": {\"first\": 2565, \"last\": 2565},"
        + " \"projects\": [" + projects + "]}";
  }

  private static String link(String framework, String edition, String item, String evidence) {
    return "{\"framework\": \"" + framework + "\"" + (edition == null ? "" : ", \"edition\": \"" + edition + "\"")
        + (item == null ? "" : ", \"item\": \"" + item + "\"") + ", \"evidence\": \"" + evidence + "\"}";
  }

  private static List<AlignmentLink> linksRead(String document) {
    StrategicPlan plan = fast(document).orElseThrow();
    assertEquals(slow(document), plan);
    List<AlignmentLink> out = new ArrayList<>();
    plan.projects().forEach(p -> out.addAll(p.alignment()));
    return out;
  }

  @Test
  void anEqualLinkIsOneInstanceWithinADocument() {
    String national = link("national-strategy", null, "3", "MATRIX");
    List<AlignmentLink> links = linksRead(projectsLinking(List.of(
        List.of(national, link("obec-policy", "2567", "1", "MATRIX")),
        List.of(link("obec-policy", "2567", "1", "MATRIX"), national),
        List.of(national))));
    assertSame(links.get(0), links.get(3));
    assertSame(links.get(0), links.get(4));
    assertSame(links.get(1), links.get(2));
  }

  @Test
  void linksThatDifferInAnyPartAreKeptApart() {
    List<AlignmentLink> links = linksRead(projectsLinking(List.of(List.of(
        link("master-plan", null, "12", "MATRIX"),
        link("master-plan", null, "12", "PROSE"),
        link("master-plan", "2561", "12", "MATRIX"),
        link("master-plan", null, null, "MATRIX"),
        link("master-plan", null, "1", "MATRIX"),
        link("reform-plan", null, "12", "MATRIX"),
        link("master-plan", null, "12", "MATRIX")))));
    assertEquals(7, links.size());
    assertEquals(6, new java.util.HashSet<>(links).size(), "links that differ were read as one");
    assertEquals(links.get(0), links.get(6));
  }

  @Test
  void moreDistinctLinksThanTheTableHoldsAreAllReadAsWritten() {
    // Far more links than the table's slots, and long texts that are not shared: each is read as
    // written, in order, whichever others share its slot.
    List<List<String>> projects = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int p = 0; p < 40; p++) {
      List<String> own = new ArrayList<>();
      for (int l = 0; l < 12; l++) {
        String framework = l % 3 == 0 ? "f".repeat(SharedTexts.MAX_LENGTH + 1) : "framework-" + (l % 5);
        String item = String.valueOf((p * 7 + l * 13) % 97);
        own.add(link(framework, null, item, "MATRIX"));
        expected.add(framework + "/" + item);
      }
      projects.add(own);
    }
    List<String> read = new ArrayList<>();
    for (AlignmentLink l : linksRead(projectsLinking(projects))) {
      read.add(l.framework() + "/" + l.item().orElseThrow());
    }
    assertEquals(expected, read);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 64, 65, 200})
  void aLoneSurrogateIsRefusedInTextsOfEveryLength(int length) {
    String document = twoProjects("ก".repeat(length - 1) + "\\ud800", "x");
    assertEquals(Optional.empty(), fast(document));
    assertThrows(PlanFormatException.class, () -> slow(document));
    String shared = twoProjects("ก".repeat(length), "ก".repeat(length - 1) + "\\udc00");
    assertEquals(Optional.empty(), fast(shared));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 64, 65, 200})
  void aLoneSurrogateHeldAsItIsByAStringIsRefusedWithoutAnyEscapeInTheDocument(int length) {
    String document = twoProjects("ก".repeat(length - 1) + "\ud800", "x");
    assertTrue(document.indexOf('\\') < 0, "the document has no escape");
    assertEquals(Optional.empty(), PlanJson.strict().fastReader().read(document));
    assertThrows(PlanFormatException.class, () -> PlanJson.strict().read(document));
  }

  @Test
  void aSurrogatePairWrittenAsFourBytesLoadsWithoutAnyEscapeInTheDocument() {
    String emoji = "ก".repeat(70) + "\ud83d\ude00";
    String document = twoProjects(emoji, "ข\ud83d\ude00");
    assertTrue(document.indexOf('\\') < 0, "the document has no escape");
    assertEquals(List.of(emoji, "ข\ud83d\ude00"), budgetSources(document));
  }

  @Test
  void aNameLimitBelowTheFormatsLongestNameTurnsTheFastReaderOff() {
    assertEquals("quantitativeTargets".length(), StreamingPlanReader.LONGEST_NAME);
    PlanJson atTheLongest = PlanJson.builder()
        .limits(PlanJson.DEFAULT_LIMITS.rebuild().maxNameLength(StreamingPlanReader.LONGEST_NAME).build()).build();
    assertEquals(Optional.of(slow(FULL)), fast(atTheLongest, FULL));
    PlanJson belowIt = PlanJson.builder()
        .limits(PlanJson.DEFAULT_LIMITS.rebuild().maxNameLength(StreamingPlanReader.LONGEST_NAME - 1).build()).build();
    String withoutTheLongest = FULL.replace("\"quantitativeTargets\": [\"ลูกเสือ 100 คน\"],", "");
    assertEquals(Optional.empty(), fast(belowIt, withoutTheLongest));
    assertEquals(slow(withoutTheLongest), belowIt.read(withoutTheLongest));
  }

  @Test
  void aRefusedDocumentStillGivesDatabindsErrorThroughRead() {
    String document = FULL.replace("\"kind\": \"ACTION_PLAN\"", "\"kind\": \"ACTION_PLAN\", \"kind\": \"OTHER\"");
    assertEquals(Optional.empty(), fast(document));
    PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanJson.strict().read(document));
    assertTrue(e.problem().contains("a second time"), e.getMessage());
    assertEquals("$.kind", e.jsonPath());
  }

  @Test
  void aRefusedDocumentThatDatabindReadsStillLoads() throws Exception {
    String document = FULL.replace("\"budget\": 121940.50", "\"budget\": \"121940.50\"")
        .replace("\"kind\": \"ACTION_PLAN\"", "\"kind\": \"ACTION_PLAN\", \"extra\": {\"a\": [1, null]}");
    assertEquals(Optional.empty(), fast(PlanJson.lenient(), document));
    StrategicPlan plan = PlanJson.lenient().read(new java.io.ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
    assertEquals(slow(FULL), plan);
    assertEquals(plan, PlanJson.lenient().read(document));
  }

  @Test
  void readingFromBytesSkipsNothingBeforeTheOffset() {
    byte[] padded = ("xxxx" + FULL).getBytes(StandardCharsets.UTF_8);
    assertEquals(Optional.of(slow(FULL)), fastBytes(PlanJson.strict(), padded, 4, padded.length - 4));
    assertEquals(Optional.empty(), fastBytes(PlanJson.strict(), padded, 0, padded.length));
  }

  @Test
  void theChangesAreRenderedFaithfully() {
    // The renderer of the variants, unchanged, gives back the document itself.
    UnaryOperator<String> compact = s -> TREES.readTree(s).toString();
    assertEquals(compact.apply(FULL), compact.apply(plain(TREES.readTree(FULL))));
  }
}
