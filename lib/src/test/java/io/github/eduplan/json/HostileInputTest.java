package io.github.eduplan.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.eduplan.model.StrategicPlan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every document of the hostile-input corpus ({@code src/test/resources/hostile/}) and
 * checks the outcome its manifest, {@code expected.json}, gives: one {@link PlanFormatException}
 * with the path, line and column, or a loaded plan that can be written and read back. The huge
 * documents (50 MB strings, nesting 100,000 deep, ten million objects) are streamed from small
 * parts rather than committed or held in memory.
 */
class HostileInputTest {
  private static final String DIRECTORY = "/hostile/";

  /** One entry of the manifest. */
  record Case(
      Optional<String> document,
      Optional<String> generated,
      String mode,
      String outcome,
      Optional<String> path,
      Optional<String> pathStartsWith,
      Optional<Integer> line,
      Optional<Integer> column,
      Optional<String> problem,
      String note) {

    /** Reads an entry by hand: the test classes are not open to Jackson's reflection. */
    static Case of(JsonNode n) {
      return new Case(text(n, "document"), text(n, "generated"), n.get("mode").asString(),
          n.get("outcome").asString(), text(n, "path"), text(n, "pathStartsWith"),
          Optional.ofNullable(n.get("line")).map(JsonNode::asInt),
          Optional.ofNullable(n.get("column")).map(JsonNode::asInt),
          text(n, "problem"), n.get("note").asString());
    }

    private static Optional<String> text(JsonNode n, String name) {
      return Optional.ofNullable(n.get(name)).map(JsonNode::asString);
    }

    String name() {
      return document.or(() -> generated).orElseThrow() + " (" + mode + "): " + note;
    }
  }

