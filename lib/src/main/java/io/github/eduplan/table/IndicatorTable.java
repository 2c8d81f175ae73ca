package io.github.eduplan.table;

import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.internal.VisibleText;
import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.Target;
import io.github.eduplan.model.Unit;
import io.github.eduplan.model.YearBasis;
import io.github.eduplan.time.FiscalYear;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The indicator table of a plan (ตารางเป้าประสงค์ ตัวชี้วัด ค่าเป้าหมาย) as planning staff keep it in
 * Excel, read from and written to CSV and XLSX. One row per element, named in the column แถว:
 *
 * <pre>
 * แถว | ที่ | รายการ | เป้าประสงค์ที่ | แนวทางที่ | หน่วยนับ | ชนิดการวัด | ทิศทาง | มาตรวัด |
 *   ข้อมูลพื้นฐาน 2564 | … | ค่าเป้าหมาย 2566 | ค่าเป้าหมาย 2566 ตามที่เขียน | … |
 *   ค่าเป้าหมายในข้อความ | ค่าเป้าหมายในข้อความ ตามที่เขียน | หน่วยงานที่รับผิดชอบ | ความสอดคล้อง | หมายเหตุ
 * </pre>
 *
 * <p><b>What the table covers.</b> For each strategy: its number, title and alignment links; its
 * goals (number, text, alignment); and its indicators with every attribute the model holds — code,
 * text, goal and guideline numbers, unit, measure kind, direction, scale, baselines (year, year
 * basis, value), targets per year (value, comparison, upper bound, the target as written), the
 * target in the text, responsible units, alignment links, note — and their components, to any
 * depth. It does not cover a strategy's development guidelines (แนวทางการพัฒนา), which are a list of
 * their own: {@link #of(StrategicPlan)} leaves them out. Reading what was written gives an equal
 * table, in CSV and XLSX alike; the exact columns and cell forms are in {@code docs/tables.md}.
 *
 * <p>Writing refuses, before writing anything, the few values a cell cannot tell apart: baselines
 * not in year order or two in one year and basis, a list item that is empty or holds a line break,
 * an alignment link whose framework or edition is not one word. This type is immutable and
 * thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class IndicatorTable {
  static final String ROW = "row";
  static final String NUMBER = "number";
  static final String ITEM = "item";
  static final String GOAL = "goal";
  static final String GUIDELINE = "guideline";
  static final String UNIT = "unit";
  static final String MEASURE = "measure";
  static final String DIRECTION = "direction";
  static final String SCALE = "scale";
  static final String TEXT_TARGET = "textTarget";
  static final String TEXT_TARGET_WRITTEN = "textTargetWritten";
  static final String UNITS = "units";
  static final String ALIGNMENT = "alignment";
  static final String NOTE = "note";

  private static final List<Column> FIXED = List.of(
      new Column(ROW, Words.word("แถว", "row")),
      new Column(NUMBER, Words.word("ที่", "number")),
      new Column(ITEM, Words.word("รายการ", "item")),
      new Column(GOAL, Words.word("เป้าประสงค์ที่", "goal")),
      new Column(GUIDELINE, Words.word("แนวทางที่", "guideline")),
      new Column(UNIT, Words.word("หน่วยนับ", "unit")),
      new Column(MEASURE, Words.word("ชนิดการวัด", "measure")),
      new Column(DIRECTION, Words.word("ทิศทาง", "direction")),
      new Column(SCALE, Words.word("มาตรวัด", "scale")));
  private static final List<Column> LAST = List.of(
      new Column(UNITS, Words.word("หน่วยงานที่รับผิดชอบ", "responsible units")),
      new Column(ALIGNMENT, Words.word("ความสอดคล้อง", "alignment")),
      new Column(NOTE, Words.word("หมายเหตุ", "note")));
  private static final Column TEXT_TARGET_COLUMN =
      new Column(TEXT_TARGET, Words.word("ค่าเป้าหมายในข้อความ", "target in text"));
  private static final Column TEXT_TARGET_WRITTEN_COLUMN =
      new Column(TEXT_TARGET_WRITTEN, Words.word("ค่าเป้าหมายในข้อความ ตามที่เขียน", "target in text as written"));
  private static final Words.Word BASELINE = Words.word("ข้อมูลพื้นฐาน", "baseline");
  private static final Words.Word TARGET = Words.word("ค่าเป้าหมาย", "target");
  private static final Words.Word AS_WRITTEN = Words.word("ตามที่เขียน", "as written");
  private static final Words.Word FISCAL = Words.word("ปีงบประมาณ", "fiscal");
  private static final Words.Word ACADEMIC = Words.word("ปีการศึกษา", "academic");

  /** A column with a fixed key and its header in both languages. */
  record Column(String key, Words.Word header) {}

  IndicatorTable() {}

  /**
   * Returns the strategies the table covers, each with its number, title, alignment, goals and
   * indicators (no guidelines). Rows before the table's first strategy row belong to a strategy
   * whose number and title are empty, as in a table of one strategy's indicators.
   *
   * @return the strategies, not null
   */
  public abstract List<Strategy> strategies();

  /**
   * Returns the goals (เป้าประสงค์) of every strategy, in order.
   *
   * @return the goals, not null
   */
  public List<Goal> goals() {
    return strategies().stream().flatMap(s -> s.goals().stream()).toList();
  }

  /**
   * Returns the top-level indicators of every strategy, in row order.
   *
   * @return the indicators, not null
   */
  public List<Indicator> indicators() {
    return strategies().stream().flatMap(s -> s.indicators().stream()).toList();
  }

  @Value.Check
  IndicatorTable covered() {
    if (strategies().stream().allMatch(s -> s.guidelines().isEmpty())) {
      return this;
    }
    return ImmutableIndicatorTable.builder().strategies(strategies().stream()
        .map(s -> Strategy.builder().from(s).guidelines(List.of()).build()).toList()).build();
  }

  /**
   * Returns the table of a plan's strategies, without their guidelines.
   *
   * @param plan the plan, not null
   * @return the table, not null
   */
  public static IndicatorTable of(StrategicPlan plan) {
    return of(plan.strategies());
  }

  /**
   * Returns the table of some strategies, without their guidelines.
   *
   * @param strategies the strategies, not null
   * @return the table, not null
   */
  public static IndicatorTable of(List<Strategy> strategies) {
    return ImmutableIndicatorTable.builder().strategies(strategies).build();
  }

  /**
   * Returns the table of one strategy's goals and indicators, with no strategy row (its strategy's
   * number and title are empty).
   *
   * @param goals the goals, not null
   * @param indicators the indicators, not null
   * @return the table, not null
   */
  public static IndicatorTable of(List<Goal> goals, List<Indicator> indicators) {
    return of(List.of(Strategy.builder().number("").title("").addAllGoals(goals).addAllIndicators(indicators).build()));
  }

  /**
   * Reads the table from CSV bytes: UTF-8 with or without a byte-order mark, CRLF or LF. The stream
   * is not closed.
   *
   * @param in the CSV file, not null
   * @param format the format; only its default direction is used, not null
   * @return the table, not null
   * @throws TableFormatException if the file or a cell cannot be read; it names the row and column
   * @throws IOException if the stream fails
   */
  public static IndicatorTable readCsv(InputStream in, TableFormat format) throws IOException {
    return read(List.of(CsvRows.read(in)), format, true);
  }

  /**
   * Reads the table from CSV text; a leading byte-order mark is skipped. The reader is not closed.
   *
   * @param in the CSV text, not null
   * @param format the format; only its default direction is used, not null
   * @return the table, not null
   * @throws TableFormatException if a cell cannot be read; it names the row and column
   * @throws IOException if the reader fails
   */
  public static IndicatorTable readCsv(Reader in, TableFormat format) throws IOException {
    return read(List.of(CsvRows.read(in)), format, true);
  }

  /**
   * Reads the table from an XLSX workbook, every sheet in order (one sheet per strategy, as
   * written). Numbers may be numeric or text cells, in Thai or Arabic digits. Needs the optional
   * dependency {@code org.dhatim:fastexcel-reader}. The stream is not closed.
   *
   * @param in the XLSX file, not null
   * @param format the format; only its default direction is used, not null
   * @return the table, not null
   * @throws TableFormatException if the file or a cell cannot be read; it names the sheet, row and
   *     column
   * @throws IllegalStateException if fastexcel-reader is missing
   * @throws IOException if the stream fails
   */
  public static IndicatorTable readXlsx(InputStream in, TableFormat format) throws IOException {
    return read(Xlsx.read(in), format, false);
  }

  /**
   * Writes the table as CSV bytes: UTF-8 with a byte-order mark and CRLF when the format is for
   * Excel, plain UTF-8 and LF otherwise. The stream is flushed, not closed.
   *
   * @param out the stream, not null
   * @param format the language and CSV form, not null
   * @throws IllegalArgumentException if a value cannot be held by a cell; nothing is written then
   * @throws IOException if the stream fails
   */
  public void writeCsv(OutputStream out, TableFormat format) throws IOException {
    CsvRows.write(rows(strategies(), format.language(), true), out, format);
  }

  /**
   * Writes the table as CSV text, with a leading byte-order mark when the format is for Excel. The
   * writer is flushed, not closed.
   *
   * @param out the writer, not null
   * @param format the language and CSV form, not null
   * @throws IllegalArgumentException if a value cannot be held by a cell; nothing is written then
   * @throws IOException if the writer fails
   */
  public void writeCsv(Writer out, TableFormat format) throws IOException {
    CsvRows.write(rows(strategies(), format.language(), true), out, format);
  }

  /**
   * Writes the table as an XLSX workbook: one sheet per strategy, a bold frozen header row, numbers
   * as numeric cells. Needs the optional dependency {@code org.dhatim:fastexcel}. The stream is
   * flushed, not closed.
   *
   * @param out the stream, not null
   * @param format the language, not null
   * @throws IllegalArgumentException if a value cannot be held by a cell; nothing is written then
   * @throws IllegalStateException if fastexcel is missing
   * @throws IOException if the stream fails
   */
  public void writeXlsx(OutputStream out, TableFormat format) throws IOException {
    TableFormat.Language language = format.language();
    List<XlsxRows.SheetOut> sheets = new ArrayList<>();
    for (int i = 0; i < strategies().size(); i++) {
      Strategy s = strategies().get(i);
      String name = s.number().isEmpty() && s.title().isEmpty() ? Words.INDICATOR_ROW.in(language)
          : Words.STRATEGY_ROW.in(language) + " " + s.number();
      sheets.add(new XlsxRows.SheetOut(name, rows(List.of(s), language, i == 0)));
    }
    if (sheets.isEmpty()) {
      sheets.add(new XlsxRows.SheetOut(Words.INDICATOR_ROW.in(language), rows(List.of(), language, true)));
    }
    Xlsx.write(sheets, out);
  }

  // Reading.

  private static IndicatorTable read(List<Grid.Sheet> sheets, TableFormat format, boolean csv) {
    List<Strategy> strategies = new ArrayList<>();
    for (Grid.Sheet sheet : sheets) {
      int first = Grid.headerRow(sheet, csv);
      if (first < 0) {
        continue;
      }
      new SheetReader(sheet, first, format, strategies).read();
    }
    return of(strategies);
  }

  /** A node of the indicator tree being read: an indicator's builder and its components. */
  private static final class Node {
    final Indicator.Builder builder;
    final List<Node> components = new ArrayList<>();

    Node(Indicator.Builder builder) {
      this.builder = builder;
    }

    Indicator build() {
      components.forEach(c -> builder.addComponent(c.build()));
      return builder.build();
    }
  }

  /** Reads one sheet (or a CSV file) into strategies. */
  private static final class SheetReader {
    private final Grid.Sheet sheet;
    private final int headerIndex;
    private final TableFormat format;
    private final List<Strategy> out;
    private final Columns columns;
    private Strategy.Builder strategy;
    private final List<Node> indicators = new ArrayList<>();
    private final List<Node> path = new ArrayList<>();

    SheetReader(Grid.Sheet sheet, int headerIndex, TableFormat format, List<Strategy> out) {
      this.sheet = sheet;
      this.headerIndex = headerIndex;
      this.format = format;
      this.out = out;
      this.columns = Columns.of(sheet.rows().get(headerIndex), IndicatorTable::identify);
    }

    void read() {
      Grid.Row header = columns.header();
      if (!columns.has(ITEM)) {
        throw new TableFormatException("the table has no column รายการ (item) or ตัวชี้วัด (indicator)",
            header.sheet(), header.number(), -1, "", null);
      }
      for (Grid.Row row : sheet.rows().subList(headerIndex + 1, sheet.rows().size())) {
        if (row.isBlank()) {
          continue;
        }
        Columns.Cells cells = columns.cells(row);
        cells.checkWidth();
        String kind = cells.text(ROW).strip();
        if (Words.STRATEGY_ROW.matches(kind)) {
          cells.checkOnly("a strategy row", List.of(ROW, NUMBER, ITEM, ALIGNMENT));
          finish();
          strategy = Strategy.builder().number(cells.text(NUMBER)).title(cells.text(ITEM))
              .addAllAlignment(links(cells));
        } else if (Words.GOAL_ROW.matches(kind)) {
          cells.checkOnly("a goal row", List.of(ROW, NUMBER, ITEM, ALIGNMENT));
          Goal.Builder g = Goal.builder().text(cells.text(ITEM)).addAllAlignment(links(cells));
          cells.optionalText(NUMBER).ifPresent(g::number);
          current().addGoal(g.build());
        } else {
          int depth = depth(kind, cells);
          Node node = new Node(indicator(cells));
          if (depth == 0) {
            current();
            indicators.add(node);
          } else if (path.size() < depth) {
            throw cells.error("a component (" + kind + ") needs an indicator one level up above it", ROW, null);
          } else {
            path.get(depth - 1).components.add(node);
          }
          while (path.size() > depth) {
            path.remove(path.size() - 1);
          }
          path.add(node);
        }
      }
      finish();
    }

    private Strategy.Builder current() {
      if (strategy == null) {
        strategy = Strategy.builder().number("").title("");
      }
      return strategy;
    }

    private void finish() {
      if (strategy != null) {
        indicators.forEach(n -> strategy.addIndicator(n.build()));
        out.add(strategy.build());
      }
      strategy = null;
      indicators.clear();
      path.clear();
    }

    private static int depth(String kind, Columns.Cells cells) {
      if (kind.isEmpty() || Words.INDICATOR_ROW.matches(kind)) {
        return 0;
      }
      String key = Words.key(kind);
      for (String w : List.of(Words.COMPONENT_ROW.thai(), Words.COMPONENT_ROW.english())) {
        String prefix = Words.key(w);
        if (key.startsWith(prefix)) {
          String level = key.substring(prefix.length());
          if (level.isEmpty()) {
            return 1;
          }
          if (level.matches("[1-9][0-9]?")) {
            return Integer.parseInt(level);
          }
        }
      }
      throw cells.error("not a kind of row (กลยุทธ์, เป้าประสงค์, ตัวชี้วัด, ตัวชี้วัดย่อย, ตัวชี้วัดย่อย 2 …"
          + " / strategy, goal, indicator, component, component 2 …): " + Grid.quoted(kind), ROW, null);
    }

    private static List<io.github.eduplan.model.AlignmentLink> links(Columns.Cells cells) {
      try {
        return ListCells.links(cells.lines(ALIGNMENT));
      } catch (IllegalArgumentException e) {
        throw cells.error(e.getMessage(), ALIGNMENT, e);
      }
    }

    private Indicator.Builder indicator(Columns.Cells cells) {
      Indicator.Builder b = Indicator.builder().text(cells.text(ITEM));
      cells.optionalText(NUMBER).ifPresent(b::code);
      cells.optionalText(GOAL).ifPresent(b::goal);
      cells.optionalText(GUIDELINE).ifPresent(b::guideline);
      // A cell of only invisible characters (no-break spaces, U+200B) is as empty as a blank one.
      Optional<Unit> unit = cells.optionalText(UNIT).filter(u -> !VisibleText.isBlank(u)).map(Unit::of);
      unit.ifPresent(b::unit);
      Optional<MeasureKind> kind = Optional.empty();
      if (!cells.isBlank(MEASURE)) {
        kind = Optional.of(Words.lookUp(Words.MEASURES, cells.text(MEASURE)).orElseThrow(() -> cells.error(
            "not a measure kind (" + Words.listed(Words.MEASURES) + "): " + Grid.quoted(cells.text(MEASURE)), MEASURE, null)));
      }
      Optional<OrdinalScale> scale = Optional.empty();
      if (!cells.isBlank(SCALE)) {
        try {
          scale = Optional.of(ListCells.scale(cells.lines(SCALE)));
        } catch (IllegalArgumentException e) {
          throw cells.error(e.getMessage(), SCALE, e);
        }
      }
      boolean levelUnit = unit.filter(Unit.LEVEL::equals).isPresent();
      ValueCells.Context context = new ValueCells.Context(
          kind.filter(MeasureKind.ORDINAL::equals).isPresent() || levelUnit, scale);
      List<IndicatorValue> values = new ArrayList<>();
      List<Baseline> baselines = new ArrayList<>();
      for (String key : columns.keys()) {
        if (key.startsWith("baseline:")) {
          String[] parts = key.split(":");
          value(cells, key, context).ifPresent(v -> {
            values.add(v);
            baselines.add(Baseline.builder().year(Integer.parseInt(parts[1])).basis(YearBasis.valueOf(parts[2]))
                .value(v).build());
          });
        } else if (key.startsWith("target:")) {
          int year = Integer.parseInt(key.substring("target:".length()));
          Optional<Target> target = target(cells, key, "written:" + year, context);
          target.ifPresent(t -> b.putTarget(FiscalYear.of(year), t));
          target.ifPresent(t -> values.add(t.value()));
        } else if (key.startsWith("written:") && !cells.isBlank(key) && !columns.has("target:" + key.substring(8))) {
          throw cells.error("a target as written needs its target column", key, null);
        }
      }
      // In year order, as the table holds them (and writes them), whatever the order of the columns.
      baselines.sort(BASELINE_ORDER);
      b.addAllBaselines(baselines);
      target(cells, TEXT_TARGET, TEXT_TARGET_WRITTEN, context).ifPresent(b::targetInText);
      if (!cells.isBlank(DIRECTION)) {
        b.direction(Words.lookUp(Words.DIRECTIONS, cells.text(DIRECTION)).orElseThrow(() -> cells.error(
            "not a direction (" + Words.listed(Words.DIRECTIONS) + "): " + Grid.quoted(cells.text(DIRECTION)),
            DIRECTION, null)));
      } else {
        b.direction(format.defaultDirection().orElseThrow(() -> cells.error("the row gives no direction (ทิศทาง),"
            + " and the library does not guess one: fill it in, or read with TableFormat.withDefaultDirection",
            DIRECTION, null)));
      }
      MeasureKind measure = kind.orElseGet(() -> inferredKind(unit, values));
      b.measureKind(measure);
      if (scale.isPresent()) {
        b.scale(scale.get());
      } else if (!columns.has(SCALE) && measure == MeasureKind.ORDINAL
          && values.stream().anyMatch(v -> v.kind() == IndicatorValue.Kind.LEVEL)
          && values.stream().allMatch(v -> !(v instanceof IndicatorValue.Level l)
              || OrdinalScale.QUALITY.contains(l.level()))) {
        // A table without the scale column, as people type it: levels on the quality scale are on it.
        b.scale(OrdinalScale.QUALITY);
      }
      b.addAllResponsibleUnits(cells.lines(UNITS));
      try {
        b.addAllAlignment(ListCells.links(cells.lines(ALIGNMENT)));
      } catch (IllegalArgumentException e) {
        throw cells.error(e.getMessage(), ALIGNMENT, e);
      }
      cells.optionalText(NOTE).ifPresent(b::note);
      return b;
    }

    private static Optional<IndicatorValue> value(Columns.Cells cells, String key, ValueCells.Context context) {
      try {
        return ValueCells.read(cells.raw(key), context);
      } catch (ValueCells.Refused | IllegalArgumentException e) {
        throw cells.error(e.getMessage(), key, e);
      }
    }

    private static Optional<Target> target(Columns.Cells cells, String key, String writtenKey,
        ValueCells.Context context) {
      Optional<Target> target;
      try {
        target = ValueCells.readTarget(cells.raw(key), context);
      } catch (ValueCells.Refused | IllegalArgumentException e) {
        throw cells.error(e.getMessage(), key, e);
      }
      Optional<String> written = cells.optionalText(writtenKey);
      if (written.isPresent()) {
        if (target.isEmpty()) {
          throw cells.error("a target as written needs the target itself in its own column", writtenKey, null);
        }
        return Optional.of(Target.builder().from(target.get()).asWritten(written.get()).build());
      }
      return target;
    }
  }

  private static MeasureKind inferredKind(Optional<Unit> unit, List<IndicatorValue> values) {
    if (unit.filter(Unit::isPercent).isPresent()) {
      return MeasureKind.PERCENTAGE;
    }
    if (unit.filter(Unit.LEVEL::equals).isPresent()) {
      return MeasureKind.ORDINAL;
    }
    boolean yesNo = values.stream().anyMatch(v -> v.kind() == IndicatorValue.Kind.YES_NO)
        && values.stream().allMatch(v -> v.kind() == IndicatorValue.Kind.YES_NO
            || v.kind() == IndicatorValue.Kind.NOT_AVAILABLE);
    return yesNo ? MeasureKind.YES_NO : MeasureKind.QUANTITY;
  }

  /** The key of a header: a fixed column, a baseline or target year, or empty for an unknown one. */
  static Optional<String> identify(String header) {
    for (List<Column> group : List.of(FIXED, LAST, List.of(TEXT_TARGET_COLUMN, TEXT_TARGET_WRITTEN_COLUMN))) {
      for (Column c : group) {
        if (c.header().matches(header)) {
          return Optional.of(c.key());
        }
      }
    }
    if (Words.word("ตัวชี้วัด", "indicator").matches(header)) {
      return Optional.of(ITEM);
    }
    String key = Words.key(header);
    boolean baseline = key.contains("พื้นฐาน") || key.contains("base");
    boolean target = key.contains("เป้าหมาย") || key.contains("target");
    if (!baseline && !target) {
      return Optional.empty();
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]{4})").matcher(key);
    int year = m.find() ? Integer.parseInt(m.group(1)) : -1;
    if (year < FiscalYear.MIN_YEAR || year > FiscalYear.MAX_YEAR) {
      throw new IllegalArgumentException("a baseline or target column needs a Buddhist Era year: " + Grid.quoted(header));
    }
    if (baseline) {
      YearBasis basis = key.contains(Words.key(FISCAL.thai())) || key.contains(FISCAL.english()) ? YearBasis.FISCAL
          : key.contains(Words.key(ACADEMIC.thai())) || key.contains(ACADEMIC.english()) ? YearBasis.ACADEMIC
          : YearBasis.UNSTATED;
      return Optional.of("baseline:" + year + ":" + basis);
    }
    boolean written = key.contains(Words.key(AS_WRITTEN.thai())) || key.contains(Words.key(AS_WRITTEN.english()));
    return Optional.of((written ? "written:" : "target:") + year);
  }

  // Writing.

  /** The rows of some strategies, header first; the first strategy's row is left out when it has no name. */
  private static List<List<Grid.Out>> rows(List<Strategy> strategies, TableFormat.Language language, boolean first) {
    boolean textTarget = false;
    boolean textTargetWritten = false;
    List<Indicator> all = new ArrayList<>();
    strategies.forEach(s -> s.indicators().forEach(i -> flatten(i, all)));
    TreeSet<Integer> targetYears = new TreeSet<>();
    TreeSet<Integer> writtenYears = new TreeSet<>();
    TreeSet<String> baselines = new TreeSet<>();
    for (Indicator i : all) {
      i.baselines().forEach(bl -> baselines.add(baselineKey(bl)));
      i.targets().forEach((y, t) -> {
        targetYears.add(y.buddhistEraYear());
        if (t.asWritten().isPresent()) {
          writtenYears.add(y.buddhistEraYear());
        }
      });
      textTarget |= i.targetInText().isPresent();
      textTargetWritten |= i.targetInText().flatMap(Target::asWritten).isPresent();
    }
    List<String> keys = new ArrayList<>();
    List<Grid.Out> head = new ArrayList<>();
    for (Column c : FIXED) {
      keys.add(c.key());
      head.add(Grid.text(c.header().in(language)));
    }
    for (String key : baselines) {
      String[] parts = key.split(":");
      YearBasis basis = YearBasis.values()[Integer.parseInt(parts[1])];
      keys.add("baseline:" + parts[0] + ":" + basis);
      String basisWord = basis == YearBasis.FISCAL ? " " + FISCAL.in(language)
          : basis == YearBasis.ACADEMIC ? " " + ACADEMIC.in(language) : "";
      head.add(Grid.text(BASELINE.in(language) + basisWord + " " + parts[0]));
    }
    for (int year : targetYears) {
      keys.add("target:" + year);
      head.add(Grid.text(TARGET.in(language) + " " + year));
      if (writtenYears.contains(year)) {
        keys.add("written:" + year);
        head.add(Grid.text(TARGET.in(language) + " " + year + " " + AS_WRITTEN.in(language)));
      }
    }
    if (textTarget) {
      keys.add(TEXT_TARGET);
      head.add(Grid.text(TEXT_TARGET_COLUMN.header().in(language)));
    }
    if (textTargetWritten) {
      keys.add(TEXT_TARGET_WRITTEN);
      head.add(Grid.text(TEXT_TARGET_WRITTEN_COLUMN.header().in(language)));
    }
    for (Column c : LAST) {
      keys.add(c.key());
      head.add(Grid.text(c.header().in(language)));
    }
    List<List<Grid.Out>> rows = new ArrayList<>();
    rows.add(head);
    for (int s = 0; s < strategies.size(); s++) {
      Strategy strategy = strategies.get(s);
      String where = strategy.number().isEmpty() ? "" : "strategy " + strategy.number() + ": ";
      try {
        boolean unnamed = strategy.number().isEmpty() && strategy.title().isEmpty() && strategy.alignment().isEmpty();
        if (!(first && s == 0 && unnamed && !(strategy.goals().isEmpty() && strategy.indicators().isEmpty()))) {
          RowOut r = new RowOut(keys);
          r.put(ROW, Grid.text(Words.STRATEGY_ROW.in(language)));
          r.put(NUMBER, Grid.text(strategy.number()));
          r.put(ITEM, Grid.text(strategy.title()));
          r.put(ALIGNMENT, ListCells.writeLinks(strategy.alignment(), language));
          rows.add(r.cells());
        }
        for (Goal g : strategy.goals()) {
          RowOut r = new RowOut(keys);
          r.put(ROW, Grid.text(Words.GOAL_ROW.in(language)));
          r.put(NUMBER, Grid.optional(g.number()));
          r.put(ITEM, Grid.text(g.text()));
          r.put(ALIGNMENT, ListCells.writeLinks(g.alignment(), language));
          rows.add(r.cells());
        }
        for (Indicator i : strategy.indicators()) {
          indicatorRows(i, 0, keys, language, rows, where);
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + e.getMessage(), e);
      }
    }
    return rows;
  }

  /** The order of the baselines a table holds: by year, then by year basis. */
  private static final java.util.Comparator<Baseline> BASELINE_ORDER =
      java.util.Comparator.comparingInt(Baseline::year).thenComparing(Baseline::basis);

  private static String baselineKey(Baseline b) {
    return b.year() + ":" + b.basis().ordinal();
  }

  private static void flatten(Indicator i, List<Indicator> out) {
    out.add(i);
    i.components().forEach(c -> flatten(c, out));
  }

  /** One row being written, its cells placed by column key. */
  private static final class RowOut {
    private final List<String> keys;
    private final Grid.Out[] cells;

    RowOut(List<String> keys) {
      this.keys = keys;
      this.cells = new Grid.Out[keys.size()];
    }

    void put(String key, Grid.Out cell) {
      int index = keys.indexOf(key);
      if (index < 0) {
        throw new IllegalStateException("no column " + key);
      }
      cells[index] = cell;
    }

    List<Grid.Out> cells() {
      List<Grid.Out> out = new ArrayList<>(cells.length);
      for (Grid.Out c : cells) {
        out.add(c == null ? Grid.BLANK : c);
      }
      return out;
    }
  }

  private static void indicatorRows(Indicator i, int depth, List<String> keys, TableFormat.Language language,
      List<List<Grid.Out>> rows, String where) {
    String name = "indicator " + i.code().orElse(i.text().length() > 30 ? i.text().substring(0, 30) + "…" : i.text());
    try {
      RowOut r = new RowOut(keys);
      r.put(ROW, Grid.text(depth == 0 ? Words.INDICATOR_ROW.in(language)
          : Words.COMPONENT_ROW.in(language) + (depth == 1 ? "" : " " + depth)));
      r.put(NUMBER, Grid.optional(i.code()));
      r.put(ITEM, Grid.text(i.text()));
      r.put(GOAL, Grid.optional(i.goal()));
      r.put(GUIDELINE, Grid.optional(i.guideline()));
      r.put(UNIT, i.unit().map(u -> (Grid.Out) Grid.text(u.text())).orElse(Grid.BLANK));
      r.put(MEASURE, Grid.text(Words.MEASURES.get(i.measureKind()).in(language)));
      r.put(DIRECTION, Grid.text(Words.DIRECTIONS.get(i.direction()).in(language)));
      r.put(SCALE, i.scale().map(s -> (Grid.Out) ListCells.writeScale(s)).orElse(Grid.BLANK));
      ValueCells.Context context = new ValueCells.Context(i.measureKind() == MeasureKind.ORDINAL
          || i.unit().filter(Unit.LEVEL::equals).isPresent(), i.scale());
      List<Baseline> ordered = new ArrayList<>(i.baselines());
      ordered.sort(BASELINE_ORDER);
      for (int k = 0; k < ordered.size(); k++) {
        if (!ordered.get(k).equals(i.baselines().get(k))
            || k > 0 && baselineKey(ordered.get(k)).equals(baselineKey(ordered.get(k - 1)))) {
          throw new IllegalArgumentException("a table holds baselines in year order, one per year and basis: "
              + i.baselines().stream().map(b -> b.year() + " " + b.basis()).toList());
        }
      }
      for (Baseline b : i.baselines()) {
        r.put("baseline:" + b.year() + ":" + b.basis(), ValueCells.write(b.value(), context, language));
      }
      i.targets().forEach((year, t) -> {
        r.put("target:" + year.buddhistEraYear(), ValueCells.writeTarget(t, context, language));
        t.asWritten().ifPresent(w -> r.put("written:" + year.buddhistEraYear(), Grid.optional(Optional.of(w))));
      });
      i.targetInText().ifPresent(t -> {
        r.put(TEXT_TARGET, ValueCells.writeTarget(t, context, language));
        t.asWritten().ifPresent(w -> r.put(TEXT_TARGET_WRITTEN, Grid.optional(Optional.of(w))));
      });
      r.put(UNITS, ListCells.write(i.responsibleUnits(), "responsible units"));
      r.put(ALIGNMENT, ListCells.writeLinks(i.alignment(), language));
      r.put(NOTE, Grid.optional(i.note()));
      rows.add(r.cells());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
    for (Indicator c : i.components()) {
      indicatorRows(c, depth + 1, keys, language, rows, where);
    }
  }
}
