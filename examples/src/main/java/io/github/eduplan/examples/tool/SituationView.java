package io.github.eduplan.examples.tool;

import io.github.eduplan.model.CellRange;
import io.github.eduplan.model.ContextTable;
import io.github.eduplan.model.Derivation;
import io.github.eduplan.model.Situation;
import io.github.eduplan.model.SwotAnalysis;
import io.github.eduplan.model.SwotCategory;
import io.github.eduplan.validation.Finding;
import io.github.eduplan.validation.ValidationReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan's situation analysis (สภาพปัจจุบัน) as the report and the dashboard show it: each context
 * table with its derived cells and the findings at its cells, and the SWOT analyses.
 */
final class SituationView {
  private static final Pattern CELL = Pattern.compile("\\$\\.situation\\.tables\\[(\\d+)]\\.rows\\[(\\d+)]\\.cells\\[(\\d+)]");

  /** A finding at one cell of one table. */
  record CellFinding(int table, int row, int column, Finding finding) {}

  private SituationView() {}

  /** The findings of a report that point at a cell of a context table, in report order. */
  static List<CellFinding> cellFindings(ValidationReport report) {
    List<CellFinding> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      Matcher m = CELL.matcher(f.path());
      if (m.matches()) {
        out.add(new CellFinding(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)), f));
      }
    }
    return out;
  }

  /** The HTML id of a cell, which a finding's path links to. */
  static String anchor(int table, int row, int column) {
    return "t" + table + "r" + row + "c" + column;
  }

  static String tableName(ContextTable table) {
    return table.number().map(n -> n + " " + table.title()).orElse(table.title());
  }

  private static int derivedCells(ContextTable table) {
    return table.derivations().stream().mapToInt(d -> d.cells().height() * d.cells().width()).sum();
  }

  private static String swotCounts(SwotAnalysis swot) {
    StringBuilder sb = new StringBuilder();
    for (SwotCategory c : SwotCategory.values()) {
      if (sb.length() > 0) {
        sb.append(" · ");
      }
      sb.append(c.name().charAt(0)).append(' ').append(swot.items(c).size());
    }
    return sb.toString();
  }

  /** The report's text: a table of the context tables, the findings at their cells, the SWOT analyses. */
  static void print(Situation situation, ValidationReport report, Lang lang, PrintWriter out) {
    if (situation.isEmpty()) {
      return;
    }
    Map<Integer, Integer> findings = new LinkedHashMap<>();
    List<CellFinding> at = cellFindings(report);
    at.forEach(f -> findings.merge(f.table(), 1, Integer::sum));
    if (!situation.tables().isEmpty()) {
      Table table = new Table(lang.pick("ตาราง", "Table"), lang.pick("แถว × คอลัมน์", "Rows × columns"),
          lang.pick("ช่องที่คำนวณ", "Derived cells"), lang.pick("ข้อค้นพบ", "Findings")).right(2, 3);
      for (int t = 0; t < situation.tables().size(); t++) {
        ContextTable ct = situation.tables().get(t);
        table.row(tableName(ct), ct.rows().size() + " × " + ct.width(), Integer.toString(derivedCells(ct)),
            Integer.toString(findings.getOrDefault(t, 0)));
      }
      table.print(out, lang.pick("สภาพปัจจุบัน: ตารางข้อมูลพื้นฐาน", "Situation: context tables"));
    }
    if (!at.isEmpty()) {
      Table cells = new Table(lang.pick("ตาราง", "Table"), lang.pick("ช่อง", "Cell"), lang.pick("พิมพ์ไว้", "Printed"),
          lang.pick("ข้อความ", "Message"));
      for (CellFinding f : at) {
        ContextTable ct = situation.tables().get(f.table());
        String where = String.join(" / ", ct.rows().get(f.row()).labels()) + " · "
            + (f.column() < ct.columns().size() ? String.join(" / ", ct.columns().get(f.column())) : "")
            + " (" + CellRange.cell(f.row(), f.column()) + ")";
        cells.row(ct.number().orElse(ct.title()), where, ct.cell(f.row(), f.column()).text(),
            f.finding().message(lang.locale()));
      }
      cells.print(out, lang.pick("ช่องที่ตรวจพบข้อผิดพลาด", "Cells with findings"));
    }
    if (!situation.swot().isEmpty()) {
      Table swot = new Table(lang.pick("การวิเคราะห์ SWOT", "SWOT analysis"), lang.pick("จำนวนประเด็น", "Items"));
      for (SwotAnalysis s : situation.swot()) {
        swot.row(s.title(), swotCounts(s));
      }
      swot.print(out, lang.pick("การวิเคราะห์สภาพแวดล้อม (SWOT)", "SWOT analyses"));
    }
  }

  /** The dashboard's section: every context table with its derived and faulty cells marked, and the SWOTs. */
  static void html(StringBuilder sb, Situation situation, ValidationReport report, Lang lang) {
    if (situation.isEmpty()) {
      return;
    }
    Map<String, List<Finding>> byCell = new LinkedHashMap<>();
    for (CellFinding f : cellFindings(report)) {
      byCell.computeIfAbsent(anchor(f.table(), f.row(), f.column()), k -> new ArrayList<>()).add(f.finding());
    }
    sb.append("<h2>").append(Dashboard.esc(lang.pick("สภาพปัจจุบัน", "Situation"))).append("</h2>\n");
    for (int t = 0; t < situation.tables().size(); t++) {
      ContextTable table = situation.tables().get(t);
      sb.append("<h3>").append(Dashboard.esc(tableName(table))).append("</h3>\n<table class=\"ctx\">\n");
      int levels = table.columns().stream().mapToInt(List::size).max().orElse(0);
      for (int level = 0; level < levels; level++) {
        sb.append("<tr>");
        int lv = level;
        sb.append("<th>").append(level == levels - 1 ? Dashboard.esc(String.join(" / ", table.labelHeadings())) : "")
            .append("</th>");
        for (List<String> heading : table.columns()) {
          sb.append("<th>").append(lv < heading.size() ? Dashboard.esc(heading.get(lv)) : "").append("</th>");
        }
        sb.append("</tr>\n");
      }
      String[] derivedBy = new String[table.rows().size() * Math.max(1, table.width())];
      for (Derivation d : table.derivations()) {
        CellRange cells = d.cells();
        for (int r = cells.firstRow(); r <= cells.lastRow(); r++) {
          for (int c = cells.firstColumn(); c <= cells.lastColumn(); c++) {
            derivedBy[r * table.width() + c] = d.kind().name() + " " + d.operandsOf(r, c);
          }
        }
      }
      for (int r = 0; r < table.rows().size(); r++) {
        sb.append("<tr><th>").append(Dashboard.esc(String.join(" / ", table.rows().get(r).labels()))).append("</th>");
        for (int c = 0; c < table.width(); c++) {
          String id = anchor(t, r, c);
          List<Finding> here = byCell.get(id);
          String derived = derivedBy[r * table.width() + c];
          sb.append("<td id=\"").append(id).append("\" class=\"n");
          if (derived != null) {
            sb.append(" derived");
          }
          if (here != null) {
            sb.append(" bad");
          }
          sb.append('"');
          StringBuilder title = new StringBuilder();
          if (derived != null) {
            title.append(derived);
          }
          if (here != null) {
            for (Finding f : here) {
              title.append(title.length() > 0 ? "\n" : "").append(f.message(lang.locale()));
            }
          }
          if (title.length() > 0) {
            sb.append(" title=\"").append(Dashboard.esc(title.toString())).append('"');
          }
          sb.append('>').append(Dashboard.esc(table.rows().get(r).cells().get(c))).append("</td>");
        }
        sb.append("</tr>\n");
      }
      sb.append("</table>\n");
      List<String> notes = new ArrayList<>();
      table.asOf().ifPresent(notes::add);
      table.source().ifPresent(s -> notes.add(lang.pick("ที่มา: ", "Source: ") + s));
      table.note().ifPresent(notes::add);
      if (!notes.isEmpty()) {
        sb.append("<p>").append(Dashboard.esc(String.join(" · ", notes))).append("</p>\n");
      }
    }
    for (SwotAnalysis swot : situation.swot()) {
      sb.append("<h3>").append(Dashboard.esc(swot.title())).append("</h3>\n<table class=\"swot\">\n");
      SwotCategory[][] grid = {{SwotCategory.STRENGTH, SwotCategory.WEAKNESS}, {SwotCategory.OPPORTUNITY, SwotCategory.THREAT}};
      for (SwotCategory[] line : grid) {
        sb.append("<tr>");
        for (SwotCategory c : line) {
          sb.append("<th>").append(Dashboard.esc(category(c, lang))).append("</th>");
        }
        sb.append("</tr>\n<tr>");
        for (SwotCategory c : line) {
          sb.append("<td><ul>");
          swot.items(c).forEach(i -> sb.append("<li>").append(Dashboard.esc(i.code().map(x -> x + " ").orElse("") + i.text()))
              .append("</li>"));
          sb.append("</ul></td>");
        }
        sb.append("</tr>\n");
      }
      sb.append("</table>\n");
    }
  }

  static String category(SwotCategory c, Lang lang) {
    return switch (c) {
      case STRENGTH -> lang.pick("จุดแข็ง (S)", "Strengths (S)");
      case WEAKNESS -> lang.pick("จุดอ่อน (W)", "Weaknesses (W)");
      case OPPORTUNITY -> lang.pick("โอกาส (O)", "Opportunities (O)");
      case THREAT -> lang.pick("อุปสรรค (T)", "Threats (T)");
    };
  }
}
