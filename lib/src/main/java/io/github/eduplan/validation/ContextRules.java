package io.github.eduplan.validation;

import io.github.eduplan.model.CellRange;
import io.github.eduplan.model.ContextCell;
import io.github.eduplan.model.ContextTable;
import io.github.eduplan.model.Derivation;
import io.github.eduplan.model.DerivationKind;
import io.github.eduplan.model.SameFigure;
import io.github.eduplan.model.Situation;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.TableCell;
import io.github.eduplan.time.ThaiDigits;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The situation analysis's arithmetic: each derived cell of each context table worked out again from
 * the cells it derives from and compared with what is printed, within the printed precision; the
 * rounding of one table's cells compared with each other; the same figure in different tables.
 *
 * <p>A printed value matches when it is the exact value rounded to the printed decimals half up
 * (or half to even), truncated, or rounded up; a table whose cells match only by different ones of
 * these is inconsistent. A total or difference of cells that are themselves rounded (averages,
 * percentages, ratios) may be off by their rounding: half a unit of each such cell's last decimal.
 *
 * <p>Each table is worked out once per validation, in time linear in its cells and operands: the
 * sums and counts of every rectangle come from prefix sums built in one pass.
 */
final class ContextRules {
  private ContextRules() {}

  /** How a printed value can be the exact one: the rounding modes that give it. */
  enum Mode {
    ROUNDED("rounded", "ปัดเศษ"),
    TRUNCATED("truncated", "ตัดเศษทิ้ง"),
    ROUNDED_UP("rounded up", "ปัดขึ้น");

    final String english;
    final String thai;

    Mode(String english, String thai) {
      this.english = english;
      this.thai = thai;
    }
  }

  private static final int ALL_MODES = 0b111;

  /** One derived cell whose printed value differs from its operands'. */
  record Mismatch(int table, int row, int column, Derivation derivation, ContextCell printed,
      BigDecimal expected, List<CellRange> operands) {}

  /** One derived cell that cannot be checked, and why. */
  record Unchecked(int table, int row, int column, DerivationKind kind, String reason, String reasonThai) {}

  /** One table whose cells are rounded in ways that exclude each other. */
  record Inconsistent(int table, int row, int column, int modes, int firstRow, int firstColumn, int firstModes) {}

  /** Every table of a plan worked out. */
  static final class Outcomes {
    final Map<DerivationKind, List<Mismatch>> mismatches = new EnumMap<>(DerivationKind.class);
    final List<Unchecked> unchecked = new ArrayList<>();
    final List<Inconsistent> inconsistent = new ArrayList<>();

    Outcomes(Situation situation) {
      for (DerivationKind k : DerivationKind.values()) {
        mismatches.put(k, new ArrayList<>());
      }
      for (int t = 0; t < situation.tables().size(); t++) {
        new TableWork(t, situation.tables().get(t), this).run();
      }
    }
  }

  private static final RuleContext.SharedKey<Outcomes> OUTCOMES = RuleContext.SharedKey.named("context tables' arithmetic");

  static Outcomes outcomes(StrategicPlan plan, RuleContext context) {
    return context.shared(OUTCOMES, () -> new Outcomes(plan.situation()));
  }

  /** The work on one table: its cells read once, prefix sums, then every derived cell. */
  private static final class TableWork {
    private final int index;
    private final ContextTable table;
    private final Outcomes out;
    private final int height;
    private final int width;
    private final ContextCell[] cells;
    /** For each cell, the kind that derives it, or null. */
    private final DerivationKind[] derivedBy;
    // Prefix sums over the rectangle [0, r) x [0, c), at (r * (width + 1) + c).
    private final BigDecimal[] sum;
    private final BigDecimal[] slack;
    private final int[] numbers;
    private final int[] texts;
    private int modes = ALL_MODES;
    private int firstRow = -1;
    private int firstColumn = -1;
    private int firstModes;
    private boolean reported;

