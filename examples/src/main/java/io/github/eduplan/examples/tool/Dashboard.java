package io.github.eduplan.examples.tool;

import io.github.eduplan.achievement.AchievementCalculator;
import io.github.eduplan.achievement.PlanAchievement;
import io.github.eduplan.achievement.RollUp;
import io.github.eduplan.alignment.AlignmentMap;
import io.github.eduplan.alignment.BudgetTable;
import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.alignment.Framework;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.time.Quarter;
import io.github.eduplan.validation.Finding;
import io.github.eduplan.validation.ValidationReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard of one plan (แดชบอร์ดแผน): one self-contained HTML file with inline SVG bar charts
 * that opens in a browser with no network — no script, no style sheet, font or image from
 * elsewhere. Every text from the plan is escaped.
 *
 * <p>Sections: the plan's title (made from its kind, office and years when it has none) and
 * counts; budget by quarter; budget by strategy; alignment — budget by the top items of one
 * framework and coverage of every framework; validation findings. With results (the
 * {@code achievement} argument, from {@code --results}), a section of achievement per strategy
 * follows; without them there is none, never one of invented results.
 */
final class Dashboard {
  /** Thai-capable fonts first, so Thai renders on Windows, macOS and Linux without web fonts. */
  private static final String FONTS =
      "'Sarabun','Noto Sans Thai','Leelawadee UI','Tahoma','Thonburi','Loma','Garuda',sans-serif";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Dashboard() {}

  /**
   * Renders the dashboard.
   *
   * @param loaded the plan and its findings
   * @param framework the framework whose budget table is drawn
   * @param lang the language of headings and findings' messages
   * @param achievement the plan's achievement in a year, when results were given
   * @return the HTML document
   */
  static String html(Loaded loaded, Framework framework, Lang lang, Optional<PlanAchievement> achievement) {
    StrategicPlan plan = loaded.plan();
    PlanFigures figures = PlanFigures.of(plan);
    StringBuilder sb = new StringBuilder();
    String title = loaded.title(lang);
    sb.append("<!DOCTYPE html>\n<html lang=\"").append(lang.pick("th", "en")).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<title>").append(esc(title)).append("</title>\n")
        .append("<style>body,svg text{font-family:").append(FONTS).append("}")
        .append("body{margin:2em;max-width:64em}h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em}")
        .append("h3{font-size:1em}table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2em .5em}")
        .append("td.n{text-align:right}svg text{font-size:13px}")
        .append(".bar{fill:#3b6ea5}.met{fill:#2e8b57}.mean{fill:#c9a227}.na{fill:#777}")
        .append(plan.situation().isEmpty() ? "" : "td.derived{background:#eef3f9}td.bad{background:#f8d7d7;font-weight:bold}"
            + "table.swot td{vertical-align:top}")
        .append("</style>\n")
        .append("</head>\n<body>\n")
        .append("<h1>").append(esc(title)).append("</h1>\n")
        .append("<p>").append(esc(loaded.subtitle(lang))).append("</p>\n")
        .append("<p>").append(esc(lang.pick(
            "กลยุทธ์ " + plan.strategies().size() + " · ตัวชี้วัด " + figures.indicators() + " · โครงการ "
                + plan.projects().size() + " · งบประมาณรวม " + figures.total().format() + " บาท",
            plan.strategies().size() + " strategies · " + figures.indicators() + " indicators · "
                + plan.projects().size() + " projects · budget " + figures.total().format() + " baht")))
        .append("</p>\n");
    quarters(sb, figures, lang);
    strategies(sb, figures, lang);
    alignment(sb, plan, framework, lang);
    SituationView.html(sb, plan.situation(), loaded.report(), lang);
    findings(sb, loaded.report(), lang);
    achievement.ifPresent(a -> achievementSection(sb, a, lang));
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }

  private static void quarters(StringBuilder sb, PlanFigures figures, Lang lang) {
    heading(sb, lang.pick("งบประมาณรายไตรมาส", "Budget by quarter"));
    if (!figures.quarterly()) {
      paragraph(sb, lang.pick("ไม่มีโครงการใดมีแผนรายไตรมาส", "No project has a quarterly plan."));
      return;
    }
    Map<String, Baht> bars = new LinkedHashMap<>();
    for (Quarter q : Quarter.values()) {
      bars.put(lang.pick(q.thaiName(), "Q" + q.number()), figures.quarters().get(q));
    }
    sb.append(barChart(bars, lang));
  }

