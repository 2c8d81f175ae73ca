package io.github.eduplan.json;

import io.github.eduplan.model.Baht;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.OfficeLevel;
import io.github.eduplan.model.Situation;
import io.github.eduplan.model.Unit;
import io.github.eduplan.model.YearBasis;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module that reads and writes eduplan's value types: register it in your own
 * {@code JsonMapper} to embed plans in your documents, or use {@link PlanJson}, which is configured
 * with it. The forms it uses are in {@code docs/json-format.md}:
 *
 * <ul>
 *   <li>{@link FiscalYear}: the Buddhist Era year as a JSON integer ({@code 2565}), also as an
 *       object key;
 *   <li>{@link FiscalYearRange}: {@code {"first": 2563, "last": 2565}};
 *   <li>{@link Quarter}: the integer 1 to 4;
 *   <li>{@link Baht}: a JSON number or a plain decimal string with at most two decimals;
 *   <li>{@link Unit}: the unit's text;
 *   <li>{@link IndicatorValue}: an object with exactly one of {@code number}, {@code level},
 *       {@code yesNo}, {@code text}, {@code notAvailable};
 *   <li>{@link YearBasis}: its name; {@link YearBasis#UNSTATED}, the default, counts as empty, so
 *       that a mapper that leaves out empty values (as {@link PlanJson}'s does) leaves it out;
 *   <li>{@link OfficeLevel}: its name; {@link OfficeLevel#AREA_OFFICE}, the default, counts as
 *       empty in the same way.
 * </ul>
 *
 * <p>No type is ever chosen from a class name in the input. This class is thread-safe once
 * registered.
 */
public final class EduplanModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  /**
   * A baht amount as a string, bounded like a number in a plan: without the bound, a string of a
   * million digits costs {@code new BigDecimal} most of a minute.
   */
  private static final Pattern PLAIN_DECIMAL = Pattern.compile(
      "-?[0-9]{1," + IndicatorValue.Numeric.MAX_DIGITS + "}(\\.[0-9]{1," + IndicatorValue.Numeric.MAX_DIGITS + "})?");

  /** Creates the module. */
  public EduplanModule() {
    super("eduplan", Version.unknownVersion());
    addSerializer(FiscalYear.class, new FiscalYearSerializer());
    addDeserializer(FiscalYear.class, new FiscalYearDeserializer());
    addKeySerializer(FiscalYear.class, new FiscalYearKeySerializer());
    addKeyDeserializer(FiscalYear.class, new FiscalYearKeyDeserializer());
    addSerializer(FiscalYearRange.class, new RangeSerializer());
    addDeserializer(FiscalYearRange.class, new RangeDeserializer());
    addSerializer(Quarter.class, new QuarterSerializer());
    addDeserializer(Quarter.class, new QuarterDeserializer());
    addSerializer(Baht.class, new BahtSerializer());
    addDeserializer(Baht.class, new BahtDeserializer());
    addSerializer(Unit.class, new UnitSerializer());
    addDeserializer(Unit.class, new UnitDeserializer());
    addDeserializer(BigDecimal.class, new DecimalDeserializer());
    addSerializer(IndicatorValue.class, new IndicatorValueSerializer());
    addSerializer(YearBasis.class, new EnumByName<>(YearBasis.UNSTATED));
    addDeserializer(IndicatorValue.class, new IndicatorValueDeserializer());
    addSerializer(OfficeLevel.class, new EnumByName<>(OfficeLevel.AREA_OFFICE));
    addSerializer(Situation.class, new SituationSerializer());
  }

  /** The string through the mapper's String deserializer, so that its rules apply here too. */
  private static String text(JsonParser p, DeserializationContext ctxt) {
    return ctxt.readValue(p, String.class);
  }

  private static int readInt(JsonParser p, DeserializationContext ctxt, Class<?> type) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return (Integer) ctxt.handleUnexpectedToken(ctxt.constructType(type), p);
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw ctxt.weirdNumberException(p.getNumberValue(), type, "out of range");
    }
    return p.getIntValue();
  }

  private static final int MAX_DIGITS = IndicatorValue.Numeric.MAX_DIGITS;

  /** Lenient reading ignores unknown properties inside these values too, like everywhere else. */
  private static boolean ignoresUnknown(DeserializationContext ctxt) {
    return !ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /**
   * Reads a JSON number as an exact decimal, refusing exponents that would make arithmetic on it
   * explode ("1e999999999" is 11 characters but has a billion digits).
   */
  private static BigDecimal decimal(JsonParser p, DeserializationContext ctxt, Class<?> type) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT || p.isNaN()) {
      return (BigDecimal) ctxt.handleUnexpectedToken(ctxt.constructType(type), p);
    }
    BigDecimal value = p.getDecimalValue();
    if (value.scale() > MAX_DIGITS || value.precision() - value.scale() > MAX_DIGITS) {
      throw new PlanInputException(p, type, type == Baht.class ? FormatProblem.BAHT : FormatProblem.DECIMAL,
          FormatProblem.number(value.precision() > 2 * MAX_DIGITS ? value.toString() : value.toPlainString()));
    }
    return value;
  }

  private static FiscalYear fiscalYear(int year, JsonParser p, DeserializationContext ctxt) {
    try {
      return FiscalYear.of(year);
    } catch (IllegalArgumentException e) {
      throw new PlanInputException(p, FiscalYear.class, FormatProblem.YEAR, FormatProblem.number(year));
    }
  }

  private static final class FiscalYearSerializer extends ValueSerializer<FiscalYear> {
    @Override
    public void serialize(FiscalYear value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeNumber(value.buddhistEraYear());
    }
  }

  private static final class FiscalYearDeserializer extends ValueDeserializer<FiscalYear> {
    @Override
    public FiscalYear deserialize(JsonParser p, DeserializationContext ctxt) {
      return fiscalYear(readInt(p, ctxt, FiscalYear.class), p, ctxt);
    }
  }

  private static final class FiscalYearKeySerializer extends ValueSerializer<FiscalYear> {
    @Override
    public void serialize(FiscalYear value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeName(Integer.toString(value.buddhistEraYear()));
    }
  }

  /**
   * Whether a key has the one spelling of a fiscal year: one to five ASCII digits, the first not a
   * zero ("02565" would silently replace the target of "2565"). By hand rather than a regular
   * expression: every target of every indicator has such a key.
   */
  static boolean isYearKey(String key) {
    if (key.isEmpty() || key.length() > 5 || key.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static final class FiscalYearKeyDeserializer extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) {
      if (!isYearKey(key)) {
        throw new PlanInputException(ctxt.getParser(), FiscalYear.class, FormatProblem.YEAR_KEY, FormatProblem.key(key));
      }
      try {
        return FiscalYear.of(Integer.parseInt(key));
      } catch (IllegalArgumentException e) {
        throw new PlanInputException(ctxt.getParser(), FiscalYear.class, FormatProblem.YEAR, FormatProblem.key(key));
      }
    }
  }

  private static final class RangeSerializer extends ValueSerializer<FiscalYearRange> {
    @Override
    public void serialize(FiscalYearRange value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject();
      gen.writeNumberProperty("first", value.first().buddhistEraYear());
      gen.writeNumberProperty("last", value.last().buddhistEraYear());
      gen.writeEndObject();
    }
  }

  private static final class RangeDeserializer extends ValueDeserializer<FiscalYearRange> {
    @Override
    public FiscalYearRange deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (FiscalYearRange) ctxt.handleUnexpectedToken(ctxt.constructType(FiscalYearRange.class), p);
      }
      FiscalYear first = null;
      FiscalYear last = null;
      for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        if ("first".equals(name) && first == null) {
          first = fiscalYear(readInt(p, ctxt, FiscalYear.class), p, ctxt);
        } else if ("last".equals(name) && last == null) {
          last = fiscalYear(readInt(p, ctxt, FiscalYear.class), p, ctxt);
        } else if (!"first".equals(name) && !"last".equals(name) && ignoresUnknown(ctxt)) {
          p.skipChildren();
        } else {
          throw new PlanInputException(p, FiscalYearRange.class, FormatProblem.RANGE, FormatProblem.property(name));
        }
      }
      if (first == null || last == null) {
        String missing = first == null && last == null ? "\"first\" and \"last\"" : first == null ? "\"first\"" : "\"last\"";
        throw new PlanInputException(p, FiscalYearRange.class, FormatProblem.RANGE,
            FormatProblem.words("an object without " + missing, "ออบเจ็กต์ที่ไม่มี " + missing));
      }
      return FiscalYearRange.of(first, last);
    }
  }

  private static final class QuarterSerializer extends ValueSerializer<Quarter> {
    @Override
    public void serialize(Quarter value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeNumber(value.number());
    }
  }

  private static final class QuarterDeserializer extends ValueDeserializer<Quarter> {
    @Override
    public Quarter deserialize(JsonParser p, DeserializationContext ctxt) {
      int n = readInt(p, ctxt, Quarter.class);
      if (n < 1 || n > 4) {
        throw new PlanInputException(p, Quarter.class, FormatProblem.QUARTER, FormatProblem.number(n));
      }
      return Quarter.of(n);
    }
  }

  private static final class BahtSerializer extends ValueSerializer<Baht> {
    @Override
    public void serialize(Baht value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeNumber(value.toPlainString());
    }
  }

  private static final class BahtDeserializer extends ValueDeserializer<Baht> {
    @Override
    public Baht deserialize(JsonParser p, DeserializationContext ctxt) {
      BigDecimal amount;
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        amount = decimal(p, ctxt, Baht.class);
      } else if (t == JsonToken.VALUE_STRING) {
        String text = p.getString();
        if (!PLAIN_DECIMAL.matcher(text).matches()) {
          throw new PlanInputException(p, Baht.class, FormatProblem.BAHT, FormatProblem.string(text));
        }
        amount = new BigDecimal(text);
      } else {
        return (Baht) ctxt.handleUnexpectedToken(ctxt.constructType(Baht.class), p);
      }
      try {
        return Baht.of(amount);
      } catch (IllegalArgumentException e) {
        throw new PlanInputException(p, Baht.class, FormatProblem.BAHT,
            FormatProblem.refusedNumber(amount.toPlainString(), e.getMessage()));
      }
    }
  }

  /** An enum written by its name, and left out (as empty) at its default. */
  private static final class EnumByName<E extends Enum<E>> extends ValueSerializer<E> {
    private final E omitted;

    EnumByName(E omitted) {
      this.omitted = omitted;
    }

    @Override
    public void serialize(E value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(value.name());
    }

    @Override
    public boolean isEmpty(SerializationContext ctxt, E value) {
      return value == null || value == omitted;
    }
  }

  private static final class UnitSerializer extends ValueSerializer<Unit> {
    @Override
    public void serialize(Unit value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(value.text());
    }
  }

  private static final class UnitDeserializer extends ValueDeserializer<Unit> {
    @Override
    public Unit deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (Unit) ctxt.handleUnexpectedToken(ctxt.constructType(Unit.class), p);
      }
      String text = text(p, ctxt);
      if (text.isBlank()) {
        throw new PlanInputException(p, Unit.class, FormatProblem.UNIT, FormatProblem.string(text));
      }
      return Unit.of(text);
    }
  }

  private static final class DecimalDeserializer extends ValueDeserializer<BigDecimal> {
    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
      return decimal(p, ctxt, BigDecimal.class);
    }
  }

  private static final class IndicatorValueSerializer extends ValueSerializer<IndicatorValue> {
    @Override
    public void serialize(IndicatorValue value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject();
      if (value instanceof IndicatorValue.Numeric) {
        gen.writeName("number");
        gen.writeNumber(((IndicatorValue.Numeric) value).value());
      } else if (value instanceof IndicatorValue.Level) {
        gen.writeStringProperty("level", ((IndicatorValue.Level) value).level());
      } else if (value instanceof IndicatorValue.YesNo) {
        gen.writeBooleanProperty("yesNo", ((IndicatorValue.YesNo) value).isYes());
      } else if (value instanceof IndicatorValue.Text) {
        gen.writeStringProperty("text", ((IndicatorValue.Text) value).text());
      } else {
        gen.writeStringProperty("notAvailable", ((IndicatorValue.NotAvailable) value).written());
      }
      gen.writeEndObject();
    }
  }

  private static final class IndicatorValueDeserializer extends ValueDeserializer<IndicatorValue> {
    private static final java.util.Set<String> KINDS = java.util.Set.of("number", "level", "yesNo", "text", "notAvailable");

    @Override
    public IndicatorValue deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw form(p, FormatProblem.token(p.currentToken(), p));
      }
      IndicatorValue value = null;
      for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (!KINDS.contains(name)) {
          if (!ignoresUnknown(ctxt)) {
            throw form(p, FormatProblem.property(name));
          }
          p.skipChildren();
        } else if (value != null) {
          throw form(p, FormatProblem.words("a second one, " + FormatProblem.quote(name),
              "ค่าที่สอง " + FormatProblem.quote(name)));
        } else {
          value = kind(name, v, p, ctxt);
        }
      }
      if (value == null) {
        throw form(p, FormatProblem.words("an object with none of them", "ออบเจ็กต์ที่ไม่มีค่าใดเลย"));
      }
      return value;
    }

    private static PlanInputException form(JsonParser p, FormatProblem.Words found) {
      return new PlanInputException(p, IndicatorValue.class, FormatProblem.VALUE_FORM, found);
    }

    /** The one kind of value named, which needs another token than the one found. */
    private static PlanInputException kindNeeds(JsonParser p, String name, String english, String thai) {
      return new PlanInputException(p, IndicatorValue.class,
          FormatProblem.words(english + " for \"" + name + "\"", thai + " สำหรับ \"" + name + "\""),
          FormatProblem.token(p.currentToken(), p));
    }

    private IndicatorValue kind(String name, JsonToken t, JsonParser p, DeserializationContext ctxt) {
      switch (name) {
        case "number":
          if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw kindNeeds(p, name, "a JSON number", "ตัวเลข JSON");
          }
          return IndicatorValue.number(decimal(p, ctxt, IndicatorValue.class));
        case "level":
          if (t != JsonToken.VALUE_STRING || p.getString().isBlank()) {
            throw kindNeeds(p, name, "text that is not blank", "ข้อความที่ไม่ว่าง");
          }
          return IndicatorValue.level(text(p, ctxt));
        case "yesNo":
          if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw kindNeeds(p, name, "true or false", "true หรือ false");
          }
          return IndicatorValue.yesNo(t == JsonToken.VALUE_TRUE);
        case "text":
          if (t != JsonToken.VALUE_STRING) {
            throw kindNeeds(p, name, "a string", "ข้อความ");
          }
          return IndicatorValue.text(text(p, ctxt));
        default:
          if (t != JsonToken.VALUE_STRING) {
            throw kindNeeds(p, name, "a string such as \"N/A\"", "ข้อความ เช่น \"N/A\"");
          }
          return IndicatorValue.notAvailable(text(p, ctxt));
      }
    }
  }

  /**
   * A situation with its non-empty lists only; the empty situation counts as empty, so that a plan
   * without one is written as before.
   */
  private static final class SituationSerializer extends ValueSerializer<Situation> {
    @Override
    public void serialize(Situation value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject(value);
      if (!value.tables().isEmpty()) {
        ctxt.defaultSerializeProperty("tables", value.tables(), gen);
      }
      if (!value.swot().isEmpty()) {
        ctxt.defaultSerializeProperty("swot", value.swot(), gen);
      }
      if (!value.sameFigures().isEmpty()) {
        ctxt.defaultSerializeProperty("sameFigures", value.sameFigures(), gen);
      }
      gen.writeEndObject();
    }

    @Override
    public boolean isEmpty(SerializationContext ctxt, Situation value) {
      return value == null || value.isEmpty();
    }
  }
}
