package io.github.eduplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Findings, their messages and a report's summary, on their own. */
class FindingEdgesTest {
  static Finding finding(String code, Severity severity) {
    return Finding.builder().code(code).severity(severity).path("$.projects[0]").number("7")
        .putValue("budget", "1,000.00").build();
  }

  @Test
  void aReportIsEmptyOnlyWithoutFindingsAndHasErrorsOnlyWithAnError() {
    ValidationReport none = ValidationReport.of(List.of());
    assertTrue(none.isEmpty());
    assertFalse(none.hasErrors());
    ValidationReport warning = ValidationReport.of(List.of(finding("X1", Severity.WARNING)));
    assertFalse(warning.isEmpty());
    assertFalse(warning.hasErrors());
    ValidationReport error = ValidationReport.of(
        List.of(finding("X1", Severity.WARNING), finding("X2", Severity.ERROR)));
    assertTrue(error.hasErrors());
  }

  @Test
  void aFindingWithoutAMessageKeyIsLookedUpByItsCode() {
    Finding f = finding("X1", Severity.WARNING);
    assertEquals("X1", f.messageKey());
    Finding keyed = Finding.builder().from(f).messageKey("X1.other").build();
    assertEquals("X1.other", keyed.messageKey());
  }

  @Test
  void aMessageFallsBackFromItsKeyToItsCodeAndThenToTheRawFinding() {
    FindingMessages byCode = (key, locale) -> key.equals("X1") ? Optional.of("{code} at {path}: {budget} ({number})")
        : Optional.empty();
    Finding keyed = Finding.builder().from(finding("X1", Severity.WARNING)).messageKey("X1.other").messages(byCode).build();
    assertEquals("X1 at $.projects[0]: 1,000.00 (7)", keyed.message(Locale.ROOT));
    Finding unknown = Finding.builder().from(finding("X9", Severity.WARNING)).messages(byCode).build();
    assertEquals("X9 $.projects[0] {budget=1,000.00}", unknown.message(Locale.ROOT));
  }

  @Test
  void anOwnMessageWinsAndAnotherSourceFillsTheRest() {
    FindingMessages own = (key, locale) -> key.equals("X1") ? Optional.of("ของเรา {number}") : Optional.empty();
    FindingMessages both = own.orElse(FindingMessages.plain("อื่น {code}"));
    assertEquals(Optional.of("ของเรา {number}"), both.pattern("X1", Locale.ROOT));
    assertEquals(Optional.of("อื่น {code}"), both.pattern("X2", Locale.ROOT));
    Finding f = Finding.builder().from(finding("X2", Severity.ERROR)).messages(both).build();
    assertEquals("อื่น X2", f.message(Locale.ROOT));
  }

  @Test
  void aFindingPrintsSeverityCodePathNumberAndValues() {
    assertEquals("WARNING X1 $.projects[0] (7) {budget=1,000.00}", finding("X1", Severity.WARNING).toString());
    Finding withoutNumber = Finding.builder().code("X1").severity(Severity.ERROR).path("$").build();
    assertEquals("ERROR X1 $ {}", withoutNumber.toString());
  }

  @Test
  void findingsCompareWithoutTheirMessageSource() {
    Finding a = finding("X1", Severity.WARNING);
    Finding b = Finding.builder().from(a).messages(FindingMessages.plain("p")).build();
    assertEquals(a, b);
    assertEquals(List.of(a), ValidationReport.of(List.of(b)).findings());
  }
}
