package io.github.eduplan.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.testsupport.Examples;
import io.github.eduplan.testsupport.TableGenerators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The round-trip promise of docs/tables.md: plan → table → plan gives the same elements the table
 * covers, for the five bundled plans and for generated ones, in CSV (Thai and English, for Excel
 * and plain) and XLSX.
 */
class TableRoundTripTest {
  static final Path PLANS = Path.of("../examples/src/main/resources/plans");
  static final List<TableFormat> FORMATS = List.of(TableFormat.DEFAULT,
      TableFormat.DEFAULT.withLanguage(TableFormat.Language.ENGLISH).withCsvForExcel(false));

  static Stream<String> bundledPlans() throws IOException {
    try (Stream<Path> files = Files.list(PLANS)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
    }
  }

  static StrategicPlan bundled(String name) throws IOException {
    return PlanJson.strict().read(Files.readAllBytes(PLANS.resolve(name)));
  }

  enum Form { CSV_BYTES, CSV_TEXT, XLSX }

  interface Writing {
    void write(java.io.OutputStream out, TableFormat format) throws IOException;
  }

  interface Reading<T> {
    T read(java.io.InputStream in, TableFormat format) throws IOException;
  }

  interface TextWriting {
    void write(java.io.Writer out, TableFormat format) throws IOException;
  }

  interface TextReading<T> {
    T read(java.io.Reader in, TableFormat format) throws IOException;
  }

  /** Writes and reads back in one form. */
  static <T> T again(TableFormat format, Form form, Writing csv, TextWriting text, Writing xlsx,
      Reading<T> readCsv, TextReading<T> readText, Reading<T> readXlsx) {
    try {
      if (form == Form.CSV_TEXT) {
        StringWriter out = new StringWriter();
        text.write(out, format);
        return readText.read(new StringReader(out.toString()), format);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      (form == Form.CSV_BYTES ? csv : xlsx).write(out, format);
      return (form == Form.CSV_BYTES ? readCsv : readXlsx).read(new ByteArrayInputStream(out.toByteArray()), format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static IndicatorTable again(IndicatorTable t, TableFormat format, Form form) {
    return again(format, form, t::writeCsv, t::writeCsv, t::writeXlsx,
        IndicatorTable::readCsv, IndicatorTable::readCsv, IndicatorTable::readXlsx);
  }

  static ProjectBudgetTable again(ProjectBudgetTable t, TableFormat format, Form form) {
    return again(format, form, t::writeCsv, t::writeCsv, t::writeXlsx,
        ProjectBudgetTable::readCsv, ProjectBudgetTable::readCsv, ProjectBudgetTable::readXlsx);
  }

  /** The strategies as the indicator table covers them: without their guidelines. */
  static List<Strategy> covered(StrategicPlan plan) {
    return plan.strategies().stream().map(s -> Strategy.builder().from(s).guidelines(List.of()).build()).toList();
  }

  @ParameterizedTest
  @MethodSource("bundledPlans")
  void everyBundledPlansIndicatorTableReadsBackEqualInEveryForm(String name) throws IOException {
    StrategicPlan plan = bundled(name);
    IndicatorTable table = IndicatorTable.of(plan);
    assertEquals(covered(plan), table.strategies());
    for (TableFormat format : FORMATS) {
      for (Form form : Form.values()) {
        assertEquals(table, again(table, format, form), name + " " + format + " " + form);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("bundledPlans")
  void everyBundledPlansProjectTableReadsBackEqualInEveryForm(String name) throws IOException {
    StrategicPlan plan = bundled(name);
    ProjectBudgetTable table = ProjectBudgetTable.of(plan);
    assertEquals(plan.statedTotals(), table.statedTotals());
    assertEquals(plan.projects().size(), table.projects().size());
    for (TableFormat format : FORMATS) {
      for (Form form : Form.values()) {
        assertEquals(table, again(table, format, form), name + " " + format + " " + form);
      }
    }
  }

  @Test
  void theTakPlansTwentySevenStatedTotalsAllComeBack() throws IOException {
    StrategicPlan plan = bundled("tak-2-2565.json");
    assertEquals(27, plan.statedTotals().size());
    for (Form form : Form.values()) {
      assertEquals(plan.statedTotals(), again(ProjectBudgetTable.of(plan), TableFormat.DEFAULT, form).statedTotals());
    }
  }

  @Test
  void generatedPlansIndicatorTablesReadBackEqual() {
    qt().withExamples(Examples.upTo(1000)).forAll(TableGenerators.plans()).checkAssert(plan -> {
      IndicatorTable table = IndicatorTable.of(plan);
      assertEquals(covered(plan), table.strategies());
      assertEquals(table, again(table, TableFormat.DEFAULT, Form.CSV_BYTES));
      assertEquals(table, again(table, FORMATS.get(1), Form.CSV_TEXT));
    });
  }

  @Test
  void generatedPlansProjectTablesReadBackEqual() {
    qt().withExamples(Examples.upTo(1000)).forAll(TableGenerators.plans()).checkAssert(plan -> {
      ProjectBudgetTable table = ProjectBudgetTable.of(plan);
      assertEquals(plan.statedTotals(), table.statedTotals());
      assertEquals(table, again(table, TableFormat.DEFAULT, Form.CSV_BYTES));
      assertEquals(table, again(table, FORMATS.get(1), Form.CSV_TEXT));
    });
  }

  @Test
  void generatedPlansReadBackEqualFromXlsx() {
    qt().withExamples(Examples.upTo(1000)).forAll(TableGenerators.plans()).checkAssert(plan -> {
      IndicatorTable indicators = IndicatorTable.of(plan);
      assertEquals(indicators, again(indicators, TableFormat.DEFAULT, Form.XLSX));
      ProjectBudgetTable projects = ProjectBudgetTable.of(plan);
      assertEquals(projects, again(projects, TableFormat.DEFAULT, Form.XLSX));
    });
  }
}
