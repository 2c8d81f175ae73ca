package io.github.eduplan.validation;

import static io.github.eduplan.validation.Fixtures.plan;
import static io.github.eduplan.validation.Fixtures.withIndicator;
import static io.github.eduplan.validation.Fixtures.withPlan;
import static io.github.eduplan.validation.Fixtures.withProject;
import static io.github.eduplan.validation.Fixtures.withStrategy;
import static io.github.eduplan.validation.RuleEdges.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Guideline;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.Mission;
import io.github.eduplan.model.NameMention;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.time.FiscalYearRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How the office's names are matched: level, province and district of an area office; containment
 * for any other office; which texts are scanned for another office; and the day approval counts as
 * late. The clean plan's office is สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2 (สพป.ตาก เขต 2).
 */
class IdentityRulesEdgesTest {
  private static final String INCONSISTENT = StandardRules.OFFICE_NAME_INCONSISTENT;
  private static final String IN_TEXT = StandardRules.OFFICE_NAME_IN_TEXT;
  private static final String TAK_2 = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2";

  private static StrategicPlan office(Office office) {
    return withPlan(plan(), b -> b.office(office));
  }

  private static StrategicPlan mention(String name) {
    return office(Office.builder().from(plan().office()).mentions(List.of(NameMention.of("หน้า 14", name))).build());
  }

  private static String inconsistent(String path, String name, String where, String written) {
    return "ERROR " + path + ": The office is " + name + ", but " + where + " names it " + written + ".";
  }

  @Test
  void aShortNameOfAnotherOfficeIsReportedAtTheShortName() {
    StrategicPlan plan = office(Office.builder().name(TAK_2).shortName("สพป.ตราด เขต 2").build());
    assertEquals(List.of(inconsistent("$.office.shortName", TAK_2, "shortName", "สพป.ตราด เขต 2")),
        found(plan, INCONSISTENT));
  }

  @Test
  void theLevelTellsPrimaryFromSecondaryOfficesUnlessOneNameOmitsIt() {
    assertEquals(List.of(inconsistent("$.office.mentions[0]", TAK_2, "หน้า 14", "สพม.ตาก เขต 2")),
        found(mention("สพม.ตาก เขต 2"), INCONSISTENT));
    assertEquals(List.of(inconsistent("$.office.mentions[0]", TAK_2, "หน้า 14",
        "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาตาก เขต 2")),
        found(mention("สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาตาก เขต 2"), INCONSISTENT));
    assertEquals(List.of(), found(mention("สำนักงานเขตพื้นที่การศึกษาตาก เขต ๒"), INCONSISTENT));
    assertEquals(List.of(), found(mention("สพป. ตาก เขต ๒"), INCONSISTENT));
  }

  @Test
  void anOfficeWhoseOwnNameOmitsTheLevelMatchesEitherLevel() {
    String name = "สำนักงานเขตพื้นที่การศึกษาตาก เขต 2";
    StrategicPlan plan = office(Office.builder().name(name).addMention(NameMention.of("ปก", "สพม.ตาก เขต 2"))
        .addMention(NameMention.of("คำนำ", "สพป.ตาก เขต ๒")).build());
    assertEquals(List.of(), found(plan, INCONSISTENT));
  }

  @Test
  void aSecondaryOfficeMatchesItsOwnAbbreviation() {
    String name = "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาตาก";
    StrategicPlan secondary = office(Office.builder().name(name + " เขต 2")
        .addMention(NameMention.of("ปก", "สพม.ตาก เขต 2")).addMention(NameMention.of("คำนำ", "สพป.ตาก เขต 2")).build());
    assertEquals(List.of(inconsistent("$.office.mentions[1]", name + " เขต 2", "คำนำ", "สพป.ตาก เขต 2")),
        found(secondary, INCONSISTENT));
  }

  @Test
  void anotherDistrictOfTheSameProvinceIsAnotherOffice() {
    assertEquals(List.of(inconsistent("$.office.mentions[0]", TAK_2, "หน้า 14", "สพป.ตาก เขต 1")),
        found(mention("สพป.ตาก เขต 1"), INCONSISTENT));
  }

  @Test
  void aMentionNamingTwoOfficesMustNameOnlyThePlansOwn() {
    assertEquals(List.of(), found(mention("สพป.ตาก เขต 2 (สพป.ตาก เขต ๒)"), INCONSISTENT));
    assertEquals(List.of(inconsistent("$.office.mentions[0]", TAK_2, "หน้า 14", "สพป.ตาก เขต 2 และ สพป.ตราด เขต 2")),
        found(mention("สพป.ตาก เขต 2 และ สพป.ตราด เขต 2"), INCONSISTENT));
  }

  @Test
  void otherOfficesAreComparedByContainmentEitherWayWithTheirShortNameToo() {
    String name = "สำนักงานศึกษาธิการจังหวัดตาก";
    Office.Builder office = Office.builder().name(name).shortName("ศธจ.ตาก");
    for (String same : List.of("ศึกษาธิการจังหวัดตาก", "สำนักงานศึกษาธิการจังหวัดตาก ภาค 7", "ศธจ. ตาก", " ")) {
      StrategicPlan plan = office(Office.builder().from(office.build())
          .addMention(NameMention.of("หน้า 2", same)).build());
      assertEquals(List.of(), found(plan, INCONSISTENT), same);
    }
    StrategicPlan other = office(Office.builder().from(office.build())
        .addMention(NameMention.of("หน้า 2", "ศึกษาธิการจังหวัดตราด")).build());
    assertEquals(List.of(inconsistent("$.office.mentions[0]", name, "หน้า 2", "ศึกษาธิการจังหวัดตราด")),
        found(other, INCONSISTENT));
  }

