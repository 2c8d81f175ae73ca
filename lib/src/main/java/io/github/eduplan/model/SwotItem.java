package io.github.eduplan.model;

import io.github.eduplan.internal.ValueStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One item of a SWOT analysis (ประเด็นการวิเคราะห์ SWOT), such as S1 มีหน่วยงานทางการศึกษาในพื้นที่ทุกระดับ…:
 * its code as printed, its category, its text verbatim and the score some plans give it.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSwotItem.class)
@JsonDeserialize(as = ImmutableSwotItem.class)
public abstract class SwotItem {
  SwotItem() {}

  /**
   * Returns the code as printed, such as {@code S1} or {@code W3}.
   *
   * @return the code, or empty
   */
  public abstract Optional<String> code();

  /**
   * Returns the category.
   *
   * @return the category, not null
   */
  public abstract SwotCategory category();

  /**
   * Returns the item's text, verbatim.
   *
   * @return the text, not null
   */
  public abstract String text();

  /**
   * Returns the item's score, when the plan weighs its items.
   *
   * @return the score, or empty
   */
  public abstract Optional<BigDecimal> score();

  /**
   * Returns an item.
   *
   * @param code the code, not null
   * @param category the category, not null
   * @param text the text, not null
   * @return the item, not null
   */
  public static SwotItem of(String code, SwotCategory category, String text) {
    return builder().code(code).category(category).text(text).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SwotItem}. */
  public static final class Builder extends ImmutableSwotItem.Builder {}
}
