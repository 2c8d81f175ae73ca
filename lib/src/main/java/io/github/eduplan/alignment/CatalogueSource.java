package io.github.eduplan.alignment;

import io.github.eduplan.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * Where a catalogue entry comes from (ที่มา): an office's plan document or a public official document, with a reference
 * a reader can follow. Example: {@code PLAN_DOCUMENT}, "แผนปฏิบัติการ ปีงบประมาณ พ.ศ. 2565,
 * สพป.ตาก เขต 2, กรอบแนวคิดและนโยบายที่เกี่ยวข้อง".
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class CatalogueSource {
  CatalogueSource() {}

  /**
   * Returns whether the entry came from an office's plan document or from an official document.
   *
   * @return the kind, not null
   */
  public abstract SourceKind kind();

  /**
   * Returns the reference: which seed and where in it, or which document.
   *
   * @return the reference, not null, not blank
   */
  public abstract String reference();

  @Value.Check
  void check() {
    if (reference().isBlank()) {
      throw new IllegalArgumentException("a catalogue source needs a reference: '" + reference() + "'");
    }
  }

  /**
   * Returns a source.
   *
   * @param kind the kind, not null
   * @param reference the reference, not null, not blank
   * @return the source, not null
   */
  public static CatalogueSource of(SourceKind kind, String reference) {
    return builder().kind(kind).reference(reference).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CatalogueSource}. */
  public static final class Builder extends ImmutableCatalogueSource.Builder {}
}
