package io.github.eduplan.validation;

import io.github.eduplan.model.Baht;
import io.github.eduplan.time.ThaiDigits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one rule reports its findings during one validation (บริบทการตรวจ): it knows the rule's
 * code, the severity configured for it and the message source, so a rule only says where the defect
 * is and which values are involved.
 *
 * <p>Example: {@code context.at("$.projects[3].quarterlyPlan").number("4").value("budget", "5,000").report();}
 *
 * <p>A context belongs to one run of one rule on one plan; it is not thread-safe and must not be
 * kept after {@link ValidationRule#check} returns.
 */
public final class RuleContext {
  private final String code;
  private final Severity severity;
  private final FindingMessages messages;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<SharedKey<?>, Object> shared;

  RuleContext(String code, Severity severity, FindingMessages messages, Map<SharedKey<?>, Object> shared) {
    this.code = code;
    this.severity = severity;
    this.messages = messages;
    this.shared = shared;
  }

  /**
   * Returns a value computed once per validation of a plan and shared by every rule of that run,
   * such as an index of the plan that several rules walk: the first rule to ask computes it, the
   * others get the same value.
   *
   * <p>Example: {@code private static final SharedKey<Index> INDEX = SharedKey.named("index");}
   * then {@code Index index = context.shared(INDEX, () -> new Index(plan));}
   *
   * @param key the key, not null; a key answers only for itself (keys are compared by identity)
   * @param compute computes the value from nothing but the plan, not null; must not return null
   * @param <T> the value's type
   * @return the value, not null
   */
  public <T> T shared(SharedKey<T> key, Supplier<T> compute) {
    Objects.requireNonNull(key, "key");
    Object known = shared.get(key);
    if (known == null) {
      known = Objects.requireNonNull(compute.get(), "computed value");
      shared.put(key, known);
    }
    return key.cast(known);
  }

  /**
   * The key of a value the rules of one validation share ({@link RuleContext#shared(SharedKey,
   * Supplier)}), typed by the value (กุญแจค่าที่ใช้ร่วมกัน). Make one per kind of value, as a private
   * constant: a key is equal only to itself, so no other rule's value can answer for it.
   *
   * @param <T> the type of the value it stands for
   */
  public static final class SharedKey<T> {
    private final String name;

    private SharedKey(String name) {
      this.name = name;
    }

    /**
     * Returns a new key, equal to no other.
     *
     * @param name what the value is, for messages and debugging, such as {@code "indicator sites"};
     *     not null
     * @param <T> the type of the value it stands for
     * @return the key, not null
     */
    public static <T> SharedKey<T> named(String name) {
      return new SharedKey<>(Objects.requireNonNull(name, "name"));
    }

    /** Only {@link RuleContext#shared(SharedKey, Supplier)} stores under a key, a value of its type. */
    @SuppressWarnings("unchecked")
    private T cast(Object value) {
      return (T) value;
    }

    /**
     * Returns the key's name.
     *
     * @return the name, not null
     */
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * Returns the code of the rule being run.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the severity configured for the rule being run.
   *
   * @return the severity, not null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Starts a finding at an element of the plan.
   *
   * @param path the element's JSON path, such as {@code $.projects[3].budget}; {@code $} or empty
   *     for the plan itself; a path without the {@code $} root ({@code projects[3].budget}) is given
   *     it; not null
   * @return a builder that adds the finding when {@link FindingBuilder#report()} is called
   */
  public FindingBuilder at(String path) {
    return new FindingBuilder(rooted(Objects.requireNonNull(path, "path")));
  }

  /**
   * A path in the one style of findings, format errors and alignment elements: the JSON path from
   * the document's root, {@code $.projects[3].budget}, and {@code $} for the document itself.
   *
   * @param path a path with or without its {@code $} root, not null
   * @return the path with its root
   */
  static String rooted(String path) {
    if (path.isEmpty()) {
      return "$";
    }
    if (path.charAt(0) == '$') {
      return path;
    }
    return path.charAt(0) == '[' ? "$" + path : "$." + path;
  }

  /** Adds the findings reported so far to a list; most rules report none on most plans. */
  void addFindingsTo(List<Finding> all) {
    if (!findings.isEmpty()) {
      all.addAll(findings);
    }
  }

  /** Collects one finding: its number, values and message variant. Not thread-safe. */
  public final class FindingBuilder {
    private final String path;
    private Optional<String> number = Optional.empty();
    private final Map<String, String> values = new LinkedHashMap<>();
    private String variant;

    private FindingBuilder(String path) {
      this.path = path;
    }

    /**
     * Sets the element's own number as written, such as {@code ๑.๑}.
     *
     * @param number the number, not null
     * @return this builder
     */
    public FindingBuilder number(String number) {
      this.number = Optional.of(Objects.requireNonNull(number, "number"));
      return this;
    }

    /**
     * Sets the element's own number as written, if it has one.
     *
     * @param number the number, not null
     * @return this builder
     */
    public FindingBuilder number(Optional<String> number) {
      this.number = Objects.requireNonNull(number, "number");
      return this;
    }

    /**
     * Adds a value involved; a later value of the same name replaces the earlier one.
     *
     * @param name the value's name, used as the placeholder <code>{name}</code>; not null
     * @param value the value, not null: text as is, {@link Baht} and {@link BigDecimal} with
     *     thousands separators, anything else by its {@code toString()}
     * @return this builder
     */
    public FindingBuilder value(String name, Object value) {
      values.put(Objects.requireNonNull(name, "name"), render(Objects.requireNonNull(value, name)));
      return this;
    }

    /**
     * Adds a value involved with the form Thai messages show instead, such as a kind's Thai name
     * beside its English one: {@code value("scope", TotalScope.GROUP, "กลุ่มงาน")}. The Thai form is
     * kept among the values as {@code name@th}.
     *
     * @param name the value's name, not null
     * @param value the value, not null, rendered as by {@link #value(String, Object)}
     * @param thai what a Thai message shows for it, not null
     * @return this builder
     */
    public FindingBuilder value(String name, Object value, String thai) {
      Objects.requireNonNull(thai, "thai");
      value(name, value);
      if (!thai.equals(values.get(name))) {   // a Thai form equal to the value says nothing more
        values.put(name + Finding.THAI, thai);
      }
      return this;
    }

    /**
     * Chooses a variant of the message: the key becomes {@code CODE.variant}.
     *
     * @param variant the variant, such as {@code over}; not null
     * @return this builder
     */
    public FindingBuilder variant(String variant) {
      this.variant = Objects.requireNonNull(variant, "variant");
      return this;
    }

    /** Adds the finding to the report. */
    public void report() {
      findings.add(Finding.builder()
          .code(code)
          .severity(severity)
          .path(path)
          .number(number)
          .putAllValues(values)
          .messageKey(variant == null ? code : code + "." + variant)
          .messages(messages)
          .build());
    }
  }

  private static String render(Object value) {
    if (value instanceof Baht baht) {
      return baht.format();
    }
    if (value instanceof BigDecimal number) {
      return ThaiDigits.format(number);
    }
    return value.toString();
  }
}
