package io.github.eduplan.json;

import io.github.eduplan.internal.JsonPaths;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.LongSupplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.util.JsonGeneratorDelegate;

/**
 * A generator that refuses, while writing, a document the reader's {@link StreamReadConstraints}
 * would refuse: it counts tokens as a parser counts them (every start, end, name and value),
 * follows the nesting depth, measures every string, number and property name, and asks the sink
 * how much it holds after each token. Constant work per token: the writer stays linear.
 */
final class LimitedGenerator extends JsonGeneratorDelegate {
  private final StreamReadConstraints limits;
  private final LongSupplier written;
  private final String unit;
  private final long maxTokens;
  private final long maxLength;
  private long tokens;
  private int depth;

  /**
   * @param delegate the generator that writes
   * @param limits the reader's limits
   * @param written how much the sink holds, in the unit the reader counts the document in
   * @param unit "bytes" or "characters", for the message
   */
  LimitedGenerator(JsonGenerator delegate, StreamReadConstraints limits, LongSupplier written, String unit) {
    super(delegate, false);
    this.limits = limits;
    this.written = written;
    this.unit = unit;
    this.maxTokens = limits.hasMaxTokenCount() ? limits.getMaxTokenCount() : Long.MAX_VALUE;
    this.maxLength = limits.hasMaxDocumentLength() ? limits.getMaxDocumentLength() : Long.MAX_VALUE;
  }

  /** Thrown inside serialization; {@link PlanJson} turns it into a {@link PlanTooLargeException}. */
  static final class LimitPassed extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;
    final transient PlanTooLargeException refusal;

