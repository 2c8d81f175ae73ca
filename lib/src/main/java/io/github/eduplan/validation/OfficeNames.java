package io.github.eduplan.validation;

import java.util.Set;

/**
 * Whether a name that is not the plan's office is a misspelling of it or another office: Thailand's
 * provinces, and a bounded edit distance between names. Never shown to users.
 */
final class OfficeNames {
  /**
   * The most edits (a letter added, dropped or changed) by which a written office name may differ
   * from the plan's own and still be a misspelling of it, once both are compared by their
   * {@linkplain Texts#key keys} with สพป./สพม. spelt out: "ชัยโสธร" for "ยโสธร" is two, "ดาก" for
   * "ตาก" one, "ระถมศึกษา" for "ประถมศึกษา" one.
   */
  static final int MISSPELLING_EDITS = 3;

  /** The 77 provinces (จังหวัด), as office names write them, and the short form of อยุธยา. */
  private static final Set<String> PROVINCES = Set.of(
      "กรุงเทพมหานคร", "กระบี่", "กาญจนบุรี", "กาฬสินธุ์", "กำแพงเพชร", "ขอนแก่น", "จันทบุรี",
      "ฉะเชิงเทรา", "ชลบุรี", "ชัยนาท", "ชัยภูมิ", "ชุมพร", "เชียงราย", "เชียงใหม่", "ตรัง", "ตราด",
      "ตาก", "นครนายก", "นครปฐม", "นครพนม", "นครราชสีมา", "นครศรีธรรมราช", "นครสวรรค์", "นนทบุรี",
      "นราธิวาส", "น่าน", "บึงกาฬ", "บุรีรัมย์", "ปทุมธานี", "ประจวบคีรีขันธ์", "ปราจีนบุรี", "ปัตตานี",
      "พระนครศรีอยุธยา", "อยุธยา", "พะเยา", "พังงา", "พัทลุง", "พิจิตร", "พิษณุโลก", "เพชรบุรี",
      "เพชรบูรณ์", "แพร่", "ภูเก็ต", "มหาสารคาม", "มุกดาหาร", "แม่ฮ่องสอน", "ยโสธร", "ยะลา",
      "ร้อยเอ็ด", "ระนอง", "ระยอง", "ราชบุรี", "ลพบุรี", "ลำปาง", "ลำพูน", "เลย", "ศรีสะเกษ", "สกลนคร",
      "สงขลา", "สตูล", "สมุทรปราการ", "สมุทรสงคราม", "สมุทรสาคร", "สระแก้ว", "สระบุรี", "สิงห์บุรี",
      "สุโขทัย", "สุพรรณบุรี", "สุราษฎร์ธานี", "สุรินทร์", "หนองคาย", "หนองบัวลำภู", "อ่างทอง",
      "อำนาจเจริญ", "อุดรธานี", "อุตรดิตถ์", "อุทัยธานี", "อุบลราชธานี");

  private OfficeNames() {}

  /** Whether a province as a name writes it (its key) is one of Thailand's. */
  static boolean isProvince(String province) {
    return PROVINCES.contains(province);
  }

  /**
   * Whether two keys are at most {@code limit} edits apart (Levenshtein distance), in time
   * proportional to the shorter key's length times the limit: only a band of the table is filled.
   */
  static boolean within(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return false;
    }
    if (a.length() > b.length()) {
      String t = a;
      a = b;
      b = t;
    }
    int n = a.length();
    int m = b.length();
    int big = limit + 1;
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j <= limit ? j : big;
    }
    for (int i = 1; i <= n; i++) {
      int from = Math.max(1, i - limit);
      int to = Math.min(m, i + limit);
      current[0] = i <= limit ? i : big;
      if (from > 1) {
        current[from - 1] = big;
      }
      int best = current[0];
      for (int j = from; j <= to; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(previous[j - 1] + cost, Math.min(previous[j] + 1, current[j - 1] + 1));
        current[j] = Math.min(d, big);
        best = Math.min(best, current[j]);
      }
      if (to < m) {
        current[to + 1] = big;
      }
      if (best > limit) {
        return false;
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[m] <= limit;
  }
}
