package io.github.eduplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.cascade.PlanSet;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.OfficeLevel;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.ServedElement;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The illustrative plan set: every file reads strictly and the schools resolve to the area plan. */
class BundledCascadeTest {
  @Test
  void everyPlanReadsAndEverySchoolServesTheAreaPlan() {
    List<StrategicPlan> plans = BundledCascade.load();
    assertEquals(6, plans.size());
    StrategicPlan area = plans.get(0);
    assertEquals(OfficeLevel.AREA_OFFICE, area.level());
    assertEquals("สพป.ตาก เขต 2", area.office().shortName().orElseThrow());
    assertEquals("ตาก", area.office().province().orElseThrow());
    PlanSet set = PlanSet.of(plans);
    assertEquals(List.of(), set.unresolved());
    assertEquals(plans.subList(1, 6), set.childrenOf(area));
    for (StrategicPlan school : plans.subList(1, 6)) {
      assertEquals(OfficeLevel.SCHOOL, school.level());
      assertTrue(school.title().orElseThrow().contains("โรงเรียนสมมติ"), "marked as invented: " + school.title());
      assertTrue(school.source().orElseThrow().contains("invented school"), school.source().toString());
      for (Project p : school.projects()) {
        Baht quarters = p.quarterlyPlan().orElseThrow().total();
        assertEquals(p.budget().orElseThrow(), quarters, school.office().name() + " project " + p.number());
        assertEquals(1, p.serves().size());
      }
    }
  }

  @Test
  void theAreaPlanKeepsTheRealStrategiesOfTheTakPlan() {
    StrategicPlan real = BundledPlans.load(BundledPlans.TAK_2_2565);
    StrategicPlan area = BundledCascade.load().get(0);
    assertEquals(real.strategies().stream().map(Strategy::title).toList(),
        area.strategies().stream().map(Strategy::title).toList());
    assertEquals(real.goals(), area.goals());
    assertTrue(area.source().orElseThrow().contains("illustrative"));
  }

  @Test
  void exactlyOneSchoolServesAnAreaStrategyThatDoesNotExist() {
    List<StrategicPlan> plans = BundledCascade.load();
    StrategicPlan area = plans.get(0);
    List<String> broken = plans.subList(1, 6).stream()
        .filter(s -> Stream.concat(s.strategies().stream().flatMap(st -> st.serves().stream()),
                s.projects().stream().flatMap(p -> p.serves().stream()))
            .map(ServedElement::number).anyMatch(n -> area.strategy(n).isEmpty()))
        .map(s -> s.office().name()).toList();
    assertEquals(List.of("โรงเรียนบ้านป่าตัวอย่าง"), broken);
  }

  @Test
  void theFilesCopyToAFolder(@TempDir Path dir) throws Exception {
    Path folder = BundledCascade.copyTo(dir.resolve("tak-2"));
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(BundledCascade.FILES.stream().sorted().toList(),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }
}
