package io.github.eduplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.eduplan.model.Office;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.time.FiscalYearRange;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The free-text rules fire on the สพป.ตาก เขต 2 FY2565 action plan's real defects and stay quiet on what plans legitimately write. */
class TextRulesTest {
  static final PlanValidator VALIDATOR = PlanValidator.standard().build();

  static StrategicPlan plan(String vision, String projectTitle) {
    return StrategicPlan.builder()
        .office(Office.of("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2"))
        .kind(PlanKind.ACTION_PLAN)
        .period(FiscalYearRange.of(2565, 2565))
        .vision(vision)
        .addProject(Project.builder().number("1").title(projectTitle).addResponsiblePerson(
            io.github.eduplan.model.Person.of("นางเมธพร สุรเดช")).build())
        .build();
  }

  static List<String> textFindings(StrategicPlan plan) {
    return VALIDATOR.validate(plan).findings().stream()
        .filter(f -> f.code().startsWith("TEXT_"))
        .map(f -> f.code() + " " + f.path() + " " + f.message(Locale.ENGLISH))
        .collect(Collectors.toList());
  }

  @Test
  void hebrewLettersInsideAThaiWordAreReported() {
    assertEquals(List.of("TEXT_FOREIGN_SCRIPT $.vision The text at $.vision holds the HEBREW letter ד (U+05D3) in \"สริมการจדרะบบ\"."),
        textFindings(plan("ส่งเสริมการจדרะบบ", "ประชุมทางไกล (COVID-19) ๒๕๖๕")));
  }

  @Test
  void thaiLatinDigitsAndPunctuationAreQuiet() {
    assertEquals(List.of(), textFindings(plan(
        "ภายในปี ๒๕๗๐ สพป.ตาก เขต 2 เป็นองค์กรคุณภาพ “Smart Office” (PM 2.5) – ๑๐๐%",
        "การประเมินคุณภาพผู้เรียน (NT) ชั้นประถมศึกษาปีที่ 3 ปีการศึกษา 2564")));
  }

  @Test
  void aYearThatCannotBeMeantIsReportedInArabicOrThaiDigits() {
    assertEquals(List.of(
        "TEXT_YEAR_IMPLAUSIBLE $.projects[0].title The text at $.projects[0].title writes \"ปีการศึกษา 2654\", a year that cannot be meant in a plan for 2565."),
        textFindings(plan("วิสัยทัศน์", "การประเมินคุณภาพผู้เรียน (NT) ชั้นประถมศึกษาปีที่ 3 ปีการศึกษา 2654")));
    assertEquals(1, textFindings(plan("ภายในปี ๒๖๕๔", "โครงการ")).size());
    assertEquals(1, textFindings(plan("ตั้งแต่ พ.ศ. 2300", "โครงการ")).size());
  }

  @Test
  void pastLawsAndTheNationalStrategysHorizonAreQuiet() {
    assertEquals(List.of(), textFindings(plan(
        "ตามพระราชบัญญัติการศึกษาแห่งชาติ พ.ศ. 2542 และยุทธศาสตร์ชาติ พ.ศ. 2561 - 2580 ภายในปี 2585",
        "ห้องเรียน 2565 ห้อง")));
  }

  @Test
  void yearsInsideATextAndAtTheLimitsAreJudgedByTheirValue() {
    assertEquals(1, textFindings(plan("ตั้งแต่ พ.ศ. 2309 เป็นต้นมา", "โครงการ")).size(), "2309 is before 2400");
    assertEquals(1, textFindings(plan("ภายในปี ๒๖๙๐ ของแผน", "โครงการ")).size(), "2690 in Thai digits, mid-text");
    assertEquals(1, textFindings(plan("ภายในปี 2586 ของแผน", "โครงการ")).size(), "21 years after 2565");
    assertEquals(1, textFindings(plan("ตั้งแต่ปี 2399 ของแผน", "โครงการ")).size(), "one year before 2400");
    assertEquals(List.of(), textFindings(plan("ภายในปี 2585 และ พ.ศ. 2400 ของแผน", "โครงการ")),
        "exactly 20 years after the plan, and 2400, are allowed");
  }

  @Test
  void comparisonKeysUnifyEveryThaiDigitAndDropWhiteSpace() {
    assertEquals("ร้อยละ0123456789abc", Texts.key("ร้อยละ ๐๑๒๓๔๕๖๗๘๙\tA B\nC"));
    assertEquals("/:", Texts.key("/:"), "the characters either side of the digits stay as they are");
  }
}
