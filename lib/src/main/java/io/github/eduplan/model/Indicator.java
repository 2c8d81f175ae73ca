package io.github.eduplan.model;

import io.github.eduplan.internal.ValueStyle;
import io.github.eduplan.time.FiscalYear;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An indicator (ตัวชี้วัด): what a plan measures, in which unit (หน่วยนับ), which way it should
 * move, its baselines (ข้อมูลพื้นฐาน) and its target (ค่าเป้าหมาย) for each fiscal year. Example: "๓.๑
 * ร้อยละของสถานศึกษาที่จัดกิจกรรมการสร้างภูมิคุ้มกัน…", percent, increase, baseline 2562 (N/A), targets
 * 2563–2565 = 100, 100, 100.
 *
 * <p>The model accepts what real plans write, including targets that contradict the text or fall
 * for an increase-indicator; the validator reports those. This type is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableIndicator.class)
@JsonDeserialize(as = ImmutableIndicator.class)
public abstract class Indicator {
  Indicator() {}

  /**
   * Returns the indicator's code as written, in Thai or Arabic digits: {@code ๑.๑}, {@code 3},
   * {@code S1-2}.
   *
   * @return the code, or empty when the plan does not number it
   */
  public abstract Optional<String> code();

  /**
   * Returns the indicator's text as written.
   *
   * @return the text, not null
   */
  public abstract String text();

  /**
   * Returns the unit (หน่วยนับ), when the plan gives one.
   *
   * @return the unit, or empty
   */
  public abstract Optional<Unit> unit();

  /**
   * Returns what the indicator measures.
   *
   * @return the measure kind, not null
   */
  public abstract MeasureKind measureKind();

  /**
   * Returns which way the indicator should move.
   *
   * @return the direction, not null
   */
  public abstract Direction direction();

  /**
   * Returns the ordinal scale of an {@link MeasureKind#ORDINAL} indicator.
   *
   * @return the scale, or empty
   */
  public abstract Optional<OrdinalScale> scale();

  /**
   * Returns the baselines, in the order the plan writes them.
   *
   * @return the baselines, not null
   */
  public abstract List<Baseline> baselines();

  /**
   * Returns the target for each fiscal year, earliest first.
   *
   * @return the targets, not null
   */
  @Value.NaturalOrder
  public abstract SortedMap<FiscalYear, Target> targets();

  /**
   * Returns the target written inside the indicator's text, such as "ร้อยละ ๘๐ ของผู้เรียน…" or
   * "ไม่ต่ำกว่า ๓๐๐ คะแนน". It may contradict the yearly targets; the validator compares them.
   *
   * @return the target in the text, or empty
   */
  public abstract Optional<Target> targetInText();

  /**
   * Returns the number of the goal (เป้าประสงค์) this indicator measures, as written.
   *
   * @return the goal's number, or empty
   */
  public abstract Optional<String> goal();

  /**
   * Returns the number of the development guideline (แนวทางการพัฒนา) this indicator is placed under,
   * as written.
   *
   * @return the guideline's number, or empty
   */
  public abstract Optional<String> guideline();

  /**
   * Returns the responsible units (หน่วยงานที่รับผิดชอบ), such as กลุ่มนิเทศติดตามและประเมินผล.
   *
   * @return the units, not null
   */
  public abstract List<String> responsibleUnits();

  /**
   * Returns the parts of a composite indicator, or its sub-rows by grade or learner group.
   *
   * @return the components, not null
   */
  public abstract List<Indicator> components();

  /**
   * Returns the links of this indicator to higher-level plans.
   *
   * @return the links, not null
   */
  public abstract List<AlignmentLink> alignment();

  /**
   * Returns a note on the indicator, such as how the transcription read an ambiguous row.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns the target for a fiscal year.
   *
   * @param year the fiscal year, not null
   * @return the target, or empty when the plan sets none for that year
   */
  public Optional<Target> targetFor(FiscalYear year) {
    return Optional.ofNullable(targets().get(year));
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Indicator}. */
  public static final class Builder extends ImmutableIndicator.Builder {}
}
