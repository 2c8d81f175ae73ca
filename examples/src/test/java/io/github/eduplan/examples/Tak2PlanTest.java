package io.github.eduplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.AlignmentEvidence;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.ElementNumber;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.Person;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.StatedTotal;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.Target;
import io.github.eduplan.model.TotalScope;
import io.github.eduplan.model.Unit;
import io.github.eduplan.table.ProjectBudgetTable;
import io.github.eduplan.table.TableFormat;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bundled สพป.ตาก เขต 2 FY2565 action plan (the สพป.ตาก เขต 2 FY2565 action plan): it loads strictly, holds what the
 * document holds, and its totals agree with the totals the document states.
 */
class Tak2PlanTest {
  static final String PROGRAM = "พื้นฐานด้านการพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์";
  static final StrategicPlan PLAN = BundledPlans.load(BundledPlans.TAK_2_2565);

  static Baht sum(List<Project> projects) {
    return Baht.sum(projects.stream().map(p -> p.budget().orElseThrow()).collect(Collectors.toList()));
  }

  static List<StatedTotal> stated(TotalScope scope) {
    return PLAN.statedTotals().stream().filter(t -> t.scope() == scope).collect(Collectors.toList());
  }

  static List<Project> projectsWhere(Predicate<Project> p) {
    return PLAN.projects().stream().filter(p).collect(Collectors.toList());
  }

  @Test
  void holdsEveryPartOfTheDocument() {
    assertEquals("สพป.ตาก เขต 2", PLAN.office().shortName().orElseThrow());
    assertEquals(FiscalYear.of(2565), PLAN.period().first());
    assertEquals(FiscalYear.of(2565), PLAN.period().last());
    assertEquals(java.time.LocalDate.of(2022, 3, 16), PLAN.approvalDate().orElseThrow());
    assertEquals(8, PLAN.missions().size());
    assertEquals(8, PLAN.goals().size());
    assertEquals(4, PLAN.strategies().size());
    assertEquals(List.of(4, 4, 8, 5),
        PLAN.strategies().stream().map(s -> s.indicators().size()).collect(Collectors.toList()));
    assertEquals(21, PLAN.indicators().count());
    assertEquals(59, PLAN.projects().size());
    assertEquals(List.of(5, 11, 21, 22),
        List.of("1", "2", "3", "4").stream().map(n -> PLAN.projectsOf(n).size()).collect(Collectors.toList()));
  }

  @Test
  void everyIndicatorHasAUnitAndOneTargetForFy2565AndNoBaseline() {
    PLAN.indicators().forEach(i -> {
      assertTrue(i.unit().isPresent(), i.text());
      assertEquals(Set.of(FiscalYear.of(2565)), i.targets().keySet(), i.text());
      assertTrue(i.baselines().isEmpty(), i.text());
    });
  }

  @Test
  void theRatioTargetIsTextAndTheOnlyIndicatorThatIsNotAnIncrease() {
    List<Indicator> notIncrease = PLAN.indicators()
        .filter(i -> i.direction() != Direction.INCREASE).collect(Collectors.toList());
    assertEquals(1, notIncrease.size());
    Indicator ratio = notIncrease.get(0);
    assertEquals(Unit.of("สัดส่วน"), ratio.unit().orElseThrow());
    assertEquals(MeasureKind.TEXT, ratio.measureKind());
    assertEquals(Direction.CLOSER_TO_TARGET, ratio.direction());
    assertEquals(IndicatorValue.text("3 : 2"), ratio.targetFor(FiscalYear.of(2565)).orElseThrow().value());
  }

  @Test
  void everyProjectHasItsBudgetQuartersPeopleAndFourMatrixLinks() {
    Set<String> frameworks = Set.of("national-strategy", "master-plan", "reform-plan", "obec-policy");
    for (Project p : PLAN.projects()) {
      assertEquals(PROGRAM, p.program().orElseThrow(), p.number());
      assertTrue(p.budget().isPresent() && p.quarterlyPlan().isPresent(), p.number());
      assertTrue(!p.activeQuarters().isEmpty() && p.period().isPresent(), p.number());
      assertTrue(!p.objectives().isEmpty() && !p.successIndicators().isEmpty(), p.number());
      assertTrue(!p.responsiblePeople().isEmpty() || p.group().isPresent(), p.number());
      assertEquals(frameworks, p.alignment().stream().map(AlignmentLink::framework).collect(Collectors.toSet()),
          p.number());
      assertTrue(p.alignment().stream().allMatch(a -> a.evidence() == AlignmentEvidence.MATRIX), p.number());
    }
    assertEquals(List.of("38"), projectsWhere(p -> p.budgetSource().orElseThrow().equals("งบประจำ"))
        .stream().map(Project::number).collect(Collectors.toList()));
  }

