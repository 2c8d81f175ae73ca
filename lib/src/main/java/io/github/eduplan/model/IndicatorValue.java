package io.github.eduplan.model;

import io.github.eduplan.internal.VisibleText;
import io.github.eduplan.time.ThaiDigits;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One value written in an indicator's row: a baseline (ข้อมูลพื้นฐาน), a target (ค่าเป้าหมาย) or an
 * actual result. It is one of five kinds: a {@link Numeric number} ({@code 85}, {@code 99.59}), an
 * ordinal {@link Level level} ({@code ดีเยี่ยม}, {@code ระดับ ๕}), {@link YesNo yes or no}
 * ({@code มี}), free {@link Text text} ({@code 3 : 2}), or {@link NotAvailable not available}
 * ({@code N/A}, {@code (N/A)}, {@code -}).
 *
 * <p>Text is kept exactly as written; a number keeps the scale it was written with, so
 * {@code 96.00} and {@code 96} are different values that {@link Numeric#compareTo compare} equal.
 * Every kind is an immutable record (yes and no are the two constants of an enum), so a {@code
 * switch} over the sealed interface covers them all.
 */
public sealed interface IndicatorValue
    permits IndicatorValue.Numeric,
        IndicatorValue.Level,
        IndicatorValue.YesNo,
        IndicatorValue.Text,
        IndicatorValue.NotAvailable {

  /** The five kinds of value. */
  enum Kind {
    /** A number. */
    NUMBER,
    /** A level on an ordinal scale. */
    LEVEL,
    /** Yes or no. */
    YES_NO,
    /** Free text. */
    TEXT,
    /** Not available: N/A, "-", or a blank cell. */
    NOT_AVAILABLE
  }

  /**
   * Returns which of the five kinds this value is.
   *
   * @return the kind, not null
   */
  Kind kind();

  /**
   * Returns a number.
   *
   * @param value the number, not null
   * @return the value, not null
   * @throws IllegalArgumentException if the number has more than {@link Numeric#MAX_DIGITS} digits
   *     before or after the decimal point
   */
  static Numeric number(BigDecimal value) {
    return new Numeric(value);
  }

  /**
   * Returns a number.
   *
   * @param value the number as text in Java's {@link BigDecimal#BigDecimal(String)} form, such as
   *     {@code "99.59"}
   * @return the value, not null
   * @throws NumberFormatException if the text is not a decimal number
   */
  static Numeric number(String value) {
    return new Numeric(new BigDecimal(value));
  }

  /**
   * Returns a number.
   *
   * @param value the whole number
   * @return the value, not null
   */
  static Numeric number(long value) {
    return new Numeric(BigDecimal.valueOf(value));
  }

  /**
   * Returns a level as written, such as {@code ดีเยี่ยม} or {@code ระดับ ๕}.
   *
   * @param level the level, not null, not blank
   * @return the value, not null
   * @throws IllegalArgumentException if the level is blank: empty, or only white space (also
   *     no-break spaces), controls and invisible format characters such as U+200B
   */
  static Level level(String level) {
    return new Level(level);
  }

  /**
   * Returns yes or no.
   *
   * @param yes true for yes (มี, ผ่าน)
   * @return the value, not null
   */
  static YesNo yesNo(boolean yes) {
    return yes ? YesNo.YES : YesNo.NO;
  }

  /**
   * Returns free text.
   *
   * @param text the text as written, not null
   * @return the value, not null
   */
  static Text text(String text) {
    return new Text(text);
  }

  /**
   * Returns "not available" written as {@code N/A}.
   *
   * @return the value, not null
   */
  static NotAvailable notAvailable() {
    return NotAvailable.NA;
  }

  /**
   * Returns "not available" written the given way: {@code N/A}, {@code (N/A)}, {@code -} or an
   * empty string for a blank cell.
   *
   * @param written the mark as written, not null
   * @return the value, not null
   */
  static NotAvailable notAvailable(String written) {
    return written.equals(NotAvailable.NA.written) ? NotAvailable.NA : new NotAvailable(written);
  }

  /**
   * A number, kept with the scale it was written with. At most {@link #MAX_DIGITS} digits before and
   * after the decimal point: no plan value is larger, and a value like 1e999999999 would make every
   * calculation on it explode. Equal to another number of the same value and scale; {@link
   * #compareTo} ignores the scale.
   *
   * @param value the number, not null
   */
  record Numeric(BigDecimal value) implements IndicatorValue, Comparable<Numeric> {
    /** The most digits a number may have before, and after, the decimal point. */
    public static final int MAX_DIGITS = ThaiDigits.MAX_DIGITS;

    /**
     * Checks the number's size.
     *
     * @param value the number, not null
     * @throws IllegalArgumentException if the number has more than {@link #MAX_DIGITS} digits
     *     before or after the decimal point
     */
    public Numeric {
      Objects.requireNonNull(value, "value");
      if (value.scale() > MAX_DIGITS || value.precision() - value.scale() > MAX_DIGITS) {
        throw new IllegalArgumentException("a value has at most " + MAX_DIGITS
            + " digits before and after the decimal point: " + value);
      }
    }

    @Override
    public Kind kind() {
      return Kind.NUMBER;
    }

    /** Compares by numeric value, ignoring scale. */
    @Override
    public int compareTo(Numeric other) {
      return value.compareTo(other.value);
    }

    @Override
    public String toString() {
      return value.toPlainString();
    }
  }

  /**
   * A level on an ordinal scale, as written; its rank comes from an {@link OrdinalScale}.
   *
   * @param level the level as written, not null, not blank
   */
  record Level(String level) implements IndicatorValue {
    /**
     * Checks the level.
     *
     * @param level the level as written, not null, not blank
     * @throws IllegalArgumentException if the level is blank
     */
    public Level {
      Objects.requireNonNull(level, "level");
      if (VisibleText.isBlank(level)) {
        throw new IllegalArgumentException("a level cannot be blank: '" + level + "'");
      }
    }

    @Override
    public Kind kind() {
      return Kind.LEVEL;
    }

    @Override
    public String toString() {
      return level;
    }
  }

  /** Yes (มี, ผ่าน) or no (ไม่มี, ไม่ผ่าน). */
  enum YesNo implements IndicatorValue {
    /** Yes: มี, ผ่าน. */
    YES,
    /** No: ไม่มี, ไม่ผ่าน. */
    NO;

    /**
     * Tells whether the value is yes.
     *
     * @return true for yes
     */
    public boolean isYes() {
      return this == YES;
    }

    @Override
    public Kind kind() {
      return Kind.YES_NO;
    }

    @Override
    public String toString() {
      return isYes() ? "yes" : "no";
    }
  }

  /**
   * Free text with no measurable value, such as a ratio {@code 3 : 2}.
   *
   * @param text the text as written, not null
   */
  record Text(String text) implements IndicatorValue {
    /**
     * Checks the text is there.
     *
     * @param text the text as written, not null
     */
    public Text {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public Kind kind() {
      return Kind.TEXT;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /**
   * Not available: written {@code N/A}, {@code (N/A)}, {@code -}, or a blank cell.
   *
   * @param written the mark as written, not null, empty for a blank cell
   */
  record NotAvailable(String written) implements IndicatorValue {
    static final NotAvailable NA = new NotAvailable("N/A");

    /**
     * Checks the mark is there.
     *
     * @param written the mark as written, not null, empty for a blank cell
     */
    public NotAvailable {
      Objects.requireNonNull(written, "written");
    }

    @Override
    public Kind kind() {
      return Kind.NOT_AVAILABLE;
    }

    @Override
    public String toString() {
      return written;
    }
  }
}
