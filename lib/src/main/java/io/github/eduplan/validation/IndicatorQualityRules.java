package io.github.eduplan.validation;

import io.github.eduplan.internal.Bigrams;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Target;
import io.github.eduplan.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rules on how an indicator is written: a code whose prefix is not its guideline's, a unit that says
 * a level or a count over targets that are percentages or rates, a statement with nothing to
 * measure, and two indicators that say almost the same.
 */
final class IndicatorQualityRules {
  /** The default of {@link StandardRules#INDICATOR_NEAR_DUPLICATE}'s similarity threshold. */
  static final double NEAR_DUPLICATE_THRESHOLD = 0.95;

  /**
   * The hash functions of a text's signature: each text's least bigram under each of them
   * (MinHash). Two texts whose bigrams are nine tenths the same share each least bigram with
   * that probability, so a near-duplicate pair is missed with a probability of about 10⁻⁴; the
   * functions are fixed, so a plan always gets the same findings.
   */
  static final int SIGNATURES = 4;

  /** The most earlier texts one text is compared with in full, those sharing most signatures. */
  static final int CANDIDATES_PER_TEXT = 8;

  /** The highest number a level scale of a plan gives (ระดับ 1–5); a target above it is not a level. */
  private static final BigDecimal HIGHEST_LEVEL = BigDecimal.valueOf(5);

  /** Units that count things, as their keys. */
  private static final Set<String> COUNT_UNITS = Set.of("คน", "โรง", "โรงเรียน", "แห่ง", "ครั้ง", "เรื่อง",
      "ระบบ", "กิจกรรม", "หน่วย", "ชิ้น", "เครือข่าย", "โครงการ", "ราย", "กลุ่ม", "ชุด", "หลักสูตร");

  /** Words that make a statement measurable: a measure, a level, a comparator or "all". */
  private static final List<String> MEASURE_WORDS = List.of("ร้อยละ", "ระดับ", "จำนวน", "คะแนน", "ค่าเฉลี่ย",
      "อัตรา", "สัดส่วน", "เกณฑ์", "ไม่ต่ำกว่า", "ไม่น้อยกว่า", "ไม่เกิน", "ขึ้นไป", "เพิ่มขึ้น", "ลดลง", "ครบ",
      "ทุก", "%");

  private IndicatorQualityRules() {}

  // ---------------------------------------------------------------- INDICATOR_CODE_PREFIX

  static void codePrefix(StrategicPlan plan, RuleContext context) {
    for (Sites.IndicatorSite site : Sites.topIndicators(plan, context)) {
      Indicator indicator = site.indicator();
      if (indicator.code().isEmpty()) {
        continue;
      }
      String code = Texts.key(indicator.code().get());
      Optional<Texts.Numbering> numbering = Texts.numbering(code);
      if (numbering.isEmpty()) {
        continue;
      }
      int[] prefix = numbers(numbering.get().prefix());
      if (prefix.length == 0) {
        continue;   // a plain number ("12") says nothing of where it sits
      }
      int last = prefix[prefix.length - 1];
      if (indicator.guideline().isPresent()) {
        check(context, site, "guideline", indicator.guideline().get(), last);
      } else if (indicator.goal().isPresent()) {
        check(context, site, "goal", indicator.goal().get(), last);
      } else if (prefix.length >= 2) {
        check(context, site, "strategy", site.strategy().number(), prefix[0]);
      }
    }
  }

  private static void check(RuleContext context, Sites.IndicatorSite site, String under, String number, int said) {
    Optional<Texts.Numbering> own = Texts.numbering(number);
    if (own.isPresent() && own.get().value() != said) {
      context.at(site.path() + ".code").number(site.indicator().code()).variant(under)
          .value("prefix", said).value(under, number).report();
    }
  }

