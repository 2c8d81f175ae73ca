package io.github.eduplan.model;

/** How an actual value is compared with a target's value: ≥, ≤, =, or between two bounds. */
public enum Comparison {
  /** ไม่ต่ำกว่า, ขึ้นไป: at least the target (≥). */
  AT_LEAST("≥"),
  /** ไม่เกิน: at most the target (≤). */
  AT_MOST("≤"),
  /** เท่ากับ: exactly the target (=). */
  EQUAL("="),
  /** ระหว่าง: between the target's value and its upper bound, both included. */
  BETWEEN("…");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  /**
   * Returns the mathematical symbol of the comparison.
   *
   * @return "≥", "≤", "=" or "…"
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Returns the comparison a target implies when the plan does not write one: at least for an
   * increase-indicator, at most for a decrease-indicator, equal otherwise.
   *
   * @param direction the indicator's direction, not null
   * @return the implied comparison, not null
   */
  public static Comparison impliedBy(Direction direction) {
    switch (direction) {
      case INCREASE:
        return AT_LEAST;
      case DECREASE:
        return AT_MOST;
      default:
        return EQUAL;
    }
  }
}
