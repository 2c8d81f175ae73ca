package io.github.eduplan.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.testsupport.DiffGenerators;
import io.github.eduplan.testsupport.Examples;
import io.github.eduplan.testsupport.ModelGenerators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The four properties of issue 27, each on at least 1,000 generated examples. */
class DiffPropertiesTest {
  /** Two unrelated plans, or a plan and an edit of it. */
  private static Gen<StrategicPlan[]> pairs() {
    Gen<StrategicPlan[]> unrelated = ModelGenerators.plans().zip(ModelGenerators.plans(), (a, b) -> new StrategicPlan[] {a, b});
    Gen<StrategicPlan[]> edited = DiffGenerators.edits().map(e -> new StrategicPlan[] {e.older(), e.newer()});
    return unrelated.mix(edited, 50);
  }

  @Test
  void theDiffOfAPlanWithItselfOrWithACopyReadFromJsonIsEmpty() {
    PlanJson json = PlanJson.strict();
    qt().withExamples(Examples.upTo(1000)).forAll(ModelGenerators.plans()).checkAssert(plan -> {
      assertTrue(PlanDiff.between(plan, plan).isEmpty());
      PlanDiff copy = PlanDiff.between(plan, json.read(json.write(plan)));
      assertEquals(List.of(), copy.changes());
      assertTrue(copy.budgetByStrategy().rows().stream().allMatch(r -> !r.changed()));
      assertTrue(copy.budgetByQuarter().rows().stream().allMatch(r -> !r.changed()));
      assertTrue(copy.budgetByFrameworkItem().stream().allMatch(c -> !c.total().changed() && c.rows().stream().noneMatch(
          BudgetComparison.Row::changed)));
    });
  }

  /** A change with its fields in a fixed order, so that two lists of the same changes compare equal as sets. */
  private static ElementChange canonical(ElementChange c) {
    List<FieldChange> fields = new ArrayList<>(c.fields());
    fields.sort(Comparator.comparing(FieldChange::toString));
    return new ElementChange(c.part(), c.kinds(), c.olderPath(), c.newerPath(), c.olderNumber(), c.newerNumber(),
        c.olderText(), c.newerText(), fields);
  }

  private static Map<ElementChange, Integer> multiset(List<ElementChange> changes) {
    Map<ElementChange, Integer> m = new HashMap<>();
    changes.forEach(c -> m.merge(canonical(c), 1, Integer::sum));
    return m;
  }

  @Test
  void theDiffOfBAndAIsTheReverseOfTheDiffOfAAndB() {
    qt().withExamples(Examples.upTo(1000)).forAll(pairs()).checkAssert(pair -> {
      PlanDiff forward = PlanDiff.between(pair[0], pair[1]);
      PlanDiff backward = PlanDiff.between(pair[1], pair[0]);
      assertEquals(multiset(backward.changes()), multiset(forward.changes().stream().map(ElementChange::reversed).toList()));
      assertReversed(forward.budgetByStrategy(), backward.budgetByStrategy());
      assertReversed(forward.budgetByQuarter(), backward.budgetByQuarter());
    });
  }

  private static void assertReversed(BudgetComparison forward, BudgetComparison backward) {
    assertEquals(reversed(forward.total()), amounts(backward.total()));
    Map<List<Object>, Integer> a = new HashMap<>();
    forward.rows().forEach(r -> a.merge(reversed(r), 1, Integer::sum));
    Map<List<Object>, Integer> b = new HashMap<>();
    backward.rows().forEach(r -> b.merge(amounts(r), 1, Integer::sum));
    assertEquals(a, b);
  }

  private static List<Object> amounts(BudgetComparison.Row r) {
    return List.of(r.projectsBefore(), r.projectsAfter(), r.before(), r.after());
  }

  private static List<Object> reversed(BudgetComparison.Row r) {
    return List.of(r.projectsAfter(), r.projectsBefore(), r.after(), r.before());
  }

  /** What the generator's oracle knows of a change: part, kinds, paths and the changed fields. */
  private static DiffGenerators.Expected seen(ElementChange c) {
    Set<String> fields = new java.util.LinkedHashSet<>();
    c.fields().forEach(f -> fields.add(f.field() + (f.at().isEmpty() ? "" : " " + f.at())));
    return new DiffGenerators.Expected(c.part(), c.kinds(), c.olderPath(), c.newerPath(), fields);
  }

