package io.github.eduplan.alignment;

import io.github.eduplan.model.AlignmentLink;
import java.util.Objects;
import java.util.Optional;

/**
 * An alignment link looked up in a catalogue: the link as the plan writes it, what the lookup
 * found, the item when there is one and whether its edition is in force in the plan's years.
 * Example: {@code master-plan 12} in a FY2565 plan resolves to การพัฒนาการเรียนรู้, in force.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param link the link as written, not null
 * @param status what the lookup found, not null
 * @param item the catalogue item, present when the status is {@link Status#FOUND}
 * @param inForce whether the item's edition is in force in at least one year of the plan; false
 *     when no item was found
 */
public record ResolvedLink(AlignmentLink link, Status status, Optional<CatalogueItem> item, boolean inForce) {
  /** What looking a link up in the catalogue found. */
  public enum Status {
    /** The item is in the catalogue. */
    FOUND,
    /** The link names a known framework and no item: a prose claim such as "สอดคล้องกับยุทธศาสตร์ชาติ". */
    FRAMEWORK_ONLY,
    /** The link points to one of the plan's own strategies ({@code office-strategy}). */
    OFFICE_STRATEGY,
    /** The catalogue has no framework with the link's identifier. */
    UNKNOWN_FRAMEWORK,
    /** The framework has no edition with the link's edition. */
    UNKNOWN_EDITION,
    /** The framework (and edition) has no item with the link's number. */
    UNKNOWN_ITEM
  }

  /**
   * Creates the resolved link.
   *
   * @param link the link as written, not null
   * @param status what the lookup found, not null
   * @param item the catalogue item, present exactly when the status is FOUND
   * @param inForce whether the item's edition is in force in the plan's years
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the item's presence disagrees with the status
   */
  public ResolvedLink {
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(item, "item");
    if (item.isPresent() != (status == Status.FOUND)) {
      throw new IllegalArgumentException("a " + status + " link " + (item.isPresent() ? "has" : "lacks") + " an item");
    }
  }

  /**
   * Tells whether the link names an item the catalogue has.
   *
   * @return true for {@link Status#FOUND}
   */
  public boolean isFound() {
    return status == Status.FOUND;
  }
}
