package io.github.eduplan.table;

import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Person;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.StatedTotal;
import io.github.eduplan.model.TotalScope;
import io.github.eduplan.time.Quarter;
import io.github.eduplan.time.ThaiDigits;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The project budget table of an action plan (แผนการใช้จ่ายงบประมาณรายไตรมาส) as planning staff keep
 * it in Excel, read from and written to CSV:
 *
 * <pre>
 * ที่ | โครงการ | งบประมาณ | ไตรมาส 1 | ไตรมาส 2 | ไตรมาส 3 | ไตรมาส 4 | ผู้รับผิดชอบ
 * </pre>
 *
 * <p>Reading: a row whose ที่ cell is blank and whose โครงการ cell starts with "กลยุทธ์ที่ N" sets the
 * strategy of the projects below it; a row whose ที่ or โครงการ cell starts with "รวม" is the plan's
 * stated total. Amounts may use Thai or Arabic digits, thousands separators and a trailing ".-"
 * ("10,000.-"); a blank or "-" budget is no budget, and a blank or "-" quarter is 0 when any other
 * quarter of the row has an amount (a row with four blank quarters has no quarterly plan). The
 * optional column ไตรมาสที่ดำเนินการ lists the active quarters ("1,2,4", "1 – 4"). ผู้รับผิดชอบ holds one
 * or more names separated by line breaks or commas; a blank cell means "the same people as the
 * row above", as in the printed plans, and "-" means nobody. A cell that is not an amount where one
 * is needed is an error naming its row and column.
 *
 * <p>Writing produces all of these columns, so {@code read(write(table))} gives the table back.
 * This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class ProjectBudgetTable {
  static final String NUMBER = "ที่";
  static final String PROJECT = "โครงการ";
  static final String BUDGET = "งบประมาณ";
  static final String ACTIVE = "ไตรมาสที่ดำเนินการ";
  static final String RESPONSIBLE = "ผู้รับผิดชอบ";
  private static final Pattern STRATEGY = Pattern.compile("^กลยุทธ์ที่\\s*([0-9๐-๙]+)\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern QUARTER_NUMBER = Pattern.compile("[1-4]");

  ProjectBudgetTable() {}

  /**
   * Returns the projects, in row order.
   *
   * @return the projects, not null
   */
  public abstract List<Project> projects();

  /**
   * Returns the totals the table states (its "รวม" rows) as plan totals.
   *
   * @return the totals, not null
   */
  public abstract List<StatedTotal> statedTotals();

  /**
   * Returns a table of projects and stated totals.
   *
   * @param projects the projects, not null
   * @param statedTotals the plan totals, not null
   * @return the table, not null
   */
  public static ProjectBudgetTable of(List<Project> projects, List<StatedTotal> statedTotals) {
    return ImmutableProjectBudgetTable.builder().projects(projects).statedTotals(statedTotals).build();
  }

  /**
   * Reads a project budget table from CSV. The reader is not closed.
   *
   * @param in the CSV text, not null
   * @return the table, not null
   * @throws TableFormatException if a column is missing or a cell cannot be read; it names the row
   *     and column
   * @throws IOException if the reader fails
   */
  public static ProjectBudgetTable read(Reader in) throws IOException {
    List<CsvRows.Row> rows = CsvRows.read(in);
    if (rows.isEmpty()) {
      throw new TableFormatException("the table has no header row", 1, -1, "", null);
    }
    CsvRows.Row header = rows.get(0);
    int[] quarterCols = {-1, -1, -1, -1};
    int numberCol = -1;
    int projectCol = -1;
    int budgetCol = -1;
    int activeCol = -1;
    int responsibleCol = -1;
    for (int c = 0; c < header.cells.size(); c++) {
      String h = header.cells.get(c).strip();
      if (h.equals(NUMBER)) {
        numberCol = c;
      } else if (h.startsWith(PROJECT)) {
        projectCol = c;
      } else if (h.startsWith(BUDGET)) {
        budgetCol = c;
      } else if (h.startsWith(ACTIVE)) {
        activeCol = c;
      } else if (h.startsWith("ไตรมาส")) {
        int q = quarterOf(h);
        if (q < 1) {
          throw new TableFormatException("a quarter column is ไตรมาส 1 to ไตรมาส 4: " + CsvRows.quoted(h),
              header.line, c + 1, h, null);
        }
        quarterCols[q - 1] = c;
      } else if (h.startsWith(RESPONSIBLE)) {
        responsibleCol = c;
      } else if (!h.isEmpty()) {
        throw new TableFormatException("unknown column " + CsvRows.quoted(h), header.line, c + 1, h, null);
      }
    }
    if (numberCol < 0 || projectCol < 0 || budgetCol < 0) {
      throw new TableFormatException("the table needs the columns ที่, โครงการ and งบประมาณ", header.line, -1, "", null);
    }
    List<Project> projects = new ArrayList<>();
    List<StatedTotal> totals = new ArrayList<>();
    Optional<String> strategy = Optional.empty();
    List<Person> lastPeople = List.of();
    for (CsvRows.Row row : rows.subList(1, rows.size())) {
      if (row.isBlank()) {
        continue;
      }
      String number = row.cell(numberCol).strip();
      String title = row.cell(projectCol).strip();
      Matcher s = STRATEGY.matcher(title);
      if (number.isEmpty() && s.matches()) {
        strategy = Optional.of(s.group(1));
        continue;
      }
      if (number.startsWith("รวม") || number.isEmpty() && title.startsWith("รวม")) {
        Optional<Baht> total = Cells.amount(row, budgetCol + 1, header.cell(budgetCol));
        if (total.isPresent()) {
          totals.add(StatedTotal.builder().scope(TotalScope.PLAN).amount(total.get())
              .label(number.isEmpty() ? title : number).build());
        }
        continue;
      }
      if (number.isEmpty()) {
        throw new TableFormatException("a project row needs its number in ที่", row.line, numberCol + 1, NUMBER, null);
      }
      Project.Builder p = Project.builder().number(number.endsWith(".") ? number.substring(0, number.length() - 1) : number)
          .title(title);
      strategy.ifPresent(p::strategy);
      Cells.amount(row, budgetCol + 1, header.cell(budgetCol)).ifPresent(p::budget);
      quarterly(row, header, quarterCols).ifPresent(p::quarterlyPlan);
      if (activeCol >= 0) {
        p.addAllActiveQuarters(activeQuarters(row.cell(activeCol)));
      }
      if (responsibleCol >= 0) {
        String cell = row.cell(responsibleCol).strip();
        List<Person> people = cell.isEmpty() ? lastPeople : cell.equals("-") ? List.of() : people(cell);
        p.addAllResponsiblePeople(people);
        lastPeople = people;
      }
      projects.add(p.build());
    }
    return of(projects, totals);
  }

  private static int quarterOf(String header) {
    Matcher m = Pattern.compile("([1-4๑-๔])\\s*$").matcher(header.strip());
    return m.find() ? Integer.parseInt(ThaiDigits.toArabic(m.group(1))) : -1;
  }

  private static Optional<QuarterlyBudget> quarterly(CsvRows.Row row, CsvRows.Row header, int[] cols) {
    List<Optional<Baht>> amounts = new ArrayList<>();
    for (int c : cols) {
      amounts.add(c < 0 ? Optional.empty() : Cells.amount(row, c + 1, header.cell(c)));
    }
    if (amounts.stream().allMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    return Optional.of(QuarterlyBudget.of(amounts.get(0).orElse(Baht.ZERO), amounts.get(1).orElse(Baht.ZERO),
        amounts.get(2).orElse(Baht.ZERO), amounts.get(3).orElse(Baht.ZERO)));
  }

  /** Reads "1,2,4", "1 – 4", "1,,4", "๑-๓" as the quarters named (a dash is a span). */
  static List<Quarter> activeQuarters(String cell) {
    String s = ThaiDigits.toArabic(cell).replaceAll("\\s", "");
    List<Quarter> quarters = new ArrayList<>();
    Matcher span = Pattern.compile("([1-4])[-–—]([1-4])").matcher(s);
    while (span.find()) {
      for (int q = Integer.parseInt(span.group(1)); q <= Integer.parseInt(span.group(2)); q++) {
        quarters.add(Quarter.of(q));
      }
    }
    Matcher single = QUARTER_NUMBER.matcher(span.replaceAll(""));
    while (single.find()) {
      quarters.add(Quarter.of(Integer.parseInt(single.group())));
    }
    return quarters;
  }

  private static List<Person> people(String cell) {
    List<Person> people = new ArrayList<>();
    for (String name : cell.split("[\\n,]")) {
      String n = name.strip().replaceFirst("^-\\s*", "");
      if (!n.isEmpty()) {
        people.add(Person.of(n));
      }
    }
    return people;
  }

  /**
   * Writes the table as CSV with a header row, a "กลยุทธ์ที่ N" row before each strategy's projects
   * and the stated totals last. The writer is flushed, not closed.
   *
   * @param out the writer, not null
   * @throws IOException if the writer fails
   */
  public void write(Writer out) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(NUMBER, PROJECT, BUDGET, "ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4", ACTIVE, RESPONSIBLE));
    Optional<String> strategy = Optional.empty();
    Optional<List<Person>> lastPeople = Optional.empty();
    for (Project p : projects()) {
      if (p.strategy().isPresent() && !p.strategy().equals(strategy)) {
        rows.add(List.of("", "กลยุทธ์ที่ " + p.strategy().get(), "", "", "", "", "", "", ""));
        strategy = p.strategy();
      }
      List<String> row = new ArrayList<>();
      row.add(p.number());
      row.add(p.title());
      row.add(p.budget().map(Baht::format).orElse("-"));
      for (Quarter q : Quarter.values()) {
        row.add(p.quarterlyPlan().map(qb -> qb.amount(q).format()).orElse(""));
      }
      row.add(p.activeQuarters().stream().map(q -> Integer.toString(q.number())).collect(Collectors.joining(",")));
      List<Person> people = p.responsiblePeople();
      row.add(people.isEmpty() ? "-"
          : lastPeople.filter(people::equals).isPresent() ? ""
          : people.stream().map(Person::name).collect(Collectors.joining("\n")));
      lastPeople = Optional.of(people);
      rows.add(row);
    }
    for (StatedTotal t : statedTotals()) {
      if (t.scope() == TotalScope.PLAN) {
        rows.add(List.of("", t.label().orElse("รวม"), t.amount().format(), "", "", "", "", "", ""));
      }
    }
    CsvRows.write(out, rows);
    out.flush();
  }
}
