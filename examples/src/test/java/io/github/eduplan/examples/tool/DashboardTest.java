package io.github.eduplan.examples.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.achievement.AchievementCalculator;
import io.github.eduplan.achievement.ActualResult;
import io.github.eduplan.achievement.ActualResults;
import io.github.eduplan.achievement.IndicatorKey;
import io.github.eduplan.achievement.PlanAchievement;
import io.github.eduplan.achievement.RollUp;
import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.examples.BundledPlans;
import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.time.FiscalYear;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dashboard of every bundled plan, parsed with jsoup: self-contained (nothing loaded from
 * elsewhere) and with every text of the plan escaped, so that it reads back as the same text.
 */
class DashboardTest {
  /** Text meant to break out of an element or an attribute if it were not escaped. */
  static final String HOSTILE = "<script>alert('x')</script> & \"quoted\" <b>bold</b> </td><img src=x>";

  static Stream<String> bundled() {
    return BundledPlans.ALL.stream();
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void everyBundledPlanDrawsASelfContainedPageOfItsOwnText(String file) {
    ToolRun r = ToolRun.of("dashboard", "bundled:" + file.replace(".json", ""));
    assertEquals(Eduplan.OK, r.status(), r.err());
    Document doc = Jsoup.parse(r.out());
    assertSelfContained(doc, r.out());
    StrategicPlan plan = BundledPlans.load(file);
    Loaded loaded = new Loaded(file, plan, BundledPlans.VALIDATOR.validate(plan));
    assertEquals(loaded.title(Lang.TH), doc.title());
    assertEquals(loaded.title(Lang.TH), doc.selectFirst("h1").wholeText());
    assertTrue(texts(doc).contains(loaded.subtitle(Lang.TH)), "the office and the years");
    for (Strategy s : plan.strategies()) {
      assertTrue(texts(doc).contains(s.title()), s.title());
    }
    for (var f : loaded.report().findings()) {
      assertTrue(texts(doc).contains(f.message(Lang.TH.locale())), f.code());
    }
    int headings = doc.select("h2").size();
    List<String> sections = plan.situation().isEmpty()
        ? List.of("งบประมาณรายไตรมาส", "งบประมาณตามกลยุทธ์", "ความสอดคล้องกับแผนระดับชาติ", "ผลการตรวจสอบแผน")
        : List.of("งบประมาณรายไตรมาส", "งบประมาณตามกลยุทธ์", "ความสอดคล้องกับแผนระดับชาติ", "สภาพปัจจุบัน", "ผลการตรวจสอบแผน");
    assertEquals(sections, doc.select("h2").eachText(), "no results section without results: " + headings);
    for (var table : plan.situation().tables()) {
      for (var row : table.rows()) {
        for (String cell : row.cells()) {
          assertTrue(cell.isEmpty() || texts(doc).contains(cell), cell);
        }
      }
    }
  }

  @Test
  void theTakDashboardMarksTheCellsItsFindingsPointAt() {
    Document doc = Jsoup.parse(ToolRun.of("dashboard", "bundled:tak-2-2565").out());
    // Table 1's total of students, 52,119 where its districts add up to 52,199.
    Element total = doc.getElementById("t2r5c4");
    assertEquals("52,119", total.text());
    assertTrue(total.hasClass("bad") && total.hasClass("derived"), total.outerHtml());
    assertTrue(total.attr("title").contains("ยอดรวมพิมพ์ไว้ 52,119"), total.attr("title"));
    // Its right neighbours are derived and right; the districts are printed figures.
    assertTrue(doc.getElementById("t2r5c5").hasClass("derived") && !doc.getElementById("t2r5c5").hasClass("bad"));
    assertFalse(doc.getElementById("t2r0c4").hasClass("derived"));
    assertEquals(13, doc.select("td.bad").size(), "one marked cell per finding at a cell");
    assertTrue(texts(doc).stream().anyMatch(t -> t.startsWith("S1 มีหน่วยงานทางการศึกษาในพื้นที่ทุกระดับ")), "the SWOT items");
  }

  @Test
  void thePlanDataIsEscapedEverywhereItIsPrinted(@TempDir Path dir) throws Exception {
    StrategicPlan tak = BundledPlans.load(BundledPlans.TAK_2_2565);
    List<Strategy> strategies = new ArrayList<>();
    for (Strategy s : tak.strategies()) {
      strategies.add(Strategy.builder().from(s).title(s.title() + " " + HOSTILE).build());
    }
    StrategicPlan hostile = StrategicPlan.builder().from(tak)
        .title(HOSTILE)
        .office(Office.builder().from(tak.office()).name("สพป.<i>ตาก</i> & 'เขต' 2").build())
        .strategies(strategies)
        .build();
    Path plan = dir.resolve("hostile.json");
    PlanJson.strict().write(hostile, plan);
    Path page = dir.resolve("page.html");
    ToolRun r = ToolRun.of("dashboard", plan.toString(), "--out", page.toString());
    assertEquals(Eduplan.OK, r.status(), r.err());
    assertEquals("", r.out(), "with --out, nothing on standard output");
    String html = Files.readString(page, StandardCharsets.UTF_8);
    Document doc = Jsoup.parse(html);
    assertSelfContained(doc, html);
    assertTrue(doc.select("b, i, img, td > img").isEmpty(), "no element made from plan text");
    assertEquals(HOSTILE, doc.title());
    assertEquals(HOSTILE, doc.selectFirst("h1").wholeText());
    for (Strategy s : strategies) {
      assertTrue(texts(doc).contains(s.title()), s.title());
    }
    assertTrue(texts(doc).stream().anyMatch(t -> t.startsWith("สพป.<i>ตาก</i> & 'เขต' 2 · ")), "the office as written");
  }

  @Test
  void withoutOutTheDashboardGoesToStandardOutputAndNoFileIsWritten() throws Exception {
    List<Path> before = htmlFilesHere();
    ToolRun r = ToolRun.of("dashboard", "bundled:tak-2-2565");
    assertEquals(Eduplan.OK, r.status());
    assertTrue(r.out().startsWith("<!DOCTYPE html>"), r.out());
    assertEquals(before, htmlFilesHere(), "nothing written into the working directory");
  }

  @Test
  void anOutputThatCannotBeWrittenExitsFour(@TempDir Path dir) {
    for (Path out : List.of(dir.resolve("no-such-directory/page.html"), dir)) {
      ToolRun r = ToolRun.of("dashboard", "bundled:tak-2-2565", "--out", out.toString());
      assertEquals(Eduplan.CANNOT_WRITE, r.status(), r.toString());
      assertTrue(r.err().startsWith("eduplan: " + out + ": cannot write the dashboard: "), r.err());
      assertFalse(r.hasStackTrace());
    }
  }

  @Test
  void theBudgetChartsCarryThePlansAmounts() {
    String html = ToolRun.of("dashboard", "bundled:tak-2-2565", "--framework", "obec-policy").out();
    assertTrue(html.contains(">2,452,813 บาท<"), "the budget of quarter 4");
    assertTrue(html.contains(">5,274,702 บาท<"), "the budget of strategy 4");
    assertTrue(html.contains(">28,000 บาท<"), "OBEC policy 1");
    assertTrue(ToolRun.of("dashboard", "bundled:tak-2-2565", "--lang", "en").out().contains("<h2>Budget by quarter</h2>"));
  }

  /** The results section, drawn once results can be read (issue 24); here from results made in the test. */
  @Test
  void theAchievementChartDrawsEachStrategysShareMetAndMean() {
    StrategicPlan tak = BundledPlans.load(BundledPlans.TAK_2_2565);
    FiscalYear fy = FiscalYear.of(2565);
    ActualResults results = ActualResults.of(
        ActualResult.of(IndicatorKey.of("1", "1."), fy, IndicatorValue.number(new BigDecimal("88.5"))),
        ActualResult.of(IndicatorKey.of("1", "2"), fy, IndicatorValue.number(new BigDecimal("76"))),
        ActualResult.ofCounts(IndicatorKey.of("1", "3"), fy, 92, 115),
        ActualResult.of(IndicatorKey.of("1", "4"), fy, IndicatorValue.number(new BigDecimal("82"))));
    PlanAchievement achievement = AchievementCalculator.of().assess(tak, fy, results);
    List<RollUp> strategies = AchievementCalculator.of().rollUpStrategies(achievement);
    String chart = Dashboard.achievementChart(strategies, Lang.TH);
    for (RollUp r : strategies) {
      if (r.assessableCount() == 0) {
        continue;
      }
      String share = r.shareMet().orElseThrow().toPlainString() + " % (" + r.metCount() + "/" + r.assessableCount() + ")";
      assertTrue(chart.contains(">" + share + "<") || chart.contains(">" + share + " · ประเมินไม่ได้ "), share + " in " + chart);
      assertTrue(chart.contains(">" + r.weightedMeanAchievement().orElseThrow().toPlainString() + " %<"), chart);
    }
    assertTrue(chart.contains("ประเมินไม่ได้: "), "strategies 2-4 have no result: " + chart);

    Loaded loaded = new Loaded("tak", tak, BundledPlans.VALIDATOR.validate(tak));
    Document doc = Jsoup.parse(Dashboard.html(loaded, Catalogue.bundled().framework("national-strategy").orElseThrow(),
        Lang.TH, Optional.of(achievement)));
    assertEquals("ผลสัมฤทธิ์ตามกลยุทธ์ ปีงบประมาณ 2565", doc.select("h2").last().text());
    assertSelfContained(doc, doc.outerHtml());
  }

  @Test
  void withResultsTheDashboardDrawsAchievementByStrategyFromTheDocument() {
    ToolRun r = ToolRun.of("dashboard", "bundled:tak-2-2565", "--results", "bundled:tak-2-2565");
    assertEquals(Eduplan.OK, r.status(), r.toString());
    Document doc = Jsoup.parse(r.out());
    assertSelfContained(doc, r.out());
    assertEquals("ผลสัมฤทธิ์ตามกลยุทธ์ ปีงบประมาณ 2565", doc.select("h2").last().text(), "the year the results report");
    assertTrue(r.out().contains(">75.00 % (3/4)<"), "strategy 1: 3 of 4 met in the bundled results");
    assertTrue(r.out().contains(">66.67 % (2/3) · ประเมินไม่ได้ 2<"), "strategy 4: two not assessable, not counted");
    assertEquals(r.out(), ToolRun.of("dashboard", "bundled:tak-2-2565", "--results",
        "src/main/resources/results/tak-2-2565.json").out(), "a file and the bundled name are the same results");
  }

  @Test
  void aStrategyWithNothingAssessableHasNoBarRatherThanABarOfZero() {
    StrategicPlan tak = BundledPlans.load(BundledPlans.TAK_2_2565);
    PlanAchievement none = AchievementCalculator.of().assess(tak, FiscalYear.of(2565), ActualResults.of());
    String chart = Dashboard.achievementChart(AchievementCalculator.of().rollUpStrategies(none), Lang.EN);
    assertTrue(chart.contains("not assessable: "), chart);
    assertFalse(chart.contains("class=\"met\" x=\"150\" y=\"28\""), "no share bar: " + chart);
    assertFalse(chart.contains("0.00 %"), chart);
  }

  /** No script, no style sheet, image, frame or font from elsewhere; no URL at all. */
  static void assertSelfContained(Document doc, String html) {
    assertTrue(doc.select("script, link, img, iframe, frame, object, embed, audio, video, source, base, form").isEmpty(),
        "no element that loads something");
    for (Element e : doc.getAllElements()) {
      for (String attribute : List.of("src", "href", "srcset", "action", "xlink:href", "data", "poster")) {
        assertFalse(e.hasAttr(attribute), e.tagName() + " has " + attribute);
      }
    }
    for (Element style : doc.select("style")) {
      assertFalse(style.data().contains("url(") || style.data().contains("@import"), style.data());
    }
    assertFalse(html.contains("http:") || html.contains("https:"), "no URL");
  }

  /** The text of every text node, as parsed. */
  static List<String> texts(Document doc) {
    List<String> texts = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      for (TextNode t : e.textNodes()) {
        texts.add(t.getWholeText());
      }
    }
    return texts;
  }

  static List<Path> htmlFilesHere() throws Exception {
    try (var files = Files.list(Path.of(""))) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }
}
