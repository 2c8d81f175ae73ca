package io.github.eduplan.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The byte check that lets {@link PlanJson} parse a stream without decoding it first must accept
 * exactly what the JDK's strict UTF-8 decoder accepts: one byte sequence it let through that the
 * decoder refuses would undo the hostile-input guarantees.
 */
class DocumentTextTest {
  /** The bytes where the rules of well-formed UTF-8 change. */
  private static final int[] EDGES = {
    0x00, 0x01, 0x2F, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xAF, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
    0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFE, 0xFF
  };

  private static final CharsetDecoder DECODER = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private static final CharBuffer OUT = CharBuffer.allocate(64);

  /** Without exceptions: most sequences tried are malformed, and millions are tried. */
  private static boolean decoderAccepts(byte[] bytes) {
    DECODER.reset();
    OUT.clear();
    CoderResult result = DECODER.decode(ByteBuffer.wrap(bytes), OUT, true);
    return !result.isError() && !DECODER.flush(OUT).isError();
  }

  /** Whether {@link DocumentText#scan} finds the bytes well-formed UTF-8. */
  static boolean isWellFormedUtf8(byte[] b, int from, int to) {
    return DocumentText.scan(b, from, to) != DocumentText.MALFORMED;
  }

  /** Where the JSON of a document that {@link DocumentText#utf8Document} accepts starts, or -1. */
  static int wellFormedUtf8Start(byte[] bytes) {
    return DocumentText.utf8Document(bytes).map(DocumentText.Utf8Document::start).orElse(-1);
  }

  private static void assertAgrees(byte[] bytes) {
    assertEquals(decoderAccepts(bytes), isWellFormedUtf8(bytes, 0, bytes.length),
        () -> "disagrees with the JDK decoder on" + hex(bytes));
  }

