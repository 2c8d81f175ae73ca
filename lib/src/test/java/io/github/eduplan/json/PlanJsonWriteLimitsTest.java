package io.github.eduplan.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.YearBasis;
import io.github.eduplan.testsupport.Examples;
import io.github.eduplan.testsupport.ModelGenerators;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.StreamReadConstraints;

/** What {@link PlanJson#write} writes, {@link PlanJson#read} reads: issue 21, point 4. */
class PlanJsonWriteLimitsTest {
  private static final PlanJson JSON = PlanJson.strict();

  @Test
  void readOfWriteEqualsEveryPlanThatWasRead() {
    qt().withExamples(Examples.upTo(500)).forAll(ModelGenerators.plans()).checkAssert(generated -> {
      StrategicPlan read = JSON.read(JSON.write(generated));
      assertEquals(read, JSON.read(JSON.write(read)));
      assertEquals(read, JSON.read(JSON.write(read).getBytes(StandardCharsets.UTF_8)));
    });
  }

  /**
   * Under any limits, the writer refuses a plan exactly when the reader, with the same limits,
   * would refuse the document: for strings (length in characters) and for streams (in bytes).
   */
  @Test
  void theWriterRefusesExactlyWhatTheReaderWithTheSameLimitsRefuses() {
    qt().withExamples(Examples.upTo(400))
        .forAll(ModelGenerators.plans(), integers().between(10, 600), integers().between(2, 8),
            integers().between(0, 80 * 7800 - 1))
        .checkAssert((plan, tokens, depth, stringAndLength) -> {
          int string = 1 + stringAndLength % 80;
          int length = 200 + stringAndLength / 80;
          PlanJson tight = PlanJson.builder().limits(PlanJson.DEFAULT_LIMITS.rebuild()
              .maxTokenCount(tokens).maxNestingDepth(depth).maxStringLength(string)
              .maxDocumentLength(length).build()).build();
          String doc = JSON.write(plan);
          byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);

          String written = null;
          try {
            written = tight.write(plan);
          } catch (PlanTooLargeException e) {
            assertTrue(e.jsonPath().startsWith("$"), e.getMessage());
          }
          boolean readable = readable(() -> tight.read(doc));
          assertEquals(readable, written != null, () -> "string: writer and reader disagree under " + tight
              + " tokens " + tokens + " depth " + depth + " string " + string + " length " + length);
          if (written != null) {
            assertEquals(doc, written);
            assertEquals(plan, tight.read(written));
          }

          ByteArrayOutputStream out = new ByteArrayOutputStream();
          boolean streamed;
          try {
            tight.write(plan, out);
            streamed = true;
          } catch (PlanTooLargeException e) {
            streamed = false;
            assertEquals(0, out.size(), "a refused plan wrote bytes");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          assertEquals(readable(() -> tight.read(bytes)), streamed,
              () -> "bytes: writer and reader disagree: tokens " + tokens + " depth " + depth
                  + " string " + string + " length " + length);
          if (streamed) {
            assertArrayEquals(bytes, out.toByteArray());
          }
        });
  }

  private static boolean readable(Runnable read) {
    try {
      read.run();
      return true;
    } catch (PlanFormatException e) {
      return false;
    }
  }

  @Test
  void emptyListsMapsAndTheUnstatedYearBasisAreLeftOut() {
    Indicator indicator = Indicator.builder().text("ร้อยละของนักเรียน").measureKind(MeasureKind.PERCENTAGE)
        .direction(Direction.INCREASE)
        .addBaseline(Baseline.of(2564, IndicatorValue.number(new java.math.BigDecimal("80"))))
        .build();
    StrategicPlan plan = StrategicPlan.builder()
        .office(Office.of("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2"))
        .kind(PlanKind.ACTION_PLAN)
        .period(FiscalYearRange.single(FiscalYear.of(2565)))
        .addStrategy(Strategy.builder().number("1").title("พัฒนาคุณภาพ").addIndicator(indicator).build())
        .build();
    String doc = JSON.write(plan);
    assertFalse(doc.contains("[ ]") || doc.contains("[]"), doc);
    assertFalse(doc.contains("{ }") || doc.contains("{}"), doc);
    assertFalse(doc.contains("UNSTATED"), doc);
    assertFalse(doc.contains("\"mentions\"") || doc.contains("\"targets\""), doc);
    assertEquals(plan, JSON.read(doc));

    StrategicPlan fiscal = StrategicPlan.builder().from(plan).strategies(java.util.List.of(
        Strategy.builder().from(plan.strategies().get(0)).indicators(java.util.List.of(
            Indicator.builder().from(indicator).baselines(java.util.List.of(
                Baseline.builder().year(2564).basis(YearBasis.FISCAL)
                    .value(IndicatorValue.number(java.math.BigDecimal.TEN)).build())).build())).build()))
        .build();
    assertTrue(JSON.write(fiscal).contains("\"basis\" : \"FISCAL\""), JSON.write(fiscal));
    assertEquals(fiscal, JSON.read(JSON.write(fiscal)));
  }

  /** {@code {"number": "n", "title": "t"}}: six tokens a strategy, within the token limit. */
  private static String strategies(int count) {
    StringBuilder sb = new StringBuilder(count * 40);
    sb.append("{\"office\": {\"name\": \"สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2\"},")
        .append(" \"kind\": \"ACTION_PLAN\", \"period\": {\"first\": 2565, \"last\": 2565},\n \"strategies\": [");
    for (int i = 1; i <= count; i++) {
      sb.append(i == 1 ? "\n" : ",\n").append("{\"number\": \"").append(i).append("\", \"title\": \"กลยุทธ์\"}");
    }
    return sb.append("]}\n").toString();
  }

