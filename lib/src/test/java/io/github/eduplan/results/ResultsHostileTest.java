package io.github.eduplan.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every document of the hostile results corpus ({@code src/test/resources/hostile-results/})
 * and checks the outcome its manifest, {@code expected.json}, gives: one {@link ResultsFormatException}
 * with the path, line, column and problem, or a document that can be written and read back. Each
 * document is read from a stream, from an array and, when it is UTF-8, from a string, with the same
 * outcome.
 */
class ResultsHostileTest {
  private static final String DIRECTORY = "/hostile-results/";

  /** One entry of the manifest. */
  record Case(String document, String mode, String outcome, Optional<String> path, Optional<String> pathStartsWith,
      Optional<Integer> line, Optional<Integer> column, Optional<String> problem, String note) {

    /** Reads an entry by hand: the test classes are not open to Jackson's reflection. */
    static Case of(JsonNode n) {
      return new Case(n.get("document").asString(), n.get("mode").asString(), n.get("outcome").asString(),
          text(n, "path"), text(n, "pathStartsWith"), Optional.ofNullable(n.get("line")).map(JsonNode::asInt),
          Optional.ofNullable(n.get("column")).map(JsonNode::asInt), text(n, "problem"), n.get("note").asString());
    }

    private static Optional<String> text(JsonNode n, String name) {
      return Optional.ofNullable(n.get(name)).map(JsonNode::asString);
    }
  }

  static Stream<Arguments> corpus() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = resource("expected.json")) {
      JsonMapper.builder().build().readTree(in).forEach(n -> cases.add(Case.of(n)));
    }
    long errors = cases.stream().filter(c -> c.outcome().equals("ResultsFormatException")).count();
    assertTrue(errors >= 20, "the corpus has " + errors + " hostile documents");
    return cases.stream().map(c -> Arguments.of(c.document() + " (" + c.mode() + "): " + c.note(), c));
  }

  private static InputStream resource(String name) {
    return Objects.requireNonNull(ResultsHostileTest.class.getResourceAsStream(DIRECTORY + name), name);
  }

  /** What reading gave: a document or an error. */
  record Outcome(ResultsDocument document, ResultsFormatException error) {
    static Outcome of(Supplier<ResultsDocument> read) {
      try {
        return new Outcome(read.get(), null);
      } catch (ResultsFormatException e) {
        return new Outcome(null, e);
      }
    }

    /** Equal outcomes: the same document, or errors with the same message. */
    String describe() {
      return error == null ? "document " + document : "error " + error.getMessage();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void everyHostileDocumentGivesItsExpectedOutcome(String name, Case c) throws IOException {
    ResultsJson json = c.mode().equals("lenient") ? ResultsJson.lenient() : ResultsJson.strict();
    byte[] bytes;
    try (InputStream in = resource(c.document())) {
      bytes = in.readAllBytes();
    }
    Outcome outcome = Outcome.of(() -> {
      try {
        return json.read(new ByteArrayInputStream(bytes));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
    assertEquals(outcome.describe(), Outcome.of(() -> json.read(bytes)).describe(), "a stream and an array");
    strictUtf8(bytes).ifPresent(text ->
        assertEquals(outcome.describe(), Outcome.of(() -> json.read(text)).describe(), "bytes and a string"));

    if (c.outcome().equals("loads")) {
      assertNotNull(outcome.document(), () -> "expected a document, got " + outcome.error().getMessage());
      assertEquals(outcome.document(), json.read(json.write(outcome.document())), "what loads can be written back");
      return;
    }
    assertEquals("ResultsFormatException", c.outcome());
    ResultsFormatException e = outcome.error();
    if (e == null) {
      fail("expected a ResultsFormatException, got " + outcome.document());
    }
    c.path().ifPresent(p -> assertEquals(p, e.jsonPath(), e.getMessage()));
    c.pathStartsWith().ifPresent(p -> assertTrue(e.jsonPath().startsWith(p), e.getMessage()));
    c.line().ifPresent(l -> assertEquals(l, e.line(), e.getMessage()));
    c.column().ifPresent(col -> assertEquals(col, e.column(), e.getMessage()));
    c.problem().ifPresent(p -> assertTrue(e.problem().contains(p), e.problem() + " contains " + p));
    assertTrue(e.jsonPath().startsWith("$"), "every error has a path: " + e.getMessage());
    assertTrue(e.line() > 0 && e.column() > 0, "every error has a line and column: " + e.getMessage());
    assertTrue(e.getMessage().contains("(at " + e.jsonPath()), e.getMessage());
  }

  private static Optional<String> strictUtf8(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
