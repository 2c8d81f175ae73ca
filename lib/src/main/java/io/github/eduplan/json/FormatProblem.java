package io.github.eduplan.json;

import io.github.eduplan.model.Baht;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.Unit;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.time.Quarter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * What a reader expected and what it found instead, in the words of a plan's author, in English
 * and Thai: the problem of a {@link PlanFormatException}. Jackson's own messages name Java types
 * and parser internals; this class turns each kind of Jackson error into these two phrases.
 */
record FormatProblem(Words expected, Words found) {
  /** A phrase in English and in Thai. */
  record Words(String english, String thai) {}

  static Words words(String english, String thai) {
    return new Words(english, thai);
  }

  String english() {
    return "expected " + expected.english() + ", found " + found.english();
  }

  String thai() {
    return "ต้องเป็น" + expected.thai() + " แต่พบ" + found.thai();
  }

  // ---- what was found ----

  static final Words END = words("the end of the document", "จุดสิ้นสุดของเอกสาร");
  static final Words NULL = words("null", "ค่า null");

  /** Texts quoted in a message are cut to this many characters. */
  private static final int QUOTED = 40;

  static Words string(String text) {
    String q = quote(text);
    return words("the string " + q, "ข้อความ " + q);
  }

  static Words number(Object value) {
    String n = value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
    return words("the number " + cut(n), "ตัวเลข " + cut(n));
  }

  static Words property(String name) {
    String q = quote(name);
    return words("the property " + q, "คุณสมบัติ " + q);
  }

  static Words key(String key) {
    String q = quote(key);
    return words("the key " + q, "คีย์ " + q);
  }

  /** A value databind had in hand: a string, a number or something else. */
  static Words value(Object value) {
    if (value instanceof String s) {
      return string(s);
    }
    if (value instanceof Number n) {
      return number(n);
    }
    return value == null ? NULL : words(cut(String.valueOf(value)), cut(String.valueOf(value)));
  }

  /** The parser's current token, which is what a type error stopped at. */
  static Words token(JsonToken t, JsonParser p) {
    if (t == null) {
      return END;
    }
    try {
      return switch (t) {
        case VALUE_STRING -> string(p.getString());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(p.getString());
        case VALUE_TRUE -> words("true", "ค่า true");
        case VALUE_FALSE -> words("false", "ค่า false");
        case VALUE_NULL -> NULL;
        case START_OBJECT -> words("an object", "ออบเจ็กต์");
        case START_ARRAY -> words("an array", "อาร์เรย์");
        case END_OBJECT -> words("the end of the object", "จุดสิ้นสุดของออบเจ็กต์");
        case END_ARRAY -> words("the end of the array", "จุดสิ้นสุดของอาร์เรย์");
        case PROPERTY_NAME -> property(p.currentName());
        default -> words("something else", "ค่าอื่น");
      };
    } catch (RuntimeException e) {
      // The parser cannot give the token's text after its own error: say what kind it was.
      return t.isNumeric() ? words("a number", "ตัวเลข") : t == JsonToken.VALUE_STRING
          ? words("a string", "ข้อความ") : words("something else", "ค่าอื่น");
    }
  }

  static String quote(String text) {
    return "\"" + cut(text) + "\"";
  }

  private static String cut(String text) {
    return text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "…";
  }

  // ---- what was expected ----

