package io.github.eduplan.table;

import io.github.eduplan.model.AlignmentEvidence;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.time.Quarter;
import io.github.eduplan.time.ThaiDigits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cells that hold a list, one item a line (a line break inside a cell, Alt+Enter in Excel):
 * responsible units and people, alignment links, an ordinal scale; and the active quarters
 * ("1,2,4", "1-4").
 */
final class ListCells {
  private static final Pattern SPAN = Pattern.compile("([0-9]+)\\s*[-–—]\\s*([0-9]+)");
  private static final Pattern SINGLE = Pattern.compile("[0-9]+");
  /** CRLF, LF or a lone CR: every character the writer refuses inside an item ends a line. */
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
  private static final Pattern DASH = Pattern.compile("\\s*([-–—])\\s*");
  private static final Pattern SEPARATOR = Pattern.compile("[,\\s]");

  private ListCells() {}

  /** The lines of a cell, empty lines left out; a CRLF counts as one line break, a lone CR as one. */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    for (String line : LINE_BREAK.split(text, -1)) {
      if (!line.isEmpty()) {
        out.add(line);
      }
    }
    return out;
  }

  /** Every line of a cell, empty ones kept (the positions of responsible people). */
  static List<String> allLines(String text) {
    return text.isEmpty() ? List.of() : List.of(LINE_BREAK.split(text, -1));
  }

  /** Items one a line; refused when an item is empty or holds a line break, which a cell cannot tell apart. */
  static Grid.Text write(List<String> items, String what) {
    for (String item : items) {
      checkItem(item, what);
    }
    return Grid.text(String.join("\n", items));
  }

  static void checkItem(String item, String what) {
    if (item.isEmpty() || item.indexOf('\n') >= 0 || item.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a table holds " + what + " one a line, so an empty one or one with a"
          + " line break cannot be written: " + Grid.quoted(item));
    }
  }

  // Alignment links: "national-strategy ข้อ 3", "nesdp ฉบับ 13 ข้อ 11.2", "obec-policy (ความเรียง)".

  static Grid.Text writeLinks(List<AlignmentLink> links, TableFormat.Language language) {
    List<String> lines = new ArrayList<>();
    for (AlignmentLink link : links) {
      String line = link.framework()
          + link.edition().map(e -> " " + Words.EDITION.in(language) + " " + e).orElse("")
          + link.item().map(i -> " " + Words.ITEM.in(language) + " " + i).orElse("");
      String withEvidence = line + " (" + Words.EVIDENCE.get(link.evidence()).in(language) + ")";
      if (link.evidence() == AlignmentEvidence.MATRIX && readsAs(line, link)) {
        lines.add(line);
      } else if (readsAs(withEvidence, link)) {
        lines.add(withEvidence);
      } else {
        throw new IllegalArgumentException("a table cannot hold the alignment link " + Grid.quoted(withEvidence)
            + ": its framework and edition must be single words and no part may hold a line break");
      }
    }
    return Grid.text(String.join("\n", lines));
  }

  private static boolean readsAs(String line, AlignmentLink link) {
    try {
      return line.indexOf('\n') < 0 && line.indexOf('\r') < 0 && link(line).equals(link);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Reads one line of an alignment cell. */
  static AlignmentLink link(String line) {
    AlignmentEvidence evidence = AlignmentEvidence.MATRIX;
    String rest = line;
    search:
    for (Map.Entry<AlignmentEvidence, Words.Word> e : Words.EVIDENCE.entrySet()) {
      for (String w : List.of(e.getValue().thai(), e.getValue().english())) {
        String suffix = " (" + w + ")";
        if (rest.length() > suffix.length()
            && rest.regionMatches(true, rest.length() - suffix.length(), suffix, 0, suffix.length())) {
          evidence = e.getKey();
          rest = rest.substring(0, rest.length() - suffix.length());
          break search;
        }
      }
    }
    int space = rest.indexOf(' ');
    String framework = space < 0 ? rest : rest.substring(0, space);
    AlignmentLink.Builder b = AlignmentLink.builder().framework(framework).evidence(evidence);
    rest = space < 0 ? "" : rest.substring(space + 1);
    Optional<String> edition = word(rest, Words.EDITION);
    if (edition.isPresent()) {
      String after = edition.get();
      int end = after.indexOf(' ');
      b.edition(end < 0 ? after : after.substring(0, end));
      rest = end < 0 ? "" : after.substring(end + 1);
    }
    Optional<String> item = word(rest, Words.ITEM);
    if (item.isPresent()) {
      b.item(item.get());
    } else if (!rest.isEmpty()) {
      throw new IllegalArgumentException("an alignment link reads \"framework ฉบับ edition ข้อ item (evidence)\","
          + " as in \"national-strategy ข้อ 3\": " + Grid.quoted(line));
    }
    return b.build();
  }

  /** The text after a keyword and one space, when the text starts with it. */
  private static Optional<String> word(String s, Words.Word keyword) {
    for (String w : List.of(keyword.thai(), keyword.english())) {
      if (s.regionMatches(true, 0, w + " ", 0, w.length() + 1)) {
        return Optional.of(s.substring(w.length() + 1));
      }
    }
    return Optional.empty();
  }

  static List<AlignmentLink> links(List<String> lines) {
    List<AlignmentLink> out = new ArrayList<>();
    for (String line : lines) {
      out.add(link(line));
    }
    return out;
  }

  // Ordinal scales: a well-known one by its name, another by its name and levels one a line.

  static Grid.Text writeScale(OrdinalScale scale) {
    if (scale.equals(OrdinalScale.QUALITY) || scale.equals(OrdinalScale.LEVELS_1_TO_5)) {
      return Grid.text(scale.name());
    }
    List<String> lines = new ArrayList<>();
    lines.add(scale.name());
    lines.addAll(scale.levels());
    return write(lines, "a scale's name and levels");
  }

  static OrdinalScale scale(List<String> lines) {
    if (lines.size() == 1) {
      for (OrdinalScale known : List.of(OrdinalScale.QUALITY, OrdinalScale.LEVELS_1_TO_5)) {
        if (Words.key(known.name()).equals(Words.key(lines.get(0)))) {
          return known;
        }
      }
      throw new IllegalArgumentException("not a known scale (" + OrdinalScale.QUALITY.name() + ", "
          + OrdinalScale.LEVELS_1_TO_5.name() + "): write the scale's name and then its levels, lowest first,"
          + " one a line");
    }
    return OrdinalScale.builder().name(lines.get(0)).addAllLevels(lines.subList(1, lines.size())).build();
  }

  // Active quarters.

  static Grid.Text writeQuarters(SortedSet<Quarter> quarters) {
    return Grid.text(quarters.stream().map(q -> Integer.toString(q.number())).collect(Collectors.joining(",")));
  }

  /** Reads "1,2,4", "1 – 4", "1,,4", "๑-๓"; refuses anything else, such as "4-1" or "5". */
  static List<Quarter> quarters(String cell) {
    List<Quarter> out = new ArrayList<>();
    String spans = DASH.matcher(ThaiDigits.toArabic(cell)).replaceAll("$1");
    for (String part : SEPARATOR.split(spans)) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      Matcher span = SPAN.matcher(p);
      if (span.matches()) {
        int from = quarter(span.group(1), cell);
        int to = quarter(span.group(2), cell);
        if (from > to) {
          throw new IllegalArgumentException("a span of quarters runs from the earlier to the later: "
              + Grid.quoted(cell));
        }
        for (int q = from; q <= to; q++) {
          out.add(Quarter.of(q));
        }
      } else if (SINGLE.matcher(p).matches()) {
        out.add(Quarter.of(quarter(p, cell)));
      } else {
        throw new IllegalArgumentException("not a list of quarters such as \"1,2,4\" or \"1-4\": " + Grid.quoted(cell));
      }
    }
    return out;
  }

  private static int quarter(String digits, String cell) {
    if (digits.length() != 1 || digits.charAt(0) < '1' || digits.charAt(0) > '4') {
      throw new IllegalArgumentException("a fiscal quarter is 1 to 4: " + Grid.quoted(digits) + " in "
          + Grid.quoted(cell));
    }
    return digits.charAt(0) - '0';
  }
}
