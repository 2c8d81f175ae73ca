package io.github.eduplan.model;

import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.internal.VisibleText;
import io.github.eduplan.time.ThaiDigits;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An ordinal scale (มาตรวัดระดับ): named levels in ascending order, such as the quality scale
 * ปรับปรุง &lt; พอใช้ &lt; ดี &lt; ดีมาก &lt; ดีเยี่ยม or the levels 1 to 5 (ระดับ ๑–๕). Users may define
 * their own.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableOrdinalScale.class)
@JsonDeserialize(as = ImmutableOrdinalScale.class)
public abstract class OrdinalScale {
  /** ระดับคุณภาพ: ปรับปรุง &lt; พอใช้ &lt; ดี &lt; ดีมาก &lt; ดีเยี่ยม. */
  public static final OrdinalScale QUALITY =
      builder().name("ระดับคุณภาพ").addLevels("ปรับปรุง", "พอใช้", "ดี", "ดีมาก", "ดีเยี่ยม").build();

  /** ระดับ ๑–๕: levels 1 to 5. */
  public static final OrdinalScale LEVELS_1_TO_5 =
      builder().name("ระดับ 1-5").addLevels("1", "2", "3", "4", "5").build();

  OrdinalScale() {}

  /**
   * Returns the scale's name.
   *
   * @return the name, not null
   */
  public abstract String name();

  /**
   * Returns the levels, lowest first.
   *
   * @return at least two distinct levels, not null
   */
  public abstract List<String> levels();

  /**
   * Returns the rank of a level as written, 0 for the lowest. A level matches when it equals a
   * scale level after removing white space, a leading "ระดับ" and converting Thai digits, so
   * {@code "ระดับ ๕"} is rank 4 on {@link #LEVELS_1_TO_5} and {@code "ระดับดีเยี่ยม"} is rank 4 on
   * {@link #QUALITY}. The written text itself is never changed.
   *
   * @param written the level as written, not null
   * @return the rank, or empty when the level is not on this scale
   */
  public OptionalInt rankOf(String written) {
    String key = normalize(written);
    List<String> levels = levels();
    for (int i = 0; i < levels.size(); i++) {
      if (normalize(levels.get(i)).equals(key)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Tells whether a level as written is on this scale (see {@link #rankOf}).
   *
   * @param written the level as written, not null
   * @return true if it has a rank
   */
  public boolean contains(String written) {
    return rankOf(written).isPresent();
  }

  private static String normalize(String text) {
    String s = withoutWhiteSpace(ThaiDigits.toArabic(text));
    if (s.startsWith("ระดับ")) {
      s = s.substring("ระดับ".length());
    }
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * The text without the white space of a regular expression's {@code \s} (space, tab, line
   * feed, vertical tab, form feed, carriage return); other spaces such as U+00A0 stay. Without a
   * regular expression: validation asks for ranks thousands of times per plan.
   */
  private static String withoutWhiteSpace(String s) {
    int i = 0;
    while (i < s.length() && !isWhiteSpace(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length()).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isWhiteSpace(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isWhiteSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  @Value.Check
  void check() {
    if (VisibleText.isBlank(name())) {
      throw new IllegalArgumentException("an ordinal scale needs a name: '" + name() + "'");
    }
    if (levels().size() < 2) {
      throw new IllegalArgumentException(
          "ordinal scale '" + name() + "' needs at least two levels: " + levels());
    }
    if (levels().stream().map(OrdinalScale::normalize).distinct().count() != levels().size()) {
      throw new IllegalArgumentException(
          "ordinal scale '" + name() + "' has a level twice: " + levels());
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

  /** Builds an {@link OrdinalScale}. */
  public static final class Builder extends ImmutableOrdinalScale.Builder {}
}
