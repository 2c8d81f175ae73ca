package io.github.eduplan.validation;

import io.github.eduplan.model.NameMention;
import io.github.eduplan.model.Office;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.ThaiDigits;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The office's name across the document, and the plan's dates. */
final class IdentityRules {
  /**
   * An area office's name: "สพป.ตาก เขต 2", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตาก เขต 2", with the
   * spaces line wraps leave inside words. Groups: level (ประถม/มัธยม or the abbreviation), province,
   * district number. Every run of white space is taken whole ({@code \s*+}): what follows it never
   * begins with white space, and runs that gave some back could split a long run of spaces between
   * them in every way (a vision of 3,000 spaces after "สำนักงานเขตพื้นที่การศึกษา" took 27 s).
   */
  static final Pattern OFFICE = Pattern.compile(
      "(?:สพ\\s*+([ปม])\\s*+\\.|สำนักงาน\\s*+เขต\\s*+พื้นที่\\s*+การศึกษา\\s*+(ประถม|มัธยม)?\\s*+(?:ศึกษา)?)"
          + "\\s*+([\\u0E01-\\u0E4F]{2,20}?)\\s*+เขต\\s*+([0-9\\u0E50-\\u0E59]{1,3})");

  private IdentityRules() {}

  /** Which office a name denotes: level ("ป", "ม" or ""), province and district. */
  record OfficeId(String level, String province, String district, String written) {
    boolean sameAs(OfficeId other) {
      return province.equals(other.province) && district.equals(other.district)
          && (level.isEmpty() || other.level.isEmpty() || level.equals(other.level));
    }
  }

  static List<OfficeId> officesIn(String text) {
    if (!text.contains("เขต")) {
      return List.of();   // every office name has it; most texts do not, and the pattern is slow
    }
    List<OfficeId> out = new ArrayList<>();
    Matcher m = OFFICE.matcher(text);
    while (m.find()) {
      String level = m.group(1) != null ? m.group(1)
          : m.group(2) == null ? "" : m.group(2).equals("ประถม") ? "ป" : "ม";
      out.add(new OfficeId(level, Texts.key(m.group(3)), ThaiDigits.toArabic(m.group(4)), m.group()));
    }
    return out;
  }

  private static Optional<OfficeId> idOf(Office office) {
    List<OfficeId> ids = officesIn(office.name());
    if (ids.isEmpty() && office.shortName().isPresent()) {
      ids = officesIn(office.shortName().get());
    }
    return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
  }

