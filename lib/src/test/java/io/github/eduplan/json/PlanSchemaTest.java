package io.github.eduplan.json;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.eduplan.testsupport.Examples;
import io.github.eduplan.testsupport.ModelGenerators;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Keeps the shipped JSON Schema in step with what the library writes. */
class PlanSchemaTest {
  private static final PlanJson JSON = PlanJson.strict();

  private static JsonNode schema() throws Exception {
    try (InputStream in = PlanJson.schema()) {
      return JSON.mapper().readTree(in);
    }
  }

  /** Every property name the schema declares anywhere. */
  private static Set<String> declaredNames(JsonNode node, Set<String> into) {
    if (node.isObject()) {
      JsonNode props = node.get("properties");
      if (props != null) {
        props.propertyNames().forEach(into::add);
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        declaredNames(e.getValue(), into);
      }
    } else if (node.isArray()) {
      for (JsonNode child : node) {
        declaredNames(child, into);
      }
    }
    return into;
  }

  /** Every property name a document uses, except the keys of target maps (fiscal years). */
  private static void usedNames(JsonNode node, String parent, Set<String> into) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!parent.equals("targets")) {
          into.add(e.getKey());
        }
        usedNames(e.getValue(), e.getKey(), into);
      }
    } else if (node.isArray()) {
      for (JsonNode child : node) {
        usedNames(child, parent, into);
      }
    }
  }

  @Test
  void everyPropertyTheLibraryWritesIsDeclaredInTheSchema() throws Exception {
    Set<String> declared = declaredNames(schema(), new HashSet<>());
    qt().withExamples(Examples.upTo(300)).forAll(ModelGenerators.plans()).checkAssert(plan -> {
      Set<String> used = new HashSet<>();
      usedNames(JSON.mapper().readTree(JSON.write(plan)), "", used);
      used.removeAll(declared);
      assertTrue(used.isEmpty(), "not in plan.schema.json: " + used);
    });
  }

  @Test
  void theSchemaRequiresWhatTheModelRequires() throws Exception {
    JsonNode root = schema();
    assertTrue(root.get("required").toString().contains("\"office\""));
    assertTrue(root.get("additionalProperties").isBoolean() && !root.get("additionalProperties").asBoolean());
    JsonNode project = root.get("$defs").get("project");
    assertTrue(project.get("required").toString().contains("\"title\""));
  }
}
