package io.github.eduplan.alignment;

import java.util.List;

/** Renders a header and rows of cells as a GitHub Markdown table or as RFC 4180 CSV. */
final class TextTable {
  private TextTable() {}

  static String markdown(List<String> header, List<List<String>> rows) {
    StringBuilder sb = new StringBuilder();
    markdownRow(sb, header);
    sb.append('|');
    for (int i = 0; i < header.size(); i++) {
      sb.append("---|");
    }
    sb.append('\n');
    rows.forEach(r -> markdownRow(sb, r));
    return sb.toString();
  }

  private static void markdownRow(StringBuilder sb, List<String> cells) {
    sb.append('|');
    for (String c : cells) {
      // A pipe would end the cell and a line break the row; the text itself is kept.
      sb.append(' ').append(c.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>")
          .replace("\n", "<br>")).append(" |");
    }
    sb.append('\n');
  }

  static String csv(List<String> header, List<List<String>> rows) {
    StringBuilder sb = new StringBuilder();
    csvRow(sb, header);
    rows.forEach(r -> csvRow(sb, r));
    return sb.toString();
  }

  private static void csvRow(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String c = cells.get(i);
      if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
        sb.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(c);
      }
    }
    sb.append("\r\n");
  }
}
