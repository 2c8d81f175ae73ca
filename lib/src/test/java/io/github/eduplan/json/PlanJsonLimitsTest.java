package io.github.eduplan.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadConstraints;

class PlanJsonLimitsTest {
  private static final String BASE = HostileInputTest.base();

  @Test
  void theDefaultLimitsAreTheDocumentedOnesAndApplyToTheSharedReaders() {
    assertEquals(64L * 1024 * 1024, PlanJson.DEFAULT_LIMITS.getMaxDocumentLength());
    assertEquals(64, PlanJson.DEFAULT_LIMITS.getMaxNestingDepth());
    assertEquals(1_000_000, PlanJson.DEFAULT_LIMITS.getMaxStringLength());
    assertEquals(100, PlanJson.DEFAULT_LIMITS.getMaxNumberLength());
    assertEquals(1_000, PlanJson.DEFAULT_LIMITS.getMaxNameLength());
    assertEquals(1_000_000, PlanJson.DEFAULT_LIMITS.getMaxTokenCount());
    for (PlanJson json : new PlanJson[] {PlanJson.strict(), PlanJson.lenient()}) {
      StreamReadConstraints used = json.mapper().tokenStreamFactory().streamReadConstraints();
      assertEquals(PlanJson.DEFAULT_LIMITS.getMaxTokenCount(), used.getMaxTokenCount());
      assertEquals(PlanJson.DEFAULT_LIMITS.getMaxDocumentLength(), used.getMaxDocumentLength());
    }
  }

  @Test
  void aLowerTokenLimitRefusesADocumentThatTheDefaultAccepts() {
    PlanJson tight = PlanJson.builder().limits(StreamReadConstraints.builder().maxTokenCount(50).build()).build();
    PlanFormatException e = assertThrows(PlanFormatException.class, () -> tight.read(BASE));
    assertTrue(e.problem().contains("at most 50 tokens"), e.getMessage());
    assertEquals("121940.00", PlanJson.strict().read(BASE).projects().get(0).budget().get().toString());
  }

  @Test
  void theDocumentLengthLimitCountsTheBytesOfAStreamAndNamesWhereItWasReached() {
    byte[] bytes = BASE.getBytes(StandardCharsets.UTF_8);
    int limit = BASE.substring(0, BASE.indexOf("\"budget\"")).getBytes(StandardCharsets.UTF_8).length;
    PlanJson tight = PlanJson.builder()
        .limits(StreamReadConstraints.builder().maxDocumentLength(limit).build()).build();
    PlanFormatException e = assertThrows(PlanFormatException.class, () -> tight.read(new ByteArrayInputStream(bytes)));
    assertTrue(e.problem().contains("expected a document of at most " + limit + " bytes"), e.getMessage());
    assertEquals(33, e.line(), e.getMessage());
    assertEquals(5, e.column(), e.getMessage());
    assertEquals("$.projects[0].objectives", e.jsonPath(), e.getMessage());
    PlanFormatException fromArray = assertThrows(PlanFormatException.class, () -> tight.read(bytes));
    assertEquals(e.getMessage(), fromArray.getMessage());
    assertEquals(PlanJson.strict().read(BASE),
        PlanJson.builder().limits(StreamReadConstraints.builder().maxDocumentLength(bytes.length).build())
            .build().read(bytes), "a document exactly as long as the limit loads");
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
    longer[bytes.length] = '\n';
    assertThrows(PlanFormatException.class,
        () -> PlanJson.builder().limits(StreamReadConstraints.builder().maxDocumentLength(bytes.length).build())
            .build().read(longer), "one byte more is refused");
  }

  @Test
  void aStringWithALeadingByteOrderMarkReadsLikeTheFile() throws Exception {
    assertEquals(PlanJson.strict().read(BASE), PlanJson.strict().read("\uFEFF" + BASE));
    byte[] withBom = ("\uFEFF" + BASE).getBytes(StandardCharsets.UTF_8);
    assertEquals(PlanJson.strict().read(BASE), PlanJson.strict().read(new ByteArrayInputStream(withBom)));
    assertEquals(PlanJson.strict().read(BASE), PlanJson.strict().read(withBom));
  }

  @Test
  void columnsCountCharactersForStreamsAsForStrings() throws Exception {
    // Line 30 is Thai: a byte column would be far to the right of a character column.
    String broken = BASE.replace("เนตรนารี และยุวกาชาด\",", "เนตรนารี และยุวกาชาด\" x");
    PlanFormatException fromString = assertThrows(PlanFormatException.class, () -> PlanJson.strict().read(broken));
    PlanFormatException fromBytes = assertThrows(PlanFormatException.class,
        () -> PlanJson.strict().read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))));
    int expected = broken.split("\n")[29].indexOf('x') + 1;
    assertEquals(expected, fromString.column(), fromString.getMessage());
    assertEquals(expected, fromBytes.column(), fromBytes.getMessage());
    assertEquals(fromBytes.getMessage(),
        assertThrows(PlanFormatException.class, () -> PlanJson.strict().read(broken.getBytes(StandardCharsets.UTF_8)))
            .getMessage());
    assertEquals(30, fromBytes.line());
  }

  @Test
  void aMillionDigitMoneyStringIsRefusedBeforeAnyArithmetic() {
    String doc = BASE.replace("\"budget\": 121940", "\"budget\": \"" + "9".repeat(999_000) + "\"");
    PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanJson.strict().read(doc));
    assertEquals("$.projects[0].budget", e.jsonPath());
    assertTrue(e.problem().contains("at most 30 digits"), e.getMessage());
  }
}