  private static String expand(String name) {
    return Texts.key(name).replace("สพป.", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา")
        .replace("สพม.", "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา");
  }

  /**
   * The longest name compared by containment ("สพป.ตาก เขต 2" within the full name). Real office
   * names are under a hundred characters; longer texts are compared whole, so that a hostile
   * document's million-character names cost a linear pass, not a search of one in the other.
   */
  private static final int LONGEST_NAME = 300;

  private static boolean sameName(List<String> names, Optional<OfficeId> id, String written) {
    List<OfficeId> ids = officesIn(written);
    if (id.isPresent() && !ids.isEmpty()) {
      return ids.stream().allMatch(i -> i.sameAs(id.get()));
    }
    String key = expand(written);
    return key.isEmpty() || names.stream().anyMatch(n -> n.equals(key)
        || n.length() <= LONGEST_NAME && key.length() <= LONGEST_NAME && (n.contains(key) || key.contains(n)));
  }

  /** The plan's own names spelt out for comparison: the name, then the short name if any. */
  private static List<String> ownNames(Office office) {
    List<String> names = new ArrayList<>();
    names.add(expand(office.name()));
    office.shortName().ifPresent(s -> names.add(expand(s)));
    return names;
  }

  /**
   * Whether a name that is not the office's own misspells it: it names no real province (a real
   * one, even the plan's own with another district or level, is another office) and is at most
   * {@link OfficeNames#MISSPELLING_EDITS} edits from one of the office's names, or it ends with
   * the office's own province and district ("…การประถมศึกษาตาก เขต2", a garbled level).
   */
  static boolean misspells(List<String> names, Optional<OfficeId> id, String written) {
    for (OfficeId named : officesIn(written)) {
      if (OfficeNames.isProvince(named.province())) {
        return false;
      }
    }
    String key = expand(written);
    if (key.length() > LONGEST_NAME) {
      return false;
    }
    if (id.isPresent() && key.endsWith(id.get().province() + "เขต" + id.get().district())) {
      return true;
    }
    for (String name : names) {
      if (name.length() <= LONGEST_NAME && OfficeNames.within(name, key, OfficeNames.MISSPELLING_EDITS)) {
        return true;
      }
    }
    return false;
  }

  /** What one of the office-name rules does with a name that is not the office's own. */
  private interface OtherName {
    void found(String path, String written, String where, String thaiWhere);
  }

  /** Every place the office is named otherwise than as itself: the short name, then each mention. */
  private static void otherNames(Office office, OtherName out) {
    Optional<OfficeId> id = idOf(office);
    List<String> names = ownNames(office);
    if (office.shortName().isPresent() && !sameName(names, id, office.shortName().get())) {
      out.found("office.shortName", office.shortName().get(), "shortName", "ชื่อย่อ");
    }
    for (int m = 0; m < office.mentions().size(); m++) {
      NameMention mention = office.mentions().get(m);
      if (!sameName(names, id, mention.name())) {
        out.found("office.mentions[" + m + "]", mention.name(), mention.where(), mention.where());
      }
    }
  }

  static void officeNameInconsistent(StrategicPlan plan, RuleContext context) {
    Office office = plan.office();
    Optional<OfficeId> id = idOf(office);
    List<String> names = ownNames(office);
    otherNames(office, (path, written, where, thaiWhere) -> {
      if (!misspells(names, id, written)) {
        context.at(path).value("name", office.name()).value("written", written).value("where", where, thaiWhere).report();
      }
    });
  }

  /**
   * The office's name misspelt, in a mention or in a text: a warning, where a name of another
   * office is an error ({@link #officeNameInconsistent}) or a warning of its own ({@link #officeNameInText}).
   */
  static void officeNameMisspelt(StrategicPlan plan, RuleContext context) {
    Office office = plan.office();
    Optional<OfficeId> id = idOf(office);
    List<String> names = ownNames(office);
    otherNames(office, (path, written, where, thaiWhere) -> {
      if (misspells(names, id, written)) {
        context.at(path).value("name", office.name()).value("written", written).value("where", where, thaiWhere).report();
      }
    });
    if (id.isEmpty()) {
      return;
    }
    for (ScannedTexts.Scan text : ScannedTexts.of(plan, context)) {
      if (!text.khet()) {
        continue;
      }
      for (OfficeId named : officesIn(text.text())) {
        if (!named.sameAs(id.get()) && misspells(names, id, named.written())) {
          String path = text.site().path();
          context.at(path).variant("text").value("name", office.name()).value("written", named.written())
              .value("where", path).report();
        }
      }
    }
  }

  /** A text of the plan with its path, made only when a finding needs it: most texts have none. */
  record TextSite(String text, Supplier<String> where) {
    String path() {
      return where.get();
    }
  }

  /** The key of the plan's texts among a run's shared values. */
  private static final RuleContext.SharedKey<List<TextSite>> TEXTS = RuleContext.SharedKey.named("the plan's texts");

  /**
   * Every text of the plan that may name an office, in document order: title, vision, missions,
   * goals, then per strategy its title, strategic goals, guidelines and indicators, then the
   * projects' titles. Listed once per validation for the rules that read free text.
   */
  static List<TextSite> texts(StrategicPlan plan, RuleContext context) {
    return context.shared(TEXTS, () -> listTexts(plan, context));
  }

  private static List<TextSite> listTexts(StrategicPlan plan, RuleContext context) {
    List<TextSite> out = new ArrayList<>();
    plan.title().ifPresent(t -> out.add(new TextSite(t, () -> "title")));
    plan.vision().ifPresent(t -> out.add(new TextSite(t, () -> "vision")));
    for (int m = 0; m < plan.missions().size(); m++) {
      int at = m;
      out.add(new TextSite(plan.missions().get(m).text(), () -> "missions[" + at + "].text"));
    }
    for (int g = 0; g < plan.goals().size(); g++) {
      int at = g;
      out.add(new TextSite(plan.goals().get(g).text(), () -> "goals[" + at + "].text"));
    }
    List<Sites.GuidelineSite> guidelines = Sites.guidelines(plan, context);
    List<Sites.IndicatorSite> indicators = Sites.indicators(plan, context);
    int nextGuideline = 0;
    int nextIndicator = 0;
    for (int s = 0; s < plan.strategies().size(); s++) {
      Strategy strategy = plan.strategies().get(s);
      int at = s;
      out.add(new TextSite(strategy.title(), () -> "strategies[" + at + "].title"));
      for (int g = 0; g < strategy.goals().size(); g++) {
        int goal = g;
        out.add(new TextSite(strategy.goals().get(g).text(), () -> "strategies[" + at + "].goals[" + goal + "].text"));
      }
      // Both walks list the strategies in order, so each strategy's sites follow the last one's.
      for (; nextGuideline < guidelines.size() && guidelines.get(nextGuideline).strategyIndex() == s; nextGuideline++) {
        Sites.GuidelineSite site = guidelines.get(nextGuideline);
        out.add(new TextSite(site.guideline().text(), () -> site.path() + ".text"));
      }
      for (; nextIndicator < indicators.size() && indicators.get(nextIndicator).strategyIndex() == s; nextIndicator++) {
        Sites.IndicatorSite site = indicators.get(nextIndicator);
        out.add(new TextSite(site.indicator().text(), () -> site.path() + ".text"));
      }
    }
    for (int p = 0; p < plan.projects().size(); p++) {
      int at = p;
      out.add(new TextSite(plan.projects().get(p).title(), () -> "projects[" + at + "].title"));
    }
    return out;   // read only, by the rules of one validation
  }

  static void officeNameInText(StrategicPlan plan, RuleContext context) {
    Optional<OfficeId> id = idOf(plan.office());
    if (id.isEmpty()) {
      return;
    }
    List<String> names = ownNames(plan.office());
    for (ScannedTexts.Scan text : ScannedTexts.of(plan, context)) {
      if (!text.khet()) {
        continue;   // every office name has เขต; most texts do not, and the pattern is slow
      }
      for (OfficeId named : officesIn(text.text())) {
        if (!named.sameAs(id.get()) && !misspells(names, id, named.written())) {
          context.at(text.site().path()).value("name", plan.office().name()).value("written", named.written())
              .report();
        }
      }
    }
  }

  static void approvedAfterStart(StrategicPlan plan, RuleContext context) {
    if (plan.approvalDate().isEmpty()) {
      return;
    }
    FiscalYear first = IndicatorRules.span(plan).first();
    LocalDate start = first.startDate();
    LocalDate approved = plan.approvalDate().get();
    if (approved.isAfter(start)) {
      context.at("approvalDate").value("approvalDate", approved).value("yearStart", start)
          .value("year", first.buddhistEraYear())
          .value("days", ChronoUnit.DAYS.between(start, approved)).report();
    }
  }
}