  @Test
  void aRandomEditOfAPlanIsReportedExactlyNoMoreAndNoLess() {
    Set<String> seenEdits = new HashSet<>();
    qt().withExamples(Examples.upTo(1000)).forAll(DiffGenerators.edits()).checkAssert(edit -> {
      PlanDiff diff = PlanDiff.between(edit.older(), edit.newer());
      List<DiffGenerators.Expected> reported = diff.changes().stream().map(DiffPropertiesTest::seen).toList();
      assertEquals(edit.expected(), new HashSet<>(reported), edit::toString);
      assertEquals(reported.size(), new HashSet<>(reported).size(), "each element once");
      seenEdits.add(edit.name().replaceAll("[0-9 ]+(to|from|at|of project).*$", "").replaceAll(" [0-9]+$", ""));
    });
    if (Examples.upTo(1000) >= 1000) {
      assertTrue(seenEdits.size() >= DiffGenerators.editKinds() - 2, () -> "edits tried: " + seenEdits);
    }
  }

  private static final Pattern PROJECT_PATH = Pattern.compile("\\$\\.projects\\[(\\d+)]");

  private static Baht budgetAt(StrategicPlan plan, String path) {
    Matcher m = PROJECT_PATH.matcher(path);
    assertTrue(m.matches(), path);
    return plan.projects().get(Integer.parseInt(m.group(1))).budget().orElse(Baht.ZERO);
  }

  @Test
  void theBudgetDeltasSumToTheDifferenceOfTheTotals() {
    qt().withExamples(Examples.upTo(1000)).forAll(pairs()).checkAssert(pair -> {
      StrategicPlan older = pair[0];
      StrategicPlan newer = pair[1];
      PlanDiff diff = PlanDiff.between(older, newer);
      BigDecimal planDifference = newer.projectBudgetTotal().minus(older.projectBudgetTotal());
      for (BudgetComparison c : List.of(diff.budgetByStrategy(), diff.budgetByQuarter())) {
        assertEquals(c.total().difference(), c.rows().stream().map(BudgetComparison.Row::difference)
            .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
        assertEquals(c.total().before(), c.rows().stream().map(BudgetComparison.Row::before).collect(Baht.summing()));
        assertEquals(c.total().after(), c.rows().stream().map(BudgetComparison.Row::after).collect(Baht.summing()));
      }
      assertEquals(planDifference, diff.budgetByStrategy().total().difference());
      assertEquals(older.projects().size(), diff.budgetByStrategy().total().projectsBefore());
      assertEquals(newer.projects().size(), diff.budgetByStrategy().total().projectsAfter());
      BigDecimal quarterDifference = quarters(newer).minus(quarters(older));
      assertEquals(quarterDifference, diff.budgetByQuarter().total().difference());
      for (BudgetComparison c : diff.budgetByFrameworkItem()) {
        assertEquals(planDifference, c.total().difference().add(c.unassigned().orElseThrow().difference()), c.heading());
      }
      // Project by project: what each added, removed or re-funded project adds up to the plan's difference.
      BigDecimal byProject = BigDecimal.ZERO.setScale(2);
      for (ElementChange change : diff.changes()) {
        if (change.part() != PlanPart.PROJECT) {
          continue;
        }
        if (change.is(ChangeKind.ADDED)) {
          byProject = byProject.add(budgetAt(newer, change.newerPath().orElseThrow()).amount());
        } else if (change.is(ChangeKind.REMOVED)) {
          byProject = byProject.subtract(budgetAt(older, change.olderPath().orElseThrow()).amount());
        } else {
          for (FieldChange f : change.fields()) {
            if (f.field() == FieldChange.Field.BUDGET) {
              byProject = byProject.add(f.difference().orElseThrow());
            }
          }
        }
      }
      assertEquals(planDifference, byProject);
    });
  }

  private static Baht quarters(StrategicPlan plan) {
    return plan.projects().stream().flatMap(p -> p.quarterlyPlan().stream()).map(q -> q.total()).collect(Baht.summing());
  }
}
