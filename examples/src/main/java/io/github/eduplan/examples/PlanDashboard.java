package io.github.eduplan.examples;

import io.github.eduplan.achievement.AchievementCalculator;
import io.github.eduplan.achievement.PlanAchievement;
import io.github.eduplan.achievement.RollUp;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.time.Quarter;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one self-contained HTML file with inline SVG bar charts of the bundled สพป.ตาก เขต 2 FY2565
 * plan — budget per quarter, budget per strategy, and achievement per strategy (the share of
 * assessable indicators met and the mean capped percent of target) from the <b>invented sample
 * results</b> of {@link SampleResults}, not real results — that opens in a browser with no network.
 * The file is the first argument, or {@code eduplan-dashboard.html} in the working directory.
 */
public final class PlanDashboard {
  /** Thai-capable fonts first, so Thai renders on Windows, macOS and Linux without web fonts. */
  private static final String FONTS =
      "'Sarabun','Noto Sans Thai','Leelawadee UI','Tahoma','Thonburi','Loma','Garuda',sans-serif";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private PlanDashboard() {}

  /**
   * Runs the example.
   *
   * @param args the output file, optional
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "eduplan-dashboard.html");
    PrintStream out = BundledPlans.console();
    StrategicPlan plan = BundledPlans.load(BundledPlans.TAK_2_2565);
    write(plan, AchievementCalculator.of().assess(plan, SampleResults.FY2565, SampleResults.tak2565()), file);
    out.println("เขียนแดชบอร์ดแล้ว (dashboard written): " + file.toAbsolutePath());
  }

  static void write(StrategicPlan plan, PlanAchievement achievement, Path file) throws IOException {
    Files.writeString(file, html(plan, achievement), StandardCharsets.UTF_8);
  }

  static String html(StrategicPlan plan, PlanAchievement achievement) {
    Map<String, BigDecimal> byQuarter = new LinkedHashMap<>();
    for (Quarter q : Quarter.values()) {
      byQuarter.put(q.thaiName(), plan.projects().stream()
          .flatMap(p -> p.quarterlyPlan().stream()).map(qb -> qb.amount(q)).collect(Baht.summing()).amount());
    }
    Map<String, BigDecimal> byStrategy = new LinkedHashMap<>();
    for (Strategy s : plan.strategies()) {
      byStrategy.put("กลยุทธ์ที่ " + s.number(), plan.projectsOf(s.number()).stream()
          .flatMap(p -> p.budget().stream()).collect(Baht.summing()).amount());
    }
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"th\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>").append(escape(plan.title().orElse(plan.office().name()))).append("</title>\n")
        .append("<style>body,svg text{font-family:").append(FONTS).append("}")
        .append("body{margin:2em;max-width:60em}h1{font-size:1.4em}h2{font-size:1.1em;margin-top:2em}")
        .append(".note{color:#8a4b00}svg text{font-size:13px}")
        .append(".bar{fill:#3b6ea5}.met{fill:#2e8b57}.mean{fill:#c9a227}.na{fill:#777}</style>\n")
        .append("</head>\n<body>\n")
        .append("<h1>").append(escape(plan.title().orElse(""))).append("</h1>\n")
        .append("<p>").append(escape(plan.office().name())).append(" · ปีงบประมาณ ").append(plan.period())
        .append(" · โครงการ ").append(plan.projects().size())
        .append(" · งบประมาณรวม ").append(plan.projectBudgetTotal().format()).append(" บาท</p>\n")
        .append("<h2>งบประมาณรายไตรมาส (budget per quarter)</h2>\n").append(barChart(byQuarter))
        .append("<h2>งบประมาณตามกลยุทธ์ (budget per strategy)</h2>\n").append(barChart(byStrategy))
        .append("<h2>ผลสัมฤทธิ์ตามกลยุทธ์ (achievement per strategy) · ปีงบประมาณ ")
        .append(achievement.year()).append("</h2>\n")
        .append("<p class=\"note\">").append(escape(SampleResults.NOT_REAL)).append("</p>\n")
        .append("<p>แท่งเต็ม = 100 % · ตัวชี้วัดที่ประเมินไม่ได้ (N/A, ยังไม่ถึงกำหนด, ไม่เป็นตัวเลข) ไม่นับรวม ไม่นับเป็น 0")
        .append(" (full bar = 100 %; not-assessable indicators are left out, never counted as 0;")
        .append(" the mean caps each indicator at 100 %)</p>\n")
        .append(achievementChart(AchievementCalculator.of().rollUpStrategies(achievement)))
        .append("</body>\n</html>\n");
    return sb.toString();
  }

  /** A horizontal bar chart, one bar per entry, scaled to the largest value. */
  static String barChart(Map<String, BigDecimal> values) {
    return barChart(values, v -> Baht.of(v).format() + " บาท");
  }