  @Test
  void abbreviationsAreExpandedBeforeContainmentIsTried() {
    // Without a district the name is not an area-office name, so it is compared as text.
    String name = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก";
    assertEquals(List.of(), found(office(Office.builder().name(name)
        .addMention(NameMention.of("ปก", "สพป.ตาก")).build()), INCONSISTENT));
    assertEquals(List.of(inconsistent("$.office.mentions[0]", name, "ปก", "สพม.ตาก")),
        found(office(Office.builder().name(name).addMention(NameMention.of("ปก", "สพม.ตาก")).build()), INCONSISTENT));
  }

  @Test
  void anOfficeNamedOnlyByItsShortNameIsStillKnownAsAnAreaOffice() {
    String name = "Tak Primary Educational Service Area Office 2";
    Office office = Office.builder().name(name).shortName("สพป.ตาก เขต 2")
        .addMention(NameMention.of("หน้า 3", "สพป.ตราด เขต 2")).build();
    StrategicPlan plan = withIndicator(office(office), 0, 0, i -> i.text("สพป.ตราด เขต 2 และ สพป.ตาก เขต 2 ร่วมกัน"));
    assertEquals(List.of(inconsistent("$.office.mentions[0]", name, "หน้า 3", "สพป.ตราด เขต 2")),
        found(plan, INCONSISTENT));
    assertEquals(List.of("WARNING $.strategies[0].indicators[0].text: The text at $.strategies[0].indicators[0].text "
        + "names สพป.ตราด เขต 2, not the plan's office " + name + "."), found(plan, IN_TEXT));
  }

  @Test
  void aPlanOfAnOfficeThatIsNoAreaOfficeIsNotScannedForOtherOffices() {
    StrategicPlan plan = withIndicator(office(Office.of("สำนักงานศึกษาธิการจังหวัดตาก")), 0, 0,
        i -> i.text("สพป.ตราด เขต 2 มีระบบดูแลช่วยเหลือนักเรียน"));
    assertEquals(List.of(), found(plan, IN_TEXT));
  }

  @Test
  void everyKindOfTextIsScannedInDocumentOrder() {
    String other = "สพป.ตราด เขต 2";
    StrategicPlan plan = withPlan(plan(), b -> b.title("แผน " + other).vision("วิสัยทัศน์ " + other)
        .missions(List.of(Mission.of("1", "พันธกิจ " + other)))
        .goals(List.of(Goal.builder().number("1").text("เป้าประสงค์ " + other).build())));
    plan = withStrategy(plan, 1, s -> s.title("กลยุทธ์ " + other)
        .goals(List.of(Goal.builder().number("1").text("เป้าประสงค์กลยุทธ์ " + other).build()))
        .guidelines(List.of(Guideline.builder().number("1").text("แนวทาง")
            .addChildren(Guideline.builder().number("1.1").text("แนวทางย่อย " + other).build()).build())));
    plan = withIndicator(plan, 1, 0, i -> i.guideline("1").addComponent(Indicator.builder()
        .from(Fixtures.percent("1", "ตัวชี้วัดย่อย " + other)).guideline(Optional.empty()).build()));
    plan = withProject(plan, 2, p -> p.title("โครงการ " + other));
    List<String> paths = RuleEdges.VALIDATOR.validate(plan).byCode(IN_TEXT).stream().map(Finding::path)
        .collect(Collectors.toList());
    assertEquals(List.of("$.title", "$.vision", "$.missions[0].text", "$.goals[0].text", "$.strategies[1].title",
        "$.strategies[1].goals[0].text", "$.strategies[1].guidelines[0].children[0].text",
        "$.strategies[1].indicators[0].components[0].text", "$.projects[2].title"), paths);
  }

  @Test
  void anApprovalOnTheDayAfterTheFirstYearBeganIsLateByOneDay() {
    assertEquals(List.of("INFO $.approvalDate: The plan was approved on 2021-10-02, 1 days after fiscal year 2565 "
        + "began on 2021-10-01."), found(withPlan(plan(), b -> b.approvalDate(LocalDate.of(2021, 10, 2))),
        StandardRules.APPROVED_AFTER_START));
    assertEquals(List.of(), found(withPlan(plan(), b -> b.approvalDate(Optional.empty())),
        StandardRules.APPROVED_AFTER_START));
  }

  @Test
  void aBackwardsPeriodStartsAtItsEarliestYearForApproval() {
    StrategicPlan plan = withPlan(plan(), b -> b.period(FiscalYearRange.of(2567, 2565))
        .approvalDate(LocalDate.of(2022, 3, 16)));
    assertEquals(List.of("INFO $.approvalDate: The plan was approved on 2022-03-16, 166 days after fiscal year 2565 "
        + "began on 2021-10-01."), found(plan, StandardRules.APPROVED_AFTER_START));
  }
}
