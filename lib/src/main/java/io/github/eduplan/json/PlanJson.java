package io.github.eduplan.json;

import io.github.eduplan.internal.TextPosition;
import io.github.eduplan.internal.JsonPaths;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.eduplan.model.OfficeLevel;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.YearBasis;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads and writes plans in eduplan's JSON format ({@code docs/json-format.md}). Example:
 *
 * <pre>{@code
 * StrategicPlan plan = PlanJson.strict().read(Path.of("plan.json"));
 * String json = PlanJson.strict().write(plan);
 * }</pre>
 *
 * <p>Reading is strict by default: an unknown property, a JSON {@code null}, a duplicate key, a
 * wrong type, or a value the model can never accept raises one {@link PlanFormatException} with
 * the JSON path, line and column, and no plan. Text is UTF-8 and kept byte for byte; money is read
 * as an exact decimal. {@link #lenient()} ignores unknown properties and nothing else. Documents are
 * bounded by {@link #DEFAULT_LIMITS}, which {@link Builder#limits} changes.
 *
 * <p>Instances are immutable and thread-safe; share them.
 */
public final class PlanJson {
  /** The class-path resource of the JSON Schema (draft 2020-12) of a plan document. */
  public static final String SCHEMA_RESOURCE = "/io/github/eduplan/json/plan.schema.json";

  /**
   * The default limits on a document: 64 MiB of input (bytes for a file or stream, characters for
   * a string), nesting 64 deep, strings of 1,000,000 characters, numbers of 100 characters,
   * property names of 1,000 characters and 1,000,000 tokens. A large real plan is under 1 MiB,
   * nests about 10 deep and has some tens of thousands of tokens; the token limit is what stops a
   * document of ten million empty objects, which fits in the size limit, after a fraction of a
   * second instead of building millions of values.
   */
  public static final StreamReadConstraints DEFAULT_LIMITS =
      StreamReadConstraints.builder()
          .maxDocumentLength(64L * 1024 * 1024)
          .maxNestingDepth(64)
          .maxStringLength(1_000_000)
          .maxNumberLength(100)
          .maxNameLength(1_000)
          .maxTokenCount(1_000_000)
          .build();

  private static final JsonInclude.Value NON_EMPTY =
      JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.USE_DEFAULTS);

  private static final PlanJson STRICT = builder().build();
  private static final PlanJson LENIENT = builder().ignoreUnknownProperties(true).build();

  private final JsonMapper mapper;
  private final ObjectWriter streamWriter;
  private final StreamingPlanReader fastReader;

  private PlanJson(JsonMapper mapper, JsonFactory factory) {
    this.mapper = mapper;
    this.streamWriter = mapper.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET);
    this.fastReader = new StreamingPlanReader(factory);
  }

  /** The reader that {@link #read} tries first, with this instance's limits. */
  StreamingPlanReader fastReader() {
    return fastReader;
  }

  /**
   * Returns the strict reader and writer: unknown properties are errors.
   *
   * @return the shared instance, not null
   */
  public static PlanJson strict() {
    return STRICT;
  }

  /**
   * Returns the lenient reader and writer: unknown properties are ignored; everything else is as
   * strict as {@link #strict()}.
   *
   * @return the shared instance, not null
   */
  public static PlanJson lenient() {
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
   * Returns the configured mapper, to read or write parts of a plan or to embed plans in other
   * documents. Do not reconfigure it; build your own with {@link EduplanModule} instead.
   *
   * @return the mapper, not null
   */
  public JsonMapper mapper() {
    return mapper;
  }

  /**
   * Reads a plan from a UTF-8 file (UTF-16 or UTF-32 only with a byte order mark).
   *
   * @param file the file, not null
   * @return the plan, not null
   * @throws PlanFormatException if the document is not a valid plan
   * @throws IOException if the file cannot be read
   */
  public StrategicPlan read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads a plan from a stream of UTF-8 JSON (UTF-16 or UTF-32 only with a byte order mark). The
   * stream is read to its end, or just past the document length limit, and is not closed. Every
   * byte is checked: invalid or overlong UTF-8 is a {@link PlanFormatException}, never replaced.
   * Columns count characters, as for {@link #read(String)}.
   *
   * @param in the stream, not null
   * @return the plan, not null
   * @throws PlanFormatException if the document is not a valid plan
   * @throws IOException if the stream cannot be read
   */
  public StrategicPlan read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return readChecked(DocumentText.bytes(in, maxDocumentLength(), this::pathAtEnd));
  }

  /**
   * Reads a plan from the bytes of a UTF-8 JSON document (UTF-16 or UTF-32 only with a byte order
   * mark), such as a request body or a stored blob, exactly as {@link #read(InputStream)} reads the
   * same bytes from a stream: the same checks, the same plan or the same error, without copying
   * the bytes first. The array is neither changed nor kept.
   *
   * @param json the document's bytes, not null
   * @return the plan, not null
   * @throws PlanFormatException if the document is not a valid plan
   */
  public StrategicPlan read(byte[] json) {
    Objects.requireNonNull(json, "json");
    DocumentText.checkLength(json, maxDocumentLength(), this::pathAtEnd);
    return readChecked(json);
  }

  private long maxDocumentLength() {
    StreamReadConstraints limits = mapper.tokenStreamFactory().streamReadConstraints();
    return limits.hasMaxDocumentLength() ? limits.getMaxDocumentLength() : -1;
  }

  /** Reads bytes that are within the length limit. */
  private StrategicPlan readChecked(byte[] bytes) {
    Optional<DocumentText.Utf8Document> utf8 = DocumentText.utf8Document(bytes);
    if (utf8.isEmpty()) {
      return readWithDatabind(bytes, -1);
    }
    int start = utf8.get().start();
    Optional<StrategicPlan> plan = fastReader.read(bytes, start, bytes.length - start, utf8.get().backslash());
    return plan.isPresent() ? plan.get() : readWithDatabind(bytes, start);
  }

  /**
   * Reads the bytes of a document with databind alone, as {@link #read(InputStream)} does when the
   * fast reader refuses them: parsed as bytes when they are well-formed UTF-8 starting at
   * {@code start} (not negative), else decoded and parsed as text, which reports every error.
   */
  StrategicPlan readWithDatabind(byte[] bytes, int start) {
    if (start >= 0) {
      try (JsonParser parser = mapper.createParser(bytes, start, bytes.length - start)) {
        StrategicPlan plan = mapper.readValue(parser, StrategicPlan.class);
        if (plan != null) {
          return plan;
        }
      } catch (RuntimeException e) {
        // Jackson counts columns (and name lengths) in bytes here: the text parse below reports
        // this problem, or finds none, exactly as for read(String).
      }
    }
    return parse(DocumentText.decode(bytes, this::pathAtEnd));
  }

  /**
   * Reads a plan from a JSON string. A leading byte order mark (U+FEFF), which a file read as text
   * may keep, is skipped.
   *
   * @param json the document, not null
   * @return the plan, not null
   * @throws PlanFormatException if the document is not a valid plan
   */
  public StrategicPlan read(String json) {
    Objects.requireNonNull(json, "json");
    String text = withoutByteOrderMark(json);
    long max = maxDocumentLength();
    if (max >= 0 && text.length() > max) {
      throw tooLong(text.substring(0, (int) max), max);
    }
    return fastReader.read(text).orElseGet(() -> parse(text));
  }

  /**
   * A string longer than the document length limit, refused where the limit falls as a stream's
   * bytes are (Jackson's own refusal, from {@code createParser}, would not be typed).
   */
  private PlanFormatException tooLong(String prefix, long max) {
    TextPosition end = TextPosition.atEndOf(prefix);
    return new PlanFormatException("the document is longer than the maximum of " + max
        + " characters (StreamReadConstraints maxDocumentLength)", pathAtEnd(prefix), end.line(),
        end.column(), null);
  }

  /** The text without a leading U+FEFF, which {@link #read(String)} skips like a file's BOM. */
  static String withoutByteOrderMark(String json) {
    return !json.isEmpty() && json.charAt(0) == '\uFEFF' ? json.substring(1) : json;
  }

  /** Reads a document's text, without its byte order mark, with databind alone. */
  StrategicPlan parse(String json) {
    try (JsonParser parser = mapper.createParser(json)) {
      return read(parser);
    }
  }

  /**
   * The JSON path where a document cut short after the text given stands, for problems found
   * before parsing (an undecodable byte, the length limit).
   */
  private String pathAtEnd(String prefix) {
    try (JsonParser parser = mapper.createParser(prefix)) {
      return JsonPaths.atEnd(parser);
    }
  }

  private StrategicPlan read(JsonParser parser) {
    try {
      StrategicPlan plan = mapper.readValue(parser, StrategicPlan.class);
      if (plan == null) {
        throw new PlanFormatException(new FormatProblem(FormatProblem.PLAN, FormatProblem.NULL), "$", 1, 1, null);
      }
      return plan;
    } catch (JacksonException e) {
      throw toFormatException(e, parser);
    } catch (IllegalArgumentException | IllegalStateException e) {
      TokenStreamLocation at = parser.currentLocation();
      throw new PlanFormatException(FormatProblem.refused(e), JsonPaths.of(parser.streamReadContext()),
          at.getLineNr(), Math.max(1, at.getColumnNr()), e);
    }
  }

  private static PlanFormatException toFormatException(JacksonException e, JsonParser parser) {
    TokenStreamLocation at = e.getLocation();
    if (at == null || at.getLineNr() < 1) {
      at = parser.currentLocation();
    }
    String path = jsonPath(e.getPath());
    String where = JsonPaths.of(parser.streamReadContext());
    return new PlanFormatException(
        FormatProblem.of(e, parser),
        where.startsWith(path) ? where : path,
        at.getLineNr(),
        // Jackson gives column 0 for a document that ends before its first token.
        Math.max(1, at.getColumnNr()),
        e);
  }

  static String jsonPath(List<JacksonException.Reference> path) {
    StringBuilder sb = new StringBuilder("$");
    for (JacksonException.Reference ref : path) {
      if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getPropertyName() != null) {
        sb.append('.').append(ref.getPropertyName());
      }
    }
    return sb.toString();
  }

  /**
   * Writes a plan as indented UTF-8 JSON. What it writes, {@link #read(String)} reads back as an
   * equal plan: empty lists and maps, absent values and defaults (a baseline's unstated year basis)
   * are left out, as reading takes them for absent; and a plan whose document would pass this
   * instance's limits (a document longer than the limit in characters, more tokens, deeper nesting,
   * a longer string, number or name) is refused rather than written.
   *
   * @param plan the plan, not null
   * @return the document, not null
   * @throws PlanTooLargeException if the document would pass the limits {@link #read} applies
   */
  public String write(StrategicPlan plan) {
    Objects.requireNonNull(plan, "plan");
    StringBuilder text = new StringBuilder(4096);
    Writer sink = new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) {
        text.append(cbuf, off, len);
      }

      @Override
      public void write(String str, int off, int len) {
        text.append(str, off, off + len);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    try (JsonGenerator gen = limited(mapper.writer().createGenerator(sink), text::length, "characters")) {
      writeLimited(gen, plan);
    }
    return text.toString();
  }

  /**
   * Writes a plan as indented UTF-8 JSON to a file, replacing it, as {@link #write(StrategicPlan,
   * OutputStream)} writes it.
   *
   * @param plan the plan, not null
   * @param file the file, not null
   * @throws PlanTooLargeException if the document would pass the limits {@link #read} applies; the
   *     file is then left as it was
   * @throws IOException if the file cannot be written
   */
  public void write(StrategicPlan plan, Path file) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(file, "file");
    Bytes bytes = bytes(plan);
    try (OutputStream out = Files.newOutputStream(file)) {
      bytes.writeTo(out);
    }
  }

  /**
   * Writes a plan as indented UTF-8 JSON to a stream, which is flushed and not closed. What it
   * writes, {@link #read(InputStream)} reads back as an equal plan (see {@link #write(StrategicPlan)});
   * the document length limit counts bytes here. The document is made in memory first, so that a
   * plan too large to be read back is refused before a byte reaches the stream.
   *
   * @param plan the plan, not null
   * @param out the stream, not null
   * @throws PlanTooLargeException if the document would pass the limits {@link #read} applies;
   *     nothing is written then
   * @throws IOException if the stream cannot be written
   */
  public void write(StrategicPlan plan, OutputStream out) throws IOException {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(out, "out");
    bytes(plan).writeTo(out);
    out.flush();
  }

  /** The UTF-8 document of a plan, within the limits. */
  private Bytes bytes(StrategicPlan plan) {
    Bytes bytes = new Bytes();
    // Straight to UTF-8: through a String first, encoding it cost a third of the write.
    try (JsonGenerator gen = limited(streamWriter.createGenerator(bytes), bytes::size, "bytes")) {
      writeLimited(gen, plan);
    }
    return bytes;
  }

  private JsonGenerator limited(JsonGenerator gen, java.util.function.LongSupplier written, String unit) {
    return new LimitedGenerator(gen, mapper.tokenStreamFactory().streamReadConstraints(), written, unit);
  }

  private void writeLimited(JsonGenerator gen, StrategicPlan plan) {
    try {
      streamWriter.writeValue(gen, plan);
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof LimitedGenerator.LimitPassed passed) {
          throw passed.refusal;
        }
      }
      throw e;
    }
  }

  /**
   * The bytes of a document, in chunks that are never copied to grow: without the locks of
   * {@code ByteArrayOutputStream} and without its copies on every doubling.
   */
  private static final class Bytes extends OutputStream {
    private static final int CHUNK = 64 * 1024;
    private final List<byte[]> full = new ArrayList<>();
    private byte[] chunk = new byte[CHUNK];
    private int used;
    private long size;

    @Override
    public void write(int b) {
      if (used == chunk.length) {
        next();
      }
      chunk[used++] = (byte) b;
      size++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      Objects.checkFromIndexSize(off, len, b.length);
      size += len;
      while (len > 0) {
        if (used == chunk.length) {
          next();
        }
        int n = Math.min(len, chunk.length - used);
        System.arraycopy(b, off, chunk, used, n);
        used += n;
        off += n;
        len -= n;
      }
    }

    private void next() {
      full.add(chunk);
      chunk = new byte[CHUNK];
      used = 0;
    }

    long size() {
      return size;
    }

    void writeTo(OutputStream out) throws IOException {
      for (byte[] c : full) {
        out.write(c);
      }
      out.write(chunk, 0, used);
    }
  }

  /**
   * Opens the JSON Schema of a plan document shipped in the jar.
   *
   * @return a new stream of the schema; the caller closes it
   */
  public static InputStream schema() {
    InputStream in = PlanJson.class.getResourceAsStream(SCHEMA_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the jar lacks " + SCHEMA_RESOURCE);
    }
    return in;
  }

  /** Builds a {@link PlanJson} with other settings than the defaults. */
  public static final class Builder {
    private boolean ignoreUnknownProperties;
    private StreamReadConstraints limits = DEFAULT_LIMITS;

    private Builder() {}

    /**
     * Sets whether unknown properties are ignored (lenient) or errors (strict, the default).
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
     * count. Start from {@code PlanJson.DEFAULT_LIMITS.rebuild()} to keep the limits you do not
     * change: {@code StreamReadConstraints.builder()} starts from Jackson's looser defaults.
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
    public PlanJson build() {
      JsonFactory factory = JsonFactory.builder()
          .streamReadConstraints(limits)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          // Text outside the BMP as its four UTF-8 bytes, as a String encoded to UTF-8 has it.
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .build();
      JsonMapper mapper = JsonMapper.builder(factory)
          .addModule(new EduplanModule())
          .addModule(new StrictScalarsModule())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !ignoreUnknownProperties)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .withCoercionConfig(LogicalType.Integer, c -> c
              .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .changeDefaultNullHandling(n -> JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
          .changeDefaultPropertyInclusion(
              i -> i.withValueInclusion(JsonInclude.Include.NON_ABSENT))
          // Reading takes an absent list, map or set for an empty one, and an absent year basis
          // for UNSTATED: they are left out, so that every empty list is not three tokens more.
          .withConfigOverride(List.class, o -> o.setIncludeAsProperty(NON_EMPTY))
          .withConfigOverride(ImmutableList.class, o -> o.setIncludeAsProperty(NON_EMPTY))
          .withConfigOverride(SortedSet.class, o -> o.setIncludeAsProperty(NON_EMPTY))
          .withConfigOverride(ImmutableSortedSet.class, o -> o.setIncludeAsProperty(NON_EMPTY))
          .withConfigOverride(SortedMap.class, o -> o.setIncludeAsProperty(NON_EMPTY))
          .withConfigOverride(ImmutableSortedMap.class, o -> o.setIncludeAsProperty(NON_EMPTY))
          .withConfigOverride(YearBasis.class, o -> o.setIncludeAsProperty(NON_EMPTY))
          // An absent level is an area office's: every plan written before levels existed is one.
          .withConfigOverride(OfficeLevel.class, o -> o.setIncludeAsProperty(NON_EMPTY))
          .build();
      return new PlanJson(mapper, factory);
    }
  }
}
