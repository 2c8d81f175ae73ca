package io.github.eduplan.cascade;

import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.ElementNumber;
import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.ServedElement;
import io.github.eduplan.model.ServedKind;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.Target;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.Quarter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * A plan set as flat tables (ตารางข้อมูลเชิงสัมพันธ์ของชุดแผน) for analysts: plans, goals,
 * strategies, indicators, targets, projects, quarterly budgets, alignment links and upward links,
 * each an RFC 4180 CSV file in UTF-8 with a header row, whose keys join, so that DuckDB, a
 * database or Spark loads the whole set. {@code docs/cascade-export.md} describes every table and
 * column.
 *
 * <p>Keys: {@code plan_id} is a plan's 1-based position in {@link PlanSet#plans()}; an element's
 * key is its plan's id and its 1-based position within the plan ({@code strategy_seq},
 * {@code goal_seq}, {@code indicator_seq}, {@code project_seq}). Keys are stable for the same set
 * in the same order, not across sets. Texts are written verbatim (Thai as it is, no formula mark:
 * these files are for databases; open plan tables in a spreadsheet with the {@code table}
 * package). Money is an exact decimal with two places ({@code 121940.00}); an absent value is an
 * empty cell.
 *
 * <p>Writing streams plan by plan: memory beyond the set stays small whatever its size. Immutable
 * and thread-safe.
 */
public final class RelationalExport {
  /** The tables, in the order they are written; each is a file {@code <name>.csv}. */
  public enum Table {
    /** แผน: one row per plan. Key {@code plan_id}. */
    PLANS("plans", "plan_id", "level", "office", "office_short_name", "office_code", "province",
        "kind", "title", "first_year", "last_year", "revision", "approval_date", "serves_office",
        "serves_fiscal_year", "parent_plan_id", "project_budget_total", "source"),
    /** เป้าประสงค์: the plan's goals, then each strategy's. Key {@code plan_id, goal_seq}. */
    GOALS("goals", "plan_id", "goal_seq", "strategy_seq", "number", "text"),
    /** กลยุทธ์. Key {@code plan_id, strategy_seq}. */
    STRATEGIES("strategies", "plan_id", "strategy_seq", "number", "title"),
    /** ตัวชี้วัด, with their components. Key {@code plan_id, indicator_seq}. */
    INDICATORS("indicators", "plan_id", "indicator_seq", "strategy_seq", "parent_indicator_seq",
        "code", "text", "unit", "measure_kind", "direction", "goal", "guideline"),
    /** ค่าเป้าหมาย: one row per indicator and year, and one for a target written in the text. */
    TARGETS("targets", "plan_id", "indicator_seq", "fiscal_year", "value_kind", "value_number",
        "value_text", "comparison", "upper_bound", "as_written"),
    /** โครงการ. Key {@code plan_id, project_seq}. */
    PROJECTS("projects", "plan_id", "project_seq", "number", "title", "strategy_number",
        "strategy_seq", "program", "group", "budget_source", "budget", "period"),
    /** แผนการใช้จ่ายรายไตรมาส: four rows per project with a quarterly plan or active quarters. */
    QUARTERLY_BUDGETS("quarterly_budgets", "plan_id", "project_seq", "quarter", "amount", "active"),
    /** ความสอดคล้องกับแผนระดับชาติ: one row per alignment link of a plan or of an element. */
    ALIGNMENT_LINKS("alignment_links", "plan_id", "element_kind", "element_seq", "framework",
        "edition", "item", "evidence"),
    /** ความสอดคล้องกับแผนระดับบน: one row per element's link to its parent plan's goal or strategy. */
    UPWARD_LINKS("upward_links", "plan_id", "element_kind", "element_seq", "served_kind",
        "served_number", "served_text", "parent_plan_id", "parent_element_seq");

    private final String tableName;
    private final List<String> columns;

    Table(String tableName, String... columns) {
      this.tableName = tableName;
      this.columns = List.of(columns);
    }

    /**
     * Returns the table's name, such as {@code plans}.
     *
     * @return the name, not null
     */
    public String tableName() {
      return tableName;
    }

    /**
     * Returns the table's file name: its name and {@code .csv}.
     *
     * @return the file name, not null
     */
    public String fileName() {
      return tableName + ".csv";
    }

    /**
     * Returns the table's columns, in order, as its header row names them.
     *
     * @return the columns, not null
     */
    public List<String> columns() {
      return columns;
    }
  }

