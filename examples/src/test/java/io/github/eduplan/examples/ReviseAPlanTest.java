package io.github.eduplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.diff.BudgetComparison;
import io.github.eduplan.diff.ElementChange;
import io.github.eduplan.diff.PlanDiff;
import io.github.eduplan.model.StrategicPlan;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The revision of the ตาก plan: its diff lists exactly the edits made, and its money adds up. */
class ReviseAPlanTest {
  private static final StrategicPlan TAK = BundledPlans.load(BundledPlans.TAK_2_2565);

  private static String line(ElementChange c) {
    StringBuilder sb = new StringBuilder(c.part() + " " + c.kinds() + " " + c.olderPath().orElse("-") + " "
        + c.newerPath().orElse("-"));
    c.fields().forEach(f -> sb.append(" | ").append(f.field()).append(f.at().isEmpty() ? "" : " " + f.at()).append(": ")
        .append(f.before().orElse("-")).append(" → ").append(f.after().orElse("-")));
    return sb.toString();
  }

  @Test
  void theDiffListsExactlyTheEditsMade() {
    PlanDiff diff = PlanDiff.between(TAK, ReviseAPlan.revise(TAK));
    assertEquals(List.of(
        "PLAN [CHANGED] $ $ | REVISION: - → ฉบับปรับปรุง ครั้งที่ 1",
        "INDICATOR [CHANGED] $.strategies[0].indicators[0] $.strategies[0].indicators[0] | TARGET 2565: 85 → 90",
        "PROJECT [CHANGED] $.projects[0] $.projects[0] | QUARTER 3: 0 → 20000 | QUARTER 4: 75450 → 55450"
            + " | ACTIVE_QUARTERS: 1,2,4 → 1,2,3,4",
        "PROJECT [REMOVED] $.projects[6] -",
        "PROJECT [ADDED] - $.projects[58]"),
        diff.changes().stream().map(ReviseAPlanTest::line).toList());
  }

  @Test
  void theMoneyMovesAsTheRevisionSays() {
    PlanDiff diff = PlanDiff.between(TAK, ReviseAPlan.revise(TAK));
    // project 7 had 309,746 baht; project 60 has 50,000
    BudgetComparison byStrategy = diff.budgetByStrategy();
    assertEquals(new BigDecimal("-259746.00"), byStrategy.total().difference());
    assertEquals(new BigDecimal("-259746.00"), byStrategy.row("2").orElseThrow().difference());
    assertEquals(11, byStrategy.row("2").orElseThrow().projectsBefore());
    assertEquals(11, byStrategy.row("2").orElseThrow().projectsAfter());
    BudgetComparison byQuarter = diff.budgetByQuarter();
    assertEquals(new BigDecimal("50000.00"), byQuarter.row("3").orElseThrow().difference(), "20,000 moved in, 30,000 new");
    assertEquals(byQuarter.total().difference(),
        byQuarter.rows().stream().map(BudgetComparison.Row::difference).reduce(BigDecimal::add).orElseThrow());
  }

  @Test
  void theExamplePrintsAThaiReport() {
    String out = ExamplesTest.capture(p -> ReviseAPlan.run(TAK, p));
    assertTrue(out.startsWith("# การเปลี่ยนแปลงของแผน\n"), out);
    assertTrue(out.contains("- **โครงการ 7** ส่งเสริมการจัดการศึกษาโรงเรียนบนพื้นที่สูงในถิ่นทุรกันดาร — ลบ · `$.projects[6]`"), out);
    assertTrue(out.contains("  - ไตรมาส 4: 75,450 → 55,450 (-20,000)"), out);
    assertTrue(out.contains("  - ค่าเป้าหมาย ปี 2565: 85 → 90"), out);
    assertTrue(out.contains("งบประมาณโครงการรวม: 8,095,606 → 7,835,860 (-259,746)"), out);
  }
}