    TableWork(int index, ContextTable table, Outcomes out) {
      this.index = index;
      this.table = table;
      this.out = out;
      this.height = table.rows().size();
      this.width = table.width();
      this.cells = new ContextCell[height * width];
      this.derivedBy = new DerivationKind[height * width];
      for (int r = 0; r < height; r++) {
        List<String> row = table.rows().get(r).cells();
        for (int c = 0; c < width; c++) {
          cells[r * width + c] = ContextCell.of(row.get(c));
        }
      }
      for (Derivation d : table.derivations()) {
        CellRange range = d.cells();
        for (int r = range.firstRow(); r <= range.lastRow(); r++) {
          for (int c = range.firstColumn(); c <= range.lastColumn(); c++) {
            derivedBy[r * width + c] = d.kind();
          }
        }
      }
      int stride = width + 1;
      int size = (height + 1) * stride;
      sum = new BigDecimal[size];
      slack = new BigDecimal[size];
      numbers = new int[size];
      texts = new int[size];
      java.util.Arrays.fill(sum, BigDecimal.ZERO);
      java.util.Arrays.fill(slack, BigDecimal.ZERO);
      for (int r = 0; r < height; r++) {
        for (int c = 0; c < width; c++) {
          ContextCell cell = cells[r * width + c];
          int at = (r + 1) * stride + c + 1;
          int up = r * stride + c + 1;
          int left = (r + 1) * stride + c;
          int diagonal = r * stride + c;
          BigDecimal value = cell.value().orElse(BigDecimal.ZERO);
          sum[at] = sum[up].add(sum[left]).subtract(sum[diagonal]).add(value);
          slack[at] = slack[up].add(slack[left]).subtract(slack[diagonal]).add(slackOf(r, c));
          numbers[at] = numbers[up] + numbers[left] - numbers[diagonal] + (isNumber(cell) ? 1 : 0);
          texts[at] = texts[up] + texts[left] - texts[diagonal] + (cell.kind() == ContextCell.Kind.TEXT ? 1 : 0);
        }
      }
    }

    private static boolean isNumber(ContextCell cell) {
      return cell.kind() == ContextCell.Kind.NUMBER || cell.kind() == ContextCell.Kind.RATIO;
    }

    /** Half a unit of the last printed decimal of a cell that is itself a rounded quotient. */
    private BigDecimal slackOf(int r, int c) {
      DerivationKind kind = derivedBy[r * width + c];
      ContextCell cell = cells[r * width + c];
      return kind != null && kind.rounds() && isNumber(cell) ? halfUnit(cell.decimals()) : BigDecimal.ZERO;
    }

    private <T> T rect(T[] prefix, CellRange range, java.util.function.BinaryOperator<T> add,
        java.util.function.BinaryOperator<T> subtract) {
      int stride = width + 1;
      T a = prefix[(range.lastRow() + 1) * stride + range.lastColumn() + 1];
      T b = prefix[range.firstRow() * stride + range.lastColumn() + 1];
      T c = prefix[(range.lastRow() + 1) * stride + range.firstColumn()];
      T d = prefix[range.firstRow() * stride + range.firstColumn()];
      return subtract.apply(add.apply(a, d), add.apply(b, c));
    }

    private BigDecimal rectSum(BigDecimal[] prefix, CellRange range) {
      return rect(prefix, range, BigDecimal::add, BigDecimal::subtract);
    }

    private int rectCount(int[] prefix, CellRange range) {
      int stride = width + 1;
      return prefix[(range.lastRow() + 1) * stride + range.lastColumn() + 1]
          - prefix[range.firstRow() * stride + range.lastColumn() + 1]
          - prefix[(range.lastRow() + 1) * stride + range.firstColumn()]
          + prefix[range.firstRow() * stride + range.firstColumn()];
    }

    private ContextCell at(CellRange cell) {
      return cells[cell.firstRow() * width + cell.firstColumn()];
    }

    void run() {
      for (Derivation d : table.derivations()) {
        CellRange range = d.cells();
        for (int r = range.firstRow(); r <= range.lastRow(); r++) {
          for (int c = range.firstColumn(); c <= range.lastColumn(); c++) {
            check(d, r, c);
          }
        }
      }
    }

    private void unchecked(int r, int c, DerivationKind kind, String reason, String thai) {
      out.unchecked.add(new Unchecked(index, r, c, kind, reason, thai));
    }

