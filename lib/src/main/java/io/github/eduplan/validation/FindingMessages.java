package io.github.eduplan.validation;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Where the message patterns of a rule's findings come from (ข้อความแจ้งผล): a pattern per message
 * key and locale, with placeholders such as <code>{budget}</code> that name a finding's
 * {@linkplain Finding#values() values}, plus <code>{path}</code>, <code>{number}</code> and
 * <code>{code}</code>. The standard rules read {@code messages.properties} (English) and
 * {@code messages_th.properties} (Thai) of this package; a user's rule supplies its own bundle with
 * {@link #fromBundles} or a fixed pattern with {@link #plain}.
 *
 * <p>Example: the key {@code BUDGET_QUARTERS_SUM.over} and the Thai locale give
 * <code>โครงการที่ {number}: งบรายไตรมาสรวม {quarterTotal} บาท มากกว่างบประมาณ {budget} บาท อยู่ {difference} บาท</code>.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface FindingMessages {

  /**
   * Returns the pattern for a message key in a locale.
   *
   * @param key the message key: a rule code, or a rule code and a variant such as
   *     {@code BUDGET_QUARTERS_SUM.over}; not null
   * @param locale the locale the caller asked for, not null
   * @return the pattern, or empty when this source has none for the key
   */
  Optional<String> pattern(String key, Locale locale);

  /**
   * Returns this source, falling back to another where this one has no pattern.
   *
   * @param other the fallback, not null
   * @return the combined source, not null
   */
  default FindingMessages orElse(FindingMessages other) {
    Objects.requireNonNull(other, "other");
    return (key, locale) -> {
      Optional<String> own = pattern(key, locale);
      return own.isPresent() ? own : other.pattern(key, locale);
    };
  }

  /**
   * Returns patterns read from two UTF-8 properties files next to a class: one for Thai (any
   * locale whose language is {@code th}) and one for every other locale. Unlike
   * {@link ResourceBundle#getBundle}, the platform's default locale never decides the language.
   * Example: {@code FindingMessages.fromProperties(MyRule.class, "messages.properties",
   * "messages_th.properties")}. The files are read once, now; the owner's package must be readable
   * by this module (the class path, or an opened package).
   *
   * @param owner the class whose package holds the files, not null
   * @param english the file name of the English patterns, not null
   * @param thai the file name of the Thai patterns, not null
   * @return the source, not null
   * @throws IllegalStateException if a file is missing
   * @throws java.io.UncheckedIOException if a file cannot be read
   */
  static FindingMessages fromProperties(Class<?> owner, String english, String thai) {
    ResourceBundle en = PropertiesFiles.load(owner, english);
    ResourceBundle th = PropertiesFiles.load(owner, thai);
    return (key, locale) -> {
      ResourceBundle bundle = "th".equals(locale.getLanguage()) ? th : en;
      return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    };
  }

  /**
   * Returns patterns read from resource bundles the caller loads, so that a rule in another module
   * can use its own bundle: {@code FindingMessages.fromBundles(l -> ResourceBundle.getBundle("com.example.messages", l))}.
   * A missing bundle or key gives no pattern.
   *
   * @param bundles the bundle for a locale, not null
   * @return the source, not null
   */
  static FindingMessages fromBundles(Function<Locale, ResourceBundle> bundles) {
    Objects.requireNonNull(bundles, "bundles");
    return (key, locale) -> {
      try {
        ResourceBundle bundle = bundles.apply(locale);
        return bundle != null && bundle.containsKey(key)
            ? Optional.of(bundle.getString(key))
            : Optional.empty();
      } catch (MissingResourceException | ClassCastException e) {
        return Optional.empty();
      }
    };
  }

  /**
   * Returns the same pattern for every key and locale, such as a rule's description.
   *
   * @param pattern the pattern, not null
   * @return the source, not null
   */
  static FindingMessages plain(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    Optional<String> result = Optional.of(pattern);
    return (key, locale) -> result;
  }

  /**
   * Returns the messages of the standard rules, in English and Thai.
   *
   * @return the source, not null
   */
  static FindingMessages standard() {
    return StandardMessages.INSTANCE;
  }
}
