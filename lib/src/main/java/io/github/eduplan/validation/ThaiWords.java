package io.github.eduplan.validation;

import io.github.eduplan.model.IndicatorValue;
import io.github.eduplan.model.MeasureKind;
import io.github.eduplan.model.TotalScope;
import java.util.Map;

/**
 * What Thai messages say instead of the library's English names: a finding's JSON path as the
 * plan's parts in Thai ("$.strategies[1].indicators[5].text" is "กลยุทธ์ลำดับที่ 2 ตัวชี้วัดลำดับที่ 6
 * ข้อความ"), and the Thai names of the kinds and scopes a message names, so that a Thai message is
 * wholly Thai.
 */
final class ThaiWords {
  /** The plan's parts as its JSON names them; a name not here is shown as written. */
  private static final Map<String, String> PARTS = Map.ofEntries(
      Map.entry("strategies", "กลยุทธ์"), Map.entry("strategy", "กลยุทธ์"),
      Map.entry("indicators", "ตัวชี้วัด"), Map.entry("components", "ตัวชี้วัดย่อย"),
      Map.entry("projects", "โครงการ"), Map.entry("goals", "เป้าประสงค์"), Map.entry("goal", "เป้าประสงค์"),
      Map.entry("missions", "พันธกิจ"), Map.entry("guidelines", "แนวทางการพัฒนา"),
      Map.entry("guideline", "แนวทางการพัฒนา"), Map.entry("children", "แนวทางย่อย"),
      Map.entry("alignment", "การเชื่อมโยง"), Map.entry("statedTotals", "ยอดรวมที่ระบุ"),
      Map.entry("office", "หน่วยงาน"), Map.entry("mentions", "การเขียนชื่อ"), Map.entry("shortName", "ชื่อย่อ"),
      Map.entry("name", "ชื่อ"), Map.entry("title", "ชื่อ"), Map.entry("text", "ข้อความ"),
      Map.entry("vision", "วิสัยทัศน์"), Map.entry("targets", "ค่าเป้าหมาย"),
      Map.entry("targetInText", "ค่าเป้าหมายในข้อความ"), Map.entry("baselines", "ข้อมูลพื้นฐาน"),
      Map.entry("unit", "หน่วยนับ"), Map.entry("code", "รหัส"), Map.entry("quarterlyPlan", "แผนรายไตรมาส"),
      Map.entry("amount", "จำนวนเงิน"), Map.entry("budget", "งบประมาณ"),
      Map.entry("projectCount", "จำนวนโครงการ"), Map.entry("responsiblePeople", "ผู้รับผิดชอบ"),
      Map.entry("responsibleGroups", "กลุ่มงานที่รับผิดชอบ"), Map.entry("period", "ช่วงปีของแผน"),
      Map.entry("approvalDate", "วันที่ให้ความเห็นชอบ"), Map.entry("activeQuarters", "ไตรมาสที่ดำเนินการ"),
      Map.entry("serves", "การสนองแผนระดับบน"), Map.entry("level", "ระดับหน่วยงาน"),
      Map.entry("province", "จังหวัด"));

  private ThaiWords() {}

