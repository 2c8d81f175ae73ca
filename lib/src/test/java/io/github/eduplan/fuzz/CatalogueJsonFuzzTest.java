package io.github.eduplan.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.eduplan.alignment.AlignmentRules;
import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.alignment.CatalogueFormatException;
import io.github.eduplan.alignment.CatalogueItem;
import io.github.eduplan.alignment.CatalogueJson;
import io.github.eduplan.fuzz.FuzzSupport.Shared;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.validation.PlanValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the alignment catalogue document (แผนระดับต่าง ๆ): bytes → {@link CatalogueJson#read} →
 * write → read back equal; then the catalogue, alone and merged over the bundled one, serves the
 * alignment rules and every alignment query for a small plan whose project links to its first
 * items. Only {@link CatalogueFormatException} may escape the read.
 */
class CatalogueJsonFuzzTest {
  @BeforeAll
  static void settings() {
    FuzzSupport.fuzzFor();
  }

  @FuzzTest
  void catalogueDocument(byte[] document) {
    Catalogue catalogue;
    try {
      catalogue = CatalogueJson.read(new ByteArrayInputStream(document));
    } catch (CatalogueFormatException e) {
      assertFalse(e.getMessage().isBlank(), "a refusal says what is wrong");
      return;
    } catch (IOException e) {
      throw new UncheckedIOException("a byte array cannot fail as a stream", e);
    }
    assertEquals(catalogue, CatalogueJson.read(CatalogueJson.write(catalogue)), "written and read back");
    for (CatalogueItem item : catalogue.items()) {
      catalogue.ancestors(item);
      catalogue.isInCycle(item);
      catalogue.children(item);
      catalogue.parent(item);
    }
    catalogue.itemsWithMissingParent();
    Catalogue merged = Catalogue.bundled().merge(catalogue);
    StrategicPlan plan = linkedToItems(FuzzSupport.smallPlan(), catalogue);
    for (Catalogue c : List.of(catalogue, merged)) {
      PlanValidator validator = AlignmentRules.addTo(PlanValidator.standard(), c).build();
      validator.validate(plan).findings().forEach(f -> f.message(java.util.Locale.ENGLISH));
      FuzzSupport.alignment(plan, c);
    }
    Shared.STANDARD.validate(plan);
  }

  /** The plan with its first project linked to the catalogue's first items, by matrix. */
  private static StrategicPlan linkedToItems(StrategicPlan plan, Catalogue catalogue) {
    List<AlignmentLink> links = new ArrayList<>();
    for (CatalogueItem item : catalogue.items().stream().limit(20).toList()) {
      AlignmentLink.Builder b = AlignmentLink.builder();
      b.framework(item.framework()).edition(item.edition()).item(item.number())
          .evidence(io.github.eduplan.model.AlignmentEvidence.MATRIX);
      links.add(b.build());
    }
    List<Project> projects = new ArrayList<>(plan.projects());
    if (!projects.isEmpty()) {
      Project.Builder p = Project.builder();
      p.from(projects.get(0)).addAllAlignment(links);
      projects.set(0, p.build());
    }
    StrategicPlan.Builder b = StrategicPlan.builder();
    b.from(plan).projects(projects);
    return b.build();
  }
}
