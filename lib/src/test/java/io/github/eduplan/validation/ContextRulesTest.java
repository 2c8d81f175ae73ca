package io.github.eduplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.eduplan.model.CellRange;
import io.github.eduplan.model.ContextCell;
import io.github.eduplan.model.ContextRow;
import io.github.eduplan.model.ContextTable;
import io.github.eduplan.model.Derivation;
import io.github.eduplan.model.DerivationKind;
import io.github.eduplan.model.SameFigure;
import io.github.eduplan.model.Situation;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.TableCell;
import io.github.eduplan.model.Unit;
import io.github.eduplan.testsupport.ContextGenerators;
import io.github.eduplan.testsupport.Examples;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ContextRulesTest {
  private static final PlanValidator VALIDATOR = PlanValidator.standard().build();
  private static final Set<String> ARITHMETIC = Set.of(StandardRules.CONTEXT_TOTAL_MISMATCH,
      StandardRules.CONTEXT_DIFFERENCE_MISMATCH, StandardRules.CONTEXT_AVERAGE_MISMATCH,
      StandardRules.CONTEXT_PERCENTAGE_MISMATCH, StandardRules.CONTEXT_RATIO_MISMATCH);

  private static StrategicPlan with(ContextTable... tables) {
    return StrategicPlan.builder().from(Fixtures.plan())
        .situation(Situation.builder().addAllTables(List.of(tables)).build()).build();
  }

  private static List<Finding> contextFindings(StrategicPlan plan) {
    return VALIDATOR.validate(plan).findings().stream().filter(f -> f.code().startsWith("CONTEXT_")).toList();
  }

  @Test
  void aTableComputedFromItsPartsRaisesNoFinding() {
    qt().withExamples(Examples.upTo(300)).forAll(ContextGenerators.consistentTables())
        .checkAssert(table -> assertEquals(List.of(), contextFindings(with(table)), table.toString()));
  }

  @Test
  void oneChangedCellRaisesExactlyTheFindingsItBreaks() {
    qt().withExamples(Examples.upTo(300))
        .forAll(ContextGenerators.consistentTables(), integers().between(0, 10_000), integers().between(1, 3))
        .checkAssert((table, pick, size) -> {
          // Change one printed number cell by a large amount.
          List<int[]> numbers = new ArrayList<>();
          for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < table.width(); c++) {
              if (table.cell(r, c).kind() == ContextCell.Kind.NUMBER) {
                numbers.add(new int[] {r, c});
              }
            }
          }
          int[] at = numbers.get(pick % numbers.size());
          ContextCell old = table.cell(at[0], at[1]);
          BigDecimal delta = BigDecimal.TEN.pow(size + 2);
          ContextTable changed = replace(table, at[0], at[1],
              old.value().get().add(delta).setScale(old.decimals(), RoundingMode.UNNECESSARY).toPlainString());
          Set<String> expected = new TreeSet<>();
          for (Derivation d : changed.derivations()) {
            for (int r = d.cells().firstRow(); r <= d.cells().lastRow(); r++) {
              for (int c = d.cells().firstColumn(); c <= d.cells().lastColumn(); c++) {
                ContextCell printed = changed.cell(r, c);
                if (printed.kind() == ContextCell.Kind.BLANK) {
                  continue;
                }
                BigDecimal should = ContextGenerators.exact(changed, d, r, c);
                if (!printsAs(should, printed, d.kind())) {
                  expected.add(ContextRules.cellPath(0, r, c));
                }
              }
            }
          }
          Set<String> found = contextFindings(with(changed)).stream()
              .filter(f -> ARITHMETIC.contains(f.code())).map(f -> f.path().substring(2))
              .collect(Collectors.toCollection(TreeSet::new));
          assertEquals(expected, found);
          assertTrue(found.contains(ContextRules.cellPath(0, at[0], at[1])) || !isDerived(changed, at),
              "a changed derived cell breaks its own derivation");
        });
  }

  /**
   * Whether a printed cell is its exact value within the printed precision: exact for a sum or a
   * difference, and for a quotient rounded half up or half to even, truncated or rounded up.
   */
  private static boolean printsAs(BigDecimal exact, ContextCell printed, DerivationKind kind) {
    BigDecimal value = printed.value().orElseThrow();
    if (!kind.rounds()) {
      return exact.compareTo(value) == 0;
    }
    for (RoundingMode mode : List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.UP)) {
      if (exact.setScale(printed.decimals(), mode).compareTo(value) == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDerived(ContextTable table, int[] at) {
    return table.derivations().stream().anyMatch(d -> d.cells().contains(at[0], at[1]));
  }

  static ContextTable replace(ContextTable table, int row, int column, String text) {
    List<ContextRow> rows = new ArrayList<>(table.rows());
    List<String> cells = new ArrayList<>(rows.get(row).cells());
    cells.set(column, text);
    rows.set(row, ContextRow.builder().from(rows.get(row)).cells(cells).build());
    return ContextTable.builder().from(table).rows(rows).build();
  }

  private static ContextTable onet(String... rows) {
    // กลุ่มสาระ: ปีการศึกษา 2562, ปีการศึกษา 2563, ผลต่าง; the last row ภาพรวม is the average.
    ContextTable.Builder b = ContextTable.builder().key("onet").number("6.1.1").title("เปรียบเทียบปีการศึกษา 2562 – 2563")
        .addLabelHeading("กลุ่มสาระ")
        .addColumn(List.of("ปีการศึกษา 2562")).addColumn(List.of("ปีการศึกษา 2563")).addColumn(List.of("ผลต่าง (+ / -)"));
    for (String row : rows) {
      String[] parts = row.split("\\|");
      b.addRow(ContextRow.of(parts[0], parts[1], parts[2], parts[3]));
    }
    int last = rows.length - 1;
    b.addDerivation(Derivation.of(new CellRange(0, 2, last, 2), DerivationKind.DIFFERENCE,
        List.of(CellRange.cell(0, 1), CellRange.cell(0, 0))));
    b.addDerivation(Derivation.of(new CellRange(last, 0, last, 1), DerivationKind.AVERAGE,
        List.of(new CellRange(0, 0, last - 1, 0))));
    return b.build();
  }

  @Test
  void aDifferenceOffByOneHundredthIsFoundWithBothMessages() {
    ContextTable table = onet("ภาษาไทย|42.10|49.21|7.11", "ภาษาอังกฤษ|26.50|34.74|8.42",
        "ภาพรวม|34.30|41.98|7.68");
    List<Finding> findings = contextFindings(with(table));
    assertEquals(1, findings.size(), findings.toString());
    Finding f = findings.get(0);
    assertEquals(StandardRules.CONTEXT_DIFFERENCE_MISMATCH, f.code());
    assertEquals("$.situation.tables[0].rows[1].cells[2]", f.path());
    assertEquals("Table 6.1.1 เปรียบเทียบปีการศึกษา 2562 – 2563, ภาษาอังกฤษ, ผลต่าง (+ / -): the difference is printed"
        + " 8.42, but 34.74 − 26.50 = 8.24.", f.message(Locale.ENGLISH));
    assertTrue(f.message(Locale.forLanguageTag("th")).contains("ผลต่างพิมพ์ไว้ 8.42"), f.message(Locale.forLanguageTag("th")));
  }

  @Test
  void aDifferenceOfTwoRoundedAveragesMayBeOffByTheirRounding() {
    // สพป.ตาก เขต 2, O-NET ม.3 2561: 32.56 − 37.50 = −4.94, printed −4.95: the averages were
    // subtracted before they were rounded (32.555 − 37.5025 = −4.9475).
    ContextTable.Builder b = ContextTable.builder().title("O-NET ม.3")
        .addColumn(List.of("เขตพื้นที่")).addColumn(List.of("ประเทศ")).addColumn(List.of("+ / -"))
        .addRow(ContextRow.of("ภาษาไทย", "47.41", "54.42", "-7.01"))
        .addRow(ContextRow.of("ภาษาอังกฤษ", "25.97", "29.45", "-3.48"))
        .addRow(ContextRow.of("คณิตศาสตร์", "23.89", "30.04", "-6.15"))
        .addRow(ContextRow.of("วิทยาศาสตร์", "32.95", "36.10", "-3.15"))
        .addRow(ContextRow.of("ภาพรวม", "32.56", "37.50", "-4.95"))
        .addDerivation(Derivation.of(new CellRange(0, 2, 4, 2), DerivationKind.DIFFERENCE,
            List.of(CellRange.cell(0, 0), CellRange.cell(0, 1))))
        .addDerivation(Derivation.of(new CellRange(4, 0, 4, 1), DerivationKind.AVERAGE,
            List.of(new CellRange(0, 0, 3, 0))));
    assertEquals(List.of(), contextFindings(with(b.build())));
    // Without the averages declared, the same −4.95 is a plain difference of printed numbers.
    ContextTable plain = ContextTable.builder().from(b.build())
        .derivations(List.of(b.build().derivations().get(0))).build();
    List<Finding> findings = contextFindings(with(plain));
    assertEquals(List.of(StandardRules.CONTEXT_DIFFERENCE_MISMATCH), findings.stream().map(Finding::code).toList());
  }

  @Test
  void someTruncatedSomeRoundedIsInconsistent() {
    // 9 of 121 is 7.438: 7.43 truncated; 40.325 → 40.33 rounded; 14 of 121 is 11.570 either way.
    ContextTable table = ContextTable.builder().title("ร้อยละ")
        .addColumn(List.of("ทั้งหมด")).addColumn(List.of("เล็ก")).addColumn(List.of("ร้อยละ"))
        .addRow(ContextRow.of("2562", "121", "14", "11.57"))
        .addRow(ContextRow.of("2563", "121", "9", "7.43"))
        .addRow(ContextRow.of("2564", "4000", "1613", "40.33"))
        .addDerivation(Derivation.of(new CellRange(0, 2, 2, 2), DerivationKind.PERCENTAGE,
            List.of(CellRange.cell(0, 1), CellRange.cell(0, 0))))
        .build();
    List<Finding> findings = contextFindings(with(table));
    assertEquals(List.of(StandardRules.CONTEXT_ROUNDING_INCONSISTENT), findings.stream().map(Finding::code).toList());
    assertEquals("$.situation.tables[0].rows[2].cells[2]", findings.get(0).path());
    assertEquals("Table ร้อยละ, 2564, ร้อยละ: 40.33 is rounded or rounded up, while 2563 ร้อยละ (r1c2) (7.43) is"
        + " truncated: the table rounds its cells in two ways.", findings.get(0).message(Locale.ENGLISH));
    // All truncated is one way.
    ContextTable truncated = replace(table, 2, 2, "40.32");
    assertEquals(List.of(), contextFindings(with(truncated)));
  }

  @Test
  void ratiosAndTotalsOfARealOverviewTable() {
    // สพป.ตาก เขต 2: students, teachers, ครู : นร. rounded up in every row; the total 52,119 is
    // not the districts' 52,199.
    ContextTable.Builder b = ContextTable.builder().key("overview").title("ภาพรวม")
        .addColumn(List.of("จำนวนนักเรียน")).addColumn(List.of("จำนวนข้าราชการครู")).addColumn(List.of("ครู : นร."))
        .addRow(ContextRow.of("แม่สอด", "11,879", "637", "1:19"))
        .addRow(ContextRow.of("แม่ระมาด", "6,206", "344", "1:19"))
        .addRow(ContextRow.of("ท่าสองยาง", "14,449", "679", "1:22"))
        .addRow(ContextRow.of("รวม", "52,119", "1,660", "1:32"))
        .addDerivation(Derivation.of(new CellRange(3, 0, 3, 1), DerivationKind.SUM, List.of(new CellRange(0, 0, 2, 0))))
        .addDerivation(Derivation.of(new CellRange(0, 2, 3, 2), DerivationKind.RATIO,
            List.of(CellRange.cell(0, 1), CellRange.cell(0, 0))));
    List<Finding> findings = contextFindings(with(b.build()));
    assertEquals(List.of(StandardRules.CONTEXT_TOTAL_MISMATCH), findings.stream().map(Finding::code).toList());
    assertEquals("$.situation.tables[0].rows[3].cells[0]", findings.get(0).path());
    assertEquals("Table ภาพรวม, รวม, จำนวนนักเรียน: the total is printed 52,119, 19,585 more than r0c0:r2c0 add up to"
        + " (32,534).", findings.get(0).message(Locale.ENGLISH));
  }

  @Test
  void theSameFigurePrintedTwoWaysIsAConflict() {
    ContextTable a = ContextTable.builder().key("a").title("ภาพรวม").addRow(ContextRow.of("รวม", "52,119")).build();
    ContextTable b = ContextTable.builder().key("b").title("จำนวนนักเรียน").addRow(ContextRow.of("รวมทั้งหมด", "๕๒,๑๙๙")).build();
    ContextTable c = ContextTable.builder().key("c").title("ซ้ำ").addRow(ContextRow.of("รวม", "52119")).build();
    StrategicPlan plan = StrategicPlan.builder().from(Fixtures.plan()).situation(Situation.builder().addAllTables(List.of(a, b, c))
        .addSameFigure(SameFigure.builder().label("นักเรียนปีการศึกษา 2564")
            .addAllCells(List.of(TableCell.parse("a!r0c0"), TableCell.parse("b!r0c0"), TableCell.parse("c!r0c0"))).build())
        .build()).build();
    List<Finding> findings = contextFindings(plan);
    assertEquals(List.of(StandardRules.CONTEXT_FIGURE_CONFLICT), findings.stream().map(Finding::code).toList());
    assertEquals("$.situation.tables[1].rows[0].cells[0]", findings.get(0).path());
  }

  @Test
  void aCellThatIsNotANumberIsUnchecked() {
    ContextTable table = ContextTable.builder().title("ขนาดโรงเรียน")
        .addRow(ContextRow.of("เล็ก", "11 รร. 3 รร.สาขา"))
        .addRow(ContextRow.of("กลาง", "80"))
        .addRow(ContextRow.of("รวม", "116"))
        .addDerivation(Derivation.of(CellRange.cell(2, 0), DerivationKind.SUM, List.of(new CellRange(0, 0, 1, 0))))
        .build();
    List<Finding> findings = contextFindings(with(table));
    assertEquals(List.of(StandardRules.CONTEXT_DERIVATION_UNCHECKED), findings.stream().map(Finding::code).toList());
    assertTrue(findings.get(0).message(Locale.ENGLISH).contains("not a number"));
  }

  @Test
  void theSampleOfTheContextPageFindsTheOfficeStaffTotal() {
    StrategicPlan plan = Fixtures.plan();
    // docs/context.md
    ContextTable staff = ContextTable.builder()
        .key("office-staff").number("6").title("จำนวนครูและบุคลากรทางการศึกษาที่ปฏิบัติงาน ณ สำนักงานเขตพื้นที่การศึกษา")
        .unit(Unit.PERSON).addLabelHeading("ข้อมูล ณ วันที่ ของทุกปี")
        .addRow(ContextRow.of("2563", "4", "13", "34", "4", "1", "13", "70"))
        .addDerivation(Derivation.of(CellRange.parse("r0c6"), DerivationKind.SUM,
            List.of(CellRange.parse("r0c0:r0c5"))))
        .build();
    StrategicPlan withContext = StrategicPlan.builder().from(plan)
        .situation(Situation.builder().addTable(staff).build()).build();
    List<Finding> findings = contextFindings(withContext);
    assertEquals(List.of("$.situation.tables[0].rows[0].cells[6]"), findings.stream().map(Finding::path).toList());
  }

  @Test
  void aPlanWithoutASituationHasNoContextFinding() {
    assertEquals(List.of(), contextFindings(Fixtures.plan()));
  }
}
