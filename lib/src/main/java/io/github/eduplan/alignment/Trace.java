package io.github.eduplan.alignment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a plan element leads through the plan levels: its own links, the strategy it belongs to
 * and that strategy's links, each linked item's parents up to the top, and the links that lead
 * nowhere. Example: project 1 of the สพป.ตาก เขต 2 FY2565
 * action plan (strategy 1) reaches national strategy 3, master plan 10,
 * reform plan 12 and OBEC policy 3.
 *
 * <p>A trace always ends, also on a catalogue whose parents loop: such a chain ends with
 * {@link TracePath.End#CYCLE}. This type is immutable and thread-safe.
 */
public final class Trace {
  private final PlanElement element;
  private final List<PlanElement> strategies;
  private final List<TracePath> paths;
  private final List<ResolvedLink> unresolved;

  Trace(PlanElement element, List<PlanElement> strategies, List<TracePath> paths, List<ResolvedLink> unresolved) {
    this.element = Objects.requireNonNull(element, "element");
    this.strategies = List.copyOf(strategies);
    this.paths = List.copyOf(paths);
    this.unresolved = List.copyOf(unresolved);
  }

  /**
   * Returns the element traced.
   *
   * @return the element, not null
   */
  public PlanElement element() {
    return element;
  }

  /**
   * Returns the strategies the element belongs to: a project's {@code strategy} and any
   * {@code office-strategy} link, or the strategy enclosing an indicator or strategic goal.
   *
   * @return the strategies, not null
   */
  public List<PlanElement> strategies() {
    return strategies;
  }

  /**
   * Returns the chains, the element's own links first, then its strategies'.
   *
   * @return the paths, not null
   */
  public List<TracePath> paths() {
    return paths;
  }

  /**
   * Returns the links, the element's own or its strategies', that name no catalogue item: unknown
   * frameworks, editions or items, and claims naming only a framework.
   *
   * @return the links, not null
   */
  public List<ResolvedLink> unresolved() {
    return unresolved;
  }

  /**
   * Returns every item reached, each once, in the order first reached.
   *
   * @return the items, not null
   */
  public List<CatalogueItem> items() {
    Set<CatalogueItem> out = new LinkedHashSet<>();
    paths.forEach(p -> out.addAll(p.items()));
    return List.copyOf(out);
  }

  /**
   * Returns the items reached at one plan level.
   *
   * @param level the level, not null
   * @return the items, not null
   */
  public List<CatalogueItem> items(PlanLevel level) {
    return items().stream().filter(i -> i.level() == level).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the items reached in one framework.
   *
   * @param framework the framework identifier, not null
   * @return the items, not null
   */
  public List<CatalogueItem> items(String framework) {
    return items().stream().filter(i -> i.framework().equals(framework)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the plan levels the trace reaches.
   *
   * @return the levels, in order, not null
   */
  public Set<PlanLevel> levels() {
    return items().stream().map(CatalogueItem::level).sorted()
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * Tells whether some chain stops because the catalogue's parents loop.
   *
   * @return true if a chain ends in {@link TracePath.End#CYCLE}
   */
  public boolean hasCycle() {
    return paths.stream().anyMatch(p -> p.end() == TracePath.End.CYCLE);
  }

  /**
   * Returns the items of a framework the element supports, and how. The element's own links to the
   * framework win: only when it names no item of the framework do its strategy's links count, and
   * only when neither does, items of the framework above the items it links to elsewhere (master
   * plan 12 is under national strategy 3). A link to a sub-item supports its parents in the same
   * framework ({@link SupportKind#SUB_ITEM}).
   *
   * @param framework the framework identifier, not null
   * @return the items in the order first reached, with how each is supported; not null
   */
  public Map<CatalogueItem, SupportKind> supported(String framework) {
    Map<CatalogueItem, SupportKind> best = new LinkedHashMap<>();
    for (TracePath p : paths) {
      rank(p.items().get(0), p.items().subList(1, p.items().size()), p.via().isPresent(), framework, best);
    }
    return Collections.unmodifiableMap(keepBestTier(best));
  }

  /**
   * Ranks the items of a framework along one chain, an item and its ancestors, into {@code best}
   * (each item keeps its best kind, in the order first reached): the item itself is a
   * {@link SupportKind#DIRECT} claim, or {@link SupportKind#STRATEGY} through a strategy; its
   * parents in the same framework are {@link SupportKind#SUB_ITEM} claims (or again
   * {@code STRATEGY}); items of the framework above an item of another are
   * {@link SupportKind#HIGHER_ITEM}.
   */
  static void rank(CatalogueItem item, List<CatalogueItem> ancestors, boolean viaStrategy, String framework,
      Map<CatalogueItem, SupportKind> best) {
    boolean within = true;
    for (int i = 0; i <= ancestors.size(); i++) {
      CatalogueItem at = i == 0 ? item : ancestors.get(i - 1);
      boolean in = at.framework().equals(framework);
      within &= in;
      if (in) {
        SupportKind kind = !within ? SupportKind.HIGHER_ITEM
            : viaStrategy ? SupportKind.STRATEGY
            : i == 0 ? SupportKind.DIRECT : SupportKind.SUB_ITEM;
        best.merge(at, kind, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
      }
    }
  }

  /**
   * Keeps the items of the best tier only: the element's own claims win, then its strategy's,
   * then items above another framework's (master plan 12 is under national strategy 3).
   */
  static Map<CatalogueItem, SupportKind> keepBestTier(Map<CatalogueItem, SupportKind> best) {
    int tier = best.values().stream().mapToInt(Trace::tier).min().orElse(0);
    best.values().removeIf(kind -> tier(kind) != tier);
    return best;
  }

  private static int tier(SupportKind kind) {
    return kind.isOwnClaim() ? 0 : kind == SupportKind.STRATEGY ? 1 : 2;
  }

  @Override
  public String toString() {
    return "Trace[" + element.label() + " → " + items().stream().map(i -> i.key().toString())
        .collect(Collectors.joining(", ")) + "]";
  }
}
