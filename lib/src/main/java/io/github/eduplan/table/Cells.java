package io.github.eduplan.table;

import io.github.eduplan.model.Baht;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.time.ThaiDigits;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the two tables read and write one cell. */
final class Cells {
  private static final Set<String> NOT_AVAILABLE = Set.of("N/A", "(N/A)", "n/a", "-", "–", "—");
  private static final Set<String> YES = Set.of("มี", "ผ่าน", "ผ่านเกณฑ์");
  private static final Set<String> NO = Set.of("ไม่มี", "ไม่ผ่าน", "ไม่ผ่านเกณฑ์");
  /** Only digits, separators and a point: meant as a number, so an error if it does not parse. */
  private static final Pattern NUMBER_LIKE = Pattern.compile("-?[0-9๐-๙][0-9๐-๙,]*(\\.[0-9๐-๙]*)?(\\.-)?");
  private static final Pattern LEADING_NUMBER =
      Pattern.compile("^([0-9๐-๙]+(?:\\.[0-9๐-๙]+)*)\\.?\\s+(.*)$", Pattern.DOTALL);

  private Cells() {}

  /** Reads a baseline or target cell; a blank cell is no value. */
  static Optional<IndicatorValue> value(String cell, boolean levelUnit,
      CsvRows.Row row, int column, String header) {
    String s = cell.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (NOT_AVAILABLE.contains(s)) {
      return Optional.of(IndicatorValue.notAvailable(s));
    }
    if (NUMBER_LIKE.matcher(s).matches()) {
      try {
        return Optional.of(IndicatorValue.number(ThaiDigits.parseDecimal(s)));
      } catch (IllegalArgumentException e) {
        throw new TableFormatException("not a number: " + CsvRows.quoted(cell), row.line, column, header, e);
      }
    }
    if (YES.contains(s)) {
      return Optional.of(IndicatorValue.yesNo(true));
    }
    if (NO.contains(s)) {
      return Optional.of(IndicatorValue.yesNo(false));
    }
    if (levelUnit || OrdinalScale.QUALITY.contains(s)) {
      return Optional.of(IndicatorValue.level(s));
    }
    return Optional.of(IndicatorValue.text(s));
  }

  static String write(IndicatorValue value) {
    switch (value.kind()) {
      case NUMBER:
        return ((IndicatorValue.Numeric) value).value().toPlainString();
      case LEVEL:
        return ((IndicatorValue.Level) value).level();
      case YES_NO:
        return ((IndicatorValue.YesNo) value).isYes() ? "มี" : "ไม่มี";
      case TEXT:
        return ((IndicatorValue.Text) value).text();
      default:
        String mark = ((IndicatorValue.NotAvailable) value).written();
        return mark.isBlank() ? "N/A" : mark;
    }
  }

  /** Reads an amount of baht; blank and "-" are absent. */
  static Optional<Baht> amount(CsvRows.Row row, int column, String header) {
    String s = row.cell(column - 1).strip();
    if (s.isEmpty() || NOT_AVAILABLE.contains(s)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Baht.parse(s));
    } catch (IllegalArgumentException e) {
      throw new TableFormatException("not an amount of baht: " + CsvRows.quoted(s), row.line, column, header, e);
    }
  }

  /** Splits "1. ข้อความ" into its number as written ("1") and the text. */
  static String[] numberAndText(String cell) {
    Matcher m = LEADING_NUMBER.matcher(cell.strip());
    return m.matches() ? new String[] {m.group(1), m.group(2).strip()} : new String[] {null, cell.strip()};
  }

  static String numbered(Optional<String> number, String text) {
    return number.map(n -> n + ". " + text).orElse(text);
  }

  /** The first four-digit year (Thai or Arabic digits) in a header, or -1. */
  static int yearIn(String header) {
    Matcher m = Pattern.compile("([0-9๐-๙]{4})").matcher(header);
    return m.find() ? Integer.parseInt(ThaiDigits.toArabic(m.group(1))) : -1;
  }

}
