package io.github.eduplan.cascade;

import io.github.eduplan.alignment.CatalogueItem;
import io.github.eduplan.model.ServedElement;
import java.util.List;
import java.util.Objects;

/**
 * The chain from a project up through the plans it serves to the national strategy
 * (สายการสนองแผนจากโครงการถึงยุทธศาสตร์ชาติ): project 1 of a school's FY2565 plan serves strategy 2 of
 * the สพป.ตาก เขต 2 plan, which serves OBEC strategy 2, whose alignment links lead to national
 * strategy 2.
 *
 * <p>Each step is a plan above, nearest first, with the strategies and goals the level below
 * serves. The national strategy items are those of plan level 1 that the alignment catalogue
 * reaches from the project and from every strategy on the chain, each once, in the order found.
 *
 * @param start the project the chain starts from, not null
 * @param steps the plans above, nearest first, not null
 * @param nationalStrategy the items of the national strategy (plan level 1) reached, not null
 * @param unresolved the served elements of the chain that name no strategy or goal of the plan
 *     above, or that name one when no plan above is in the set, not null
 */
public record Chain(PlanProject start, List<ChainStep> steps, List<CatalogueItem> nationalStrategy,
    List<ServedElement> unresolved) {
  /**
   * Creates the record.
   *
   * @param start the project, not null
   * @param steps the plans above, not null
   * @param nationalStrategy the national strategy items reached, not null
   * @param unresolved the served elements not found, not null
   * @throws NullPointerException if a component is null
   */
  public Chain {
    Objects.requireNonNull(start, "start");
    steps = List.copyOf(steps);
    nationalStrategy = List.copyOf(nationalStrategy);
    unresolved = List.copyOf(unresolved);
  }
}
