package io.github.eduplan.examples;

import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.time.Quarter;

/** The code sample of README.md, compiled; a test checks the README shows exactly this code. */
public final class ReadmeSample {
  private ReadmeSample() {}

  /**
   * Runs the README's sample.
   *
   * @return the plan built and the plan read back from its JSON
   */
  public static StrategicPlan[] run() {
    // README:begin
    StrategicPlan plan = StrategicPlan.builder()
        .office(Office.of("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2"))
        .kind(PlanKind.ACTION_PLAN)
        .period(FiscalYearRange.parse("2565"))
        .addStrategy(Strategy.builder().number("1").title("ส่งเสริมความปลอดภัย").build())
        .addProject(Project.builder()
            .number("1").title("การจัดงานวันสำคัญทางลูกเสือ เนตรนารี และยุวกาชาด").strategy("1")
            .budget(Baht.parse("121,940"))
            .quarterlyPlan(QuarterlyBudget.of(24_090, 22_400, 0, 75_450))
            .addActiveQuarters(Quarter.Q1, Quarter.Q2, Quarter.Q4)
            .build())
        .build();
    String json = PlanJson.strict().write(plan);
    StrategicPlan again = PlanJson.strict().read(json);   // equal to plan, Thai text byte for byte
    // README:end
    return new StrategicPlan[] {plan, again};
  }
}
