package io.github.eduplan.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.Target;
import io.github.eduplan.time.FiscalYear;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lone carriage return inside a list cell (a scale's levels, objectives, responsible units) ends a
 * line as CRLF and LF do, so that every item read can be written again. Found by fuzzing
 * (TablesFuzzTest): the reader split lines at CRLF and LF only and kept a level {@code ดี\rดีมาก}
 * that the writer then refused.
 */
class CellLineBreaksTest {
  private static final TableFormat F = TableFormat.DEFAULT.withCsvForExcel(false);

  @Test
  void aLoneCarriageReturnInAScaleCellSeparatesTwoLevels() throws IOException {
    OrdinalScale scale = OrdinalScale.builder().name("ระดับคุณภาพ").addLevels("ปรับปรุง", "พอใช้", "ดี", "ดีมาก").build();
    Indicator indicator = Indicator.builder().code("2.").text("ระดับคุณภาพของสถานศึกษา")
        .measureKind(MeasureKind.ORDINAL).direction(Direction.INCREASE).scale(scale)
        .putTarget(FiscalYear.of(2566), Target.of(IndicatorValue.level("ดีมาก"))).build();
    IndicatorTable table = IndicatorTable.of(List.of(Strategy.builder().number("1").title("คุณภาพ")
        .addIndicators(indicator).build()));
    StringWriter out = new StringWriter();
    table.writeCsv(out, F);
    assertTrue(out.toString().contains("ดี\nดีมาก"), out::toString);
    String withLoneCr = out.toString().replace("ดี\nดีมาก", "ดี\rดีมาก");

    IndicatorTable read = IndicatorTable.readCsv(new StringReader(withLoneCr), F);

    assertEquals(scale, read.indicators().get(0).scale().orElseThrow());
    assertEquals(table, read);
    StringWriter again = new StringWriter();
    read.writeCsv(again, F);
    assertEquals(read, IndicatorTable.readCsv(new StringReader(again.toString()), F));
  }
}
