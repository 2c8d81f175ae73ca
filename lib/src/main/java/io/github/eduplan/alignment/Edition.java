package io.github.eduplan.alignment;

import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One edition of a framework and the fiscal years it is in force (ฉบับ / ปีงบประมาณที่ใช้บังคับ).
 * Example: edition {@code 12} of the national economic and social development plan, "ฉบับที่ 12
 * (พ.ศ. 2560 – 2564)", in force in fiscal years 2560–2564; edition {@code 2564-2565} of OBEC policy.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Edition {
  Edition() {}

  /**
   * Returns the identifier of the framework this edition belongs to.
   *
   * @return the framework identifier, not null
   */
  public abstract String framework();

  /**
   * Returns the edition's identifier as links write it: {@code 12}, {@code 13}, {@code 2561},
   * {@code 2564-2565}.
   *
   * @return the identifier, not null, not blank
   */
  public abstract String id();

  /**
   * Returns the edition's title as officially written, such as "ฉบับที่ 13 (พ.ศ. 2566 – 2570)".
   *
   * @return the title, or empty
   */
  public abstract Optional<String> titleThai();

  /**
   * Returns the fiscal years the edition is in force.
   *
   * @return the years, not null, never backwards
   */
  public abstract FiscalYearRange years();

  /**
   * Returns where the edition's title and years come from.
   *
   * @return the source, not null
   */
  public abstract CatalogueSource source();

  /**
   * Returns a note, such as a doubt about the years in force.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Tells whether the edition is in force in a fiscal year.
   *
   * @param year the fiscal year, not null
   * @return true if the year is one of the edition's years
   */
  public boolean isInForce(FiscalYear year) {
    return years().contains(year);
  }

  /**
   * Tells whether the edition is in force in at least one year of a range; a backwards range is
   * taken from its earlier to its later year.
   *
   * @param range the years, not null
   * @return true if the ranges overlap
   */
  public boolean isInForceDuring(FiscalYearRange range) {
    FiscalYear from = range.isBackwards() ? range.last() : range.first();
    FiscalYear to = range.isBackwards() ? range.first() : range.last();
    return !years().first().isAfter(to) && !years().last().isBefore(from);
  }

  @Value.Check
  void check() {
    if (framework().isBlank()) {
      throw new IllegalArgumentException("an edition needs a framework: '" + framework() + "'");
    }
    if (id().isBlank()) {
      throw new IllegalArgumentException("an edition needs an id: '" + id() + "'");
    }
    if (years().isBackwards()) {
      throw new IllegalArgumentException("an edition's years run backwards: " + years());
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Edition}. */
  public static final class Builder extends ImmutableEdition.Builder {}
}
