package io.github.eduplan.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.internal.VisibleText;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.Person;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Unit;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Names made only of invisible characters are blank (issue 21, point 5): refused by the model's
 * factories and builders, and so by both read paths with a {@link PlanFormatException} at the
 * name; any other text is kept verbatim.
 */
class InvisibleNamesTest {
  private static final String BASE = HostileInputTest.base();

  /** Invisible texts: no-break, zero-width, word joiner, byte order mark, others. */
  @ParameterizedTest
  @ValueSource(strings = {"\u00A0", "\u00A0\u00A0", "\u200B", "\uFEFF", "\u2060", " \u200B\u00A0\t",
      "\u202F", "\u3000", "\u00AD", "\u200E\u200F", "\u180E", "\u2007", "\\u0001"})
  void anInvisibleNameIsRefusedWhereItIsByEveryReadPath(String invisible) {
    record Field(String from, String to, String path) {}
    for (Field f : List.of(
        new Field("\"name\": \"สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2\"", "\"name\": \"%s\"", "$.office"),
        new Field("\"name\": \"นางสาวเฉลิมศรี กันยารอง\"", "\"name\": \"%s\"", "$.projects[0].responsiblePeople[0]"),
        new Field("\"unit\": \"ร้อยละ\"", "\"unit\": \"%s\"", "$.strategies[0].indicators[0].unit"),
        new Field("\"name\": \"คุณภาพ\"", "\"name\": \"%s\"", "$.strategies[0].indicators[1].scale"),
        new Field("{\"level\": \"ดีมาก\"}", "{\"level\": \"%s\"}", "$.strategies[0].indicators[1].targets.2565.value"),
        new Field("\"framework\": \"national-strategy\"", "\"framework\": \"%s\"", "$.projects[0].alignment[0]"))) {
      assertTrue(BASE.contains(f.from()), f.from());
      String doc = BASE.replace(f.from(), String.format(f.to(), invisible));
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      for (ReadPath read : List.<ReadPath>of(
          () -> PlanJson.strict().read(doc),
          () -> PlanJson.strict().read(bytes),
          () -> PlanJson.strict().read(new ByteArrayInputStream(bytes)),
          () -> PlanJson.strict().parse(doc))) {
        PlanFormatException e = assertThrows(PlanFormatException.class, read::run, f.path());
        assertTrue(e.jsonPath().startsWith(f.path()), f.path() + " / " + e.getMessage());
      }
    }
  }

  interface ReadPath {
    void run() throws Exception;
  }

  @Test
  void theFactoriesRefuseInvisibleNamesAndKeepVisibleOnesVerbatim() {
    for (String invisible : List.of("\u00A0", "\u200B\u200B", "\uFEFF", "\u2060 ", "\u0001")) {
      assertThrows(IllegalArgumentException.class, () -> Office.of(invisible));
      assertThrows(IllegalArgumentException.class, () -> Person.of(invisible));
      assertThrows(IllegalArgumentException.class, () -> Unit.of(invisible));
      assertThrows(IllegalArgumentException.class, () -> IndicatorValue.level(invisible));
      assertThrows(IllegalArgumentException.class, () -> AlignmentLink.matrix(invisible, "1"));
    }
    String name = "\u200Bสพป.ตาก\u00A0เขต 2\uFEFF";
    assertEquals(name, Office.of(name).name());
    assertEquals(name, Unit.of(name).text());
    String doc = BASE.replace("\"name\": \"สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2\"", "\"name\": \"" + name + "\"");
    StrategicPlan plan = PlanJson.strict().read(doc);
    assertEquals(name, plan.office().name());
    assertEquals(plan, PlanJson.strict().read(PlanJson.strict().write(plan)));
  }

  /**
   * The schema's pattern for a name and the model's rule are the same set of characters, for every
   * character of the Basic Multilingual Plane; and the rule covers every format, space, separator
   * and control character this JDK knows.
   */
  @Test
  void theSchemasNamePatternIsTheModelsRule() throws Exception {
    JsonNode schema;
    try (InputStream in = PlanJson.schema()) {
      schema = PlanJson.strict().mapper().readTree(in);
    }
    Pattern visible = Pattern.compile(schema.get("$defs").get("name").get("pattern").asString());
    int invisible = 0;
    for (int i = 0; i <= 0xFFFF; i++) {
      int c = i;
      String s = String.valueOf((char) c);
      boolean byRule = VisibleText.isInvisible((char) c);
      assertEquals(!byRule, visible.matcher(s).find(), () -> "U+" + Integer.toHexString(0x10000 | c).substring(1));
      assertEquals(byRule, VisibleText.isBlank(s));
      int type = Character.getType(c);
      if (type == Character.FORMAT || type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR || type == Character.CONTROL || Character.isWhitespace(c)) {
        assertTrue(byRule, () -> "U+" + Integer.toHexString(c) + " is invisible but counted visible");
      }
      invisible += byRule ? 1 : 0;
    }
    assertEquals(65 + 19 + 43, invisible, "controls, white space and the format characters");
    assertFalse(VisibleText.isBlank("ก"));
    assertFalse(VisibleText.isBlank("\uD83D\uDE00"), "outside the BMP: visible");
  }
}
