package io.github.eduplan.results;

import io.github.eduplan.achievement.DisbursementTargets;
import io.github.eduplan.time.FiscalQuarter;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
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
 * The forms of a results document that a plan does not have, on top of the plan's value types
 * ({@code EduplanModule}): a fiscal quarter {@code {"year": 2565, "quarter": 3}}, a quarter as an
 * object key {@code "q1"} to {@code "q4"} (as a plan's {@code quarterlyPlan} names them), and
 * cumulative disbursement targets {@code {"label": "…", "q1": 30, "q2": 52, "q3": 75, "q4": 100}}.
 * Read as strictly as the rest: no null, no unknown property unless reading is lenient, each
 * property once.
 */
final class ResultsModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  ResultsModule() {
    super("eduplan-results", Version.unknownVersion());
    addSerializer(FiscalQuarter.class, new FiscalQuarterSerializer());
    addDeserializer(FiscalQuarter.class, new FiscalQuarterDeserializer());
    addKeySerializer(Quarter.class, new QuarterKeySerializer());
    addKeyDeserializer(Quarter.class, new QuarterKeyDeserializer());
    addSerializer(DisbursementTargets.class, new TargetsSerializer());
    addDeserializer(DisbursementTargets.class, new TargetsDeserializer());
  }

  /** {@code q1} to {@code q4}. */
  static String key(Quarter quarter) {
    return "q" + quarter.number();
  }

  private static Quarter quarterOf(String key) {
    for (Quarter q : Quarter.values()) {
      if (key(q).equals(key)) {
        return q;
      }
    }
    return null;
  }

  private static boolean ignoresUnknown(DeserializationContext ctxt) {
    return !ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** A value through the mapper's own deserializer for its type, refusing a JSON null. */
  private static <T> T value(JsonParser p, DeserializationContext ctxt, Class<T> type, String name,
      ValueDeserializer<?> owner) {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return ctxt.reportInputMismatch(owner, "\"%s\" cannot be null: leave it out instead", name);
    }
    return ctxt.readValue(p, type);
  }

  private static final class FiscalQuarterSerializer extends ValueSerializer<FiscalQuarter> {
    @Override
    public void serialize(FiscalQuarter value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject();
      gen.writeNumberProperty("year", value.year().buddhistEraYear());
      gen.writeNumberProperty("quarter", value.quarter().number());
      gen.writeEndObject();
    }
  }

  private static final class FiscalQuarterDeserializer extends ValueDeserializer<FiscalQuarter> {
    private static final String FORM =
        "a fiscal quarter is {\"year\": 2565, \"quarter\": 3}: a Buddhist Era year and a quarter 1 to 4";

    @Override
    public FiscalQuarter deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return ctxt.reportInputMismatch(this, FORM);
      }
      FiscalYear year = null;
      Quarter quarter = null;
      for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        if ("year".equals(name)) {
          year = value(p, ctxt, FiscalYear.class, name, this);
        } else if ("quarter".equals(name)) {
          quarter = value(p, ctxt, Quarter.class, name, this);
        } else if (ignoresUnknown(ctxt)) {
          p.skipChildren();
        } else {
          return ctxt.reportInputMismatch(this, FORM + "; found \"%s\"", name);
        }
      }
      if (year == null || quarter == null) {
        return ctxt.reportInputMismatch(this, FORM + "; \"%s\" is missing", year == null ? "year" : "quarter");
      }
      return FiscalQuarter.of(year, quarter);
    }
  }

  private static final class QuarterKeySerializer extends ValueSerializer<Quarter> {
    @Override
    public void serialize(Quarter value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeName(key(value));
    }
  }

  private static final class QuarterKeyDeserializer extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) {
      Quarter q = quarterOf(key);
      if (q == null) {
        return ctxt.handleWeirdKey(Quarter.class, key, "a quarter is named \"q1\", \"q2\", \"q3\" or \"q4\"");
      }
      return q;
    }
  }

  private static final class TargetsSerializer extends ValueSerializer<DisbursementTargets> {
    @Override
    public void serialize(DisbursementTargets value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject();
      if (value.label().isPresent()) {
        gen.writeStringProperty("label", value.label().get());
      }
      for (Map.Entry<Quarter, BigDecimal> e : value.cumulativePercent().entrySet()) {
        gen.writeName(key(e.getKey()));
        gen.writeNumber(e.getValue());
      }
      gen.writeEndObject();
    }
  }

  private static final class TargetsDeserializer extends ValueDeserializer<DisbursementTargets> {
    private static final String FORM = "disbursement targets are {\"label\": \"…\", \"q1\": 30, \"q2\": 52,"
        + " \"q3\": 75, \"q4\": 100}: cumulative percentages, each quarter optional";

    @Override
    public DisbursementTargets deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return ctxt.reportInputMismatch(this, FORM);
      }
      DisbursementTargets.Builder b = DisbursementTargets.builder();
      Map<Quarter, BigDecimal> percents = new EnumMap<>(Quarter.class);
      for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        Quarter q = quarterOf(name);
        if ("label".equals(name)) {
          b.label(value(p, ctxt, String.class, name, this));
        } else if (q != null) {
          percents.put(q, value(p, ctxt, BigDecimal.class, name, this));
        } else if (ignoresUnknown(ctxt)) {
          p.skipChildren();
        } else {
          return ctxt.reportInputMismatch(this, FORM + "; found \"%s\"", name);
        }
      }
      // A target out of 0–100 or falling is an IllegalArgumentException, which the reader reports here.
      return b.putAllCumulativePercent(percents).build();
    }
  }
}
