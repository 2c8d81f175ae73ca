package io.github.eduplan.validation;

/**
 * The bundled messages of the standard rules. The properties files are read with an explicit UTF-8
 * reader, because {@code ResourceBundle.Control} is not available to named modules and the default
 * decoding of properties bundles depends on a system property.
 */
final class StandardMessages {
  static final FindingMessages INSTANCE =
      FindingMessages.fromProperties(StandardMessages.class, "messages.properties", "messages_th.properties");

  private StandardMessages() {}
}