    LimitPassed(PlanTooLargeException refusal) {
      super(refusal.getMessage());
      this.refusal = refusal;
    }
  }

  /** Checks the document's length after a token; the token count before it. */
  private void counted() {
    long length = written.getAsLong() + delegate.streamWriteOutputBuffered();
    if (length > maxLength) {
      throw refuse("the written document is longer than the reader's limit of " + maxLength + " " + unit);
    }
  }

  private void token() {
    if (++tokens > maxTokens) {
      throw refuse("the written document has more than the reader's limit of " + maxTokens + " tokens");
    }
  }

  private void open() {
    token();
    if (++depth > limits.getMaxNestingDepth()) {
      throw refuse("the written document nests deeper than the reader's limit of "
          + limits.getMaxNestingDepth());
    }
  }

  private void string(int length) {
    token();
    if (length > limits.getMaxStringLength()) {
      throw refuse("a string of " + length + " characters passes the reader's limit of "
          + limits.getMaxStringLength());
    }
  }

  private void name(int length) {
    token();
    if (length > limits.getMaxNameLength()) {
      throw refuse("a property name of " + length + " characters passes the reader's limit of "
          + limits.getMaxNameLength());
    }
  }

  /** A number as the parser measures it: the digits of an integer, the whole text of a decimal. */
  private void number(String text) {
    token();
    boolean integral = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
    int length = integral && text.startsWith("-") ? text.length() - 1 : text.length();
    if (length > limits.getMaxNumberLength()) {
      throw refuse("a number of " + length + " characters passes the reader's limit of "
          + limits.getMaxNumberLength());
    }
  }

  /** Integers of up to 19 digits: only measured when the limit is below that. */
  private void number(long value) {
    if (limits.getMaxNumberLength() < 20) {
      number(Long.toString(value));
    } else {
      token();
    }
  }

  private LimitPassed refuse(String problem) {
    return new LimitPassed(new PlanTooLargeException(problem, JsonPaths.of(delegate.streamWriteContext())));
  }

  @Override
  public JsonGenerator writeStartArray() {
    open();
    delegate.writeStartArray();
    counted();
    return this;
  }

  @Override
  public JsonGenerator writeStartArray(Object forValue) {
    open();
    delegate.writeStartArray(forValue);
    counted();
    return this;
  }

  @Override
  public JsonGenerator writeStartArray(Object forValue, int size) {
    open();
    delegate.writeStartArray(forValue, size);
    counted();
    return this;
  }

  @Override
  public JsonGenerator writeEndArray() {
    token();
    depth--;
    delegate.writeEndArray();
    counted();
    return this;
  }

  @Override
  public JsonGenerator writeStartObject() {
    open();
    delegate.writeStartObject();
    counted();
    return this;
  }

  @Override
  public JsonGenerator writeStartObject(Object forValue) {
    open();
    delegate.writeStartObject(forValue);
    counted();
    return this;
  }

  @Override
  public JsonGenerator writeStartObject(Object forValue, int size) {
    open();
    delegate.writeStartObject(forValue, size);
    counted();
    return this;
  }

  @Override
  public JsonGenerator writeEndObject() {
    token();
    depth--;
    delegate.writeEndObject();
    counted();
    return this;
  }

  @Override
  public JsonGenerator writeName(String name) {
    name(name.length());
    delegate.writeName(name);
    counted();
    return this;
  }

  @Override
  public JsonGenerator writeName(SerializableString name) {
    name(name.charLength());
    delegate.writeName(name);
    counted();
    return this;
  }

  @Override
  public JsonGenerator writePropertyId(long id) {
    name(Long.toString(id).length());
    delegate.writePropertyId(id);
    counted();
    return this;
  }

  @Override
  public JsonGenerator writeString(String text) {
    string(text.length());
    delegate.writeString(text);
    counted();
    return this;
  }

  @Override
  public JsonGenerator writeString(char[] text, int offset, int len) {
    string(len);
    delegate.writeString(text, offset, len);
    counted();
    return this;
  }

  @Override
  public JsonGenerator writeString(SerializableString text) {
    string(text.charLength());
    delegate.writeString(text);
    counted();
    return this;
  }

  @Override
  public JsonGenerator writeUTF8String(byte[] text, int offset, int length) {
    string(new String(text, offset, length, java.nio.charset.StandardCharsets.UTF_8).length());
    delegate.writeUTF8String(text, offset, length);
    counted();
    return this;
  }

  @Override
  public JsonGenerator writeRawUTF8String(byte[] text, int offset, int length) {
    string(new String(text, offset, length, java.nio.charset.StandardCharsets.UTF_8).length());
    delegate.writeRawUTF8String(text, offset, length);
    counted();
    return this;
  }

  @Override
  public JsonGenerator writeNumber(short v) {
    number(v);
    delegate.writeNumber(v);
    counted();
    return this;
  }

  @Override
  public JsonGenerator writeNumber(int v) {
    number(v);
    delegate.writeNumber(v);
    counted();
    return this;
  }

  @Override
  public JsonGenerator writeNumber(long v) {
    number(v);
    delegate.writeNumber(v);
    counted();
    return this;
  }

  @Override
  public JsonGenerator writeNumber(BigInteger v) {
    number(v.toString());
    delegate.writeNumber(v);
    counted();
    return this;
  }

  @Override
  public JsonGenerator writeNumber(double v) {
    number(Double.toString(v));
    delegate.writeNumber(v);
    counted();
    return this;
  }

  @Override
  public JsonGenerator writeNumber(float v) {
    number(Float.toString(v));
    delegate.writeNumber(v);
    counted();
    return this;
  }

  @Override
  public JsonGenerator writeNumber(BigDecimal v) {
    number(isEnabled(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN) ? v.toPlainString() : v.toString());
    delegate.writeNumber(v);
    counted();
    return this;
  }

  @Override
  public JsonGenerator writeNumber(String encodedValue) {
    number(encodedValue);
    delegate.writeNumber(encodedValue);
    counted();
    return this;
  }

  @Override
  public JsonGenerator writeNumber(char[] encodedValue, int offset, int len) {
    number(new String(encodedValue, offset, len));
    delegate.writeNumber(encodedValue, offset, len);
    counted();
    return this;
  }

  @Override
  public JsonGenerator writeBoolean(boolean state) {
    token();
    delegate.writeBoolean(state);
    counted();
    return this;
  }

  @Override
  public JsonGenerator writeNull() {
    token();
    delegate.writeNull();
    counted();
    return this;
  }

  @Override
  public JsonGenerator writePOJO(Object pojo) {
    // Through this generator, so that what the value writes is counted too.
    if (pojo == null) {
      return writeNull();
    }
    objectWriteContext().writeValue(this, pojo);
    return this;
  }
}
