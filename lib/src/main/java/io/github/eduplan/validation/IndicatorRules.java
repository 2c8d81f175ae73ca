package io.github.eduplan.validation;

import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Comparison;
import io.github.eduplan.model.Direction;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Target;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import io.github.eduplan.time.ThaiDigits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Years, values and direction of indicators. */
final class IndicatorRules {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private IndicatorRules() {}

  /** The plan's years earliest first; a backwards period is read as the years it spans. */
  static FiscalYearRange span(StrategicPlan plan) {
    FiscalYearRange p = plan.period();
    return p.isBackwards() ? FiscalYearRange.of(p.last(), p.first()) : p;
  }

  static void periodBackwards(StrategicPlan plan, RuleContext context) {
    if (plan.period().isBackwards()) {
      context.at("period").value("first", plan.period().first().buddhistEraYear())
          .value("last", plan.period().last().buddhistEraYear()).report();
    }
  }

  static void targetYearMissing(StrategicPlan plan, RuleContext context) {
    FiscalYearRange span = span(plan);
    List<FiscalYear> years = span.years();
    int first = span.first().buddhistEraYear();
    int last = span.last().buddhistEraYear();
    for (Sites.IndicatorSite site : Sites.indicators(plan, context)) {
      Indicator indicator = site.indicator();
      Map<FiscalYear, Target> targets = indicator.targets();
      if (targets.isEmpty() || within(site.years(), first, last) == years.size()) {
        continue;   // no yearly targets, or one for each year of the period (the years differ)
      }
      List<Integer> missing = null;
      for (FiscalYear y : years) {
        if (!targets.containsKey(y)) {
          if (missing == null) {
            missing = new ArrayList<>();
          }
          missing.add(y.buddhistEraYear());
        }
      }
      if (missing != null) {
        context.at(site.path() + ".targets").number(indicator.code())
            .value("missing", ranges(missing)).value("period", span.toString())
            .variant(missing.size() == 1 ? "one" : "many").report();
      }
    }
  }

  /** How many of the years are from {@code first} to {@code last}. */
  private static int within(List<FiscalYear> years, int first, int last) {
    int n = 0;
    for (int i = 0; i < years.size(); i++) {
      int y = years.get(i).buddhistEraYear();
      if (y >= first && y <= last) {
        n++;
      }
    }
    return n;
  }

