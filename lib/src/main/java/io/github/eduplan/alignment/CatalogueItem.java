package io.github.eduplan.alignment;

import io.github.eduplan.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One numbered item of a framework edition (ประเด็น / ยุทธศาสตร์ / ด้าน / หมุดหมาย / นโยบาย): its
 * number as officially written, Thai title, optional English title, optional parent and source.
 * Example: master plan {@code 12} การพัฒนาการเรียนรู้, whose parent is national strategy {@code 3};
 * OBEC policy {@code 3.2}, whose parent is OBEC policy {@code 3} ด้านคุณภาพ.
 *
 * <p>This type is immutable and thread-safe.
 */
// Hashed once: traces, coverage matrices and budget tables key maps by item, an item per cell.
@Value.Immutable(prehash = true)
@ValueStyle
public abstract class CatalogueItem {
  CatalogueItem() {}

  /**
   * Returns the framework identifier.
   *
   * @return the identifier, not null
   */
  public abstract String framework();

  /**
   * Returns the edition identifier.
   *
   * @return the identifier, not null
   */
  public abstract String edition();

  /**
   * Returns the plan level, the framework's.
   *
   * @return the level, not null
   */
  public abstract PlanLevel level();

  /**
   * Returns the item's number as officially written, such as {@code 3} or {@code 2.1}.
   *
   * @return the number, not null, not blank
   */
  public abstract String number();

  /**
   * Returns the item's Thai title.
   *
   * @return the title, not null, not blank
   */
  public abstract String titleThai();

  /**
   * Returns the item's English title, when the catalogue is sure of one.
   *
   * @return the title, or empty
   */
  public abstract Optional<String> titleEnglish();

  /**
   * Returns the item this one is under: an item of the same framework (OBEC policy 3 for 3.2) or
   * of a higher one (national strategy 3 for master plan 12).
   *
   * @return the parent's key, or empty for a top item
   */
  public abstract Optional<ItemKey> parent();

  /**
   * Returns where the item's number and title come from.
   *
   * @return the source, not null
   */
  public abstract CatalogueSource source();

  /**
   * Returns a note, such as how a seed's spelling differs from the official title.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns the item's key, made once per item (the alignment rules ask it of the same few hundred
   * items for every plan).
   *
   * @return the key, not null
   */
  @Value.Lazy
  public ItemKey key() {
    return new ItemKey(framework(), edition(), number());
  }

  @Value.Check
  void check() {
    if (framework().isBlank() || edition().isBlank() || number().isBlank()) {
      throw new IllegalArgumentException(
          "an item needs a framework, an edition and a number: '" + key() + "'");
    }
    if (titleThai().isBlank()) {
      throw new IllegalArgumentException("item " + key() + " needs a Thai title");
    }
    if (parent().isPresent() && parent().get().equals(key())) {
      throw new IllegalArgumentException("item " + key() + " cannot be its own parent");
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

  /** Builds a {@link CatalogueItem}. */
  public static final class Builder extends ImmutableCatalogueItem.Builder {}
}
