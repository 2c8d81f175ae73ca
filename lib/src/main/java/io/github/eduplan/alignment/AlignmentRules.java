package io.github.eduplan.alignment;

import io.github.eduplan.validation.FindingMessages;
import io.github.eduplan.validation.PlanValidator;
import io.github.eduplan.validation.RuleContext;
import io.github.eduplan.validation.Severity;
import io.github.eduplan.validation.ValidationRule;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The validation rules of alignment (ความสอดคล้องกับแผนระดับต่าง ๆ), checked against a catalogue: a
 * link to an item the catalogue does not have, a link to an edition not in force in the plan's
 * years (NESDP 12 ended in 2564), a project whose links disagree with its own strategy's, a row
 * that links a master plan under another national strategy than the one beside it, and a
 * strategy or project with no link at a level the plan claims (a strategy counts the links of its
 * projects, strategic goals and indicators). They plug into the validator:
 *
 * <pre>{@code
 * PlanValidator validator = AlignmentRules.addTo(PlanValidator.standard(), Catalogue.bundled()).build();
 * }</pre>
 *
 * <p>The five rules of one {@link #all} call share the plan's {@link AlignmentMap}, built once per
 * validation ({@link RuleContext#shared(RuleContext.SharedKey, java.util.function.Supplier)}). The rules are immutable and thread-safe; their messages are in Thai and English.
 */
public final class AlignmentRules {
  /** A link names a framework, edition or item the catalogue does not have. */
  public static final String ALIGNMENT_ITEM_UNKNOWN = "ALIGNMENT_ITEM_UNKNOWN";
  /** A link names an edition that is not in force in any of the plan's fiscal years. */
  public static final String ALIGNMENT_EDITION_NOT_IN_FORCE = "ALIGNMENT_EDITION_NOT_IN_FORCE";
  /** A project links a framework's items that its own strategy's links to that framework do not share. */
  public static final String ALIGNMENT_DISAGREES_WITH_STRATEGY = "ALIGNMENT_DISAGREES_WITH_STRATEGY";
  /**
   * An element links an item (a master plan) that the catalogue places under an item of another
   * framework (its national strategy) while, beside it, it links that framework at other items
   * only: "ยุทธศาสตร์ชาติ 6, แผนแม่บท 11" where master plan 11 serves strategy 3.
   */
  public static final String ALIGNMENT_INCOHERENT = "ALIGNMENT_INCOHERENT";
  /** A strategy or project reaches none of the items of a plan level the plan claims. */
  public static final String ALIGNMENT_LEVEL_MISSING = "ALIGNMENT_LEVEL_MISSING";

  private static final FindingMessages MESSAGES = FindingMessages.fromProperties(
      AlignmentRules.class, "alignment-messages.properties", "alignment-messages_th.properties");

  private AlignmentRules() {}

  /**
   * Returns the five alignment rules, checking against a catalogue.
   *
   * @param catalogue the catalogue, not null; {@link Catalogue#bundled()} for the shipped one
   * @return the rules, in the order above, not null
   */
  public static List<ValidationRule> all(Catalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    // The five rules of this call share one index per validation, under a key of their own.
    RuleContext.SharedKey<AlignmentIndex> mapKey = RuleContext.SharedKey.named("alignment index");
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
        rule(ALIGNMENT_INCOHERENT, Severity.WARNING,
            "An element links an item whose parent framework it also links, but at another item than the parent.",
            catalogue, mapKey, AlignmentRules::incoherent),
        rule(ALIGNMENT_LEVEL_MISSING, Severity.WARNING,
            "A strategy (with its projects, strategic goals and indicators) or a project reaches no item of a plan level that the plan claims.",
            catalogue, mapKey, AlignmentRules::missingLevels));
  }

  private static ValidationRule rule(String code, Severity severity, String description, Catalogue catalogue,
      RuleContext.SharedKey<AlignmentIndex> mapKey, BiConsumer<AlignmentIndex, RuleContext> check) {
    return ValidationRule.of(code, severity, description, MESSAGES, (plan, context) -> check.accept(
        context.shared(mapKey, () -> new AlignmentIndex(AlignmentMap.of(plan, catalogue))), context));
  }

  /**
   * Adds the five alignment rules to a validator's builder.
   *
   * @param builder the builder, such as {@link PlanValidator#standard()}, not null
   * @param catalogue the catalogue, not null
   * @return the same builder
   */
  public static PlanValidator.Builder addTo(PlanValidator.Builder builder, Catalogue catalogue) {
    all(catalogue).forEach(builder::addRule);
    return builder;
  }

  /**
   * What a rule does with one link of the element at a place, the link's index among its links; the
   * element itself is made only for a finding ({@link AlignmentMap#elementAt}).
   */
  private interface LinkCheck {
    void check(int place, int index, ResolvedLink link);
  }

  private static void eachLink(AlignmentMap map, LinkCheck check) {
    for (int place = 0; place < map.size(); place++) {
      List<ResolvedLink> links = map.linksAt(place);
      for (int i = 0; i < links.size(); i++) {
        check.check(place, i, links.get(i));
      }
    }
  }

  private static void unknownItems(AlignmentIndex index, RuleContext context) {
    AlignmentMap map = index.map();
    eachLink(map, (place, i, link) -> {
      ResolvedLink.Status status = link.status();
      if (status == ResolvedLink.Status.UNKNOWN_FRAMEWORK || status == ResolvedLink.Status.UNKNOWN_EDITION
          || status == ResolvedLink.Status.UNKNOWN_ITEM) {
        PlanElement element = map.elementAt(place);
        context.at(linkPath(element, i)).number(element.number())
            .variant(status.name().toLowerCase(java.util.Locale.ROOT))
            .value("framework", link.link().framework(), thaiName(map, link.link().framework()))
            .value("edition", link.link().edition().orElse("-"))
            .value("item", link.link().item().orElse("-"))
            .report();
      }
    });
  }

  private static void editionsNotInForce(AlignmentIndex index, RuleContext context) {
    AlignmentMap map = index.map();
    eachLink(map, (place, i, link) -> {
      if (link.isFound() && !link.inForce()) {
        CatalogueItem item = link.item().get();
        PlanElement element = map.elementAt(place);
        context.at(linkPath(element, i)).number(element.number())
            .value("framework", item.framework(), thaiName(map, item.framework()))
            .value("edition", item.edition())
            .value("item", item.number())
            .value("period", map.plan().period())
            .report();
      }
    });
  }

  private static void disagreements(AlignmentIndex index, RuleContext context) {
    AlignmentMap map = index.map();
    for (int place = map.firstProject(); place < map.size(); place++) {
      List<ResolvedLink> links = map.linksAt(place);
      if (!linksAnItem(links)) {
        continue;   // a project that links no item cannot disagree
      }
      for (int strategyPlace : index.strategyPlaces(place)) {
        if (map.kindAt(strategyPlace) != ElementKind.STRATEGY) {
          continue;
        }
        Map<String, List<CatalogueItem>> theirs = index.reach(strategyPlace);
        if (theirs.isEmpty()) {
          continue;
        }
        // The project's frameworks in the order first linked, as its reach lists them.
        for (int i = 0; i < links.size(); i++) {
          Optional<CatalogueItem> item = links.get(i).item();
          if (item.isEmpty() || !firstOfFramework(links, i)) {
            continue;
          }
          String framework = item.get().framework();
          List<CatalogueItem> strategyItems = theirs.get(framework);
          if (strategyItems == null || strategyItems.isEmpty() || reaches(index, links, i, strategyItems)) {
            continue;
          }
          // The elements are made for a finding only: most projects agree with their strategies.
          PlanElement project = map.elementAt(place);
          PlanElement strategy = map.elementAt(strategyPlace);
          context.at(project.path() + ".alignment").number(project.number())
              .value("framework", framework, thaiName(map, framework))
              .value("items", index.numbers(index.reach(place).get(framework)))
              .value("strategy", strategy.number().orElse("-"))
              .value("strategyItems", index.numbers(strategyItems))
              .report();
        }
      }
    }
  }

  private static boolean linksAnItem(List<ResolvedLink> links) {
    for (int i = 0; i < links.size(); i++) {   // by index: no iterator for each project
      if (links.get(i).item().isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Whether link {@code at}, which has an item, is the first of the links with an item of its framework. */
  private static boolean firstOfFramework(List<ResolvedLink> links, int at) {
    String framework = links.get(at).item().get().framework();
    for (int i = 0; i < at; i++) {
      Optional<CatalogueItem> item = links.get(i).item();
      if (item.isPresent() && item.get().framework().equals(framework)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the items of the framework of link {@code from} that the links reach, from that link
   * on (none before it has the framework), share one with the strategy's: the project's reach in
   * that framework without building it.
   */
  private static boolean reaches(AlignmentIndex index, List<ResolvedLink> links, int from,
      List<CatalogueItem> strategyItems) {
    String framework = links.get(from).item().get().framework();
    for (int i = from; i < links.size(); i++) {
      Optional<CatalogueItem> item = links.get(i).item();
      if (item.isEmpty() || !item.get().framework().equals(framework)) {
        continue;
      }
      for (CatalogueItem reached : index.withinFramework(item.get())) {
        if (strategyItems.contains(reached)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A strategy or project that reaches no item of a claimed level. A strategy reaches what its own
   * links reach and what the links of its elements reach: its strategic goals and indicators, and
   * the projects that name it (a strategy whose projects are aligned is aligned, though the
   * document writes the links on the projects only). A project reaches what it and its strategies
   * link.
   */
  private static void missingLevels(AlignmentIndex index, RuleContext context) {
    AlignmentMap map = index.map();
    int claimed = 0;
    for (PlanLevel level : map.claimedLevels()) {
      claimed |= AlignmentIndex.bit(level);
    }
    if (claimed == 0) {
      return;
    }
    // What each strategy's elements link, gathered onto it in one pass over the elements.
    int[] gathered = new int[map.size()];
    for (int place = 0; place < map.size(); place++) {
      int own = ownBits(index, map.linksAt(place));
      if (own == 0) {
        continue;
      }
      gathered[place] |= own;
      if (map.kindAt(place) != ElementKind.STRATEGY) {
        for (int strategy : index.strategyPlaces(place)) {
          gathered[strategy] |= own;
        }
      }
    }
    for (int place = 0; place < map.size(); place++) {
      ElementKind kind = map.kindAt(place);
      if (kind != ElementKind.STRATEGY && kind != ElementKind.PROJECT) {
        continue;
      }
      int reached = kind == ElementKind.STRATEGY ? gathered[place] : index.levelBits(place);
      int missing = claimed & ~reached;
      if (missing != 0) {
        PlanElement e = map.elementAt(place);
        context.at(e.path()).number(e.number())
            .value("element", e.kind().thai())
            .value("levels", levelNumbers(missing))
            .report();
      }
    }
  }

  /** The levels an element's own links reach, each item followed up its parents. */
  private static int ownBits(AlignmentIndex index, List<ResolvedLink> links) {
    int bits = 0;
    for (int i = 0; i < links.size(); i++) {
      Optional<CatalogueItem> item = links.get(i).item();
      if (item.isPresent()) {
        bits |= index.chainLevelBits(item.get());
      }
    }
    return bits;
  }

  /** A framework's Thai name for Thai messages; an identifier the catalogue does not have, as written. */
  private static String thaiName(AlignmentMap map, String framework) {
    return map.catalogue().framework(framework).map(Framework::titleThai).orElse(framework);
  }

  /**
   * Links whose item belongs, through the catalogue's parents, to an item of another framework the
   * element links beside it at other items only. Per element: a set of its linked items, then each
   * link's ancestors once, so the cost is the links times the depth of the catalogue.
   */
  private static void incoherent(AlignmentIndex index, RuleContext context) {
    AlignmentMap map = index.map();
    Catalogue catalogue = map.catalogue();
    for (int place = 0; place < map.size(); place++) {
      List<ResolvedLink> links = map.linksAt(place);
      if (links.size() < 2) {
        continue;   // one link cannot disagree with another
      }
      Set<CatalogueItem> linked = new HashSet<>();
      Set<String> frameworks = new HashSet<>();
      for (int i = 0; i < links.size(); i++) {
        Optional<CatalogueItem> item = links.get(i).item();
        if (item.isPresent()) {
          linked.add(item.get());
          frameworks.add(item.get().framework());
        }
      }
      for (int i = 0; i < links.size(); i++) {
        Optional<CatalogueItem> item = links.get(i).item();
        if (item.isEmpty()) {
          continue;
        }
        // The nearest ancestor in each other framework the element links; reported once per framework.
        Set<String> seen = new HashSet<>();
        for (CatalogueItem up : catalogue.ancestors(item.get())) {
          String framework = up.framework();
          if (framework.equals(item.get().framework()) || !frameworks.contains(framework) || !seen.add(framework)) {
            continue;
          }
          if (!linkedWithin(catalogue, linked, item.get(), framework)) {
            PlanElement element = map.elementAt(place);
            context.at(linkPath(element, i)).number(element.number())
                .value("framework", item.get().framework(), thaiName(map, item.get().framework()))
                .value("item", item.get().number())
                .value("parentFramework", framework, thaiName(map, framework))
                .value("parent", up.number())
                .value("linked", linkedNumbers(links, framework))
                .report();
          }
        }
      }
    }
  }

  /** Whether an ancestor of the item in the framework is among the element's linked items. */
  private static boolean linkedWithin(Catalogue catalogue, Set<CatalogueItem> linked, CatalogueItem item,
      String framework) {
    for (CatalogueItem up : catalogue.ancestors(item)) {
      if (up.framework().equals(framework) && linked.contains(up)) {
        return true;
      }
    }
    return false;
  }

  /** The numbers of the items of a framework the links name, in order: "6" or "3, 6". */
  private static String linkedNumbers(List<ResolvedLink> links, String framework) {
    StringBuilder sb = new StringBuilder();
    for (ResolvedLink link : links) {
      if (link.item().isPresent() && link.item().get().framework().equals(framework)) {
        if (sb.length() > 0) {
          sb.append(", ");
        }
        sb.append(link.item().get().number());
      }
    }
    return sb.toString();
  }

  /** The levels of a bit set as their numbers, in order: "1, 3". */
  private static String levelNumbers(int bits) {
    StringBuilder sb = new StringBuilder();
    for (PlanLevel level : AlignmentIndex.levelsOf(bits)) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(level.number());
    }
    return sb.toString();
  }

  /** The path of an element's link: {@code $.projects[3].alignment[1]}. */
  private static String linkPath(PlanElement element, int link) {
    return element.path() + ".alignment[" + link + "]";
  }
}
