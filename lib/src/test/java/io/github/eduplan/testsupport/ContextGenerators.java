package io.github.eduplan.testsupport;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.eduplan.model.CellRange;
import io.github.eduplan.model.ContextRow;
import io.github.eduplan.model.ContextTable;
import io.github.eduplan.model.Derivation;
import io.github.eduplan.model.DerivationKind;
import io.github.eduplan.model.SameFigure;
import io.github.eduplan.model.Situation;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.SwotAnalysis;
import io.github.eduplan.model.SwotCategory;
import io.github.eduplan.model.SwotItem;
import io.github.eduplan.model.SwotSubject;
import io.github.eduplan.model.TableCell;
import io.github.eduplan.model.Unit;
import io.github.eduplan.time.ThaiDigits;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of situation analyses. {@link #consistentTables()} makes tables whose derived cells
 * are computed from their parts, as a careful office prints them: counts by district, a total
 * column, a difference column, a percentage column, a ratio column {@code 1 : x}, a total row and
 * an average row, numbers with thousands separators, sometimes in Thai digits, sometimes "-".
 * {@link #expected} is the independent oracle of what a derived cell should print.
 */
public final class ContextGenerators {
  private ContextGenerators() {}

  /** A generated table with the shape {@link #consistentTables()} gives it. */
  public record Shape(int rows, int bases) {
    public int total() {
      return bases;
    }

    public int difference() {
      return bases + 1;
    }

    public int percentage() {
      return bases + 2;
    }

    public int ratio() {
      return bases + 3;
    }

    public int width() {
      return bases + 4;
    }

    public int totalRow() {
      return rows;
    }

    public int averageRow() {
      return rows + 1;
    }
  }

  static String print(BigDecimal value, boolean thai) {
    String s = ThaiDigits.format(value);
    return thai ? ThaiDigits.toThai(s) : s;
  }

  /** The shape of a table made by {@link #consistentTables()}: from its derivations. */
  public static Shape shapeOf(ContextTable table) {
    int width = table.width();
    return new Shape(table.rows().size() - 2, width - 4);
  }

  /** Tables whose every derived cell is computed from its parts. */
  public static Gen<ContextTable> consistentTables() {
    return in -> {
      int rows = integers().between(1, 7).generate(in);
      int bases = integers().between(2, 5).generate(in);
      Shape shape = new Shape(rows, bases);
      boolean thai = integers().between(0, 3).generate(in) == 0;
      String[][] cells = new String[rows + 2][shape.width()];
      for (String[] row : cells) {
        java.util.Arrays.fill(row, "");
      }
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < bases; c++) {
          // The first row and column are never zero: they divide the ratios and the averages.
          boolean zero = r > 0 && c > 0 && integers().between(0, 4).generate(in) == 0;
          int v = zero ? 0 : integers().between(1, 99_999).generate(in);
          cells[r][c] = v == 0 ? "-" : print(BigDecimal.valueOf(v), thai);
        }
      }
      ContextTable.Builder b = ContextTable.builder().key("t").title("จำนวนนักเรียน จำแนกตามอำเภอ")
          .unit(Unit.PERSON).addLabelHeading("อำเภอ");
      for (int c = 0; c < bases; c++) {
        b.addColumn(List.of("ปีการศึกษา 2564", "กลุ่ม " + (c + 1)));
      }
      b.addColumn(List.of("รวม")).addColumn(List.of("ผลต่าง")).addColumn(List.of("ร้อยละ"))
          .addColumn(List.of("ครู : นร."));
      List<Derivation> derivations = derivations(shape);
      b.addAllDerivations(derivations);
      // Fill every derived cell from its parts, in an order where operands come first.
      ContextTable draft = build(b, cells, rows);
      for (int pass = 0; pass < 3; pass++) {
        for (Derivation d : derivations) {
          for (int r = d.cells().firstRow(); r <= d.cells().lastRow(); r++) {
            for (int c = d.cells().firstColumn(); c <= d.cells().lastColumn(); c++) {
              BigDecimal v = expected(draft, d, r, c);
              cells[r][c] = d.kind() == DerivationKind.RATIO ? "1:" + print(v, thai)
                  : v.signum() == 0 && d.kind() == DerivationKind.DIFFERENCE ? "-" : print(v, thai);
            }
          }
        }
        draft = build(ContextTable.builder().from(draft).rows(List.of()), cells, rows);
      }
      return draft;
    };
  }

  private static ContextTable build(ContextTable.Builder b, String[][] cells, int rows) {
    for (int r = 0; r < cells.length; r++) {
      String label = r < rows ? "อำเภอ " + (r + 1) : r == rows ? "รวม" : "เฉลี่ย";
      b.addRow(ContextRow.builder().addLabel(label).addAllCells(List.of(cells[r])).build());
    }
    return b.build();
  }

  static List<Derivation> derivations(Shape s) {
    int n = s.rows();
    int k = s.bases();
    return List.of(
        Derivation.of(new CellRange(0, s.total(), n - 1, s.total()), DerivationKind.SUM,
            List.of(new CellRange(0, 0, 0, k - 1))),
        Derivation.of(new CellRange(0, s.difference(), n, s.difference()), DerivationKind.DIFFERENCE,
            List.of(CellRange.cell(0, 0), CellRange.cell(0, 1))),
        Derivation.of(new CellRange(0, s.percentage(), n, s.percentage()), DerivationKind.PERCENTAGE,
            List.of(CellRange.cell(0, 0), CellRange.cell(0, s.total()))),
        Derivation.of(new CellRange(0, s.ratio(), n, s.ratio()), DerivationKind.RATIO,
            List.of(CellRange.cell(0, 0), CellRange.cell(0, s.total()))),
        Derivation.of(new CellRange(n, 0, n, s.total()), DerivationKind.SUM,
            List.of(new CellRange(0, 0, n - 1, 0))),
        Derivation.of(new CellRange(s.averageRow(), 0, s.averageRow(), k - 1), DerivationKind.AVERAGE,
            List.of(new CellRange(0, 0, n - 1, 0))));
  }

  /**
   * What a derived cell of a generated table should print, worked out from the printed operands
   * cell by cell (the oracle of the rules' prefix sums): sums exact, percentages to two decimals,
   * averages to two decimals, ratios to whole numbers, each rounded half up.
   */
  public static BigDecimal expected(ContextTable table, Derivation d, int row, int column) {
    BigDecimal exact = exact(table, d, row, column);
    return switch (d.kind()) {
      case SUM, DIFFERENCE -> exact;
      case RATIO -> exact.setScale(0, RoundingMode.HALF_UP);
      default -> exact.setScale(2, RoundingMode.HALF_UP);
    };
  }

  /** What a derived cell of a table is before it is rounded, from its printed operands cell by cell. */
  public static BigDecimal exact(ContextTable table, Derivation d, int row, int column) {
    List<CellRange> ops = d.operandsOf(row, column);
    switch (d.kind()) {
      case SUM, AVERAGE -> {
        BigDecimal total = BigDecimal.ZERO;
        int count = 0;
        for (CellRange o : ops) {
          for (int r = o.firstRow(); r <= o.lastRow(); r++) {
            for (int c = o.firstColumn(); c <= o.lastColumn(); c++) {
              var cell = table.cell(r, c);
              total = total.add(cell.value().orElse(BigDecimal.ZERO));
              count += cell.kind() == io.github.eduplan.model.ContextCell.Kind.NUMBER ? 1 : 0;
            }
          }
        }
        return d.kind() == DerivationKind.SUM ? total
            : count == 0 ? BigDecimal.ZERO : total.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128);
      }
      default -> {
        BigDecimal a = table.cell(ops.get(0).firstRow(), ops.get(0).firstColumn()).value().orElse(BigDecimal.ZERO);
        BigDecimal b = table.cell(ops.get(1).firstRow(), ops.get(1).firstColumn()).value().orElse(BigDecimal.ZERO);
        return switch (d.kind()) {
          case DIFFERENCE -> a.subtract(b);
          case PERCENTAGE -> b.signum() == 0 ? BigDecimal.ZERO
              : a.multiply(BigDecimal.valueOf(100)).divide(b, MathContext.DECIMAL128);
          default -> a.signum() == 0 ? BigDecimal.ZERO : b.divide(a, MathContext.DECIMAL128);
        };
      }
    }
  }

  /** SWOT analyses with codes S1…, W1…, O1…, T1…. */
  public static Gen<SwotAnalysis> swots() {
    return in -> {
      SwotAnalysis.Builder b = SwotAnalysis.builder()
          .title("การวิเคราะห์สภาพแวดล้อม (SWOT Analysis) ด้านการศึกษาของจังหวัดตาก")
          .subject(Generate.enumValues(SwotSubject.class).generate(in));
      if (integers().between(0, 1).generate(in) == 1) {
        b.about("จังหวัดตาก");
      }
      for (SwotCategory category : SwotCategory.values()) {
        int n = integers().between(0, 3).generate(in);
        for (int i = 1; i <= n; i++) {
          SwotItem.Builder item = SwotItem.builder().category(category)
              .text(ModelGenerators.thaiText().generate(in));
          if (integers().between(0, 4).generate(in) > 0) {
            item.code(category.name().charAt(0) + Integer.toString(i));
          }
          if (integers().between(0, 3).generate(in) == 0) {
            item.score(new BigDecimal(integers().between(0, 500).generate(in)).movePointLeft(2));
          }
          b.addItem(item.build());
        }
      }
      return b.build();
    };
  }

  /** Situations: consistent tables with keys, SWOTs, and sometimes a same figure. */
  public static Gen<Situation> situations() {
    return in -> {
      Situation.Builder b = Situation.builder();
      int tables = integers().between(0, 3).generate(in);
      for (int t = 0; t < tables; t++) {
        b.addTable(ContextTable.builder().from(consistentTables().generate(in)).key("t" + t).build());
      }
      b.addAllSwot(ModelGenerators.listOf(swots(), 0, 2).generate(in));
      if (tables >= 2) {
        b.addSameFigure(SameFigure.builder().label("นักเรียนทั้งหมด")
            .addAllCells(List.of(TableCell.parse("t0!r0c0"), TableCell.parse("t1!r0c0"))).build());
      }
      return b.build();
    };
  }

  /** Plans of {@link ModelGenerators#plans()} with a situation. */
  public static Gen<StrategicPlan> plansWithSituations() {
    return ModelGenerators.plans().zip(situations(), (plan, situation) -> {
      // The first strategy answers the first SWOT item's code, when there is one, and a code no
      // item has (TOWS links, known and unknown).
      List<Strategy> strategies = new ArrayList<>(plan.strategies());
      if (!strategies.isEmpty()) {
        Strategy.Builder first = Strategy.builder().from(strategies.get(0)).addAnswer("T99");
        situation.swot().stream().flatMap(a -> a.items().stream()).findFirst()
            .flatMap(SwotItem::code).ifPresent(first::addAnswer);
        strategies.set(0, first.build());
      }
      return StrategicPlan.builder().from(plan).situation(situation).strategies(strategies).build();
    });
  }

  /** The derived cells of a table and what they should print, for tests. */
  public static List<int[]> derivedCells(ContextTable table) {
    List<int[]> out = new ArrayList<>();
    for (Derivation d : table.derivations()) {
      for (int r = d.cells().firstRow(); r <= d.cells().lastRow(); r++) {
        for (int c = d.cells().firstColumn(); c <= d.cells().lastColumn(); c++) {
          out.add(new int[] {r, c});
        }
      }
    }
    return out;
  }
}
