package io.github.eduplan.alignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the alignment rules ask of one plan's {@link AlignmentMap}, each answer computed once per
 * element: the plan levels an element reaches (what {@code map.trace(e).levels()} gives, without
 * building the trace's chains) and the items it links per framework with their parents in the same
 * framework. A project's strategy is asked about once per validation instead of once per project.
 *
 * <p>One index belongs to one validation of one plan ({@code RuleContext.shared}); it is not
 * thread-safe.
 */
final class AlignmentIndex {
  private final AlignmentMap map;
  /**
   * Per element, by place in the map: the levels of its own links' items and their ancestors, as a
   * bit set of ordinals; -1 until asked.
   */
  private final int[] ownLevels;
  /** Per element, by place: {@link #reach}, null until asked. */
  private final List<Map<String, List<CatalogueItem>>> reach;
  /** Per element, by place: the places of its strategies, null until asked. */
  private final int[][] strategies;
  /** Catalogue items are the catalogue's own instances, so they are remembered by identity. */
  private final Map<CatalogueItem, List<CatalogueItem>> chains = new IdentityHashMap<>();
  private final Map<List<CatalogueItem>, String> numbers = new IdentityHashMap<>();
  private final Map<CatalogueItem, Integer> chainLevels = new IdentityHashMap<>();

  AlignmentIndex(AlignmentMap map) {
    this.map = map;
    int size = map.size();
    this.ownLevels = new int[size];
    Arrays.fill(ownLevels, -1);
    this.reach = new ArrayList<>(Collections.nCopies(size, null));
    this.strategies = new int[size][];
  }

  AlignmentMap map() {
    return map;
  }

  /**
   * Returns the plan levels an element reaches through its own links and its strategies' links,
   * each linked item followed up its parents: the levels of {@link AlignmentMap#trace}.
   *
   * @param element one of the map's elements
   * @return the levels as a bit set: bit {@code l.ordinal()} for each level {@code l} reached
   */
  int levelBits(PlanElement element) {
    return levelBits(placeOf(element));
  }

  /** {@link #levelBits(PlanElement)} of the element at a place in the map. */
  int levelBits(int place) {
    int bits = ownLevelBits(place);
    for (int strategy : strategyPlaces(place)) {
      bits |= ownLevelBits(strategy);
    }
    return bits;
  }

  /** The place of one of the map's elements. */
  private int placeOf(PlanElement element) {
    int place = map.placeOf(element);
    if (place < 0) {
      throw new IllegalArgumentException("not an element of the map: " + element.path());
    }
    return place;
  }

  /** The levels of {@link #levelBits} as a set, in order. */
  Set<PlanLevel> levels(PlanElement element) {
    return levelsOf(levelBits(element));
  }

  static Set<PlanLevel> levelsOf(int bits) {
    Set<PlanLevel> out = new LinkedHashSet<>();
    for (PlanLevel level : PlanLevel.values()) {
      if ((bits & bit(level)) != 0) {
        out.add(level);
      }
    }
    return out;
  }

  static int bit(PlanLevel level) {
    return 1 << level.ordinal();
  }

  private int ownLevelBits(int place) {
    int known = ownLevels[place];
    if (known >= 0) {
      return known;
    }
    int bits = 0;
    for (ResolvedLink link : map.linksAt(place)) {
      if (link.item().isPresent()) {
        bits |= chainLevelBits(link.item().get());
      }
    }
    ownLevels[place] = bits;
    return bits;
  }

  /** The levels of an item and all its ancestors, as a bit set; a plan links the same few items. */
  int chainLevelBits(CatalogueItem item) {
    Integer known = chainLevels.get(item);
    if (known != null) {
      return known;
    }
    int bits = bit(item.level());
    for (CatalogueItem up : map.catalogue().ancestors(item)) {
      bits |= bit(up.level());
    }
    chainLevels.put(item, bits);
    return bits;
  }

  /**
   * Returns the items an element links itself, per framework in the order first linked, each
   * linked item followed by its parents in the same framework, each item once.
   *
   * @param element one of the map's elements
   * @return the items by framework identifier, not null; unmodifiable
   */
  Map<String, List<CatalogueItem>> reach(PlanElement element) {
    return reach(placeOf(element));
  }

  /** {@link #reach(PlanElement)} of the element at a place in the map. */
  Map<String, List<CatalogueItem>> reach(int place) {
    Map<String, List<CatalogueItem>> known = reach.get(place);
    if (known != null) {
      return known;
    }
    Map<String, List<CatalogueItem>> out = new LinkedHashMap<>();
    for (ResolvedLink l : map.linksAt(place)) {
      if (l.item().isEmpty()) {
        continue;
      }
      CatalogueItem item = l.item().get();
      List<CatalogueItem> items = out.computeIfAbsent(item.framework(), k -> new ArrayList<>());
      for (CatalogueItem i : withinFramework(item)) {
        if (!items.contains(i)) {
          items.add(i);
        }
      }
    }
    Map<String, List<CatalogueItem>> frozen;
    if (out.isEmpty()) {
      frozen = Map.of();
    } else {
      out.replaceAll((framework, items) -> Collections.unmodifiableList(items));
      frozen = Collections.unmodifiableMap(out);
    }
    reach.set(place, frozen);
    return frozen;
  }

  /** An item and its ancestors in its own framework, nearest first; a plan links the same few items. */
  List<CatalogueItem> withinFramework(CatalogueItem item) {
    List<CatalogueItem> known = chains.get(item);
    if (known != null) {
      return known;
    }
    List<CatalogueItem> chain = new ArrayList<>();
    chain.add(item);
    for (CatalogueItem up : map.catalogue().ancestors(item)) {
      if (up.framework().equals(item.framework())) {
        chain.add(up);
      }
    }
    List<CatalogueItem> frozen = List.copyOf(chain);
    chains.put(item, frozen);
    return frozen;
  }

  /**
   * Returns the numbers of items joined by ", ", such as "3.2, 3": a strategy's items are named in
   * the finding of every project that disagrees with it, so each list is joined once.
   *
   * @param items a list {@link #reach} returned
   * @return the numbers, not null
   */
  String numbers(List<CatalogueItem> items) {
    String known = numbers.get(items);
    if (known == null) {
      StringBuilder sb = new StringBuilder();
      for (CatalogueItem item : items) {
        if (sb.length() > 0) {
          sb.append(", ");
        }
        sb.append(item.number());
      }
      known = sb.toString();
      numbers.put(items, known);
    }
    return known;
  }

  /** The places of the strategies of the element at a place: {@link AlignmentMap#strategiesOf}, asked once. */
  int[] strategyPlaces(int place) {
    int[] known = strategies[place];
    if (known == null) {
      known = map.strategyPlaces(place);
      strategies[place] = known;
    }
    return known;
  }
}
