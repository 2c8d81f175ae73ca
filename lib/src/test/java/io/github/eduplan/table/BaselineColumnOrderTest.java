package io.github.eduplan.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.Strategy;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Baseline columns in any order: a table read from a file whose baseline columns are not in year
 * order (ข้อมูลพื้นฐาน 2564 before ข้อมูลพื้นฐาน 2560, as a planner who moved a column in Excel leaves
 * it) holds its baselines in year order, so that it can be written and read back. Found by
 * fuzzing (TablesFuzzTest): the reader kept the columns' order, and writing the table it had read
 * then failed with an IllegalArgumentException.
 */
class BaselineColumnOrderTest {
  private static final TableFormat F = TableFormat.DEFAULT.withCsvForExcel(false);

  @Test
  void baselineColumnsOutOfYearOrderAreReadInYearOrderAndWriteBack() throws IOException {
    Indicator indicator = Indicator.builder().code("1").text("ร้อยละของผู้เรียนที่ได้รับการดูแลความปลอดภัย")
        .measureKind(MeasureKind.PERCENTAGE).direction(Direction.INCREASE)
        .addBaselines(Baseline.of(2560, IndicatorValue.number(75)), Baseline.of(2564, IndicatorValue.number(80)))
        .build();
    IndicatorTable table = IndicatorTable.of(List.of(Strategy.builder().number("1").title("ความปลอดภัย")
        .addIndicators(indicator).build()));
    StringWriter out = new StringWriter();
    table.writeCsv(out, F);
    String swapped = swapColumns(out.toString(), "ข้อมูลพื้นฐาน 2560", "ข้อมูลพื้นฐาน 2564");

    IndicatorTable read = IndicatorTable.readCsv(new StringReader(swapped), F);

    assertEquals(List.of(2560, 2564), read.indicators().get(0).baselines().stream().map(Baseline::year).toList());
    assertEquals(table, read);
    StringWriter again = new StringWriter();
    read.writeCsv(again, F);
    assertEquals(read, IndicatorTable.readCsv(new StringReader(again.toString()), F));
  }

  /** Swaps two columns of a CSV whose cells hold no comma, quote or line break. */
  private static String swapColumns(String csv, String first, String second) {
    List<String> lines = new ArrayList<>(Arrays.asList(csv.split("\n", -1)));
    List<String> header = Arrays.asList(lines.get(0).split(",", -1));
    int a = header.indexOf(first);
    int b = header.indexOf(second);
    assertEquals(true, a >= 0 && b >= 0, header::toString);
    StringBuilder s = new StringBuilder();
    for (String line : lines) {
      if (!line.isEmpty()) {
        String[] cells = line.split(",", -1);
        String t = cells[a];
        cells[a] = cells[b];
        cells[b] = t;
        s.append(String.join(",", cells));
      }
      s.append('\n');
    }
    return s.substring(0, s.length() - 1);
  }
}