  private static void strategies(StringBuilder sb, PlanFigures figures, Lang lang) {
    heading(sb, lang.pick("งบประมาณตามกลยุทธ์", "Budget by strategy"));
    if (figures.strategies().isEmpty() && figures.withoutStrategy().isEmpty()) {
      paragraph(sb, lang.pick("แผนไม่มีกลยุทธ์และโครงการ", "The plan has no strategy and no project."));
      return;
    }
    Map<String, Baht> bars = new LinkedHashMap<>();
    for (PlanFigures.Row row : figures.strategies()) {
      bars.put(lang.pick("กลยุทธ์ที่ ", "Strategy ") + row.number().orElseThrow(), row.budget());
    }
    figures.withoutStrategy().ifPresent(row -> bars.put(lang.pick("ไม่ระบุกลยุทธ์", "No strategy"), row.budget()));
    if (figures.total().isZero()) {
      // Bars of nothing would read as a chart; a plan without budgets says so instead.
      paragraph(sb, lang.pick("ไม่มีโครงการที่ระบุงบประมาณ", "No project states a budget."));
    } else {
      sb.append(barChart(bars, lang));
    }
    sb.append("<table>\n<tr><th>").append(esc(lang.pick("กลยุทธ์", "Strategy"))).append("</th><th>")
        .append(esc(lang.pick("ชื่อกลยุทธ์", "Title"))).append("</th><th>").append(esc(lang.pick("โครงการ", "Projects")))
        .append("</th><th>").append(esc(lang.pick("งบประมาณ (บาท)", "Budget (baht)"))).append("</th></tr>\n");
    for (PlanFigures.Row row : figures.strategies()) {
      sb.append("<tr><td>").append(esc(row.number().orElseThrow())).append("</td><td>").append(esc(row.title()))
          .append("</td><td class=\"n\">").append(row.projects()).append("</td><td class=\"n\">")
          .append(esc(row.budget().format())).append("</td></tr>\n");
    }
    sb.append("</table>\n");
  }

  private static void alignment(StringBuilder sb, StrategicPlan plan, Framework framework, Lang lang) {
    AlignmentMap map = AlignmentMap.of(plan, Catalogue.bundled());
    heading(sb, lang.pick("ความสอดคล้องกับแผนระดับชาติ", "Alignment with the national plans"));
    String name = FrameworkOption.title(framework, lang);
    sb.append("<h3>").append(esc(lang.pick("งบประมาณตาม", "Budget by ") + name)).append("</h3>\n");
    BudgetTable table = map.budgetByItem(framework.id());
    if (table.rows().isEmpty()) {
      paragraph(sb, lang.pick("ไม่มีรายการที่ใช้ในปีของแผน", "No item of it is in force in the plan's years."));
    } else {
      Map<String, Baht> bars = new LinkedHashMap<>();
      for (BudgetTable.Row row : table.rows()) {
        bars.put(lang.pick("ที่ ", "No. ") + row.key(), row.budget());
      }
      if (!table.total().budget().isZero()) {
        sb.append(barChart(bars, lang));
      }
      sb.append("<table>\n<tr><th>").append(esc(lang.pick("ที่", "No."))).append("</th><th>").append(esc(name))
          .append("</th><th>").append(esc(lang.pick("โครงการ", "Projects"))).append("</th><th>")
          .append(esc(lang.pick("งบประมาณ (บาท)", "Budget (baht)"))).append("</th></tr>\n");
      for (BudgetTable.Row row : table.rows()) {
        sb.append("<tr><td>").append(esc(row.key())).append("</td><td>").append(esc(row.label()))
            .append("</td><td class=\"n\">").append(row.projectCount()).append("</td><td class=\"n\">")
            .append(esc(row.budget().format())).append("</td></tr>\n");
      }
      sb.append("</table>\n");
    }
    paragraph(sb, lang.pick(
        "โครงการที่ไม่เชื่อมโยงกับรายการใด " + table.unassigned().projectCount() + " โครงการ "
            + table.unassigned().budget().format() + " บาท",
        "Projects linked to no item of it: " + table.unassigned().projectCount() + ", "
            + table.unassigned().budget().format() + " baht"));

    sb.append("<h3>").append(esc(lang.pick("การสนับสนุนแผนแต่ละระดับ", "Coverage of each framework"))).append("</h3>\n");
    sb.append("<table>\n<tr><th>").append(esc(lang.pick("แผน/นโยบาย", "Framework"))).append("</th><th>")
        .append(esc(lang.pick("รายการ", "Items"))).append("</th><th>").append(esc(lang.pick("ได้รับการสนับสนุน", "Supported")))
        .append("</th><th>").append(esc(lang.pick("ไม่มีการสนับสนุน", "Not supported"))).append("</th></tr>\n");
    for (Framework f : map.catalogue().frameworks()) {
      int relevant = map.relevantItems(f.id()).size();
      int unsupported = map.unsupported(f.id()).size();
      sb.append("<tr><td>").append(esc(FrameworkOption.title(f, lang)))
          .append("</td><td class=\"n\">").append(relevant).append("</td><td class=\"n\">").append(relevant - unsupported)
          .append("</td><td class=\"n\">").append(unsupported).append("</td></tr>\n");
    }
    sb.append("</table>\n");
    paragraph(sb, lang.pick("กลยุทธ์และโครงการที่ไม่เชื่อมโยงกับแผนใด: ", "Strategies and projects linked to nothing: ")
        + map.unlinked().size());
  }

