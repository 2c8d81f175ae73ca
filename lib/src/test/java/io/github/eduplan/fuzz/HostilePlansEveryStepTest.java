package io.github.eduplan.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.eduplan.fuzz.FuzzSupport.Shared;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.testsupport.AchievementGenerators;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plans that once loaded and then hung or crashed a later step (docs/security.md): each is
 * written, read back strictly, and taken through every step after reading — both validators, every
 * achievement calculator, every alignment query, writing and reading back — within a generous
 * guard. The guard is the only timing here: a step that became super-linear again fails it.
 */
class HostilePlansEveryStepTest {
  private static final Duration GUARD = Duration.ofSeconds(10);

  static Stream<Arguments> plans() {
    StrategicPlan small = FuzzSupport.smallPlan();
    Baht quadrillion = Baht.of(Baht.MAX);
    return Stream.of(
        Arguments.of("a vision of an office name and 100,000 spaces", with(small, b -> b.vision(
            "สพป. ตราด" + " ".repeat(100_000) + "เขต 2"))),
        Arguments.of("a 999,000-digit number after ไม่ต่ำกว่าร้อยละ", withIndicatorText(small,
            "ร้อยละของนักเรียนที่ผ่านเกณฑ์ไม่ต่ำกว่าร้อยละ " + "9".repeat(999_000))),
        Arguments.of("two projects of 10^15 baht each", with(small, b -> b.projects(List.of(
            Project.builder().from(small.projects().get(0)).budget(quadrillion)
                .quarterlyPlan(QuarterlyBudget.of(quadrillion, Baht.ZERO, Baht.ZERO, Baht.ZERO)).build(),
            Project.builder().from(small.projects().get(0)).number("2").budget(quadrillion)
                .quarterlyPlan(QuarterlyBudget.of(Baht.ZERO, quadrillion, Baht.ZERO, Baht.ZERO)).build())))),
        Arguments.of("quarters that sum past the largest amount", with(small, b -> b.projects(List.of(
            Project.builder().from(small.projects().get(0)).budget(quadrillion)
                .quarterlyPlan(QuarterlyBudget.of(quadrillion, quadrillion, quadrillion, quadrillion)).build())))),
        Arguments.of("an office name with a right-to-left override", with(small, b -> b.office(
            Office.builder().from(small.office()).name("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก\u202E เขต 2").build()))),
        Arguments.of("a plan of 20,000 indicators and projects", AchievementGenerators.large(20_000, 2565L).plan));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void everyStepEndsInTimeOnAPlanThatLoads(String name, StrategicPlan built) {
    assertTimeoutPreemptively(GUARD, () -> {
      StrategicPlan read = Shared.STRICT.read(Shared.STRICT.write(built));
      assertEquals(built, read, name);
      FuzzSupport.everyStepAfterReading(read);
    }, name);
  }

  private static StrategicPlan with(StrategicPlan plan, UnaryOperator<StrategicPlan.Builder> change) {
    return change.apply(StrategicPlan.builder().from(plan)).build();
  }

  private static StrategicPlan withIndicatorText(StrategicPlan plan, String text) {
    Strategy first = plan.strategies().get(0);
    Indicator indicator = Indicator.builder().from(first.indicators().get(0)).text(text).build();
    Strategy changed = Strategy.builder().from(first).indicators(List.of(indicator)).build();
    return with(plan, b -> b.strategies(List.of(changed)));
  }
}