  /** A horizontal bar chart with each bar labelled by the given formatter. */
  static String barChart(Map<String, BigDecimal> values, java.util.function.Function<BigDecimal, String> label) {
    int labelWidth = 150;
    int barWidth = 420;
    int rowHeight = 28;
    BigDecimal max = values.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    List<String> rows = new ArrayList<>();
    int y = 0;
    for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
      int width = max.signum() == 0 ? 0
          : e.getValue().multiply(BigDecimal.valueOf(barWidth)).divide(max, 0, RoundingMode.HALF_UP).intValue();
      rows.add(String.format("<text x=\"0\" y=\"%d\">%s</text>"
              + "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>"
              + "<text x=\"%d\" y=\"%d\">%s</text>",
          y + 18, escape(e.getKey()), labelWidth, y + 4, width, rowHeight - 8,
          labelWidth + width + 6, y + 18, escape(label.apply(e.getValue()))));
      y += rowHeight;
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + (labelWidth + barWidth + 120) + "\" height=\"" + y
        + "\" role=\"img\">" + String.join("", rows) + "</svg>\n";
  }

  /**
   * Two bars per strategy on a 0–100 scale: the share of its assessable indicators met, and the
   * mean of their percent of target capped at 100. A strategy with nothing assessable gets no bar
   * and says so, because drawing it as 0 would read as failure.
   */
  static String achievementChart(List<RollUp> strategies) {
    int labelWidth = 150;
    int barWidth = 400;
    int barHeight = 16;
    int rowHeight = 2 * barHeight + 18;
    StringBuilder rows = new StringBuilder();
    rows.append(String.format("<rect class=\"met\" x=\"%d\" y=\"4\" width=\"12\" height=\"12\"/>"
            + "<text x=\"%d\" y=\"15\">%s</text>"
            + "<rect class=\"mean\" x=\"%d\" y=\"4\" width=\"12\" height=\"12\"/>"
            + "<text x=\"%d\" y=\"15\">%s</text>",
        labelWidth, labelWidth + 18, escape("ร้อยละของตัวชี้วัดที่บรรลุ (share met)"),
        labelWidth + 250, labelWidth + 268, escape("ร้อยละของเป้าหมายเฉลี่ย (mean % of target)")));
    int y = 28;
    for (RollUp r : strategies) {
      rows.append(String.format("<text x=\"0\" y=\"%d\">%s</text>", y + barHeight + 4,
          escape("กลยุทธ์ที่ " + r.key().orElse("-"))));
      if (r.assessableCount() == 0) {
        rows.append(String.format("<text class=\"na\" x=\"%d\" y=\"%d\">%s</text>", labelWidth, y + barHeight + 4,
            escape("ประเมินไม่ได้ (not assessable): " + r.count() + " ตัวชี้วัด")));
      } else {
        rows.append(bar("met", labelWidth, barWidth, y, barHeight, r.shareMet().orElseThrow(),
            r.shareMet().orElseThrow().toPlainString() + " % (" + r.metCount() + "/" + r.assessableCount() + ")"
                + (r.count() > r.assessableCount() ? " · ประเมินไม่ได้ " + (r.count() - r.assessableCount()) : "")));
        rows.append(bar("mean", labelWidth, barWidth, y + barHeight + 2, barHeight,
            r.weightedMeanAchievement().orElseThrow(), r.weightedMeanAchievement().orElseThrow().toPlainString() + " %"));
      }
      y += rowHeight;
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + (labelWidth + barWidth + 240) + "\" height=\"" + y
        + "\" role=\"img\">" + rows + "</svg>\n";
  }

  private static String bar(String kind, int x, int width, int y, int height, BigDecimal percent, String label) {
    int w = percent.min(HUNDRED).multiply(BigDecimal.valueOf(width)).divide(HUNDRED, 0, RoundingMode.HALF_UP).intValue();
    return String.format("<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>"
            + "<text x=\"%d\" y=\"%d\">%s</text>",
        kind, x, y, w, height, x + w + 6, y + height - 3, escape(label));
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