  /**
   * The case of issue 21: a plan of 150,000 strategies loads (900,000 tokens), but written with
   * every empty list as {@code []} it had 2,700,000, and reading it back failed.
   */
  @Test
  void aPlanOf150000StrategiesThatLoadsIsWrittenSoThatItLoadsAgain() {
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      StrategicPlan plan = JSON.read(strategies(150_000));
      assertEquals(150_000, plan.strategies().size());
      String written = JSON.write(plan);
      assertEquals(plan, JSON.read(written));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      JSON.write(plan, out);
      assertEquals(plan, JSON.read(out.toByteArray()));
    });
  }

  @Test
  void aPlanTooLargeToBeReadBackIsRefusedWithItsPathAndNothingIsWritten(@TempDir Path dir) throws IOException {
    StrategicPlan small = JSON.read(strategies(1));
    StrategicPlan.Builder b = StrategicPlan.builder().from(small).strategies(java.util.List.of());
    for (int i = 1; i <= 170_000; i++) {
      b.addStrategy(Strategy.builder().number(Integer.toString(i)).title("กลยุทธ์").build());
    }
    StrategicPlan plan = b.build();
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      PlanTooLargeException e = assertThrows(PlanTooLargeException.class, () -> JSON.write(plan));
      assertTrue(e.getMessage().contains("1000000 tokens"), e.getMessage());
      // 17 tokens up to the list's "[", 6 a strategy: the 1,000,001st ends strategy [166663].
      assertEquals("$.strategies[166663].title", e.jsonPath(), e.getMessage());

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThrows(PlanTooLargeException.class, () -> JSON.write(plan, out));
      assertEquals(0, out.size());

      Path file = dir.resolve("plan.json");
      Files.writeString(file, "before");
      assertThrows(PlanTooLargeException.class, () -> JSON.write(plan, file));
      assertEquals("before", Files.readString(file), "the file was replaced");

      // The reader agrees: the same document, written without the limit, is refused.
      PlanJson unlimited = PlanJson.builder()
          .limits(PlanJson.DEFAULT_LIMITS.rebuild().maxTokenCount(10_000_000).build()).build();
      String doc = unlimited.write(plan);
      PlanFormatException refused = assertThrows(PlanFormatException.class, () -> JSON.read(doc));
      assertTrue(refused.problem().contains("tokens"), refused.getMessage());
      assertEquals("$.strategies[166663]", refused.jsonPath());
    });
  }

  @Test
  void aStringLongerThanTheLimitIsRefusedWhereItIs() {
    StrategicPlan plan = StrategicPlan.builder().from(JSON.read(strategies(2)))
        .vision("ก".repeat(1_000_001)).build();
    PlanTooLargeException e = assertThrows(PlanTooLargeException.class, () -> JSON.write(plan));
    assertEquals("$.vision", e.jsonPath(), e.getMessage());
    String fits = JSON.write(StrategicPlan.builder().from(plan).vision("ก".repeat(1_000_000)).build());
    assertEquals(1_000_000, JSON.read(fits).vision().orElseThrow().length());
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() {
    PlanJson shallow = PlanJson.builder().limits(PlanJson.DEFAULT_LIMITS.rebuild().maxNestingDepth(5).build()).build();
    StrategicPlan plan = JSON.read(strategies(1));
    // {plan {office}}: depth 2; strategies [ { } ]: depth 3.
    assertEquals(plan, shallow.read(shallow.write(plan)));
    PlanJson two = PlanJson.builder().limits(PlanJson.DEFAULT_LIMITS.rebuild().maxNestingDepth(2).build()).build();
    PlanTooLargeException e = assertThrows(PlanTooLargeException.class, () -> two.write(plan));
    assertTrue(e.getMessage().contains("nests deeper"), e.getMessage());
    assertThrows(PlanFormatException.class, () -> two.read(JSON.write(plan)));
  }

  @Test
  void theDocumentLengthLimitCountsCharactersForAStringAndBytesForAStream() throws IOException {
    StrategicPlan plan = JSON.read(strategies(3));
    String doc = JSON.write(plan);
    int bytes = doc.getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes > doc.length(), "the Thai text takes more bytes than characters");
    PlanJson chars = PlanJson.builder()
        .limits(PlanJson.DEFAULT_LIMITS.rebuild().maxDocumentLength(doc.length()).build()).build();
    assertEquals(doc, chars.write(plan));
    assertThrows(PlanTooLargeException.class, () -> chars.write(plan, new ByteArrayOutputStream()));
    PlanJson exact = PlanJson.builder()
        .limits(PlanJson.DEFAULT_LIMITS.rebuild().maxDocumentLength(bytes).build()).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exact.write(plan, out);
    assertEquals(plan, exact.read(out.toByteArray()));
    PlanJson oneLess = PlanJson.builder()
        .limits(PlanJson.DEFAULT_LIMITS.rebuild().maxDocumentLength(bytes - 1).build()).build();
    assertThrows(PlanTooLargeException.class, () -> oneLess.write(plan, new ByteArrayOutputStream()));
    assertThrows(PlanFormatException.class, () -> oneLess.read(out.toByteArray()));
  }

  @Test
  void theWriteLimitsDoNotApplyToAStreamReadConstraintsWithoutLimits() {
    PlanJson loose = PlanJson.builder().limits(StreamReadConstraints.builder()
        .maxTokenCount(0).maxDocumentLength(0).build()).build();
    StrategicPlan plan = JSON.read(strategies(2));
    assertEquals(plan, loose.read(loose.write(plan)));
  }
}
