package io.github.eduplan.model;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import io.github.eduplan.internal.VisibleText;
import java.io.Serializable;
import java.util.Objects;

/**
 * The unit in which an indicator is counted (หน่วยนับ), kept exactly as the plan writes it:
 * {@code ร้อยละ} (percent), {@code ระดับ} (level), {@code คะแนน} (score), {@code คน} (persons),
 * {@code โรงเรียน} (schools), {@code ครั้ง} (times), or any other text. The set is open; the
 * constants name the common ones. Instances are interned, so a corpus of plans holds one copy of
 * each unit.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Unit implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Interner<Unit> INTERNER = Interners.newWeakInterner();
  private static final String PERCENT_TEXT = "ร้อยละ";

  /** ร้อยละ: percent. */
  public static final Unit PERCENT = of(PERCENT_TEXT);
  /** ระดับ: a level on an ordinal scale. */
  public static final Unit LEVEL = of("ระดับ");
  /** คะแนน: a score. */
  public static final Unit SCORE = of("คะแนน");
  /** คน: persons. */
  public static final Unit PERSON = of("คน");
  /** โรงเรียน: schools. */
  public static final Unit SCHOOL = of("โรงเรียน");
  /** ครั้ง: times, occurrences. */
  public static final Unit TIMES = of("ครั้ง");

  /** @serial the unit's text, verbatim */
  private final String text;
  /** Whether the text is ร้อยละ, white space around it aside: asked for every value of a plan. */
  private final transient boolean percent;

  private Unit(String text) {
    this.text = text;
    this.percent = text.strip().equals(PERCENT_TEXT);
  }

  /**
   * Returns the unit written as given.
   *
   * @param text the unit as written, not null, not blank; kept verbatim
   * @return the interned unit, not null
   * @throws IllegalArgumentException if {@code text} is blank: empty, or only white space (also
   *     no-break spaces), controls and invisible format characters such as U+200B
   */
  public static Unit of(String text) {
    Objects.requireNonNull(text, "text");
    if (VisibleText.isBlank(text)) {
      throw new IllegalArgumentException("a unit cannot be blank: '" + text + "'");
    }
    return INTERNER.intern(new Unit(text));
  }

  /**
   * Returns the unit as written.
   *
   * @return the text, not null
   */
  public String text() {
    return text;
  }

  /**
   * Tells whether this is the percent unit (ร้อยละ).
   *
   * @return true for ร้อยละ
   */
  public boolean isPercent() {
    return percent;
  }

  /**
   * Returns the interned unit for a deserialized one, checked as {@link #of} checks a new one.
   *
   * @return the unit
   * @throws java.io.InvalidObjectException if its text is missing or blank
   */
  private Object readResolve() throws java.io.InvalidObjectException {
    if (text == null || VisibleText.isBlank(text)) {
      throw new java.io.InvalidObjectException("a unit needs a text that is not blank");
    }
    return of(text);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Unit && ((Unit) obj).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Returns the unit as written. */
  @Override
  public String toString() {
    return text;
  }
}
