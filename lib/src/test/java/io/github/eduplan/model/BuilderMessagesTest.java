package io.github.eduplan.model;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A value that can never be legal is refused with a message naming the attribute and the value. */
class BuilderMessagesTest {
  private static void refused(Executable build, String... words) {
    RuntimeException e = assertThrows(RuntimeException.class, build);
    assertTrue(e instanceof IllegalArgumentException || e instanceof IllegalStateException, e.toString());
    for (String word : words) {
      assertTrue(e.getMessage().contains(word), "'" + word + "' missing from: " + e.getMessage());
    }
  }

  @Test
  void aMissingRequiredAttributeIsNamed() {
    refused(() -> Project.builder().title("การจัดงานวันสำคัญ").build(), "Project", "number");
    refused(() -> Project.builder().number("1").build(), "Project", "title");
    refused(() -> Indicator.builder().text("ร้อยละ").measureKind(MeasureKind.PERCENTAGE).build(), "Indicator", "direction");
    refused(() -> StrategicPlan.builder().kind(PlanKind.ACTION_PLAN).build(), "StrategicPlan", "office", "period");
    refused(() -> StatedTotal.builder().scope(TotalScope.STRATEGY).amount(Baht.of(1)).build(), "STRATEGY", "key");
  }

  @Test
  void anIllegalValueIsNamedWithTheValue() {
    refused(() -> Baht.of(-1), "negative", "-1");
    refused(() -> Baht.of(new BigDecimal("10.005")), "two decimals", "10.005");
    refused(() -> FiscalYear.of(99999), "fiscal year", "99999");
    refused(() -> FiscalYear.of(0), "fiscal year", "0");
    refused(() -> Quarter.of(5), "quarter", "5");
    refused(() -> Target.between(new BigDecimal("85"), new BigDecimal("80")), "upperBound", "80", "85");
    refused(() -> Target.builder().value(IndicatorValue.number(85)).comparison(Comparison.BETWEEN).build(),
        "upperBound", "BETWEEN", "none");
    refused(() -> Target.builder().value(IndicatorValue.yesNo(true)).comparison(Comparison.AT_LEAST).build(),
        "comparison", "AT_LEAST", "YES_NO");
    refused(() -> Baseline.builder().year(0).value(IndicatorValue.number(1)).build(), "baseline year", "0");
    refused(() -> StatedTotal.builder().scope(TotalScope.PLAN).key("1").amount(Baht.ZERO).build(), "key", "1");
    refused(() -> StatedTotal.builder().scope(TotalScope.PLAN).amount(Baht.ZERO).projectCount(-3).build(),
        "project count", "-3");
    refused(() -> Office.of(" "), "name", "' '");
    refused(() -> Person.of(""), "name", "''");
    refused(() -> Unit.of(" "), "unit", "' '");
    refused(() -> IndicatorValue.level(""), "level", "''");
    refused(() -> AlignmentLink.builder().framework("").evidence(AlignmentEvidence.PROSE).build(), "framework", "''");
    refused(() -> OrdinalScale.builder().name(" ").addLevels("ดี", "ดีมาก").build(), "name", "' '");
    refused(() -> OrdinalScale.builder().name("คุณภาพ").addLevels("ดี").build(), "คุณภาพ", "two levels", "[ดี]");
    refused(() -> OrdinalScale.builder().name("คุณภาพ").addAllLevels(List.of("ดี", "ดีมาก", "ดี")).build(), "twice", "ดี");
  }
}
