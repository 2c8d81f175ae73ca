/**
 * eduplan: the strategic and annual plans of Thai educational service area offices.
 */
module io.github.eduplan {
  requires static org.immutables.value.annotations;
  requires transitive tools.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires com.google.common;
  requires org.apache.commons.lang3;

  exports io.github.eduplan.time;
}
