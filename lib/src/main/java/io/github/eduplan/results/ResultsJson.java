package io.github.eduplan.results;

import io.github.eduplan.internal.TextPosition;
import io.github.eduplan.internal.JsonPaths;
import io.github.eduplan.json.PlanJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes results documents ({@link ResultsDocument}) in eduplan's JSON format
 * ({@code docs/results.md}), as strictly as {@link PlanJson} reads plans. Example:
 *
 * <pre>{@code
 * ResultsDocument results = ResultsJson.strict().read(Path.of("tak-2-2565-results.json"));
 * String json = ResultsJson.strict().write(results);
 * }</pre>
 *
 * <p>The document is UTF-8 (with or without a byte order mark), and every byte is checked before
 * any JSON is parsed. An unknown property, a JSON {@code null}, a duplicate key, a wrong type, trailing
 * content, a value that can never be legal, or a {@link ResultsDocument#formatVersion() format
 * version} above {@link ResultsDocument#FORMAT_VERSION} raises one {@link ResultsFormatException}
 * with the JSON path, line and column, and no document. {@link #lenient()} reads documents of later
 * versions, ignoring the properties they added, and is otherwise as strict. Values are read exactly
 * as in a plan ({@code docs/json-format.md}): Buddhist Era years, quarters 1–4, baht as exact
 * decimals, indicator values as one-property objects, ISO dates. Documents are bounded by
 * {@link PlanJson#DEFAULT_LIMITS}, which {@link Builder#limits} changes.
 *
 * <p>Instances are immutable and thread-safe; share them.
 */
public final class ResultsJson {
  /** The class-path resource of the JSON Schema (draft 2020-12) of a results document. */
  public static final String SCHEMA_RESOURCE = "/io/github/eduplan/results/results.schema.json";

  private static final ResultsJson STRICT = builder().build();
  private static final ResultsJson LENIENT = builder().ignoreUnknownProperties(true).build();

  private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at \\[Source: [^\\]]*\\]\\)");
  private static final Pattern GENERATED_TYPE =
      Pattern.compile("io\\.github\\.eduplan\\.(results|model)\\.Immutable(\\w+)\\$Json");

  private final JsonMapper mapper;
  private final ObjectWriter streamWriter;
  private final boolean lenient;

  private ResultsJson(JsonMapper mapper, boolean lenient) {
    this.mapper = mapper;
    this.streamWriter = mapper.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);
    this.lenient = lenient;
  }

  /**
   * Returns the strict reader and writer: unknown properties and later format versions are errors.
   *
   * @return the shared instance, not null
   */
  public static ResultsJson strict() {
    return STRICT;
  }

  /**
   * Returns the lenient reader and writer: unknown properties are ignored and documents of later
   * format versions are read; everything else is as strict as {@link #strict()}.
   *
   * @return the shared instance, not null
   */
  public static ResultsJson lenient() {
    return LENIENT;
  }

  /**
   * Returns a builder for a reader and writer with other settings.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a results document from a UTF-8 file.
   *
   * @param file the file, not null
   * @return the document, not null
   * @throws ResultsFormatException if the file is not a valid results document
   * @throws IOException if the file cannot be read
   */
  public ResultsDocument read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads a results document from a stream of UTF-8 JSON. The stream is read to its end, or just
   * past the document length limit, and is not closed.
   *
   * @param in the stream, not null
   * @return the document, not null
   * @throws ResultsFormatException if the bytes are not a valid results document
   * @throws IOException if the stream cannot be read
   */
  public ResultsDocument read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    long max = maxDocumentLength();
    return read(max < 0 ? in.readAllBytes() : in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, max + 1)));
  }

  /**
   * Reads a results document from the bytes of a UTF-8 JSON document, exactly as
   * {@link #read(InputStream)} reads the same bytes. The array is neither changed nor kept.
   *
   * @param json the document's bytes, not null
   * @return the document, not null
   * @throws ResultsFormatException if the bytes are not a valid results document
   */
  public ResultsDocument read(byte[] json) {
    Objects.requireNonNull(json, "json");
    long max = maxDocumentLength();
    if (max >= 0 && json.length > max) {
      throw at(decodable(json, (int) max), "the document is longer than the maximum of " + max
          + " bytes (StreamReadConstraints maxDocumentLength)");
    }
    return read(decode(json));
  }

  /**
   * Reads a results document from a JSON string; a leading byte order mark (U+FEFF) is skipped.
   *
   * @param json the document, not null
   * @return the document, not null
   * @throws ResultsFormatException if the text is not a valid results document
   */
  public ResultsDocument read(String json) {
    Objects.requireNonNull(json, "json");
    String text = !json.isEmpty() && json.charAt(0) == '\uFEFF' ? json.substring(1) : json;
    ResultsDocument document;
    try {
      document = parse(text);
    } catch (ResultsFormatException e) {
      // What a later version added reads as unknown properties, which would hide the cause.
      if (!lenient) {
        refuseLaterVersion(text);
      }
      throw e;
    }
    if (!lenient && document.formatVersion() > ResultsDocument.FORMAT_VERSION) {
      refuseLaterVersion(text);
    }
    return document;
  }

  private ResultsDocument parse(String text) {
    try (JsonParser parser = mapper.createParser(text)) {
      try {
        ResultsDocument document = mapper.readValue(parser, ResultsDocument.class);
        if (document == null) {
          throw new ResultsFormatException("the document is empty or null", "$", 1, 1, null);
        }
        return document;
      } catch (JacksonException e) {
        throw toFormatException(e, parser);
      } catch (IllegalArgumentException | IllegalStateException e) {
        TokenStreamLocation at = parser.currentLocation();
        throw located(e, JsonPaths.of(parser.streamReadContext()), at.getLineNr(), at.getColumnNr());
      }
    }
  }

  private long maxDocumentLength() {
    StreamReadConstraints limits = mapper.tokenStreamFactory().streamReadConstraints();
    return limits.hasMaxDocumentLength() ? limits.getMaxDocumentLength() : -1;
  }

  /**
   * Refuses a document whose format version is above this library's, at the version: called when
   * a strict read failed (the new properties of a later version read as unknown ones, which hides
   * the cause) or read a later version. A valid document is scanned only in that second, rare case.
   * A document this scan cannot read is left to the error of the full read.
   */
  private void refuseLaterVersion(String text) {
    try (JsonParser parser = mapper.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return;
      }
      for (JsonToken t = parser.nextToken(); t == JsonToken.PROPERTY_NAME; t = parser.nextToken()) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("formatVersion".equals(name) && value == JsonToken.VALUE_NUMBER_INT
            && parser.getNumberType() == JsonParser.NumberType.INT) {
          int version = parser.getIntValue();
          if (version > ResultsDocument.FORMAT_VERSION) {
            TokenStreamLocation at = parser.currentTokenLocation();
            String known = ResultsDocument.FORMAT_VERSION == 1 ? "version 1"
                : "versions 1 to " + ResultsDocument.FORMAT_VERSION;
            throw new ResultsFormatException("the document is in format version " + version
                + ", and this eduplan reads " + known
                + "; read it leniently (ResultsJson.lenient()) to ignore what the later version added",
                "$.formatVersion", at.getLineNr(), Math.max(1, at.getColumnNr()), null);
          }
          return;
        }
        parser.skipChildren();
      }
    } catch (JacksonException e) {
      // Not a document this scan can read: the full read reports why.
    }
  }

  /** The text of a UTF-8 document; anything else is an error naming where it stops being UTF-8. */
  private String decode(byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
        || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
      throw new ResultsFormatException("the document is UTF-16 (it starts with a UTF-16 byte order mark):"
          + " a results document is UTF-8; save it as UTF-8", "$", 1, 1, null);
    }
    int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, bom, bytes.length - bom);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in).toString();
    } catch (CharacterCodingException e) {
      int offset = in.position();
      int length = e instanceof MalformedInputException m ? m.getInputLength() : 1;
      StringBuilder bad = new StringBuilder();
      for (int i = offset; i < Math.min(bytes.length, offset + length); i++) {
        bad.append(String.format(" %02X", bytes[i] & 0xFF));
      }
      throw at(new String(bytes, bom, offset - bom, StandardCharsets.UTF_8), "the document is not valid UTF-8: the"
          + " bytes" + bad + " at byte offset " + offset + " are not a character");
    }
  }

  /** The text of the first bytes of a document, up to a whole character, for an error's position. */
  private static String decodable(byte[] bytes, int length) {
    CharBuffer out = CharBuffer.allocate(length);
    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes, 0, length), out, false);
    out.flip();
    String text = out.toString();
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

  /** The exception for a problem found right after the text given, at its line, column and path. */
  private ResultsFormatException at(String prefix, String problem) {
    TextPosition end = TextPosition.atEndOf(prefix);
    String path;
    try (JsonParser parser = mapper.createParser(prefix)) {
      path = JsonPaths.atEnd(parser);
    }
    return new ResultsFormatException(problem, path, end.line(), end.column(), null);
  }

  private static ResultsFormatException toFormatException(JacksonException e, JsonParser parser) {
    TokenStreamLocation at = e.getLocation();
    if (at == null || at.getLineNr() < 1) {
      at = parser.currentLocation();
    }
    String path = jsonPath(e);
    String where = JsonPaths.of(parser.streamReadContext());
    String best = where.startsWith(path) ? where : path;
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof IllegalArgumentException || c instanceof IllegalStateException) {
        return located((RuntimeException) c, best, at.getLineNr(), at.getColumnNr());
      }
    }
    String problem = e instanceof ValueInstantiationException && e.getCause() != null && e.getCause().getMessage() != null
        ? e.getCause().getMessage()
        : e.getOriginalMessage();
    return new ResultsFormatException(problem(problem, e), best, at.getLineNr(), Math.max(1, at.getColumnNr()), e);
  }

  /**
   * The exception for a value the model refused while it was built at {@code path}: a
   * {@link DocumentProblem} names the element inside it, any other refusal the value itself.
   */
  private static ResultsFormatException located(RuntimeException e, String path, int line, int column) {
    if (e instanceof DocumentProblem p) {
      String relative = p.relativePath();
      return new ResultsFormatException(problem(p.problem(), e), path + (relative.startsWith("[") ? "" : ".") + relative,
          line, Math.max(1, column), e);
    }
    return new ResultsFormatException(problem(e.getMessage(), e), path, line, Math.max(1, column), e);
  }

  private static String problem(String message, Throwable e) {
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    String text = START_MARKER.matcher(message).replaceAll("");
    return GENERATED_TYPE.matcher(text).replaceAll("io.github.eduplan.$1.$2").strip();
  }

  private static String jsonPath(JacksonException e) {
    StringBuilder sb = new StringBuilder("$");
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getPropertyName() != null) {
        sb.append('.').append(ref.getPropertyName());
      }
    }
    return sb.toString();
  }

  /**
   * Writes a results document as indented UTF-8 JSON.
   *
   * @param document the document, not null
   * @return the JSON text, not null
   */
  public String write(ResultsDocument document) {
    return mapper.writeValueAsString(Objects.requireNonNull(document, "document"));
  }

  /**
   * Writes a results document as indented UTF-8 JSON to a file, replacing it.
   *
   * @param document the document, not null
   * @param file the file, not null
   * @throws IOException if the file cannot be written
   */
  public void write(ResultsDocument document, Path file) throws IOException {
    Objects.requireNonNull(document, "document");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(document, out);
    }
  }

  /**
   * Writes a results document as indented UTF-8 JSON to a stream, which is flushed and not closed.
   *
   * @param document the document, not null
   * @param out the stream, not null
   * @throws IOException if the stream cannot be written
   */
  public void write(ResultsDocument document, OutputStream out) throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    try {
      streamWriter.writeValue(out, document);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
    out.flush();
  }

  /**
   * Opens the JSON Schema of a results document shipped in the jar.
   *
   * @return a new stream of the schema; the caller closes it
   */
  public static InputStream schema() {
    InputStream in = ResultsJson.class.getResourceAsStream(SCHEMA_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the jar lacks " + SCHEMA_RESOURCE);
    }
    return in;
  }

  /** Builds a {@link ResultsJson} with other settings than the defaults. */
  public static final class Builder {
    private boolean ignoreUnknownProperties;
    private StreamReadConstraints limits = PlanJson.DEFAULT_LIMITS;

    private Builder() {}

    /**
     * Sets whether unknown properties are ignored and later format versions read (lenient), or
     * both are errors (strict, the default).
     *
     * @param ignore true to ignore them
     * @return this builder
     */
    public Builder ignoreUnknownProperties(boolean ignore) {
      this.ignoreUnknownProperties = ignore;
      return this;
    }

    /**
     * Sets the limits on a document's size, nesting, string, number and name lengths and token
     * count; start from {@code PlanJson.DEFAULT_LIMITS.rebuild()} to keep the limits you do not
     * change.
     *
     * @param limits the limits, not null
     * @return this builder
     */
    public Builder limits(StreamReadConstraints limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Builds the reader and writer.
     *
     * @return a new instance, not null
     */
    public ResultsJson build() {
      // A plan's reader already has every rule a results document needs (strict scalars, no null,
      // duplicate keys, exact decimals, the value types): the results' own forms come on top.
      JsonMapper plans = PlanJson.builder().ignoreUnknownProperties(ignoreUnknownProperties).limits(limits).build()
          .mapper();
      return new ResultsJson(plans.rebuild().addModule(new ResultsModule()).build(), ignoreUnknownProperties);
    }
  }
}
