package io.github.eduplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.achievement.ActualResult;
import io.github.eduplan.achievement.ActualResults;
import io.github.eduplan.model.Baht;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs {@link AchievementReport} on the bundled plans and checks the figures it prints. */
class AchievementReportTest {
  private static String out;

  @BeforeAll
  static void run() {
    out = ExamplesTest.capture(o -> AchievementReport.run(BundledPlans.load(SampleResults.CHIANGMAI_2_2563_2565),
        BundledPlans.load(BundledPlans.TAK_2_2565), o));
  }

  /** The lines printed for one indicator: its header and the indented lines under it. */
  private static List<String> block(String key) {
    List<String> lines = Arrays.asList(out.split("\n"));
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("  [" + key + "] ")) {
        start = i;
      }
    }
    assertTrue(start >= 0, "indicator " + key + " is printed:\n" + out);
    int end = start + 1;
    while (end < lines.size() && lines.get(end).startsWith("      ")) {
      end++;
    }
    return lines.subList(start, end);
  }

  private static String line(String prefix) {
    return Arrays.stream(out.split("\n")).filter(l -> l.startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no line starting with '" + prefix + "' in\n" + out));
  }

  private static BigDecimal amount(String formatted) {
    return Baht.parse(formatted).amount();
  }

  @Test
  void saysTheResultsAreInventedSampleFigures() {
    assertTrue(out.contains("invented sample figures, not real results"), out);
    assertTrue(out.contains("ตัวเลขสมมุติ"), out);
  }

  @Test
  void theResultsAreReadFromTheBundledDocumentsAndCheckedAgainstTheirPlansFirst() {
    List<String> checked = Arrays.stream(out.split("\n")).filter(l -> l.startsWith("  ตรวจสอบ (checked) ")).toList();
    assertEquals(5, checked.size(), "the office's, three schools' and ตาก's documents: " + checked);
    assertTrue(checked.stream().allMatch(l -> l.endsWith(": 0 findings")), checked.toString());
    assertTrue(out.contains("(the document reports through 2565-Q3)"), "the last quarter comes from the document");
    assertEquals(SampleResults.tak().actualResults().results().size(), 21, "all 21 indicators of ตาก");
  }

  @Test
  void theDropoutRateIsADecreaseIndicatorWhose008AgainstATargetOf0IsNotMet() {
    String dropout = String.join("\n", block("4/4.2"));
    assertTrue(dropout.contains("ร้อยละอัตราการลาออกกลางคันของนักเรียน"), dropout);
    assertTrue(dropout.contains("เป้าหมาย (target) ≤ 0 · ผล (actual) 0.08 · DECREASE"), dropout);
    assertTrue(dropout.contains("→ NOT_MET ไม่บรรลุ · ร้อยละของเป้าหมาย (percent of target) 0.00 · ต่ำกว่าเป้าหมาย · ระดับ 1"),
        dropout);
  }

  @Test
  void thePooledPercentageIsThePercentageOfTheSummedCounts() {
    long numerator = 0;
    long denominator = 0;
    BigDecimal sumOfPercents = BigDecimal.ZERO;
    for (ActualResults school : SampleResults.chiangMaiSchools()) {
      ActualResult r = school.forYear(SampleResults.READING, SampleResults.FY2565).orElseThrow();
      numerator += r.numerator().orElseThrow().longValueExact();
      denominator += r.denominator().orElseThrow().longValueExact();
      sumOfPercents = sumOfPercents.add(r.numerator().orElseThrow().multiply(BigDecimal.valueOf(100))
          .divide(r.denominator().orElseThrow(), 2, RoundingMode.HALF_UP));
    }
    String pooled = BigDecimal.valueOf(100 * numerator).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP)
        .toPlainString();
    String meanOfPercents = sumOfPercents.divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP).toPlainString();
    assertNotEquals(pooled, meanOfPercents, "the sample shows the difference");

    assertTrue(line("  pooled: ").endsWith("= 100 × " + numerator + " ÷ " + denominator + " = " + pooled + " %"),
        line("  pooled: "));
    String reading = String.join("\n", block("2/3.2"));
    assertTrue(reading.contains("ผล (actual) " + numerator + " of " + denominator + " = " + pooled), reading);
    assertTrue(reading.contains("100 × " + pooled + " ÷ 98 = "), "the pooled figure is what is assessed: " + reading);
    assertFalse(reading.contains(meanOfPercents), reading);
  }

  @Test
  void theNaAndTheNotYetDueResultAreNotAssessableAndNotZero() {
    List<String> na = block("3/2.2");
    assertTrue(na.get(1).contains("ผล (actual) ไม่มีข้อมูล (N/A)"), na.toString());
    assertTrue(na.get(2).contains("NOT_ASSESSABLE ประเมินไม่ได้ (RESULT_NOT_AVAILABLE)"), na.toString());
    assertFalse(String.join("\n", na).contains("percent of target"), "no percent: " + na);
    assertEquals(3, na.size(), "no working either: " + na);
    List<String> due = block("5/2.1");
    assertTrue(due.get(2).contains("NOT_ASSESSABLE ประเมินไม่ได้ (NOT_YET_DUE)"), due.toString());
    // strategy 3 has three indicators, 3/1.1 met and 3/2.2 N/A: the N/A is left out, so 1 of 1 met, 100 %
    assertTrue(line("  กลยุทธ์ที่ 3: ").startsWith(
        "  กลยุทธ์ที่ 3: ตัวชี้วัด 3 · ประเมินได้ (assessable) 1 · บรรลุ (met) 1 → share met 100 × 1 ÷ 1 = 100.00 %"),
        line("  กลยุทธ์ที่ 3: "));
  }

  @Test
  void aLevelIsScoredByItsPositionOnTheScale() {
    String level = String.join("\n", block("4/3.1"));
    assertTrue(level.contains("เป้าหมาย (target) ≥ ระดับ ๕ · ผล (actual) ระดับ ๔"), level);
    assertTrue(level.contains("NOT_MET ไม่บรรลุ · ร้อยละของเป้าหมาย (percent of target) 80.00 · ใกล้เคียงเป้าหมาย · ระดับ 3"),
        level);
    assertTrue(level.contains("actual 4, target 5 of 5; 100 × 4 ÷ 5 = 80.00"), level);
  }

  @Test
  void theRollUpsShowTheirWorkingAndAgreeWithIt() {
    Pattern rollUp = Pattern.compile("บรรลุ \\(met\\) (\\d+) → share met 100 × (\\d+) ÷ (\\d+) = ([\\d.]+) %"
        + " · mean \\(([^)]*)\\) ÷ (\\d+) = ([\\d.]+) %");
    int checked = 0;
    for (String l : out.split("\n")) {
      Matcher m = rollUp.matcher(l);
      if (!m.find() || m.group(5).endsWith("parts")) {
        continue;
      }
      BigDecimal share = BigDecimal.valueOf(100L * Long.parseLong(m.group(2)))
          .divide(new BigDecimal(m.group(3)), 2, RoundingMode.HALF_UP);
      assertEquals(share.toPlainString(), m.group(4), l);
      List<BigDecimal> parts = Arrays.stream(m.group(5).split(" \\+ ")).map(BigDecimal::new).collect(Collectors.toList());
      assertEquals(parts.size(), Integer.parseInt(m.group(6)), l);
      BigDecimal mean = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
          .divide(BigDecimal.valueOf(parts.size()), 2, RoundingMode.HALF_UP);
      assertEquals(mean.toPlainString(), m.group(7), l);
      assertTrue(parts.stream().allMatch(p -> p.compareTo(BigDecimal.valueOf(100)) <= 0), "capped at 100: " + l);
      checked++;
    }
    assertEquals(10, checked, "six strategies of the สพป.เชียงใหม่ เขต 2 plan for 2563–2565 and four of the สพป.ตาก เขต 2 FY2565 action plan:\n" + out);
    assertTrue(out.contains("  ทั้งแผน (plan): ตัวชี้วัด 61 · ประเมินได้ (assessable) 12 · บรรลุ (met) 4"), out);
    assertTrue(out.contains("  ทั้งแผน (plan): ตัวชี้วัด 21 · ประเมินได้ (assessable) 18 · บรรลุ (met) 11"), out);
  }

  @Test
  void budgetExecutionSumsTheStrategiesAndUsesTheExampleTargets() {
    assertTrue(out.contains("example (not a cabinet resolution) 30 / 52 / 75 / 100 %"), out);
    assertTrue(line("  งบประมาณที่ได้รับ (allocated): ").contains("8,095,606 บาท"));
    Matcher q3 = Pattern.compile("  ไตรมาส 3 \\| 2,437,618 \\| ([\\d,]+) \\| [\\d.]+ % \\| ([\\d,]+) \\| ([\\d.]+) % \\| 75 % \\| (.*)")
        .matcher(out);
    assertTrue(q3.find(), out);
    BigDecimal cumulative = amount(q3.group(2));
    Matcher strategy = Pattern.compile("    กลยุทธ์ที่ \\d: \\d+ โครงการ · ([\\d,]+) ÷ ([\\d,]+) บาท").matcher(out);
    BigDecimal spent = BigDecimal.ZERO;
    BigDecimal allocated = BigDecimal.ZERO;
    int strategies = 0;
    while (strategy.find()) {
      spent = spent.add(amount(strategy.group(1)));
      allocated = allocated.add(amount(strategy.group(2)));
      strategies++;
    }
    assertEquals(4, strategies, out);
    assertEquals(0, cumulative.compareTo(spent), "the plan's spending is its strategies' summed");
    assertEquals(0, allocated.compareTo(BigDecimal.valueOf(8_095_606)), "the strategies' budgets sum to the plan's");
    String rate = cumulative.multiply(BigDecimal.valueOf(100)).divide(allocated, 2, RoundingMode.HALF_UP).toPlainString();
    assertEquals(rate, q3.group(3), "cumulative rate = 100 × cumulative spent ÷ allocated");
    assertEquals(rate.compareTo("75") >= 0 ? "ผ่าน (met)" : "ไม่ผ่าน (not met)", q3.group(4));
    assertTrue(out.contains("  ไตรมาส 4 | 2,452,813 | ยังไม่รายงาน (not reported) | - | - | - | 100 % | -"), out);
  }

  @Test
  void budgetVersusResultsSetsEachStrategysSpendingNextToItsIndicatorsMet() {
    assertTrue(out.contains("  กลยุทธ์ที่ 4: เบิกจ่ายแล้ว (budget spent) 44.30 % · ตัวชี้วัดบรรลุ (indicators met) 66.67 %"
        + " (2 of 3 assessable)"), out);
    Matcher spent = Pattern.compile("    กลยุทธ์ที่ 4: 22 โครงการ · [\\d,]+ ÷ [\\d,]+ บาท = ([\\d.]+) %").matcher(out);
    assertTrue(spent.find(), out);
    assertEquals("44.30", spent.group(1), "the same figure in both tables");
  }
}
