package io.github.eduplan.table;

import io.github.eduplan.model.Comparison;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.Target;
import io.github.eduplan.time.ThaiDigits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline and target cells of the indicator table. A cell holds a number ({@code 94},
 * {@code ๙๔}, {@code 1,000}), a not-available mark ({@code N/A}, {@code (N/A)}, {@code -}), yes or
 * no ({@code มี}, {@code ไม่มี}), a level (a word of an ordinal indicator, of the unit ระดับ, of the
 * quality scale or of the indicator's own scale), or text. A target may start with a comparison
 * ({@code ไม่ต่ำกว่า 80}, {@code ระหว่าง 80 ถึง 90}).
 *
 * <p>Writing picks the plain form when reading it gives the same value, and otherwise the marked
 * one: literal text ({@code '80}), a marked level ({@code ระดับ: 5}) or a marked not-available value
 * ({@code ไม่มีข้อมูล: ยังไม่ประเมิน}). A value no form can hold is refused before anything is written.
 */
final class ValueCells {
  private static final Set<String> NOT_AVAILABLE = Set.of("N/A", "(N/A)", "n/a", "-", "–", "—");
  /** Only digits, separators and a point: meant as a number, so an error if it does not parse. */
  private static final Pattern NUMBER_LIKE = Pattern.compile("-?[0-9๐-๙][0-9๐-๙,]*(\\.[0-9๐-๙]*)?(\\.-)?");
  private static final Pattern BETWEEN = Pattern.compile(
      "(?i)^(?:ระหว่าง|between)\\s*(\\S+)\\s*(?:ถึง|and|-|–)\\s*(\\S+)$");

  private ValueCells() {}

  /** What decides whether a word is a level: the indicator's measure kind, unit and scale. */
  record Context(boolean ordinal, Optional<OrdinalScale> scale) {
    boolean isLevel(String s) {
      return ordinal || OrdinalScale.QUALITY.contains(s) || scale.filter(sc -> sc.contains(s)).isPresent();
    }
  }

  /** A value cell that cannot be read: what is wrong with it. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Reads a stored value cell; empty for a blank one. */
  static Optional<IndicatorValue> read(String stored, Context context) throws Refused {
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    if (Grid.isLiteral(stored)) {
      return Optional.of(IndicatorValue.text(Grid.unmarked(stored)));
    }
    Optional<String> level = marked(stored, Words.LEVEL_MARK);
    if (level.isPresent()) {
      if (level.get().isBlank()) {
        throw new Refused("a level cannot be blank", null);
      }
      return Optional.of(IndicatorValue.level(level.get()));
    }
    Optional<String> mark = marked(stored, Words.NOT_AVAILABLE_MARK);
    if (mark.isPresent()) {
      return Optional.of(IndicatorValue.notAvailable(mark.get()));
    }
    String s = stored.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (NOT_AVAILABLE.contains(s)) {
      return Optional.of(IndicatorValue.notAvailable(s));
    }
    if (NUMBER_LIKE.matcher(s).matches()) {
      return Optional.of(IndicatorValue.number(number(s)));
    }
    if (Words.YES.matches(s) || Words.MORE_YES.contains(s)) {
      return Optional.of(IndicatorValue.yesNo(true));
    }
    if (Words.NO.matches(s) || Words.MORE_NO.contains(s)) {
      return Optional.of(IndicatorValue.yesNo(false));
    }
    if (context.isLevel(s)) {
      return Optional.of(IndicatorValue.level(s));
    }
    return Optional.of(IndicatorValue.text(s));
  }

  private static BigDecimal number(String s) throws Refused {
    try {
      return ThaiDigits.parseDecimal(s);
    } catch (IllegalArgumentException e) {
      throw new Refused("not a number: " + Grid.quoted(s), e);
    }
  }

  /** The text after a mark such as "ระดับ:" ("" for the mark alone), or empty when the cell has none. */
  private static Optional<String> marked(String stored, Words.Word mark) {
    for (String m : List.of(mark.thai(), mark.english())) {
      if (stored.regionMatches(true, 0, m, 0, m.length())) {
        String rest = stored.substring(m.length());
        if (rest.isEmpty()) {
          return Optional.of("");
        }
        if (rest.charAt(0) == ' ') {
          return Optional.of(rest.substring(1));
        }
      }
    }
    return Optional.empty();
  }

  /** Reads a stored target cell; empty for a blank one. */
  static Optional<Target> readTarget(String stored, Context context) throws Refused {
    if (stored.isEmpty() || Grid.isLiteral(stored)) {
      return read(stored, context).map(Target::of);
    }
    String s = stored.stripLeading();
    Matcher between = BETWEEN.matcher(s.strip());
    if (between.matches()) {
      try {
        return Optional.of(Target.between(number(between.group(1)), number(between.group(2))));
      } catch (IllegalArgumentException e) {
        throw new Refused(e.getMessage(), e);
      }
    }
    for (Map.Entry<Comparison, Words.Word> e : Words.COMPARISONS.entrySet()) {
      List<String> words = new ArrayList<>(List.of(e.getValue().thai(), e.getValue().english()));
      words.addAll(Words.COMPARISON_ALIASES.get(e.getKey()));
      for (String w : words) {
        if (s.regionMatches(true, 0, w, 0, w.length())) {
          String rest = s.substring(w.length());
          rest = rest.startsWith(" ") ? rest.substring(1) : rest;
          if (e.getKey() == Comparison.BETWEEN) {
            throw new Refused("a target between two numbers reads \"ระหว่าง 80 ถึง 90\" or \"between 80 and 90\": "
                + Grid.quoted(s.strip()), null);
          }
          IndicatorValue value = read(rest, context).orElseThrow(
              () -> new Refused("a comparison needs a number or a level after it: " + Grid.quoted(s), null));
          try {
            return Optional.of(Target.builder().value(value).comparison(e.getKey()).build());
          } catch (IllegalArgumentException x) {
            throw new Refused("a comparison needs a number or a level after it: " + Grid.quoted(s), x);
          }
        }
      }
    }
    return read(stored, context).map(Target::of);
  }

  /** The cell of a value: the first form that reads back as the same value. */
  static Grid.Out write(IndicatorValue value, Context context, TableFormat.Language language) {
    for (Grid.Out candidate : forms(value, language)) {
      try {
        if (read(Grid.stored(candidate), context).equals(Optional.of(value))) {
          return candidate;
        }
      } catch (Refused e) {
        // not this form
      }
    }
    throw new IllegalArgumentException("a table cannot hold the " + value.kind().name().toLowerCase(Locale.ROOT)
        + " value " + Grid.quoted(value.toString()));
  }

  /** The cell of a target without its written form, which has a column of its own. */
  static Grid.Out writeTarget(Target target, Context context, TableFormat.Language language) {
    Target bare = Target.builder().from(target).asWritten(Optional.empty()).build();
    List<Grid.Out> forms = new ArrayList<>();
    Optional<Comparison> comparison = bare.comparison();
    if (comparison.isEmpty()) {
      forms.addAll(forms(bare.value(), language));
    } else if (comparison.get() == Comparison.BETWEEN) {
      forms.add(Grid.text(Words.COMPARISONS.get(Comparison.BETWEEN).in(language) + " "
          + ((IndicatorValue.Numeric) bare.value()).value().toPlainString() + " " + Words.AND.in(language) + " "
          + bare.upperBound().orElseThrow().toPlainString()));
    } else {
      for (Grid.Out v : forms(bare.value(), language)) {
        forms.add(Grid.text(Words.COMPARISONS.get(comparison.get()).in(language) + " " + Grid.stored(v)));
      }
    }
    for (Grid.Out candidate : forms) {
      try {
        if (readTarget(Grid.stored(candidate), context).equals(Optional.of(bare))) {
          return candidate;
        }
      } catch (Refused e) {
        // not this form
      }
    }
    throw new IllegalArgumentException("a table cannot hold the target " + Grid.quoted(
        comparison.map(c -> c.symbol() + " ").orElse("") + bare.value()));
  }

  private static List<Grid.Out> forms(IndicatorValue value, TableFormat.Language language) {
    if (value instanceof IndicatorValue.Numeric n) {
      return List.of(new Grid.Num(n.value(), false));
    } else if (value instanceof IndicatorValue.YesNo yesNo) {
      return List.of(Grid.text((yesNo.isYes() ? Words.YES : Words.NO).in(language)));
    } else if (value instanceof IndicatorValue.Level l) {
      return List.of(Grid.text(l.level()), Grid.text(Words.LEVEL_MARK.in(language) + " " + l.level()));
    } else if (value instanceof IndicatorValue.NotAvailable na) {
      String mark = na.written();
      return List.of(Grid.text(mark), Grid.text(Words.NOT_AVAILABLE_MARK.in(language) + (mark.isEmpty() ? "" : " " + mark)));
    }
    String text = ((IndicatorValue.Text) value).text();
    return List.of(Grid.text(text), new Grid.Text(text, true));
  }
}
