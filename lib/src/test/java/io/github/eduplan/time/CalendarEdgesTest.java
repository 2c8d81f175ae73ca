package io.github.eduplan.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The first and last values the calendar accepts, and the days on either side of its boundaries. */
class CalendarEdgesTest {
  @Test
  void yearsFrom2400To2999AreAcceptedAndTheirNeighboursRefused() {
    assertEquals(2400, FiscalYear.of(2400).buddhistEraYear());
    assertEquals(2999, FiscalYear.of(2999).buddhistEraYear());
    assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(2399));
    assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(3000));
    assertEquals(2400, AcademicYear.of(2400).buddhistEraYear());
    assertEquals(2999, AcademicYear.of(2999).buddhistEraYear());
    assertThrows(IllegalArgumentException.class, () -> AcademicYear.of(2399));
    assertThrows(IllegalArgumentException.class, () -> AcademicYear.of(3000));
  }

  @Test
  void addingYearsReachesTheEndsOfTheCalendarButNotBeyond() {
    assertEquals(FiscalYear.of(2566), FiscalYear.of(2565).next());
    assertEquals(FiscalYear.of(2564), FiscalYear.of(2565).previous());
    assertEquals(FiscalYear.of(2999), FiscalYear.of(2990).plusYears(9));
    assertEquals(FiscalYear.of(2400), FiscalYear.of(2410).plusYears(-10));
    assertEquals(FiscalYear.of(2565), FiscalYear.of(2565).plusYears(0));
    IllegalArgumentException over = assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(2990).plusYears(10));
    assertTrue(over.getMessage().contains("3000"), over.getMessage());
    IllegalArgumentException under = assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(2400).previous());
    assertTrue(under.getMessage().contains("2399"), under.getMessage());
  }

  @Test
  void aYearIsNeitherBeforeNorAfterItself() {
    FiscalYear y = FiscalYear.of(2565);
    assertFalse(y.isBefore(FiscalYear.of(2565)));
    assertFalse(y.isAfter(FiscalYear.of(2565)));
    assertTrue(y.isBefore(FiscalYear.of(2566)));
    assertTrue(y.isAfter(FiscalYear.of(2564)));
    assertEquals(0, y.compareTo(FiscalYear.of(2565)));
    assertTrue(y.compareTo(FiscalYear.of(2566)) < 0);
    assertTrue(FiscalYear.of(2566).compareTo(y) > 0);
  }

  @Test
  void aFiscalYearHoldsItsFirstAndLastDayOnly() {
    FiscalYear y = FiscalYear.of(2565);
    assertTrue(y.contains(LocalDate.of(2021, 10, 1)));
    assertTrue(y.contains(LocalDate.of(2022, 9, 30)));
    assertFalse(y.contains(LocalDate.of(2021, 9, 30)));
    assertFalse(y.contains(LocalDate.of(2022, 10, 1)));
  }

  @Test
  void aQuarterHoldsItsFirstAndLastDayOnly() {
    FiscalQuarter q2 = FiscalYear.of(2565).quarter(2);
    assertEquals(Quarter.Q2, q2.quarter());
    assertTrue(q2.contains(LocalDate.of(2022, 1, 1)));
    assertTrue(q2.contains(LocalDate.of(2022, 3, 31)));
    assertFalse(q2.contains(LocalDate.of(2021, 12, 31)));
    assertFalse(q2.contains(LocalDate.of(2022, 4, 1)));
  }

  @Test
  void quartersOrderByYearThenQuarter() {
    FiscalQuarter q4of2565 = FiscalYear.of(2565).quarter(Quarter.Q4);
    FiscalQuarter q1of2566 = FiscalYear.of(2566).quarter(Quarter.Q1);
    FiscalQuarter q2of2566 = FiscalYear.of(2566).quarter(Quarter.Q2);
    assertTrue(q4of2565.compareTo(q1of2566) < 0);
    assertTrue(q1of2566.compareTo(q2of2566) < 0);
    assertTrue(q2of2566.compareTo(q1of2566) > 0);
    assertEquals(0, q1of2566.compareTo(FiscalQuarter.of(FiscalYear.of(2566), Quarter.Q1)));
    assertEquals(q1of2566, q4of2565.plusQuarters(1));
  }

  @Test
  void valuesOfDifferentYearsOrQuartersAreNotEqual() {
    assertNotEquals(FiscalYear.of(2565), FiscalYear.of(2566));
    assertNotEquals(FiscalYear.of(2565), AcademicYear.of(2565));
    assertNotEquals(AcademicYear.of(2565), AcademicYear.of(2566));
    assertNotEquals(AcademicYear.of(2565), FiscalYear.of(2565));
    assertEquals(AcademicYear.of(2565), AcademicYear.of(2565));
    assertEquals(0, AcademicYear.of(2565).compareTo(AcademicYear.of(2565)));
    assertTrue(AcademicYear.of(2565).compareTo(AcademicYear.of(2566)) < 0);
    assertNotEquals(FiscalYear.of(2565).quarter(1), FiscalYear.of(2565).quarter(2));
    assertNotEquals(FiscalYear.of(2565).quarter(1), FiscalYear.of(2566).quarter(1));
    assertNotEquals(FiscalYear.of(2565).quarter(1), FiscalYear.of(2565));
    assertNotEquals(FiscalYearRange.of(2565, 2567), FiscalYearRange.of(2565, 2568));
    assertNotEquals(FiscalYearRange.of(2565, 2567), FiscalYearRange.of(2564, 2567));
    assertNotEquals(FiscalYearRange.of(2565, 2565), FiscalYear.of(2565));
  }

  @Test
  void yearsQuartersAndRangesOfAPlanPeriodHashApart() {
    // Hash maps keyed by these values (targets by year, results by quarter) stay maps, not lists.
    Set<Integer> years = new HashSet<>();
    Set<Integer> academic = new HashSet<>();
    Set<Integer> quarters = new HashSet<>();
    Set<Integer> ranges = new HashSet<>();
    for (int y = 2560; y <= 2570; y++) {
      years.add(FiscalYear.of(y).hashCode());
      academic.add(AcademicYear.of(y).hashCode());
      for (Quarter q : Quarter.values()) {
        quarters.add(FiscalYear.of(y).quarter(q).hashCode());
      }
      for (int last = y; last <= 2570; last++) {
        ranges.add(FiscalYearRange.of(y, last).hashCode());
      }
    }
    assertEquals(11, years.size());
    assertEquals(11, academic.size());
    assertEquals(44, quarters.size());
    assertEquals(66, ranges.size());
    assertEquals(FiscalYear.of(2565).quarter(3).hashCode(), FiscalQuarter.parse("2565-Q3").hashCode());
  }

  @Test
  void aRangeHoldsItsFirstAndLastYearOnly() {
    FiscalYearRange r = FiscalYearRange.of(2563, 2565);
    assertEquals(FiscalYear.of(2563), r.first());
    assertEquals(FiscalYear.of(2565), r.last());
    assertTrue(r.contains(FiscalYear.of(2563)));
    assertTrue(r.contains(FiscalYear.of(2565)));
    assertFalse(r.contains(FiscalYear.of(2562)));
    assertFalse(r.contains(FiscalYear.of(2566)));
    List<FiscalYear> iterated = new java.util.ArrayList<>();
    r.iterator().forEachRemaining(iterated::add);
    assertEquals(List.of(FiscalYear.of(2563), FiscalYear.of(2564), FiscalYear.of(2565)), iterated);
  }

  @Test
  void amountsMayEndInADashOrADotDashAsPlansWriteWholeBaht() {
    assertEquals(new BigDecimal("500"), ThaiDigits.parseDecimal("500-"));
    assertEquals(new BigDecimal("100000"), ThaiDigits.parseDecimal("๑๐๐,๐๐๐.-"));
    assertEquals(new BigDecimal("5"), ThaiDigits.parseDecimal("5.-"));
    assertEquals(new BigDecimal("-7"), ThaiDigits.parseDecimal("-7-"));
    assertThrows(NumberFormatException.class, () -> ThaiDigits.parseDecimal("-"));
    assertThrows(NumberFormatException.class, () -> ThaiDigits.parseDecimal(".-"));
  }

  @Test
  void formattingGroupsOnlyBetweenDigits() {
    assertEquals("123", ThaiDigits.format(new BigDecimal("123")));
    assertEquals("-123,456", ThaiDigits.format(new BigDecimal("-123456")));
    assertEquals("1,234.5", ThaiDigits.format(new BigDecimal("1234.5")));
    assertEquals("0.25", ThaiDigits.format(new BigDecimal("0.25")));
    assertEquals("12,345,678", ThaiDigits.format(new BigDecimal("12345678")));
  }
}
