package io.github.eduplan.json;

import io.github.eduplan.model.AlignmentEvidence;
import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Comparison;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Guideline;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.Mission;
import io.github.eduplan.model.NameMention;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.Person;
import io.github.eduplan.model.PlanKind;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.QuarterlyBudget;
import io.github.eduplan.model.StatedTotal;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.model.Target;
import io.github.eduplan.model.TotalScope;
import io.github.eduplan.model.Unit;
import io.github.eduplan.model.YearBasis;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.nio.CharBuffer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * tokens, without databind. Databind filled a mutable {@code ImmutableX.Json} per object, copied it
 * into a builder and the builder's lists again; on a national corpus that was most of what reading
 * cost beyond the token scan.
 *
 * <p>The reader is optimistic. It reads only documents it understands completely, in the
 * documented form (strings, numbers, no nulls, each known property at most once, nothing unknown),
 * and <em>refuses</em> anything else: any token, value or property it does not expect, any value
 * the model's builders refuse, any error of the parser. A refusal returns empty and nothing of the
 * plan escapes; {@link PlanJson} then reads the same document with databind, which gives the plan
 * or the error exactly as before. So this reader never reports a problem, and for every document
 * it accepts it builds the plan databind would.
 *
 * <p>What it must never do is accept a document that databind refuses. Hence: the parser comes from
 * the same factory, so the same limits and the same syntax apply, except for two checks that this
 * reader's shortcuts skip and so makes itself: names matched against its tables are not checked
 * against the name-length limit (a limit below the format's longest name turns the reader off),
 * and short texts shared within a document are not checked against the string-length limit (it
 * checks them). Duplicate detection is off in that parser only because every object here keeps a
 * bit per property it has seen and refuses a second one (a year key twice makes the targets'
 * builder refuse). Text holding a lone surrogate, a number with more than
 * {@value IndicatorValue.Numeric#MAX_DIGITS} digits before or after the point, a fiscal-year key
 * other than plain digits without a leading zero, and every value the model refuses are refused
 * as databind refuses them. Where databind accepts more than the
 * documented form (a money string, unknown properties in lenient mode) this reader refuses and
 * leaves the document to databind.
 *
 * <p>Arrays are read element by element up to their end, without checking that the value is an
 * array: after a property name that is not followed by an array, the next token is a property
 * name or the end of the enclosing object, or the first property or end of an object value, and
 * every element reader refuses those.
 *
 * <p>Short texts (numbers, units, frameworks, budget sources) are shared within a document: an
 * equal one read before is returned instead of a new string, which a plan repeats in every project
 * and indicator; the plan is equal either way, and holds a quarter less memory.
 *
 * <p>Immutable apart from the state of one reading, which each call makes afresh; thread-safe.
 */
final class StreamingPlanReader {
  private static final int END = PropertyNameMatcher.MATCH_END_OBJECT;
  private static final int MAX_DIGITS = IndicatorValue.Numeric.MAX_DIGITS;
  /** Texts up to this length are shared within a document; longer ones are rarely repeated. */
  static final int SHARED_LENGTH = 64;
  /** Slots of the table of shared texts, a power of two: a plan has some hundreds of them. */
  private static final int TEXT_SLOTS = 512;
  /**
   * Slots of the table of shared alignment links, a power of two: a plan's projects and strategies
   * link a few dozen items between them, each many times.
   */
  private static final int LINK_BITS = 6;
  private static final int LINK_SLOTS = 1 << LINK_BITS;

  /** The properties of each object, in the order of the cases that read them. */
  private static final String[] PLAN = {
      "office", "kind", "title", "period", "revision", "revisionDate", "approvalDate", "vision",
      "missions", "goals", "strategies", "projects", "statedTotals", "alignment", "source"};
  private static final String[] OFFICE = {"name", "shortName", "code", "mentions"};
  private static final String[] MENTION = {"where", "name"};
  private static final String[] RANGE = {"first", "last"};
  private static final String[] MISSION = {"number", "text"};
  private static final String[] GOAL = {"number", "text", "alignment"};
  private static final String[] STRATEGY = {
      "number", "title", "goals", "guidelines", "indicators", "alignment"};
  private static final String[] GUIDELINE = {"number", "text", "children"};
  private static final String[] INDICATOR = {
      "code", "text", "unit", "measureKind", "direction", "scale", "baselines", "targets",
      "targetInText", "goal", "guideline", "responsibleUnits", "components", "alignment", "note"};
  private static final String[] SCALE = {"name", "levels"};
  private static final String[] BASELINE = {"year", "basis", "value"};
  private static final String[] TARGET = {"value", "comparison", "upperBound", "asWritten"};
  private static final String[] VALUE = {"number", "level", "yesNo", "text", "notAvailable"};
  private static final String[] PROJECT = {
      "number", "title", "program", "strategy", "objectives", "quantitativeTargets",
      "qualitativeTargets", "successIndicators", "budget", "quarterlyPlan", "activeQuarters", "period",
      "responsiblePeople", "group", "budgetSource", "alignment"};
  private static final String[] QUARTER = {"q1", "q2", "q3", "q4"};
  private static final String[] PERSON = {"name", "position"};
  private static final String[] TOTAL = {"scope", "key", "amount", "projectCount", "label"};
  private static final String[] LINK = {"framework", "edition", "item", "evidence"};

  /**
   * The longest property name above. A name matched against these tables is not checked against
   * the limit on name length (databind checks some, not all), so with a limit below this the
   * reader refuses every document rather than accept one that databind would refuse.
   */
  static final int LONGEST_NAME = Stream.of(PLAN, OFFICE, MENTION, RANGE, MISSION, GOAL, STRATEGY,
          GUIDELINE, INDICATOR, SCALE, BASELINE, TARGET, VALUE, PROJECT, QUARTER, PERSON, TOTAL, LINK)
      .flatMap(Stream::of).mapToInt(String::length).max().orElseThrow();

  private static final List<OrdinalScale> KNOWN_SCALES =
      List.of(OrdinalScale.QUALITY, OrdinalScale.LEVELS_1_TO_5);

  private final JsonFactory factory;
  /**
   * The same factory without the token limit, for documents that cannot reach it: every token
   * takes at least one byte (or character), so a document no longer than the limit has no more
   * tokens than it allows, and its parser need not count them.
   */
  private final JsonFactory uncounted;
  /** The token limit, or -1 for none. */
  private final long maxTokens;
  private final boolean namesWithinLimits;
  private final int maxStringLength;
  private final PropertyNameMatcher planNames;
  private final PropertyNameMatcher officeNames;
  private final PropertyNameMatcher mentionNames;
  private final PropertyNameMatcher rangeNames;
  private final PropertyNameMatcher missionNames;
  private final PropertyNameMatcher goalNames;
  private final PropertyNameMatcher strategyNames;
  private final PropertyNameMatcher guidelineNames;
  private final PropertyNameMatcher indicatorNames;
  private final PropertyNameMatcher scaleNames;
  private final PropertyNameMatcher baselineNames;
  private final PropertyNameMatcher targetNames;
  private final PropertyNameMatcher valueNames;
  private final PropertyNameMatcher projectNames;
  private final PropertyNameMatcher quarterNames;
  private final PropertyNameMatcher personNames;
  private final PropertyNameMatcher totalNames;
  private final PropertyNameMatcher linkNames;

  /**
   * Creates a reader whose parsers have the limits and syntax of {@code factory}'s.
   *
   * @param factory the factory of the mapper that reads the same documents the slow way
   */
  StreamingPlanReader(JsonFactory factory) {
    this.factory = factory.rebuild().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    StreamReadConstraints limits = this.factory.streamReadConstraints();
    this.maxTokens = limits.hasMaxTokenCount() ? limits.getMaxTokenCount() : -1;
    this.uncounted = this.factory.rebuild()
        .streamReadConstraints(limits.rebuild().maxTokenCount(-1).build()).build();
    namesWithinLimits = limits.getMaxNameLength() >= LONGEST_NAME;
    maxStringLength = limits.getMaxStringLength();
    planNames = names(PLAN);
    officeNames = names(OFFICE);
    mentionNames = names(MENTION);
    rangeNames = names(RANGE);
    missionNames = names(MISSION);
    goalNames = names(GOAL);
    strategyNames = names(STRATEGY);
    guidelineNames = names(GUIDELINE);
    indicatorNames = names(INDICATOR);
    scaleNames = names(SCALE);
    baselineNames = names(BASELINE);
    targetNames = names(TARGET);
    valueNames = names(VALUE);
    projectNames = names(PROJECT);
    quarterNames = names(QUARTER);
    personNames = names(PERSON);
    totalNames = names(TOTAL);
    linkNames = names(LINK);
  }

  private PropertyNameMatcher names(String... names) {
    List<Named> list = new ArrayList<>(names.length);
    for (String name : names) {
      list.add(Named.fromString(name));
    }
    // String literals are interned, which lets the matcher compare names by identity.
    return factory.constructNameMatcher(list, true);
  }

  /**
   * Reads a plan from well-formed UTF-8 bytes that start with plain ASCII (no byte order mark, no
   * NUL), as {@link DocumentText#utf8Document} finds them.
   *
   * @param backslash whether the bytes hold a backslash: well-formed UTF-8 holds no surrogate but
   *     in pairs, so only an escape can give a lone one, and without one no text is searched
   * @return the plan, or empty when this reader refuses the document
   */
  Optional<StrategicPlan> read(byte[] bytes, int offset, int length, boolean backslash) {
    if (!namesWithinLimits) {
      return Optional.empty();
    }
    try (JsonParser p = factoryFor(length).createParser(ObjectReadContext.empty(), bytes, offset, length)) {
      return Optional.of(new Reading(p, backslash).document());
    } catch (RuntimeException e) {
      // Jackson's errors, the builders' and Refusal alike: the document goes the slow way.
      return Optional.empty();
    }
  }

  /**
   * Reads a plan from a document's text, without a leading byte order mark.
   *
   * @return the plan, or empty when this reader refuses the document
   */
  Optional<StrategicPlan> read(String json) {
    if (!namesWithinLimits) {
      return Optional.empty();
    }
    try (JsonParser p = factoryFor(json.length()).createParser(ObjectReadContext.empty(), json)) {
      // A String may hold a lone surrogate as it is, without an escape: every text is checked.
      return Optional.of(new Reading(p, true).document());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The factory for a document of this many bytes or characters: one that counts tokens only
   * when they could pass the limit.
   */
  private JsonFactory factoryFor(long length) {
    return maxTokens >= 0 && length > maxTokens ? factory : uncounted;
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

  /** Marks a property as seen, refusing an unknown one, an odd token and a second occurrence. */
  private static int once(int seen, int property) {
    if (property < 0 || (seen & 1 << property) != 0) {
      throw refuse();
    }
    return seen | 1 << property;
  }

  private static void startObject(JsonToken t) {
    if (t != JsonToken.START_OBJECT) {
      throw refuse();
    }
  }

  /**
   * Whether any of the characters is a surrogate, paired or not: one test per character over the
   * parser's own buffer. Well-formed UTF-8 holds surrogates only in pairs, so only a {@code \\u}
   * escape brings a lone one.
   */
  static boolean hasSurrogate(char[] chars, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      if ((chars[i] & 0xF800) == 0xD800) {
        return true;
      }
    }
    return false;
  }

  /** Leaves a text with a lone surrogate to databind, which reports it; a pair is let through. */
  private static void refuseLoneSurrogate(char[] chars, int offset, int length) {
    if (StrictScalarsModule.loneSurrogate(CharBuffer.wrap(chars, offset, length)) >= 0) {
      throw refuse();
    }
  }

  private static FiscalYear yearKey(String key) {
    if (!EduplanModule.isYearKey(key)) {
      throw refuse();
    }
    return FiscalYear.of(Integer.parseInt(key));
  }

  /**
   * A hash of a short text's length and nine of its characters, the same number of steps for
   * every length: the texts shared are compared in full anyway, so the hash only has to spread
   * them over the table, and the texts that recur (numbers, units, groups, frameworks, names)
   * differ at their ends or in length.
   */
  static int sampledHash(char[] chars, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    int last = offset + length - 1;
    int hash = length;
    hash = 31 * hash + chars[offset];
    hash = 31 * hash + chars[last];
    hash = 31 * hash + chars[offset + (length >>> 1)];
    hash = 31 * hash + chars[offset + (length >>> 2)];
    hash = 31 * hash + chars[last - (length >>> 2)];
    hash = 31 * hash + chars[offset + Math.min(1, length - 1)];
    hash = 31 * hash + chars[last - Math.min(1, length - 1)];
    hash = 31 * hash + chars[offset + Math.min(2, length - 1)];
    hash = 31 * hash + chars[last - Math.min(2, length - 1)];
    return hash;
  }

  /** The reading of one document: its parser and the short texts read so far. */
  private final class Reading {
    private final JsonParser p;
    /** Short texts by hash, the last one read in each slot, with their characters and hash. */
    private final String[] texts = new String[TEXT_SLOTS];
    private final char[][] textChars = new char[TEXT_SLOTS][];
    private final int[] textHashes = new int[TEXT_SLOTS];
    /**
     * Links by the hash of their texts, the last one read in each slot: a link read again is the
     * one in its slot when its four parts are equal.
     */
    private final AlignmentLink[] links = new AlignmentLink[LINK_SLOTS];
    /** Whether a text may hold a lone surrogate, which only a {@code \\u} escape or a String can. */
    private final boolean surrogates;

    Reading(JsonParser p, boolean surrogates) {
      this.p = p;
      this.surrogates = surrogates;
    }

    StrategicPlan document() {
      StrategicPlan plan = plan(p.nextToken());
      if (p.nextToken() != null) {
        throw refuse();
      }
      return plan;
    }

    private StrategicPlan plan(JsonToken start) {
      startObject(start);
      StrategicPlan.Builder b = StrategicPlan.builder();
      int seen = 0;
      for (int f = p.nextNameMatch(planNames); f != END; f = p.nextNameMatch(planNames)) {
        seen = once(seen, f);
        JsonToken t = p.nextToken();
        switch (f) {
          case 0:
            b.office(office(t));
            break;
          case 1:
            b.kind(PlanKind.valueOf(string(t)));
            break;
          case 2:
            b.title(string(t));
            break;
          case 3:
            b.period(range(t));
            break;
          case 4:
            b.revision(string(t));
            break;
          case 5:
            b.revisionDate(date(t));
            break;
          case 6:
            b.approvalDate(date(t));
            break;
          case 7:
            b.vision(string(t));
            break;
          case 8:
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addMission(mission(t));
            }
            break;
          case 9:
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addGoal(goal(t));
            }
            break;
          case 10:
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addStrategy(strategy(t));
            }
            break;
          case 11:
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addProject(project(t));
            }
            break;
          case 12:
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addStatedTotal(total(t));
            }
            break;
          case 13:
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addAlignment(link(t));
            }
            break;
          default:
            b.source(string(t));
            break;
        }
      }
      return b.build();
    }

    private Office office(JsonToken start) {
      startObject(start);
      Office.Builder b = Office.builder();
      int seen = 0;
      for (int f = p.nextNameMatch(officeNames); f != END; f = p.nextNameMatch(officeNames)) {
        seen = once(seen, f);
        JsonToken t = p.nextToken();
        switch (f) {
          case 0:
            b.name(string(t));
            break;
          case 1:
            b.shortName(string(t));
            break;
          case 2:
            b.code(string(t));
            break;
          default:
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addMention(mention(t));
            }
            break;
        }
      }
      return b.build();
    }

    private NameMention mention(JsonToken start) {
      startObject(start);
      NameMention.Builder b = NameMention.builder();
      int seen = 0;
      for (int f = p.nextNameMatch(mentionNames); f != END; f = p.nextNameMatch(mentionNames)) {
        seen = once(seen, f);
        String text = string(p.nextToken());
        if (f == 0) {
          b.where(text);
        } else {
          b.name(text);
        }
      }
      return b.build();
    }

    private FiscalYearRange range(JsonToken start) {
      startObject(start);
      FiscalYear first = null;
      FiscalYear last = null;
      int seen = 0;
      for (int f = p.nextNameMatch(rangeNames); f != END; f = p.nextNameMatch(rangeNames)) {
        seen = once(seen, f);
        FiscalYear year = FiscalYear.of(integer(p.nextToken()));
        if (f == 0) {
          first = year;
        } else {
          last = year;
        }
      }
      if (first == null || last == null) {
        throw refuse();
      }
      return FiscalYearRange.of(first, last);
    }

    private Mission mission(JsonToken start) {
      startObject(start);
      Mission.Builder b = Mission.builder();
      int seen = 0;
      for (int f = p.nextNameMatch(missionNames); f != END; f = p.nextNameMatch(missionNames)) {
        seen = once(seen, f);
        String text = string(p.nextToken());
        if (f == 0) {
          b.number(text);
        } else {
          b.text(text);
        }
      }
      return b.build();
    }

    private Goal goal(JsonToken start) {
      startObject(start);
      Goal.Builder b = Goal.builder();
      int seen = 0;
      for (int f = p.nextNameMatch(goalNames); f != END; f = p.nextNameMatch(goalNames)) {
        seen = once(seen, f);
        JsonToken t = p.nextToken();
        switch (f) {
          case 0:
            b.number(string(t));
            break;
          case 1:
            b.text(string(t));
            break;
          default:
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addAlignment(link(t));
            }
            break;
        }
      }
      return b.build();
    }

    private Strategy strategy(JsonToken start) {
      startObject(start);
      Strategy.Builder b = Strategy.builder();
      int seen = 0;
      for (int f = p.nextNameMatch(strategyNames); f != END; f = p.nextNameMatch(strategyNames)) {
        seen = once(seen, f);
        JsonToken t = p.nextToken();
        switch (f) {
          case 0:
            b.number(string(t));
            break;
          case 1:
            b.title(string(t));
            break;
          case 2:
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addGoal(goal(t));
            }
            break;
          case 3:
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addGuideline(guideline(t));
            }
            break;
          case 4:
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addIndicator(indicator(t));
            }
            break;
          default:
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addAlignment(link(t));
            }
            break;
        }
      }
      return b.build();
    }


    private Guideline guideline(JsonToken start) {
      startObject(start);
      Guideline.Builder b = Guideline.builder();
      int seen = 0;
      for (int f = p.nextNameMatch(guidelineNames); f != END; f = p.nextNameMatch(guidelineNames)) {
        seen = once(seen, f);
        JsonToken t = p.nextToken();
        switch (f) {
          case 0:
            b.number(string(t));
            break;
          case 1:
            b.text(string(t));
            break;
          default:
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addChildren(guideline(t));
            }
            break;
        }
      }
      return b.build();
    }


    private Indicator indicator(JsonToken start) {
      startObject(start);
      Indicator.Builder b = Indicator.builder();
      int seen = 0;
      for (int f = p.nextNameMatch(indicatorNames); f != END; f = p.nextNameMatch(indicatorNames)) {
        seen = once(seen, f);
        JsonToken t = p.nextToken();
        switch (f) {
          case 0:
            b.code(string(t));
            break;
          case 1:
            b.text(string(t));
            break;
          case 2:
            b.unit(Unit.of(string(t)));
            break;
          case 3:
            b.measureKind(MeasureKind.valueOf(string(t)));
            break;
          case 4:
            b.direction(Direction.valueOf(string(t)));
            break;
          case 5:
            b.scale(scale(t));
            break;
          case 6:
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addBaseline(baseline(t));
            }
            break;
          case 7:
            startObject(t);
            for (t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
              FiscalYear year = yearKey(p.currentName());
              // The same year twice makes the builder refuse when it builds the map.
              b.putTarget(year, target(p.nextToken()));
            }
            break;
          case 8:
            b.targetInText(target(t));
            break;
          case 9:
            b.goal(string(t));
            break;
          case 10:
            b.guideline(string(t));
            break;
          case 11:
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addResponsibleUnit(string(t));
            }
            break;
          case 12:
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addComponent(indicator(t));
            }
            break;
          case 13:
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addAlignment(link(t));
            }
            break;
          default:
            b.note(string(t));
            break;
        }
      }
      return b.build();
    }


    private OrdinalScale scale(JsonToken start) {
      startObject(start);
      String name = null;
      List<String> levels = new ArrayList<>();
      int seen = 0;
      for (int f = p.nextNameMatch(scaleNames); f != END; f = p.nextNameMatch(scaleNames)) {
        seen = once(seen, f);
        JsonToken t = p.nextToken();
        if (f == 0) {
          name = string(t);
        } else {
          for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            levels.add(string(t));
          }
        }
      }
      // Most ordinal indicators use a well-known scale: share it instead of building and checking
      // (a regular expression per level) an equal one per indicator.
      for (OrdinalScale known : KNOWN_SCALES) {
        if (known.name().equals(name) && known.levels().equals(levels)) {
          return known;
        }
      }
      return OrdinalScale.builder().name(name).levels(levels).build();
    }

    private Baseline baseline(JsonToken start) {
      startObject(start);
      Baseline.Builder b = Baseline.builder();
      int seen = 0;
      for (int f = p.nextNameMatch(baselineNames); f != END; f = p.nextNameMatch(baselineNames)) {
        seen = once(seen, f);
        JsonToken t = p.nextToken();
        switch (f) {
          case 0:
            b.year(integer(t));
            break;
          case 1:
            b.basis(YearBasis.valueOf(string(t)));
            break;
          default:
            b.value(value(t));
            break;
        }
      }
      return b.build();
    }

    private Target target(JsonToken start) {
      startObject(start);
      Target.Builder b = Target.builder();
      int seen = 0;
      for (int f = p.nextNameMatch(targetNames); f != END; f = p.nextNameMatch(targetNames)) {
        seen = once(seen, f);
        JsonToken t = p.nextToken();
        switch (f) {
          case 0:
            b.value(value(t));
            break;
          case 1:
            b.comparison(Comparison.valueOf(string(t)));
            break;
          case 2:
            b.upperBound(decimal(t));
            break;
          default:
            b.asWritten(string(t));
            break;
        }
      }
      return b.build();
    }

    /** An object with exactly one of the five kinds, as {@code IndicatorValueDeserializer} reads it. */
    private IndicatorValue value(JsonToken start) {
      startObject(start);
      int f = p.nextNameMatch(valueNames);
      if (f < 0) {
        throw refuse();
      }
      JsonToken t = p.nextToken();
      IndicatorValue value;
      switch (f) {
        case 0:
          value = IndicatorValue.number(decimal(t));
          break;
        case 1:
          value = IndicatorValue.level(string(t));
          break;
        case 2:
          if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw refuse();
          }
          value = IndicatorValue.yesNo(t == JsonToken.VALUE_TRUE);
          break;
        case 3:
          value = IndicatorValue.text(string(t));
          break;
        default:
          value = IndicatorValue.notAvailable(string(t));
          break;
      }
      if (p.nextToken() != JsonToken.END_OBJECT) {
        throw refuse();
      }
      return value;
    }

    private Project project(JsonToken start) {
      startObject(start);
      Project.Builder b = Project.builder();
      int seen = 0;
      for (int f = p.nextNameMatch(projectNames); f != END; f = p.nextNameMatch(projectNames)) {
        seen = once(seen, f);
        JsonToken t = p.nextToken();
        switch (f) {
          case 0:
            b.number(string(t));
            break;
          case 1:
            b.title(string(t));
            break;
          case 2:
            b.program(string(t));
            break;
          case 3:
            b.strategy(string(t));
            break;
          case 4:
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addObjective(string(t));
            }
            break;
          case 5:
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addQuantitativeTarget(string(t));
            }
            break;
          case 6:
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addQualitativeTarget(string(t));
            }
            break;
          case 7:
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addSuccessIndicator(string(t));
            }
            break;
          case 8:
            b.budget(baht(t));
            break;
          case 9:
            b.quarterlyPlan(quarterly(t));
            break;
          case 10:
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addActiveQuarter(Quarter.of(integer(t)));
            }
            break;
          case 11:
            b.period(string(t));
            break;
          case 12:
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addResponsiblePerson(person(t));
            }
            break;
          case 13:
            b.group(string(t));
            break;
          case 14:
            b.budgetSource(string(t));
            break;
          default:
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
              b.addAlignment(link(t));
            }
            break;
        }
      }
      return b.build();
    }

    private QuarterlyBudget quarterly(JsonToken start) {
      startObject(start);
      QuarterlyBudget.Builder b = QuarterlyBudget.builder();
      int seen = 0;
      for (int f = p.nextNameMatch(quarterNames); f != END; f = p.nextNameMatch(quarterNames)) {
        seen = once(seen, f);
        Baht amount = baht(p.nextToken());
        switch (f) {
          case 0:
            b.q1(amount);
            break;
          case 1:
            b.q2(amount);
            break;
          case 2:
            b.q3(amount);
            break;
          default:
            b.q4(amount);
            break;
        }
      }
      return b.build();
    }

    private Person person(JsonToken start) {
      startObject(start);
      Person.Builder b = Person.builder();
      int seen = 0;
      for (int f = p.nextNameMatch(personNames); f != END; f = p.nextNameMatch(personNames)) {
        seen = once(seen, f);
        String text = string(p.nextToken());
        if (f == 0) {
          b.name(text);
        } else {
          b.position(text);
        }
      }
      return b.build();
    }

    private StatedTotal total(JsonToken start) {
      startObject(start);
      StatedTotal.Builder b = StatedTotal.builder();
      int seen = 0;
      for (int f = p.nextNameMatch(totalNames); f != END; f = p.nextNameMatch(totalNames)) {
        seen = once(seen, f);
        JsonToken t = p.nextToken();
        switch (f) {
          case 0:
            b.scope(TotalScope.valueOf(string(t)));
            break;
          case 1:
            b.key(string(t));
            break;
          case 2:
            b.amount(baht(t));
            break;
          case 3:
            b.projectCount(integer(t));
            break;
          default:
            b.label(string(t));
            break;
        }
      }
      return b.build();
    }


    /**
     * A link. A link equal to the last one read into its slot of the table is that link: the same
     * few dozen links recur in every project of a plan, and one instance of each is kept.
     */
    private AlignmentLink link(JsonToken start) {
      startObject(start);
      String framework = null;
      String edition = null;
      String item = null;
      AlignmentEvidence evidence = null;
      int seen = 0;
      for (int f = p.nextNameMatch(linkNames); f != END; f = p.nextNameMatch(linkNames)) {
        seen = once(seen, f);
        JsonToken t = p.nextToken();
        switch (f) {
          case 0:
            framework = string(t);
            break;
          case 1:
            edition = string(t);
            break;
          case 2:
            item = string(t);
            break;
          default:
            evidence = AlignmentEvidence.valueOf(string(t));
            break;
        }
      }
      int hash = Objects.hashCode(framework) * 961 + Objects.hashCode(item) * 31
          + Objects.hashCode(edition);
      int slot = (hash * 0x9E3779B9) >>> (Integer.SIZE - LINK_BITS);
      AlignmentLink known = links[slot];
      // A link in the table was built, so its framework and evidence are there: a link read
      // without either is not the known one, and its builder refuses it below.
      if (known != null && known.evidence() == evidence && known.framework().equals(framework)
          && Objects.equals(known.item().orElse(null), item)
          && Objects.equals(known.edition().orElse(null), edition)) {
        return known;
      }
      AlignmentLink.Builder b = AlignmentLink.builder();
      if (framework != null) {
        b.framework(framework);
      }
      if (edition != null) {
        b.edition(edition);
      }
      if (item != null) {
        b.item(item);
      }
      if (evidence != null) {
        b.evidence(evidence);
      }
      AlignmentLink link = b.build();
      links[slot] = link;
      return link;
    }

    /**
     * A JSON string that a UTF-8 document can hold: no lone surrogate, as databind's text rule.
     * A short text is shared with an equal one read before in the document: numbers, units,
     * frameworks, budget sources and groups recur in every project and indicator, and sharing them
     * saves a third of the strings a plan would otherwise hold.
     */
    private String string(JsonToken t) {
      if (t != JsonToken.VALUE_STRING) {
        throw refuse();
      }
      int length = p.getStringLength();
      char[] chars = p.getStringCharacters();
      int offset = p.getStringOffset();
      if (surrogates && hasSurrogate(chars, offset, length)) {
        refuseLoneSurrogate(chars, offset, length);
      }
      if (length > SHARED_LENGTH) {
        return p.getString();
      }
      if (length > maxStringLength) {
        // Jackson checks the limit when it builds a String, which a shared text skips.
        throw refuse();
      }
      int hash = sampledHash(chars, offset, length);
      int slot = (hash ^ hash >>> 16) & (texts.length - 1);
      char[] known = textChars[slot];
      if (known != null && textHashes[slot] == hash
          && Arrays.equals(known, 0, known.length, chars, offset, offset + length)) {
        return texts[slot];
      }
      String text = new String(chars, offset, length);
      texts[slot] = text;
      textChars[slot] = Arrays.copyOfRange(chars, offset, offset + length);
      textHashes[slot] = hash;
      return text;
    }

    /** An ISO-8601 date string; anything else (a parse error too) is refused. */
    private LocalDate date(JsonToken t) {
      if (t != JsonToken.VALUE_STRING) {
        throw refuse();
      }
      return LocalDate.parse(p.getString(), DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /** A JSON integer that fits an {@code int}: no float, no long, no string. */
    private int integer(JsonToken t) {
      if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
        throw refuse();
      }
      return p.getIntValue();
    }

    /**
     * A JSON number as an exact decimal. Databind refuses more than 30 digits before or after the
     * point before any arithmetic; here the model does it, for values and upper bounds
     * ({@code IndicatorValue.number}), and {@link #baht} for money.
     */
    private BigDecimal decimal(JsonToken t) {
      if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        throw refuse();
      }
      return p.getDecimalValue();
    }

    /**
     * Money as a JSON number. A money string, which databind also reads, is left to it. Digits
     * before the point are bounded by {@link Baht#MAX}; trailing zeros after it are not, so they
     * are counted here as databind counts them.
     */
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