  private static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      sb.append(String.format(" %02X", b & 0xFF));
    }
    return sb.toString();
  }

  @Test
  void agreesWithTheJdkDecoderOnEverySequenceOfOneOrTwoBytes() {
    for (int a = 0; a < 256; a++) {
      assertAgrees(new byte[] {(byte) a});
      for (int b = 0; b < 256; b++) {
        assertAgrees(new byte[] {(byte) a, (byte) b});
      }
    }
  }

  @Test
  void agreesWithTheJdkDecoderOnEveryThreeByteSequenceAfterAMultiByteLead() {
    for (int a = 0xC0; a < 256; a++) {
      for (int b = 0; b < 256; b++) {
        for (int c = 0; c < 256; c++) {
          assertAgrees(new byte[] {(byte) a, (byte) b, (byte) c});
        }
      }
    }
  }

  @Test
  void agreesWithTheJdkDecoderOnEveryThreeByteSequenceNextToThaiInAWindowOfEightBytes() {
    // Thai is checked two characters (six bytes) at a time when eight bytes are left: every
    // sequence after E0 (and the other leads of its row) before, after and between Thai ones.
    byte[] thai = "ก".getBytes(StandardCharsets.UTF_8);
    for (int a : new int[] {0xE0, 0xE1, 0xED, 0xEF, 0xC2, 0xF0, 0x80, 0x20, 0x00}) {
      for (int b = 0; b < 256; b++) {
        for (int c = 0; c < 256; c++) {
          byte[] odd = {(byte) a, (byte) b, (byte) c};
          assertAgrees(concat(odd, thai, thai, new byte[] {' ', ' '}));
          assertAgrees(concat(thai, odd, new byte[] {' ', ' '}));
          assertAgrees(concat(thai, thai, odd, new byte[] {' ', ' '}));
          assertAgrees(concat(new byte[] {' '}, thai, odd, new byte[] {' '}, thai));
        }
      }
    }
  }

  @Test
  void aDocumentOverTheLengthLimitIsPlacedAfterItsLastAllowedCharacterWithOrWithoutAByteOrderMark() {
    PlanJson json = PlanJson.builder().limits(PlanJson.DEFAULT_LIMITS.rebuild().maxDocumentLength(100).build()).build();
    byte[] plain = ("{\"title\": \"" + "a".repeat(200) + "\"}").getBytes(StandardCharsets.UTF_8);
    byte[] marked = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
    PlanFormatException withoutMark = assertThrows(PlanFormatException.class, () -> json.read(new ByteArrayInputStream(plain)));
    PlanFormatException withMark = assertThrows(PlanFormatException.class, () -> json.read(new ByteArrayInputStream(marked)));
    // 100 bytes allowed: the text up to byte 100, less the three bytes of the mark, which is no character.
    assertEquals(101, withoutMark.column(), withoutMark.getMessage());
    assertEquals(98, withMark.column(), withMark.getMessage());
    assertEquals("$.title", withMark.jsonPath());
  }

  @Test
  void agreesWithTheJdkDecoderOnFourByteSequencesAtEveryEdge() {
    for (int a = 0xE0; a < 256; a++) {
      for (int b = 0; b < 256; b++) {
        for (int c : EDGES) {
          for (int d : EDGES) {
            assertAgrees(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
          }
        }
      }
    }
  }

  @Test
  void agreesWithTheJdkDecoderOnMixedSequencesOfEdgeBytesAsciiRunsAndThaiText() {
    // Long runs of ASCII too, which the check skips eight bytes at a time.
    Gen<byte[]> gen = lists().of(integers().between(0, EDGES.length + 12)).ofSizeBetween(0, 48).map(picks -> {
      ByteBuffer out = ByteBuffer.allocate(picks.size() * 3);
      for (int pick : picks) {
        if (pick < EDGES.length) {
          out.put((byte) EDGES[pick]);
        } else if (pick <= EDGES.length + 4) {
          out.put("ก".getBytes(StandardCharsets.UTF_8));
        } else {
          out.put((byte) '{');
        }
      }
      byte[] bytes = new byte[out.position()];
      out.flip().get(bytes);
      return bytes;
    });
    qt().withExamples(5000).forAll(gen).checkAssert(DocumentTextTest::assertAgrees);
  }

  @Test
  void aBadByteIsPlacedByLinesThatEndInCrLfOrCrOrLfAlike() {
    for (String end : new String[] {"\n", "\r\n", "\r"}) {
      String before = "{" + end + "  \"kind\": \"OTHER\"," + end + "  \"vision\": \"ก";
      byte[] bytes = concat(before.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF},
          ("\"" + end + "}").getBytes(StandardCharsets.UTF_8));
      PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanJson.strict().read(bytes));
      assertEquals(3, e.line(), () -> end.replace("\r", "CR").replace("\n", "LF") + ": " + e.getMessage());
      assertEquals(15, e.column(), e.getMessage());
    }
    // A CR that ends the text before the bad byte ends its line too.
    byte[] crLast = concat("{\r".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF});
    PlanFormatException e = assertThrows(PlanFormatException.class, () -> PlanJson.strict().read(crLast));
    assertEquals(2, e.line(), e.getMessage());
    assertEquals(1, e.column(), e.getMessage());
  }

  private static byte[] concat(byte[]... parts) {
    ByteBuffer out = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(p -> p.length).sum());
    for (byte[] part : parts) {
      out.put(part);
    }
    return out.array();
  }

  /**
   * Characters around a backslash (5C) where a word-at-a-time test could go wrong: ASCII next to
   * it and around zero, and longer sequences whose last byte is 9C or DC (5C with the high bit).
   */
  private static final String[] NEAR_BACKSLASH =
      {"\u0000", "\u0001", "[", "]", "\u007F", " ", "ก", "\u00DC", "\u071C", "\u5C9C", "\uD83D\uDE1C"};

  /** The UTF-8 bytes of the characters, and where each character starts (and the end). */
  private record Encoded(byte[] bytes, int[] starts) {}

  private static Encoded encode(List<String> characters) {
    int[] starts = new int[characters.size() + 1];
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < characters.size(); i++) {
      starts[i] = out.size();
      out.writeBytes(characters.get(i).getBytes(StandardCharsets.UTF_8));
    }
    starts[characters.size()] = out.size();
    return new Encoded(out.toByteArray(), starts);
  }

  @Test
  void findsABackslashAtEveryPositionOfEveryWindowAndNoneWhereThereIsNone() {
    for (String filler : NEAR_BACKSLASH) {
      // Three words and some: every window start and end within and across them.
      for (int length = 0; length < 26; length++) {
        List<String> characters = new ArrayList<>(java.util.Collections.nCopies(length, filler));
        Encoded none = encode(characters);
        for (int from = 0; from <= length; from++) {
          assertEquals(DocumentText.PLAIN, DocumentText.scan(none.bytes(), none.starts()[from], none.bytes().length),
              () -> "none in" + hex(none.bytes()));
        }
        for (int at = 0; at < length; at++) {
          characters.set(at, "\\");
          Encoded one = encode(characters);
          for (int from = 0; from <= length; from++) {
            for (int to = from; to <= length; to++) {
              int expected = from <= at && at < to ? DocumentText.BACKSLASH : DocumentText.PLAIN;
              if (expected != DocumentText.scan(one.bytes(), one.starts()[from], one.starts()[to])) {
                fail("backslash at " + at + ", from " + from + " to " + to + " in" + hex(one.bytes()));
              }
            }
          }
          characters.set(at, filler);
        }
      }
    }
  }

  @Test
  void findsABackslashAsASimpleSearchDoesInRandomText() {
    Gen<List<String>> gen = lists().of(integers().between(0, NEAR_BACKSLASH.length))
        .ofSizeBetween(0, 48)
        .map(picks -> {
          List<String> characters = new ArrayList<>();
          picks.forEach(pick -> characters.add(pick < NEAR_BACKSLASH.length ? NEAR_BACKSLASH[pick] : "\\"));
          return characters;
        });
    qt().withExamples(5000).forAll(gen).checkAssert(characters -> {
      byte[] bytes = encode(characters).bytes();
      int expected = characters.contains("\\") ? DocumentText.BACKSLASH : DocumentText.PLAIN;
      assertEquals(expected, DocumentText.scan(bytes, 0, bytes.length), hex(bytes));
    });
  }

  @Test
  void malformedBytesAreMalformedWhereverABackslashIs() {
    for (int length = 2; length < 20; length++) {
      for (int bad = 0; bad < length; bad++) {
        for (int at = 0; at < length; at++) {
          if (at == bad) {
            continue;
          }
          byte[] bytes = new byte[length];
          Arrays.fill(bytes, (byte) 'a');
          bytes[bad] = (byte) 0xDC;   // a lead without its continuation
          bytes[at] = '\\';
          assertEquals(DocumentText.MALFORMED, DocumentText.scan(bytes, 0, length), hex(bytes));
        }
      }
    }
  }

  @Test
  void aDocumentToldFastHoldsABackslashOnlyWhenItDoes() {
    byte[] plain = "{\"a\": \"ก\"}".getBytes(StandardCharsets.UTF_8);
    byte[] escaped = "{\"a\": \"\\u0e01\"}".getBytes(StandardCharsets.UTF_8);
    assertEquals(Optional.of(new DocumentText.Utf8Document(0, false)), DocumentText.utf8Document(plain));
    assertEquals(Optional.of(new DocumentText.Utf8Document(0, true)), DocumentText.utf8Document(escaped));
    assertEquals(Optional.empty(), DocumentText.utf8Document(new byte[] {'{', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'}));
  }

  @Test
  void onlyPlainAsciiStartsGoTheFastWay() {
    byte[] json = "{\"a\": \"ก\"}".getBytes(StandardCharsets.UTF_8);
    assertEquals(0, wellFormedUtf8Start(json));
    for (List<Integer> prefix : List.of(
        List.of(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF),
        List.of(0x00, 0x00, 0x00),
        List.of(0x20, 0x00),
        List.of(0xFE, 0xFF),
        List.of(0xFF, 0xFE))) {
      byte[] bytes = new byte[prefix.size() + json.length];
      for (int i = 0; i < prefix.size(); i++) {
        bytes[i] = (byte) (int) prefix.get(i);
      }
      System.arraycopy(json, 0, bytes, prefix.size(), json.length);
      assertEquals(-1, wellFormedUtf8Start(bytes), () -> "fast way for" + hex(bytes));
    }
    byte[] withBom = new byte[json.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(json, 0, withBom, 3, json.length);
    assertEquals(3, wellFormedUtf8Start(withBom));
    byte[] thaiAndEmoji = "ส่งเสริม 😀".getBytes(StandardCharsets.UTF_8);
    assertTrue(isWellFormedUtf8(thaiAndEmoji, 0, thaiAndEmoji.length));
    assertFalse(isWellFormedUtf8(thaiAndEmoji, 0, thaiAndEmoji.length - 1));
    assertFalse(isWellFormedUtf8(new byte[] {'{', (byte) 0xC0, (byte) 0xAF, '}'}, 0, 4));
  }

  @Test
  void findsABadByteAtAnyPlaceInALongAsciiRun() {
    for (int length = 1; length < 40; length++) {
      for (int at = 0; at < length; at++) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) ' ');
        bytes[at] = (byte) 0x80;
        assertFalse(isWellFormedUtf8(bytes, 0, length), "bad byte at " + at + " of " + length);
        bytes[at] = 'x';
        assertTrue(isWellFormedUtf8(bytes, 0, length));
      }
    }
  }

  /** A stream that says it has {@code claimed} bytes left, whatever it holds, and hands out three at a time. */
  private static InputStream claiming(byte[] bytes, int claimed) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int available() {
        return claimed;
      }

      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(3, len));
      }
    };
  }

  @Test
  void readsTheWholeStreamWhateverItSaysIsLeft() throws IOException {
    byte[] doc = "{\"office\": \"สำนักงานเขตพื้นที่การศึกษา\"}".repeat(700).getBytes(StandardCharsets.UTF_8);
    for (int claimed : new int[] {0, 1, doc.length - 1, doc.length, doc.length + 1, Integer.MAX_VALUE}) {
      assertArrayEquals(doc, DocumentText.bytes(claiming(doc, claimed), 1_000_000, prefix -> "$"),
          "available() = " + claimed);
      assertArrayEquals(doc, DocumentText.bytes(claiming(doc, claimed), doc.length, prefix -> "$"));
      InputStream in = claiming(doc, claimed);
      int limit = doc.length / 2;
      assertThrows(PlanFormatException.class, () -> DocumentText.bytes(in, limit, prefix -> "$"));
      assertEquals(doc.length - limit - 1, in.readAllBytes().length, "read further than one byte past the limit");
    }
    // A plain array stream, which is copied in one go when it holds no more than the limit allows.
    ByteArrayInputStream plain = new ByteArrayInputStream(doc);
    assertThrows(PlanFormatException.class, () -> DocumentText.bytes(plain, doc.length / 2, prefix -> "$"));
    assertEquals(doc.length - doc.length / 2 - 1, plain.available(), "read further than one byte past the limit");
    ByteArrayInputStream exact = new ByteArrayInputStream(doc);
    assertArrayEquals(doc, DocumentText.bytes(exact, doc.length, prefix -> "$"));
    assertEquals(0, exact.available());
    // A zero byte where the first buffer is full is a byte like any other, not the end.
    byte[] withZero = doc.clone();
    withZero[8192] = 0;
    assertArrayEquals(withZero, DocumentText.bytes(claiming(withZero, 0), 1_000_000, prefix -> "$"));
  }
}
