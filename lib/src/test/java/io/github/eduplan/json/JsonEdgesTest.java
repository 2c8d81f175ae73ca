package io.github.eduplan.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.time.FiscalYear;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Edges of the json package that the document-level tests pass by (found through PIT's survivors). */
class JsonEdgesTest {
  @Test
  void aLoneSurrogateIsFoundAtItsIndexAndAPairIsNot() {
    assertEquals(-1, StrictScalarsModule.loneSurrogate("ก\uD800\uDC00ข"));
    assertEquals(-1, StrictScalarsModule.loneSurrogate("\uDBFF\uDFFF"), "the last pair");
    assertEquals(-1, StrictScalarsModule.loneSurrogate("\uD83D\uDE00\uD83D\uDE00"));
    assertEquals(0, StrictScalarsModule.loneSurrogate("\uDBFF"));
    assertEquals(2, StrictScalarsModule.loneSurrogate("กข\uDC00"), "a low surrogate alone");
    assertEquals(1, StrictScalarsModule.loneSurrogate("ก\uD800"), "a high surrogate last");
    assertEquals(0, StrictScalarsModule.loneSurrogate("\uD800\uD800\uDC00"), "a high one before a pair");
    assertEquals(2, StrictScalarsModule.loneSurrogate("\uD800\uDC00\uDC00"), "a low one after a pair");
    assertEquals(0, StrictScalarsModule.loneSurrogate("\uDC00\uD800"), "a pair in the wrong order");
  }

  @Test
  void theErrorForALoneSurrogateNamesItsIndex() {
    String broken = PlanJsonErrorTest.VALID.replace("\"title\": \"การจัดงาน", "\"title\": \"กข\\udc00การจัดงาน");
    PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanJson.strict().read(broken));
    assertEquals("$.projects[0].title", e.jsonPath(), e.getMessage());
    assertTrue(e.problem().contains("\\udc00 at index 2"), e.getMessage());
  }

  @Test
  void moneyIsWrittenWithoutDecimalsWhenItHasNoSatang() {
    String written = PlanJson.strict().write(PlanJson.strict().read(PlanJsonErrorTest.VALID
        .replace("\"budget\": 121940,", "\"budget\": 24091,")
        .replace("\"q1\": 24090,", "\"q1\": 24090.50,")));
    assertTrue(written.contains("\"budget\" : 24091,"), written);
    assertTrue(written.contains("\"q1\" : 24090.50,"), written);
    assertTrue(written.matches("(?s).*\"q4\" : 75450\\s.*"), written);
    assertFalse(written.contains("24091.00"), written);
  }

  @Test
  void aFiveDigitYearKeyIsAYearOutsideTheRangeNotAMisspeltKey() {
    String broken = PlanJsonErrorTest.VALID.replace("\"2565\": {\"value\"", "\"25650\": {\"value\"");
    PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanJson.strict().read(broken));
    assertTrue(e.problem().contains("from 2400 to 2999"), e.getMessage());
    String sixDigits = PlanJsonErrorTest.VALID.replace("\"2565\": {\"value\"", "\"256500\": {\"value\"");
    PlanFormatException six = assertThrows(PlanFormatException.class, () -> PlanJson.strict().read(sixDigits));
    assertTrue(six.problem().contains("without leading zeros"), six.getMessage());
  }

  @Test
  void theModuleReadsAFiscalYearValueInAUsersOwnMapper() {
    JsonMapper mapper = JsonMapper.builder().addModule(new EduplanModule()).build();
    assertEquals(FiscalYear.of(2565), mapper.readValue("2565", FiscalYear.class));
    assertEquals("2565", mapper.writeValueAsString(FiscalYear.of(2565)));
    assertThrows(JacksonException.class, () -> mapper.readValue("\"2565\"", FiscalYear.class));
    assertThrows(JacksonException.class, () -> mapper.readValue("99999", FiscalYear.class));
  }

  @Test
  void theMessageHasTheLineAndColumnOnlyWhenThereIsALine() {
    assertEquals("$.kind: bad (line 3, column 5)", new PlanFormatException("bad", "$.kind", 3, 5, null).getMessage());
    assertEquals("$.kind: bad (line 1, column 1)", new PlanFormatException("bad", "$.kind", 1, 1, null).getMessage());
    assertEquals("$: bad", new PlanFormatException("bad", "$", 0, 0, null).getMessage());
  }

  @Test
  void writingToAStreamFlushesItAndToAFileReadsBack(@TempDir Path dir) throws IOException {
    StrategicPlan plan = PlanJson.strict().read(PlanJsonErrorTest.VALID);
    boolean[] flushed = {false};
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void flush() {
        flushed[0] = true;
      }
    };
    PlanJson.strict().write(plan, out);
    assertTrue(flushed[0], "the stream was not flushed");
    Path file = dir.resolve("plan.json");
    PlanJson.strict().write(plan, file);
    assertEquals(PlanJson.strict().write(plan), Files.readString(file));
    assertEquals(plan, PlanJson.strict().read(file));
  }

  @Test
  void theBuilderChainsAndLenientReadingIgnoresUnknownProperties() {
    PlanJson.Builder builder = PlanJson.builder();
    assertSame(builder, builder.ignoreUnknownProperties(true));
    String odd = PlanJsonErrorTest.VALID.replace("\"kind\":", "\"colour\": \"blue\", \"kind\":");
    assertEquals(PlanJson.strict().read(PlanJsonErrorTest.VALID), builder.build().read(odd));
    assertThrows(PlanFormatException.class, () -> PlanJson.builder().ignoreUnknownProperties(false).build().read(odd));
  }
}
