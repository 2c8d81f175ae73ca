/**
 * eduplan: the strategic and annual plans of Thai educational service area offices
 * (สำนักงานเขตพื้นที่การศึกษา) as an immutable model, with JSON, validation, alignment to national
 * plan levels and achievement calculators.
 */
module io.github.eduplan {
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  requires transitive tools.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires tools.jackson.dataformat.csv;
  requires com.google.common;
  requires org.apache.commons.lang3;

  exports io.github.eduplan.time;
  exports io.github.eduplan.model;
  exports io.github.eduplan.json;
  exports io.github.eduplan.table;
  exports io.github.eduplan.alignment;
  exports io.github.eduplan.achievement;
  exports io.github.eduplan.validation;
  exports io.github.eduplan.diff;

  // The generated ImmutableX classes are package-private; Jackson reaches them reflectively.
  opens io.github.eduplan.model to tools.jackson.databind;
}
