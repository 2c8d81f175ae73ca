package io.github.eduplan.alignment;

/** How a plan element comes to support a catalogue item. */
public enum SupportKind {
  /** The element links to the item. */
  DIRECT,
  /** The element links to a sub-item of it (OBEC policy 3.2 supports OBEC policy 3). */
  SUB_ITEM,
  /** The project names no item of this framework; its strategy links to the item or a sub-item. */
  STRATEGY,
  /**
   * The element names no item of this framework, nor does its strategy; an item it links to in
   * another framework is under this one (master plan 12 is under national strategy 3).
   */
  HIGHER_ITEM;

  /**
   * Tells whether the element claims the item itself, directly or through a sub-item.
   *
   * @return true for {@link #DIRECT} and {@link #SUB_ITEM}
   */
  public boolean isOwnClaim() {
    return this == DIRECT || this == SUB_ITEM;
  }
}