  @Test
  void theProjectBudgetsAddUpToEveryPlanTotalTheDocumentStates() {
    List<StatedTotal> planTotals = stated(TotalScope.PLAN);
    assertEquals(4, planTotals.size(), "the strategy, OBEC policy, group and quarterly tables each state it");
    for (StatedTotal t : planTotals) {
      assertEquals(Baht.of(8_095_606), t.amount());
      t.projectCount().ifPresent(n -> assertEquals(59, n));
    }
    assertEquals(Baht.of(8_095_606), PLAN.projectBudgetTotal());
    StatedTotal program = stated(TotalScope.PROGRAM).get(0);
    assertEquals(PROGRAM, program.key().orElseThrow());
    assertEquals(sum(projectsWhere(p -> p.program().equals(program.key()))), program.amount());
  }

  @Test
  void eachStrategyTotalMatchesItsProjects() {
    List<StatedTotal> totals = stated(TotalScope.STRATEGY);
    assertEquals(List.of(Baht.of(149_940), Baht.of(1_276_036), Baht.of(1_394_928), Baht.of(5_274_702)),
        totals.stream().map(StatedTotal::amount).collect(Collectors.toList()));
    for (StatedTotal t : totals) {
      List<Project> projects = PLAN.projectsOf(t.key().orElseThrow());
      assertEquals(t.amount(), sum(projects), t.key().get());
      assertEquals(t.projectCount().orElseThrow(), projects.size(), t.key().get());
      assertEquals(PLAN.strategy(t.key().get()).orElseThrow().title(), t.label().orElseThrow());
    }
  }

  @Test
  void eachQuarterTotalIsTheSumOfTheProjectsQuarterlyAmounts() {
    List<StatedTotal> totals = stated(TotalScope.QUARTER);
    assertEquals(List.of(Baht.of(1_364_092), Baht.of(1_841_083), Baht.of(2_437_618), Baht.of(2_452_813)),
        totals.stream().map(StatedTotal::amount).collect(Collectors.toList()));
    for (StatedTotal t : totals) {
      Quarter q = Quarter.of(Integer.parseInt(t.key().orElseThrow()));
      Baht sum = Baht.sum(PLAN.projects().stream().map(p -> p.quarterlyPlan().orElseThrow().amount(q))
          .collect(Collectors.toList()));
      assertEquals(t.amount(), sum, q.toString());
    }
  }

  @Test
  void noProjectRowOfTheQuarterlyTableDisagreesWithItsBudget() {
    // The document's own rows could disagree; in the สพป.ตาก เขต 2 FY2565 action plan none does, and this names any that would.
    Map<String, BigDecimal> differences = new TreeMap<>();
    for (Project p : PLAN.projects()) {
      BigDecimal diff = p.quarterlyPlan().orElseThrow().total().minus(p.budget().orElseThrow());
      if (diff.signum() != 0) {
        differences.put(p.number(), diff);
      }
    }
    assertEquals(Map.of(), differences);
  }

  @Test
  void theActiveQuartersAreExactlyTheQuartersWithMoney() {
    Set<String> disagreeing = new TreeSet<>();
    for (Project p : PLAN.projects()) {
      QuarterlyBudget q = p.quarterlyPlan().orElseThrow();
      Set<Quarter> withMoney = EnumSet.noneOf(Quarter.class);
      for (Quarter quarter : Quarter.values()) {
        if (!q.amount(quarter).isZero()) {
          withMoney.add(quarter);
        }
      }
      if (!withMoney.equals(p.activeQuarters())) {
        disagreeing.add(p.number());
      }
    }
    assertEquals(Set.of(), disagreeing);
  }