  static Stream<Arguments> corpus() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = resource("expected.json")) {
      JsonMapper.builder().build().readTree(in).forEach(n -> cases.add(Case.of(n)));
    }
    assertTrue(cases.size() >= 60, "the corpus has " + cases.size() + " documents");
    return cases.stream().map(c -> Arguments.of(c.name(), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void everyHostileDocumentGivesItsExpectedOutcome(String name, Case c) throws IOException {
    PlanJson json = "lenient".equals(c.mode()) ? PlanJson.lenient() : PlanJson.strict();
    Outcome outcome;
    try (InputStream in = c.document().isPresent() ? resource(c.document().get()) : generate(c.generated().get())) {
      outcome = Outcome.of(() -> json.read(in));
    }
    check(c, outcome, json);
    if (c.document().isPresent()) {
      byte[] bytes;
      try (InputStream in = resource(c.document().get())) {
        bytes = in.readAllBytes();
      }
      assertEquals(outcome, Outcome.of(() -> json.read(bytes)),
          "reading the document from an array gives another outcome than from a stream");
      strictUtf8(bytes).ifPresent(text -> assertEquals(outcome, Outcome.of(() -> json.read(text)),
          "reading the document as a string gives another outcome than as bytes"));
    }
  }

  private static void check(Case c, Outcome outcome, PlanJson json) {
    if ("loads".equals(c.outcome())) {
      assertNull(outcome.error, () -> "expected a plan, got " + outcome.error.getMessage());
      assertNotNull(outcome.plan);
      // A loaded plan, however odd, must survive the writer: nothing in it may be unwritable.
      assertEquals(outcome.plan, json.read(json.write(outcome.plan)));
      return;
    }
    assertEquals("PlanFormatException", c.outcome(), "the manifest names the library's exception");
    PlanFormatException e = outcome.error;
    assertNotNull(e, "expected a PlanFormatException, got a plan");
    assertNull(outcome.plan, "no plan is returned with an error");
    c.path().ifPresent(path -> assertEquals(path, e.jsonPath(), e.getMessage()));
    c.pathStartsWith().ifPresent(path -> assertTrue(e.jsonPath().startsWith(path), e.getMessage()));
    c.line().ifPresent(line -> assertEquals(line, e.line(), e.getMessage()));
    c.column().ifPresent(column -> assertEquals(column, e.column(), e.getMessage()));
    assertTrue(e.column() > 0, e.getMessage());
    c.problem().ifPresent(problem -> assertTrue(e.problem().contains(problem), e.getMessage()));
    assertTrue(e.getMessage().contains(e.jsonPath()), e.getMessage());
    assertInTheUsersWords(e);
  }

  /** Java types, Jackson's classes and its creator jargon, which mean nothing to a plan's author. */
  private static final List<String> JARGON = List.of(
      "tools.jackson", "com.fasterxml", "Creator", "io.github.eduplan", "java.lang", "java.math", "java.time",
      "JsonToken", "StreamReadConstraints", "Immutable", "`");

  /**
   * Every error says what was expected, what was found and where, in English and Thai, with no Java
   * or Jackson name in it.
   */
  static void assertInTheUsersWords(PlanFormatException e) {
    String where = " (line " + e.line() + ", column " + e.column() + ")";
    String thaiWhere = " (บรรทัด " + e.line() + " คอลัมน์ " + e.column() + ")";
    assertTrue(e.jsonPath().startsWith("$") && e.line() > 0 && e.column() > 0, e.getMessage());
    assertEquals(e.jsonPath() + ": " + e.problem() + where, e.getMessage());
    assertTrue(e.problem().startsWith("expected ") && e.problem().contains(", found "), e.getMessage());
    String thai = e.message(java.util.Locale.forLanguageTag("th-TH"));
    assertTrue(thai.startsWith(e.jsonPath() + ": ต้องเป็น") && thai.contains(" แต่พบ") && thai.endsWith(thaiWhere), thai);
    assertEquals(e.getMessage(), e.message(java.util.Locale.ENGLISH));
    for (String word : JARGON) {
      assertFalse(e.getMessage().contains(word), () -> word + " in " + e.getMessage());
      assertFalse(thai.contains(word), () -> word + " in " + thai);
    }
  }

  /** What a read gave: a plan or the library's exception; anything else fails the test at once. */
  private static final class Outcome {
    final StrategicPlan plan;
    final PlanFormatException error;

    private Outcome(StrategicPlan plan, PlanFormatException error) {
      this.plan = plan;
      this.error = error;
    }

    interface Read {
      StrategicPlan read() throws IOException;
    }

    static Outcome of(Read read) {
      try {
        return new Outcome(read.read(), null);
      } catch (PlanFormatException e) {
        return new Outcome(null, e);
      } catch (IOException e) {
        throw new UncheckedIOException("an in-memory read cannot fail on I/O", e);
      } catch (RuntimeException | Error e) {
        return fail("neither a plan nor a PlanFormatException", e);
      }
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Outcome)) {
        return false;
      }
      Outcome other = (Outcome) o;
      if (error == null || other.error == null) {
        return error == other.error && plan.equals(other.plan);
      }
      return error.jsonPath().equals(other.error.jsonPath())
          && error.line() == other.error.line()
          && error.column() == other.error.column();
    }

    @Override
    public int hashCode() {
      return error == null ? plan.hashCode() : error.jsonPath().hashCode();
    }

    @Override
    public String toString() {
      return error == null ? "a plan" : error.getMessage();
    }
  }

  private static InputStream resource(String name) {
    InputStream in = HostileInputTest.class.getResourceAsStream(DIRECTORY + name);
    if (in == null) {
      throw new IllegalStateException("no test resource " + DIRECTORY + name);
    }
    return in;
  }

  /** The bytes as text when they are well-formed UTF-8; the other json tests use it too. */
  static Optional<String> strictUtf8(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  static String base() {
    try (InputStream in = resource("syntax-valid-baseline.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The huge documents, streamed: the base document with one marker replaced by repeated parts. */
  private static InputStream generate(String name) {
    switch (name) {
      case "string-50mb":
        return replace("\"title\": \"แผน", part("\"title\": \"", 1), part("ก", 50_000_000 / 3), part("แผน", 1));
      case "string-50mb-unknown":
        return replace("\"kind\":", part("\"x\": \"", 1), part("a", 50_000_000), part("\", \"kind\":", 1));
      case "nesting-100000-guidelines":
        return replace("\"indicators\": [{", part("\"guidelines\": [", 1),
            part("{\"text\": \"a\", \"children\": [", 100_000), part("]}", 100_000), part("], \"indicators\": [{", 1));
      case "nesting-100000-unknown":
        return replace("\"kind\":", part("\"x\": ", 1), part("[", 100_000), part("]", 100_000), part(", \"kind\":", 1));
      case "empty-objects-10m-projects":
        return replace("\"projects\": [{", part("\"projects\": [", 1), part("{},", 10_000_000), part("{", 1));
      case "empty-objects-10m-unknown":
        return replace("\"kind\":", part("\"x\": [", 1), part("{},", 10_000_000), part("{}], \"kind\":", 1));
      case "quarters-10m":
        return replace("[1, 2, 4]", part("[", 1), part("1,", 10_000_000), part("1]", 1));
      case "number-400-digits-budget":
        return replace("\"budget\": 121940", part("\"budget\": ", 1), part("9", 400));
      case "number-400-digits-value":
        return replace("{\"number\": 85}", part("{\"number\": ", 1), part("9", 400), part("}", 1));
      case "money-string-million-digits":
        return replace("\"budget\": 121940", part("\"budget\": \"", 1), part("9", 999_000), part("\"", 1));
      case "document-70mb":
        return replace("\"objectives\": [", part("\"objectives\": [", 1),
            part("\"" + "a".repeat(999_999) + "\", ", 70));
      default:
        throw new IllegalArgumentException("no generator " + name);
    }
  }

  private static Part part(String text, long times) {
    return new Part(text.getBytes(StandardCharsets.UTF_8), times);
  }

  private static InputStream replace(String marker, Part... parts) {
    String base = base();
    int at = base.indexOf(marker);
    assertTrue(at >= 0, marker);
    List<Part> all = new ArrayList<>();
    all.add(part(base.substring(0, at), 1));
    all.addAll(Arrays.asList(parts));
    all.add(part(base.substring(at + marker.length()), 1));
    return new RepeatedParts(all);
  }

  /** Bytes repeated a number of times. */
  record Part(byte[] bytes, long times) {}

  /** A stream of parts that holds each part once, however many times it is repeated. */
  private static final class RepeatedParts extends InputStream {
    private final Iterator<Part> parts;
    private Part part;
    private long left;
    private int at;

    RepeatedParts(List<Part> parts) {
      this.parts = parts.iterator();
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      while (part == null || left == 0) {
        if (!parts.hasNext()) {
          return -1;
        }
        part = parts.next();
        left = part.times();
        at = 0;
        if (part.bytes().length == 0) {
          left = 0;
        }
      }
      int n = Math.min(len, part.bytes().length - at);
      System.arraycopy(part.bytes(), at, b, off, n);
      at += n;
      if (at == part.bytes().length) {
        at = 0;
        left--;
      }
      return n;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("typeHints")
  void aClassNameInTheInputNeverChoosesAType(String property) {
    String base = base();
    String hinted = base.replace("\"kind\": \"ACTION_PLAN\",",
        "\"" + property + "\": \"java.lang.ProcessBuilder\", \"kind\": \"ACTION_PLAN\",");
    PlanFormatException e = Outcome.of(() -> PlanJson.strict().read(hinted)).error;
    assertNotNull(e, property);
    assertEquals("$." + property, e.jsonPath(), e.getMessage());
    assertEquals(PlanJson.strict().read(base), PlanJson.lenient().read(hinted));
  }

  static Stream<String> typeHints() {
    return Stream.of("@class", "@type", "@c", "$type", "@id", "type", "class");
  }

  @org.junit.jupiter.api.Test
  void theMapperHasNoDefaultTypingAndNoModelTypeDeclaresTypeIds() throws Exception {
    JsonMapper mapper = PlanJson.strict().mapper();
    for (Class<?> type : List.of(Object.class, StrategicPlan.class, Map.class)) {
      assertNull(mapper.deserializationConfig().getDefaultTyper(mapper.constructType(type)), type.getName());
    }
    List<Class<?>> model = ModelClasses.all();
    assertTrue(model.size() > 20, "the model classes were found: " + model);
    for (Class<?> type : model) {
      assertFalse(type.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonTypeInfo.class), type.getName());
      for (var method : type.getDeclaredMethods()) {
        assertFalse(method.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonTypeInfo.class), method.toString());
      }
    }
  }

  /** The compiled classes of the model package, found next to one of them. */
  private static final class ModelClasses {
    static List<Class<?>> all() throws Exception {
      java.nio.file.Path dir = java.nio.file.Path.of(StrategicPlan.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .resolve("io/github/eduplan/model");
      List<Class<?>> out = new ArrayList<>();
      try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
        for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files::iterator) {
          String file = f.getFileName().toString();
          if (file.endsWith(".class") && !file.equals("package-info.class")) {
            out.add(Class.forName("io.github.eduplan.model." + file.substring(0, file.length() - 6), false,
                StrategicPlan.class.getClassLoader()));
          }
        }
      }
      return out;
    }
  }

  @org.junit.jupiter.api.Test
  void anArrayIsReadAsItsStreamIsAndLeftUnchanged() throws IOException {
    byte[] bytes = ("\uFEFF" + base()).getBytes(StandardCharsets.UTF_8);
    byte[] copy = bytes.clone();
    assertEquals(PlanJson.strict().read(new ByteArrayInputStream(bytes)), PlanJson.strict().read(bytes));
    assertArrayEquals(copy, bytes, "reading changed the caller's array");
  }

  @org.junit.jupiter.api.Test
  void aStreamIsReadToItsEndAndNotClosed() throws IOException {
    byte[] bytes = (base() + "\n\n").getBytes(StandardCharsets.UTF_8);
    boolean[] closed = {false};
    ByteArrayInputStream in = new ByteArrayInputStream(bytes) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    assertEquals(PlanJson.strict().read(base()), PlanJson.strict().read(in));
    assertFalse(closed[0], "the caller's stream was closed");
    assertEquals(-1, in.read(), "the stream was not read to its end");
  }
}
