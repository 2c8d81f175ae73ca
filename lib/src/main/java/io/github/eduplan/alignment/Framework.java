package io.github.eduplan.alignment;

import com.google.common.collect.Maps;
import io.github.eduplan.internal.ValueStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A higher-level plan or policy that a plan aligns to (กรอบ / แผนระดับต่าง ๆ): its identifier, its
 * Thai and English names, its plan level and its editions. Example: {@code master-plan},
 * "แผนแม่บทภายใต้ยุทธศาสตร์ชาติ", level 2, one edition 2561 (in force 2561–2580).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Framework {
  Framework() {}

  /**
   * Returns the identifier that links use, such as {@code national-strategy} or
   * {@code obec-policy}.
   *
   * @return the identifier, not null, not blank
   */
  public abstract String id();

  /**
   * Returns the framework's Thai name, such as ยุทธศาสตร์ชาติ.
   *
   * @return the name, not null, not blank
   */
  public abstract String titleThai();

  /**
   * Returns the framework's English name, when the catalogue gives one.
   *
   * @return the name, or empty
   */
  public abstract Optional<String> titleEnglish();

  /**
   * Returns the framework's plan level.
   *
   * @return the level, not null
   */
  public abstract PlanLevel level();

  /**
   * Returns the editions, in the catalogue's order.
   *
   * @return the editions, not empty
   */
  public abstract List<Edition> editions();

  /**
   * Returns a note on the framework, such as what the catalogue leaves out.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns the edition with an identifier.
   *
   * @param id the edition's identifier, not null
   * @return the edition, or empty
   */
  public Optional<Edition> edition(String id) {
    return Optional.ofNullable(editionsById().get(id));
  }

  /**
   * Returns the editions by identifier, made once per framework: a catalogue looks up an edition
   * for each of its items.
   *
   * @return the editions by identifier, not null
   */
  @Value.Lazy
  Map<String, Edition> editionsById() {
    return Maps.uniqueIndex(editions(), Edition::id);
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("a framework needs an id: '" + id() + "'");
    }
    if (titleThai().isBlank()) {
      throw new IllegalArgumentException("framework " + id() + " needs a Thai title");
    }
    if (editions().isEmpty()) {
      throw new IllegalArgumentException("framework " + id() + " needs at least one edition");
    }
    Set<String> seen = new HashSet<>();
    for (Edition e : editions()) {
      if (!e.framework().equals(id())) {
        throw new IllegalArgumentException(
            "edition " + e.id() + " belongs to framework " + e.framework() + ", not " + id());
      }
      if (!seen.add(e.id())) {
        throw new IllegalArgumentException("framework " + id() + " has edition " + e.id() + " twice");
      }
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Framework}. */
  public static final class Builder extends ImmutableFramework.Builder {}
}
