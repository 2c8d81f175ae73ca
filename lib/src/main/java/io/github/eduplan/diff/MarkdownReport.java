package io.github.eduplan.diff;

import io.github.eduplan.diff.FieldChange.Field;
import io.github.eduplan.model.Baht;
import io.github.eduplan.model.StrategicPlan;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/** The Markdown report of a diff, in Thai or English. */
final class MarkdownReport {
  /** The words of one language. */
  private record Words(
      String title, String older, String newer, String summary, String none, String changes,
      String budgetByStrategy, String budgetByQuarter, String budgetBy, String keyStrategy, String keyQuarter,
      String keyItem, String label, String projects, String before, String after, String difference, String total,
      String unassigned, String noStrategy, String unknownStrategy, String empty, String text, String added,
      String removed, String totalBudget, Map<ChangeKind, String> kinds, Map<PlanPart, String> parts,
      Map<Field, String> fields) {}

  private static final Words THAI = new Words(
      "การเปลี่ยนแปลงของแผน", "ฉบับเดิม", "ฉบับใหม่", "สรุป", "ไม่มีการเปลี่ยนแปลง", "รายการที่เปลี่ยนแปลง",
      "งบประมาณตามกลยุทธ์", "งบประมาณรายไตรมาส", "งบประมาณตาม", "กลยุทธ์", "ไตรมาส", "ข้อ", "ชื่อ",
      "จำนวนโครงการ", "ฉบับเดิม (บาท)", "ฉบับใหม่ (บาท)", "ผลต่าง (บาท)", "รวมทั้งสิ้น", "ไม่ระบุ",
      "(ไม่ระบุกลยุทธ์)", "(ไม่มีกลยุทธ์นี้ในแผน)", "(ว่าง)", "ข้อความ", "เพิ่ม", "ลบ", "งบประมาณโครงการรวม",
      kinds("เพิ่ม", "ลบ", "ย้าย", "เปลี่ยนเลขข้อ", "เปลี่ยนชื่อหรือข้อความ", "แก้ไขรายละเอียด"),
      parts("แผน", "พันธกิจ", "เป้าประสงค์", "กลยุทธ์", "เป้าประสงค์เชิงกลยุทธ์", "แนวทางการพัฒนา", "ตัวชี้วัด",
          "โครงการ"),
      fields("หน่วยงาน", "ประเภทแผน", "ระยะเวลา", "ฉบับปรับปรุง", "วันที่ปรับปรุง", "วันที่อนุมัติ", "วิสัยทัศน์",
          "ยอดรวมที่ระบุในแผน", "ความสอดคล้อง", "หน่วยนับ", "ลักษณะการวัด", "ทิศทาง", "มาตรวัดระดับ", "ข้อมูลพื้นฐาน ปี",
          "ค่าเป้าหมาย ปี", "ค่าเป้าหมายในข้อความ", "เป้าประสงค์", "แนวทางการพัฒนา", "หน่วยงานที่รับผิดชอบ", "หมายเหตุ",
          "งบประมาณ", "ไตรมาส", "ไตรมาสที่ดำเนินการ", "กลยุทธ์", "แผนงาน", "กลุ่มงาน", "แหล่งงบประมาณ",
          "ผู้รับผิดชอบ", "วัตถุประสงค์", "เป้าหมายเชิงปริมาณ", "เป้าหมายเชิงคุณภาพ", "ตัวชี้วัดความสำเร็จ"));

  private static final Words ENGLISH = new Words(
      "Plan changes", "Older version", "Newer version", "Summary", "No changes.", "Changed elements",
      "Budget by strategy", "Budget by quarter", "Budget by", "Strategy", "Quarter", "Item", "Title",
      "Projects", "Before (baht)", "After (baht)", "Difference (baht)", "Total", "Unassigned",
      "(no strategy)", "(no such strategy in the plan)", "(empty)", "text", "added", "removed", "Project budget total",
      kinds("added", "removed", "moved", "renumbered", "retitled", "changed"),
      parts("plan", "mission", "goal", "strategy", "strategic goal", "guideline", "indicator", "project"),
      fields("office", "plan kind", "period", "revision", "revision date", "approval date", "vision",
          "stated total", "alignment", "unit", "measure kind", "direction", "scale", "baseline",
          "target", "target in the text", "goal", "guideline", "responsible unit", "note",
          "budget", "quarter", "active quarters", "strategy", "program", "group", "budget source",
          "responsible person", "objective", "quantitative target", "qualitative target", "success indicator"));

