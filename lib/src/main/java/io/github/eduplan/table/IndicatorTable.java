package io.github.eduplan.table;

import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.Target;
import io.github.eduplan.model.Unit;
import io.github.eduplan.time.FiscalYear;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The indicator table of a plan (ตารางเป้าประสงค์ ตัวชี้วัด ค่าเป้าหมาย) as planning staff keep it in
 * Excel, read from and written to CSV:
 *
 * <pre>
 * เป้าประสงค์ | ตัวชี้วัด | หน่วยนับ | ทิศทาง | ชนิดการวัด | ข้อมูลพื้นฐาน 2564 | … | ค่าเป้าหมาย 2566 | …
 * </pre>
 *
 * <p>Reading: the header names the columns; a year column is a baseline when its header says
 * "พื้นฐาน" or "base", a target when it says "เป้าหมาย" or "target" (so the common typo
 * "คำเป้าหมาย" still reads), with the year in Thai or Arabic digits. A blank goal cell means "same
 * goal as above". "1. ข้อความ" in the goal or indicator cell gives the number "1" and the text. A
 * value cell holds a number (Thai or Arabic digits, thousands separators), "N/A", "(N/A)" or "-"
 * (not available, the mark kept), มี / ไม่มี (yes / no), a level (on the quality scale or under the
 * unit ระดับ), or other text; a blank value cell means no value for that year. The optional columns
 * ทิศทาง (เพิ่มขึ้น, ลดลง, คงที่, เข้าใกล้เป้าหมาย) and ชนิดการวัด (a {@link MeasureKind} name) give each
 * row's direction and measure kind; without them every row gets the direction the caller passes,
 * and the measure kind follows the unit (ร้อยละ: percentage; ระดับ: ordinal; otherwise quantity,
 * or yes/no when every value is yes or no). A cell that looks like a number but is not one
 * ("1,00") is an error naming its row and column.
 *
 * <p>Writing produces every column above, so {@code read(write(table))} gives the table back for
 * values in the table's own form. This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class IndicatorTable {
  static final String GOAL = "เป้าประสงค์";
  static final String INDICATOR = "ตัวชี้วัด";
  static final String UNIT = "หน่วยนับ";
  static final String DIRECTION = "ทิศทาง";
  static final String KIND = "ชนิดการวัด";
  private static final Map<Direction, String> DIRECTION_WORDS = Map.of(
      Direction.INCREASE, "เพิ่มขึ้น",
      Direction.DECREASE, "ลดลง",
      Direction.MAINTAIN, "คงที่",
      Direction.CLOSER_TO_TARGET, "เข้าใกล้เป้าหมาย");

  IndicatorTable() {}

  /**
   * Returns the goals (เป้าประสงค์) of the table, in order.
   *
   * @return the goals, not null
   */
  public abstract List<Goal> goals();

  /**
   * Returns the indicators, in row order; each names its goal's number in {@link Indicator#goal()}.
   *
   * @return the indicators, not null
   */
  public abstract List<Indicator> indicators();

  /**
   * Returns a table of goals and indicators.
   *
   * @param goals the goals, not null
   * @param indicators the indicators, not null
   * @return the table, not null
   */
  public static IndicatorTable of(List<Goal> goals, List<Indicator> indicators) {
    return ImmutableIndicatorTable.builder().goals(goals).indicators(indicators).build();
  }

  /**
   * Reads an indicator table from CSV. The reader is not closed.
   *
   * @param in the CSV text, not null
   * @param direction the direction of rows that have no ทิศทาง cell, not null
   * @return the table, not null
   * @throws TableFormatException if a column is missing or a cell cannot be read; it names the row
   *     and column
   * @throws IOException if the reader fails
   */
  public static IndicatorTable read(Reader in, Direction direction) throws IOException {
    List<CsvRows.Row> rows = CsvRows.read(in);
    if (rows.isEmpty()) {
      throw new TableFormatException("the table has no header row", 1, -1, "", null);
    }
    CsvRows.Row header = rows.get(0);
    int goalCol = -1;
    int indicatorCol = -1;
    int unitCol = -1;
    int directionCol = -1;
    int kindCol = -1;
    List<int[]> baselineCols = new ArrayList<>();
    List<int[]> targetCols = new ArrayList<>();
    for (int c = 0; c < header.cells.size(); c++) {
      String h = header.cells.get(c).strip();
      String lower = h.toLowerCase(java.util.Locale.ROOT);
      if (h.startsWith(GOAL)) {
        goalCol = c;
      } else if (h.startsWith(INDICATOR)) {
        indicatorCol = c;
      } else if (h.replace(" ", "").startsWith(UNIT)) {
        unitCol = c;
      } else if (h.startsWith(DIRECTION)) {
        directionCol = c;
      } else if (h.startsWith(KIND)) {
        kindCol = c;
      } else if (h.contains("พื้นฐาน") || lower.contains("base")) {
        baselineCols.add(new int[] {c, yearColumn(h, header, c)});
      } else if (h.contains("เป้าหมาย") || lower.contains("target")) {
        targetCols.add(new int[] {c, yearColumn(h, header, c)});
      } else if (!h.isEmpty()) {
        throw new TableFormatException("unknown column " + CsvRows.quoted(h), header.line, c + 1, h, null);
      }
    }
    if (indicatorCol < 0) {
      throw new TableFormatException("the table has no column '" + INDICATOR + "'", header.line, -1, "", null);
    }
    List<Goal> goals = new ArrayList<>();
    List<Indicator> indicators = new ArrayList<>();
    Optional<String> goalNumber = Optional.empty();
    for (CsvRows.Row row : rows.subList(1, rows.size())) {
      if (row.isBlank()) {
        continue;
      }
      if (row.cells.size() > header.cells.size()) {
        throw new TableFormatException("the row has " + row.cells.size() + " cells, the header "
            + header.cells.size(), row.line, header.cells.size() + 1, "", null);
      }
      if (goalCol >= 0 && !row.cell(goalCol).isBlank()) {
        String[] goal = Cells.numberAndText(row.cell(goalCol));
        Goal.Builder g = Goal.builder().text(goal[1]);
        if (goal[0] != null) {
          g.number(goal[0]);
        }
        goals.add(g.build());
        goalNumber = Optional.ofNullable(goal[0]);
      }
      indicators.add(indicator(row, header, indicatorCol, unitCol, directionCol, kindCol,
          baselineCols, targetCols, direction, goalNumber));
    }
    return of(goals, indicators);
  }

  private static int yearColumn(String h, CsvRows.Row header, int c) {
    int year = Cells.yearIn(h);
    if (year < FiscalYear.MIN_YEAR || year > FiscalYear.MAX_YEAR) {
      throw new TableFormatException("a baseline or target column needs a Buddhist Era year: " + CsvRows.quoted(h),
          header.line, c + 1, h, null);
    }
    return year;
  }

  private static Indicator indicator(CsvRows.Row row, CsvRows.Row header, int indicatorCol, int unitCol,
      int directionCol, int kindCol, List<int[]> baselineCols, List<int[]> targetCols,
      Direction defaultDirection, Optional<String> goal) {
    String[] codeAndText = Cells.numberAndText(row.cell(indicatorCol));
    Indicator.Builder b = Indicator.builder().text(codeAndText[1]);
    if (codeAndText[0] != null) {
      b.code(codeAndText[0]);
    }
    goal.ifPresent(b::goal);
    Optional<Unit> unit = unitCol >= 0 && !row.cell(unitCol).isBlank()
        ? Optional.of(Unit.of(row.cell(unitCol).strip())) : Optional.empty();
    unit.ifPresent(b::unit);
    boolean levelUnit = unit.filter(Unit.LEVEL::equals).isPresent();
    List<IndicatorValue> values = new ArrayList<>();
    for (int[] col : baselineCols) {
      Optional<IndicatorValue> v = Cells.value(row.cell(col[0]), levelUnit, row, col[0] + 1,
          header.cell(col[0]));
      v.ifPresent(value -> b.addBaseline(Baseline.of(col[1], value)));
      v.ifPresent(values::add);
    }
    for (int[] col : targetCols) {
      Optional<IndicatorValue> v = Cells.value(row.cell(col[0]), levelUnit, row, col[0] + 1,
          header.cell(col[0]));
      v.ifPresent(value -> b.putTarget(FiscalYear.of(col[1]), Target.of(value)));
      v.ifPresent(values::add);
    }
    b.direction(directionCol >= 0 && !row.cell(directionCol).isBlank()
        ? direction(row, directionCol, header) : defaultDirection);
    MeasureKind kind = kindCol >= 0 && !row.cell(kindCol).isBlank()
        ? kind(row, kindCol, header) : inferredKind(unit, values);
    b.measureKind(kind);
    if (kind == MeasureKind.ORDINAL && values.stream().allMatch(v -> v.kind() != IndicatorValue.Kind.LEVEL
        || OrdinalScale.QUALITY.contains(((IndicatorValue.Level) v).level()))
        && values.stream().anyMatch(v -> v.kind() == IndicatorValue.Kind.LEVEL)) {
      b.scale(OrdinalScale.QUALITY);
    }
    return b.build();
  }

  private static Direction direction(CsvRows.Row row, int col, CsvRows.Row header) {
    String cell = row.cell(col).strip();
    for (Map.Entry<Direction, String> e : DIRECTION_WORDS.entrySet()) {
      if (e.getValue().equals(cell) || e.getKey().name().equals(cell)) {
        return e.getKey();
      }
    }
    throw new TableFormatException("not a direction (เพิ่มขึ้น, ลดลง, คงที่, เข้าใกล้เป้าหมาย): " + CsvRows.quoted(cell),
        row.line, col + 1, header.cell(col), null);
  }

  private static MeasureKind kind(CsvRows.Row row, int col, CsvRows.Row header) {
    String cell = row.cell(col).strip();
    try {
      return MeasureKind.valueOf(cell);
    } catch (IllegalArgumentException e) {
      throw new TableFormatException("not a measure kind (QUANTITY, PERCENTAGE, ORDINAL, YES_NO, TEXT): "
          + CsvRows.quoted(cell), row.line, col + 1, header.cell(col), e);
    }
  }

  private static MeasureKind inferredKind(Optional<Unit> unit, List<IndicatorValue> values) {
    if (unit.filter(Unit::isPercent).isPresent()) {
      return MeasureKind.PERCENTAGE;
    }
    if (unit.filter(Unit.LEVEL::equals).isPresent()) {
      return MeasureKind.ORDINAL;
    }
    boolean yesNo = !values.isEmpty() && values.stream().allMatch(
        v -> v.kind() == IndicatorValue.Kind.YES_NO || v.kind() == IndicatorValue.Kind.NOT_AVAILABLE)
        && values.stream().anyMatch(v -> v.kind() == IndicatorValue.Kind.YES_NO);
    return yesNo ? MeasureKind.YES_NO : MeasureKind.QUANTITY;
  }

  /**
   * Writes the table as CSV with a header row; baseline and target columns are the years any
   * indicator uses, earliest first. The writer is flushed, not closed.
   *
   * @param out the writer, not null
   * @throws IOException if the writer fails
   */
  public void write(Writer out) throws IOException {
    TreeSet<Integer> baselineYears = new TreeSet<>();
    TreeSet<Integer> targetYears = new TreeSet<>();
    for (Indicator i : indicators()) {
      i.baselines().forEach(bl -> baselineYears.add(bl.year()));
      i.targets().keySet().forEach(y -> targetYears.add(y.buddhistEraYear()));
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> head = new ArrayList<>(List.of(GOAL, INDICATOR, UNIT, DIRECTION, KIND));
    baselineYears.forEach(y -> head.add("ข้อมูลพื้นฐาน " + y));
    targetYears.forEach(y -> head.add("ค่าเป้าหมาย " + y));
    rows.add(head);
    Optional<String> lastGoal = Optional.empty();
    for (Indicator i : indicators()) {
      List<String> row = new ArrayList<>();
      String goalCell = "";
      if (i.goal().isPresent() && !i.goal().equals(lastGoal)) {
        String number = i.goal().get();
        goalCell = goals().stream().filter(g -> g.number().filter(number::equals).isPresent()).findFirst()
            .map(g -> Cells.numbered(g.number(), g.text())).orElse(number + ".");
        lastGoal = i.goal();
      }
      row.add(goalCell);
      row.add(Cells.numbered(i.code(), i.text()));
      row.add(i.unit().map(Unit::text).orElse(""));
      row.add(DIRECTION_WORDS.get(i.direction()));
      row.add(i.measureKind().name());
      for (int year : baselineYears) {
        row.add(i.baselines().stream().filter(bl -> bl.year() == year).findFirst()
            .map(bl -> Cells.write(bl.value())).orElse(""));
      }
      for (int year : targetYears) {
        row.add(i.targetFor(FiscalYear.of(year)).map(t -> Cells.write(t.value())).orElse(""));
      }
      rows.add(row);
    }
    CsvRows.write(out, rows);
    out.flush();
  }
}
