package io.github.eduplan.testsupport;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.eduplan.json.PlanJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of corrupted plan documents: a valid document written from a
 * {@link ModelGenerators#plans() generated plan}, damaged once. Shrinking works on the plan and on
 * the numbers that place the damage, so a failure ends on a small plan with a short, nearby cut.
 */
public final class CorruptedJsonGenerators {
  private CorruptedJsonGenerators() {}

  /** How a document is damaged. */
  public enum Damage {
    /** A range of characters deleted. */
    DELETE,
    /** A range of characters repeated in place. */
    DUPLICATE,
    /** Two characters swapped. */
    SWAP,
    /** A token inserted: a bracket, a quote, null, a huge number, a BOM, a Thai digit, a type hint. */
    INSERT,
    /** One bit of one byte of the UTF-8 encoding flipped. */
    FLIP_BIT,
    /** The document cut short. */
    TRUNCATE
  }

  /** Tokens that a hostile or broken writer might put anywhere. */
  static final List<String> TOKENS = List.of(
      "{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "0", "-1", "1e400", "NaN",
      "99999", "\"@class\": \"java.lang.Runtime\",", "\uFEFF", "๒", "\u0000", "\\ud800", "\"x\": {},",
      "{\"number\": 1}", "\"\"", "\n", "2565", "-0.001");

  /** A damaged document: the bytes to read and what was done to them. */
  public static final class Corrupted {
    private final byte[] bytes;
    private final String description;

    Corrupted(byte[] bytes, String description) {
      this.bytes = bytes;
      this.description = description;
    }

    /** The damaged document as UTF-8 bytes (not necessarily valid UTF-8). */
    public byte[] bytes() {
      return bytes.clone();
    }

    @Override
    public String toString() {
      return description;
    }
  }

  /** A valid document of a generated plan, damaged once by any {@link Damage}. */
  public static Gen<Corrupted> corruptedPlans() {
    Gen<String> documents = ModelGenerators.plans().map(plan -> PlanJson.strict().write(plan));
    return documents.zip(integers().between(0, Damage.values().length - 1),
        integers().between(0, 1_000_000), integers().between(1, 40), integers().between(0, 1_000_000),
        (doc, damage, at, length, other) -> corrupt(doc, Damage.values()[damage], at, length, other));
  }

  static Corrupted corrupt(String doc, Damage damage, int seedAt, int length, int seedOther) {
    int at = seedAt % (doc.length() + 1);
    int end = Math.min(doc.length(), at + length);
    String result;
    String what;
    switch (damage) {
      case DELETE:
        result = doc.substring(0, at) + doc.substring(end);
        what = "deleted " + quote(doc.substring(at, end));
        break;
      case DUPLICATE:
        result = doc.substring(0, end) + doc.substring(at, end) + doc.substring(end);
        what = "repeated " + quote(doc.substring(at, end));
        break;
      case SWAP: {
        int i = Math.min(at, doc.length() - 1);
        int j = seedOther % doc.length();
        char[] chars = doc.toCharArray();
        char c = chars[i];
        chars[i] = chars[j];
        chars[j] = c;
        result = new String(chars);
        what = "swapped " + quote(String.valueOf(chars[j])) + " at " + i + " with " + quote(String.valueOf(chars[i])) + " at " + j;
        break;
      }
      case INSERT: {
        String token = TOKENS.get(seedOther % TOKENS.size());
        result = doc.substring(0, at) + token + doc.substring(at);
        what = "inserted " + quote(token);
        break;
      }
      case FLIP_BIT: {
        byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
        int i = seedAt % bytes.length;
        int bit = seedOther % 8;
        bytes[i] ^= (byte) (1 << bit);
        return new Corrupted(bytes, "flipped bit " + bit + " of byte " + i + " (now 0x"
            + Integer.toHexString(bytes[i] & 0xFF) + ") of:\n" + doc);
      }
      default:
        result = doc.substring(0, at);
        what = "cut after " + at + " characters";
    }
    return new Corrupted(result.getBytes(StandardCharsets.UTF_8),
        damage + " at " + at + ": " + what + "; the document is now:\n" + result);
  }

  private static String quote(String s) {
    return "'" + s.replace("\n", "\\n") + "'";
  }
}