  private static Map<ChangeKind, String> kinds(String... words) {
    Map<ChangeKind, String> m = new EnumMap<>(ChangeKind.class);
    for (ChangeKind k : ChangeKind.values()) {
      m.put(k, words[k.ordinal()]);
    }
    return m;
  }

  private static Map<PlanPart, String> parts(String... words) {
    Map<PlanPart, String> m = new EnumMap<>(PlanPart.class);
    for (PlanPart p : PlanPart.values()) {
      m.put(p, words[p.ordinal()]);
    }
    return m;
  }

  private static Map<Field, String> fields(String... words) {
    if (words.length != Field.values().length) {
      throw new IllegalStateException("a word for each field: " + words.length + " for " + Field.values().length);
    }
    Map<Field, String> m = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      m.put(f, words[f.ordinal()]);
    }
    return m;
  }

  private final Words w;
  private final StringBuilder out = new StringBuilder();

  private MarkdownReport(Words w) {
    this.w = w;
  }

  static String of(PlanDiff diff, Locale locale) {
    MarkdownReport r = new MarkdownReport(locale.getLanguage().equals("th") ? THAI : ENGLISH);
    r.write(diff);
    return r.out.toString();
  }

  private void write(PlanDiff diff) {
    out.append("# ").append(w.title()).append("\n\n");
    version(w.older(), diff.older());
    version(w.newer(), diff.newer());
    out.append("\n## ").append(w.summary()).append("\n\n");
    if (diff.isEmpty()) {
      out.append(w.none()).append("\n");
    } else {
      StringJoiner counts = new StringJoiner(" · ");
      JsonReport.summary(diff).forEach((k, n) -> {
        if (n > 0) {
          counts.add(w.kinds().get(k) + " " + n);
        }
      });
      out.append(counts).append("\n");
    }
    BudgetComparison.Row total = diff.budgetByStrategy().total();
    out.append("\n").append(w.totalBudget()).append(": ").append(money(total.before().amount())).append(" → ")
        .append(money(total.after().amount())).append(" (").append(signed(total.difference())).append(")\n");
    if (!diff.isEmpty()) {
      out.append("\n## ").append(w.changes()).append("\n\n");
      diff.changes().forEach(this::change);
    }
    out.append("\n## ").append(w.budgetByStrategy()).append("\n\n");
    table(w.keyStrategy(), diff.budgetByStrategy(), true);
    out.append("\n## ").append(w.budgetByQuarter()).append("\n\n");
    table(w.keyQuarter(), diff.budgetByQuarter(), false);
    for (BudgetComparison c : diff.budgetByFrameworkItem()) {
      out.append("\n## ").append(w.budgetBy()).append(w == THAI ? "" : " ").append(inline(c.heading()))
          .append(" (`").append(c.framework().orElse("")).append("`)\n\n");
      table(w.keyItem(), c, false);
    }
  }

  private void version(String name, StrategicPlan plan) {
    out.append("- ").append(name).append(": ").append(inline(plan.office().name()));
    plan.title().ifPresent(t -> out.append(" · ").append(inline(t)));
    out.append(" · ").append(plan.period());
    plan.revision().ifPresent(r -> out.append(" · ").append(inline(r)));
    out.append("\n");
  }

  private void change(ElementChange c) {
    out.append("- **").append(w.parts().get(c.part()));
    String olderNumber = c.olderNumber().orElse("");
    String newerNumber = c.newerNumber().orElse("");
    if (c.is(ChangeKind.RENUMBERED)) {
      out.append(' ').append(inline(olderNumber.isEmpty() ? "—" : olderNumber)).append(" → ")
          .append(inline(newerNumber.isEmpty() ? "—" : newerNumber));
    } else if (!(c.is(ChangeKind.REMOVED) ? olderNumber : newerNumber).isEmpty()) {
      out.append(' ').append(inline(c.is(ChangeKind.REMOVED) ? olderNumber : newerNumber));
    }
    out.append("**");
    Optional<String> text = c.is(ChangeKind.REMOVED) ? c.olderText() : c.newerText();
    text.filter(t -> !t.isBlank()).ifPresent(t -> out.append(' ').append(inline(t)));
    StringJoiner kinds = new StringJoiner(", ");
    c.kinds().forEach(k -> kinds.add(w.kinds().get(k)));
    out.append(" — ").append(kinds).append(" · ");
    if (c.olderPath().isPresent() && c.newerPath().isPresent() && !c.olderPath().equals(c.newerPath())) {
      out.append('`').append(c.olderPath().get()).append("` → `").append(c.newerPath().get()).append('`');
    } else {
      out.append('`').append(c.olderPath().or(c::newerPath).orElseThrow()).append('`');
    }
    out.append("\n");
    if (c.is(ChangeKind.RETITLED)) {
      out.append("  - ").append(w.text()).append(": ").append(value(c.olderText())).append(" → ")
          .append(value(c.newerText())).append("\n");
    }
    for (FieldChange f : c.fields()) {
      field(f);
    }
  }

  private void field(FieldChange f) {
    out.append("  - ").append(w.fields().get(f.field()));
    if (!f.at().isEmpty()) {
      out.append(' ').append(inline(f.at()));
    }
    out.append(": ");
    boolean money = f.difference().isPresent();
    if (f.before().isEmpty() && !money) {
      out.append(w.added()).append(' ').append(value(f.after())).append("\n");
      return;
    }
    if (f.after().isEmpty() && !money) {
      out.append(w.removed()).append(' ').append(value(f.before())).append("\n");
      return;
    }
    if (money) {
      out.append(f.before().map(b -> money(new BigDecimal(b))).orElse("—")).append(" → ")
          .append(f.after().map(a -> money(new BigDecimal(a))).orElse("—")).append(" (")
          .append(signed(f.difference().get())).append(")\n");
    } else {
      out.append(value(f.before())).append(" → ").append(value(f.after())).append("\n");
    }
  }

  private void table(String keyHeading, BudgetComparison c, boolean strategies) {
    out.append("| ").append(keyHeading).append(" | ").append(w.label()).append(" | ").append(w.projects())
        .append(" | ").append(w.before()).append(" | ").append(w.after()).append(" | ").append(w.difference())
        .append(" |\n|---|---|---|---:|---:|---:|\n");
    for (BudgetComparison.Row r : c.rows()) {
      if (c.framework().isPresent() && r.projectsBefore() == 0 && r.projectsAfter() == 0) {
        continue;   // a framework has many items a plan never names
      }
      String label = r.label();
      if (strategies && r.key().isEmpty()) {
        label = w.noStrategy();
      } else if (strategies && label.isEmpty()) {
        label = w.unknownStrategy();
      }
      row(cell(r.key()), strategies && (r.key().isEmpty() || r.label().isEmpty()) ? label : cell(label), r);
    }
    c.unassigned().ifPresent(u -> row("", w.unassigned(), u));
    row("", "**" + w.total() + "**", c.total());
  }

  private void row(String key, String label, BudgetComparison.Row r) {
    out.append("| ").append(key).append(" | ").append(label).append(" | ")
        .append(r.projectsBefore() == r.projectsAfter() ? Integer.toString(r.projectsAfter())
            : r.projectsBefore() + " → " + r.projectsAfter())
        .append(" | ").append(money(r.before().amount())).append(" | ").append(money(r.after().amount()))
        .append(" | ").append(r.difference().signum() == 0 ? "0" : signed(r.difference())).append(" |\n");
  }

  private String value(Optional<String> v) {
    if (v.isEmpty()) {
      return "—";
    }
    return v.get().isEmpty() ? w.empty() : inline(v.get());
  }

  private static String money(BigDecimal amount) {
    return Baht.format(amount);
  }

  private static String signed(BigDecimal amount) {
    return (amount.signum() > 0 ? "+" : "") + Baht.format(amount);
  }

  /** Text as written, with the characters Markdown would read as markup escaped and lines joined. */
  static String inline(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#' -> sb.append('\\').append(c);
        case '\n', '\r' -> sb.append(' ');
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String cell(String text) {
    return inline(text);
  }
}