  /** Years as runs: 2563, 2565, 2566, 2567 gives "2563, 2565–2567". */
  static String ranges(List<Integer> years) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < years.size()) {
      int j = i;
      while (j + 1 < years.size() && years.get(j + 1) == years.get(j) + 1) {
        j++;
      }
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(years.get(i));
      if (j > i) {
        sb.append('–').append(years.get(j));
      }
      i = j + 1;
    }
    return sb.toString();
  }

  static void targetYearOutsidePeriod(StrategicPlan plan, RuleContext context) {
    FiscalYearRange span = span(plan);
    for (Sites.IndicatorSite site : Sites.indicators(plan, context)) {
      for (FiscalYear year : site.indicator().targets().keySet()) {
        if (!span.contains(year)) {
          context.at(site.target(year)).number(site.indicator().code())
              .value("year", year.buddhistEraYear()).value("period", span.toString()).report();
        }
      }
    }
  }

  static void indicatorNoTarget(StrategicPlan plan, RuleContext context) {
    for (Sites.IndicatorSite site : Sites.topIndicators(plan, context)) {
      Indicator indicator = site.indicator();
      if (indicator.measureKind() != MeasureKind.TEXT && indicator.targets().isEmpty()
          && indicator.targetInText().isEmpty() && !componentTargets(indicator)) {
        context.at(site.path() + ".targets").number(indicator.code()).report();
      }
    }
  }

  /**
   * Whether a component of the indicator, at any depth (a composite's parts may have parts: O-NET
   * by grade, then by subject), has a yearly target or a target in its text. Walked with a stack of
   * its own, so that a hostile plan's deep nesting cannot overflow the thread's.
   */
  private static boolean componentTargets(Indicator indicator) {
    java.util.ArrayDeque<Indicator> toSee = new java.util.ArrayDeque<>(indicator.components());
    while (!toSee.isEmpty()) {
      Indicator component = toSee.pop();
      if (!component.targets().isEmpty() || component.targetInText().isPresent()) {
        return true;
      }
      toSee.addAll(component.components());
    }
    return false;
  }

  static void baselineNotBeforeTargets(StrategicPlan plan, RuleContext context) {
    for (Sites.IndicatorSite site : Sites.indicators(plan, context)) {
      Indicator indicator = site.indicator();
      if (indicator.targets().isEmpty()) {
        continue;
      }
      int firstTarget = indicator.targets().firstKey().buddhistEraYear();
      for (int b = 0; b < indicator.baselines().size(); b++) {
        Baseline baseline = indicator.baselines().get(b);
        if (baseline.year() >= firstTarget) {
          context.at(site.path() + ".baselines[" + b + "]").number(indicator.code())
              .value("year", baseline.year()).value("firstTargetYear", firstTarget).report();
        }
      }
    }
  }

  /**
   * A value with where it sits: a year's target ({@code year} set), a baseline ({@code baseline}
   * is its index) or the target in the text (neither), with the target it is the value of (null
   * for a baseline). Its path, label and upper bound are made only when a rule asks.
   */
  private record Placed(Sites.IndicatorSite site, int baseline, FiscalYear year, int baselineYear,
      IndicatorValue value, Target target) {
    Optional<BigDecimal> upper() {
      return target == null ? Optional.empty() : target.upperBound();
    }

    String path() {
      if (year != null) {
        return site.target(year);
      }
      return baseline >= 0 ? site.path() + ".baselines[" + baseline + "]" : site.path() + ".targetInText";
    }

    String label() {
      if (year != null) {
        return Integer.toString(year.buddhistEraYear());
      }
      return baseline >= 0 ? Integer.toString(baselineYear) : "text";
    }

    /** The label in Thai: a year is a year, the target in the text is ข้อความตัวชี้วัด. */
    String thaiLabel() {
      return year == null && baseline < 0 ? "ข้อความตัวชี้วัด" : label();
    }
  }

  /** The key of the indicators' values among a run's shared values. */
  private static final RuleContext.SharedKey<List<List<Placed>>> VALUES =
      RuleContext.SharedKey.named("indicators' values");

  /**
   * Every indicator's values, in the order of {@link Sites#indicators}: listed once per validation
   * for the three rules that read every value.
   */
  private static List<List<Placed>> values(StrategicPlan plan, RuleContext context) {
    return context.shared(VALUES, () -> {
      List<Sites.IndicatorSite> sites = Sites.indicators(plan, context);
      List<List<Placed>> out = new ArrayList<>(sites.size());
      for (Sites.IndicatorSite site : sites) {
        out.add(values(site));
      }
      return out;
    });
  }

  private static List<Placed> values(Sites.IndicatorSite site) {
    Indicator indicator = site.indicator();
    List<Baseline> baselines = indicator.baselines();
    List<Target> targets = site.targets();
    List<Placed> out = new ArrayList<>(baselines.size() + targets.size() + 1);
    for (int b = 0; b < baselines.size(); b++) {
      Baseline baseline = baselines.get(b);
      out.add(new Placed(site, b, null, baseline.year(), baseline.value(), null));
    }
    for (int y = 0; y < targets.size(); y++) {
      Target target = targets.get(y);
      out.add(new Placed(site, -1, site.years().get(y), 0, target.value(), target));
    }
    indicator.targetInText().ifPresent(t ->
        out.add(new Placed(site, -1, null, 0, t.value(), t)));
    return out;
  }

  static boolean isPercentage(Indicator indicator) {
    return indicator.measureKind() == MeasureKind.PERCENTAGE
        || indicator.unit().filter(u -> u.isPercent()).isPresent();
  }

  static void percentOutOfRange(StrategicPlan plan, RuleContext context) {
    List<Sites.IndicatorSite> sites = Sites.indicators(plan, context);
    List<List<Placed>> values = values(plan, context);
    for (int i = 0; i < sites.size(); i++) {
      Sites.IndicatorSite site = sites.get(i);
      if (!isPercentage(site.indicator())) {
        continue;
      }
      for (Placed placed : values.get(i)) {
        BigDecimal out = null;
        if (placed.value() instanceof IndicatorValue.Numeric numeric && outOfRange(numeric.value())) {
          out = numeric.value();
        } else if (placed.upper().isPresent() && outOfRange(placed.upper().get())) {
          out = placed.upper().get();
        }
        if (out != null) {
          context.at(placed.path()).number(site.indicator().code())
              .value("where", placed.label(), placed.thaiLabel()).value("value", out.toPlainString()).report();
        }
      }
    }
  }

  private static boolean outOfRange(BigDecimal n) {
    return n.signum() < 0 || n.compareTo(HUNDRED) > 0;
  }

  private static boolean fits(MeasureKind kind, IndicatorValue.Kind value) {
    return value == IndicatorValue.Kind.NOT_AVAILABLE || switch (kind) {
      case QUANTITY, PERCENTAGE -> value == IndicatorValue.Kind.NUMBER;
      case ORDINAL -> value == IndicatorValue.Kind.LEVEL;
      case YES_NO -> value == IndicatorValue.Kind.YES_NO;
      default -> true;
    };
  }

  static void valueKindMismatch(StrategicPlan plan, RuleContext context) {
    List<Sites.IndicatorSite> sites = Sites.indicators(plan, context);
    List<List<Placed>> values = values(plan, context);
    for (int i = 0; i < sites.size(); i++) {
      Sites.IndicatorSite site = sites.get(i);
      MeasureKind kind = site.indicator().measureKind();
      for (Placed placed : values.get(i)) {
        if (!fits(kind, placed.value().kind())) {
          context.at(placed.path()).number(site.indicator().code())
              .value("where", placed.label(), placed.thaiLabel()).value("value", placed.value())
              .value("valueKind", placed.value().kind(), ThaiWords.of(placed.value().kind()))
              .value("measureKind", kind, ThaiWords.of(kind)).report();
        }
      }
    }
  }

  static void levelNotOnScale(StrategicPlan plan, RuleContext context) {
    List<Sites.IndicatorSite> sites = Sites.indicators(plan, context);
    List<List<Placed>> values = values(plan, context);
    for (int i = 0; i < sites.size(); i++) {
      Sites.IndicatorSite site = sites.get(i);
      Optional<OrdinalScale> scale = site.indicator().scale();
      if (scale.isEmpty()) {
        continue;
      }
      Ranks ranks = ranks(context);
      for (Placed placed : values.get(i)) {
        if (placed.value() instanceof IndicatorValue.Level level
            && ranks.rankOf(scale.get(), level.level()).isEmpty()) {
          context.at(placed.path()).number(site.indicator().code())
              .value("where", placed.label(), placed.thaiLabel()).value("value", placed.value())
              .value("scale", scale.get().name())
              .value("levels", String.join(", ", scale.get().levels())).report();
        }
      }
    }
  }

  static void targetNotAvailable(StrategicPlan plan, RuleContext context) {
    FiscalYearRange span = span(plan);
    for (Sites.IndicatorSite site : Sites.indicators(plan, context)) {
      for (int y = 0; y < site.years().size(); y++) {
        FiscalYear year = site.years().get(y);
        Target target = site.targets().get(y);
        if (target.isNotAvailable() && span.contains(year)) {
          context.at(site.target(year)).number(site.indicator().code())
              .value("year", year.buddhistEraYear()).value("written", target.value())
              .report();
        }
      }
    }
  }

  /**
   * The ranks of levels on scales, looked up once per validation: {@link OrdinalScale#rankOf}
   * normalises every level of the scale it compares with, and a plan repeats the same few levels
   * in every year of every ordinal indicator. Equal scales rank alike, so they share answers.
   */
  static final class Ranks {
    private final Map<OrdinalScale, Map<String, OptionalInt>> byScale = new HashMap<>();

    OptionalInt rankOf(OrdinalScale scale, String level) {
      return byScale.computeIfAbsent(scale, s -> new HashMap<>()).computeIfAbsent(level, scale::rankOf);
    }
  }

  /** The key of the ranks among a run's shared values. */
  private static final RuleContext.SharedKey<Ranks> RANKS = RuleContext.SharedKey.named("levels' ranks");

  static Ranks ranks(RuleContext context) {
    return context.shared(RANKS, Ranks::new);
  }

  /**
   * A target as a comparable position: a number, or a level's rank on the indicator's scale; null
   * when it has none (asked for every target, so no {@code Optional} is made for each).
   */
  private static BigDecimal position(Ranks ranks, Indicator indicator, IndicatorValue value) {
    if (value instanceof IndicatorValue.Numeric numeric) {
      return numeric.value();
    }
    if (value instanceof IndicatorValue.Level level && indicator.scale().isPresent()) {
      OptionalInt rank = ranks.rankOf(indicator.scale().get(), level.level());
      return rank.isPresent() ? BigDecimal.valueOf(rank.getAsInt()) : null;
    }
    return null;
  }

  /** Tells whether a yearly target keeps to a threshold; empty when they cannot be compared. */
  private static Optional<Boolean> keeps(Ranks ranks, Indicator indicator, Target yearly, Comparison comparison,
      BigDecimal threshold, Optional<BigDecimal> thresholdUpper) {
    if (yearly.value().kind() == IndicatorValue.Kind.LEVEL && thresholdUpper.isPresent()) {
      return Optional.empty();
    }
    BigDecimal low = position(ranks, indicator, yearly.value());
    if (low == null) {
      return Optional.empty();
    }
    BigDecimal high = yearly.upperBound().orElse(low);
    return Optional.of(switch (comparison) {
      case AT_LEAST -> low.compareTo(threshold) >= 0;
      case AT_MOST -> high.compareTo(threshold) <= 0;
      case EQUAL -> low.compareTo(threshold) == 0 && high.compareTo(threshold) == 0;
      default -> low.compareTo(threshold) >= 0 && high.compareTo(thresholdUpper.orElse(threshold)) <= 0;
    });
  }

  static void targetContradictsText(StrategicPlan plan, RuleContext context) {
    Ranks ranks = ranks(context);
    for (Sites.IndicatorSite site : Sites.indicators(plan, context)) {
      Indicator indicator = site.indicator();
      if (indicator.targetInText().isEmpty()) {
        continue;
      }
      Target text = indicator.targetInText().get();
      if (text.value().kind() != IndicatorValue.Kind.NUMBER
          && text.value().kind() != IndicatorValue.Kind.LEVEL) {
        continue;
      }
      BigDecimal threshold = position(ranks, indicator, text.value());
      if (threshold == null) {
        continue;
      }
      Comparison comparison = text.effectiveComparison(indicator.direction());
      for (int y = 0; y < site.years().size(); y++) {
        FiscalYear year = site.years().get(y);
        Target target = site.targets().get(y);
        if (target.value().kind() != text.value().kind()) {
          continue;
        }
        if (!keeps(ranks, indicator, target, comparison, threshold, text.upperBound()).orElse(true)) {
          context.at(site.target(year)).number(indicator.code())
              .value("year", year.buddhistEraYear()).value("target", describe(target))
              .value("textTarget", describe(text)).report();
        }
      }
    }
  }

  /*
   * The phrases of a threshold in words. Runs of white space and digits are taken whole (\s*+,
   * \d++): what follows them never continues them, and a run that gave some back would be read
   * again for each of its lengths (two runs of spaces in a row split 3,000 spaces every way).
   */
  private static final Pattern AT_LEAST_PHRASE = Pattern.compile(
      "(?:ไม่ต่ำกว่า|ไม่น้อยกว่า)\\s*+(?:ร้อยละ)?\\s*+(\\d++(?:\\.\\d++)?)|ร้อยละ\\s*+(\\d++(?:\\.\\d++)?)\\s*+ขึ้นไป");
  private static final Pattern AT_MOST_PHRASE = Pattern.compile(
      "(?:ไม่เกิน|ไม่มากกว่า)\\s*+ร้อยละ\\s*+(\\d++(?:\\.\\d++)?)");

  /**
   * The one threshold written in an indicator's words, such as "ร้อยละ ๘๐ ขึ้นไป".
   *
   * @throws NumberFormatException if a phrase's number has more digits than any plan value
   *     ({@link ThaiDigits#MAX_DIGITS}), checked before the number is made
   */
  static Optional<Target> thresholdInWords(String text) {
    if (!hasDigit(text) || !(text.contains("ไม่") || text.contains("ขึ้นไป"))) {
      return Optional.empty();   // every phrase has a number and one of these words
    }
    String arabic = ThaiDigits.toArabic(text);
    List<Target> found = new ArrayList<>();
    Matcher m = AT_LEAST_PHRASE.matcher(arabic);
    while (m.find()) {
      String n = m.group(1) != null ? m.group(1) : m.group(2);
      found.add(Target.of(Comparison.AT_LEAST, ThaiDigits.parseDecimal(n)));
    }
    m = AT_MOST_PHRASE.matcher(arabic);
    while (m.find()) {
      found.add(Target.of(Comparison.AT_MOST, ThaiDigits.parseDecimal(m.group(1))));
    }
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Texts.isArabicOrThaiDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static void targetContradictsTextPhrase(StrategicPlan plan, RuleContext context) {
    Ranks ranks = ranks(context);
    for (Sites.IndicatorSite site : Sites.indicators(plan, context)) {
      Indicator indicator = site.indicator();
      if (indicator.targetInText().isPresent() || indicator.targets().isEmpty()) {
        continue;
      }
      Optional<Target> phrase;
      try {
        phrase = thresholdInWords(indicator.text());
      } catch (IllegalArgumentException | ArithmeticException e) {
        continue;
      }
      if (phrase.isEmpty()) {
        continue;
      }
      Target text = phrase.get();
      BigDecimal threshold = ((IndicatorValue.Numeric) text.value()).value();
      for (int y = 0; y < site.years().size(); y++) {
        FiscalYear year = site.years().get(y);
        Target target = site.targets().get(y);
        if (target.value().kind() != IndicatorValue.Kind.NUMBER) {
          continue;
        }
        if (!keeps(ranks, indicator, target, text.comparison().get(), threshold, Optional.empty()).orElse(true)) {
          context.at(site.target(year)).number(indicator.code())
              .value("year", year.buddhistEraYear()).value("target", describe(target))
              .value("textTarget", describe(text)).report();
        }
      }
    }
  }

  private static String describe(Target target) {
    String value = target.value().toString();
    if (target.upperBound().isPresent()) {
      return value + "–" + target.upperBound().get().toPlainString();
    }
    return target.comparison().map(c -> c.symbol() + " " + value).orElse(value);
  }

  static void targetAgainstDirection(StrategicPlan plan, RuleContext context) {
    Ranks ranks = ranks(context);
    for (Sites.IndicatorSite site : Sites.indicators(plan, context)) {
      Indicator indicator = site.indicator();
      Direction direction = indicator.direction();
      if (direction != Direction.INCREASE && direction != Direction.DECREASE) {
        continue;
      }
      FiscalYear previousYear = null;
      Target previous = null;
      BigDecimal previousPosition = null;
      for (int y = 0; y < site.years().size(); y++) {
        FiscalYear year = site.years().get(y);
        Target target = site.targets().get(y);
        BigDecimal position = position(ranks, indicator, target.value());
        if (position == null) {
          continue;
        }
        if (previous != null && previous.value().kind() == target.value().kind()) {
          int cmp = position.compareTo(previousPosition);
          if (direction == Direction.INCREASE ? cmp < 0 : cmp > 0) {
            context.at(site.target(year)).number(indicator.code())
                .value("fromYear", previousYear.buddhistEraYear()).value("from", previous.value())
                .value("year", year.buddhistEraYear()).value("to", target.value())
                .variant(direction == Direction.INCREASE ? "falls" : "rises").report();
          }
        }
        previousYear = year;
        previous = target;
        previousPosition = position;
      }
    }
  }

  static void targetBehindBaseline(StrategicPlan plan, RuleContext context) {
    Ranks ranks = ranks(context);
    for (Sites.IndicatorSite site : Sites.indicators(plan, context)) {
      Indicator indicator = site.indicator();
      Direction direction = indicator.direction();
      if (direction != Direction.INCREASE && direction != Direction.DECREASE) {
        continue;
      }
      Baseline latest = null;
      BigDecimal latestPosition = null;
      for (Baseline b : indicator.baselines()) {
        BigDecimal position = position(ranks, indicator, b.value());
        if (position != null && (latest == null || b.year() >= latest.year())) {
          latest = b;
          latestPosition = position;
        }
      }
      if (latest == null) {
        continue;
      }
      for (int y = 0; y < site.years().size(); y++) {
        FiscalYear year = site.years().get(y);
        Target target = site.targets().get(y);
        if (target.value().kind() != latest.value().kind()) {
          continue;
        }
        BigDecimal position = position(ranks, indicator, target.value());
        if (position == null) {
          continue;
        }
        int cmp = position.compareTo(latestPosition);
        if (direction == Direction.INCREASE ? cmp < 0 : cmp > 0) {
          context.at(site.target(year)).number(indicator.code())
              .value("baselineYear", latest.year()).value("baseline", latest.value())
              .value("year", year.buddhistEraYear()).value("target", target.value())
              .variant(direction == Direction.INCREASE ? "below" : "above").report();
          break;
        }
      }
    }
  }

  static void unitKindMismatch(StrategicPlan plan, RuleContext context) {
    for (Sites.IndicatorSite site : Sites.indicators(plan, context)) {
      Indicator indicator = site.indicator();
      if (indicator.unit().isEmpty()) {
        continue;
      }
      boolean percentUnit = indicator.unit().get().isPercent();
      boolean percentKind = indicator.measureKind() == MeasureKind.PERCENTAGE;
      if (percentUnit != percentKind) {
        context.at(site.path() + ".unit").number(indicator.code())
            .value("unit", indicator.unit().get())
            .value("measureKind", indicator.measureKind(), ThaiWords.of(indicator.measureKind()))
            .report();
      }
    }
  }
}
