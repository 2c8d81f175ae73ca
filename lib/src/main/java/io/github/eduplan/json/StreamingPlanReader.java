package io.github.eduplan.json;

import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.CellRange;
import io.github.eduplan.model.Comparison;
import io.github.eduplan.model.ContextRow;
import io.github.eduplan.model.ContextTable;
import io.github.eduplan.model.Derivation;
import io.github.eduplan.model.DerivationKind;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Guideline;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.Mission;
import io.github.eduplan.model.NameMention;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.OfficeLevel;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.Person;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.SameFigure;
import io.github.eduplan.model.ServedElement;
import io.github.eduplan.model.ServedKind;
import io.github.eduplan.model.ServedPlan;
import io.github.eduplan.model.Situation;
import io.github.eduplan.model.StatedTotal;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.SwotAnalysis;
import io.github.eduplan.model.SwotCategory;
import io.github.eduplan.model.SwotItem;
import io.github.eduplan.model.SwotSubject;
import io.github.eduplan.model.TableCell;
import io.github.eduplan.model.Target;
import io.github.eduplan.model.TotalScope;
import io.github.eduplan.model.Unit;
import io.github.eduplan.model.YearBasis;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * The fast way to read a plan: the model built through its builders straight from the parser's
 * tokens, without databind, which fills a mutable {@code ImmutableX.Json} per object and copies it
 * into a builder (most of what reading cost beyond the token scan).
 *
 * <p>The reader is optimistic: it reads only documents in the documented form (strings, numbers,
 * no nulls, each known property at most once, nothing unknown) and <em>refuses</em> anything else
 * — any unexpected token, value or property, any value the builders refuse, any parser error. A
 * refusal returns empty; {@link PlanJson} then reads the document with databind, which gives the
 * plan or the error. So this reader never reports a problem, and every plan it builds is the one
 * databind would build. It must never accept what databind refuses: the parser has the same
 * limits and syntax, and the checks its shortcuts skip are made here — names matched by the
 * parser skip the name-length limit (a limit below {@link #LONGEST_NAME} turns the reader off),
 * shared texts are checked against the string-length limit, duplicate properties are refused by a
 * bit per property seen (a year key twice makes the targets' builder refuse), and lone
 * surrogates, numbers beyond {@value IndicatorValue.Numeric#MAX_DIGITS} digits and odd year keys
 * are refused.
 *
 * <p>Each object's properties are an enum whose constants are the JSON names;
 * {@link Reading#eachProperty} and {@link Reading#eachElement} walk objects and arrays.
 * Immutable apart from the state of one reading, which each call makes afresh; thread-safe.
 */
final class StreamingPlanReader {
  private static final int MAX_DIGITS = IndicatorValue.Numeric.MAX_DIGITS;

  // The properties of each object. The constants are the JSON names, so they are spelt as those.
  private enum PlanField { office, kind, title, period, revision, revisionDate, approvalDate, vision,
    missions, goals, strategies, projects, statedTotals, alignment, source, level, serves, situation }
  private enum OfficeField { name, shortName, code, mentions, province }
  private enum MentionField { where, name }
  private enum RangeField { first, last }
  private enum NumberedTextField { number, text, alignment, children, serves }
  private enum StrategyField { number, title, goals, guidelines, indicators, alignment, serves, answers }
  private enum IndicatorField { code, text, unit, measureKind, direction, scale, baselines, targets,
    targetInText, goal, guideline, responsibleUnits, components, alignment, note }
  private enum ScaleField { name, levels }
  private enum BaselineField { year, basis, value }
  private enum TargetField { value, comparison, upperBound, asWritten }
  private enum ValueField { number, level, yesNo, text, notAvailable }
  private enum ProjectField { number, title, program, strategy, objectives, quantitativeTargets,
    qualitativeTargets, successIndicators, budget, quarterlyPlan, activeQuarters, period,
    responsiblePeople, group, budgetSource, alignment, serves }
  private enum QuarterField { q1, q2, q3, q4 }
  private enum PersonField { name, position }
  private enum TotalField { scope, key, amount, projectCount, label }
  private enum LinkField { framework, edition, item, evidence }
  private enum ServedPlanField { office, fiscalYear }
  private enum ServedElementField { kind, number, text }
  private enum SituationField { tables, swot, sameFigures }
  private enum ContextTableField { key, number, title, measure, unit, asOf, source, labelHeadings, columns, rows,
    derivations, note }
  private enum ContextRowField { labels, cells }
  private enum DerivationField { cells, kind, from }
  private enum SwotField { title, subject, about, items }
  private enum SwotItemField { code, category, text, score }
  private enum SameFigureField { label, cells }

  private static final List<OrdinalScale> KNOWN_SCALES = List.of(OrdinalScale.QUALITY, OrdinalScale.LEVELS_1_TO_5);

  /** The properties of one kind of object and the parser's matcher of their names. */
  private static final class Fields<E extends Enum<E>> {
    final E[] all;
    final PropertyNameMatcher matcher;

    Fields(E[] all) {
      this.all = all;
      // Enum names are interned, which lets the matcher compare names by identity; a JSON factory's
      // matcher depends only on the kind of parser, not on the factory's settings.
      this.matcher = new JsonFactory().constructNameMatcher(
          Stream.of(all).map(f -> Named.fromString(f.name())).toList(), true);
    }
  }

  private static final Fields<PlanField> PLAN = new Fields<>(PlanField.values());
  private static final Fields<OfficeField> OFFICE = new Fields<>(OfficeField.values());
  private static final Fields<MentionField> MENTION = new Fields<>(MentionField.values());
  private static final Fields<RangeField> RANGE = new Fields<>(RangeField.values());
  private static final Fields<NumberedTextField> NUMBERED_TEXT = new Fields<>(NumberedTextField.values());
  private static final Fields<StrategyField> STRATEGY = new Fields<>(StrategyField.values());
  private static final Fields<IndicatorField> INDICATOR = new Fields<>(IndicatorField.values());
  private static final Fields<ScaleField> SCALE = new Fields<>(ScaleField.values());
  private static final Fields<BaselineField> BASELINE = new Fields<>(BaselineField.values());
  private static final Fields<TargetField> TARGET = new Fields<>(TargetField.values());
  private static final Fields<ValueField> VALUE = new Fields<>(ValueField.values());
  private static final Fields<ProjectField> PROJECT = new Fields<>(ProjectField.values());
  private static final Fields<QuarterField> QUARTER = new Fields<>(QuarterField.values());
  private static final Fields<PersonField> PERSON = new Fields<>(PersonField.values());
  private static final Fields<TotalField> TOTAL = new Fields<>(TotalField.values());
  private static final Fields<LinkField> LINK = new Fields<>(LinkField.values());
  private static final Fields<ServedPlanField> SERVED_PLAN = new Fields<>(ServedPlanField.values());
  private static final Fields<ServedElementField> SERVED_ELEMENT = new Fields<>(ServedElementField.values());
  private static final Fields<SituationField> SITUATION = new Fields<>(SituationField.values());
  private static final Fields<ContextTableField> CONTEXT_TABLE = new Fields<>(ContextTableField.values());
  private static final Fields<ContextRowField> CONTEXT_ROW = new Fields<>(ContextRowField.values());
  private static final Fields<DerivationField> DERIVATION = new Fields<>(DerivationField.values());
  private static final Fields<SwotField> SWOT = new Fields<>(SwotField.values());
  private static final Fields<SwotItemField> SWOT_ITEM = new Fields<>(SwotItemField.values());
  private static final Fields<SameFigureField> SAME_FIGURE = new Fields<>(SameFigureField.values());

  /** The longest property name: a name the parser matches skips the name-length limit. */
  static final int LONGEST_NAME = Stream.of(PLAN, OFFICE, MENTION, RANGE, NUMBERED_TEXT, STRATEGY, INDICATOR,
          SCALE, BASELINE, TARGET, VALUE, PROJECT, QUARTER, PERSON, TOTAL, LINK, SERVED_PLAN, SERVED_ELEMENT,
          SITUATION, CONTEXT_TABLE, CONTEXT_ROW, DERIVATION, SWOT, SWOT_ITEM, SAME_FIGURE)
      .flatMap(f -> Stream.of(f.all)).mapToInt(f -> f.name().length()).max().orElseThrow();

  private final JsonFactory factory;
  /** Without the token limit, for a document shorter than it: every token takes a byte or more. */
  private final JsonFactory uncounted;
  private final long maxTokens;
  private final boolean namesWithinLimits;
  private final int maxStringLength;

  /** A reader whose parsers have the limits and syntax of the factory of databind's mapper. */
  StreamingPlanReader(JsonFactory factory) {
    JsonFactory f = factory.rebuild().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    this.factory = f;
    StreamReadConstraints limits = f.streamReadConstraints();
    this.maxTokens = limits.hasMaxTokenCount() ? limits.getMaxTokenCount() : -1;
    this.uncounted = f.rebuild().streamReadConstraints(limits.rebuild().maxTokenCount(-1).build()).build();
    this.namesWithinLimits = limits.getMaxNameLength() >= LONGEST_NAME;
    this.maxStringLength = limits.getMaxStringLength();
  }

  /**
   * Reads a plan from well-formed UTF-8 bytes that start with plain ASCII (no byte order mark, no
   * NUL), as {@link DocumentText#utf8Document} finds them.
   *
   * @param backslash whether the bytes hold a backslash: well-formed UTF-8 holds surrogates only in
   *     pairs, so only an escape can give a lone one, and without one no text is searched
   * @return the plan, or empty when this reader refuses the document
   */
  Optional<StrategicPlan> read(byte[] bytes, int offset, int length, boolean backslash) {
    return read(length, f -> f.createParser(ObjectReadContext.empty(), bytes, offset, length), backslash);
  }

  /**
   * Reads a plan from a document's text, without a leading byte order mark. A String may hold a
   * lone surrogate as it is, without an escape: every text is checked.
   *
   * @return the plan, or empty when this reader refuses the document
   */
  Optional<StrategicPlan> read(String json) {
    return read(json.length(), f -> f.createParser(ObjectReadContext.empty(), json), true);
  }

  private Optional<StrategicPlan> read(long length, Function<JsonFactory, JsonParser> parser, boolean surrogates) {
    if (!namesWithinLimits) {
      return Optional.empty();
    }
    try (JsonParser p = parser.apply(maxTokens >= 0 && length > maxTokens ? factory : uncounted)) {
      return Optional.of(new Reading(p, surrogates).document());
    } catch (RuntimeException e) {
      // Jackson's errors, the builders' and Refusal alike: the document goes the slow way.
      return Optional.empty();
    }
  }

  /** Not a problem of the document, only of this reader: it leaves the document to databind. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final Refusal INSTANCE = new Refusal();

    private Refusal() {
      // Thrown often on odd documents and always caught: no message, no stack trace.
      super(null, null, false, false);
    }
  }

  private static RuntimeException refuse() {
    return Refusal.INSTANCE;
  }

  private static void expect(JsonToken found, JsonToken expected) {
    if (found != expected) {
      throw refuse();
    }
  }

  /** Reads the value of one property, the parser on its first token. */
  private interface PropertyReader<E> {
    void read(E field, JsonToken value);
  }

  /** The reading of one document: its parser and what it shares between equal values. */
  private final class Reading {
    private final JsonParser p;
    private final SharedTexts texts = new SharedTexts();
    private final SharedLinks links = new SharedLinks();
    /** Whether a text may hold a lone surrogate, which only a {@code \\u} escape or a String can. */
    private final boolean surrogates;

    Reading(JsonParser p, boolean surrogates) {
      this.p = p;
      this.surrogates = surrogates;
    }

    StrategicPlan document() {
      StrategicPlan plan = plan(p.nextToken());
      expect(p.nextToken(), null);
      return plan;
    }

    /** Each property of an object once, known ones only, the value's first token given. */
    private <E extends Enum<E>> void eachProperty(JsonToken start, Fields<E> fields, PropertyReader<E> reader) {
      expect(start, JsonToken.START_OBJECT);
      int seen = 0;
      for (int i = p.nextNameMatch(fields.matcher); i != PropertyNameMatcher.MATCH_END_OBJECT;
          i = p.nextNameMatch(fields.matcher)) {
        // A negative match is an unknown name or an odd token.
        if (i < 0 || (seen & 1 << i) != 0) {
          throw refuse();
        }
        seen |= 1 << i;
        reader.read(fields.all[i], p.nextToken());
      }
    }

    /** Each element of an array, its first token given. */
    private void eachElement(JsonToken start, Consumer<JsonToken> reader) {
      expect(start, JsonToken.START_ARRAY);
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        reader.accept(t);
      }
    }

    private StrategicPlan plan(JsonToken start) {
      StrategicPlan.Builder b = StrategicPlan.builder();
      eachProperty(start, PLAN, (f, t) -> {
        switch (f) {
          case office -> b.office(office(t));
          case kind -> b.kind(PlanKind.valueOf(string(t)));
          case title -> b.title(string(t));
          case period -> b.period(range(t));
          case revision -> b.revision(string(t));
          case revisionDate -> b.revisionDate(date(t));
          case approvalDate -> b.approvalDate(date(t));
          case vision -> b.vision(string(t));
          case missions -> eachElement(t, e -> b.addMission(mission(e)));
          case goals -> eachElement(t, e -> b.addGoal(goal(e)));
          case strategies -> eachElement(t, e -> b.addStrategy(strategy(e)));
          case projects -> eachElement(t, e -> b.addProject(project(e)));
          case statedTotals -> eachElement(t, e -> b.addStatedTotal(total(e)));
          case alignment -> eachElement(t, e -> b.addAlignment(link(e)));
          case source -> b.source(string(t));
          case level -> b.level(OfficeLevel.valueOf(string(t)));
          case serves -> b.servedPlan(servedPlan(t));
          case situation -> b.situation(situation(t));
        }
      });
      return b.build();
    }

    private Office office(JsonToken start) {
      Office.Builder b = Office.builder();
      eachProperty(start, OFFICE, (f, t) -> {
        switch (f) {
          case name -> b.name(string(t));
          case shortName -> b.shortName(string(t));
          case code -> b.code(string(t));
          case mentions -> eachElement(t, e -> b.addMention(mention(e)));
          case province -> b.province(string(t));
        }
      });
      return b.build();
    }

    private NameMention mention(JsonToken start) {
      NameMention.Builder b = NameMention.builder();
      eachProperty(start, MENTION, (f, t) -> {
        switch (f) {
          case where -> b.where(string(t));
          case name -> b.name(string(t));
        }
      });
      return b.build();
    }

    private FiscalYearRange range(JsonToken start) {
      FiscalYear[] years = new FiscalYear[2];
      eachProperty(start, RANGE, (f, t) -> years[f.ordinal()] = FiscalYear.of(integer(t)));
      if (years[0] == null || years[1] == null) {
        throw refuse();
      }
      return FiscalYearRange.of(years[0], years[1]);
    }

    private Mission mission(JsonToken start) {
      Mission.Builder b = Mission.builder();
      eachProperty(start, NUMBERED_TEXT, (f, t) -> {
        switch (f) {
          case number -> b.number(string(t));
          case text -> b.text(string(t));
          default -> throw refuse();
        }
      });
      return b.build();
    }

    private Goal goal(JsonToken start) {
      Goal.Builder b = Goal.builder();
      eachProperty(start, NUMBERED_TEXT, (f, t) -> {
        switch (f) {
          case number -> b.number(string(t));
          case text -> b.text(string(t));
          case alignment -> eachElement(t, e -> b.addAlignment(link(e)));
          case serves -> eachElement(t, e -> b.addServe(servedElement(e)));
          default -> throw refuse();
        }
      });
      return b.build();
    }

    private Guideline guideline(JsonToken start) {
      Guideline.Builder b = Guideline.builder();
      eachProperty(start, NUMBERED_TEXT, (f, t) -> {
        switch (f) {
          case number -> b.number(string(t));
          case text -> b.text(string(t));
          case children -> eachElement(t, e -> b.addChildren(guideline(e)));
          default -> throw refuse();
        }
      });
      return b.build();
    }

    private Strategy strategy(JsonToken start) {
      Strategy.Builder b = Strategy.builder();
      eachProperty(start, STRATEGY, (f, t) -> {
        switch (f) {
          case number -> b.number(string(t));
          case title -> b.title(string(t));
          case goals -> eachElement(t, e -> b.addGoal(goal(e)));
          case guidelines -> eachElement(t, e -> b.addGuideline(guideline(e)));
          case indicators -> eachElement(t, e -> b.addIndicator(indicator(e)));
          case alignment -> eachElement(t, e -> b.addAlignment(link(e)));
          case serves -> eachElement(t, e -> b.addServe(servedElement(e)));
          case answers -> eachElement(t, e -> b.addAnswer(string(e)));
        }
      });
      return b.build();
    }

    private Indicator indicator(JsonToken start) {
      Indicator.Builder b = Indicator.builder();
      eachProperty(start, INDICATOR, (f, t) -> {
        switch (f) {
          case code -> b.code(string(t));
          case text -> b.text(string(t));
          case unit -> b.unit(Unit.of(string(t)));
          case measureKind -> b.measureKind(MeasureKind.valueOf(string(t)));
          case direction -> b.direction(Direction.valueOf(string(t)));
          case scale -> b.scale(scale(t));
          case baselines -> eachElement(t, e -> b.addBaseline(baseline(e)));
          case targets -> targets(t, b);
          case targetInText -> b.targetInText(target(t));
          case goal -> b.goal(string(t));
          case guideline -> b.guideline(string(t));
          case responsibleUnits -> eachElement(t, e -> b.addResponsibleUnit(string(e)));
          case components -> eachElement(t, e -> b.addComponent(indicator(e)));
          case alignment -> eachElement(t, e -> b.addAlignment(link(e)));
          case note -> b.note(string(t));
        }
      });
      return b.build();
    }

    /** Targets by fiscal-year key; the same year twice makes the builder refuse when it builds. */
    private void targets(JsonToken start, Indicator.Builder b) {
      expect(start, JsonToken.START_OBJECT);
      for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
        String key = p.currentName();
        if (!EduplanModule.isYearKey(key)) {
          throw refuse();
        }
        b.putTarget(FiscalYear.of(Integer.parseInt(key)), target(p.nextToken()));
      }
    }

    private OrdinalScale scale(JsonToken start) {
      String[] scaleName = new String[1];
      List<String> scaleLevels = new ArrayList<>();
      eachProperty(start, SCALE, (f, t) -> {
        switch (f) {
          case name -> scaleName[0] = string(t);
          case levels -> eachElement(t, e -> scaleLevels.add(string(e)));
        }
      });
      // Most ordinal indicators use a well-known scale: share it instead of building and checking
      // (a regular expression per level) an equal one per indicator.
      for (OrdinalScale known : KNOWN_SCALES) {
        if (known.name().equals(scaleName[0]) && known.levels().equals(scaleLevels)) {
          return known;
        }
      }
      return OrdinalScale.builder().name(scaleName[0]).levels(scaleLevels).build();
    }

    private Baseline baseline(JsonToken start) {
      Baseline.Builder b = Baseline.builder();
      eachProperty(start, BASELINE, (f, t) -> {
        switch (f) {
          case year -> b.year(integer(t));
          case basis -> b.basis(YearBasis.valueOf(string(t)));
          case value -> b.value(value(t));
        }
      });
      return b.build();
    }

    private Target target(JsonToken start) {
      Target.Builder b = Target.builder();
      eachProperty(start, TARGET, (f, t) -> {
        switch (f) {
          case value -> b.value(value(t));
          case comparison -> b.comparison(Comparison.valueOf(string(t)));
          case upperBound -> b.upperBound(decimal(t));
          case asWritten -> b.asWritten(string(t));
        }
      });
      return b.build();
    }

    /** An object with exactly one of the five kinds, as {@code IndicatorValueDeserializer} reads it. */
    private IndicatorValue value(JsonToken start) {
      expect(start, JsonToken.START_OBJECT);
      int i = p.nextNameMatch(VALUE.matcher);
      if (i < 0) {
        throw refuse();
      }
      JsonToken t = p.nextToken();
      IndicatorValue value = switch (VALUE.all[i]) {
        case number -> IndicatorValue.number(decimal(t));
        case level -> IndicatorValue.level(string(t));
        case yesNo -> IndicatorValue.yesNo(bool(t));
        case text -> IndicatorValue.text(string(t));
        case notAvailable -> IndicatorValue.notAvailable(string(t));
      };
      expect(p.nextToken(), JsonToken.END_OBJECT);
      return value;
    }

    private Project project(JsonToken start) {
      Project.Builder b = Project.builder();
      eachProperty(start, PROJECT, (f, t) -> {
        switch (f) {
          case number -> b.number(string(t));
          case title -> b.title(string(t));
          case program -> b.program(string(t));
          case strategy -> b.strategy(string(t));
          case objectives -> eachElement(t, e -> b.addObjective(string(e)));
          case quantitativeTargets -> eachElement(t, e -> b.addQuantitativeTarget(string(e)));
          case qualitativeTargets -> eachElement(t, e -> b.addQualitativeTarget(string(e)));
          case successIndicators -> eachElement(t, e -> b.addSuccessIndicator(string(e)));
          case budget -> b.budget(baht(t));
          case quarterlyPlan -> b.quarterlyPlan(quarterly(t));
          case activeQuarters -> eachElement(t, e -> b.addActiveQuarter(Quarter.of(integer(e))));
          case period -> b.period(string(t));
          case responsiblePeople -> eachElement(t, e -> b.addResponsiblePerson(person(e)));
          case group -> b.group(string(t));
          case budgetSource -> b.budgetSource(string(t));
          case alignment -> eachElement(t, e -> b.addAlignment(link(e)));
          case serves -> eachElement(t, e -> b.addServe(servedElement(e)));
        }
      });
      return b.build();
    }

    private QuarterlyBudget quarterly(JsonToken start) {
      QuarterlyBudget.Builder b = QuarterlyBudget.builder();
      eachProperty(start, QUARTER, (f, t) -> {
        switch (f) {
          case q1 -> b.q1(baht(t));
          case q2 -> b.q2(baht(t));
          case q3 -> b.q3(baht(t));
          case q4 -> b.q4(baht(t));
        }
      });
      return b.build();
    }

    private Person person(JsonToken start) {
      Person.Builder b = Person.builder();
      eachProperty(start, PERSON, (f, t) -> {
        switch (f) {
          case name -> b.name(string(t));
          case position -> b.position(string(t));
        }
      });
      return b.build();
    }

    private StatedTotal total(JsonToken start) {
      StatedTotal.Builder b = StatedTotal.builder();
      eachProperty(start, TOTAL, (f, t) -> {
        switch (f) {
          case scope -> b.scope(TotalScope.valueOf(string(t)));
          case key -> b.key(string(t));
          case amount -> b.amount(baht(t));
          case projectCount -> b.projectCount(integer(t));
          case label -> b.label(string(t));
        }
      });
      return b.build();
    }

    /** A link; an equal one read before in the document is that one ({@link SharedLinks}). */
    private AlignmentLink link(JsonToken start) {
      String[] parts = new String[LinkField.values().length];
      eachProperty(start, LINK, (f, t) -> parts[f.ordinal()] = string(t));
      return links.link(parts[LinkField.framework.ordinal()], parts[LinkField.edition.ordinal()],
          parts[LinkField.item.ordinal()], parts[LinkField.evidence.ordinal()]);
    }

    private ServedPlan servedPlan(JsonToken start) {
      ServedPlan.Builder b = ServedPlan.builder();
      eachProperty(start, SERVED_PLAN, (f, t) -> {
        switch (f) {
          case office -> b.office(string(t));
          case fiscalYear -> b.fiscalYear(integer(t));
        }
      });
      return b.build();
    }

    private ServedElement servedElement(JsonToken start) {
      ServedElement.Builder b = ServedElement.builder();
      eachProperty(start, SERVED_ELEMENT, (f, t) -> {
        switch (f) {
          case kind -> b.kind(ServedKind.valueOf(string(t)));
          case number -> b.number(string(t));
          case text -> b.text(string(t));
        }
      });
      return b.build();
    }

    // The situation analysis: context tables, SWOT analyses, same figures.

    private Situation situation(JsonToken start) {
      Situation.Builder b = Situation.builder();
      eachProperty(start, SITUATION, (f, t) -> {
        switch (f) {
          case tables -> eachElement(t, e -> b.addTable(contextTable(e)));
          case swot -> eachElement(t, e -> b.addSwot(swot(e)));
          case sameFigures -> eachElement(t, e -> b.addSameFigure(sameFigure(e)));
        }
      });
      return b.build();
    }

    private ContextTable contextTable(JsonToken start) {
      ContextTable.Builder b = ContextTable.builder();
      eachProperty(start, CONTEXT_TABLE, (f, t) -> {
        switch (f) {
          case key -> b.key(string(t));
          case number -> b.number(string(t));
          case title -> b.title(string(t));
          case measure -> b.measure(string(t));
          case unit -> b.unit(Unit.of(string(t)));
          case asOf -> b.asOf(string(t));
          case source -> b.source(string(t));
          case labelHeadings -> eachElement(t, e -> b.addLabelHeading(string(e)));
          case columns -> eachElement(t, e -> {
            List<String> heading = new ArrayList<>();
            eachElement(e, h -> heading.add(string(h)));
            b.addColumn(heading);
          });
          case rows -> eachElement(t, e -> b.addRow(contextRow(e)));
          case derivations -> eachElement(t, e -> b.addDerivation(derivation(e)));
          case note -> b.note(string(t));
        }
      });
      return b.build();
    }

    private ContextRow contextRow(JsonToken start) {
      ContextRow.Builder b = ContextRow.builder();
      eachProperty(start, CONTEXT_ROW, (f, t) -> {
        switch (f) {
          case labels -> eachElement(t, e -> b.addLabel(string(e)));
          case cells -> eachElement(t, e -> b.addCell(string(e)));
        }
      });
      return b.build();
    }

    private Derivation derivation(JsonToken start) {
      Derivation.Builder b = Derivation.builder();
      eachProperty(start, DERIVATION, (f, t) -> {
        switch (f) {
          case cells -> b.cells(CellRange.parse(string(t)));
          case kind -> b.kind(DerivationKind.valueOf(string(t)));
          case from -> eachElement(t, e -> b.addFrom(CellRange.parse(string(e))));
        }
      });
      return b.build();
    }

    private SwotAnalysis swot(JsonToken start) {
      SwotAnalysis.Builder b = SwotAnalysis.builder();
      eachProperty(start, SWOT, (f, t) -> {
        switch (f) {
          case title -> b.title(string(t));
          case subject -> b.subject(SwotSubject.valueOf(string(t)));
          case about -> b.about(string(t));
          case items -> eachElement(t, e -> b.addItem(swotItem(e)));
        }
      });
      return b.build();
    }

    private SwotItem swotItem(JsonToken start) {
      SwotItem.Builder b = SwotItem.builder();
      eachProperty(start, SWOT_ITEM, (f, t) -> {
        switch (f) {
          case code -> b.code(string(t));
          case category -> b.category(SwotCategory.valueOf(string(t)));
          case text -> b.text(string(t));
          case score -> b.score(boundedDecimal(t));
        }
      });
      return b.build();
    }

    private SameFigure sameFigure(JsonToken start) {
      SameFigure.Builder b = SameFigure.builder();
      eachProperty(start, SAME_FIGURE, (f, t) -> {
        switch (f) {
          case label -> b.label(string(t));
          case cells -> eachElement(t, e -> b.addCell(TableCell.parse(string(e))));
        }
      });
      return b.build();
    }

    /** A decimal bounded as databind's decimal deserializer bounds it; beyond, databind says why. */
    private BigDecimal boundedDecimal(JsonToken t) {
      BigDecimal value = decimal(t);
      if (value.scale() > MAX_DIGITS || value.precision() - value.scale() > MAX_DIGITS) {
        throw refuse();
      }
      return value;
    }

    /**
     * A JSON string that a UTF-8 document can hold: no lone surrogate, as databind's text rule. A
     * short one is shared with an equal one read before in the document ({@link SharedTexts}).
     */
    private String string(JsonToken t) {
      expect(t, JsonToken.VALUE_STRING);
      int length = p.getStringLength();
      char[] chars = p.getStringCharacters();
      int offset = p.getStringOffset();
      if (surrogates && StrictScalarsModule.hasLoneSurrogate(chars, offset, length)) {
        throw refuse();
      }
      if (length > SharedTexts.MAX_LENGTH) {
        return p.getString();
      }
      if (length > maxStringLength) {
        // Jackson checks the limit when it builds a String, which a shared text skips.
        throw refuse();
      }
      return texts.text(chars, offset, length);
    }

    private boolean bool(JsonToken t) {
      if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
        throw refuse();
      }
      return t == JsonToken.VALUE_TRUE;
    }

    /** An ISO-8601 date string; anything else (a parse error too) is refused. */
    private LocalDate date(JsonToken t) {
      expect(t, JsonToken.VALUE_STRING);
      return LocalDate.parse(p.getString(), DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /** A JSON integer that fits an {@code int}: no float, no long, no string. */
    private int integer(JsonToken t) {
      if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
        throw refuse();
      }
      return p.getIntValue();
    }

    /** A JSON number as an exact decimal; the model bounds its digits ({@code IndicatorValue.number}). */
    private BigDecimal decimal(JsonToken t) {
      if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        throw refuse();
      }
      return p.getDecimalValue();
    }

    /** Money as a JSON number (a string is left to databind); trailing zeros counted as databind does. */
    private Baht baht(JsonToken t) {
      if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
        // Whole baht, as most plans and the writer give them: no decimal is parsed first.
        return Baht.of(p.getLongValue());
      }
      BigDecimal amount = decimal(t);
      if (amount.scale() > MAX_DIGITS) {
        throw refuse();
      }
      return Baht.of(amount);
    }
  }
}