  private static void findings(StringBuilder sb, ValidationReport report, Lang lang) {
    heading(sb, lang.pick("ผลการตรวจสอบแผน", "Validation"));
    paragraph(sb, PlanCommand.findingCounts(report, lang));
    if (report.isEmpty()) {
      return;
    }
    sb.append("<table>\n<tr><th>").append(esc(lang.pick("ระดับ", "Severity"))).append("</th><th>")
        .append(esc(lang.pick("รหัส", "Code"))).append("</th><th>").append(esc(lang.pick("ตำแหน่ง", "Path")))
        .append("</th><th>").append(esc(lang.pick("ข้อความ", "Message"))).append("</th></tr>\n");
    for (Finding f : report.findings()) {
      sb.append("<tr><td>").append(esc(PlanCommand.severity(f.severity(), lang))).append("</td><td>")
          .append(esc(f.code())).append("</td><td>")
          .append(esc(f.path()))
          .append("</td><td>")
          .append(esc(f.message(lang.locale()))).append("</td></tr>\n");
    }
    sb.append("</table>\n");
  }

  private static void achievementSection(StringBuilder sb, PlanAchievement achievement, Lang lang) {
    heading(sb, lang.pick("ผลสัมฤทธิ์ตามกลยุทธ์ ปีงบประมาณ ", "Achievement by strategy, fiscal year ") + achievement.year());
    paragraph(sb, lang.pick(
        "แท่งเต็ม = 100 % · ตัวชี้วัดที่ประเมินไม่ได้ (N/A, ยังไม่ถึงกำหนด, ไม่เป็นตัวเลข) ไม่นับรวม ไม่นับเป็น 0"
            + " · ค่าเฉลี่ยนับแต่ละตัวชี้วัดไม่เกิน 100 %",
        "A full bar is 100 %; indicators that cannot be assessed are left out, never counted as 0;"
            + " the mean caps each indicator at 100 %."));
    sb.append(achievementChart(AchievementCalculator.of().rollUpStrategies(achievement), lang));
  }

  private static void heading(StringBuilder sb, String text) {
    sb.append("<h2>").append(esc(text)).append("</h2>\n");
  }

  private static void paragraph(StringBuilder sb, String text) {
    sb.append("<p>").append(esc(text)).append("</p>\n");
  }

