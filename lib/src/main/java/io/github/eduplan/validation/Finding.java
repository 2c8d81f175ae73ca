package io.github.eduplan.validation;

import io.github.eduplan.internal.ValueStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One defect a rule found in a plan (ผลการตรวจพบ): the rule's stable code, its severity, the path of
 * the element in the plan's model, the element's own number as written, the values involved and a
 * message in Thai or English.
 *
 * <p>Example: code {@code BUDGET_QUARTERS_SUM}, severity ERROR, path {@code $.projects[32].quarterlyPlan},
 * number {@code 33}, values {@code budget=58,000, quarterTotal=55,705, difference=-2,295};
 * {@code message(Locale.ENGLISH)} gives "Project 33: the quarters add up to 55,705 baht, 2,295 baht
 * less than its budget of 58,000 baht."
 *
 * <p>Paths are JSON paths in the plan's document, in the one style of format errors and alignment
 * elements, with the format's property names and 0-based indexes: {@code $.strategies[0].indicators[3]},
 * {@code $.projects[3].budget}, {@code $.strategies[1].indicators[0].targets.2566} for a year's
 * target, {@code $.office.mentions[1]}, {@code $.statedTotals[2]}, and {@code $} for the plan itself. Two findings are equal when code, severity,
 * path, number, values and message key are equal. This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Finding {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

  Finding() {}

  /**
   * Returns the code of the rule that found it, such as {@code BUDGET_QUARTERS_SUM}.
   *
   * @return the code, not null
   */
  public abstract String code();

  /**
   * Returns the severity, as configured for the rule in the validator.
   *
   * @return the severity, not null
   */
  public abstract Severity severity();

  /**
   * Returns the JSON path of the element in the plan, such as {@code $.strategies[0].indicators[3]}.
   *
   * @return the path, not null; {@code $} for the plan itself
   */
  public abstract String path();

  /**
   * Returns the element's own number as the plan writes it, such as indicator code {@code ๑.๑} or
   * project number {@code 12}.
   *
   * @return the number, or empty when the element has none
   */
  public abstract Optional<String> number();

  /**
   * Returns the values involved, by name, in the order the rule reported them, such as
   * {@code budget=121,940.00}. Amounts use Arabic digits; text is as the plan writes it.
   *
   * @return the values, not null
   */
  public abstract Map<String, String> values();

  /**
   * Returns the key of the message pattern: the code, or the code and a variant such as
   * {@code BUDGET_QUARTERS_SUM.over}.
   *
   * @return the key, not null
   */
  @Value.Default
  public String messageKey() {
    return code();
  }

  /**
   * Returns where the message pattern comes from; not part of equality.
   *
   * @return the message source, not null
   */
  @Value.Auxiliary
  @Value.Default
  public FindingMessages messages() {
    return FindingMessages.standard();
  }

  /**
   * Returns the message in a locale: Thai for a locale whose language is {@code th}, English
   * otherwise (for the standard rules). A placeholder with no value is left as written; when no
   * pattern exists at all, the message is the code followed by the values.
   *
   * @param locale the locale, not null
   * @return the message, not null
   */
  public String message(Locale locale) {
    Optional<String> pattern = lookup(messageKey(), locale);
    if (pattern.isEmpty() && !messageKey().equals(code())) {
      pattern = lookup(code(), locale);
    }
    if (pattern.isEmpty()) {
      return code() + " " + path() + " " + values();
    }
    boolean thai = "th".equals(locale.getLanguage());
    Matcher m = PLACEHOLDER.matcher(pattern.get());
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = switch (name) {
        case "path" -> thai ? ThaiWords.path(path()) : path();
        case "code" -> code();
        case "number" -> values().containsKey("number") ? values().get("number") : number().orElse("-");
        default -> thai ? thaiValue(name, m.group()) : values().getOrDefault(name, m.group());
      };
      m.appendReplacement(sb, Matcher.quoteReplacement(value));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /**
   * A value as a Thai message shows it: its Thai form if the rule gave one (the value named
   * {@code name@th}), a JSON path as the plan's parts in Thai, anything else as it is.
   */
  private String thaiValue(String name, String placeholder) {
    String own = values().get(name + THAI);
    if (own != null) {
      return own;
    }
    String value = values().get(name);
    if (value == null) {
      return placeholder;
    }
    return value.startsWith("$") ? ThaiWords.path(value) : value;
  }

  /** The suffix of the name of a value's Thai form: {@code scope@th} for {@code scope}. */
  static final String THAI = "@th";

  private Optional<String> lookup(String key, Locale locale) {
    try {
      Optional<String> p = messages().pattern(key, locale);
      return p == null ? Optional.empty() : p;
    } catch (RuntimeException e) {
      // A user's message source that fails must not hide the finding itself.
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return severity() + " " + code() + " " + path() + number().map(n -> " (" + n + ")").orElse("")
        + " " + values();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {}
}
