package io.github.eduplan.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.testsupport.CorruptedJsonGenerators;
import io.github.eduplan.testsupport.Examples;
import io.github.eduplan.testsupport.ModelGenerators;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fast reader against databind, on every kind of document the project has: for each one the
 * fast reader either refuses it or gives exactly the plan that databind alone gives, from bytes and
 * from a string, in strict and lenient mode. Where databind gives an error, the fast reader must
 * refuse. Valid documents must not be refused, or the fast reader would be dead code.
 */
class StreamingPlanReaderEquivalenceTest {
  /** The real plans of the examples module, read as files as a user would. */
  static final Path REAL_PLANS = Path.of("../examples/src/main/resources/plans");

  private static final List<PlanJson> MODES = List.of(PlanJson.strict(), PlanJson.lenient());

  @Test
  void everyGeneratedPlanIsReadFastAndEqualsTheDatabindPlan() {
    qt().withExamples(Examples.upTo(1000)).forAll(ModelGenerators.plans()).checkAssert(plan -> {
      for (PlanJson json : MODES) {
        byte[] bytes = json.write(plan).getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.of(plan), fast(json, bytes), "bytes refused or read otherwise");
        assertEquals(Optional.of(plan), json.fastReader().read(json.write(plan)), "text refused or read otherwise");
        assertEquals(plan, json.readWithDatabind(bytes, DocumentTextTest.wellFormedUtf8Start(bytes)));
      }
    });
  }

  static Stream<Path> realPlans() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(REAL_PLANS)) {
      list.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
    }
    assertEquals(5, files.size(), "the five real plans: " + files);
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("realPlans")
  void everyRealPlanIsReadFastAndEqualsTheDatabindPlan(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    for (PlanJson json : MODES) {
      StrategicPlan slow = json.readWithDatabind(bytes, DocumentTextTest.wellFormedUtf8Start(bytes));
      assertEquals(Optional.of(slow), fast(json, bytes), file.toString());
      assertEquals(Optional.of(slow), json.fastReader().read(new String(bytes, StandardCharsets.UTF_8)), file.toString());
      assertEquals(slow, json.read(file));
    }
  }

  static Stream<String> hostileDocuments() throws IOException {
    List<String> names = new ArrayList<>();
    try (InputStream in = resource("expected.json")) {
      for (JsonNode n : JsonMapper.builder().build().readTree(in)) {
        if (n.has("document")) {
          names.add(n.get("document").asString());
        }
      }
    }
    assertTrue(names.size() > 100, "the hostile corpus: " + names.size());
    return names.stream().distinct();
  }

  @ParameterizedTest
  @MethodSource("hostileDocuments")
  void aHostileDocumentIsRefusedOrReadAsDatabindReadsIt(String name) throws IOException {
    byte[] bytes;
    try (InputStream in = resource(name)) {
      bytes = in.readAllBytes();
    }
    for (PlanJson json : MODES) {
      assertAgrees(json, bytes);
    }
  }

  @Test
  void aCorruptedDocumentIsRefusedOrReadAsDatabindReadsIt() {
    int[] accepted = {0};
    qt().withExamples(Examples.upTo(1500)).forAll(CorruptedJsonGenerators.corruptedPlans())
        .checkAssert(corrupted -> {
          byte[] bytes = corrupted.bytes();
          for (PlanJson json : MODES) {
            if (assertAgrees(json, bytes)) {
              accepted[0]++;
            }
          }
        });
    // Many damages leave a valid document (a swap inside a title, a repeated space): the fast
    // reader must read those, not refuse everything damaged.
    assertTrue(accepted[0] > 0, "no corrupted document was read fast");
  }

  /**
   * Checks one document in one mode; returns whether the fast reader read it, from its bytes or
   * from its text (when it is valid UTF-8). What the fast reader reads must be databind's plan.
   */
  static boolean assertAgrees(PlanJson json, byte[] bytes) {
    int start = DocumentTextTest.wellFormedUtf8Start(bytes);
    Optional<StrategicPlan> fromBytes = start < 0 ? Optional.empty() : fast(json, bytes);
    fromBytes.ifPresent(plan -> assertEquals(slow(() -> json.readWithDatabind(bytes, start)), plan, "from bytes"));
    Optional<String> text = HostileInputTest.strictUtf8(bytes).map(PlanJson::withoutByteOrderMark);
    Optional<StrategicPlan> fromText = text.flatMap(t -> json.fastReader().read(t));
    fromText.ifPresent(plan -> assertEquals(slow(() -> json.parse(text.get())), plan, "from text"));
    return fromBytes.isPresent() || fromText.isPresent();
  }

  private static StrategicPlan slow(Supplier<StrategicPlan> read) {
    try {
      return read.get();
    } catch (PlanFormatException e) {
      return fail("the fast reader read a document that databind refuses: " + e.getMessage());
    }
  }


  static Optional<StrategicPlan> fast(PlanJson json, byte[] bytes) {
    Optional<DocumentText.Utf8Document> utf8 = DocumentText.utf8Document(bytes);
    assertTrue(utf8.isPresent(), "not a document for the byte path");
    int start = utf8.get().start();
    return json.fastReader().read(bytes, start, bytes.length - start, utf8.get().backslash());
  }


  private static InputStream resource(String name) {
    InputStream in = StreamingPlanReaderEquivalenceTest.class.getResourceAsStream("/hostile/" + name);
    if (in == null) {
      throw new IllegalStateException("no test resource /hostile/" + name);
    }
    return in;
  }
}
