package io.github.eduplan.alignment;

import io.github.eduplan.model.ElementNumber;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;

/**
 * A plan's alignment links looked up in a catalogue, with the queries a planner asks: where does a
 * project lead through the plan levels ({@link #trace}), which items of a framework does the plan
 * cover and with what ({@link #coverage}), how many projects and how much budget go to each item
 * ({@link #budgetByItem}) or group ({@link #budgetByGroup()}), which items nothing supports
 * ({@link #unsupported}), which strategies and projects link to nothing ({@link #unlinked()}),
 * and which levels the plan claims ({@link #claimedLevels()}).
 *
 * <pre>{@code
 * AlignmentMap map = AlignmentMap.of(plan, Catalogue.bundled());
 * BudgetTable byPolicy = map.budgetByItem("obec-policy");
 * }</pre>
 *
 * <p>Links to the framework {@value #OFFICE_STRATEGY} name one of the plan's own strategies by
 * number, as the "กลยุทธ์หน่วยงาน" column of an alignment matrix does; a project's
 * {@link Project#strategy()} does the same. Every query is pure; the map is built once, and each
 * element (with its path) is made the first time a query needs it, the same instance every time.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AlignmentMap {
  /** The framework identifier of links to the plan's own strategies (กลยุทธ์หน่วยงาน). */
  public static final String OFFICE_STRATEGY = "office-strategy";

  private final StrategicPlan plan;
  private final Catalogue catalogue;
  /** How many elements the plan has; places run from 0 to this, in plan order. */
  private final int size;
  /** Each element's kind, by place. */
  private final ElementKind[] kinds;
  /** Each element's part of the plan (the plan, a goal, strategy, indicator or project), by place. */
  private final Object[] sources;
  /** Each element's index in the list that holds it, by place (0 for the plan). */
  private final int[] indexes;
  /** The place of the indicator an indicator is a component of, by place; -1 for any other. */
  private final int[] owners;
  /**
   * The elements, made when first asked for: validation names few of them (in findings), so the
   * paths of the others are never built. The same instance is returned for a place every time.
   */
  private final AtomicReferenceArray<PlanElement> made;
  /** {@link #elements()}, made on the first call. */
  private volatile List<PlanElement> elementList;
  /** Each element's links, by the element's place. */
  private final List<List<ResolvedLink>> linksOf;
  /** The place of the strategy that holds each element (a strategic goal, an indicator), or -1. */
  private final int[] enclosing;
  /** The place of the first project; the projects follow in plan order. */
  private final int firstProject;
  /**
   * Each element's place, by its path (paths are unique); made on the first query by element
   * (validation asks by place and never needs it).
   */
  private volatile Map<String, Integer> placeOf;
  /** Traces computed so far, by element path; filled on demand, safe for concurrent readers. */
  private final Map<String, Trace> traces = new java.util.concurrent.ConcurrentHashMap<>();
  /** The place of the first strategy with each number, numbers compared by {@link ElementNumber#key}. */
  private final Map<String, Integer> strategyByNumber;
  /** The elements by kind; made on the first query by kind. */
  private volatile Map<ElementKind, List<PlanElement>> elementsByKind;
  /** The frameworks the links name, without {@value #OFFICE_STRATEGY}, in the order first named. */
  private final Set<String> claimedFrameworks;
  private final Set<PlanLevel> claimedLevels;

  private AlignmentMap(StrategicPlan plan, Catalogue catalogue) {
    this.plan = plan;
    this.catalogue = catalogue;
    Building b = new Building();
    b.add(ElementKind.PLAN, plan, 0, -1, plan.alignment(), -1);
    for (int i = 0; i < plan.goals().size(); i++) {
      Goal g = plan.goals().get(i);
      b.add(ElementKind.GOAL, g, i, -1, g.alignment(), -1);
    }
    Map<String, Integer> byNumber = new HashMap<>();
    for (int i = 0; i < plan.strategies().size(); i++) {
      Strategy s = plan.strategies().get(i);
      int strategy = b.size;
      b.add(ElementKind.STRATEGY, s, i, -1, s.alignment(), -1);
      // Projects and office-strategy links name strategies by number; a defective plan may repeat
      // one, and the first strategy with the number is the one meant.
      byNumber.putIfAbsent(ElementNumber.key(s.number()), strategy);
      for (int j = 0; j < s.goals().size(); j++) {
        Goal g = s.goals().get(j);
        b.add(ElementKind.STRATEGY_GOAL, g, j, -1, g.alignment(), strategy);
      }
      b.addIndicators(s.indicators(), strategy);
    }
    this.firstProject = b.size;
    for (int i = 0; i < plan.projects().size(); i++) {
      Project p = plan.projects().get(i);
      b.add(ElementKind.PROJECT, p, i, -1, p.alignment(), -1);
    }
    this.size = b.size;
    this.kinds = Arrays.copyOf(b.kinds, size);
    this.sources = Arrays.copyOf(b.sources, size);
    this.indexes = Arrays.copyOf(b.indexes, size);
    this.owners = Arrays.copyOf(b.owners, size);
    this.enclosing = Arrays.copyOf(b.enclosing, size);
    this.made = new AtomicReferenceArray<>(size);
    this.linksOf = List.copyOf(b.links);
    this.strategyByNumber = byNumber;
    b.frameworks.remove(OFFICE_STRATEGY);
    this.claimedFrameworks = Collections.unmodifiableSet(new LinkedHashSet<>(b.frameworks));
    Set<PlanLevel> levels = EnumSet.noneOf(PlanLevel.class);
    claimedFrameworks.forEach(f -> catalogue.level(f).ifPresent(levels::add));
    this.claimedLevels = Collections.unmodifiableSet(levels);
  }

  /** Slots of the table of links a map's building has resolved, a power of two. */
  private static final int RECENT_BITS = 6;
  private static final int RECENT_LINKS = 1 << RECENT_BITS;

  /** The arrays the constructor fills, element by element in document order. */
  private final class Building {
    int size;
    ElementKind[] kinds = new ElementKind[32];
    Object[] sources = new Object[32];
    int[] indexes = new int[32];
    int[] owners = new int[32];
    int[] enclosing = new int[32];
    final List<List<ResolvedLink>> links = new ArrayList<>();
    /** The frameworks named, each once in the order first named: a plan names a few. */
    final List<String> frameworks = new ArrayList<>();
    /** The catalogue's lookups for the plan's period, found once for all its links. */
    final Catalogue.PeriodMemo memo = catalogue.resolverFor(plan.period());
    /**
     * The links resolved so far, by hash, the last one in each slot: a plan read from JSON has one
     * instance of each link however often its projects repeat it, and that instance is resolved
     * once.
     */
    final AlignmentLink[] recentLinks = new AlignmentLink[RECENT_LINKS];
    final ResolvedLink[] recentResolved = new ResolvedLink[RECENT_LINKS];

    /**
     * Adds a framework to those named unless it is there: by identity first, as a document's
     * repeated texts are one string once read, then by value.
     */
    void claim(String framework) {
      for (int i = 0; i < frameworks.size(); i++) {
        if (frameworks.get(i) == framework) {
          return;
        }
      }
      if (!frameworks.contains(framework)) {
        frameworks.add(framework);
      }
    }

    /** An indicator still to add: its index in its list and the place of its owner, or -1. */
    private record Pending(Indicator indicator, int index, int owner) {}

    /** Adds a strategy's indicators and their components, depth first, without recursion. */
    void addIndicators(List<Indicator> indicators, int strategy) {
      Deque<Pending> stack = new ArrayDeque<>();
      for (int i = indicators.size() - 1; i >= 0; i--) {
        stack.push(new Pending(indicators.get(i), i, -1));
      }
      while (!stack.isEmpty()) {
        Pending next = stack.pop();
        int place = size;
        add(ElementKind.INDICATOR, next.indicator(), next.index(), next.owner(), next.indicator().alignment(),
            strategy);
        List<Indicator> components = next.indicator().components();
        for (int c = components.size() - 1; c >= 0; c--) {
          stack.push(new Pending(components.get(c), c, place));
        }
      }
    }

    void add(ElementKind kind, Object source, int index, int owner, List<AlignmentLink> own, int strategy) {
      if (size == kinds.length) {
        int grown = size * 2;
        kinds = Arrays.copyOf(kinds, grown);
        sources = Arrays.copyOf(sources, grown);
        indexes = Arrays.copyOf(indexes, grown);
        owners = Arrays.copyOf(owners, grown);
        enclosing = Arrays.copyOf(enclosing, grown);
      }
      kinds[size] = kind;
      sources[size] = source;
      indexes[size] = index;
      owners[size] = owner;
      enclosing[size] = strategy;
      size++;
      // Most elements link nothing, and most others one or two items: lists of none, one or two
      // hold them without an array.
      switch (own.size()) {
        case 0:
          links.add(List.of());
          break;
        case 1:
          links.add(List.of(resolve(own.get(0))));
          break;
        case 2:
          links.add(List.of(resolve(own.get(0)), resolve(own.get(1))));
          break;
        default: {
          ResolvedLink[] resolved = new ResolvedLink[own.size()];
          for (int i = 0; i < resolved.length; i++) {
            resolved[i] = resolve(own.get(i));
          }
          links.add(Collections.unmodifiableList(Arrays.asList(resolved)));
        }
      }
    }

    private ResolvedLink resolve(AlignmentLink l) {
      int hash = l.hashCode();
      int slot = (hash * 0x9E3779B9) >>> (Integer.SIZE - RECENT_BITS);
      if (recentLinks[slot] == l) {
        return recentResolved[slot];
      }
      claim(l.framework());
      ResolvedLink resolved = l.framework().equals(OFFICE_STRATEGY)
          ? new ResolvedLink(l, ResolvedLink.Status.OFFICE_STRATEGY, Optional.empty(), true)
          : memo.resolve(l);
      recentLinks[slot] = l;
      recentResolved[slot] = resolved;
      return resolved;
    }
  }

  /** The element at a place, made on first request; the same instance every time. */
  PlanElement elementAt(int place) {
    PlanElement known = made.get(place);
    if (known == null) {
      made.compareAndSet(place, null, make(place));
      known = made.get(place);
    }
    return known;
  }

  /** The kind of the element at a place, without making the element. */
  ElementKind kindAt(int place) {
    return kinds[place];
  }

  private PlanElement make(int place) {
    Object source = sources[place];
    switch (kinds[place]) {
      case PLAN:
        return new PlanElement(ElementKind.PLAN, pathOf(place), Optional.empty(), plan.title().orElse(""));
      case GOAL:
      case STRATEGY_GOAL: {
        Goal g = (Goal) source;
        return new PlanElement(kinds[place], pathOf(place), g.number(), g.text());
      }
      case STRATEGY: {
        Strategy s = (Strategy) source;
        return new PlanElement(ElementKind.STRATEGY, pathOf(place), Optional.of(s.number()), s.title());
      }
      case INDICATOR: {
        Indicator ind = (Indicator) source;
        return new PlanElement(ElementKind.INDICATOR, pathOf(place), ind.code(), ind.text());
      }
      default: {
        Project p = (Project) source;
        return new PlanElement(ElementKind.PROJECT, pathOf(place), Optional.of(p.number()), p.title());
      }
    }
  }

  /**
   * The JSON path of the element at a place, such as {@code $.strategies[1].indicators[0]}:
   * a component's from the top of its strategy down, without recursion.
   */
  private String pathOf(int place) {
    switch (kinds[place]) {
      case PLAN:
        return "$";
      case GOAL:
        return "$.goals[" + indexes[place] + "]";
      case STRATEGY:
        return "$.strategies[" + indexes[place] + "]";
      case STRATEGY_GOAL:
        return "$.strategies[" + indexes[enclosing[place]] + "].goals[" + indexes[place] + "]";
      case PROJECT:
        return "$.projects[" + indexes[place] + "]";
      default: {
        Deque<Integer> line = new ArrayDeque<>();
        for (int at = place; at >= 0; at = owners[at]) {
          line.push(at);
        }
        StringBuilder sb = new StringBuilder(32 + 16 * line.size());
        sb.append("$.strategies[").append(indexes[enclosing[place]]).append("].indicators[")
            .append(indexes[line.pop()]).append(']');
        while (!line.isEmpty()) {
          sb.append(".components[").append(indexes[line.pop()]).append(']');
        }
        return sb.toString();
      }
    }
  }

  /** The place of the element with this element's path, or -1. */
  int placeOf(PlanElement element) {
    Map<String, Integer> places = placeOf;
    if (places == null) {
      List<PlanElement> elements = elements();
      places = new HashMap<>(size * 4 / 3 + 1);
      for (int i = 0; i < size; i++) {
        places.put(elements.get(i).path(), i);
      }
      placeOf = places;   // complete before it is published; a race makes the same map twice
    }
    Integer place = places.get(element.path());
    return place == null ? -1 : place;
  }

  /** The links of the element at a place in {@link #elements()}. */
  List<ResolvedLink> linksAt(int place) {
    return linksOf.get(place);
  }

  /** The place of the first project in {@link #elements()}; the projects follow in plan order. */
  int firstProject() {
    return firstProject;
  }

  /** The project at a place, or null when the place is not a project's. */
  private Project projectAt(int place) {
    return place >= firstProject ? plan.projects().get(place - firstProject) : null;
  }

  /**
   * Returns the alignment map of a plan against a catalogue.
   *
   * @param plan the plan, not null
   * @param catalogue the catalogue, not null
   * @return the map, not null
   */
  public static AlignmentMap of(StrategicPlan plan, Catalogue catalogue) {
    return new AlignmentMap(Objects.requireNonNull(plan, "plan"), Objects.requireNonNull(catalogue, "catalogue"));
  }

  /**
   * Returns the plan.
   *
   * @return the plan, not null
   */
  public StrategicPlan plan() {
    return plan;
  }

  /**
   * Returns the catalogue.
   *
   * @return the catalogue, not null
   */
  public Catalogue catalogue() {
    return catalogue;
  }

  /**
   * Returns every element that can carry links, in plan order: the plan, its goals, each strategy
   * with its strategic goals and indicators, then the projects.
   *
   * @return the elements, not null
   */
  public List<PlanElement> elements() {
    List<PlanElement> list = elementList;
    if (list == null) {
      PlanElement[] all = new PlanElement[size];
      for (int i = 0; i < size; i++) {
        all[i] = elementAt(i);
      }
      list = List.of(all);
      elementList = list;   // complete before it is published; a race makes an equal list
    }
    return list;
  }

  /** How many elements the plan has: the places run from 0 to this. */
  int size() {
    return size;
  }

  /**
   * Returns the elements of one kind, in plan order.
   *
   * @param kind the kind, not null
   * @return the elements, not null
   */
  public List<PlanElement> elements(ElementKind kind) {
    Map<ElementKind, List<PlanElement>> byKind = elementsByKind;
    if (byKind == null) {
      Map<ElementKind, List<PlanElement>> ofKind = new java.util.EnumMap<>(ElementKind.class);
      for (PlanElement e : elements()) {
        ofKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
      }
      ofKind.replaceAll((k, list) -> List.copyOf(list));
      byKind = ofKind;
      elementsByKind = byKind;   // complete before it is published
    }
    return byKind.getOrDefault(kind, List.of());
  }

  /**
   * Returns the element of a project.
   *
   * @param project the project, one of the plan's, not null
   * @return the element, or empty when the project is not the plan's
   */
  public Optional<PlanElement> element(Project project) {
    for (int i = 0; i < plan.projects().size(); i++) {
      if (plan.projects().get(i) == project) {
        return Optional.of(elementAt(firstProject + i));
      }
    }
    for (int i = 0; i < plan.projects().size(); i++) {
      if (plan.projects().get(i).equals(project)) {
        return Optional.of(elementAt(firstProject + i));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns an element's own links, looked up in the catalogue, in the plan's order.
   *
   * @param element one of {@link #elements()}, not null
   * @return the links, empty for an element not in this map
   */
  public List<ResolvedLink> links(PlanElement element) {
    int place = placeOf(element);
    return place < 0 ? List.of() : linksOf.get(place);
  }

  /**
   * Returns every element's own links, keyed by element, in plan order; for validation rules.
   *
   * @return the links, not null
   */
  public Map<PlanElement, List<ResolvedLink>> links() {
    Map<PlanElement, List<ResolvedLink>> out = new LinkedHashMap<>();
    elements().forEach(e -> out.put(e, links(e)));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the strategies an element belongs to: for a project, the strategy its
   * {@link Project#strategy()} names and those its {@value #OFFICE_STRATEGY} links name; for a
   * strategic goal or indicator, the strategy that holds it.
   *
   * @param element the element, not null
   * @return the strategies' elements, each once, not null
   */
  public List<PlanElement> strategiesOf(PlanElement element) {
    int place = placeOf(element);
    if (place < 0) {
      return List.of();   // not an element of this plan: it has no strategy here
    }
    int[] places = strategyPlaces(place);
    PlanElement[] out = new PlanElement[places.length];
    for (int i = 0; i < places.length; i++) {
      out[i] = elementAt(places[i]);
    }
    return List.of(out);
  }

  /**
   * The places of the strategies of {@link #strategiesOf}, for the element at a place: each once,
   * in that order, none the place itself (a strategy is not its own strategy). No element is made.
   */
  int[] strategyPlaces(int place) {
    int[] out = new int[2];
    int n = 0;
    Project p = projectAt(place);
    if (p != null && p.strategy().isPresent()) {
      n = addOnce(out, n, strategyNumbered(p.strategy().get()), place);
    }
    n = addOnce(out, n, enclosing[place], place);
    List<ResolvedLink> links = linksOf.get(place);
    for (int i = 0; i < links.size(); i++) {   // by index: no iterator for each element
      ResolvedLink l = links.get(i);
      if (l.status() == ResolvedLink.Status.OFFICE_STRATEGY && l.link().item().isPresent()) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        n = addOnce(out, n, strategyNumbered(l.link().item().get()), place);
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /**
   * Adds a strategy's place (-1 for none) to the first {@code n} unless it is there already or
   * is the element's own place; returns the new count. {@code out} has room for one more.
   */
  private int addOnce(int[] out, int n, int strategy, int own) {
    if (strategy < 0 || strategy == own) {
      return n;
    }
    for (int i = 0; i < n; i++) {
      if (out[i] == strategy) {
        return n;
      }
    }
    out[n] = strategy;
    return n + 1;
  }

  /** The place of the first strategy with a number, or -1. */
  private int strategyNumbered(String number) {
    Integer place = strategyByNumber.get(ElementNumber.key(number));
    return place == null ? -1 : place;
  }

  /**
   * Traces a project up through the plan levels.
   *
   * @param project one of the plan's projects, not null
   * @return the trace, not null
   * @throws IllegalArgumentException if the project is not the plan's
   */
  public Trace trace(Project project) {
    return trace(element(project).orElseThrow(
        () -> new IllegalArgumentException("project " + project.number() + " is not in the plan")));
  }

  /**
   * Traces an element up through the plan levels: its own links, then its strategies' links
   * (see {@link #strategiesOf}), each linked item followed to the top of its parents.
   *
   * @param element one of {@link #elements()}, not null
   * @return the trace, not null
   */
  public Trace trace(PlanElement element) {
    Trace known = traces.get(element.path());
    if (known != null && known.element().equals(element)) {
      return known;
    }
    Trace computed = computeTrace(element);
    int place = placeOf(element);
    if (place >= 0 && element.equals(elementAt(place))) {
      traces.putIfAbsent(element.path(), computed);
    }
    return computed;
  }

  private Trace computeTrace(PlanElement element) {
    List<TracePath> paths = new ArrayList<>();
    List<ResolvedLink> unresolved = new ArrayList<>();
    collect(Optional.empty(), links(element), paths, unresolved);
    List<PlanElement> strategies = strategiesOf(element);
    for (PlanElement s : strategies) {
      collect(Optional.of(s), links(s), paths, unresolved);
    }
    return new Trace(element, strategies, paths, unresolved);
  }

  private void collect(Optional<PlanElement> via, List<ResolvedLink> own, List<TracePath> paths,
      List<ResolvedLink> unresolved) {
    for (ResolvedLink l : own) {
      if (l.status() == ResolvedLink.Status.OFFICE_STRATEGY) {
        continue;
      }
      if (l.item().isEmpty()) {
        unresolved.add(l);
        continue;
      }
      CatalogueItem item = l.item().get();
      List<CatalogueItem> chain = new ArrayList<>();
      chain.add(item);
      chain.addAll(catalogue.ancestors(item));
      CatalogueItem last = chain.get(chain.size() - 1);
      TracePath.End end = last.parent().isEmpty() ? TracePath.End.TOP
          : catalogue.item(last.parent().get()).isPresent() ? TracePath.End.CYCLE : TracePath.End.MISSING_PARENT;
      paths.add(new TracePath(via, chain, end));
    }
  }

  /**
   * Returns the plan levels the plan claims: those of the frameworks any of its links name,
   * prose claims included, in order. Links to unknown frameworks claim no level.
   *
   * @return the levels, not null
   */
  public Set<PlanLevel> claimedLevels() {
    return claimedLevels;
  }

  /**
   * Returns the identifiers of the frameworks the plan's links name, known or not, without
   * {@value #OFFICE_STRATEGY}, in the order first named.
   *
   * @return the identifiers, not null
   */
  public Set<String> claimedFrameworks() {
    return claimedFrameworks;
  }

  /**
   * Returns the items of a framework the tables show: those of the editions in force in the
   * plan's years, and of any edition a link of the plan resolves to, in catalogue order.
   *
   * @param framework the framework identifier, not null
   * @return the items, empty for an unknown framework
   */
  public List<CatalogueItem> relevantItems(String framework) {
    Optional<Framework> f = catalogue.framework(framework);
    if (f.isEmpty()) {
      return List.of();
    }
    Set<String> editions = new HashSet<>();
    f.get().editions().stream().filter(e -> e.isInForceDuring(plan.period())).forEach(e -> editions.add(e.id()));
    linksOf.forEach(ls -> ls.forEach(l -> l.item()
        .filter(i -> i.framework().equals(framework)).ifPresent(i -> editions.add(i.edition()))));
    return catalogue.items(framework).stream().filter(i -> editions.contains(i.edition()))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the coverage matrix of a framework: its items against the elements that support them.
   *
   * @param framework the framework identifier, not null
   * @return the matrix, not null
   * @throws IllegalArgumentException if the catalogue has no such framework
   */
  public CoverageMatrix coverage(String framework) {
    Framework f = catalogue.framework(framework)
        .orElseThrow(() -> new IllegalArgumentException("the catalogue has no framework " + framework));
    List<CatalogueItem> rows = relevantItems(framework);
    Set<ItemKey> rowKeys = rows.stream().map(CatalogueItem::key).collect(Collectors.toSet());
    Map<ItemKey, Map<String, SupportKind>> cells = new HashMap<>();
    List<PlanElement> columns = new ArrayList<>();
    List<PlanElement> ordered = new ArrayList<>(elements(ElementKind.STRATEGY));
    elements().stream().filter(e -> e.kind() != ElementKind.STRATEGY).forEach(ordered::add);
    for (PlanElement e : ordered) {
      boolean any = false;
      for (Map.Entry<CatalogueItem, SupportKind> s : trace(e).supported(framework).entrySet()) {
        if (rowKeys.contains(s.getKey().key())) {
          cells.computeIfAbsent(s.getKey().key(), k -> new HashMap<>()).put(e.path(), s.getValue());
          any = true;
        }
      }
      if (any) {
        columns.add(e);
      }
    }
    return new CoverageMatrix(f, rows, columns, cells);
  }

  /**
   * Returns the items of a framework that no element of the plan supports in any way, among
   * {@link #relevantItems}.
   *
   * @param framework the framework identifier, not null
   * @return the items, in catalogue order, not null
   */
  public List<CatalogueItem> unsupported(String framework) {
    Set<ItemKey> supported = new HashSet<>();
    for (PlanElement e : elements()) {
      trace(e).supported(framework).keySet().forEach(i -> supported.add(i.key()));
    }
    return relevantItems(framework).stream().filter(i -> !supported.contains(i.key()))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the strategies and projects that link to no catalogue framework: no link at all, or
   * only {@value #OFFICE_STRATEGY} links. A project counts as linked through its strategy's links
   * only in {@link #trace}, not here.
   *
   * @return the elements, in plan order, not null
   */
  public List<PlanElement> unlinked() {
    return unlinked(EnumSet.of(ElementKind.STRATEGY, ElementKind.PROJECT));
  }

  /**
   * Returns the elements of some kinds that link to no catalogue framework.
   *
   * @param kinds the kinds to look at, not null
   * @return the elements, in plan order, not null
   */
  public List<PlanElement> unlinked(Set<ElementKind> kinds) {
    return elements().stream().filter(e -> kinds.contains(e.kind()))
        .filter(e -> links(e).stream().allMatch(l -> l.status() == ResolvedLink.Status.OFFICE_STRATEGY))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns project counts and budgets by the top items of a framework (its items without a
   * parent in the same framework), such as the four OBEC policy areas or the six national
   * strategies. A project counts under the top item of each item it supports (see
   * {@link Trace#supported}); its own links win over its strategy's.
   *
   * @param framework the framework identifier, not null
   * @return the table, not null
   * @throws IllegalArgumentException if the catalogue has no such framework
   */
  public BudgetTable budgetByItem(String framework) {
    Framework f = catalogue.framework(framework)
        .orElseThrow(() -> new IllegalArgumentException("the catalogue has no framework " + framework));
    List<CatalogueItem> tops = relevantItems(framework).stream()
        .filter(i -> i.parent().filter(p -> p.framework().equals(framework)).isEmpty())
        .collect(Collectors.toList());
    Map<ItemKey, List<Project>> byTop = new LinkedHashMap<>();
    tops.forEach(t -> byTop.put(t.key(), new ArrayList<>()));
    List<Project> counted = new ArrayList<>();
    List<Project> unassigned = new ArrayList<>();
    for (int place = firstProject; place < size; place++) {
      PlanElement e = elementAt(place);
      Project p = projectAt(place);
      Set<CatalogueItem> roots = new LinkedHashSet<>();
      trace(e).supported(framework).keySet().forEach(i -> roots.add(topWithin(i)));
      if (roots.isEmpty()) {
        unassigned.add(p);
        continue;
      }
      counted.add(p);
      for (CatalogueItem r : roots) {
        if (!byTop.containsKey(r.key())) {
          tops.add(r);
          byTop.put(r.key(), new ArrayList<>());
        }
        byTop.get(r.key()).add(p);
      }
    }
    List<BudgetTable.Row> rows = new ArrayList<>();
    for (CatalogueItem t : tops) {
      rows.add(row(t.number(), t.titleThai(), byTop.get(t.key())));
    }
    return new BudgetTable(f.titleThai(), rows, row("", "รวมทั้งสิ้น", counted), row("", "ไม่ระบุ", unassigned));
  }

  private CatalogueItem topWithin(CatalogueItem item) {
    CatalogueItem top = item;
    for (CatalogueItem a : catalogue.ancestors(item)) {
      if (!a.framework().equals(item.framework())) {
        break;
      }
      top = a;
    }
    return top;
  }

  /**
   * Returns project counts and budgets by responsible group (กลุ่มงาน), in the order groups first
   * appear; projects without a group are {@linkplain BudgetTable#unassigned() unassigned}.
   *
   * @return the table, not null
   */
  public BudgetTable budgetByGroup() {
    return byGroup(plan.projects());
  }

  /**
   * Returns project counts and budgets by responsible group among the projects that support an
   * item, directly, through a sub-item or by inheritance (see {@link Trace#supported}).
   *
   * @param item a catalogue item, not null
   * @return the table, not null
   */
  public BudgetTable budgetByGroup(CatalogueItem item) {
    List<Project> supporting = new ArrayList<>();
    for (int place = firstProject; place < size; place++) {
      if (trace(elementAt(place)).supported(item.framework()).containsKey(item)) {
        supporting.add(projectAt(place));
      }
    }
    return byGroup(supporting);
  }

  private BudgetTable byGroup(List<Project> ps) {
    Map<String, List<Project>> groups = new LinkedHashMap<>();
    List<Project> none = new ArrayList<>();
    List<Project> counted = new ArrayList<>();
    for (Project p : ps) {
      if (p.group().isPresent()) {
        groups.computeIfAbsent(p.group().get(), g -> new ArrayList<>()).add(p);
        counted.add(p);
      } else {
        none.add(p);
      }
    }
    List<BudgetTable.Row> rows = new ArrayList<>();
    groups.forEach((g, members) -> rows.add(row(g, g, members)));
    return new BudgetTable("กลุ่มงาน", rows, row("", "รวมทั้งสิ้น", counted), row("", "ไม่ระบุ", none));
  }

  private static BudgetTable.Row row(String key, String label, List<Project> ps) {
    return new BudgetTable.Row(key, label, ps.stream().map(Project::number).collect(Collectors.toList()),
        ps.stream().flatMap(p -> p.budget().stream()).collect(Baht.summing()));
  }

  @Override
  public String toString() {
    return "AlignmentMap[" + plan.office().name() + ", " + size + " elements, "
        + catalogue + "]";
  }
}
