package io.github.eduplan.alignment;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.Iterables;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.Multimaps;
import io.github.eduplan.model.ElementNumber;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.time.ThaiDigits;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A reference catalogue of higher-level frameworks and their numbered items, the targets of a
 * plan's alignment links (ความสอดคล้องกับแผนระดับต่าง ๆ). {@link #bundled()} is the catalogue shipped
 * in the jar: ยุทธศาสตร์ชาติ, the 23 แผนแม่บท, แผนการปฏิรูปประเทศ, NESDP 12 and 13,
 * แผนการศึกษาแห่งชาติ, the national security policy, and the government, MOE and OBEC policies
 * the seeds cite. Users read their own with {@link CatalogueJson} and {@link #merge} it in.
 *
 * <pre>{@code
 * Catalogue catalogue = Catalogue.bundled();
 * Optional<CatalogueItem> learning = catalogue.item("master-plan", "2561", "12");
 * }</pre>
 *
 * <p>A catalogue may hold parent chains that loop or point to items it lacks (a user's catalogue
 * may be wrong, or be meant to merge with another): {@link #ancestors} stops at either.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Catalogue {
  private static final Catalogue EMPTY = new Catalogue(Map.of(), Map.of());

  private final Map<String, Framework> frameworks;
  private final Map<ItemKey, CatalogueItem> items;
  /**
   * Lookups already made: a national corpus repeats the same few hundred links millions of times.
   * Bounded, so that a hostile plan with millions of distinct links cannot grow it without end.
   */
  private final Map<FiscalYearRange, PeriodMemo> resolved = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<ItemKey, List<CatalogueItem>> ancestry = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MEMO_LIMIT = 10_000;

  /** The most plan periods whose lookups are kept; a corpus has a handful. */
  private static final int PERIOD_LIMIT = 64;

  /**
   * The lookups made for the plans of one period, keyed by link: the period's memo is found once
   * per plan ({@link #resolverFor}) instead of once per link.
   */
  final class PeriodMemo {
    private final FiscalYearRange period;
    private final Map<AlignmentLink, ResolvedLink> links = new java.util.concurrent.ConcurrentHashMap<>();

    private PeriodMemo(FiscalYearRange period) {
      this.period = period;
    }

    /** {@link Catalogue#resolve(AlignmentLink, FiscalYearRange)} for this period. */
    ResolvedLink resolve(AlignmentLink link) {
      ResolvedLink known = links.get(link);
      if (known != null) {
        return known.link() == link ? known : new ResolvedLink(link, known.status(), known.item(), known.inForce());
      }
      ResolvedLink found = lookUp(link, period);
      if (links.size() < MEMO_LIMIT) {
        links.putIfAbsent(link, found);
      }
      return found;
    }
  }

  /**
   * The lookups of one period; a memo that keeps nothing once {@value #PERIOD_LIMIT} periods have
   * theirs, so that plans of ever new periods cannot grow the catalogue without end.
   */
  PeriodMemo resolverFor(FiscalYearRange period) {
    PeriodMemo memo = resolved.get(period);
    if (memo == null) {
      memo = new PeriodMemo(period);
      if (resolved.size() < PERIOD_LIMIT) {
        PeriodMemo raced = resolved.putIfAbsent(period, memo);
        memo = raced != null ? raced : memo;
      }
    }
    return memo;
  }

  /** The items of each framework, in catalogue order; made on the first query by framework. */
  private final Supplier<ListMultimap<String, CatalogueItem>> byFramework;
  /** The items under each parent key, in catalogue order; made on the first query for children. */
  private final Supplier<ListMultimap<ItemKey, CatalogueItem>> byParent;
  /**
   * The first item of each framework edition with each number as {@link ElementNumber#key} reads
   * it ({@code ๓} and {@code 3.} are {@code 3}); made on the first lookup of a number not written
   * as in the catalogue.
   */
  private final Supplier<Map<ItemKey, CatalogueItem>> byNumberKey;
  /**
   * Each item's top within its framework ({@link #topWithinFramework}), by key: worked out along a
   * chain once, so that asking it of every item of a long chain costs the chain's length once.
   */
  private final Map<ItemKey, CatalogueItem> tops = new java.util.concurrent.ConcurrentHashMap<>();

  private Catalogue(Map<String, Framework> frameworks, Map<ItemKey, CatalogueItem> items) {
    this.frameworks = frameworks;
    this.items = items;
    this.byFramework = Suppliers.memoize(() -> Multimaps.index(items.values(), CatalogueItem::framework));
    this.byParent = Suppliers.memoize(() -> Multimaps.index(
        Iterables.filter(items.values(), i -> i.parent().isPresent()), i -> i.parent().get()));
    this.byNumberKey = Suppliers.memoize(() -> {
      Map<ItemKey, CatalogueItem> out = new HashMap<>();
      items.values().forEach(i -> out.putIfAbsent(numberKey(i.framework(), i.edition(), i.number()), i));
      return out;
    });
  }

  /** The key of a framework edition's item under {@link ElementNumber#key} of its number. */
  private static ItemKey numberKey(String framework, String edition, String number) {
    return new ItemKey(framework, edition, ElementNumber.key(number));
  }

  /**
   * Returns the catalogue shipped in the jar, read once.
   *
   * @return the bundled catalogue, not null
   */
  public static Catalogue bundled() {
    return CatalogueJson.bundled();
  }

  /**
   * Returns the catalogue with no frameworks.
   *
   * @return the empty catalogue, not null
   */
  public static Catalogue empty() {
    return EMPTY;
  }

  /**
   * Returns a catalogue of frameworks and items, in the order given.
   *
   * @param frameworks the frameworks, not null; identifiers unique
   * @param items the items, not null; each of a framework and edition given, with the framework's
   *     level, keys unique
   * @return the catalogue, not null
   * @throws IllegalArgumentException if an identifier or key repeats, or an item names a framework
   *     or edition not given or a level other than its framework's
   */
  public static Catalogue of(Collection<Framework> frameworks, Collection<CatalogueItem> items) {
    Map<String, Framework> fs = new LinkedHashMap<>();
    for (Framework f : frameworks) {
      if (fs.put(f.id(), Objects.requireNonNull(f, "framework")) != null) {
        throw new IllegalArgumentException("framework " + f.id() + " is given twice");
      }
    }
    Map<ItemKey, CatalogueItem> is = new LinkedHashMap<>();
    for (CatalogueItem item : items) {
      Framework f = fs.get(item.framework());
      if (f == null) {
        throw new IllegalArgumentException("item " + item.key() + " names framework " + item.framework() + ", which is not given");
      }
      if (f.edition(item.edition()).isEmpty()) {
        throw new IllegalArgumentException("item " + item.key() + " names edition " + item.edition()
            + ", which framework " + f.id() + " does not have");
      }
      if (item.level() != f.level()) {
        throw new IllegalArgumentException("item " + item.key() + " has level " + item.level().number()
            + " but its framework has level " + f.level().number());
      }
      if (is.put(item.key(), item) != null) {
        throw new IllegalArgumentException("item " + item.key() + " is given twice");
      }
    }
    return new Catalogue(java.util.Collections.unmodifiableMap(fs), java.util.Collections.unmodifiableMap(is));
  }

  /**
   * Returns this catalogue with another's frameworks, editions and items added; where both have the
   * same framework, edition or item, the other's wins. Use it to add a newer edition or your own
   * framework to the bundled catalogue: {@code Catalogue.bundled().merge(mine)}.
   *
   * @param other the catalogue to add, not null
   * @return the merged catalogue, not null
   */
  public Catalogue merge(Catalogue other) {
    Objects.requireNonNull(other, "other");
    Map<String, Framework> fs = new LinkedHashMap<>(frameworks);
    for (Framework theirs : other.frameworks.values()) {
      Framework ours = fs.get(theirs.id());
      if (ours == null) {
        fs.put(theirs.id(), theirs);
        continue;
      }
      Map<String, Edition> editions = new LinkedHashMap<>();
      ours.editions().forEach(e -> editions.put(e.id(), e));
      theirs.editions().forEach(e -> editions.put(e.id(), e));
      fs.put(theirs.id(), Framework.builder().from(theirs).editions(editions.values()).build());
    }
    Map<ItemKey, CatalogueItem> is = new LinkedHashMap<>(items);
    for (CatalogueItem item : other.items.values()) {
      is.put(item.key(), item);
    }
    List<CatalogueItem> relevelled = is.values().stream()
        .map(i -> i.level() == fs.get(i.framework()).level()
            ? i : CatalogueItem.builder().from(i).level(fs.get(i.framework()).level()).build())
        .collect(Collectors.toList());
    return of(fs.values(), relevelled);
  }

  /**
   * Returns the frameworks, in the catalogue's order.
   *
   * @return the frameworks, not null
   */
  public List<Framework> frameworks() {
    return List.copyOf(frameworks.values());
  }

  /**
   * Returns the framework with an identifier.
   *
   * @param id the identifier, not null
   * @return the framework, or empty
   */
  public Optional<Framework> framework(String id) {
    return Optional.ofNullable(frameworks.get(id));
  }

  /**
   * Returns every item, in the catalogue's order.
   *
   * @return the items, not null
   */
  public List<CatalogueItem> items() {
    return List.copyOf(items.values());
  }

  /**
   * Returns the items of a framework, all editions, in the catalogue's order.
   *
   * @param framework the framework identifier, not null
   * @return the items, empty for an unknown framework
   */
  public List<CatalogueItem> items(String framework) {
    return byFramework.get().get(framework);
  }

  /**
   * Returns the items of one edition of a framework, in the catalogue's order.
   *
   * @param framework the framework identifier, not null
   * @param edition the edition identifier, not null
   * @return the items, empty for an unknown framework or edition
   */
  public List<CatalogueItem> items(String framework, String edition) {
    return items(framework).stream().filter(i -> i.edition().equals(edition))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the item with a key.
   *
   * @param key the key, not null
   * @return the item, or empty
   */
  public Optional<CatalogueItem> item(ItemKey key) {
    return Optional.ofNullable(items.get(key));
  }

  /**
   * Returns the item of a framework edition with a number. The number matches as written, or
   * after Thai digits become Arabic and a trailing "." or ")" and a leading "(" are dropped, so
   * that {@code ๓}, {@code 3.} and {@code (3)} find item {@code 3}. The edition is an edition's
   * identifier, or a Buddhist Era fiscal year, which stands for the latest edition in force that
   * year (so {@code 2565} finds OBEC policy edition {@code 2564-2565}).
   *
   * @param framework the framework identifier, not null
   * @param edition the edition identifier or fiscal year, not null
   * @param number the item's number as written, not null
   * @return the item, or empty
   */
  public Optional<CatalogueItem> item(String framework, String edition, String number) {
    return edition(framework, edition).flatMap(e -> find(framework, e.id(), number));
  }

  private Optional<CatalogueItem> find(String framework, String edition, String number) {
    CatalogueItem exact = items.get(new ItemKey(framework, edition, number));
    if (exact != null) {
      return Optional.of(exact);
    }
    return Optional.ofNullable(byNumberKey.get().get(numberKey(framework, edition, number)));
  }

  /**
   * Returns the edition of a framework with an identifier; failing that, when the identifier is a
   * Buddhist Era year (such as {@code 2565}), the latest edition in force in that fiscal year.
   *
   * @param framework the framework identifier, not null
   * @param edition the edition identifier or fiscal year, not null
   * @return the edition, or empty
   */
  public Optional<Edition> edition(String framework, String edition) {
    Optional<Framework> f = framework(framework);
    if (f.isEmpty()) {
      return Optional.empty();
    }
    Optional<Edition> exact = f.get().edition(edition);
    if (exact.isPresent()) {
      return exact;
    }
    Optional<FiscalYear> year = fiscalYear(edition);
    if (year.isEmpty()) {
      return Optional.empty();
    }
    List<Edition> inForce = editionsInForce(framework, year.get());
    return inForce.isEmpty() ? Optional.empty() : Optional.of(inForce.get(inForce.size() - 1));
  }

  private static Optional<FiscalYear> fiscalYear(String text) {
    String digits = ThaiDigits.toArabic(text.strip());
    if (!digits.matches("[0-9]{4}")) {
      return Optional.empty();
    }
    int year = Integer.parseInt(digits);
    return year >= FiscalYear.MIN_YEAR && year <= FiscalYear.MAX_YEAR
        ? Optional.of(FiscalYear.of(year)) : Optional.empty();
  }

  /**
   * Returns the editions of a framework in force in a fiscal year, earliest start first.
   * Example: {@code nesdp} in 2564 is edition 12; in 2566, edition 13.
   *
   * @param framework the framework identifier, not null
   * @param year the fiscal year, not null
   * @return the editions, empty when none is in force or the framework is unknown
   */
  public List<Edition> editionsInForce(String framework, FiscalYear year) {
    return framework(framework).map(f -> f.editions().stream()
            .filter(e -> e.isInForce(year))
            .sorted(Comparator.comparing((Edition e) -> e.years().first()))
            .collect(Collectors.toUnmodifiableList()))
        .orElse(List.of());
  }

  /**
   * Tells whether an edition of a framework is in force in a fiscal year.
   *
   * @param framework the framework identifier, not null
   * @param edition the edition identifier, not null
   * @param year the fiscal year, not null
   * @return true if the catalogue has the edition and it is in force that year
   */
  public boolean isInForce(String framework, String edition, FiscalYear year) {
    return framework(framework).flatMap(f -> f.edition(edition)).map(e -> e.isInForce(year)).orElse(false);
  }

  /**
   * Returns the plan level of a framework.
   *
   * @param framework the framework identifier, not null
   * @return the level, or empty for an unknown framework
   */
  public Optional<PlanLevel> level(String framework) {
    return framework(framework).map(Framework::level);
  }

  /**
   * Looks up a link for a plan covering some fiscal years. A link with an edition looks there
   * (an edition or a fiscal year, see {@link #edition}); a link without one looks in the latest
   * edition in force during the plan's years that has the item, failing that in the latest edition
   * that has it (then {@link ResolvedLink#inForce()} is false).
   *
   * @param link the link, not null
   * @param period the plan's fiscal years, not null
   * @return what the lookup found, not null
   */
  public ResolvedLink resolve(AlignmentLink link, FiscalYearRange period) {
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(period, "period");
    return resolverFor(period).resolve(link);
  }

  private ResolvedLink lookUp(AlignmentLink link, FiscalYearRange period) {
    Optional<Framework> f = framework(link.framework());
    if (f.isEmpty()) {
      return new ResolvedLink(link, ResolvedLink.Status.UNKNOWN_FRAMEWORK, Optional.empty(), false);
    }
    if (link.item().isEmpty()) {
      return new ResolvedLink(link, ResolvedLink.Status.FRAMEWORK_ONLY, Optional.empty(), false);
    }
    List<Edition> candidates;
    if (link.edition().isPresent()) {
      Optional<Edition> named = edition(link.framework(), link.edition().get());
      if (named.isEmpty()) {
        return new ResolvedLink(link, ResolvedLink.Status.UNKNOWN_EDITION, Optional.empty(), false);
      }
      candidates = List.of(named.get());
    } else {
      candidates = new ArrayList<>(f.get().editions());
      candidates.sort(Comparator.comparing((Edition e) -> !e.isInForceDuring(period))
          .thenComparing(e -> e.years().first(), Comparator.reverseOrder()));
    }
    for (Edition e : candidates) {
      Optional<CatalogueItem> found = find(link.framework(), e.id(), link.item().get());
      if (found.isPresent()) {
        return new ResolvedLink(link, ResolvedLink.Status.FOUND, found, e.isInForceDuring(period));
      }
    }
    return new ResolvedLink(link, ResolvedLink.Status.UNKNOWN_ITEM, Optional.empty(), false);
  }

  /**
   * Returns an item's parent.
   *
   * @param item the item, not null
   * @return the parent, or empty for a top item or a parent the catalogue lacks
   */
  public Optional<CatalogueItem> parent(CatalogueItem item) {
    return item.parent().flatMap(this::item);
  }

  /**
   * Returns an item's parent, its parent's parent and so on, nearest first. The walk stops at a
   * top item, at a parent the catalogue lacks, and before any item it has already visited, so it
   * ends on a catalogue whose parents loop.
   *
   * @param item the item, not null
   * @return the ancestors, without the item itself and without repeats, not null
   */
  public List<CatalogueItem> ancestors(CatalogueItem item) {
    if (items.get(item.key()) == item) {
      List<CatalogueItem> known = ancestry.get(item.key());
      if (known == null) {
        known = walkUp(item);
        if (ancestry.size() < MEMO_LIMIT) {
          ancestry.putIfAbsent(item.key(), known);
        }
      }
      return known;
    }
    return walkUp(item);
  }

  private List<CatalogueItem> walkUp(CatalogueItem item) {
    List<CatalogueItem> out = new ArrayList<>();
    Set<ItemKey> seen = new HashSet<>();
    seen.add(item.key());
    Optional<CatalogueItem> next = parent(item);
    while (next.isPresent() && seen.add(next.get().key())) {
      out.add(next.get());
      next = parent(next.get());
    }
    return List.copyOf(out);
  }

  /**
   * Tells whether an item's parent chain loops back on itself.
   *
   * @param item the item, not null
   * @return true if following parents from the item visits some item twice
   */
  public boolean isInCycle(CatalogueItem item) {
    List<CatalogueItem> up = ancestors(item);
    CatalogueItem last = up.isEmpty() ? item : up.get(up.size() - 1);
    return parent(last).isPresent();
  }

  /**
   * Returns the items whose parent is the given item, in the catalogue's order.
   *
   * @param item the parent, not null
   * @return the children, not null
   */
  public List<CatalogueItem> children(CatalogueItem item) {
    return byParent.get().get(item.key());
  }

  /**
   * Returns the top of an item within its framework: the last of the item and its
   * {@linkplain #ancestors ancestors} before the first ancestor of another framework (OBEC policy 3
   * for 3.2; master plan 12 itself, whose parent is a national strategy).
   *
   * <p>Each item's answer is kept: the walk up from an item stops at the first item whose answer is
   * known, so asking it of every item of a chain costs the chain's length once, not its square.
   * An item's answer is that of its parent in the same framework, except where the parents loop
   * within one framework: there an item's top is the item whose parent it is (the walk stops
   * before it comes back).
   *
   * @param item the item, one of this catalogue's, not null
   */
  CatalogueItem topWithinFramework(CatalogueItem item) {
    if (items.get(item.key()) != item) {
      List<CatalogueItem> up = ancestors(item);
      CatalogueItem top = item;
      for (int i = 0; i < up.size() && up.get(i).framework().equals(item.framework()); i++) {
        top = up.get(i);
      }
      return top;
    }
    CatalogueItem known = tops.get(item.key());
    if (known != null) {
      return known;
    }
    // The run of the item and its parents in its framework, until a parent of another framework
    // or none, a parent whose top is known, or a parent already in the run (a loop).
    List<CatalogueItem> run = new ArrayList<>();
    Map<ItemKey, Integer> inRun = new HashMap<>();
    CatalogueItem at = item;
    CatalogueItem top;
    while (true) {
      inRun.put(at.key(), run.size());
      run.add(at);
      Optional<CatalogueItem> parent = parent(at).filter(p -> p.framework().equals(item.framework()));
      if (parent.isEmpty()) {
        top = at;
        break;
      }
      CatalogueItem p = parent.get();
      Integer loopsTo = inRun.get(p.key());
      if (loopsTo != null) {
        // run[loopsTo..] is a loop within the framework: each of its items has as top the one
        // before it in the loop; the items leading into the loop end at the loop's last.
        for (int i = loopsTo; i < run.size(); i++) {
          tops.putIfAbsent(run.get(i).key(), run.get(i == loopsTo ? run.size() - 1 : i - 1));
        }
        top = at;
        run = run.subList(0, loopsTo);
        break;
      }
      CatalogueItem parentTop = tops.get(p.key());
      if (parentTop != null) {
        top = parentTop;
        break;
      }
      at = p;
    }
    for (CatalogueItem i : run) {
      tops.putIfAbsent(i.key(), top);
    }
    return tops.get(item.key());
  }

  /**
   * Returns the items whose parent the catalogue does not have; after a merge with the catalogue
   * that holds them, they resolve.
   *
   * @return the items, not null
   */
  public List<CatalogueItem> itemsWithMissingParent() {
    return items.values().stream().filter(i -> i.parent().isPresent() && !items.containsKey(i.parent().get()))
        .collect(Collectors.toUnmodifiableList());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Catalogue && ((Catalogue) obj).frameworks.equals(frameworks)
        && List.copyOf(((Catalogue) obj).items.values()).equals(List.copyOf(items.values()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(frameworks, items);
  }

  @Override
  public String toString() {
    return "Catalogue" + frameworks.keySet() + " (" + items.size() + " items)";
  }
}
