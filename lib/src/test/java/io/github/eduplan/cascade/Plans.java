package io.github.eduplan.cascade;

import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.OfficeLevel;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.ServedElement;
import io.github.eduplan.model.ServedKind;
import io.github.eduplan.model.ServedPlan;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.time.FiscalYearRange;
import java.util.List;

/** Small plans of the cascade for the tests: OBEC, area offices and schools. */
final class Plans {
  private Plans() {}

  static Office office(String name, String shortName, String province) {
    return Office.builder().name(name).shortName(shortName).province(province).build();
  }

  static Strategy strategy(String number, ServedElement... serves) {
    return Strategy.builder().number(number).title("กลยุทธ์ที่ " + number).addServes(serves).build();
  }

  static ServedElement servesStrategy(String number) {
    return ServedElement.of(ServedKind.STRATEGY, number);
  }

  static Project project(String number, String strategy, long budget, ServedElement... serves) {
    return Project.builder().number(number).title("โครงการ " + number).strategy(strategy)
        .budget(Baht.of(budget)).quarterlyPlan(QuarterlyBudget.of(Baht.of(budget), Baht.ZERO, Baht.ZERO, Baht.ZERO))
        .addServes(serves).build();
  }

  static Project linked(Project p, AlignmentLink... links) {
    return Project.builder().from(p).addAlignment(links).build();
  }

  static StrategicPlan obec(int first, int last, Strategy... strategies) {
    return StrategicPlan.builder().office(office("สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", "สพฐ.", "กรุงเทพมหานคร"))
        .level(OfficeLevel.OBEC).kind(PlanKind.ACTION_PLAN).period(FiscalYearRange.of(first, last))
        .addStrategies(strategies).build();
  }

  static StrategicPlan area(String shortName, String province, int first, int last, List<Strategy> strategies,
      Project... projects) {
    return StrategicPlan.builder()
        .office(office("สำนักงานเขตพื้นที่การศึกษาประถมศึกษา" + shortName.substring(4), shortName, province))
        .kind(PlanKind.ACTION_PLAN).period(FiscalYearRange.of(first, last))
        .servedPlan(ServedPlan.of("สพฐ.", first))
        .addAllStrategies(strategies).addProjects(projects).build();
  }

  static StrategicPlan school(String name, String province, String serves, int year, List<Strategy> strategies,
      Project... projects) {
    return StrategicPlan.builder().office(Office.builder().name(name).province(province).build())
        .level(OfficeLevel.SCHOOL).kind(PlanKind.ACTION_PLAN).period(FiscalYearRange.of(year, year))
        .servedPlan(ServedPlan.of(serves, year))
        .addAllStrategies(strategies).addProjects(projects).build();
  }
}
