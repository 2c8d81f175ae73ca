package io.github.eduplan.alignment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One chain of a trace: a linked catalogue item and its parents up to the top, and the strategy the
 * link came through when the element inherits it. Example: project 1 of the สพป.ตาก เขต 2
 * FY2565 action plan → master plan 10
 * → national strategy 3.
 *
 * <p>This type is immutable and thread-safe.
 *
 * @param via the strategy whose link this is, or empty for the element's own link
 * @param items the linked item first, then its ancestors; not empty
 * @param end why the chain stops
 */
public record TracePath(Optional<PlanElement> via, List<CatalogueItem> items, End end) {
  /** Why a chain stops. */
  public enum End {
    /** At an item with no parent. */
    TOP,
    /** At an item whose parent the catalogue does not have. */
    MISSING_PARENT,
    /** Before an item already on the chain: the catalogue's parents loop. */
    CYCLE
  }

  /**
   * Creates the path.
   *
   * @param via the strategy whose link this is, or empty
   * @param items the linked item first, then its ancestors; not empty
   * @param end why the chain stops, not null
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if there are no items
   */
  public TracePath {
    Objects.requireNonNull(via, "via");
    items = List.copyOf(items);
    Objects.requireNonNull(end, "end");
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a trace path has at least one item");
    }
  }

  /**
   * Returns the item the element (or its strategy) links to.
   *
   * @return the first item, not null
   */
  public CatalogueItem linked() {
    return items.get(0);
  }
}