  @Test
  void eachObecPolicyTotalMatchesTheProjectsTheMatrixAlignsWithIt() {
    List<StatedTotal> totals = stated(TotalScope.ALIGNMENT_ITEM);
    assertEquals(List.of("obec-policy:1", "obec-policy:2", "obec-policy:3", "obec-policy:4"),
        totals.stream().map(t -> t.key().orElseThrow()).collect(Collectors.toList()));
    for (StatedTotal t : totals) {
      String item = t.key().orElseThrow().substring("obec-policy:".length());
      List<Project> aligned = projectsWhere(p -> p.alignment().stream()
          .anyMatch(a -> a.framework().equals("obec-policy") && a.item().equals(java.util.Optional.of(item))));
      assertEquals(t.amount(), sum(aligned), t.key().get());
      assertEquals(t.projectCount().orElseThrow(), aligned.size(), t.key().get());
    }
  }

  @Test
  void theGroupTableAddsUpAndAgreesWithTheProjectsThatNameTheirGroup() {
    List<StatedTotal> groups = stated(TotalScope.GROUP);
    assertEquals(10, groups.size());
    assertEquals(Baht.of(8_095_606), Baht.sum(groups.stream().map(StatedTotal::amount).collect(Collectors.toList())));
    assertEquals(59, groups.stream().mapToInt(t -> t.projectCount().orElseThrow()).sum());
    Map<String, List<Project>> byGroup = PLAN.projects().stream().filter(p -> p.group().isPresent())
        .collect(Collectors.groupingBy(p -> p.group().get(), TreeMap::new, Collectors.toList()));
    assertEquals(Set.of("กลุ่มกฎหมายและคดี", "กลุ่มนโยบายและแผน"), byGroup.keySet());
    for (Map.Entry<String, List<Project>> e : byGroup.entrySet()) {
      StatedTotal t = groups.stream().filter(g -> g.key().orElseThrow().equals(e.getKey())).findFirst().orElseThrow();
      assertEquals(t.amount(), sum(e.getValue()), e.getKey());
      assertEquals(t.projectCount().orElseThrow(), e.getValue().size(), e.getKey());
    }
  }

  @Test
  void strategy1AndItsFiveProjectsBuiltInCodeEqualTheBundledOnes() {
    assertEquals(strategy1(), PLAN.strategy("1").orElseThrow());
    assertEquals(strategy1Projects(), PLAN.projectsOf("1"));
  }

  @Test
  void strategy1AgreesWithTheTranscribedCsvExceptForTheTitlesItTookFromTheQuarterlyTable() throws IOException {
    ProjectBudgetTable csv;
    try (InputStream in = Tak2PlanTest.class.getResourceAsStream("/csv/tak-2-strategy-1-projects.csv")) {
      csv = ProjectBudgetTable.readCsv(in, TableFormat.DEFAULT);
    }
    List<Project> bundled = PLAN.projectsOf("1");
    assertEquals(bundled.size(), csv.projects().size());
    Set<String> otherTitles = new TreeSet<>();
    for (int k = 0; k < bundled.size(); k++) {
      Project b = bundled.get(k);
      Project c = csv.projects().get(k);
      assertTrue(ElementNumber.same(b.number(), c.number()), c.number());
      assertEquals(b.budget(), c.budget(), b.number());
      assertEquals(b.quarterlyPlan(), c.quarterlyPlan(), b.number());
      assertEquals(b.activeQuarters(), c.activeQuarters(), b.number());
      assertEquals(b.responsiblePeople().get(0), c.responsiblePeople().get(0), b.number());
      if (!b.title().equals(c.title())) {
        otherTitles.add(b.number());
      }
    }
    assertEquals(Set.of("2", "4"), otherTitles, "the CSV took these titles from the quarterly table");
    assertEquals(Baht.of(149_940), csv.statedTotals().get(0).amount());
  }

