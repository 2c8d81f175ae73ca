package io.github.eduplan.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.OfficeLevel;
import io.github.eduplan.model.ServedElement;
import io.github.eduplan.model.ServedKind;
import io.github.eduplan.model.ServedPlan;
import io.github.eduplan.model.StrategicPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cascade's properties in the JSON format: a plan's level and the plan it serves, an office's
 * province, and the elements of the plan above that a goal, strategy or project serves. Read alike
 * by the fast reader and databind, written back without the default level, and absent from every
 * document written before they existed.
 */
class CascadeJsonTest {
  private static final String OFFICE = "\"office\": {\"name\": \"สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2\", \"shortName\": \"สพป.ตาก เขต 2\"}";
  private static final String PROJECT_LINK = "\"alignment\": [{\"framework\": \"national-strategy\", \"item\": \"3\", \"evidence\": \"MATRIX\"}]";
  private static final String STRATEGY_TITLE = "\"title\": \"ส่งเสริมการจัดการศึกษาให้ผู้เรียนมีความปลอดภัย\",";

  /** The base document made a school's plan with every cascade property. */
  static String school(String base) {
    return base
        .replace(OFFICE, "\"office\": {\"name\": \"โรงเรียนบ้านแม่ระมาด\", \"province\": \"ตาก\"},"
            + " \"level\": \"SCHOOL\", \"serves\": {\"office\": \"สพป.ตาก เขต 2\", \"fiscalYear\": 2565}")
        .replace(STRATEGY_TITLE, STRATEGY_TITLE + " \"goals\": [{\"number\": \"1\", \"text\": \"ผู้เรียนปลอดภัย\","
            + " \"serves\": [{\"kind\": \"GOAL\", \"number\": \"๑\"}]}],"
            + " \"serves\": [{\"kind\": \"STRATEGY\", \"number\": \"2\", \"text\": \"สอดคล้องกับกลยุทธ์ สพป. ข้อ 2\"}],")
        .replace(PROJECT_LINK, PROJECT_LINK + ", \"serves\": [{\"kind\": \"STRATEGY\", \"number\": \"2\"}]");
  }

  /** Documents for the schema agreement test: the school plan and each way to get its parts wrong. */
  static Map<String, String> derived(String base) {
    String school = school(base);
    Map<String, String> m = new LinkedHashMap<>();
    m.put("cascade school plan", school);
    m.put("cascade level OBEC", school.replace("\"SCHOOL\"", "\"OBEC\""));
    m.put("cascade level in lower case", school.replace("\"SCHOOL\"", "\"school\""));
    m.put("cascade level unknown", school.replace("\"SCHOOL\"", "\"PROVINCE\""));
    m.put("cascade served plan without a year", school.replace(", \"fiscalYear\": 2565", ""));
    m.put("cascade served plan year 3000", school.replace("\"fiscalYear\": 2565", "\"fiscalYear\": 3000"));
    m.put("cascade served plan year as a string", school.replace("\"fiscalYear\": 2565", "\"fiscalYear\": \"2565\""));
    m.put("cascade served plan of a blank office", school.replace("{\"office\": \"สพป.ตาก เขต 2\"", "{\"office\": \"\u200B \""));
    m.put("cascade served plan with an unknown property", school.replace("\"fiscalYear\": 2565", "\"fiscalYear\": 2565, \"year\": 2565"));
    m.put("cascade served element of a blank number", school.replace("\"number\": \"๑\"", "\"number\": \"\u00A0\""));
    m.put("cascade served element of an unknown kind", school.replace("\"kind\": \"GOAL\"", "\"kind\": \"PROJECT\""));
    m.put("cascade served element without a kind", school.replace("{\"kind\": \"GOAL\", ", "{"));
    m.put("cascade served elements as one object", school.replace("\"serves\": [{\"kind\": \"GOAL\", \"number\": \"๑\"}]",
        "\"serves\": {\"kind\": \"GOAL\", \"number\": \"๑\"}"));
    m.put("cascade province as a number", school.replace("\"province\": \"ตาก\"", "\"province\": 63"));
    m.put("cascade serves on a mission", school.replace("\"text\": \"จัดการศึกษาให้ผู้เรียนมีคุณภาพ\"}",
        "\"text\": \"จัดการศึกษาให้ผู้เรียนมีคุณภาพ\", \"serves\": []}"));
    return m;
  }

  private static final JsonMapper TREES = JsonMapper.builder().build();
  private final PlanJson json = PlanJson.strict();

