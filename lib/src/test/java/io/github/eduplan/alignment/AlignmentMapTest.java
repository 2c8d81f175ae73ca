package io.github.eduplan.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.AlignmentEvidence;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.time.FiscalYearRange;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A plan shaped like the สพป.ตาก เขต 2 FY2565 action plan's alignment matrix (สพป.ตาก เขต 2, FY2565): real rows 1, 2, 5, 7, 13,
 * 38 and 44 with their budgets and their numbers for ยุทธศาสตร์ชาติ / แผนแม่บทฯ / แผนปฏิรูปประเทศ /
 * นโยบาย สพฐ. / กลยุทธ์หน่วยงาน, except that row 13 names OBEC point 3.2 instead of area 2; and two
 * made-up projects: 60 with no links (its strategy's count) and 61 with nothing at all.
 */
class AlignmentMapTest {
  static final String SUPPORT = "กลุ่มส่งเสริมการจัดการศึกษา";
  static final String SUPERVISION = "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา";
  static final String FINANCE = "กลุ่มบริหารงานการเงินและสินทรัพย์";
  static final String PERSONNEL = "กลุ่มบริหารงานบุคคล";

  static Project project(String number, String title, long budget, String strategy, String group,
      String ns, String mp, String rp, String obec) {
    return Project.builder().number(number).title(title).budget(Baht.of(budget)).strategy(strategy).group(group)
        .addAlignment(AlignmentLink.matrix("national-strategy", ns))
        .addAlignment(AlignmentLink.matrix("master-plan", mp))
        .addAlignment(AlignmentLink.matrix("reform-plan", rp))
        .addAlignment(AlignmentLink.matrix("obec-policy", obec))
        .addAlignment(AlignmentLink.matrix(AlignmentMap.OFFICE_STRATEGY, strategy))
        .build();
  }

  static StrategicPlan tak2() {
    return StrategicPlan.builder()
        .office(Office.builder().name("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2").build())
        .kind(PlanKind.ACTION_PLAN)
        .title("แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ.2565")
        .period(FiscalYearRange.of(2565, 2565))
        .addAlignment(AlignmentLink.builder().framework("nesdp").edition("12").evidence(AlignmentEvidence.PROSE).build())
        .addStrategies(Strategy.builder().number("1").title("ส่งเสริมการจัดการศึกษาให้ผู้เรียนมีความปลอดภัยจากภัยทุกรูปแบบ")
            .addAlignment(AlignmentLink.matrix("obec-policy", "1")).build())
        .addStrategies(Strategy.builder().number("2").title("สร้างโอกาสและความเสมอภาคทางการศึกษาให้กับประชากรวัยเรียนทุกคน").build())
        .addStrategies(Strategy.builder().number("3").title("ยกระดับคุณภาพการศึกษาให้สอดคล้องกับการเปลี่ยนแปลงในศตวรรษที่ 21").build())
        .addStrategies(Strategy.builder().number("4").title("เพิ่มประสิทธิภาพการบริหารจัดการศึกษา")
            .addAlignment(AlignmentLink.matrix("obec-policy", "4")).build())
        .addProjects(
            project("1", "การจัดงานวันสำคัญทางลูกเสือ เนตรนารี และยุวกาชาด", 121_940, "1", SUPPORT, "3", "10", "12", "3"),
            project("2", "การประชุมทางไกลเพื่อป้องกันและดูแลสุขภาพจากภัยฝุ่นละอองขนาดไม่เกิน 2.5 ไมครอน (PM2.5)", 10_000,
                "1", SUPPORT, "3", "13", "7", "1"),
            project("5", "ส่งเสริมการดำเนินงานยาเสพติด สารเสพติด", 3_000, "1", SUPPORT, "1", "1", "4", "1"),
            project("7", "ส่งเสริมการจัดการศึกษาโรงเรียนบนพื้นที่สูงในถิ่นทุรกันดาร", 309_746, "2", SUPERVISION, "4", "17", "12", "4"),
            project("13", "ส่งเสริมรักการอ่าน", 85_900, "2", SUPERVISION, "3", "12", "12", "3.2"),
            project("38", "พัฒนาการบริหารงบประมาณสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2 (งบประจำ)", 3_000_000,
                "4", FINANCE, "6", "20", "12", "4"),
            project("44", "การประชุมพิจารณาเลื่อนเงินเดือนข้าราชการ", 8_580, "4", PERSONNEL, "6", "11", "12", "4"),
            Project.builder().number("60").title("โครงการตัวอย่างที่ไม่ระบุความสอดคล้อง").budget(Baht.of(5_000))
                .strategy("1").group(SUPPORT).build(),
            Project.builder().number("61").title("โครงการตัวอย่างที่ไม่มีกลยุทธ์").build())
        .build();
  }

  private final AlignmentMap map = AlignmentMap.of(tak2(), Catalogue.bundled());

  private Project project(String number) {
    return map.plan().projects().stream().filter(p -> p.number().equals(number)).findFirst().get();
  }

  private static List<String> keys(List<CatalogueItem> items) {
    return items.stream().map(i -> i.key().toString()).collect(Collectors.toList());
  }

  @Test
  void budgetPerObecPolicyMatchesTheHandComputation() {
    BudgetTable t = map.budgetByItem("obec-policy");
    assertEquals(List.of("1", "2", "3", "4"), t.rows().stream().map(BudgetTable.Row::key).collect(Collectors.toList()));
    // 1: projects 2, 5 and 60 (through strategy 1): 10,000 + 3,000 + 5,000
    assertEquals(List.of("2", "5", "60"), t.row("1").get().projects());
    assertEquals(Baht.of(18_000), t.row("1").get().budget());
    assertEquals(0, t.row("2").get().projectCount());
    assertEquals(Baht.ZERO, t.row("2").get().budget());
    // 3: project 1 and project 13 through point 3.2: 121,940 + 85,900
    assertEquals(List.of("1", "13"), t.row("3").get().projects());
    assertEquals(Baht.of(207_840), t.row("3").get().budget());
    // 4: 309,746 + 3,000,000 + 8,580
    assertEquals(List.of("7", "38", "44"), t.row("4").get().projects());
    assertEquals(Baht.of(3_318_326), t.row("4").get().budget());
    assertEquals(8, t.total().projectCount());
    assertEquals(Baht.of(3_544_166), t.total().budget());
    assertEquals(List.of("61"), t.unassigned().projects());
  }

  @Test
  void theObecTableRendersAsMarkdownAPlannerCanPaste() {
    assertEquals(String.join("\n",
        "| ที่ | นโยบายสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน | จำนวนโครงการ | งบประมาณ (บาท) |",
        "|---|---|---|---|",
        "| 1 | ด้านความปลอดภัย | 3 | 18,000 |",
        "| 2 | ด้านโอกาส | 0 | 0 |",
        "| 3 | ด้านคุณภาพ | 2 | 207,840 |",
        "| 4 | ด้านประสิทธิภาพ | 3 | 3,318,326 |",
        "|  | รวมทั้งสิ้น | 8 | 3,544,166 |",
        ""), map.budgetByItem("obec-policy").toMarkdown());
  }

  @Test
  void theObecTableRendersAsCsvWithQuotedThousands() {
    assertEquals(String.join("\r\n",
        "ที่,นโยบายสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน,จำนวนโครงการ,งบประมาณ (บาท)",
        "1,ด้านความปลอดภัย,3,\"18,000\"",
        "2,ด้านโอกาส,0,0",
        "3,ด้านคุณภาพ,2,\"207,840\"",
        "4,ด้านประสิทธิภาพ,3,\"3,318,326\"",
        ",รวมทั้งสิ้น,8,\"3,544,166\"",
        ""), map.budgetByItem("obec-policy").toCsv());
  }

  @Test
  void budgetPerNationalStrategyUsesEachProjectsOwnLink() {
    BudgetTable t = map.budgetByItem("national-strategy");
    assertEquals(6, t.rows().size());
    assertEquals(List.of("5"), t.row("1").get().projects());
    assertEquals(List.of("1", "2", "13"), t.row("3").get().projects());
    assertEquals(Baht.of(217_840), t.row("3").get().budget());
    // 44 names national strategy 6; its master plan 11 is under 3, which does not count
    assertEquals(List.of("38", "44"), t.row("6").get().projects());
    assertEquals(Baht.of(3_008_580), t.row("6").get().budget());
    assertEquals(7, t.total().projectCount());
    assertEquals(Baht.of(3_539_166), t.total().budget());
    assertEquals(List.of("60", "61"), t.unassigned().projects());
  }

  @Test
  void budgetByGroupCountsEachProjectOnce() {
    BudgetTable t = map.budgetByGroup();
    assertEquals(List.of(SUPPORT, SUPERVISION, FINANCE, PERSONNEL),
        t.rows().stream().map(BudgetTable.Row::key).collect(Collectors.toList()));
    assertEquals(4, t.row(SUPPORT).get().projectCount());
    assertEquals(Baht.of(139_940), t.row(SUPPORT).get().budget());
    assertEquals(Baht.of(395_646), t.row(SUPERVISION).get().budget());
    assertEquals(8, t.total().projectCount());
    assertEquals(Baht.of(3_544_166), t.total().budget());
    assertEquals(List.of("61"), t.unassigned().projects());
  }

  @Test
  void budgetByGroupOfOneItem() {
    CatalogueItem efficiency = map.catalogue().item("obec-policy", "2564-2565", "4").get();
    BudgetTable t = map.budgetByGroup(efficiency);
    assertEquals(List.of(SUPERVISION, FINANCE, PERSONNEL), t.rows().stream().map(BudgetTable.Row::key).collect(Collectors.toList()));
    assertEquals(Baht.of(3_318_326), t.total().budget());
  }

  @Test
  void aProjectTracesToEveryLevel() {
    Trace t = map.trace(project("1"));
    assertEquals(List.of("national-strategy:2561:3", "master-plan:2561:10", "reform-plan:2564:12",
        "obec-policy:2564-2565:3", "obec-policy:2564-2565:1"), keys(t.items()));
    assertEquals(Set.of(PlanLevel.LEVEL_1, PlanLevel.LEVEL_2, PlanLevel.LEVEL_3), t.levels());
    assertEquals(List.of("กลยุทธ์ 1"), t.strategies().stream().map(PlanElement::label).collect(Collectors.toList()));
    TracePath viaMasterPlan = t.paths().get(1);
    assertEquals(List.of("master-plan:2561:10", "national-strategy:2561:3"), keys(viaMasterPlan.items()));
    assertEquals(TracePath.End.TOP, viaMasterPlan.end());
    assertEquals("กลยุทธ์ 1", t.paths().get(4).via().get().label());
    assertEquals(List.of(), t.unresolved());
    assertFalse(t.hasCycle());
  }

  @Test
  void aProjectsOwnLinkWinsOverItsStrategysAndOverHigherItems() {
    Trace t = map.trace(project("44"));
    assertEquals(Map.of(map.catalogue().item("national-strategy", "2561", "6").get(), SupportKind.DIRECT),
        t.supported("national-strategy"));
    Trace one = map.trace(project("1"));
    assertEquals(List.of("3"), one.supported("obec-policy").keySet().stream().map(CatalogueItem::number)
        .collect(Collectors.toList()));
    Trace sixty = map.trace(project("60"));
    assertEquals(SupportKind.STRATEGY, sixty.supported("obec-policy")
        .get(map.catalogue().item("obec-policy", "2564-2565", "1").get()));
    assertEquals(Map.of(), sixty.supported("national-strategy"));
  }

  @Test
  void aLinkToAPointSupportsItsArea() {
    Map<CatalogueItem, SupportKind> s = map.trace(project("13")).supported("obec-policy");
    assertEquals(SupportKind.DIRECT, s.get(map.catalogue().item("obec-policy", "2564-2565", "3.2").get()));
    assertEquals(SupportKind.SUB_ITEM, s.get(map.catalogue().item("obec-policy", "2564-2565", "3").get()));
  }

  @Test
  void anItemOfAnotherFrameworkLeadsUpWhenTheElementNamesNoneHere() {
    Project onlyMasterPlan = Project.builder().number("70").title("ทดลอง").budget(Baht.of(1_000))
        .addAlignment(AlignmentLink.matrix("master-plan", "12")).build();
    StrategicPlan plan = StrategicPlan.builder().from(tak2()).addProjects(onlyMasterPlan).build();
    AlignmentMap m = AlignmentMap.of(plan, Catalogue.bundled());
    assertEquals(Map.of(m.catalogue().item("national-strategy", "2561", "3").get(), SupportKind.HIGHER_ITEM),
        m.trace(onlyMasterPlan).supported("national-strategy"));
    assertEquals(List.of("1", "2", "13", "70"), m.budgetByItem("national-strategy").row("3").get().projects());
  }

  @Test
  void theCoverageMatrixMarksOwnAndInheritedSupport() {
    CoverageMatrix c = map.coverage("obec-policy");
    assertEquals(18, c.rows().size());
    assertEquals(List.of("กลยุทธ์ 1", "กลยุทธ์ 4", "โครงการ 1", "โครงการ 2", "โครงการ 5", "โครงการ 7",
        "โครงการ 13", "โครงการ 38", "โครงการ 44", "โครงการ 60"),
        c.columns().stream().map(PlanElement::label).collect(Collectors.toList()));
    CatalogueItem safety = map.catalogue().item("obec-policy", "2564-2565", "1").get();
    assertEquals(List.of("กลยุทธ์ 1", "โครงการ 2", "โครงการ 5", "โครงการ 60"),
        c.supporters(safety).stream().map(PlanElement::label).collect(Collectors.toList()));
    String md = c.toMarkdown();
    assertTrue(md.startsWith("| ที่ | นโยบายสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน | กลยุทธ์ 1 | กลยุทธ์ 4 | โครงการ 1 |"), md);
    assertTrue(md.contains("\n| 1 | ด้านความปลอดภัย | ✓ |  |  | ✓ | ✓ |  |  |  |  | (✓) |\n"), md);
    assertTrue(md.contains("\n| 2 | ด้านโอกาส |  |  |  |  |  |  |  |  |  |  |\n"), md);
    assertTrue(c.toCsv().startsWith("ที่,นโยบายสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน,กลยุทธ์ 1,"), c.toCsv());
  }

  @Test
  void itemsNothingSupportsAreListed() {
    assertEquals(List.of("2", "2.1", "2.2", "2.3", "2.4", "3.1", "3.3", "3.4", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6"),
        map.unsupported("obec-policy").stream().map(CatalogueItem::number).collect(Collectors.toList()));
    assertEquals(List.of("2", "5"), map.unsupported("national-strategy").stream().map(CatalogueItem::number)
        .collect(Collectors.toList()));
  }

  @Test
  void elementsThatLinkToNothingAreListed() {
    assertEquals(List.of("กลยุทธ์ 2", "กลยุทธ์ 3", "โครงการ 60", "โครงการ 61"),
        map.unlinked().stream().map(PlanElement::label).collect(Collectors.toList()));
  }

  @Test
  void thePlanClaimsTheLevelsOfTheFrameworksItNames() {
    assertEquals(Set.of(PlanLevel.LEVEL_1, PlanLevel.LEVEL_2, PlanLevel.LEVEL_3), map.claimedLevels());
    assertEquals(List.of("nesdp", "obec-policy", "national-strategy", "master-plan", "reform-plan"),
        List.copyOf(map.claimedFrameworks()));
    ResolvedLink prose = map.links(map.elements(ElementKind.PLAN).get(0)).get(0);
    assertEquals(ResolvedLink.Status.FRAMEWORK_ONLY, prose.status());
  }

  @Test
  void linksRecordWhetherTheEditionIsInForce() {
    PlanElement one = map.element(project("1")).get();
    List<ResolvedLink> ls = map.links(one);
    assertEquals(5, ls.size());
    assertTrue(ls.subList(0, 4).stream().allMatch(l -> l.isFound() && l.inForce()));
    assertEquals(ResolvedLink.Status.OFFICE_STRATEGY, ls.get(4).status());
    assertEquals("$.projects[0]", one.path());
  }

  @Test
  void aStrategyOfTheMatrixColumnIsFoundWhenTheProjectNamesNone() {
    Project p = Project.builder().number("80").title("ทดลอง")
        .addAlignment(AlignmentLink.matrix(AlignmentMap.OFFICE_STRATEGY, "๔")).build();
    AlignmentMap m = AlignmentMap.of(StrategicPlan.builder().from(tak2()).addProjects(p).build(), Catalogue.bundled());
    assertEquals(List.of("กลยุทธ์ 4"), m.trace(p).strategies().stream().map(PlanElement::label).collect(Collectors.toList()));
    assertTrue(m.unlinked().stream().anyMatch(e -> e.label().equals("โครงการ 80")));
  }

  @Test
  void unknownLinksAreReportedByTheTrace() {
    Project p = Project.builder().number("81").title("ทดลอง")
        .addAlignment(AlignmentLink.matrix("sdg", "4"))
        .addAlignment(AlignmentLink.matrix("national-strategy", "9")).build();
    AlignmentMap m = AlignmentMap.of(StrategicPlan.builder().from(tak2()).addProjects(p).build(), Catalogue.bundled());
    assertEquals(List.of(ResolvedLink.Status.UNKNOWN_FRAMEWORK, ResolvedLink.Status.UNKNOWN_ITEM),
        m.trace(p).unresolved().stream().map(ResolvedLink::status).collect(Collectors.toList()));
    assertEquals(List.of(), m.trace(p).items());
  }

  @Test
  void aProjectOfAnotherPlanCannotBeTraced() {
    Project stranger = Project.builder().number("1").title("อื่น").build();
    assertThrows(IllegalArgumentException.class, () -> map.trace(stranger));
    assertThrows(IllegalArgumentException.class, () -> map.coverage("no-such-framework"));
  }

  @Test
  void theWorkedExampleOfTheDocs() {
    StrategicPlan plan = tak2();
    AlignmentMap map = AlignmentMap.of(plan, Catalogue.bundled());
    Trace trace = map.trace(plan.projects().get(0));
    List<CatalogueItem> levelOne = trace.items(PlanLevel.LEVEL_1);
    BudgetTable byPolicy = map.budgetByItem("obec-policy");
    String markdown = byPolicy.toMarkdown();
    CoverageMatrix coverage = map.coverage("national-strategy");
    List<CatalogueItem> nothingSupports = map.unsupported("national-strategy");
    List<PlanElement> linkToNothing = map.unlinked();

    assertEquals(List.of("3"), levelOne.stream().map(CatalogueItem::number).collect(Collectors.toList()));
    assertTrue(markdown.contains("| 4 | ด้านประสิทธิภาพ | 3 | 3,318,326 |"), markdown);
    assertEquals(List.of("โครงการ 1", "โครงการ 2", "โครงการ 5", "โครงการ 7", "โครงการ 13", "โครงการ 38", "โครงการ 44"),
        coverage.columns().stream().map(PlanElement::label).collect(Collectors.toList()));
    assertEquals(2, nothingSupports.size());
    assertEquals(4, linkToNothing.size());
  }
}