  static final Words PLAN = words("a plan: an object with \"office\", \"kind\" and \"period\"",
      "แผน: ออบเจ็กต์ที่มี \"office\", \"kind\" และ \"period\"");
  static final Words VALUE_FORM = words(
      "an indicator value: an object with exactly one of \"number\", \"level\", \"yesNo\", \"text\", \"notAvailable\"",
      "ค่าตัวชี้วัด: ออบเจ็กต์ที่มีเพียงหนึ่งใน \"number\", \"level\", \"yesNo\", \"text\", \"notAvailable\"");
  static final Words YEAR = words(
      "a Buddhist Era year from " + FiscalYear.MIN_YEAR + " to " + FiscalYear.MAX_YEAR + ", such as 2565",
      "ปี พ.ศ. ตั้งแต่ " + FiscalYear.MIN_YEAR + " ถึง " + FiscalYear.MAX_YEAR + " เช่น 2565");
  static final Words YEAR_KEY = words(
      "a Buddhist Era year in Arabic digits without leading zeros, such as \"2565\"",
      "ปี พ.ศ. เป็นเลขอารบิกไม่มีศูนย์นำหน้า เช่น \"2565\"");
  static final Words RANGE = words("a fiscal-year range: an object with \"first\" and \"last\", once each",
      "ช่วงปีงบประมาณ: ออบเจ็กต์ที่มี \"first\" และ \"last\" อย่างละครั้ง");
  static final Words QUARTER = words("a fiscal quarter: 1, 2, 3 or 4", "ไตรมาส 1, 2, 3 หรือ 4");
  static final Words BAHT = words(
      "an amount in baht: a number, or a plain decimal string such as \"10000.50\", with at most "
          + IndicatorValue.Numeric.MAX_DIGITS + " digits before and two after the point",
      "จำนวนเงินบาท: ตัวเลข หรือข้อความทศนิยมธรรมดา เช่น \"10000.50\" ไม่เกิน "
          + IndicatorValue.Numeric.MAX_DIGITS + " หลักหน้าจุดและสองหลักหลังจุด");
  static final Words DECIMAL = words(
      "a number of at most " + IndicatorValue.Numeric.MAX_DIGITS + " digits before and after the decimal point",
      "ตัวเลขไม่เกิน " + IndicatorValue.Numeric.MAX_DIGITS + " หลักทั้งหน้าและหลังจุดทศนิยม");
  static final Words UNIT = words("a unit: text that is not blank", "หน่วยนับ: ข้อความที่ไม่ว่าง");
  static final Words TEXT = words("a string", "ข้อความ (สตริง)");
  static final Words UTF8_TEXT = words("text that UTF-8 can hold (no lone surrogate)",
      "ข้อความที่ UTF-8 เก็บได้ (ไม่มี surrogate เดี่ยว)");
  static final Words DATE = words("an ISO-8601 Christian Era date such as \"2022-03-16\"",
      "วันที่แบบ ISO-8601 ปีคริสต์ศักราช เช่น \"2022-03-16\"");
  static final Words MODEL = words("a value the plan model accepts", "ค่าที่แบบจำลองแผนรับได้");