  /**
   * A JSON path in Thai: each part by its Thai name, each index as its place counted from one
   * ("ลำดับที่ 2"), a year key as "ปี 2563", a quarter key q1–q4 as "ไตรมาส 1"; {@code $} alone is
   * "แผน". Not a path (no {@code $} root): returned as it is.
   */
  static String path(String path) {
    if (path.isEmpty() || path.charAt(0) != '$') {
      return path;
    }
    if (path.length() == 1) {
      return "แผน";
    }
    StringBuilder out = new StringBuilder();
    int i = 1;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '[') {
        int end = path.indexOf(']', i);
        if (end < 0) {
          return path;   // not a path this library writes
        }
        String index = path.substring(i + 1, end);
        out.append("ลำดับที่ ");
        try {
          out.append(Long.parseLong(index) + 1);
        } catch (NumberFormatException e) {
          out.append(index);
        }
        i = end + 1;
      } else if (c == '.') {
        int end = i + 1;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        String name = path.substring(i + 1, end);
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(part(name));
        i = end;
      } else {
        return path;
      }
    }
    return out.toString();
  }

  private static String part(String name) {
    String thai = PARTS.get(name);
    if (thai != null) {
      return thai;
    }
    if (name.length() == 2 && name.charAt(0) == 'q' && name.charAt(1) >= '1' && name.charAt(1) <= '4') {
      return "ไตรมาส " + name.charAt(1);
    }
    if (!name.isEmpty() && name.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      return "ปี " + name;
    }
    return name;
  }

  /** The Thai name of a measure kind (ชนิดการวัด). */
  static String of(MeasureKind kind) {
    return switch (kind) {
      case QUANTITY -> "จำนวน";
      case PERCENTAGE -> "ร้อยละ";
      case ORDINAL -> "ระดับ";
      case YES_NO -> "ใช่หรือไม่";
      case TEXT -> "ข้อความ";
    };
  }

  /** The Thai name of a value's kind. */
  static String of(IndicatorValue.Kind kind) {
    return switch (kind) {
      case NUMBER -> "ตัวเลข";
      case LEVEL -> "ระดับ";
      case YES_NO -> "ใช่หรือไม่";
      case TEXT -> "ข้อความ";
      case NOT_AVAILABLE -> "ไม่มีค่า";
    };
  }

  /** The Thai name of what a stated total adds up. */
  static String of(TotalScope scope) {
    return switch (scope) {
      case PLAN -> "ทั้งแผน";
      case STRATEGY -> "กลยุทธ์";
      case PROGRAM -> "แผนงาน";
      case GROUP -> "กลุ่มงาน";
      case QUARTER -> "ไตรมาส";
      case ALIGNMENT_ITEM -> "ตามแผนระดับสูงกว่า";
    };
  }

  /** The Thai name of an invisible direction control (TEXT_BIDI_CONTROL's). */
  static String bidi(int cp) {
    return switch (cp) {
      case 0x202A -> "ฝังข้อความซ้ายไปขวา";
      case 0x202B -> "ฝังข้อความขวาไปซ้าย";
      case 0x202C -> "สิ้นสุดการจัดทิศทาง";
      case 0x202D -> "บังคับซ้ายไปขวา";
      case 0x202E -> "บังคับขวาไปซ้าย";
      case 0x2066 -> "แยกข้อความซ้ายไปขวา";
      case 0x2067 -> "แยกข้อความขวาไปซ้าย";
      case 0x2068 -> "แยกข้อความตามอักษรแรก";
      case 0x2069 -> "สิ้นสุดการแยกข้อความ";
      case 0x200E -> "เครื่องหมายซ้ายไปขวา";
      case 0x200F -> "เครื่องหมายขวาไปซ้าย";
      case 0x061C -> "เครื่องหมายอักษรอาหรับ";
      default -> "อักขระควบคุมทิศทาง";
    };
  }

  /** The Thai name of a script a foreign letter is of: the common ones, else its Unicode name. */
  static String of(Character.UnicodeScript script) {
    return switch (script) {
      case HEBREW -> "ฮีบรู";
      case ARABIC -> "อาหรับ";
      case CYRILLIC -> "ซีริลลิก";
      case GREEK -> "กรีก";
      case HAN -> "จีน";
      case HIRAGANA, KATAKANA -> "ญี่ปุ่น";
      case HANGUL -> "เกาหลี";
      case LAO -> "ลาว";
      case KHMER -> "เขมร";
      case MYANMAR -> "พม่า";
      case DEVANAGARI -> "เทวนาครี";
      case ARMENIAN -> "อาร์เมเนีย";
      case GEORGIAN -> "จอร์เจีย";
      default -> "ต่างประเทศ";
    };
  }
}
