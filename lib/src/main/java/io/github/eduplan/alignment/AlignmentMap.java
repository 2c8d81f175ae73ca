package io.github.eduplan.alignment;

import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import java.util.ArrayList;
import java.util.Collections;
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
 * {@link Project#strategy()} does the same. Every query is pure; the map is built once.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AlignmentMap {
  /** The framework identifier of links to the plan's own strategies (กลยุทธ์หน่วยงาน). */
  public static final String OFFICE_STRATEGY = "office-strategy";

  private final StrategicPlan plan;
  private final Catalogue catalogue;
  private final List<PlanElement> elements;
  private final Map<String, List<ResolvedLink>> links;
  private final Map<String, Project> projects;
  private final Map<String, PlanElement> strategyElements;
  private final Map<String, String> enclosingStrategy;
  /** Traces computed so far, by element path; filled on demand, safe for concurrent readers. */
  private final Map<String, Trace> traces = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, PlanElement> elementsByPath;
  /** The first strategy with each number, numbers {@linkplain Catalogue#normalize normalised}. */
  private final Map<String, PlanElement> strategyByNumber;
  private final Map<ElementKind, List<PlanElement>> elementsByKind;

  private AlignmentMap(StrategicPlan plan, Catalogue catalogue) {
    this.plan = plan;
    this.catalogue = catalogue;
    List<PlanElement> es = new ArrayList<>();
    Map<String, List<ResolvedLink>> ls = new LinkedHashMap<>();
    Map<String, Project> ps = new HashMap<>();
    Map<String, PlanElement> se = new LinkedHashMap<>();
    Map<String, String> enclosing = new HashMap<>();
    add(es, ls, new PlanElement(ElementKind.PLAN, "$", Optional.empty(), plan.title().orElse("")), plan.alignment());
    for (int i = 0; i < plan.goals().size(); i++) {
      Goal g = plan.goals().get(i);
      add(es, ls, new PlanElement(ElementKind.GOAL, "$.goals[" + i + "]", g.number(), g.text()), g.alignment());
    }
    for (int i = 0; i < plan.strategies().size(); i++) {
      Strategy s = plan.strategies().get(i);
      String at = "$.strategies[" + i + "]";
      PlanElement e = new PlanElement(ElementKind.STRATEGY, at, Optional.of(s.number()), s.title());
      add(es, ls, e, s.alignment());
      se.put(at, e);
      for (int j = 0; j < s.goals().size(); j++) {
        Goal g = s.goals().get(j);
        String gat = at + ".goals[" + j + "]";
        add(es, ls, new PlanElement(ElementKind.STRATEGY_GOAL, gat, g.number(), g.text()), g.alignment());
        enclosing.put(gat, at);
      }
      addIndicators(es, ls, enclosing, s.indicators(), at + ".indicators", at);
    }
    for (int i = 0; i < plan.projects().size(); i++) {
      Project p = plan.projects().get(i);
      String at = "$.projects[" + i + "]";
      add(es, ls, new PlanElement(ElementKind.PROJECT, at, Optional.of(p.number()), p.title()), p.alignment());
      ps.put(at, p);
    }
    this.elements = List.copyOf(es);
    this.links = Collections.unmodifiableMap(ls);
    this.projects = ps;
    this.strategyElements = se;
    this.enclosingStrategy = enclosing;
    Map<String, PlanElement> byPath = new HashMap<>();
    Map<ElementKind, List<PlanElement>> ofKind = new java.util.EnumMap<>(ElementKind.class);
    for (PlanElement e : elements) {
      byPath.put(e.path(), e);
      ofKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
    }
    this.elementsByPath = byPath;
    // Projects and office-strategy links name strategies by number; a defective plan may repeat
    // one, and the first strategy with the number is the one meant.
    Map<String, PlanElement> byNumber = new HashMap<>();
    se.values().forEach(e -> byNumber.putIfAbsent(Catalogue.normalize(e.number().orElse("")), e));
    this.strategyByNumber = byNumber;
    Map<ElementKind, List<PlanElement>> byKind = new java.util.EnumMap<>(ElementKind.class);
    ofKind.forEach((kind, list) -> byKind.put(kind, List.copyOf(list)));
    this.elementsByKind = byKind;
  }

  private void addIndicators(List<PlanElement> es, Map<String, List<ResolvedLink>> ls, Map<String, String> enclosing,
      List<Indicator> indicators, String at, String strategyPath) {
    for (int i = 0; i < indicators.size(); i++) {
      Indicator ind = indicators.get(i);
      String iat = at + "[" + i + "]";
      add(es, ls, new PlanElement(ElementKind.INDICATOR, iat, ind.code(), ind.text()), ind.alignment());
      enclosing.put(iat, strategyPath);
      addIndicators(es, ls, enclosing, ind.components(), iat + ".components", strategyPath);
    }
  }

  private void add(List<PlanElement> es, Map<String, List<ResolvedLink>> ls, PlanElement e, List<AlignmentLink> own) {
    es.add(e);
    if (own.isEmpty()) {
      ls.put(e.path(), List.of());   // most elements link nothing
      return;
    }
    List<ResolvedLink> resolved = new ArrayList<>(own.size());
    for (AlignmentLink l : own) {
      resolved.add(l.framework().equals(OFFICE_STRATEGY)
          ? new ResolvedLink(l, ResolvedLink.Status.OFFICE_STRATEGY, Optional.empty(), true)
          : catalogue.resolve(l, plan.period()));
    }
    ls.put(e.path(), List.copyOf(resolved));
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
    return elements;
  }

  /**
   * Returns the elements of one kind, in plan order.
   *
   * @param kind the kind, not null
   * @return the elements, not null
   */
  public List<PlanElement> elements(ElementKind kind) {
    return elementsByKind.getOrDefault(kind, List.of());
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
        return Optional.of(elements(ElementKind.PROJECT).get(i));
      }
    }
    return elements(ElementKind.PROJECT).stream().filter(e -> projects.get(e.path()).equals(project)).findFirst();
  }

  /**
   * Returns an element's own links, looked up in the catalogue, in the plan's order.
   *
   * @param element one of {@link #elements()}, not null
   * @return the links, empty for an element not in this map
   */
  public List<ResolvedLink> links(PlanElement element) {
    return links.getOrDefault(element.path(), List.of());
  }

  /**
   * Returns every element's own links, keyed by element, in plan order; for validation rules.
   *
   * @return the links, not null
   */
  public Map<PlanElement, List<ResolvedLink>> links() {
    Map<PlanElement, List<ResolvedLink>> out = new LinkedHashMap<>();
    elements.forEach(e -> out.put(e, links(e)));
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
    Set<PlanElement> out = new LinkedHashSet<>();
    Project p = projects.get(element.path());
    if (p != null) {
      p.strategy().ifPresent(n -> strategyNumbered(n).ifPresent(out::add));
    }
    Optional.ofNullable(enclosingStrategy.get(element.path())).map(strategyElements::get).ifPresent(out::add);
    for (ResolvedLink l : links(element)) {
      if (l.status() == ResolvedLink.Status.OFFICE_STRATEGY) {
        l.link().item().flatMap(this::strategyNumbered).ifPresent(out::add);
      }
    }
    out.remove(element);
    return List.copyOf(out);
  }

  private Optional<PlanElement> strategyNumbered(String number) {
    return Optional.ofNullable(strategyByNumber.get(Catalogue.normalize(number)));
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
    if (element.equals(elementsByPath.get(element.path()))) {
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
    Set<PlanLevel> out = EnumSet.noneOf(PlanLevel.class);
    claimedFrameworks().forEach(f -> catalogue.level(f).ifPresent(out::add));
    return Collections.unmodifiableSet(out);
  }

  /**
   * Returns the identifiers of the frameworks the plan's links name, known or not, without
   * {@value #OFFICE_STRATEGY}, in the order first named.
   *
   * @return the identifiers, not null
   */
  public Set<String> claimedFrameworks() {
    Set<String> out = new LinkedHashSet<>();
    links.values().forEach(ls -> ls.forEach(l -> out.add(l.link().framework())));
    out.remove(OFFICE_STRATEGY);
    return Collections.unmodifiableSet(out);
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
    links.values().forEach(ls -> ls.forEach(l -> l.item()
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
    elements.stream().filter(e -> e.kind() != ElementKind.STRATEGY).forEach(ordered::add);
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
    for (PlanElement e : elements) {
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
    return elements.stream().filter(e -> kinds.contains(e.kind()))
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
    for (PlanElement e : elements(ElementKind.PROJECT)) {
      Project p = projects.get(e.path());
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
    for (PlanElement e : elements(ElementKind.PROJECT)) {
      if (trace(e).supported(item.framework()).containsKey(item)) {
        supporting.add(projects.get(e.path()));
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
        Baht.sum(() -> ps.stream().flatMap(p -> p.budget().stream()).iterator()));
  }

  @Override
  public String toString() {
    return "AlignmentMap[" + plan.office().name() + ", " + elements.size() + " elements, "
        + catalogue + "]";
  }
}
