package io.github.eduplan.json;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The strict forms of JSON scalars that {@link PlanJson} reads, beyond the library's value types:
 * text is a JSON string (never a number or boolean turned into one) that can be written back as
 * UTF-8, and a date is an ISO-8601 string (never an epoch-day number or a {@code [y, m, d]}
 * array). Kept out of {@link EduplanModule} because it changes how every {@code String} and
 * {@code LocalDate} of a mapper is read, which is not for a module that others embed to decide.
 */
final class StrictScalarsModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  StrictScalarsModule() {
    super("eduplan-strict-scalars", Version.unknownVersion());
    addDeserializer(String.class, new TextDeserializer());
    addDeserializer(LocalDate.class, new DateDeserializer());
  }

  /** Returns the index of the first surrogate not part of a pair, or -1 for well-formed text. */
  static int loneSurrogate(CharSequence text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      // Every string of a plan is checked and almost none has a surrogate: one test for the rest.
      if ((c & 0xF800) != 0xD800) {
        continue;
      }
      if (c <= '\uDBFF' && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else {
        return i;
      }
    }
    return -1;
  }

  private static final class TextDeserializer extends ValueDeserializer<String> {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (String) ctxt.handleUnexpectedToken(ctxt.constructType(String.class), p);
      }
      String text = p.getString();
      int at = loneSurrogate(text);
      if (at >= 0) {
        // A lone surrogate has no UTF-8 form: the plan could be read but never written back.
        throw ctxt.weirdStringException(text, String.class, String.format(
            "text holds a lone UTF-16 surrogate \\u%04x at index %d, which no UTF-8 document can hold",
            (int) text.charAt(at), at));
      }
      return text;
    }
  }

  private static final class DateDeserializer extends ValueDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (LocalDate) ctxt.handleUnexpectedToken(ctxt.constructType(LocalDate.class), p);
      }
      String text = p.getString();
      try {
        return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeParseException e) {
        throw ctxt.weirdStringException(text, LocalDate.class,
            "a date is an ISO-8601 Christian Era date such as \"2022-03-16\"");
      }
    }
  }
}
