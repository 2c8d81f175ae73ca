package io.github.eduplan.model;

import io.github.eduplan.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A SWOT analysis of the plan (การวิเคราะห์สภาพแวดล้อม SWOT Analysis): its title as printed, what it
 * is about (the office, the province, the province's education) and its items in the document's
 * order. The สพป.ตาก เขต 2 FY2565 action plan has two, both of the province: one general, one of
 * its education.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSwotAnalysis.class)
@JsonDeserialize(as = ImmutableSwotAnalysis.class)
public abstract class SwotAnalysis {
  SwotAnalysis() {}

  /**
   * Returns the title as printed.
   *
   * @return the title, not null
   */
  public abstract String title();

  /**
   * Returns what the analysis is about.
   *
   * @return the subject, not null
   */
  public abstract SwotSubject subject();

  /**
   * Returns the name of what it is about, such as {@code จังหวัดตาก}.
   *
   * @return the name, or empty
   */
  public abstract Optional<String> about();

  /**
   * Returns the items, in the document's order.
   *
   * @return the items, not null
   */
  public abstract List<SwotItem> items();

  /**
   * Returns the items of one category, in order.
   *
   * @param category the category, not null
   * @return the items, not null
   */
  public List<SwotItem> items(SwotCategory category) {
    return items().stream().filter(i -> i.category() == category).toList();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SwotAnalysis}. */
  public static final class Builder extends ImmutableSwotAnalysis.Builder {}
}
