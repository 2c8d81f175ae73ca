package io.github.eduplan.diff;

import io.github.eduplan.model.StrategicPlan;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON form of a diff, as {@code docs/diff.md} documents it. */
final class JsonReport {
  private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final JsonGenerator g;

  private JsonReport(JsonGenerator g) {
    this.g = g;
  }

  static String of(PlanDiff diff) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      new JsonReport(g).write(diff);
    }
    return out.toString();
  }

  private void write(PlanDiff diff) {
    g.writeStartObject();
    version("older", diff.older());
    version("newer", diff.newer());
    g.writeObjectPropertyStart("summary");
    for (Map.Entry<ChangeKind, Integer> e : summary(diff).entrySet()) {
      g.writeNumberProperty(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
    g.writeArrayPropertyStart("changes");
    for (ElementChange c : diff.changes()) {
      change(c);
    }
    g.writeEndArray();
    g.writeObjectPropertyStart("budget");
    g.writeName("byStrategy");
    comparison(diff.budgetByStrategy());
    g.writeName("byQuarter");
    comparison(diff.budgetByQuarter());
    g.writeArrayPropertyStart("byFrameworkItem");
    for (BudgetComparison c : diff.budgetByFrameworkItem()) {
      comparison(c);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  /** How many changes have each kind; a change with several kinds counts in each. */
  static Map<ChangeKind, Integer> summary(PlanDiff diff) {
    Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
    for (ChangeKind k : ChangeKind.values()) {
      counts.put(k, 0);
    }
    diff.changes().forEach(c -> c.kinds().forEach(k -> counts.merge(k, 1, Integer::sum)));
    return counts;
  }

  private void version(String name, StrategicPlan plan) {
    g.writeObjectPropertyStart(name);
    g.writeStringProperty("office", plan.office().name());
    text("title", plan.title());
    g.writeStringProperty("period", plan.period().toString());
    text("revision", plan.revision());
    money("projectBudgetTotal", plan.projectBudgetTotal().amount());
    g.writeEndObject();
  }

  private void change(ElementChange c) {
    g.writeStartObject();
    g.writeStringProperty("part", c.part().name());
    g.writeArrayPropertyStart("kinds");
    for (ChangeKind k : c.kinds()) {
      g.writeString(k.name());
    }
    g.writeEndArray();
    side("older", c.olderPath(), c.olderNumber(), c.olderText());
    side("newer", c.newerPath(), c.newerNumber(), c.newerText());
    g.writeArrayPropertyStart("fields");
    for (FieldChange f : c.fields()) {
      g.writeStartObject();
      g.writeStringProperty("field", f.field().name());
      text("at", Optional.of(f.at()).filter(a -> !a.isEmpty()));
      text("before", f.before());
      text("after", f.after());
      if (f.difference().isPresent()) {
        money("difference", f.difference().get());
      } else {
        g.writeNullProperty("difference");
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void side(String name, Optional<String> path, Optional<String> number, Optional<String> text) {
    if (path.isEmpty()) {
      g.writeNullProperty(name);
      return;
    }
    g.writeObjectPropertyStart(name);
    g.writeStringProperty("path", path.get());
    text("number", number);
    text("text", text);
    g.writeEndObject();
  }

  private void comparison(BudgetComparison c) {
    g.writeStartObject();
    g.writeStringProperty("heading", c.heading());
    text("framework", c.framework());
    g.writeArrayPropertyStart("rows");
    for (BudgetComparison.Row r : c.rows()) {
      row(r);
    }
    g.writeEndArray();
    g.writeName("total");
    row(c.total());
    if (c.unassigned().isPresent()) {
      g.writeName("unassigned");
      row(c.unassigned().get());
    } else {
      g.writeNullProperty("unassigned");
    }
    g.writeEndObject();
  }

  private void row(BudgetComparison.Row r) {
    g.writeStartObject();
    g.writeStringProperty("key", r.key());
    g.writeStringProperty("label", r.label());
    g.writeNumberProperty("projectsBefore", r.projectsBefore());
    g.writeNumberProperty("projectsAfter", r.projectsAfter());
    money("before", r.before().amount());
    money("after", r.after().amount());
    money("difference", r.difference());
    g.writeEndObject();
  }

  private void text(String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    } else {
      g.writeNullProperty(name);
    }
  }

  /** Money as an exact JSON number, as the plan format writes it: no decimals for whole baht. */
  private void money(String name, BigDecimal amount) {
    g.writeName(name);
    g.writeNumber(Values.signedMoney(amount));
  }
}
