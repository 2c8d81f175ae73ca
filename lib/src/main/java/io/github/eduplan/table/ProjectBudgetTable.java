package io.github.eduplan.table;

import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Person;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.StatedTotal;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.TotalScope;
import io.github.eduplan.time.Quarter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The project budget table of an action plan (แผนการใช้จ่ายงบประมาณรายไตรมาส) as planning staff keep
 * it in Excel, read from and written to CSV and XLSX: one row per project, then one row per stated
 * total, in one flat table that Excel can sort, filter and sum.
 *
 * <pre>
 * ที่ | โครงการ | กลยุทธ์ | แผนงาน | งบประมาณ | ไตรมาส 1 | ไตรมาส 2 | ไตรมาส 3 | ไตรมาส 4 |
 *   ไตรมาสที่ดำเนินการ | ระยะเวลา | ผู้รับผิดชอบ | ตำแหน่ง | กลุ่มงาน | แหล่งงบประมาณ | ความสอดคล้อง | จำนวนโครงการ
 * </pre>
 *
 * <p><b>What the table covers.</b> Every project with its number, title, strategy number, budget
 * program, budget, quarterly plan, active quarters, period, responsible people (with positions),
 * group, budget source and alignment links — not its objectives, quantitative and qualitative
 * targets and success indicators, which are the project's own write-up ({@link #of} leaves them
 * out) — and every stated total of every scope. A total row has รวม in ที่, its label in โครงการ, its
 * amount in งบประมาณ and its project count in จำนวนโครงการ; its key sits in the column of its scope:
 * กลยุทธ์ (strategy), แผนงาน (program), กลุ่มงาน (group), ไตรมาสที่ดำเนินการ (quarter) or
 * ความสอดคล้อง (an alignment item); with no key it is the whole plan's. Reading what was written gives
 * an equal table, in CSV and XLSX alike.
 *
 * <p>Reading also accepts the printed form: a row with a blank ที่ whose โครงการ reads
 * "กลยุทธ์ที่ N …" sets the strategy of the projects below it when the table has no กลยุทธ์ column,
 * and a row with a blank ที่ whose โครงการ starts with รวม is a plan total. This type is immutable and
 * thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class ProjectBudgetTable {
  static final String NUMBER = "number";
  static final String TITLE = "title";
  static final String STRATEGY = "strategy";
  static final String PROGRAM = "program";
  static final String BUDGET = "budget";
  static final String ACTIVE = "active";
  static final String PERIOD = "period";
  static final String PEOPLE = "people";
  static final String POSITIONS = "positions";
  static final String GROUP = "group";
  static final String SOURCE = "source";
  static final String ALIGNMENT = "alignment";
  static final String COUNT = "count";
  private static final List<String> QUARTERS = List.of("q1", "q2", "q3", "q4");
  private static final Pattern STRATEGY_ROW = Pattern.compile("^กลยุทธ์ที่\\s*([0-9๐-๙]+)\\s*(.*)$", Pattern.DOTALL);

  private static final List<IndicatorTable.Column> COLUMNS = List.of(
      new IndicatorTable.Column(NUMBER, Words.word("ที่", "number")),
      new IndicatorTable.Column(TITLE, Words.word("โครงการ", "project")),
      new IndicatorTable.Column(STRATEGY, Words.word("กลยุทธ์", "strategy")),
      new IndicatorTable.Column(PROGRAM, Words.word("แผนงาน", "program")),
      new IndicatorTable.Column(BUDGET, Words.word("งบประมาณ", "budget")),
      new IndicatorTable.Column("q1", Words.word("ไตรมาส 1", "quarter 1")),
      new IndicatorTable.Column("q2", Words.word("ไตรมาส 2", "quarter 2")),
      new IndicatorTable.Column("q3", Words.word("ไตรมาส 3", "quarter 3")),
      new IndicatorTable.Column("q4", Words.word("ไตรมาส 4", "quarter 4")),
      new IndicatorTable.Column(ACTIVE, Words.word("ไตรมาสที่ดำเนินการ", "active quarters")),
      new IndicatorTable.Column(PERIOD, Words.word("ระยะเวลา", "period")),
      new IndicatorTable.Column(PEOPLE, Words.word("ผู้รับผิดชอบ", "responsible people")),
      new IndicatorTable.Column(POSITIONS, Words.word("ตำแหน่ง", "positions")),
      new IndicatorTable.Column(GROUP, Words.word("กลุ่มงาน", "group")),
      new IndicatorTable.Column(SOURCE, Words.word("แหล่งงบประมาณ", "budget source")),
      new IndicatorTable.Column(ALIGNMENT, Words.word("ความสอดคล้อง", "alignment")),
      new IndicatorTable.Column(COUNT, Words.word("จำนวนโครงการ", "project count")));
  /** Where a total's key is written, by scope. */
  private static final Map<TotalScope, String> KEY_COLUMNS = new java.util.EnumMap<>(Map.of(
      TotalScope.STRATEGY, STRATEGY, TotalScope.PROGRAM, PROGRAM, TotalScope.GROUP, GROUP,
      TotalScope.QUARTER, ACTIVE, TotalScope.ALIGNMENT_ITEM, ALIGNMENT));

  ProjectBudgetTable() {}

  /**
   * Returns the projects, in row order, with what the table covers of each.
   *
   * @return the projects, not null
   */
  public abstract List<Project> projects();

  /**
   * Returns the stated totals (the รวม rows), of every scope, in row order.
   *
   * @return the totals, not null
   */
  public abstract List<StatedTotal> statedTotals();

  @Value.Check
  ProjectBudgetTable covered() {
    if (projects().stream().allMatch(p -> p.objectives().isEmpty() && p.quantitativeTargets().isEmpty()
        && p.qualitativeTargets().isEmpty() && p.successIndicators().isEmpty())) {
      return this;
    }
    return ImmutableProjectBudgetTable.builder().statedTotals(statedTotals()).projects(projects().stream()
        .map(p -> Project.builder().from(p).objectives(List.of()).quantitativeTargets(List.of())
            .qualitativeTargets(List.of()).successIndicators(List.of()).build()).toList()).build();
  }

  /**
   * Returns a table of projects and stated totals, without what the table does not cover.
   *
   * @param projects the projects, not null
   * @param statedTotals the totals, not null
   * @return the table, not null
   */
  public static ProjectBudgetTable of(List<Project> projects, List<StatedTotal> statedTotals) {
    return ImmutableProjectBudgetTable.builder().projects(projects).statedTotals(statedTotals).build();
  }

  /**
   * Returns the table of a plan's projects and stated totals.
   *
   * @param plan the plan, not null
   * @return the table, not null
   */
  public static ProjectBudgetTable of(StrategicPlan plan) {
    return of(plan.projects(), plan.statedTotals());
  }

  /**
   * Reads the table from CSV bytes: UTF-8 with or without a byte-order mark, CRLF or LF. The stream
   * is not closed.
   *
   * @param in the CSV file, not null
   * @param format the format (reading uses none of it but accepts both languages), not null
   * @return the table, not null
   * @throws TableFormatException if the file or a cell cannot be read; it names the row and column
   * @throws IOException if the stream fails
   */
  public static ProjectBudgetTable readCsv(InputStream in, TableFormat format) throws IOException {
    return read(List.of(CsvRows.read(in)), true);
  }

  /**
   * Reads the table from CSV text; a leading byte-order mark is skipped. The reader is not closed.
   *
   * @param in the CSV text, not null
   * @param format the format (reading uses none of it but accepts both languages), not null
   * @return the table, not null
   * @throws TableFormatException if a cell cannot be read; it names the row and column
   * @throws IOException if the reader fails
   */
  public static ProjectBudgetTable readCsv(Reader in, TableFormat format) throws IOException {
    return read(List.of(CsvRows.read(in)), true);
  }

  /**
   * Reads the table from an XLSX workbook, every sheet in order. Amounts may be numeric or text
   * cells, in Thai or Arabic digits. Needs the optional dependency
   * {@code org.dhatim:fastexcel-reader}. The stream is not closed.
   *
   * @param in the XLSX file, not null
   * @param format the format (reading uses none of it but accepts both languages), not null
   * @return the table, not null
   * @throws TableFormatException if the file or a cell cannot be read; it names the sheet, row and
   *     column
   * @throws IllegalStateException if fastexcel-reader is missing
   * @throws IOException if the stream fails
   */
  public static ProjectBudgetTable readXlsx(InputStream in, TableFormat format) throws IOException {
    return read(Xlsx.read(in), false);
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
    CsvRows.write(rows(format.language()), out, format);
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
    CsvRows.write(rows(format.language()), out, format);
  }

  /**
   * Writes the table as an XLSX workbook of one sheet: a bold frozen header row, amounts as numeric
   * cells with a thousands separator and two decimals. Needs the optional dependency
   * {@code org.dhatim:fastexcel}. The stream is flushed, not closed.
   *
   * @param out the stream, not null
   * @param format the language, not null
   * @throws IllegalArgumentException if a value cannot be held by a cell; nothing is written then
   * @throws IllegalStateException if fastexcel is missing
   * @throws IOException if the stream fails
   */
  public void writeXlsx(OutputStream out, TableFormat format) throws IOException {
    Xlsx.write(List.of(new XlsxRows.SheetOut(Words.word("โครงการ", "projects").in(format.language()),
        rows(format.language()))), out);
  }

  // Reading.

  static Optional<String> identify(String header) {
    for (IndicatorTable.Column c : COLUMNS) {
      if (c.header().matches(header)) {
        return Optional.of(c.key());
      }
    }
    String key = Words.key(header);
    Matcher q = Pattern.compile("^(?:ไตรมาสที่|ไตรมาส|quarter|q)([0-9]+)$").matcher(key);
    if (q.matches()) {
      int n = Integer.parseInt(q.group(1).length() > 2 ? "0" : q.group(1));
      if (n < 1 || n > 4) {
        throw new IllegalArgumentException("a quarter column is ไตรมาส 1 to ไตรมาส 4: " + Grid.quoted(header));
      }
      return Optional.of("q" + n);
    }
    if (key.startsWith("ไตรมาส") && !key.startsWith(Words.key("ไตรมาสที่ดำเนินการ"))) {
      throw new IllegalArgumentException("a quarter column is ไตรมาส 1 to ไตรมาส 4: " + Grid.quoted(header));
    }
    return Optional.empty();
  }

  private static ProjectBudgetTable read(List<Grid.Sheet> sheets, boolean csv) {
    List<Project> projects = new ArrayList<>();
    List<StatedTotal> totals = new ArrayList<>();
    for (Grid.Sheet sheet : sheets) {
      int first = Grid.headerRow(sheet, csv);
      if (first < 0) {
        continue;
      }
      readSheet(sheet, first, projects, totals);
    }
    return of(projects, totals);
  }

  private static void readSheet(Grid.Sheet sheet, int headerIndex, List<Project> projects, List<StatedTotal> totals) {
    Columns columns = Columns.of(sheet.rows().get(headerIndex), ProjectBudgetTable::identify);
    if (!columns.has(NUMBER) || !columns.has(TITLE) || !columns.has(BUDGET)) {
      Grid.Row h = columns.header();
      throw new TableFormatException("the table needs the columns ที่ (number), โครงการ (project) and"
          + " งบประมาณ (budget)", h.sheet(), h.number(), -1, "", null);
    }
    Optional<String> printedStrategy = Optional.empty();
    for (Grid.Row row : sheet.rows().subList(headerIndex + 1, sheet.rows().size())) {
      if (row.isBlank()) {
        continue;
      }
      Columns.Cells cells = columns.cells(row);
      cells.checkWidth();
      String number = cells.raw(NUMBER);
      String title = cells.text(TITLE);
      if (number.isBlank()) {
        Matcher s = STRATEGY_ROW.matcher(title.strip());
        if (!columns.has(STRATEGY) && s.matches()) {
          printedStrategy = Optional.of(s.group(1));
          continue;
        }
        if (title.strip().startsWith(Words.TOTAL.thai())) {
          totals.add(total(cells, Optional.of(title.strip())));
          continue;
        }
        throw cells.error("a project row needs its number in ที่ (number); a total row has รวม (total) there",
            NUMBER, null);
      }
      if (!Grid.isLiteral(number) && Words.TOTAL.matches(number)) {
        totals.add(total(cells, cells.optionalText(TITLE)));
      } else {
        projects.add(project(cells, printedStrategy));
      }
    }
  }

  private static StatedTotal total(Columns.Cells cells, Optional<String> label) {
    StatedTotal.Builder b = StatedTotal.builder();
    label.ifPresent(b::label);
    b.amount(amount(cells, BUDGET).orElseThrow(() -> cells.error("a total row needs its amount", BUDGET, null)));
    TotalScope scope = TotalScope.PLAN;
    for (Map.Entry<TotalScope, String> e : KEY_COLUMNS.entrySet()) {
      Optional<String> key = cells.optionalText(e.getValue());
      if (key.isPresent()) {
        if (scope != TotalScope.PLAN) {
          throw cells.error("a total row has its key in one column only: the column of its scope", e.getValue(), null);
        }
        scope = e.getKey();
        b.key(key.get());
      }
    }
    b.scope(scope);
    if (!cells.isBlank(COUNT)) {
      try {
        b.projectCount(io.github.eduplan.time.ThaiDigits.parseInt(cells.text(COUNT)));
      } catch (NumberFormatException e) {
        throw cells.error("not a number of projects: " + Grid.quoted(cells.text(COUNT)), COUNT, e);
      }
    }
    cells.checkOnly("a total row", List.of(NUMBER, TITLE, BUDGET, COUNT, STRATEGY, PROGRAM, GROUP, ACTIVE, ALIGNMENT));
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw cells.error(e.getMessage(), COUNT, e);
    }
  }

  private static Project project(Columns.Cells cells, Optional<String> printedStrategy) {
    if (!cells.isBlank(COUNT)) {
      throw cells.error("a project row has no project count; only a total row has", COUNT, null);
    }
    Project.Builder p = Project.builder().number(cells.text(NUMBER)).title(cells.text(TITLE));
    Optional<String> strategy = cells.optionalText(STRATEGY);
    strategy.or(() -> printedStrategy).ifPresent(p::strategy);
    cells.optionalText(PROGRAM).ifPresent(p::program);
    amount(cells, BUDGET).ifPresent(p::budget);
    List<Optional<Baht>> quarters = new ArrayList<>();
    for (String q : QUARTERS) {
      quarters.add(amount(cells, q));
    }
    if (quarters.stream().anyMatch(Optional::isPresent)) {
      p.quarterlyPlan(QuarterlyBudget.of(quarters.get(0).orElse(Baht.ZERO), quarters.get(1).orElse(Baht.ZERO),
          quarters.get(2).orElse(Baht.ZERO), quarters.get(3).orElse(Baht.ZERO)));
    }
    try {
      p.addAllActiveQuarters(ListCells.quarters(cells.text(ACTIVE)));
    } catch (IllegalArgumentException e) {
      throw cells.error(e.getMessage(), ACTIVE, e);
    }
    cells.optionalText(PERIOD).ifPresent(p::period);
    List<String> names = cells.lines(PEOPLE);
    List<String> positions = ListCells.allLines(cells.text(POSITIONS));
    if (positions.size() > names.size()) {
      throw cells.error("there are " + positions.size() + " positions for " + names.size()
          + " responsible people: one position a line, in the order of the names", POSITIONS, null);
    }
    for (int k = 0; k < names.size(); k++) {
      Person.Builder person = Person.builder().name(names.get(k));
      if (k < positions.size() && !positions.get(k).isEmpty()) {
        person.position(positions.get(k));
      }
      try {
        p.addResponsiblePeople(person.build());
      } catch (IllegalArgumentException e) {
        throw cells.error(e.getMessage(), PEOPLE, e);
      }
    }
    cells.optionalText(GROUP).ifPresent(p::group);
    cells.optionalText(SOURCE).ifPresent(p::budgetSource);
    try {
      p.addAllAlignment(ListCells.links(cells.lines(ALIGNMENT)));
    } catch (IllegalArgumentException e) {
      throw cells.error(e.getMessage(), ALIGNMENT, e);
    }
    return p.build();
  }

  /** An amount; blank and "-" are none. */
  private static Optional<Baht> amount(Columns.Cells cells, String key) {
    String s = cells.text(key).strip();
    if (s.isEmpty() || s.equals("-") || s.equals("–") || s.equals("—")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Baht.parse(s));
    } catch (IllegalArgumentException e) {
      throw cells.error("not an amount of baht: " + Grid.quoted(s), key, e);
    }
  }

  // Writing.

  private List<List<Grid.Out>> rows(TableFormat.Language language) {
    List<String> keys = COLUMNS.stream().map(IndicatorTable.Column::key).toList();
    List<List<Grid.Out>> rows = new ArrayList<>();
    rows.add(COLUMNS.stream().map(c -> (Grid.Out) Grid.text(c.header().in(language))).toList());
    for (Project p : projects()) {
      Grid.Out[] r = blank(keys.size());
      try {
        // A number that reads as the total mark, or an empty one, is marked as literal text.
        r[keys.indexOf(NUMBER)] = new Grid.Text(p.number(), p.number().isBlank() || Words.TOTAL.matches(p.number()));
        r[keys.indexOf(TITLE)] = Grid.text(p.title());
        r[keys.indexOf(STRATEGY)] = Grid.optional(p.strategy());
        r[keys.indexOf(PROGRAM)] = Grid.optional(p.program());
        p.budget().ifPresent(b -> r[keys.indexOf(BUDGET)] = new Grid.Num(b.amount(), true));
        p.quarterlyPlan().ifPresent(q -> {
          for (Quarter quarter : Quarter.values()) {
            r[keys.indexOf(QUARTERS.get(quarter.ordinal()))] = new Grid.Num(q.amount(quarter).amount(), true);
          }
        });
        r[keys.indexOf(ACTIVE)] = ListCells.writeQuarters(p.activeQuarters());
        r[keys.indexOf(PERIOD)] = Grid.optional(p.period());
        List<String> names = new ArrayList<>();
        List<String> positions = new ArrayList<>();
        for (Person person : p.responsiblePeople()) {
          names.add(person.name());
          person.position().ifPresent(pos -> ListCells.checkItem(pos, "positions"));
          positions.add(person.position().orElse(""));
        }
        r[keys.indexOf(PEOPLE)] = ListCells.write(names, "responsible people");
        while (!positions.isEmpty() && positions.get(positions.size() - 1).isEmpty()) {
          positions.remove(positions.size() - 1);
        }
        r[keys.indexOf(POSITIONS)] = Grid.text(String.join("\n", positions));
        r[keys.indexOf(GROUP)] = Grid.optional(p.group());
        r[keys.indexOf(SOURCE)] = Grid.optional(p.budgetSource());
        r[keys.indexOf(ALIGNMENT)] = ListCells.writeLinks(p.alignment(), language);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("project " + p.number() + ": " + e.getMessage(), e);
      }
      rows.add(List.of(r));
    }
    for (StatedTotal t : statedTotals()) {
      Grid.Out[] r = blank(keys.size());
      r[keys.indexOf(NUMBER)] = Grid.text(Words.TOTAL.in(language));
      r[keys.indexOf(TITLE)] = Grid.optional(t.label());
      r[keys.indexOf(BUDGET)] = new Grid.Num(t.amount().amount(), true);
      if (t.scope() != TotalScope.PLAN) {
        r[keys.indexOf(KEY_COLUMNS.get(t.scope()))] = Grid.optional(t.key());
      }
      t.projectCount().ifPresent(n -> r[keys.indexOf(COUNT)] = new Grid.Num(java.math.BigDecimal.valueOf(n), false));
      rows.add(List.of(r));
    }
    return rows;
  }

  private static Grid.Out[] blank(int size) {
    Grid.Out[] r = new Grid.Out[size];
    java.util.Arrays.fill(r, Grid.BLANK);
    return r;
  }
}