  /** Strategy 1 of the สพป.ตาก เขต 2 FY2565 action plan with its four indicators, built with the builders. */
  static Strategy strategy1() {
    return Strategy.builder()
        .number("1")
        .title("ส่งเสริมการจัดการศึกษาให้ผู้เรียนมีความปลอดภัยจากภัยทุกรูปแบบ")
        .addIndicators(percentFy2565("1.",
            "ร้อยละของผู้เรียนที่เข้าร่วมกิจกรรมที่ส่งเสริมสนับสนุนในการสร้างภูมิคุ้มกันพร้อมรับมือการเปลี่ยนแปลงและภัยคุกคามแบบใหม่ ทุกรูปแบบ", 85))
        .addIndicators(percentFy2565("2",
            "ร้อยละของครู บุคลากรทางการศึกษา ดำเนินการตามแนวทางในการจัดการภัยพิบัติ และภัยคุกคามทุกรูปแบบ ให้สามารถปรับตัวต่อโรคอุบัติใหม่และโรคอุบัติซ้ำ รองรับวิถีชีวิตใหม่ (New Normal)", 80))
        .addIndicators(percentFy2565("3",
            "ร้อยละของสถานศึกษาที่มีแผน/มาตรการในการจัดการภัยพิบัติ ภัยคุกคามทุกรูปแบบ โรคอุบัติใหม่และโรคอุบัติซ้ำ รองรับวิถีชีวิตใหม่ (New Normal)", 80))
        .addIndicators(percentFy2565("4",
            "ร้อยละของบุคลากรทางการศึกษา มีความรู้ ความเข้าใจ เรื่องการจדרะบบความปลอดภัยต่าง ๆ สามารถนำความรู้ไปถ่ายทอดสู่โรงเรียนได้", 80))
        .build();
  }

  /** A percentage indicator that should rise, with one FY2565 target: the shape of all four. */
  static Indicator percentFy2565(String code, String text, long target) {
    return Indicator.builder()
        .code(code)
        .text(text)
        .unit(Unit.PERCENT)
        .measureKind(MeasureKind.PERCENTAGE)
        .direction(Direction.INCREASE)
        .putTarget(FiscalYear.of(2565), Target.of(target))
        .build();
  }