  /** What a value of the given type looks like in a document. */
  static Words expected(Class<?> type) {
    if (type == null) {
      return words("a value of the plan format", "ค่าตามรูปแบบแผน");
    }
    if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
      return TEXT;
    }
    if (type == LocalDate.class) {
      return DATE;
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return words("a whole number", "จำนวนเต็ม");
    }
    if (type == BigDecimal.class || Number.class.isAssignableFrom(type) || type == double.class) {
      return words("a number", "ตัวเลข");
    }
    if (type == boolean.class || type == Boolean.class) {
      return words("true or false", "true หรือ false");
    }
    if (type == Baht.class) {
      return BAHT;
    }
    if (type == FiscalYear.class) {
      return YEAR;
    }
    if (type == FiscalYearRange.class) {
      return RANGE;
    }
    if (type == Quarter.class) {
      return QUARTER;
    }
    if (type == Unit.class) {
      return UNIT;
    }
    if (IndicatorValue.class.isAssignableFrom(type)) {
      return VALUE_FORM;
    }
    if (type.isEnum()) {
      String names = Arrays.stream(type.getEnumConstants())
          .map(c -> "\"" + ((Enum<?>) c).name() + "\"").collect(Collectors.joining(", "));
      return words("one of " + names, "หนึ่งใน " + names);
    }
    if (type == Optional.class) {
      // Databind knows only that the property is optional here, not of what.
      return words("a value, or no property at all when there is none",
          "ค่า หรือไม่ใส่คุณสมบัตินี้เลยเมื่อไม่มีค่า");
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return words("an array", "อาร์เรย์");
    }
    if (Map.class.isAssignableFrom(type)) {
      return words("an object", "ออบเจ็กต์");
    }
    return objectWith(requiredProperties(type));
  }

  static Words objectWith(List<String> names) {
    if (names.isEmpty()) {
      return words("an object", "ออบเจ็กต์");
    }
    String quoted = names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    return words("an object with " + quoted, "ออบเจ็กต์ที่มี " + quoted);
  }

  /**
   * The properties that a model type cannot do without: its abstract accessors that are neither
   * optional nor collections ({@code @Value.Default} ones have a body). The generated classes
   * ({@code ImmutableOffice}, its {@code Json}) stand for the model type they implement.
   */
  private static List<String> requiredProperties(Class<?> type) {
    Class<?> model = type;
    while (model != null && model.getSimpleName().startsWith("Immutable")
        || model != null && model.getSimpleName().equals("Json") && model.getEnclosingClass() != null) {
      model = model.getSimpleName().equals("Json") ? model.getEnclosingClass() : model.getSuperclass();
    }
    if (model == null || !model.getPackageName().equals(Baht.class.getPackageName())) {
      return List.of();
    }
    return Arrays.stream(model.getDeclaredMethods())
        .filter(m -> Modifier.isAbstract(m.getModifiers()) && Modifier.isPublic(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0)
        .filter(m -> !Optional.class.isAssignableFrom(m.getReturnType())
            && !Collection.class.isAssignableFrom(m.getReturnType())
            && !Map.class.isAssignableFrom(m.getReturnType()))
        .map(Method::getName)
        .sorted()
        .toList();
  }

  // ---- Jackson's errors ----

  private static final Pattern MISSING =
      Pattern.compile("Cannot build \\w+, some of required attributes are not set \\[(.*)\\]");
  private static final Pattern LIMIT =
      Pattern.compile("\\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
  private static final Pattern CHARACTER = Pattern.compile("Unexpected character \\('(.+?)' \\(code (\\d+)");
  private static final Pattern CONTROL = Pattern.compile("\\(CTRL-CHAR, code (\\d+)\\)");
  private static final Pattern TOKEN = Pattern.compile("(?:Unrecognized|Non-standard) token '(.*?)'");
  private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape '(.+?)' \\(code (\\d+)");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");
  private static final Pattern OUT_OF_RANGE = Pattern.compile("Numeric value \\((.*?)\\) out of range");

  /** A number that a value type's own check refuses, with the check's reason. */
  static Words refusedNumber(Object value, String reason) {
    Words n = number(value);
    return words(n.english() + ", refused: " + reason, n.thai() + " ซึ่งไม่รับ: " + reason);
  }

  /** The problem a model value's own check reports, or a required value that is missing. */
  static FormatProblem refused(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Matcher missing = MISSING.matcher(message);
    if (missing.find()) {
      List<String> names = Arrays.stream(missing.group(1).split(",")).map(String::strip).toList();
      String quoted = names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
      return new FormatProblem(objectWith(names),
          words("an object without " + quoted, "ออบเจ็กต์ที่ไม่มี " + quoted));
    }
    return new FormatProblem(MODEL, words("one it refuses: " + message, "ค่าที่ไม่รับ: " + message));
  }

  /** The problem of one of Jackson's errors, with the parser that raised it. */
  static FormatProblem of(JacksonException e, JsonParser parser) {
    String message = String.valueOf(e.getOriginalMessage());
    if (e instanceof PlanInputException p) {
      return p.problem();
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return refused(e.getCause());
    }
    if (e instanceof UnrecognizedPropertyException u) {
      Collection<Object> known = u.getKnownPropertyIds();
      String names = known == null ? "" : known.stream().map(n -> "\"" + n + "\"").sorted().collect(Collectors.joining(", "));
      Words expected = names.isEmpty() ? words("no other property", "ไม่มีคุณสมบัติอื่น")
          : words("one of the properties " + names, "คุณสมบัติหนึ่งใน " + names);
      return new FormatProblem(expected, property(u.getPropertyName()));
    }
    if (e instanceof InvalidNullException n) {
      return new FormatProblem(expected(n.getTargetType()), NULL);
    }
    if (e instanceof InvalidFormatException f) {
      boolean mapKey = message.startsWith("Cannot deserialize Map key");
      Words found = mapKey ? key(String.valueOf(f.getValue())) : value(f.getValue());
      return new FormatProblem(mapKey && f.getTargetType() == FiscalYear.class ? YEAR_KEY : expected(f.getTargetType()), found);
    }
    if (e instanceof MismatchedInputException m) {
      if (message.startsWith("Trailing token")) {
        return new FormatProblem(words("nothing after the plan's closing \"}\"", "ไม่มีสิ่งใดต่อจาก \"}\" ที่ปิดแผน"),
            token(parser.currentToken(), parser));
      }
      if (message.startsWith("No content to map")) {
        return new FormatProblem(PLAN, words("an empty document", "เอกสารว่าง"));
      }
      JsonToken t = m.getCurrentToken() != null ? m.getCurrentToken() : parser.currentToken();
      return new FormatProblem(expected(m.getTargetType()), token(t, parser));
    }
    if (e instanceof StreamConstraintsException) {
      return limit(message);
    }
    if (e instanceof InputCoercionException c) {
      Matcher value = OUT_OF_RANGE.matcher(message);
      Words found = value.find() ? number(value.group(1)) : token(parser.currentToken(), parser);
      Class<?> type = c.getTargetType();
      Words expected = type == int.class || type == Integer.class
          ? words("a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE,
              "จำนวนเต็มตั้งแต่ " + Integer.MIN_VALUE + " ถึง " + Integer.MAX_VALUE)
          : expected(type);
      return new FormatProblem(expected, found);
    }
    if (e instanceof UnexpectedEndOfInputException) {
      return new FormatProblem(endExpected(message), END);
    }
    return syntax(message);
  }

  private static Words endExpected(String message) {
    if (message.contains("close marker for Object")) {
      return words("\"}\" to close the object", "\"}\" ปิดออบเจ็กต์");
    }
    if (message.contains("close marker for Array")) {
      return words("\"]\" to close the array", "\"]\" ปิดอาร์เรย์");
    }
    if (message.contains("closing quote")) {
      return words("a closing double quote", "เครื่องหมายอัญประกาศปิด");
    }
    if (message.contains("Object entries")) {
      return words("the rest of the object", "ส่วนที่เหลือของออบเจ็กต์");
    }
    return words("the rest of the document", "ส่วนที่เหลือของเอกสาร");
  }

  /** One of the document's limits passed: what it allows and what the document has. */
  private static FormatProblem limit(String message) {
    Matcher m = LIMIT.matcher(message);
    boolean counted = m.find();
    String has = counted ? m.group(1) : "more";
    String max = counted ? m.group(2) : "the limit";
    if (message.startsWith("Document nesting depth")) {
      return new FormatProblem(words("nesting at most " + max + " deep", "ซ้อนกันลึกไม่เกิน " + max + " ชั้น"),
          words("nesting " + has + " deep", "ซ้อนกันลึก " + has + " ชั้น"));
    }
    if (message.startsWith("Token count")) {
      return new FormatProblem(words("at most " + max + " tokens", "โทเคนไม่เกิน " + max + " ตัว"),
          words("more", "มากกว่านั้น"));
    }
    if (message.startsWith("Number value length")) {
      return new FormatProblem(words("a number of at most " + max + " characters", "ตัวเลขยาวไม่เกิน " + max + " อักขระ"),
          words("one of " + has + " characters", "ตัวเลขยาว " + has + " อักขระ"));
    }
    if (message.startsWith("String value length")) {
      return new FormatProblem(words("a string of at most " + max + " characters", "ข้อความยาวไม่เกิน " + max + " อักขระ"),
          words("one of " + has + " characters", "ข้อความยาว " + has + " อักขระ"));
    }
    if (message.startsWith("Name length")) {
      return new FormatProblem(
          words("a property name of at most " + max + " characters", "ชื่อคุณสมบัติยาวไม่เกิน " + max + " อักขระ"),
          words("one of " + has + " characters", "ชื่อยาว " + has + " อักขระ"));
    }
    return new FormatProblem(words("a document within the reader's limits", "เอกสารที่อยู่ในขีดจำกัดของตัวอ่าน"),
        words("one beyond them", "เอกสารที่เกินขีดจำกัด"));
  }

  /** A syntax error: the JSON itself is not well formed. */
  private static FormatProblem syntax(String message) {
    Matcher duplicate = DUPLICATE.matcher(message);
    if (duplicate.find()) {
      String q = quote(duplicate.group(1));
      return new FormatProblem(words("each property once", "คุณสมบัติแต่ละตัวเพียงครั้งเดียว"),
          words("the property " + q + " a second time", "คุณสมบัติ " + q + " ซ้ำเป็นครั้งที่สอง"));
    }
    if (message.contains("end-of-input")) {
      return new FormatProblem(endExpected(message), END);
    }
    return new FormatProblem(syntaxExpected(message), syntaxFound(message));
  }

  private static Words syntaxExpected(String message) {
    if (message.contains("Object entries")) {
      return words("\",\" or \"}\"", "\",\" หรือ \"}\"");
    }
    if (message.contains("Array entries")) {
      return words("\",\" or \"]\"", "\",\" หรือ \"]\"");
    }
    if (message.contains("double-quote to start")) {
      return words("a property name in double quotes", "ชื่อคุณสมบัติในเครื่องหมายอัญประกาศคู่");
    }
    if (message.contains("colon")) {
      return words("\":\" after the property name", "\":\" หลังชื่อคุณสมบัติ");
    }
    if (message.contains("Leading zeroes")) {
      return words("a number without leading zeros", "ตัวเลขที่ไม่มีศูนย์นำหน้า");
    }
    if (message.contains("Non-standard token")) {
      return words("a JSON number (NaN and Infinity are not JSON)", "ตัวเลข JSON (NaN และ Infinity ไม่ใช่ JSON)");
    }
    if (message.contains("numeric value")) {
      return words("a JSON number", "ตัวเลข JSON");
    }
    if (message.contains("Illegal unquoted character")) {
      return words("a control character in a string written as an escape such as \\t",
          "อักขระควบคุมในข้อความที่เขียนเป็น escape เช่น \\t");
    }
    if (message.contains("escape")) {
      return words("an escape such as \\n, \\\" or \\u0E01", "escape เช่น \\n, \\\" หรือ \\u0E01");
    }
    if (message.contains("comment")) {
      return words("a JSON value (JSON has no comments)", "ค่า JSON (JSON ไม่มีคอมเมนต์)");
    }
    return words("a JSON value: a string, number, object, array, true or false",
        "ค่า JSON: ข้อความ ตัวเลข ออบเจ็กต์ อาร์เรย์ true หรือ false");
  }

  private static Words syntaxFound(String message) {
    Matcher escape = ESCAPE.matcher(message);
    if (escape.find()) {
      return words("the escape \"\\" + escape.group(1) + "\"", "escape \"\\" + escape.group(1) + "\"");
    }
    Matcher control = CONTROL.matcher(message);
    if (control.find()) {
      String code = String.format("U+%04X", Integer.parseInt(control.group(1)));
      return words("the control character " + code, "อักขระควบคุม " + code);
    }
    Matcher character = CHARACTER.matcher(message);
    if (character.find()) {
      int code = Integer.parseInt(character.group(2));
      String shown = code < 0x21 || code == 0xFEFF || Character.isWhitespace(code)
          ? String.format("U+%04X", code) : "'" + character.group(1) + "'";
      return words("the character " + shown, "อักขระ " + shown);
    }
    Matcher token = TOKEN.matcher(message);
    if (token.find()) {
      String q = "'" + cut(token.group(1)) + "'";
      return words(q, q);
    }
    if (message.contains("Leading zeroes")) {
      return words("a number with a leading zero", "ตัวเลขที่มีศูนย์นำหน้า");
    }
    return words("something that is not JSON", "สิ่งที่ไม่ใช่ JSON");
  }
}
