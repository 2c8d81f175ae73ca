package io.github.eduplan.testsupport;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.eduplan.alignment.AlignmentMap;
import io.github.eduplan.alignment.Catalogue;
import io.github.eduplan.alignment.CatalogueItem;
import io.github.eduplan.alignment.CatalogueSource;
import io.github.eduplan.alignment.Edition;
import io.github.eduplan.alignment.Framework;
import io.github.eduplan.alignment.ItemKey;
import io.github.eduplan.alignment.PlanLevel;
import io.github.eduplan.alignment.SourceKind;
import io.github.eduplan.model.AlignmentEvidence;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.time.ThaiDigits;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators for alignment: catalogues of one to three frameworks whose items have
 * parents in the same or another framework, missing parents, and on purpose parent chains that
 * loop; and plans whose strategies and projects link to those items (by number as written, in Thai
 * or Arabic digits, with or without an edition), to unknown items and frameworks, and to their own
 * strategies.
 */
public final class AlignmentGenerators {
  private AlignmentGenerators() {}

  /** A catalogue and a plan linking to it. */
  public record Case(Catalogue catalogue, StrategicPlan plan) {
    /** Returns the alignment map of the plan. */
    public AlignmentMap map() {
      return AlignmentMap.of(plan, catalogue);
    }

    @Override
    public String toString() {
      return catalogue + " / " + plan.projects().size() + " projects";
    }
  }

  private static int between(RandomnessSource in, int min, int max) {
    return integers().between(min, max).generate(in);
  }

  /** A catalogue whose parent chains may loop, point to other frameworks or to missing items. */
  public static Gen<Catalogue> catalogues() {
    return in -> {
      List<Framework> frameworks = new ArrayList<>();
      List<List<ItemKey>> keys = new ArrayList<>();
      int count = between(in, 1, 3);
      for (int f = 0; f < count; f++) {
        String id = "f" + f;
        Framework.Builder fb = Framework.builder().id(id).titleThai("กรอบ " + f).level(PlanLevel.of(between(in, 1, 3)));
        int editions = between(in, 1, 2);
        List<ItemKey> ks = new ArrayList<>();
        for (int e = 0; e < editions; e++) {
          int first = between(in, 2558, 2570);
          fb.addEditions(Edition.builder().framework(id).id("e" + e).years(FiscalYearRange.of(first, first + between(in, 0, 6)))
              .source(CatalogueSource.of(SourceKind.OFFICIAL, "generated")).build());
          int items = between(in, 1, 6);
          for (int i = 1; i <= items; i++) {
            ks.add(new ItemKey(id, "e" + e, Integer.toString(i)));
          }
        }
        frameworks.add(fb.build());
        keys.add(ks);
      }
      List<ItemKey> all = keys.stream().flatMap(List::stream).collect(java.util.stream.Collectors.toList());
      List<CatalogueItem> items = new ArrayList<>();
      for (int f = 0; f < count; f++) {
        for (ItemKey k : keys.get(f)) {
          CatalogueItem.Builder ib = CatalogueItem.builder().framework(k.framework()).edition(k.edition())
              .number(k.number()).titleThai("รายการ " + k).level(frameworks.get(f).level())
              .source(CatalogueSource.of(between(in, 0, 1) == 0 ? SourceKind.PLAN_DOCUMENT : SourceKind.OFFICIAL, "generated " + k));
          int parent = between(in, 0, 9);
          if (parent >= 4 && parent <= 8) {
            ItemKey p = all.get(between(in, 0, all.size() - 1));
            if (!p.equals(k)) {
              ib.parent(p);
            }
          } else if (parent == 9) {
            ib.parent(new ItemKey(k.framework(), k.edition(), "99"));
          }
          items.add(ib.build());
        }
      }
      return Catalogue.of(frameworks, items);
    };
  }

  private static AlignmentLink link(RandomnessSource in, Catalogue catalogue) {
    int kind = between(in, 0, 19);
    List<CatalogueItem> items = catalogue.items();
    if (kind == 0) {
      return AlignmentLink.matrix("unknown", "1");
    }
    if (kind == 1) {
      return AlignmentLink.matrix(items.get(0).framework(), "42");
    }
    if (kind == 2) {
      return AlignmentLink.builder().framework(items.get(0).framework()).evidence(AlignmentEvidence.PROSE).build();
    }
    CatalogueItem target = items.get(between(in, 0, items.size() - 1));
    String number = between(in, 0, 3) == 0 ? ThaiDigits.toThai(target.number()) : target.number();
    AlignmentLink.Builder b = AlignmentLink.builder().framework(target.framework()).item(number)
        .evidence(AlignmentEvidence.values()[between(in, 0, 3)]);
    if (between(in, 0, 1) == 0) {
      b.edition(target.edition());
    }
    return b.build();
  }

  /** A catalogue and a plan of zero to four strategies and zero to ten projects linking to it. */
  public static Gen<Case> cases() {
    return catalogues().flatMap(catalogue -> in -> {
      int first = between(in, 2560, 2568);
      StrategicPlan.Builder plan = StrategicPlan.builder()
          .office(Office.builder().name("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต 1").build())
          .kind(PlanKind.ACTION_PLAN).period(FiscalYearRange.of(first, first + between(in, 0, 3)));
      int strategies = between(in, 0, 4);
      for (int s = 1; s <= strategies; s++) {
        Strategy.Builder sb = Strategy.builder().number(Integer.toString(s)).title("กลยุทธ์ทดสอบ " + s);
        int links = between(in, 0, 2);
        for (int l = 0; l < links; l++) {
          sb.addAlignment(link(in, catalogue));
        }
        plan.addStrategies(sb.build());
      }
      int projects = between(in, 0, 10);
      for (int p = 1; p <= projects; p++) {
        Project.Builder pb = Project.builder().number(Integer.toString(p)).title("โครงการทดสอบ " + p);
        if (between(in, 0, 4) > 0) {
          pb.budget(ModelGenerators.baht().generate(in));
        }
        if (between(in, 0, 3) > 0) {
          pb.strategy(Integer.toString(between(in, 1, 5)));
        }
        if (between(in, 0, 2) > 0) {
          pb.group("กลุ่ม " + between(in, 1, 3));
        }
        int links = between(in, 0, 4);
        for (int l = 0; l < links; l++) {
          pb.addAlignment(between(in, 0, 6) == 0
              ? AlignmentLink.matrix(AlignmentMap.OFFICE_STRATEGY, Integer.toString(between(in, 1, 5)))
              : link(in, catalogue));
        }
        plan.addProjects(pb.build());
      }
      return new Case(catalogue, plan.build());
    });
  }
}