  /** The five projects of strategy 1, built with the builders from the document's rows. */
  static List<Project> strategy1Projects() {
    return List.of(
        Project.builder()
            .number("1")
            .title("การจัดงานวันสำคัญทางลูกเสือ เนตรนารี และยุวกาชาด")
            .program(PROGRAM)
            .strategy("1")
            .addObjectives("1. เพื่อน้อมรำลึกในพระมหากรุณาธิคุณพระบาทสมเด็จพระมงกุฎเกล้าเจ้าอยู่หัว พระผู้พระราชทานกำเนิดลูกเสือไทย และสมเด็จพระเจ้าบรมวงศ์เธอ เจ้าฟ้าบริพัตรสุขุมพันธุ์ กรมพระนครสวรรค์ วรพินิต ผู้ก่อตั้งยุวกาชาดขึ้นในประเทศไทย")
            .addObjectives("2. ถวายความจงรักภักดีต่อพระบาทสมเด็จพระปรเมนทรรามาธิบดีศรีสินทรมหาวชิราลงกรณ องค์พระประมุขของคณะลูกเสือแห่งชาติและทรงเป็นองค์อุปถัมภ์ภาคคณะลูกเสือแห่งชาติ, สมเด็จพระนางเจ้าสิริกิติ์พระบรมราชินีนาถ ในพระบาทสมเด็จพระปรเมนทรมหาภูมิพลอดุลยเดช ทรงเป็นสภานายิกา สภาลูกเสือไทย, สมเด็จพระเทพรัตนราชสุดาฯ ทรงเป็นอุปนายิกา ผู้อำนวยการสภาลูกเสือไทย และเทิดทูลสถาบันพระมหากษัตริย์")
            .addQuantitativeTargets("1.1 ลูกเสือ เนตรนารี ยุวกาชาด และผู้บังคับบัญชาลูกเสือ เนตรนารี ยุวกาชาด ในสังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2 และหน่วยงานการศึกษาอื่น ได้น้อมรำลึกในพระมหากรุณาธิคุณ น้อมรำลึกในพระมหากรุณาธิคุณพระบาทสมเด็จพระมงกุฎเกล้าเจ้าอยู่หัว พระผู้พระราชทานกำเนิดลูกเสือไทย และสมเด็จพระเจ้าบรมวงศ์เธอ เจ้าฟ้าบริพัตรสุขุมพันธุ์ กรมพระนครสวรรค์วรพินิต ผู้ก่อตั้งยุวกาชาดขึ้นในประเทศไทย")
            .addQuantitativeTargets("1.2 ลูกเสือ เนตรนารี ยุวกาชาดและ ผู้บังคับบัญชาลูกเสือ เนตรนารี ยุวกาชาด ในสังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2 และหน่วยงานการศึกษาอื่น ถวายความจงรักภักดี องค์พระประมุขของคณะลูกเสือแห่งชาติและทรงเป็นอุปถัมภ์สภาลูกเสือไทย, สมเด็จพระบรมราชินีนาถ ทรงเป็นสภานายิกาสภาลูกเสือไทย, สมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จพระเทพรัตนราชสุดา เจ้าฟ้ามหาวชิรุณหิศ ทรงเป็นอุปนายิกาผู้อำนวยการสภากาชาดไทย และเทิดทูลสถาบันพระมหากษัตริย์")
            .addQualitativeTargets("2.1 ลูกเสือ เนตรนารี ยุวกาชาด และผู้บังคับบัญชาลูกเสือ เนตรนารี ยุวกาชาดในสังกัด และหน่วยงานการศึกษาอื่นได้เข้าร่วมกิจกรรม ทบสวน คำปฏิญาณตน เดินสวนสนาม และได้ร่วมกันบำเพ็ญประโยชน์ตามคำปฏิญาณฯ")
            .addQualitativeTargets("2.2 ลูกเสือ เนตรนารี และยุวกาชาด มีระเบียบ วินัย มีความเข้มแข็ง อดทน มีคุณธรรม จริยธรรม สร้างจิตสำนึกในความเสียสละ บำเพ็ญประโยชน์ และช่วยเหลือสังคม")
            .addQualitativeTargets("2.3 ลูกเสือ เนตรนารี และผู้บังคับบัญชาลูกเสือ เนตรนารี ในสังกัด และหน่วยงานการศึกษาอื่นร่วมวางพวงมาลา ถวายราชสดุดีเนื่องในวันคล้าย วันสวรรคตของพระบาทสมเด็จพระมงกุฎเกล้าเจ้าอยู่หัว สร้างจิตสำนึกในการรักชาติ ศาสน์ กษัตริย์")
            .addSuccessIndicators("1. ร้อยละ 100 ลูกเสือ เนตรนารี และยุวกาชาดในสังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2 ได้น้อมรำลึกในพระมหากรุณาธิคุณพระบาทสมเด็จพระมงกุฎเกล้าเจ้าอยู่หัว พระผู้พระราชทานกำเนิดลูกเสือไทย และสมเด็จพระเจ้าบรมวงศ์เธอ เจ้าฟ้าบริพัตรสุขุมพันธุ์ กรมพระนครสวรรค์วรพินิต ผู้ก่อตั้งยุวกาชาดขึ้นในประเทศไทย")
            .addSuccessIndicators("2. ร้อยละ 100 ลูกเสือ เนตรนารี และยุวกาชาดในสังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2 ได้แสดงออกถึงความมีคุณธรรม จริยธรรม ในด้านความกตัญญูกตเวที และการบำเพ็ญประโยชน์ต่อผู้อื่น ตามอุดมการณ์ของลูกเสือ เนตรนารี และยุวกาชาด")
            .budget(Baht.of(121940))
            .quarterlyPlan(QuarterlyBudget.of(24090, 22400, 0, 75450))
            .addActiveQuarters(Quarter.Q1, Quarter.Q2, Quarter.Q4)
            .period("ไตรมาสที่ 1,2,4")
            .addResponsiblePeople(Person.of("นางสาวเฉลิมศรี กันยารอง"))
            .budgetSource("งบดำเนินงาน")
            .addAlignment(AlignmentLink.matrix("national-strategy", "3"))
            .addAlignment(AlignmentLink.matrix("master-plan", "10"))
            .addAlignment(AlignmentLink.matrix("reform-plan", "12"))
            .addAlignment(AlignmentLink.matrix("obec-policy", "3"))
            .build(),
        Project.builder()
            .number("2")
            .title("การประชุมทางไกลเพื่อป้องกันและดูแลสุขภาพจากภัยฝุ่นละอองขนาดไม่เกิน 2.5 ไมครอน (PM2.5)")
            .program(PROGRAM)
            .strategy("1")
            .addObjectives("1. เพื่อให้ผู้บริหารสถานศึกษา ข้าราชการครูและบุคลากร นักเรียน ของโรงเรียนในสังกัดสำนักงาน เขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2 มีความรู้ในการดูแลตัวเอง และสามารถป้องกันตนเองจากอันตราย ของฝุ่นละอองขนาดไม่เกิน 2.5 ไมครอน (PM 2.5)")
            .addObjectives("2. เพื่อให้โรงเรียนบริหารจัดการ ความปลอดภัยจากอันตรายของ ฝุ่นละอองขนาดไม่เกิน 2.5 ไมครอน (PM 2.5)")
            .addQuantitativeTargets("- จัดประชุมโดยมีบุคคลเป้าหมาย ดังนี้")
            .addQuantitativeTargets("1.1 ประชุมผู้บริหารสถานศึกษา สำนักงานเขตพื้นที่การศึกษา ประถมศึกษาตาก เขต 2")
            .addQuantitativeTargets("1.2 ประชุมข้าราชการครูและ บุคลากรทางการศึกษา ของโรงเรียน สังกัดสำนักงานเขตพื้นที่การศึกษา ประถมศึกษาตาก เขต 2")
            .addQuantitativeTargets("1.3 นักเรียนทุกคนรับชมสื่อเรียนรู้ ทางออนไลน์")
            .addQualitativeTargets("ผู้บริหารสถานศึกษา ข้าราชการครู และบุคลากร ในสังกัด สำนักงาน เขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2 ได้มีความตระหนัก เข้าใจถึง สถานการณ์อันตรายของฝุ่นละออง ขนาดไม่เกิน 2.5 ไมครอน (PM 2.5) มีความรู้ วิธีป้องกันอย่างถูกต้อง และสามารถจัดการเรียนสอนให้กับ นักเรียนได้อย่างมีประสิทธิภาพ")
            .addSuccessIndicators("1. ร้อยละ 100 ของผู้บริหาร สถานศึกษา มีความรู้ความเข้าใจ และบริหารจัดการศึกษา ในสถานการณ์อันตรายของ ฝุ่นละอองขนาดไม่เกิน 2.5 ไมครอน (PM 2.5)")
            .addSuccessIndicators("2. ร้อยละ 100 ของข้าราชการครู และบุคลากรทางการศึกษา มีความตระหนัก และสามารถจัด การเรียนการสอน ในสถานการณ์ อันตรายของฝุ่นละอองขนาดไม่เกิน 2.5 ไมครอน (PM 2.5)")
            .addSuccessIndicators("3. ร้อยละ 100 ของนักเรียน ข้าราชการครูและบุคลากร ทางการศึกษา ที่ปลอดภัยจาก อันตรายของฝุ่นละออง ขนาดไม่เกิน 2.5 ไมครอน (PM 2.5)")
            .budget(Baht.of(10000))
            .quarterlyPlan(QuarterlyBudget.of(0, 0, 5000, 5000))
            .addActiveQuarters(Quarter.Q3, Quarter.Q4)
            .period("ไตรมาส ที่ 3,4")
            .addResponsiblePeople(Person.of("นางเมธพร สุรเดช"))
            .budgetSource("งบดำเนินงาน")
            .addAlignment(AlignmentLink.matrix("national-strategy", "3"))
            .addAlignment(AlignmentLink.matrix("master-plan", "13"))
            .addAlignment(AlignmentLink.matrix("reform-plan", "7"))
            .addAlignment(AlignmentLink.matrix("obec-policy", "1"))
            .build(),
        Project.builder()
            .number("3")
            .title("ประชุมทางไกลเพื่อการบริหารจัดการในสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19)")
            .program(PROGRAM)
            .strategy("1")
            .addObjectives("1. เพื่อให้ผู้บริหารสถานศึกษา ข้าราชการครูและบุคลากร ของโรงเรียนในสังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2 มีความรู้ความเข้าใจ ในการบริหารจัดการศึกษา ในสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19)")
            .addObjectives("2. เพื่อเสริมสร้างความตระหนักรู้ ความรู้ความเข้าใจ ในการป้องกันการแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19) สำหรับนักเรียน ข้าราชการครูและบุคลากรทางการศึกษา")
            .addObjectives("3. นักเรียน ข้าราชการครูและบุคลากรทางการศึกษา สามารถป้องกันตนเอง จากโรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19)")
            .addQuantitativeTargets("จัดประชุมโดยมีบุคคลเป้าหมาย ดังนี้")
            .addQuantitativeTargets("1.1 ประชุมผู้บริหารสถานศึกษา สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2")
            .addQuantitativeTargets("1.2 ประชุมข้าราชการครูและบุคลากรทางการศึกษา ของโรงเรียนในสังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2")
            .addQualitativeTargets("ผู้บริหารสถานศึกษา ข้าราชการครูและบุคลากร ในสังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2 ได้มีความตระหนักรู้ เข้าใจถึงสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19) มีความรู้ วิธีป้องกันอย่างถูกต้อง และสามารถจัดการเรียนสอนให้กับนักเรียนได้อย่างมีประสิทธิภาพ")
            .addSuccessIndicators("1. ร้อยละ 100 ของผู้บริหารสถานศึกษา มีความรู้ความเข้าใจ และบริหารจัดการศึกษา ในสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19)")
            .addSuccessIndicators("2. ร้อยละ 100 ของข้าราชการครูและบุคลากรทางการศึกษา มีความตระหนักรู้ และสามารถจัดการเรียนการสอน ในสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19)")
            .addSuccessIndicators("3. ร้อยละ 100 ของนักเรียน ข้าราชการครูและบุคลากรทางการศึกษา มีความปลอดภัย จากโรคติดเชื้อไวรัสโคโรนา 2019 (COVID-19)")
            .budget(Baht.of(10000))
            .quarterlyPlan(QuarterlyBudget.of(1800, 0, 3200, 5000))
            .addActiveQuarters(Quarter.Q1, Quarter.Q3, Quarter.Q4)
            .period("ไตรมาสที่ 1,3,4")
            .addResponsiblePeople(Person.of("นางเมธพร สุรเดช"))
            .addResponsiblePeople(Person.of("นายพงศ์ศาสตร์ ไพรสินธุ์"))
            .addResponsiblePeople(Person.of("นายพงศกรณ์ ทองคำ"))
            .budgetSource("งบดำเนินงาน")
            .addAlignment(AlignmentLink.matrix("national-strategy", "3"))
            .addAlignment(AlignmentLink.matrix("master-plan", "13"))
            .addAlignment(AlignmentLink.matrix("reform-plan", "12"))
            .addAlignment(AlignmentLink.matrix("obec-policy", "1"))
            .build(),
        Project.builder()
            .number("4")
            .title("การจัดกิจกรรม 5 ส สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2")
            .program(PROGRAM)
            .strategy("1")
            .addObjectives("1. บุคลากรรับรู้ และเห็นคุณค่าของการมีสถานที่ทำงานที่น่าอยู่น่าทำงาน")
            .addObjectives("2. เพื่อสร้างบรรยากาศของสถานที่ทำงานให้สะอาด สวยงาม สะดวก และเป็นระเบียบ เพื่อเอื้อต่อการปฏิบัติงาน การให้บริการของเจ้าหน้าที่ และเพิ่มประสิทธิภาพต่อการปฏิบัติงาน")
            .addObjectives("3. เพื่อส่งเสริมและพัฒนาสิ่งแวดล้อม และสุขภาวะในการทำงาน บุคลากร มีสุขภาพกาย และสุขภาพจิตที่ดี")
            .addObjectives("4. เพื่อสร้างความพึงพอใจให้กับผู้มารับบริการ")
            .addObjectives("5. เพื่อให้องค์กรมีภาพลักษณ์ สะอาด ปลอดภัย สิ่งแวดล้อมดี มีชีวิตชีวาในการทำงาน")
            .addQuantitativeTargets("1.1 บุคลากรในสังกัด สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2 จำนวน 74 คน ได้ร่วมกันสร้างบรรยากาศ สถานที่ทำงาน สะอาด สวยงาม สะดวก และเป็นระเบียบเพื่อเอื้อต่อการปฏิบัติงาน ทำให้สถานที่ทำงานน่าอยู่น่าทำงาน")
            .addQuantitativeTargets("1.2 บุคลากรสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2 จำนวน 74 คน ร่วมกันส่งเสริม และพัฒนาสิ่งแวดล้อม และสุขภาวะในการทำงาน สุขภาพกาย และสุขภาพจิตที่ดี")
            .addQualitativeTargets("2.1 บุคลากรในสังกัดรับรู้ และเห็นคุณค่าของการมีสถานที่ทำงานน่าอยู่น่าทำงาน สร้างบรรยากาศของสถานที่ทำงานสะอาด สวยงาม สะดวก และเป็นระเบียบ เพื่อเอื้อต่อการปฏิบัติงาน")
            .addQualitativeTargets("2.2 ส่งเสริมและพัฒนาสิ่งแวดล้อม และสุขภาวะในการทำงาน บุคลากร มีสุขภาพกาย สุขภาพจิตที่ดี สร้างความพึงพอใจกับผู้มารับบริการ")
            .addSuccessIndicators("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2 เป็นสถานที่ทำงานน่าอยู่น่าทำงาน “สะอาด ปลอดภัย สิ่งแวดล้อมดี มีชีวิตชีวา”")
            .budget(Baht.of(5000))
            .quarterlyPlan(QuarterlyBudget.of(5000, 0, 0, 0))
            .addActiveQuarters(Quarter.Q1)
            .period("ไตรมาส ที่ 1")
            .addResponsiblePeople(Person.of("นางสาวสายสุนีย์ แสงด้วง"))
            .addResponsiblePeople(Person.of("นายสุทัศน์ ศรีตาเดช"))
            .addResponsiblePeople(Person.of("นางสาวอภิญญา จันทอสถ"))
            .budgetSource("งบดำเนินงาน")
            .addAlignment(AlignmentLink.matrix("national-strategy", "3"))
            .addAlignment(AlignmentLink.matrix("master-plan", "10"))
            .addAlignment(AlignmentLink.matrix("reform-plan", "9"))
            .addAlignment(AlignmentLink.matrix("obec-policy", "1"))
            .build(),
        Project.builder()
            .number("5")
            .title("ส่งเสริมการดำเนินงานยาเสพติด สารเสพติด")
            .program(PROGRAM)
            .strategy("1")
            .addObjectives("1. เพื่อดำเนินการขับเคลื่อนงานยาเสพติด สารเสพติด (เหล้า บุหรี่) ตามนโยบายของรัฐบาล กระทรวงศึกษาธิการ สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน จังหวัดตาก")
            .addObjectives("2. เพื่อประชาสัมพันธ์ สร้างการรับรู้ให้นักเรียน ข้าราชการครู บุคลากรทางการศึกษา และบุคคลโดยทั่วไป ได้ตระหนัก รับรู้ รับทราบของพิษภัย โทษ และปัญหาที่เกิดขึ้นจากยาเสพติดและสารเสพติด (เหล้า บุหรี่)")
            .addQuantitativeTargets("1.1 นักเรียน ข้าราชการครู บุคลากรทางการศึกษาในโรงเรียนสังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2 ทั้งหมด 116 โรงเรียน")
            .addQuantitativeTargets("1.2 ข้าราชการครูและบุคลากรทางการศึกษาผู้ปฏิบัติงาน ณ สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2")
            .addQualitativeTargets("นักเรียน ข้าราชการครู บุคลากรทางการศึกษาในสังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2 มีความรู้ ความเข้าใจ สามารถขับเคลื่อนการดำเนินงานยาเสพติด สารเสพติด (เหล้า บุหรี่) ตามนโยบายที่กำหนดได้อย่างมีประสิทธิภาพ")
            .addSuccessIndicators("ร้อยละ 100 นักเรียน ข้าราชการครู บุคลากรทางการศึกษาในสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2 มีความรู้ ความเข้าใจ สามารถขับเคลื่อนการดำเนินงานยาเสพติด สารเสพติด (เหล้า บุหรี่) ได้อย่างมีประสิทธิภาพ")
            .budget(Baht.of(3000))
            .quarterlyPlan(QuarterlyBudget.of(0, 0, 2000, 1000))
            .addActiveQuarters(Quarter.Q3, Quarter.Q4)
            .period("ไตรมาส ที่ 3,4")
            .addResponsiblePeople(Person.of("นางเสาวลักษณ์ กมลปลื้ม"))
            .addResponsiblePeople(Person.of("นายพงศ์ศาสตร์ ไพรสินธุ์"))
            .addResponsiblePeople(Person.of("นายพงศกรณ์ ทองคำ"))
            .budgetSource("งบดำเนินงาน")
            .addAlignment(AlignmentLink.matrix("national-strategy", "1"))
            .addAlignment(AlignmentLink.matrix("master-plan", "1"))
            .addAlignment(AlignmentLink.matrix("reform-plan", "4"))
            .addAlignment(AlignmentLink.matrix("obec-policy", "1"))
            .build());
  }
}
