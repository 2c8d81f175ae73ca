package io.github.eduplan.achievement;

import io.github.eduplan.model.Comparison;
import io.github.eduplan.model.OrdinalScale;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What an indicator's target and a result compare, or why they cannot be compared: a yes/no pair,
 * two numbers (positions on a scale for levels), or the reason there is no comparison.
 */
sealed interface Operands {

  /** The target and the result cannot be compared. */
  record Failed(NotAssessableReason reason) implements Operands {}

  /** A yes/no target and a yes/no result, which either match or not. */
  record YesNo(boolean met) implements Operands {}

  /**
   * Two numbers compared by a comparison: the result and the target as given, or their positions
   * (lowest = 1) on a scale.
   *
   * @param comparison the target's effective comparison
   * @param scale the scale the positions are on, or empty for plain numbers
   * @param actual the result
   * @param target the target, the lower bound of {@link Comparison#BETWEEN}
   * @param upper the upper bound; present exactly for {@link Comparison#BETWEEN}
   */
  record Numbers(Comparison comparison, Optional<OrdinalScale> scale, BigDecimal actual, BigDecimal target,
      Optional<BigDecimal> upper) implements Operands {

    /** Whether the result meets the target. */
    boolean met() {
      return switch (comparison) {
        case AT_LEAST -> actual.compareTo(target) >= 0;
        case AT_MOST -> actual.compareTo(target) <= 0;
        case EQUAL -> actual.compareTo(target) == 0;
        case BETWEEN -> actual.compareTo(target) >= 0 && actual.compareTo(upper.orElseThrow()) <= 0;
      };
    }
  }
}
