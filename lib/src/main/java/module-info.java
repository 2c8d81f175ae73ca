/**
 * eduplan: the strategic and annual plans of Thai educational service area offices
 * (สำนักงานเขตพื้นที่การศึกษา) as an immutable model, with JSON, validation, alignment to national
 * plan levels, achievement calculators and results documents.
 *
 * <p>{@link io.github.eduplan.json.EduplanModule} is a {@link tools.jackson.databind.JacksonModule}
 * service: {@code JsonMapper.builder().findAndAddModules()} finds it on the module path and on the
 * class path.
 *
 * @provides tools.jackson.databind.JacksonModule the eduplan value types' serializers and
 *     deserializers ({@link io.github.eduplan.json.EduplanModule})
 */
module io.github.eduplan {
  // Compile-time only: the Immutables annotations have class retention and nothing reads them at
  // run time. Not transitive: javac would then require them of every consumer on the module path
  // (the examples' ConsumerLintTest compiles one without them).
  requires static org.immutables.value.annotations;
  requires transitive tools.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires tools.jackson.dataformat.csv;
  requires com.google.common;
  // XLSX tables only; optional, so an application that does not use XLSX does not carry them.
  requires static org.dhatim.fastexcel;
  requires static org.dhatim.fastexcel.reader;
  requires static org.apache.commons.compress;

  exports io.github.eduplan.time;
  exports io.github.eduplan.model;
  exports io.github.eduplan.json;
  exports io.github.eduplan.table;
  exports io.github.eduplan.alignment;
  exports io.github.eduplan.achievement;
  exports io.github.eduplan.validation;
  exports io.github.eduplan.results;
  exports io.github.eduplan.diff;
  exports io.github.eduplan.cascade;

  // The generated ImmutableX classes are package-private; Jackson reaches them reflectively.
  opens io.github.eduplan.model to tools.jackson.databind;
  opens io.github.eduplan.results to tools.jackson.databind;

  provides tools.jackson.databind.JacksonModule with io.github.eduplan.json.EduplanModule;
}