  /** A horizontal bar chart of baht amounts, one bar per entry, scaled to the largest. */
  static String barChart(Map<String, Baht> values, Lang lang) {
    int labelWidth = 150;
    int barWidth = 420;
    int rowHeight = 28;
    BigDecimal max = values.values().stream().map(Baht::amount).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    StringBuilder rows = new StringBuilder();
    int y = 0;
    for (Map.Entry<String, Baht> e : values.entrySet()) {
      int width = max.signum() <= 0 ? 0
          : e.getValue().amount().multiply(BigDecimal.valueOf(barWidth)).divide(max, 0, RoundingMode.HALF_UP).intValue();
      rows.append(String.format("<text x=\"0\" y=\"%d\">%s</text>"
              + "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>"
              + "<text x=\"%d\" y=\"%d\">%s</text>",
          y + 18, esc(e.getKey()), labelWidth, y + 4, width, rowHeight - 8,
          labelWidth + width + 6, y + 18, esc(e.getValue().format() + lang.pick(" บาท", " baht"))));
      y += rowHeight;
    }
    return "<svg width=\"" + (labelWidth + barWidth + 160) + "\" height=\"" + y + "\" role=\"img\">" + rows
        + "</svg>\n";
  }

  /**
   * Two bars per strategy on a 0–100 scale: the share of its assessable indicators met, and the
   * mean of their percent of target capped at 100. A strategy with nothing assessable gets no bar
   * and says so, because drawing it as 0 would read as failure.
   */
  static String achievementChart(List<RollUp> strategies, Lang lang) {
    int labelWidth = 150;
    int barWidth = 400;
    int barHeight = 16;
    int rowHeight = 2 * barHeight + 18;
    StringBuilder rows = new StringBuilder();
    rows.append(String.format("<rect class=\"met\" x=\"%d\" y=\"4\" width=\"12\" height=\"12\"/>"
            + "<text x=\"%d\" y=\"15\">%s</text>"
            + "<rect class=\"mean\" x=\"%d\" y=\"4\" width=\"12\" height=\"12\"/>"
            + "<text x=\"%d\" y=\"15\">%s</text>",
        labelWidth, labelWidth + 18, esc(lang.pick("ร้อยละของตัวชี้วัดที่บรรลุ", "share of indicators met")),
        labelWidth + 250, labelWidth + 268, esc(lang.pick("ร้อยละของเป้าหมายเฉลี่ย", "mean % of target"))));
    int y = 28;
    for (RollUp r : strategies) {
      rows.append(String.format("<text x=\"0\" y=\"%d\">%s</text>", y + barHeight + 4,
          esc(lang.pick("กลยุทธ์ที่ ", "Strategy ") + r.key().orElse("-"))));
      if (r.assessableCount() == 0) {
        rows.append(String.format("<text class=\"na\" x=\"%d\" y=\"%d\">%s</text>", labelWidth, y + barHeight + 4,
            esc(lang.pick("ประเมินไม่ได้: " + r.count() + " ตัวชี้วัด", "not assessable: " + r.count() + " indicators"))));
      } else {
        BigDecimal share = r.shareMet().orElseThrow();
        BigDecimal mean = r.weightedMeanAchievement().orElseThrow();
        int left = r.count() - r.assessableCount();
        rows.append(bar("met", labelWidth, barWidth, y, barHeight, share,
            share.toPlainString() + " % (" + r.metCount() + "/" + r.assessableCount() + ")"
                + (left > 0 ? lang.pick(" · ประเมินไม่ได้ ", " · not assessable ") + left : "")));
        rows.append(bar("mean", labelWidth, barWidth, y + barHeight + 2, barHeight, mean, mean.toPlainString() + " %"));
      }
      y += rowHeight;
    }
    return "<svg width=\"" + (labelWidth + barWidth + 240) + "\" height=\"" + y + "\" role=\"img\">" + rows
        + "</svg>\n";
  }

  private static String bar(String kind, int x, int width, int y, int height, BigDecimal percent, String label) {
    int w = percent.max(BigDecimal.ZERO).min(HUNDRED).multiply(BigDecimal.valueOf(width))
        .divide(HUNDRED, 0, RoundingMode.HALF_UP).intValue();
    return String.format("<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>"
            + "<text x=\"%d\" y=\"%d\">%s</text>",
        kind, x, y, w, height, x + w + 6, y + height - 3, esc(label));
  }

  /** Text for HTML element content and attribute values. */
  static String esc(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
