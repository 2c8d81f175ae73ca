package io.github.eduplan.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The bundled messages of the standard rules. The properties files are read here, with an explicit
 * UTF-8 reader, because {@code ResourceBundle.Control} is not available to named modules and the
 * default decoding of properties bundles depends on a system property.
 */
final class StandardMessages implements FindingMessages {
  static final StandardMessages INSTANCE = new StandardMessages();

  private final ResourceBundle english = load("messages.properties");
  private final ResourceBundle thai = load("messages_th.properties");

  private StandardMessages() {}

  @Override
  public Optional<String> pattern(String key, Locale locale) {
    ResourceBundle bundle = "th".equals(locale.getLanguage()) ? thai : english;
    return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
  }

  private static ResourceBundle load(String name) {
    try (InputStream in = StandardMessages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource io/github/eduplan/validation/" + name);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return new PropertyResourceBundle(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read io/github/eduplan/validation/" + name, e);
    }
  }
}
