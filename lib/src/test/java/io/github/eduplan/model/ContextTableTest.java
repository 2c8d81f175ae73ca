package io.github.eduplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Context tables keep cells as printed, read them exactly, and refuse tables that cannot be. */
class ContextTableTest {
  @Test
  void cellsAreReadAsPrinted() {
    assertEquals(new ContextCell("๑,๒๓๔", ContextCell.Kind.NUMBER, Optional.of(new BigDecimal("1234")), 0),
        ContextCell.of("๑,๒๓๔"));
    assertEquals(2, ContextCell.of("42.10").decimals());
    assertEquals(new BigDecimal("42.10"), ContextCell.of("42.10").value().get());
    assertEquals(new BigDecimal("-7.37"), ContextCell.of("-7.37").value().get());
    assertEquals(new BigDecimal("7.11"), ContextCell.of("+7.11").value().get());
    assertEquals(new BigDecimal("17.50"), ContextCell.of("17.50%").value().get());
    assertEquals(ContextCell.Kind.NONE, ContextCell.of("-").kind());
    assertEquals(BigDecimal.ZERO, ContextCell.of(" - ").value().get());
    assertEquals(ContextCell.Kind.BLANK, ContextCell.of(" ").kind());
    assertEquals(Optional.empty(), ContextCell.of("").value());
    ContextCell ratio = ContextCell.of("1 : 19");
    assertEquals(ContextCell.Kind.RATIO, ratio.kind());
    assertEquals(0, new BigDecimal("19").compareTo(ratio.value().get()));
    assertEquals(0, new BigDecimal("24").compareTo(ContextCell.of("1:24").value().get()));
    assertEquals(ContextCell.Kind.TEXT, ContextCell.of("11 รร. 3 รร.สาขา").kind());
    assertEquals(ContextCell.Kind.TEXT, ContextCell.of("5-").kind());
    assertEquals(ContextCell.Kind.TEXT, ContextCell.of("0 : 5").kind());
    assertEquals(ContextCell.Kind.TEXT, ContextCell.of("1,23").kind());
  }

  @Test
  void rangesAreWrittenAndReadBack() {
    assertEquals(new CellRange(0, 4, 5, 4), CellRange.parse("r0c4:r5c4"));
    assertEquals("r0c4:r5c4", CellRange.parse("r0c4:r5c4").toString());
    assertEquals("r3c4", CellRange.cell(3, 4).toString());
    assertEquals(CellRange.parse("r4c7:r9c7"), CellRange.parse("r0c4:r5c4").shifted(4, 3));
    assertThrows(IllegalArgumentException.class, () -> CellRange.parse("r5c0:r1c0"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CellRange.parse("B2"));
    assertTrue(e.getMessage().contains("'B2'"));
    assertThrows(IllegalArgumentException.class, () -> CellRange.parse("r01c0"));
    assertThrows(IllegalArgumentException.class, () -> TableCell.parse("r0c0"));
    assertThrows(IllegalArgumentException.class, () -> TableCell.parse("t!r0c0:r1c0"));
    assertEquals("t!r1c2", TableCell.parse("t!r1c2").toString());
  }

  private static ContextTable.Builder twoByTwo() {
    return ContextTable.builder().title("t")
        .addRow(ContextRow.of("ก", "1", "2")).addRow(ContextRow.of("รวม", "1", "2"));
  }

  private static String refusedAt(Runnable build) {
    ContextTableException e = assertThrows(ContextTableException.class, build::run);
    assertTrue(e.getMessage().startsWith(e.path() + ": "), e.getMessage());
    return e.path();
  }

  @Test
  void aTableThatCannotBeIsRefusedWithWhere() {
    assertEquals("rows[1].cells", refusedAt(() -> ContextTable.builder().title("t")
        .addRow(ContextRow.of("ก", "1", "2")).addRow(ContextRow.of("ข", "1")).build()));
    assertEquals("rows[0].cells", refusedAt(() -> twoByTwo().addColumn(List.of("ชาย")).build()));
    assertEquals("derivations[0].cells", refusedAt(() -> twoByTwo()
        .addDerivation(Derivation.of(CellRange.cell(2, 0), DerivationKind.SUM, List.of(CellRange.cell(0, 0)))).build()));
    // Filled over two columns, r0c1 would take r0c2, which the table has not.
    assertEquals("derivations[0].from[0]", refusedAt(() -> twoByTwo()
        .addDerivation(Derivation.of(new CellRange(1, 0, 1, 1), DerivationKind.SUM, List.of(CellRange.cell(0, 1)))).build()));
    assertEquals("derivations[0].from[0]", refusedAt(() -> twoByTwo()
        .addDerivation(Derivation.of(CellRange.cell(1, 0), DerivationKind.SUM, List.of(new CellRange(0, 0, 1, 0)))).build()));
    assertEquals("derivations[1].cells", refusedAt(() -> twoByTwo()
        .addDerivation(Derivation.of(new CellRange(1, 0, 1, 1), DerivationKind.SUM, List.of(CellRange.cell(0, 0))))
        .addDerivation(Derivation.of(CellRange.cell(1, 1), DerivationKind.SUM, List.of(CellRange.cell(0, 1)))).build()));
    assertEquals("key", refusedAt(() -> twoByTwo().key("ตาราง 1").build()));
    assertThrows(IllegalArgumentException.class, () -> Derivation.of(CellRange.cell(1, 0), DerivationKind.DIFFERENCE,
        List.of(CellRange.cell(0, 0))));
    assertThrows(IllegalArgumentException.class, () -> Derivation.of(CellRange.cell(1, 0), DerivationKind.PERCENTAGE,
        List.of(new CellRange(0, 0, 0, 1), CellRange.cell(0, 0))));
    assertThrows(IllegalArgumentException.class, () -> Derivation.of(CellRange.cell(1, 0), DerivationKind.SUM, List.of()));
  }

  @Test
  void aSituationRefusesKeysTwiceAndFiguresOfNoCell() {
    ContextTable a = twoByTwo().key("a").build();
    assertEquals("tables[1].key", refusedAt(() -> Situation.builder().addTable(a).addTable(a).build()));
    assertEquals("sameFigures[0].cells[1]", refusedAt(() -> Situation.builder().addTable(a)
        .addSameFigure(SameFigure.builder().addAllCells(List.of(TableCell.parse("a!r0c0"), TableCell.parse("b!r0c0"))).build())
        .build()));
    assertEquals("sameFigures[0].cells[1]", refusedAt(() -> Situation.builder().addTable(a)
        .addSameFigure(SameFigure.builder().addAllCells(List.of(TableCell.parse("a!r0c0"), TableCell.parse("a!r5c0"))).build())
        .build()));
    assertTrue(Situation.empty().isEmpty());
  }

  @Test
  void derivationsFillLikeASpreadsheet() {
    Derivation d = Derivation.of(new CellRange(5, 0, 5, 8), DerivationKind.SUM, List.of(new CellRange(0, 0, 4, 0)));
    assertEquals(List.of(new CellRange(0, 3, 4, 3)), d.operandsOf(5, 3));
  }
}
