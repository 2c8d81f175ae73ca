package io.github.eduplan.examples.tool;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A GitHub Markdown table of the tool's text output, always printed under a heading: a header
 * row, columns aligned left or (for numbers) right, and cells whose pipes and line breaks are
 * escaped so that plan text cannot break the table; the text itself is kept.
 */
final class Table {
  private final List<String> header;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();

  Table(String... header) {
    this.header = List.of(header);
    this.right = new boolean[header.length];
  }

  /** Aligns the given columns (0-based) to the right. */
  Table right(int... columns) {
    for (int c : columns) {
      right[c] = true;
    }
    return this;
  }

  Table row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalStateException("a row of " + cells.length + " cells in a table of " + header.size());
    }
    rows.add(Arrays.asList(cells));
    return this;
  }

  /** Prints a Markdown heading, then the table. */
  void print(PrintWriter out, String heading) {
    heading(out, heading);
    line(out, header);
    StringBuilder rule = new StringBuilder("|");
    for (boolean r : right) {
      rule.append(r ? "---:|" : "---|");
    }
    out.println(rule);
    rows.forEach(r -> line(out, r));
  }

  /** Prints a Markdown heading and one line of text: a count, or what stands where a table would be empty. */
  static void section(PrintWriter out, String heading, String text) {
    heading(out, heading);
    out.println(text);
  }

  private static void heading(PrintWriter out, String heading) {
    out.println();
    out.println("## " + cell(heading));
    out.println();
  }

  private static void line(PrintWriter out, List<String> cells) {
    StringBuilder sb = new StringBuilder("|");
    for (String c : cells) {
      sb.append(' ').append(cell(c)).append(" |");
    }
    out.println(sb);
  }

  static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>")
        .replace("\r", "<br>");
  }
}