  /** The runs of Arabic digits of a key, as numbers (at most nine digits each). */
  private static int[] numbers(String key) {
    int[] out = new int[4];
    int n = 0;
    int i = 0;
    while (i < key.length()) {
      if (isDigit(key.charAt(i))) {
        int start = i;
        while (i < key.length() && isDigit(key.charAt(i))) {
          i++;
        }
        String run = key.substring(Math.max(start, i - 9), i);
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = Integer.parseInt(run);
      } else {
        i++;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  // ---------------------------------------------------------------- UNIT_TARGET_MISMATCH

  static void unitTargetMismatch(StrategicPlan plan, RuleContext context) {
    for (Sites.IndicatorSite site : Sites.indicators(plan, context)) {
      Indicator indicator = site.indicator();
      Optional<Unit> unit = indicator.unit();
      boolean percentKind = indicator.measureKind() == MeasureKind.PERCENTAGE;
      if (unit.isPresent() && unit.get().isPercent() != percentKind) {
        continue;   // UNIT_KIND_MISMATCH says it
      }
      if (unit.isPresent() && unit.get().isPercent()) {
        continue;
      }
      String said = unit.map(u -> Texts.key(u.text())).orElse("");
      String text = unit.isPresent() ? "" : Texts.key(indicator.text());
      boolean level = unit.isPresent() ? said.contains("ระดับ") : text.startsWith("ระดับ");
      boolean count = unit.isPresent()
          ? said.startsWith("จำนวน") || COUNT_UNITS.contains(said) : text.startsWith("จำนวน");
      String where = site.path() + (unit.isPresent() ? ".unit" : ".text");
      String saidAs = unit.map(Unit::text).orElse(level ? "ระดับ…" : "จำนวน…");
      if (level) {
        Optional<String> number = numberAbove(site, indicator, percentKind ? null : HIGHEST_LEVEL);
        if (number.isPresent()) {
          context.at(where).number(indicator.code()).variant("level").value("unit", saidAs)
              .value("target", number.get()).report();
        }
      } else if (count) {
        Optional<String> rate = percentKind ? Optional.of("ร้อยละ") : rateTarget(site, indicator);
        if (rate.isPresent()) {
          context.at(where).number(indicator.code()).variant("count").value("unit", saidAs)
              .value("target", rate.get()).report();
        }
      }
    }
  }

  /** The first numeric target above a bound (any, for no bound), as written; empty if none. */
  private static Optional<String> numberAbove(Sites.IndicatorSite site, Indicator indicator, BigDecimal bound) {
    List<Target> targets = site.targets();
    for (int i = 0; i <= targets.size(); i++) {
      Target t = i < targets.size() ? targets.get(i) : indicator.targetInText().orElse(null);
      if (t != null && t.value() instanceof IndicatorValue.Numeric n && (bound == null || n.value().compareTo(bound) > 0)) {
        return Optional.of(t.asWritten().orElse(n.value().stripTrailingZeros().toPlainString()));
      }
    }
    return Optional.empty();
  }

  /**
   * A target written as a percentage or a rate ("๓ วันต่อ สัปดาห์"), as written; a count per year
   * ("๔ ครั้งต่อ ปี") is the year's count, not a rate.
   */
  private static Optional<String> rateTarget(Sites.IndicatorSite site, Indicator indicator) {
    List<Target> targets = site.targets();
    for (int i = 0; i <= targets.size(); i++) {
      Target t = i < targets.size() ? targets.get(i) : indicator.targetInText().orElse(null);
      if (t == null || t.asWritten().isEmpty()) {
        continue;
      }
      String written = Texts.key(t.asWritten().get());
      int per = written.indexOf("ต่อ");
      boolean rate = per >= 0 && !written.startsWith("ปี", per + 3);
      if (written.contains("ร้อยละ") || written.contains("%") || rate) {
        return Optional.of(t.asWritten().get());
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- INDICATOR_NOT_MEASURABLE

  static void notMeasurable(StrategicPlan plan, RuleContext context) {
    for (Sites.IndicatorSite site : Sites.topIndicators(plan, context)) {
      Indicator indicator = site.indicator();
      if (!indicator.components().isEmpty() || indicator.measureKind() == MeasureKind.TEXT) {
        continue;   // a composite is measured by its parts; a text indicator says it is not measured
      }
      String key = Texts.key(indicator.text());
      if (key.isEmpty() || MEASURE_WORDS.stream().anyMatch(key::contains)) {
        continue;
      }
      // An office's name ("… เขต 2") is not a number the indicator measures; the pattern runs only
      // on the few statements that have a digit and เขต.
      if (hasDigit(key) && (!key.contains("เขต")
          || hasDigit(Texts.key(IdentityRules.OFFICE.matcher(indicator.text()).replaceAll(" "))))) {
        continue;
      }
      if (measurable(indicator.targetInText()) || site.targets().stream().anyMatch(t -> measurable(Optional.of(t)))) {
        continue;
      }
      context.at(site.path() + ".text").number(indicator.code()).report();
    }
  }

  private static boolean measurable(Optional<Target> target) {
    if (target.isEmpty()) {
      return false;
    }
    IndicatorValue.Kind kind = target.get().value().kind();
    return kind == IndicatorValue.Kind.NUMBER || kind == IndicatorValue.Kind.LEVEL;
  }

  private static boolean hasDigit(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (isDigit(key.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- INDICATOR_NEAR_DUPLICATE

  /**
   * Pairs of indicators (top level) whose texts have a character-bigram Dice similarity of at
   * least the threshold but are not the same text (that is INDICATOR_TEXT_DUPLICATE) nor the same
   * but for their numbers (a series by grade or year), compared by their {@linkplain Texts#key
   * keys}. Candidates are the texts that share a least bigram of the {@link #SIGNATURES} signature
   * functions, at most {@link #CANDIDATES_PER_TEXT} per text, and only texts whose lengths allow
   * the threshold are compared in full: linear in the plan's text.
   */
  static void nearDuplicates(StrategicPlan plan, RuleContext context, double threshold) {
    List<Sites.IndicatorSite> sites = Sites.topIndicators(plan, context);
    int n = sites.size();
    String[] keys = new String[n];
    // (function, least bigram's hash, text), sorted: the texts of one signature value in a run.
    long[] signed = new long[SIGNATURES * n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      keys[i] = Texts.key(sites.get(i).indicator().text());
      if (keys[i].length() < 2) {
        continue;
      }
      int[] least = signature(keys[i]);
      for (int f = 0; f < SIGNATURES; f++) {
        signed[k++] = ((long) f << 62) | ((least[f] & 0xFFFFFFFFL) << 30) | i;
      }
    }
    Arrays.sort(signed, 0, k);
    // Each text with the earlier texts of its runs (at most CANDIDATES_PER_TEXT per run): (later, earlier).
    long[] shared = new long[Math.max(16, k)];
    int m = 0;
    for (int start = 0; start < k; ) {
      int end = start + 1;
      while (end < k && signed[end] >>> 30 == signed[start] >>> 30) {
        end++;
      }
      for (int x = start + 1; x < end; x++) {
        for (int y = Math.max(start, x - CANDIDATES_PER_TEXT); y < x; y++) {
          if (m == shared.length) {
            shared = Arrays.copyOf(shared, m * 2);
          }
          shared[m++] = ((signed[x] & 0x3FFFFFFFL) << 32) | (signed[y] & 0x3FFFFFFFL);
        }
      }
      start = end;
    }
    Arrays.sort(shared, 0, m);
    int[][] grams = new int[n][];
    List<long[]> candidates = new ArrayList<>();
    for (int start = 0; start < m; ) {
      int i = (int) (shared[start] >>> 32);
      candidates.clear();
      int at = start;
      while (at < m && (int) (shared[at] >>> 32) == i) {
        int j = (int) shared[at];
        int from = at;
        while (at < m && shared[at] == shared[from]) {
          at++;
        }
        candidates.add(new long[] {j, at - from});
      }
      start = at;
      candidates.sort((x, y) -> x[1] != y[1] ? Long.compare(y[1], x[1]) : Long.compare(x[0], y[0]));
      int best = -1;
      double bestScore = 0;
      for (int c = 0; c < candidates.size() && c < CANDIDATES_PER_TEXT; c++) {
        int j = (int) candidates.get(c)[0];
        if (keys[i].equals(keys[j]) || sameBesideDigits(keys[i], keys[j])) {
          continue;   // the same text, or a series that differs only in its numbers (ป.3, ป.6)
        }
        int a = keys[i].length() - 1;
        int b = keys[j].length() - 1;
        if (2.0 * Math.min(a, b) / (a + b) < threshold) {
          continue;   // the lengths alone keep the pair under the threshold
        }
        double score = dice(bigrams(grams, keys, i), bigrams(grams, keys, j));
        if (score >= threshold && (score > bestScore || score == bestScore && j < best)) {
          best = j;
          bestScore = score;
        }
      }
      if (best >= 0) {
        Sites.IndicatorSite site = sites.get(i);
        Sites.IndicatorSite first = sites.get(best);
        context.at(site.path() + ".text").number(site.indicator().code())
            .value("first", RuleContext.rooted(first.path()))
            .value("firstNumber", first.indicator().code().orElse("-"))
            .value("similarity", String.format(java.util.Locale.ROOT, "%.2f", bestScore))
            .report();
      }
    }
  }

  /**
   * The least hash of the key's bigrams under each signature function: a bigram's murmur3
   * finaliser, then one multiply and shift per function.
   */
  private static int[] signature(String key) {
    int[] least = new int[SIGNATURES];
    Arrays.fill(least, Integer.MAX_VALUE);
    for (int i = 0; i + 1 < key.length(); i++) {
      int h = (key.charAt(i) << 16) | key.charAt(i + 1);
      h ^= h >>> 16;
      h *= 0x85EBCA6B;
      h ^= h >>> 13;
      h *= 0xC2B2AE35;
      h ^= h >>> 16;
      for (int f = 0; f < SIGNATURES; f++) {
        int g = (h ^ (0x9E3779B9 * (f + 1))) * 0x27D4EB2F;
        least[f] = Math.min(least[f], g ^ (g >>> 15));
      }
    }
    return least;
  }

  /** Text {@code i}'s sorted bigrams, made on first use. */
  private static int[] bigrams(int[][] grams, String[] keys, int i) {
    if (grams[i] == null) {
      grams[i] = Bigrams.sorted(keys[i]);
    }
    return grams[i];
  }

  /** Whether two keys are the same once their digits are left out. */
  private static boolean sameBesideDigits(String a, String b) {
    int i = 0;
    int j = 0;
    while (true) {
      while (i < a.length() && isDigit(a.charAt(i))) {
        i++;
      }
      while (j < b.length() && isDigit(b.charAt(j))) {
        j++;
      }
      if (i == a.length() || j == b.length()) {
        return i == a.length() && j == b.length();
      }
      if (a.charAt(i++) != b.charAt(j++)) {
        return false;
      }
    }
  }

  /** The Dice coefficient of two sorted bigram multisets. */
  private static double dice(int[] a, int[] b) {
    return 2.0 * Bigrams.shared(a, b) / (a.length + b.length);
  }
}