  private static final CsvMapper MAPPER = CsvMapper.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      // Quote a cell only when CSV needs it (a comma, a quote, a line break).
      .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
      .build();
  private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

  private final PlanSet set;

  private RelationalExport(PlanSet set) {
    this.set = set;
  }

  /**
   * Returns the export of a plan set.
   *
   * @param set the plans, not null
   * @return the export, not null
   */
  public static RelationalExport of(PlanSet set) {
    return new RelationalExport(Objects.requireNonNull(set, "set"));
  }
  /** A plan's key: its place in the set, from 1. */
  private int id(StrategicPlan plan) {
    return set.indexOf(plan) + 1;
  }


  /**
   * Writes every table into a folder as {@code <name>.csv}, replacing files of those names. Each
   * file is written whole to a temporary name first and moved in place only when every table has
   * been written, so a failure leaves no half-written table.
   *
   * @param folder the folder, created if missing, not null
   * @return the files written, in {@link Table} order, not null
   * @throws IOException if the folder or a file cannot be written
   */
  public List<Path> writeTo(Path folder) throws IOException {
    Files.createDirectories(folder);
    List<Path> temporary = new ArrayList<>();
    List<Path> written = new ArrayList<>();
    try {
      for (Table table : Table.values()) {
        Path tmp = Files.createTempFile(folder, "." + table.tableName(), ".csv.tmp");
        temporary.add(tmp);
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
          write(table, out);
        }
      }
      for (int i = 0; i < temporary.size(); i++) {
        Path target = folder.resolve(Table.values()[i].fileName());
        Files.move(temporary.get(i), target, StandardCopyOption.REPLACE_EXISTING);
        written.add(target);
      }
      return written;
    } finally {
      for (Path tmp : temporary) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /**
   * Writes one table as CSV: a header row, then the rows, CRLF line ends, cells quoted only when
   * they hold a comma, a quote or a line break. The writer is flushed, not closed.
   *
   * @param table the table, not null
   * @param out where to write, not null
   * @throws IOException if writing fails
   */
  public void write(Table table, Writer out) throws IOException {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(out, "out");
    try (SequenceWriter rows = MAPPER.writerFor(String[].class).with(SCHEMA).writeValues(out)) {
      rows.write(table.columns().toArray(String[]::new));
      Consumer<String[]> sink = row -> {
        if (row.length != table.columns().size()) {
          throw new IllegalStateException(table + ": a row of " + row.length + " cells");
        }
        // Jackson's CSV writer leaves a null out of an array row: write an absent value as "".
        for (int i = 0; i < row.length; i++) {
          if (row[i] == null) {
            row[i] = "";
          }
        }
        rows.write(row);
      };
      List<StrategicPlan> plans = set.plans();
      for (int i = 0; i < plans.size(); i++) {
        rows(table, plans.get(i), i + 1, sink);
      }
    } catch (JacksonIOException e) {
      throw e.getCause();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
  }

  private void rows(Table table, StrategicPlan plan, int id, Consumer<String[]> sink) {
    String planId = String.valueOf(id);
    switch (table) {
      case PLANS -> sink.accept(planRow(plan, planId));
      case GOALS -> {
        int seq = 0;
        for (Goal g : plan.goals()) {
          sink.accept(new String[] {planId, str(++seq), null, g.number().orElse(null), g.text()});
        }
        for (int s = 0; s < plan.strategies().size(); s++) {
          for (Goal g : plan.strategies().get(s).goals()) {
            sink.accept(new String[] {planId, str(++seq), str(s + 1), g.number().orElse(null), g.text()});
          }
        }
      }
      case STRATEGIES -> {
        for (int s = 0; s < plan.strategies().size(); s++) {
          Strategy st = plan.strategies().get(s);
          sink.accept(new String[] {planId, str(s + 1), st.number(), st.title()});
        }
      }
      case INDICATORS, TARGETS -> {
        int[] seq = {0};
        for (int s = 0; s < plan.strategies().size(); s++) {
          for (Indicator indicator : plan.strategies().get(s).indicators()) {
            indicatorRows(table, planId, s + 1, indicator, null, seq, sink);
          }
        }
      }
      case PROJECTS -> {
        Map<String, Integer> strategies = firstSeqByKey(plan.strategies().stream().map(Strategy::number).toList());
        for (int p = 0; p < plan.projects().size(); p++) {
          Project pr = plan.projects().get(p);
          Integer strategySeq = pr.strategy().map(n -> strategies.get(ElementNumber.key(n))).orElse(null);
          sink.accept(new String[] {planId, str(p + 1), pr.number(), pr.title(), pr.strategy().orElse(null),
              strategySeq == null ? null : str(strategySeq), pr.program().orElse(null), pr.group().orElse(null),
              pr.budgetSource().orElse(null), pr.budget().map(RelationalExport::money).orElse(null),
              pr.period().orElse(null)});
        }
      }
      case QUARTERLY_BUDGETS -> {
        for (int p = 0; p < plan.projects().size(); p++) {
          Project pr = plan.projects().get(p);
          Optional<QuarterlyBudget> q = pr.quarterlyPlan();
          if (q.isEmpty() && pr.activeQuarters().isEmpty()) {
            continue;
          }
          for (Quarter quarter : Quarter.values()) {
            sink.accept(new String[] {planId, str(p + 1), str(quarter.ordinal() + 1),
                q.map(b -> money(b.amount(quarter))).orElse(null),
                String.valueOf(pr.activeQuarters().contains(quarter))});
          }
        }
      }
      case ALIGNMENT_LINKS -> alignmentRows(plan, planId, sink);
      case UPWARD_LINKS -> upwardRows(plan, planId, sink);
      default -> throw new IllegalStateException(table.toString());
    }
  }

  private String[] planRow(StrategicPlan plan, String planId) {
    Optional<StrategicPlan> parent = set.parentOf(plan);
    return new String[] {planId, plan.level().name(), plan.office().name(),
        plan.office().shortName().orElse(null), plan.office().code().orElse(null),
        plan.office().province().orElse(null), plan.kind().name(), plan.title().orElse(null),
        str(plan.period().first().buddhistEraYear()), str(plan.period().last().buddhistEraYear()),
        plan.revision().orElse(null), plan.approvalDate().map(Object::toString).orElse(null),
        plan.servedPlan().map(s -> s.office()).orElse(null),
        plan.servedPlan().map(s -> str(s.fiscalYear())).orElse(null),
        parent.map(p -> str(id(p))).orElse(null), money(plan.projectBudgetTotal()),
        plan.source().orElse(null)};
  }

  private static void indicatorRows(Table table, String planId, int strategySeq, Indicator indicator,
      Integer parentSeq, int[] seq, Consumer<String[]> sink) {
    int own = ++seq[0];
    if (table == Table.INDICATORS) {
      sink.accept(new String[] {planId, str(own), str(strategySeq), parentSeq == null ? null : str(parentSeq),
          indicator.code().orElse(null), indicator.text(), indicator.unit().map(u -> u.text()).orElse(null),
          indicator.measureKind().name(), indicator.direction().name(), indicator.goal().orElse(null),
          indicator.guideline().orElse(null)});
    } else {
      for (Map.Entry<FiscalYear, Target> e : indicator.targets().entrySet()) {
        sink.accept(targetRow(planId, own, str(e.getKey().buddhistEraYear()), e.getValue()));
      }
      indicator.targetInText().ifPresent(t -> sink.accept(targetRow(planId, own, null, t)));
    }
    for (Indicator component : indicator.components()) {
      indicatorRows(table, planId, strategySeq, component, own, seq, sink);
    }
  }

  private static String[] targetRow(String planId, int indicatorSeq, String year, Target target) {
    IndicatorValue value = target.value();
    String number = value instanceof IndicatorValue.Numeric n ? n.value().toPlainString() : null;
    String text;
    if (value instanceof IndicatorValue.Level l) {
      text = l.level();
    } else if (value instanceof IndicatorValue.YesNo y) {
      text = y.isYes() ? "yes" : "no";
    } else if (value instanceof IndicatorValue.Text t) {
      text = t.text();
    } else if (value instanceof IndicatorValue.NotAvailable na) {
      text = na.written();
    } else {
      text = null;
    }
    return new String[] {planId, str(indicatorSeq), year, value.kind().name(), number, text,
        target.comparison().map(Enum::name).orElse(null),
        target.upperBound().map(BigDecimal::toPlainString).orElse(null), target.asWritten().orElse(null)};
  }

  private static void alignmentRows(StrategicPlan plan, String planId, Consumer<String[]> sink) {
    links(planId, "PLAN", null, plan.alignment(), sink);
    int goalSeq = 0;
    for (Goal g : plan.goals()) {
      links(planId, "GOAL", ++goalSeq, g.alignment(), sink);
    }
    for (Strategy s : plan.strategies()) {
      for (Goal g : s.goals()) {
        links(planId, "GOAL", ++goalSeq, g.alignment(), sink);
      }
    }
    for (int s = 0; s < plan.strategies().size(); s++) {
      links(planId, "STRATEGY", s + 1, plan.strategies().get(s).alignment(), sink);
    }
    int[] indicatorSeq = {0};
    for (Strategy s : plan.strategies()) {
      for (Indicator i : s.indicators()) {
        indicatorLinks(planId, i, indicatorSeq, sink);
      }
    }
    for (int p = 0; p < plan.projects().size(); p++) {
      links(planId, "PROJECT", p + 1, plan.projects().get(p).alignment(), sink);
    }
  }

  private static void indicatorLinks(String planId, Indicator indicator, int[] seq, Consumer<String[]> sink) {
    links(planId, "INDICATOR", ++seq[0], indicator.alignment(), sink);
    for (Indicator component : indicator.components()) {
      indicatorLinks(planId, component, seq, sink);
    }
  }

  private static void links(String planId, String kind, Integer seq, List<AlignmentLink> links,
      Consumer<String[]> sink) {
    for (AlignmentLink link : links) {
      sink.accept(new String[] {planId, kind, seq == null ? null : str(seq), link.framework(),
          link.edition().orElse(null), link.item().orElse(null), link.evidence().name()});
    }
  }

  private void upwardRows(StrategicPlan plan, String planId, Consumer<String[]> sink) {
    Optional<StrategicPlan> parent = set.parentOf(plan);
    String parentId = parent.map(p -> str(id(p))).orElse(null);
    Map<String, Integer> parentGoals = parent.map(RelationalExport::goalSeqs).orElse(Map.of());
    Map<String, Integer> parentStrategies = parent
        .map(p -> firstSeqByKey(p.strategies().stream().map(Strategy::number).toList())).orElse(Map.of());
    int goalSeq = 0;
    for (Goal g : plan.goals()) {
      served(planId, "GOAL", ++goalSeq, g.serves(), parentId, parentGoals, parentStrategies, sink);
    }
    for (Strategy s : plan.strategies()) {
      for (Goal g : s.goals()) {
        served(planId, "GOAL", ++goalSeq, g.serves(), parentId, parentGoals, parentStrategies, sink);
      }
    }
    for (int s = 0; s < plan.strategies().size(); s++) {
      served(planId, "STRATEGY", s + 1, plan.strategies().get(s).serves(), parentId, parentGoals,
          parentStrategies, sink);
    }
    for (int p = 0; p < plan.projects().size(); p++) {
      served(planId, "PROJECT", p + 1, plan.projects().get(p).serves(), parentId, parentGoals,
          parentStrategies, sink);
    }
  }

  private static void served(String planId, String kind, int seq, List<ServedElement> served, String parentId,
      Map<String, Integer> parentGoals, Map<String, Integer> parentStrategies, Consumer<String[]> sink) {
    for (ServedElement e : served) {
      Map<String, Integer> keys = e.kind() == ServedKind.GOAL ? parentGoals : parentStrategies;
      Integer parentSeq = keys.get(ElementNumber.key(e.number()));
      sink.accept(new String[] {planId, kind, str(seq), e.kind().name(), e.number(), e.text().orElse(null),
          parentId, parentSeq == null ? null : str(parentSeq)});
    }
  }

  /** The goal_seq of each goal number of a plan: the plan's goals first, then each strategy's. */
  private static Map<String, Integer> goalSeqs(StrategicPlan plan) {
    List<String> numbers = new ArrayList<>();
    plan.goals().forEach(g -> numbers.add(g.number().orElse("")));
    plan.strategies().forEach(s -> s.goals().forEach(g -> numbers.add(g.number().orElse(""))));
    return firstSeqByKey(numbers);
  }

  /** The 1-based position of the first element with each number key; blank numbers are skipped. */
  private static Map<String, Integer> firstSeqByKey(List<String> numbers) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < numbers.size(); i++) {
      String key = ElementNumber.key(numbers.get(i));
      if (!key.isEmpty()) {
        out.putIfAbsent(key, i + 1);
      }
    }
    return out;
  }

  private static String money(Baht amount) {
    return amount.amount().setScale(2).toPlainString();
  }

  private static String str(int value) {
    return String.valueOf(value);
  }
}
