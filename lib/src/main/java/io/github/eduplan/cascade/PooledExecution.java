package io.github.eduplan.cascade;

import io.github.eduplan.achievement.BudgetExecution;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.StrategicPlan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Budget execution pooled across plans (ผลการเบิกจ่ายงบประมาณรวม): each plan's execution as the
 * achievement calculator gives it ({@link io.github.eduplan.achievement.AchievementCalculator#planExecution}),
 * the allocated and spent amounts summed exactly, and the pooled cumulative disbursement rate
 * {@code 100 × Σ spent ÷ Σ allocated}. Example, in the small cascade of {@code docs/cascade.md}: an
 * area office and a school through quarter 2, 135,000 baht allocated, 65,000 spent, 48.15 %.
 *
 * @param plans the plans with spending, in the set's order, not null
 * @param executions each plan's execution, in the same order, not null
 * @param allocated the sum of the allocated budgets, not null
 * @param spent the sum of the amounts spent through the quarter, not null
 * @param disbursementRate the pooled rate, rounded as the calculator's precision says, or empty when
 *     nothing is allocated
 * @param withoutSpending the plans of the set given no spending, not null
 */
public record PooledExecution(List<StrategicPlan> plans, List<BudgetExecution> executions, Baht allocated, Baht spent,
    Optional<BigDecimal> disbursementRate, List<StrategicPlan> withoutSpending) {
  /**
   * Creates the record.
   *
   * @param plans the plans with spending, not null
   * @param executions each plan's execution, not null
   * @param allocated the sum of the allocated budgets, not null
   * @param spent the sum spent, not null
   * @param disbursementRate the pooled rate, or empty
   * @param withoutSpending the plans given no spending, not null
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if plans and executions differ in number
   */
  public PooledExecution {
    plans = List.copyOf(plans);
    executions = List.copyOf(executions);
    Objects.requireNonNull(allocated, "allocated");
    Objects.requireNonNull(spent, "spent");
    Objects.requireNonNull(disbursementRate, "disbursementRate");
    withoutSpending = List.copyOf(withoutSpending);
    if (plans.size() != executions.size()) {
      throw new IllegalArgumentException("one execution per plan: " + plans.size() + " plans, "
          + executions.size() + " executions");
    }
  }
}
