package io.github.eduplan.diff;

import io.github.eduplan.model.AlignmentLink;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.Baseline;
import io.github.eduplan.model.Comparison;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.OrdinalScale;
import io.github.eduplan.model.Person;
import io.github.eduplan.model.StatedTotal;
import io.github.eduplan.model.Target;
import io.github.eduplan.model.YearBasis;
import io.github.eduplan.time.Quarter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import java.util.StringJoiner;

/** How a diff shows the values of changed details as text: the same way for both versions. */
final class Values {
  private Values() {}

  /** Money as the plan's JSON writes it: {@code 121940} for whole baht, {@code 121940.50} otherwise. */
  static String money(Baht amount) {
    return amount.toPlainString();
  }

  /** A signed amount of baht in the same form: {@code -20000}, {@code 0.50}. */
  static String signedMoney(BigDecimal amount) {
    BigDecimal satang = amount.setScale(Math.max(2, amount.scale()), RoundingMode.UNNECESSARY);
    return (satang.remainder(BigDecimal.ONE).signum() == 0 ? satang.setScale(0) : satang).toPlainString();
  }

  /** A value as written: a number plain, a level or text as written ({@code "3 : 2"} quoted), yes or no, N/A's mark. */
  static String value(IndicatorValue v) {
    return switch (v.kind()) {
      case NUMBER -> ((IndicatorValue.Numeric) v).value().toPlainString();
      case LEVEL -> ((IndicatorValue.Level) v).level();
      case YES_NO -> ((IndicatorValue.YesNo) v).isYes() ? "yes" : "no";
      case TEXT -> "\"" + ((IndicatorValue.Text) v).text() + "\"";
      case NOT_AVAILABLE -> ((IndicatorValue.NotAvailable) v).written().isEmpty()
          ? "(blank)" : ((IndicatorValue.NotAvailable) v).written();
    };
  }

  /** A value with its kind, for two different values that {@link #value} shows alike (the level "5" and 5). */
  static String detailedValue(IndicatorValue v) {
    return value(v) + " [" + v.kind() + "]";
  }

  /** A target: {@code 80}, {@code ≥ 80}, {@code 80 … 90}, with what the document writes after it in brackets. */
  static String target(Target t) {
    return target(t, false);
  }

  static String detailedTarget(Target t) {
    return target(t, true);
  }

  private static String target(Target t, boolean detailed) {
    String value = detailed ? detailedValue(t.value()) : value(t.value());
    String shown = t.comparison().map(c -> c == Comparison.BETWEEN
        ? value + " … " + t.upperBound().map(BigDecimal::toPlainString).orElse("")
        : c.symbol() + " " + value).orElse(value);
    return t.asWritten().map(w -> shown + " (" + w + ")").orElse(shown);
  }

  /** A baseline's value, with its calendar when the document states one. */
  static String baseline(Baseline b) {
    return value(b.value()) + basis(b);
  }

  static String detailedBaseline(Baseline b) {
    return detailedValue(b.value()) + basis(b);
  }

  private static String basis(Baseline b) {
    return b.basis() == YearBasis.UNSTATED ? "" : " (" + b.basis() + ")";
  }

  /** An office: its name, short name and code. */
  static String office(Office o) {
    return o.name() + o.shortName().map(s -> " (" + s + ")").orElse("") + o.code().map(c -> " [" + c + "]").orElse("");
  }

  /** An ordinal scale: its name and levels, lowest first. */
  static String scale(OrdinalScale s) {
    return s.name() + ": " + String.join(" < ", s.levels());
  }

  /** A link: {@code obec-policy 3 (MATRIX)}, with its edition after an {@code @}. */
  static String link(AlignmentLink l) {
    return l.framework() + l.edition().map(e -> "@" + e).orElse("") + l.item().map(i -> " " + i).orElse("")
        + " (" + l.evidence() + ")";
  }

  /** A person: the name as written, with the position in brackets. */
  static String person(Person p) {
    return p.name() + p.position().map(s -> " (" + s + ")").orElse("");
  }

  /** A stated total's value: its amount, the project count after a slash, its label. */
  static String statedTotal(StatedTotal t) {
    return money(t.amount()) + t.projectCount().map(c -> " / " + c).orElse("") + t.label().map(l -> " " + l).orElse("");
  }

  /** Quarters as {@code 1,2,4}; none as an empty text. */
  static String quarters(Set<Quarter> quarters) {
    StringJoiner j = new StringJoiner(",");
    quarters.forEach(q -> j.add(Integer.toString(q.number())));
    return j.toString();
  }
}
