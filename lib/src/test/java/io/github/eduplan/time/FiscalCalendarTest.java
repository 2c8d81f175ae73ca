package io.github.eduplan.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.eduplan.testsupport.Examples;
import io.github.eduplan.testsupport.ModelGenerators;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.ThaiBuddhistDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class FiscalCalendarTest {
  private static Gen<LocalDate> dates() {
    return longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2400, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Test
  void fiscalYear2565RunsFromOctober2021ToSeptember2022() {
    FiscalYear fy = FiscalYear.of(2565);
    assertEquals(LocalDate.of(2021, 10, 1), fy.startDate());
    assertEquals(LocalDate.of(2022, 9, 30), fy.endDate());
    assertEquals(2022, fy.christianEraEndYear());
    assertEquals(fy, FiscalYear.ofChristianEra(2022));
  }

  @Test
  void theYearTurnsOnTheFirstOfOctober() {
    assertEquals(FiscalYear.of(2565), FiscalYear.containing(LocalDate.of(2022, 9, 30)));
    assertEquals(FiscalYear.of(2566), FiscalYear.containing(LocalDate.of(2022, 10, 1)));
    assertEquals(FiscalYear.of(2565), FiscalYear.containing(LocalDate.of(2021, 12, 31)));
    assertEquals(FiscalYear.of(2565), FiscalYear.containing(LocalDate.of(2022, 1, 1)));
    assertEquals(FiscalYear.of(2567), FiscalYear.containing(LocalDate.of(2024, 2, 29)));
  }

  @Test
  void thaiBuddhistDatesConvertBothWays() {
    ThaiBuddhistDate start = FiscalYear.of(2565).startThaiDate();
    assertEquals(2564, start.get(java.time.temporal.ChronoField.YEAR));
    assertEquals(2565, FiscalYear.of(2565).endThaiDate().get(java.time.temporal.ChronoField.YEAR));
    assertEquals(FiscalYear.of(2566), FiscalYear.containing(ThaiBuddhistDate.of(2565, 10, 1)));
  }

  @Test
  void yearsOutsideTheRangeAreRejectedWithTheValue() {
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(0));
    assertTrue(zero.getMessage().contains("0"));
    IllegalArgumentException big = assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(99999));
    assertTrue(big.getMessage().contains("99999"));
    assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(2999).next());
  }

  @Test
  void fiscalYearsParseAsPlansWriteThem() {
    for (String text : List.of("2565", "๒๕๖๕", " พ.ศ. 2565 ", "พ.ศ.๒๕๖๕", "ปีงบประมาณ พ.ศ. ๒๕๖๕")) {
      assertEquals(FiscalYear.of(2565), FiscalYear.parse(text), text);
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FiscalYear.parse("ปี 65"));
    assertTrue(e.getMessage().contains("ปี 65"));
    assertEquals("๒๕๖๕", FiscalYear.of(2565).toThaiString());
  }

  @Test
  void quartersStartInOctober() {
    assertEquals(Month.OCTOBER, Quarter.Q1.firstMonth());
    assertEquals(Month.DECEMBER, Quarter.Q1.lastMonth());
    assertEquals(Month.JANUARY, Quarter.Q2.firstMonth());
    assertEquals(Month.SEPTEMBER, Quarter.Q4.lastMonth());
    assertEquals(Quarter.Q4, Quarter.ofMonth(Month.SEPTEMBER));
    assertEquals(Quarter.Q1, Quarter.ofMonth(Month.OCTOBER));
    assertEquals("ไตรมาส 3", Quarter.Q3.thaiName());
    assertThrows(IllegalArgumentException.class, () -> Quarter.of(5));
    assertThrows(IllegalArgumentException.class, () -> Quarter.of(0));
  }

  @Test
  void fiscalQuartersHaveTheirDates() {
    FiscalQuarter q2 = FiscalQuarter.of(2565, 2);
    assertEquals(LocalDate.of(2022, 1, 1), q2.startDate());
    assertEquals(LocalDate.of(2022, 3, 31), q2.endDate());
    assertEquals(FiscalQuarter.of(2566, 1), FiscalQuarter.of(2565, 4).plusQuarters(1));
    assertEquals(FiscalQuarter.of(2564, 4), FiscalQuarter.of(2565, 1).plusQuarters(-1));
    assertEquals(FiscalQuarter.of(2565, 1), FiscalQuarter.parse("๒๕๖๕-Q๑"));
    assertThrows(IllegalArgumentException.class, () -> FiscalQuarter.parse("2565-Q5"));
  }

  @Test
  void rangesParseAndPrintAsPlansWriteThem() {
    FiscalYearRange range = FiscalYearRange.of(2563, 2565);
    for (String text : List.of("2563-2565", "2563 – 2565", "๒๕๖๓ - ๒๕๖๕", "พ.ศ. ๒๕๖๓ - ๒๕๖๕", "2563–2565")) {
      assertEquals(range, FiscalYearRange.parse(text), text);
    }
    assertEquals("2563–2565", range.toString());
    assertEquals(FiscalYearRange.single(FiscalYear.of(2565)), FiscalYearRange.parse("2565"));
    assertEquals(3, range.size());
    assertEquals(List.of(FiscalYear.of(2563), FiscalYear.of(2564), FiscalYear.of(2565)), range.years());
    assertTrue(range.contains(FiscalYear.of(2564)));
    assertFalse(range.contains(FiscalYear.of(2566)));
  }

  @Test
  void aBackwardsRangeBuildsButHoldsNoYears() {
    FiscalYearRange backwards = FiscalYearRange.of(2565, 2563);
    assertTrue(backwards.isBackwards());
    assertEquals(0, backwards.size());
    assertTrue(backwards.years().isEmpty());
    assertFalse(backwards.contains(FiscalYear.of(2564)));
    assertEquals(backwards, FiscalYearRange.parse(backwards.toString()));
  }

  @Test
  void academicYearsAreADifferentCalendar() {
    AcademicYear ay = AcademicYear.of(2565);
    assertEquals(2022, ay.christianEraStartYear());
    assertEquals("2565", ay.toString());
    assertThrows(IllegalArgumentException.class, () -> AcademicYear.of(65));
  }

  @Test
  void everyDateLiesInItsFiscalYearAndQuarter() {
    qt().withExamples(Examples.upTo(1000)).forAll(dates()).checkAssert(d -> {
      assertTrue(FiscalYear.containing(d).contains(d));
      assertTrue(FiscalQuarter.containing(d).contains(d));
      assertEquals(FiscalYear.containing(d), FiscalQuarter.containing(d).year());
      assertEquals(d.getYear() + 543 + (d.getMonthValue() >= 10 ? 1 : 0),
          FiscalYear.containing(d).buddhistEraYear());
    });
  }

  @Test
  void yearsQuartersAndRangesReadBackWhatTheyPrint() {
    qt().withExamples(Examples.upTo(1000)).forAll(ModelGenerators.fiscalYears(), integers().between(1, 4), ModelGenerators.periods())
        .checkAssert((year, q, range) -> {
          assertEquals(year, FiscalYear.parse(year.toString()));
          assertEquals(year, FiscalYear.parse(year.toThaiString()));
          FiscalQuarter fq = year.quarter(q);
          assertEquals(fq, FiscalQuarter.parse(fq.toString()));
          assertEquals(fq, fq.plusQuarters(5).plusQuarters(-5));
          assertEquals(range, FiscalYearRange.parse(range.toString()));
        });
  }
}
