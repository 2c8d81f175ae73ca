package io.github.eduplan.model;

import io.github.eduplan.internal.ValueStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The situation analysis that opens a plan (สภาพปัจจุบัน / บริบท / ข้อมูลพื้นฐาน): its context tables
 * (population, schools, students, staff, test results), its SWOT analyses and the cells of
 * different tables that print the same figure. A plan without one has the empty situation, which
 * JSON leaves out.
 *
 * <p>Building refuses, with a {@link ContextTableException}, two tables with the same key and a
 * same-figure cell of a table or a cell the situation does not have. This type is immutable and
 * thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(as = ImmutableSituation.class)
public abstract class Situation {
  private static final Situation EMPTY = builder().build();

  Situation() {}

  /**
   * Returns the context tables, in the document's order.
   *
   * @return the tables, not null
   */
  public abstract List<ContextTable> tables();

  /**
   * Returns the SWOT analyses, in the document's order.
   *
   * @return the analyses, not null
   */
  public abstract List<SwotAnalysis> swot();

  /**
   * Returns the cells of different tables that print the same quantity.
   *
   * @return the figures, not null
   */
  public abstract List<SameFigure> sameFigures();

  /**
   * Returns whether the situation holds nothing.
   *
   * @return true when it has no table, no SWOT and no same figure
   */
  public boolean isEmpty() {
    return tables().isEmpty() && swot().isEmpty() && sameFigures().isEmpty();
  }

  /**
   * Returns the index of the table with a key.
   *
   * @param key the key, not null
   * @return the index in {@link #tables()}, or -1
   */
  public int tableIndex(String key) {
    for (int t = 0; t < tables().size(); t++) {
      if (tables().get(t).key().filter(key::equals).isPresent()) {
        return t;
      }
    }
    return -1;
  }

  @Value.Check
  void check() {
    Map<String, Integer> keys = new HashMap<>();
    for (int t = 0; t < tables().size(); t++) {
      int index = t;
      tables().get(t).key().ifPresent(k -> {
        Integer before = keys.putIfAbsent(k, index);
        if (before != null) {
          throw new ContextTableException("tables[" + index + "].key", "the key '" + k
              + "' is the key of tables[" + before + "] too");
        }
      });
    }
    for (int f = 0; f < sameFigures().size(); f++) {
      List<TableCell> cells = sameFigures().get(f).cells();
      for (int c = 0; c < cells.size(); c++) {
        TableCell cell = cells.get(c);
        Integer t = keys.get(cell.table());
        String at = "sameFigures[" + f + "].cells[" + c + "]";
        if (t == null) {
          throw new ContextTableException(at, "no table has the key '" + cell.table() + "'");
        }
        if (!tables().get(t).contains(cell.cell().firstRow(), cell.cell().firstColumn())) {
          throw new ContextTableException(at, "the table '" + cell.table() + "' has no cell " + cell.cell());
        }
      }
    }
  }

  /**
   * Returns the empty situation.
   *
   * @return the empty situation, not null
   */
  public static Situation empty() {
    return EMPTY;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Situation}. */
  public static final class Builder extends ImmutableSituation.Builder {}
}