    private void check(Derivation d, int r, int c) {
      ContextCell printed = cells[r * width + c];
      DerivationKind kind = d.kind();
      if (printed.kind() == ContextCell.Kind.BLANK) {
        return;
      }
      if (!printed.hasValue()) {
        unchecked(r, c, kind, "the cell is not a number", "ช่องนี้ไม่ใช่ตัวเลข");
        return;
      }
      List<CellRange> operands = d.operandsOf(r, c);
      BigDecimal exact;
      BigDecimal tolerance = BigDecimal.ZERO;
      switch (kind) {
        case SUM, AVERAGE -> {
          BigDecimal total = BigDecimal.ZERO;
          int count = 0;
          for (CellRange o : operands) {
            if (rectCount(texts, o) > 0) {
              unchecked(r, c, kind, "an operand in " + o + " is not a number", "ช่วง " + o + " มีช่องที่ไม่ใช่ตัวเลข");
              return;
            }
            total = total.add(rectSum(sum, o));
            tolerance = tolerance.add(rectSum(slack, o));
            count += rectCount(numbers, o);
          }
          if (kind == DerivationKind.SUM) {
            exact = total;
          } else {
            if (count == 0) {
              unchecked(r, c, kind, "no operand is a number", "ไม่มีช่องที่เป็นตัวเลขให้หาค่าเฉลี่ย");
              return;
            }
            BigDecimal n = BigDecimal.valueOf(count);
            exact = total.divide(n, MathContext.DECIMAL128);
            tolerance = tolerance.divide(n, MathContext.DECIMAL128);
          }
        }
        case PERCENTAGE -> {
          ContextCell part = at(operands.get(0));
          BigDecimal whole = BigDecimal.ZERO;
          for (CellRange o : operands.subList(1, operands.size())) {
            if (rectCount(texts, o) > 0 || o.isCell() && at(o).kind() == ContextCell.Kind.BLANK) {
              unchecked(r, c, kind, "an operand in " + o + " is not a number", "ช่วง " + o + " มีช่องที่ไม่ใช่ตัวเลข");
              return;
            }
            whole = whole.add(rectSum(sum, o));
          }
          if (!part.hasValue()) {
            unchecked(r, c, kind, "an operand is not a number", "ช่องที่ใช้คำนวณไม่ใช่ตัวเลข");
            return;
          }
          if (whole.signum() == 0) {
            unchecked(r, c, kind, "it divides by zero", "ตัวหารเป็นศูนย์");
            return;
          }
          exact = part.value().get().multiply(BigDecimal.valueOf(100)).divide(whole, MathContext.DECIMAL128);
        }
        default -> {
          ContextCell a = at(operands.get(0));
          ContextCell b = at(operands.get(1));
          if (!a.hasValue() || !b.hasValue()) {
            unchecked(r, c, kind, "an operand is not a number", "ช่องที่ใช้คำนวณไม่ใช่ตัวเลข");
            return;
          }
          BigDecimal x = a.value().get();
          BigDecimal y = b.value().get();
          if (kind == DerivationKind.DIFFERENCE) {
            exact = x.subtract(y);
            tolerance = slackOf(operands.get(0).firstRow(), operands.get(0).firstColumn())
                .add(slackOf(operands.get(1).firstRow(), operands.get(1).firstColumn()));
          } else {
            if (x.signum() == 0) {
              unchecked(r, c, kind, "it divides by zero", "ตัวหารเป็นศูนย์");
              return;
            }
            exact = y.divide(x, MathContext.DECIMAL128);
          }
        }
      }
      int matching = modes(exact, printed);
      if (matching == 0) {
        BigDecimal value = printed.value().get();
        if (tolerance.signum() > 0
            && value.subtract(exact).abs().compareTo(tolerance.add(halfUnit(printed.decimals()))) <= 0) {
          return;
        }
        out.mismatches.get(kind).add(new Mismatch(index, r, c, d, printed,
            exact.setScale(printed.decimals(), RoundingMode.HALF_UP), operands));
        return;
      }
      if (matching != ALL_MODES && !reported) {
        if ((modes & matching) == 0) {
          out.inconsistent.add(new Inconsistent(index, r, c, matching, firstRow, firstColumn, firstModes));
          reported = true;
        } else if ((modes & matching) != modes) {
          // The cell that last narrowed the table's way of rounding stands for it.
          firstRow = r;
          firstColumn = c;
          firstModes = matching;
          modes &= matching;
        }
      }
    }
  }

