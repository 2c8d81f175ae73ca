package io.github.eduplan.alignment;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Lists;
import com.google.common.collect.Maps;
import com.google.common.collect.Multimaps;
import com.google.common.primitives.Ints;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.ElementNumber;
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
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
  /** The elements that can carry links, in plan order: an element's place is its index here. */
  private final List<Place> places;
  /** The place of the first project; the projects follow in plan order. */
  private final int firstProject;
  /** The place of the first strategy with each number, numbers compared by {@link ElementNumber#key}. */
  private final Map<String, Integer> strategyByNumber;
  /** The frameworks the links name, without {@value #OFFICE_STRATEGY}, in the order first named. */
  private final Set<String> claimedFrameworks;
  private final Set<PlanLevel> claimedLevels;
  /** {@link #elements()}, made on the first call. */
  private final Supplier<List<PlanElement>> elements = Suppliers.memoize(this::makeElements);
  /** Each element's place by its path (paths are unique), made on the first query by element. */
  private final Supplier<Map<String, Integer>> placeByPath = Suppliers.memoize(this::indexPaths);
  /** The elements by kind, in plan order, made on the first query by kind. */
  private final Supplier<ImmutableListMultimap<ElementKind, PlanElement>> byKind =
      Suppliers.memoize(() -> Multimaps.index(elements(), PlanElement::kind));
  /** Each project's place by the project instance, the first place of an instance listed twice. */
  private final Supplier<Map<Project, Integer>> projectPlaces = Suppliers.memoize(() -> indexProjects(new IdentityHashMap<>()));
  /** Each project's place by value, for a project equal to one of the plan's but not the same instance. */
  private final Supplier<Map<Project, Integer>> equalProjectPlaces = Suppliers.memoize(() -> indexProjects(new HashMap<>()));
  /** Traces computed so far, by element path; filled on demand, safe for concurrent readers. */
  private final Map<String, Trace> traces = new ConcurrentHashMap<>();

  /**
   * One element that can carry links: what it is, where it is and its links, looked up in the
   * catalogue.
   *
   * <p>The {@link PlanElement} is made the first time a query asks for it, the same instance every
   * time: validation names few elements (in findings), and the path of an indicator component
   * nested thousands deep is as long as its nesting, so making every path up front would cost the
   * square of the nesting.
   *
   * @param kind what the element is
   * @param source the part of the plan: the plan, a goal, strategy, indicator or project
   * @param index the element's index in the list that holds it (0 for the plan)
   * @param owner the place of the indicator an indicator is a component of, or -1
   * @param strategy the place of the strategy that holds a strategic goal or indicator, or -1
   * @param links the element's own links, looked up
   * @param element the element, made on first request
   */
  private record Place(ElementKind kind, Object source, int index, int owner, int strategy,
      List<ResolvedLink> links, Supplier<PlanElement> element) {}

  private AlignmentMap(StrategicPlan plan, Catalogue catalogue) {
    this.plan = plan;
    this.catalogue = catalogue;
    Builder b = new Builder();
    b.add(ElementKind.PLAN, plan, 0, -1, plan.alignment(), -1);
    for (int i = 0; i < plan.goals().size(); i++) {
      Goal g = plan.goals().get(i);
      b.add(ElementKind.GOAL, g, i, -1, g.alignment(), -1);
    }
    Map<String, Integer> byNumber = new HashMap<>();
    for (int i = 0; i < plan.strategies().size(); i++) {
      Strategy s = plan.strategies().get(i);
      int strategy = b.places.size();
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
    this.firstProject = b.places.size();
    for (int i = 0; i < plan.projects().size(); i++) {
      Project p = plan.projects().get(i);
      b.add(ElementKind.PROJECT, p, i, -1, p.alignment(), -1);
    }
    this.places = List.copyOf(b.places);
    this.strategyByNumber = byNumber;
    b.frameworks.remove(OFFICE_STRATEGY);
    this.claimedFrameworks = Collections.unmodifiableSet(b.frameworks);
    Set<PlanLevel> levels = EnumSet.noneOf(PlanLevel.class);
    claimedFrameworks.forEach(f -> catalogue.level(f).ifPresent(levels::add));
    this.claimedLevels = Collections.unmodifiableSet(levels);
  }

  /** The places the constructor lists, element by element in document order. */
  private final class Builder {
    final List<Place> places = new ArrayList<>();
    /** The frameworks named, each once, in the order first named. */
    final Set<String> frameworks = new LinkedHashSet<>();
    /** The catalogue's lookups for the plan's period, found once for all its links. */
    final Catalogue.PeriodMemo memo = catalogue.resolverFor(plan.period());
    /**
     * The links looked up so far, by instance: a plan read from JSON has one instance of each link
     * however often its projects repeat it, and that instance is looked up once.
     */
    final Map<AlignmentLink, ResolvedLink> resolved = new IdentityHashMap<>();

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
        int place = places.size();
        add(ElementKind.INDICATOR, next.indicator(), next.index(), next.owner(), next.indicator().alignment(),
            strategy);
        List<Indicator> components = next.indicator().components();
        for (int c = components.size() - 1; c >= 0; c--) {
          stack.push(new Pending(components.get(c), c, place));
        }
      }
    }

    void add(ElementKind kind, Object source, int index, int owner, List<AlignmentLink> own, int strategy) {
      int place = places.size();
      List<ResolvedLink> links = own.isEmpty() ? List.of() : ImmutableList.copyOf(Lists.transform(own, this::resolve));
      places.add(new Place(kind, source, index, owner, strategy, links, Suppliers.memoize(() -> make(place))));
    }

    private ResolvedLink resolve(AlignmentLink l) {
      return resolved.computeIfAbsent(l, link -> {
        frameworks.add(link.framework());
        return link.framework().equals(OFFICE_STRATEGY)
            ? new ResolvedLink(link, ResolvedLink.Status.OFFICE_STRATEGY, Optional.empty(), true)
            : memo.resolve(link);
      });
    }
  }

  /** The element at a place, made on first request; the same instance every time. */
  PlanElement elementAt(int place) {
    return places.get(place).element().get();
  }

  /** The kind of the element at a place, without making the element. */
  ElementKind kindAt(int place) {
    return places.get(place).kind();
  }

  private PlanElement make(int place) {
    Place at = places.get(place);
    String path = pathOf(place);
    return switch (at.kind()) {
      case PLAN -> new PlanElement(ElementKind.PLAN, path, Optional.empty(), plan.title().orElse(""));
      case GOAL, STRATEGY_GOAL -> {
        Goal g = (Goal) at.source();
        yield new PlanElement(at.kind(), path, g.number(), g.text());
      }
      case STRATEGY -> {
        Strategy s = (Strategy) at.source();
        yield new PlanElement(ElementKind.STRATEGY, path, Optional.of(s.number()), s.title());
      }
      case INDICATOR -> {
        Indicator ind = (Indicator) at.source();
        yield new PlanElement(ElementKind.INDICATOR, path, ind.code(), ind.text());
      }
      case PROJECT -> {
        Project p = (Project) at.source();
        yield new PlanElement(ElementKind.PROJECT, path, Optional.of(p.number()), p.title());
      }
    };
  }

  /**
   * The JSON path of the element at a place, such as {@code $.strategies[1].indicators[0]}:
   * a component's from the top of its strategy down, without recursion.
   */
  private String pathOf(int place) {
    Place at = places.get(place);
    return switch (at.kind()) {
      case PLAN -> "$";
      case GOAL -> "$.goals[" + at.index() + "]";
      case STRATEGY -> "$.strategies[" + at.index() + "]";
      case STRATEGY_GOAL -> "$.strategies[" + places.get(at.strategy()).index() + "].goals[" + at.index() + "]";
      case PROJECT -> "$.projects[" + at.index() + "]";
      case INDICATOR -> {
        Deque<Place> line = new ArrayDeque<>();
        for (Place up = at; up != null; up = up.owner() < 0 ? null : places.get(up.owner())) {
          line.push(up);
        }
        StringBuilder sb = new StringBuilder(32 + 16 * line.size());
        sb.append("$.strategies[").append(places.get(at.strategy()).index()).append("].indicators[")
            .append(line.pop().index()).append(']');
        while (!line.isEmpty()) {
          sb.append(".components[").append(line.pop().index()).append(']');
        }
        yield sb.toString();
      }
    };
  }

  private List<PlanElement> makeElements() {
    return places.stream().map(p -> p.element().get()).collect(ImmutableList.toImmutableList());
  }

  private Map<String, Integer> indexPaths() {
    List<PlanElement> all = elements();
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      out.put(all.get(i).path(), i);
    }
    return out;
  }

  private Map<Project, Integer> indexProjects(Map<Project, Integer> out) {
    for (int i = 0; i < plan.projects().size(); i++) {
      out.putIfAbsent(plan.projects().get(i), firstProject + i);
    }
    return out;
  }

  /** The place of the element with this element's path, or -1. */
  int placeOf(PlanElement element) {
    return placeByPath.get().getOrDefault(element.path(), -1);
  }

  /** The links of the element at a place in {@link #elements()}. */
  List<ResolvedLink> linksAt(int place) {
    return places.get(place).links();
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
    return elements.get();
  }

  /** How many elements the plan has: the places run from 0 to this. */
  int size() {
    return places.size();
  }

  /**
   * Returns the elements of one kind, in plan order.
   *
   * @param kind the kind, not null
   * @return the elements, not null
   */
  public List<PlanElement> elements(ElementKind kind) {
    return byKind.get().get(kind);
  }

  /**
   * Returns the element of a project.
   *
   * @param project the project, one of the plan's, not null
   * @return the element, or empty when the project is not the plan's
   */
  public Optional<PlanElement> element(Project project) {
    Integer place = projectPlaces.get().get(project);
    if (place == null) {
      place = equalProjectPlaces.get().get(project);
    }
    return place == null ? Optional.empty() : Optional.of(elementAt(place));
  }

  /**
   * Returns an element's own links, looked up in the catalogue, in the plan's order.
   *
   * @param element one of {@link #elements()}, not null
   * @return the links, empty for an element not in this map
   */
  public List<ResolvedLink> links(PlanElement element) {
    int place = placeOf(element);
    return place < 0 ? List.of() : linksAt(place);
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
    return Arrays.stream(strategyPlaces(place)).mapToObj(this::elementAt).collect(ImmutableList.toImmutableList());
  }

  /**
   * The places of the strategies of {@link #strategiesOf}, for the element at a place: each once,
   * in that order, none the place itself (a strategy is not its own strategy). No element is made.
   */
  int[] strategyPlaces(int place) {
    Set<Integer> out = new LinkedHashSet<>();
    Project p = projectAt(place);
    if (p != null) {
      p.strategy().ifPresent(number -> out.add(strategyNumbered(number)));
    }
    out.add(places.get(place).strategy());
    for (ResolvedLink l : linksAt(place)) {
      if (l.status() == ResolvedLink.Status.OFFICE_STRATEGY && l.link().item().isPresent()) {
        out.add(strategyNumbered(l.link().item().get()));
      }
    }
    out.remove(-1);      // no strategy
    out.remove(place);   // a strategy is not its own strategy
    return Ints.toArray(out);
  }

  /** The place of the first strategy with a number, or -1. */
  private int strategyNumbered(String number) {
    return strategyByNumber.getOrDefault(ElementNumber.key(number), -1);
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
    places.forEach(p -> p.links().forEach(l -> l.item()
        .filter(i -> i.framework().equals(framework)).ifPresent(i -> editions.add(i.edition()))));
    return catalogue.items(framework).stream().filter(i -> editions.contains(i.edition()))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the coverage matrix of a framework: its items against the elements that support them.
   *
   * @param framework the framework identifier, not null
   * @return the matrix, not null
   * @throws UnknownFrameworkException if the catalogue has no such framework (the plan's own
   *     strategies, {@value #OFFICE_STRATEGY}, are none)
   */
  public CoverageMatrix coverage(String framework) {
    Framework f = catalogue.framework(framework)
        .orElseThrow(() -> new UnknownFrameworkException(framework));
    List<CatalogueItem> rows = relevantItems(framework);
    Set<ItemKey> rowKeys = rows.stream().map(CatalogueItem::key).collect(Collectors.toSet());
    Map<String, Map<CatalogueItem, SupportKind>> cells = new HashMap<>();
    List<PlanElement> columns = new ArrayList<>();
    List<PlanElement> ordered = new ArrayList<>(elements(ElementKind.STRATEGY));
    elements().stream().filter(e -> e.kind() != ElementKind.STRATEGY).forEach(ordered::add);
    for (PlanElement e : ordered) {
      // A column is the element's supported items that are rows: most often all of them.
      Map<CatalogueItem, SupportKind> supported = trace(e).supported(framework);
      Map<CatalogueItem, SupportKind> column = supported.keySet().stream().allMatch(i -> rowKeys.contains(i.key()))
          ? supported : Maps.filterKeys(supported, i -> rowKeys.contains(i.key()));
      if (!column.isEmpty()) {
        columns.add(e);
        cells.put(e.path(), column);
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
   * <p>For {@value #OFFICE_STRATEGY}, the rows are the plan's own strategies (กลยุทธ์หน่วยงาน), in
   * plan order, keyed by number: a project counts under each strategy it belongs to (see
   * {@link #strategiesOf}: its {@link Project#strategy()} and its {@value #OFFICE_STRATEGY} links),
   * once each; a project naming none, or only numbers the plan lacks, is unassigned.
   *
   * @param framework the framework identifier, or {@value #OFFICE_STRATEGY}, not null
   * @return the table, not null
   * @throws UnknownFrameworkException if the catalogue has no such framework
   */
  public BudgetTable budgetByItem(String framework) {
    if (framework.equals(OFFICE_STRATEGY)) {
      return budgetByStrategy();
    }
    Framework f = catalogue.framework(framework)
        .orElseThrow(() -> new UnknownFrameworkException(framework));
    List<CatalogueItem> tops = relevantItems(framework).stream()
        .filter(i -> i.parent().filter(p -> p.framework().equals(framework)).isEmpty())
        .collect(Collectors.toList());
    Map<ItemKey, List<Project>> byTop = new LinkedHashMap<>();
    tops.forEach(t -> byTop.put(t.key(), new ArrayList<>()));
    List<Project> counted = new ArrayList<>();
    List<Project> unassigned = new ArrayList<>();
    for (int place = firstProject; place < size(); place++) {
      Project p = projectAt(place);
      Set<CatalogueItem> roots = supportedTops(place, framework);
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

  /**
   * The tops within a framework of the items the element at a place supports: the items of
   * {@link Trace#supported}, in the order its trace first reaches them, each replaced by its
   * {@linkplain Catalogue#topWithinFramework top}. Worked out from the links and the catalogue's
   * remembered ancestors without making the element or its trace, which a budget table of every
   * project of thousands of plans would otherwise make once each and never use again.
   */
  Set<CatalogueItem> supportedTops(int place, String framework) {
    Map<CatalogueItem, SupportKind> best = new LinkedHashMap<>();
    reach(linksAt(place), false, framework, best);
    for (int strategy : strategyPlaces(place)) {
      reach(linksAt(strategy), true, framework, best);
    }
    Set<CatalogueItem> tops = new LinkedHashSet<>();
    Trace.keepBestTier(best).keySet().forEach(item -> tops.add(catalogue.topWithinFramework(item)));
    return tops;
  }

  /** Ranks the chains of some links as a trace's paths are ranked ({@link Trace#rank}). */
  private void reach(List<ResolvedLink> links, boolean viaStrategy, String framework,
      Map<CatalogueItem, SupportKind> best) {
    for (ResolvedLink l : links) {
      if (l.status() != ResolvedLink.Status.OFFICE_STRATEGY && l.item().isPresent()) {
        CatalogueItem item = l.item().get();
        Trace.rank(item, catalogue.ancestors(item), viaStrategy, framework, best);
      }
    }
  }

  /** {@link #budgetByItem} for the plan's own strategies. */
  private BudgetTable budgetByStrategy() {
    Map<Integer, List<Project>> byStrategy = new LinkedHashMap<>();
    for (int place = 0; place < firstProject; place++) {
      if (kindAt(place) == ElementKind.STRATEGY) {
        byStrategy.put(place, new ArrayList<>());
      }
    }
    List<Project> counted = new ArrayList<>();
    List<Project> unassigned = new ArrayList<>();
    for (int place = firstProject; place < size(); place++) {
      int[] strategies = strategyPlaces(place);
      (strategies.length == 0 ? unassigned : counted).add(projectAt(place));
      for (int strategy : strategies) {
        byStrategy.get(strategy).add(projectAt(place));
      }
    }
    List<BudgetTable.Row> rows = new ArrayList<>();
    byStrategy.forEach((place, projects) -> {
      Strategy s = (Strategy) places.get(place).source();
      rows.add(row(s.number(), s.title(), projects));
    });
    return new BudgetTable("กลยุทธ์หน่วยงาน", rows, row("", "รวมทั้งสิ้น", counted), row("", "ไม่ระบุ", unassigned));
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
    for (int place = firstProject; place < size(); place++) {
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
    return "AlignmentMap[" + plan.office().name() + ", " + size() + " elements, "
        + catalogue + "]";
  }
}
