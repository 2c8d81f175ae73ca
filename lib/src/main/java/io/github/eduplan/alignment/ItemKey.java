package io.github.eduplan.alignment;

import java.util.Objects;

/**
 * The key of a catalogue item: framework, edition and number as officially written. Example:
 * {@code obec-policy / 2564-2565 / 3.2}.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param framework the framework identifier, not null
 * @param edition the edition identifier, not null
 * @param number the item's number as written, not null
 */
public record ItemKey(String framework, String edition, String number) {
  /**
   * Creates the key.
   *
   * @param framework the framework identifier, not null
   * @param edition the edition identifier, not null
   * @param number the item's number as written, not null
   * @throws NullPointerException if a component is null
   */
  public ItemKey {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(number, "number");
  }

  /**
   * Returns the key as {@code framework:edition:number}, such as {@code obec-policy:2564-2565:3}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return framework + ":" + edition + ":" + number;
  }
}
