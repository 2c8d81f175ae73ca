package io.github.eduplan.alignment;

import io.github.eduplan.validation.FindingMessages;
import io.github.eduplan.validation.PlanValidator;
import io.github.eduplan.validation.RuleContext;
import io.github.eduplan.validation.Severity;
import io.github.eduplan.validation.ValidationRule;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The validation rules of alignment (ความสอดคล้องกับแผนระดับต่าง ๆ), checked against a catalogue: a
 * link to an item the catalogue does not have, a link to an edition not in force in the plan's
 * years (NESDP 12 ended in 2564), a project whose links disagree with its own strategy's, and a
 * strategy or project with no link at a level the plan claims. They plug into the validator:
 *
 * <pre>{@code
 * PlanValidator validator = AlignmentRules.addTo(PlanValidator.standard(), Catalogue.bundled()).build();
 * }</pre>
 *
 * <p>The four rules of one {@link #all} call share the plan's {@link AlignmentMap}, built once per
 * validation ({@link RuleContext#shared}). The rules are immutable and thread-safe; their messages are in Thai and English.
 */
public final class AlignmentRules {
  /** A link names a framework, edition or item the catalogue does not have. */
  public static final String ALIGNMENT_ITEM_UNKNOWN = "ALIGNMENT_ITEM_UNKNOWN";
  /** A link names an edition that is not in force in any of the plan's fiscal years. */
  public static final String ALIGNMENT_EDITION_NOT_IN_FORCE = "ALIGNMENT_EDITION_NOT_IN_FORCE";
  /** A project links a framework's items that its own strategy's links to that framework do not share. */
  public static final String ALIGNMENT_DISAGREES_WITH_STRATEGY = "ALIGNMENT_DISAGREES_WITH_STRATEGY";
  /** A strategy or project reaches none of the items of a plan level the plan claims. */
  public static final String ALIGNMENT_LEVEL_MISSING = "ALIGNMENT_LEVEL_MISSING";

  private static final FindingMessages MESSAGES = FindingMessages.fromProperties(
      AlignmentRules.class, "alignment-messages.properties", "alignment-messages_th.properties");

  private AlignmentRules() {}

  /**
   * Returns the four alignment rules, checking against a catalogue.
   *
   * @param catalogue the catalogue, not null; {@link Catalogue#bundled()} for the shipped one
   * @return the rules, in the order above, not null
   */
  public static List<ValidationRule> all(Catalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    Object mapKey = new Object();   // the four rules of this call share one map per validation
    return List.of(
        rule(ALIGNMENT_ITEM_UNKNOWN, Severity.ERROR,
            "A link names a framework, edition or item the catalogue does not have.",
            catalogue, mapKey, AlignmentRules::unknownItems),
        rule(ALIGNMENT_EDITION_NOT_IN_FORCE, Severity.WARNING,
            "A link names an edition that is not in force in any of the plan's fiscal years.",
            catalogue, mapKey, AlignmentRules::editionsNotInForce),
        rule(ALIGNMENT_DISAGREES_WITH_STRATEGY, Severity.WARNING,
            "A project links items of a framework that its strategy also links, but none of the same items.",
            catalogue, mapKey, AlignmentRules::disagreements),
        rule(ALIGNMENT_LEVEL_MISSING, Severity.WARNING,
            "A strategy or project reaches no item of a plan level that the plan claims.",
            catalogue, mapKey, AlignmentRules::missingLevels));
  }

  private static ValidationRule rule(String code, Severity severity, String description, Catalogue catalogue,
      Object mapKey, BiConsumer<AlignmentMap, RuleContext> check) {
    return ValidationRule.of(code, severity, description, MESSAGES,
        (plan, context) -> check.accept(context.shared(mapKey, () -> AlignmentMap.of(plan, catalogue)), context));
  }

  /**
   * Adds the four alignment rules to a validator's builder.
   *
   * @param builder the builder, such as {@link PlanValidator#standard()}, not null
   * @param catalogue the catalogue, not null
   * @return the same builder
   */
  public static PlanValidator.Builder addTo(PlanValidator.Builder builder, Catalogue catalogue) {
    all(catalogue).forEach(builder::addRule);
    return builder;
  }

  private static void unknownItems(AlignmentMap map, RuleContext context) {
    eachLink(map, (at, link) -> {
      ResolvedLink.Status status = link.link.status();
      if (status == ResolvedLink.Status.UNKNOWN_FRAMEWORK || status == ResolvedLink.Status.UNKNOWN_EDITION
          || status == ResolvedLink.Status.UNKNOWN_ITEM) {
        context.at(at).number(link.element.number())
            .variant(status.name().toLowerCase(java.util.Locale.ROOT))
            .value("framework", link.link.link().framework())
            .value("edition", link.link.link().edition().orElse("-"))
            .value("item", link.link.link().item().orElse("-"))
            .report();
      }
    });
  }

  private static void editionsNotInForce(AlignmentMap map, RuleContext context) {
    eachLink(map, (at, link) -> {
      if (link.link.isFound() && !link.link.inForce()) {
        CatalogueItem item = link.link.item().get();
        context.at(at).number(link.element.number())
            .value("framework", item.framework())
            .value("edition", item.edition())
            .value("item", item.number())
            .value("period", map.plan().period())
            .report();
      }
    });
  }

  private static void disagreements(AlignmentMap map, RuleContext context) {
    for (PlanElement project : map.elements(ElementKind.PROJECT)) {
      Map<String, Set<CatalogueItem>> own = reach(map, project);
      for (PlanElement strategy : map.strategiesOf(project)) {
        if (strategy.kind() != ElementKind.STRATEGY) {
          continue;
        }
        Map<String, Set<CatalogueItem>> theirs = reach(map, strategy);
        for (Map.Entry<String, Set<CatalogueItem>> e : own.entrySet()) {
          Set<CatalogueItem> strategyItems = theirs.get(e.getKey());
          if (strategyItems == null || strategyItems.isEmpty()) {
            continue;
          }
          if (e.getValue().stream().noneMatch(strategyItems::contains)) {
            context.at(path(project.path()) + ".alignment").number(project.number())
                .value("framework", e.getKey())
                .value("items", numbers(e.getValue()))
                .value("strategy", strategy.number().orElse("-"))
                .value("strategyItems", numbers(strategyItems))
                .report();
          }
        }
      }
    }
  }

  private static void missingLevels(AlignmentMap map, RuleContext context) {
    Set<PlanLevel> claimed = map.claimedLevels();
    if (claimed.isEmpty()) {
      return;
    }
    for (PlanElement e : map.elements()) {
      if (e.kind() != ElementKind.STRATEGY && e.kind() != ElementKind.PROJECT) {
        continue;
      }
      Set<PlanLevel> missing = EnumSet.copyOf(claimed);
      missing.removeAll(map.trace(e).levels());
      if (!missing.isEmpty()) {
        context.at(path(e.path())).number(e.number())
            .value("element", e.kind().thai())
            .value("levels", missing.stream().map(l -> Integer.toString(l.number())).collect(Collectors.joining(", ")))
            .report();
      }
    }
  }

  /** The items an element links itself, per framework, with their parents in the same framework. */
  private static Map<String, Set<CatalogueItem>> reach(AlignmentMap map, PlanElement element) {
    Map<String, Set<CatalogueItem>> out = new java.util.LinkedHashMap<>();
    for (ResolvedLink l : map.links(element)) {
      l.item().ifPresent(item -> {
        Set<CatalogueItem> items = out.computeIfAbsent(item.framework(), k -> new LinkedHashSet<>());
        items.add(item);
        for (CatalogueItem up : map.catalogue().ancestors(item)) {
          if (up.framework().equals(item.framework())) {
            items.add(up);
          }
        }
      });
    }
    return out;
  }

  private static String numbers(Set<CatalogueItem> items) {
    return items.stream().map(CatalogueItem::number).collect(Collectors.joining(", "));
  }

  /** A link with its element, for the two per-link rules. */
  private record Located(PlanElement element, ResolvedLink link) {}

  private static void eachLink(AlignmentMap map, BiConsumer<String, Located> action) {
    for (Map.Entry<PlanElement, List<ResolvedLink>> e : map.links().entrySet()) {
      List<ResolvedLink> links = e.getValue();
      String base = path(e.getKey().path());
      for (int i = 0; i < links.size(); i++) {
        action.accept((base.isEmpty() ? "" : base + ".") + "alignment[" + i + "]", new Located(e.getKey(), links.get(i)));
      }
    }
  }

  /** The validator's path of an element: the alignment map's JSON path without its "$." root. */
  private static String path(String jsonPath) {
    return jsonPath.equals("$") ? "" : jsonPath.startsWith("$.") ? jsonPath.substring(2) : jsonPath;
  }
}