  static BigDecimal halfUnit(int decimals) {
    return BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2));
  }

  /** The rounding modes by which the exact value prints as the printed one; 0 for none. */
  static int modes(BigDecimal exact, ContextCell printed) {
    BigDecimal value = printed.value().orElseThrow();
    int s = printed.decimals();
    int m = 0;
    if (exact.setScale(s, RoundingMode.HALF_UP).compareTo(value) == 0
        || exact.setScale(s, RoundingMode.HALF_EVEN).compareTo(value) == 0) {
      m |= 1 << Mode.ROUNDED.ordinal();
    }
    if (exact.setScale(s, RoundingMode.DOWN).compareTo(value) == 0) {
      m |= 1 << Mode.TRUNCATED.ordinal();
    }
    if (exact.setScale(s, RoundingMode.UP).compareTo(value) == 0) {
      m |= 1 << Mode.ROUNDED_UP.ordinal();
    }
    return m;
  }

  private static String modeNames(int modes, boolean thai) {
    List<String> names = new ArrayList<>();
    for (Mode m : Mode.values()) {
      if ((modes & 1 << m.ordinal()) != 0) {
        names.add(thai ? m.thai : m.english);
      }
    }
    return String.join(thai ? " หรือ " : " or ", names);
  }

  // ---------------------------------------------------------------- the rules

  static void totals(StrategicPlan plan, RuleContext context) {
    mismatches(plan, context, DerivationKind.SUM);
  }

  static void differences(StrategicPlan plan, RuleContext context) {
    mismatches(plan, context, DerivationKind.DIFFERENCE);
  }

  static void averages(StrategicPlan plan, RuleContext context) {
    mismatches(plan, context, DerivationKind.AVERAGE);
  }

  static void percentages(StrategicPlan plan, RuleContext context) {
    mismatches(plan, context, DerivationKind.PERCENTAGE);
  }

  static void ratios(StrategicPlan plan, RuleContext context) {
    mismatches(plan, context, DerivationKind.RATIO);
  }

  static String cellPath(int table, int row, int column) {
    return "situation.tables[" + table + "].rows[" + row + "].cells[" + column + "]";
  }

  private static String tableName(ContextTable table) {
    return table.number().map(n -> n + " " + table.title()).orElse(table.title()).strip();
  }

  private static String rowName(ContextTable table, int row) {
    String labels = String.join(" / ", table.rows().get(row).labels()).strip();
    return labels.isEmpty() ? "r" + row : labels;
  }

  private static String columnName(ContextTable table, int column) {
    if (column < table.columns().size()) {
      String heading = String.join(" / ", table.columns().get(column)).strip();
      if (!heading.isEmpty()) {
        return heading;
      }
    }
    return "c" + column;
  }

  private static RuleContext.FindingBuilder atCell(RuleContext context, ContextTable table, int t, int r, int c) {
    return context.at(cellPath(t, r, c)).number(table.number())
        .value("table", tableName(table)).value("row", rowName(table, r)).value("column", columnName(table, c))
        .value("cell", CellRange.cell(r, c));
  }

  private static String describe(ContextTable table, List<CellRange> ranges) {
    return ranges.stream().map(o -> o.isCell()
            ? rowName(table, o.firstRow()) + " " + columnName(table, o.firstColumn()) + " (" + o + ")"
            : o.toString())
        .collect(Collectors.joining(", "));
  }

  private static void mismatches(StrategicPlan plan, RuleContext context, DerivationKind kind) {
    List<ContextTable> tables = plan.situation().tables();
    if (tables.isEmpty()) {
      return;
    }
    for (Mismatch m : outcomes(plan, context).mismatches.get(kind)) {
      ContextTable table = tables.get(m.table());
      BigDecimal printed = m.printed().value().orElseThrow();
      RuleContext.FindingBuilder f = atCell(context, table, m.table(), m.row(), m.column())
          .value("printed", m.printed().text().strip())
          .value("expected", m.expected())
          .value("operands", describe(table, m.operands()));
      if (kind.binary() || kind == DerivationKind.PERCENTAGE) {
        f.value("first", table.cell(m.operands().get(0).firstRow(), m.operands().get(0).firstColumn()).text().strip());
        List<CellRange> rest = m.operands().subList(1, m.operands().size());
        f.value("second", rest.size() == 1 && rest.get(0).isCell()
            ? table.cell(rest.get(0).firstRow(), rest.get(0).firstColumn()).text().strip()
            : "the sum of " + rest.stream().map(CellRange::toString).collect(Collectors.joining(" + ")),
            rest.size() == 1 && rest.get(0).isCell()
            ? table.cell(rest.get(0).firstRow(), rest.get(0).firstColumn()).text().strip()
            : "ผลรวมของ " + rest.stream().map(CellRange::toString).collect(Collectors.joining(" + ")));
      }
      if (kind == DerivationKind.SUM || kind == DerivationKind.DIFFERENCE) {
        BigDecimal difference = printed.subtract(m.expected());
        f.value("difference", difference.abs());
        if (kind == DerivationKind.SUM) {
          f.variant(difference.signum() > 0 ? "over" : "under");
        }
      }
      f.report();
    }
  }

  static void roundingInconsistent(StrategicPlan plan, RuleContext context) {
    List<ContextTable> tables = plan.situation().tables();
    if (tables.isEmpty()) {
      return;
    }
    for (Inconsistent i : outcomes(plan, context).inconsistent) {
      ContextTable table = tables.get(i.table());
      atCell(context, table, i.table(), i.row(), i.column())
          .value("printed", table.cell(i.row(), i.column()).text().strip())
          .value("modes", modeNames(i.modes(), false), modeNames(i.modes(), true))
          .value("earlierCell", rowName(table, i.firstRow()) + " " + columnName(table, i.firstColumn())
              + " (" + CellRange.cell(i.firstRow(), i.firstColumn()) + ")")
          .value("earlierPrinted", table.cell(i.firstRow(), i.firstColumn()).text().strip())
          .value("earlierModes", modeNames(i.firstModes(), false), modeNames(i.firstModes(), true))
          .report();
    }
  }

  static void unchecked(StrategicPlan plan, RuleContext context) {
    List<ContextTable> tables = plan.situation().tables();
    if (tables.isEmpty()) {
      return;
    }
    for (Unchecked u : outcomes(plan, context).unchecked) {
      ContextTable table = tables.get(u.table());
      atCell(context, table, u.table(), u.row(), u.column())
          .value("printed", table.cell(u.row(), u.column()).text().strip())
          .value("kind", u.kind(), switch (u.kind()) {
            case SUM -> "ผลรวม";
            case DIFFERENCE -> "ผลต่าง";
            case PERCENTAGE -> "ร้อยละ";
            case AVERAGE -> "ค่าเฉลี่ย";
            case RATIO -> "อัตราส่วน";
          })
          .value("reason", u.reason(), u.reasonThai())
          .report();
    }
  }

  /**
   * The least significant digits a figure must have to count as reused: a target of 80 or 100
   * equals too many printed cells by chance, a baseline of 52,119 or 40.91 does not.
   */
  static final int REUSE_DIGITS = 3;

  static void figureReused(StrategicPlan plan, RuleContext context) {
    List<ContextTable> tables = plan.situation().tables();
    if (tables.isEmpty()) {
      return;
    }
    // Each value that a wrong derived cell prints, with the first such cell: one look-up per value.
    java.util.Map<BigDecimal, Mismatch> wrong = new java.util.HashMap<>();
    for (List<Mismatch> list : outcomes(plan, context).mismatches.values()) {
      for (Mismatch m : list) {
        BigDecimal v = m.printed().value().orElseThrow();
        if (m.printed().kind() == ContextCell.Kind.NUMBER && v.stripTrailingZeros().precision() >= REUSE_DIGITS) {
          wrong.putIfAbsent(v.stripTrailingZeros(), m);
        }
      }
    }
    if (wrong.isEmpty()) {
      return;
    }
    for (Sites.IndicatorSite site : Sites.indicators(plan, context)) {
      var indicator = site.indicator();
      for (int b = 0; b < indicator.baselines().size(); b++) {
        reused(context, tables, wrong, indicator.baselines().get(b).value(), site.path() + ".baselines[" + b + "]",
            indicator.code(), Integer.toString(indicator.baselines().get(b).year()));
      }
      for (int y = 0; y < site.years().size(); y++) {
        reused(context, tables, wrong, site.targets().get(y).value(), site.target(site.years().get(y)),
            indicator.code(), Integer.toString(site.years().get(y).buddhistEraYear()));
      }
    }
  }

  private static void reused(RuleContext context, List<ContextTable> tables, java.util.Map<BigDecimal, Mismatch> wrong,
      io.github.eduplan.model.IndicatorValue value, String path, Optional<String> code, String year) {
    if (!(value instanceof io.github.eduplan.model.IndicatorValue.Numeric numeric)) {
      return;
    }
    Mismatch m = wrong.get(numeric.value().stripTrailingZeros());
    if (m == null) {
      return;
    }
    ContextTable table = tables.get(m.table());
    context.at(path).number(code)
        .value("year", year)
        .value("value", numeric.value())
        .value("table", tableName(table)).value("row", rowName(table, m.row())).value("column", columnName(table, m.column()))
        .value("cell", cellPath(m.table(), m.row(), m.column()))
        .value("expected", m.expected())
        .report();
  }

  static void figureConflict(StrategicPlan plan, RuleContext context) {
    Situation situation = plan.situation();
    if (situation.sameFigures().isEmpty()) {
      return;
    }
    // One look-up per cell: the situation's builder has checked that every key names a table.
    java.util.Map<String, Integer> index = new java.util.HashMap<>();
    for (int t = 0; t < situation.tables().size(); t++) {
      int at = t;
      situation.tables().get(t).key().ifPresent(k -> index.put(k, at));
    }
    for (SameFigure figure : situation.sameFigures()) {
      TableCell first = figure.cells().get(0);
      int firstTable = index.get(first.table());
      ContextCell firstCell = situation.tables().get(firstTable).cell(first.cell().firstRow(), first.cell().firstColumn());
      for (int i = 1; i < figure.cells().size(); i++) {
        TableCell other = figure.cells().get(i);
        int t = index.get(other.table());
        ContextTable table = situation.tables().get(t);
        ContextCell cell = table.cell(other.cell().firstRow(), other.cell().firstColumn());
        if (!same(firstCell, cell)) {
          atCell(context, table, t, other.cell().firstRow(), other.cell().firstColumn())
              .value("printed", cell.text().strip())
              .value("label", figure.label().orElse(""))
              .value("otherTable", tableName(situation.tables().get(firstTable)))
              .value("otherCell", first.toString())
              .value("otherPrinted", firstCell.text().strip())
              .report();
        }
      }
    }
  }

  private static boolean same(ContextCell a, ContextCell b) {
    Optional<BigDecimal> x = a.value();
    Optional<BigDecimal> y = b.value();
    if (x.isPresent() && y.isPresent()) {
      return x.get().compareTo(y.get()) == 0;
    }
    return ThaiDigits.toArabic(a.text().strip()).equals(ThaiDigits.toArabic(b.text().strip()));
  }

  /**
   * A strategy answers a SWOT item (TOWS) whose code no SWOT analysis of the plan has; codes are
   * compared as written, without the white space around them.
   */
  static void swotUnknown(StrategicPlan plan, RuleContext context) {
    java.util.Set<String> codes = new java.util.HashSet<>();
    plan.situation().swot().forEach(a -> a.items().forEach(i -> i.code().ifPresent(c -> codes.add(c.strip()))));
    for (int s = 0; s < plan.strategies().size(); s++) {
      var strategy = plan.strategies().get(s);
      for (int a = 0; a < strategy.answers().size(); a++) {
        String code = strategy.answers().get(a);
        if (!codes.contains(code.strip())) {
          context.at("strategies[" + s + "].answers[" + a + "]").number(strategy.number()).value("code", code).report();
        }
      }
    }
  }
}
