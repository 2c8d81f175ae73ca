package io.github.eduplan.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Format errors in the words of a plan's author, in English and Thai. */
class FormatMessageTest {
  private static final Locale THAI = Locale.forLanguageTag("th-TH");

  private static PlanFormatException error(String from, String to) {
    String broken = PlanJsonErrorTest.VALID.replace(from, to);
    if (broken.equals(PlanJsonErrorTest.VALID)) {
      throw new AssertionError("the replacement did not apply: " + from);
    }
    return assertThrows(PlanFormatException.class, () -> PlanJson.strict().read(broken));
  }

  @Test
  void aNumberForTheOfficeSaysWhatWasExpectedAndFoundAndWhere() {
    PlanFormatException e = error("\"office\": {\"name\": \"สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2\"}",
        "\"office\": 5");
    assertEquals("$.office: expected an object with \"name\", found the number 5 (line 2, column 13)",
        e.getMessage());
    assertEquals("expected an object with \"name\", found the number 5", e.problem());
    assertEquals("$.office: ต้องเป็นออบเจ็กต์ที่มี \"name\" แต่พบตัวเลข 5 (บรรทัด 2 คอลัมน์ 13)", e.message(THAI));
    assertEquals(e.getMessage(), e.message(Locale.ENGLISH));
    assertEquals(e.getMessage(), e.message(Locale.GERMANY));
  }

  @Test
  void anUnknownEnumNameListsTheNamesAllowed() {
    PlanFormatException e = error("\"ACTION_PLAN\"", "\"ACTION\"");
    assertEquals("$.kind: expected one of \"DEVELOPMENT_PLAN\", \"ACTION_PLAN\", \"QUALITY_DIRECTION\", "
        + "\"STRATEGY_TABLE\", \"OTHER\", found the string \"ACTION\" (line 3, column 11)", e.getMessage());
    assertEquals("$.kind: ต้องเป็นหนึ่งใน \"DEVELOPMENT_PLAN\", \"ACTION_PLAN\", \"QUALITY_DIRECTION\", "
        + "\"STRATEGY_TABLE\", \"OTHER\" แต่พบข้อความ \"ACTION\" (บรรทัด 3 คอลัมน์ 11)", e.message(THAI));
  }

  @Test
  void aMissingRequiredPropertyIsNamedAsMissing() {
    PlanFormatException e = error("    \"title\": \"การจัดงานวันสำคัญทางลูกเสือ เนตรนารี และยุวกาชาด\",\n", "");
    assertEquals("expected an object with \"title\", found an object without \"title\"", e.problem());
    assertEquals("$.projects[0]", e.jsonPath());
  }

  @Test
  void aQuarterOutOfRangeSaysWhichQuartersThereAre() {
    PlanFormatException e = error("[1, 2, 4]", "[1, 2, 5]");
    assertEquals("$.projects[0].activeQuarters[2]: expected a fiscal quarter: 1, 2, 3 or 4, found the number 5"
        + " (line 23, column 30)", e.getMessage());
    assertEquals("$.projects[0].activeQuarters[2]: ต้องเป็นไตรมาส 1, 2, 3 หรือ 4 แต่พบตัวเลข 5"
        + " (บรรทัด 23 คอลัมน์ 30)", e.message(THAI));
  }

  @Test
  void aProblemGivenInOneLanguageIsUsedForBoth() {
    PlanFormatException e = new PlanFormatException("bad", "$.kind", 3, 5, null);
    assertEquals("$.kind: bad (line 3, column 5)", e.getMessage());
    assertEquals("$.kind: bad (บรรทัด 3 คอลัมน์ 5)", e.message(THAI));
    assertEquals("$: bad", new PlanFormatException("bad", "$", -1, -1, null).message(THAI));
  }
}