  @Test
  void theSchoolPlanIsReadWithEveryCascadeProperty() {
    StrategicPlan plan = json.read(school(HostileInputTest.base()));
    assertEquals(OfficeLevel.SCHOOL, plan.level());
    assertEquals(Optional.of(ServedPlan.of("สพป.ตาก เขต 2", 2565)), plan.servedPlan());
    assertEquals(Optional.of("ตาก"), plan.office().province());
    assertEquals(List.of(ServedElement.builder().kind(ServedKind.STRATEGY).number("2")
        .text("สอดคล้องกับกลยุทธ์ สพป. ข้อ 2").build()), plan.strategies().get(0).serves());
    assertEquals(List.of(ServedElement.of(ServedKind.GOAL, "๑")), plan.strategies().get(0).goals().get(0).serves());
    assertEquals(List.of(ServedElement.of(ServedKind.STRATEGY, "2")), plan.projects().get(0).serves());
  }

  @Test
  void theFastReaderReadsTheCascadePropertiesAsDatabindDoes() {
    String school = school(HostileInputTest.base());
    byte[] bytes = school.getBytes(StandardCharsets.UTF_8);
    Optional<StrategicPlan> fast = StreamingPlanReaderTest.fastBytes(json, bytes, 0, bytes.length);
    assertTrue(fast.isPresent(), "the fast reader refused the cascade properties");
    assertEquals(json.parse(school), fast.get());
    assertEquals(OfficeLevel.SCHOOL, fast.get().level());
  }

  @Test
  void aPlanWithoutALevelIsAnAreaOfficesAndTheWriterLeavesTheDefaultOut() {
    StrategicPlan plan = json.read(HostileInputTest.base());
    assertEquals(OfficeLevel.AREA_OFFICE, plan.level());
    assertEquals(Optional.empty(), plan.servedPlan());
    String written = json.write(plan);
    JsonNode tree = TREES.readTree(written);
    assertFalse(tree.has("level"), written);
    assertFalse(written.contains("\"serves\""), written);
    assertFalse(written.contains("\"province\""), written);
    JsonNode school = TREES.readTree(json.write(json.read(school(HostileInputTest.base()))));
    assertEquals("SCHOOL", school.get("level").asString());
    assertEquals(2565, school.get("serves").get("fiscalYear").asInt());
    assertEquals("ตาก", school.get("office").get("province").asString());
    // Stated explicitly, the default reads as absent and is written back without it.
    StrategicPlan stated = json.read(HostileInputTest.base().replace("\"kind\"", "\"level\": \"AREA_OFFICE\", \"kind\""));
    assertEquals(plan, stated);
  }

  @Test
  void everyBundledPlanStillReadsAsAnAreaOfficePlanServingNothing() throws IOException {
    int read = 0;
    try (Stream<Path> files = Files.list(StreamingPlanReaderEquivalenceTest.REAL_PLANS)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        StrategicPlan plan = json.read(f);
        assertEquals(OfficeLevel.AREA_OFFICE, plan.level(), f.toString());
        assertEquals(Optional.empty(), plan.servedPlan(), f.toString());
        assertTrue(plan.projects().stream().allMatch(p -> p.serves().isEmpty()), f.toString());
        read++;
      }
    }
    assertTrue(read > 0, "no bundled plan found");
  }

  @Test
  void aWrongCascadePropertyIsRefusedWithWhereItIs() {
    String school = school(HostileInputTest.base());
    PlanFormatException year = assertThrows(PlanFormatException.class,
        () -> json.read(school.replace("\"fiscalYear\": 2565", "\"fiscalYear\": 3000")));
    assertTrue(year.getMessage().contains("serves"), year.getMessage());
    PlanFormatException kind = assertThrows(PlanFormatException.class,
        () -> json.read(school.replace("\"kind\": \"GOAL\"", "\"kind\": \"PROJECT\"")));
    assertTrue(kind.getMessage().contains("PROJECT"), kind.getMessage());
    assertThrows(PlanFormatException.class, () -> json.read(school.replace("\"SCHOOL\"", "\"PROVINCE\"")));
  }

  @Test
  void theModelRefusesABlankOfficeOrNumberAndAYearOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> ServedPlan.of(" ", 2565));
    assertThrows(IllegalArgumentException.class, () -> ServedPlan.of("สพป.ตาก เขต 2", 1999));
    assertThrows(IllegalArgumentException.class, () -> ServedElement.of(ServedKind.STRATEGY, "\u200B"));
    assertEquals(2565, ServedPlan.of("สพป.ตาก เขต 2", 2565).fiscalYear());
  }
}
