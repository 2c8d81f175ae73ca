package io.github.eduplan.json;

import io.github.eduplan.internal.TextPosition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Turns the bytes of a document into its text before any JSON is parsed, so that every byte is
 * checked: Jackson's own UTF-8 decoder accepts overlong forms such as {@code C0 AF} for "/", and
 * reports a bad UTF-32 code point as an {@code IOException} rather than a format error. Decoding
 * first also makes columns count characters for a file exactly as for a string, where Jackson
 * counts bytes (three per Thai character).
 *
 * <p>Decoding a national corpus this way cost as much as parsing it, so {@link PlanJson} first
 * only checks the bytes ({@link #utf8Document}) and parses them directly; only a document
 * that fails there is decoded here and parsed again as text, which gives its error the same
 * message, path, line and column as before.
 *
 * <p>The encoding is UTF-8, with or without its byte order mark; UTF-16 and UTF-32 are accepted
 * only with theirs. Stateless.
 */
final class DocumentText {
  private DocumentText() {}

  /**
   * Reads the stream to its end, or to one byte past the limit, without decoding it.
   *
   * @param in the stream, not closed
   * @param maxBytes the most bytes a document may have, or a negative number for no limit
   * @param pathOf gives the JSON path at the end of a prefix of a document
   * @return the bytes, with any byte order mark
   * @throws PlanFormatException if the document is too long (checked after decoding the prefix)
   * @throws IOException if the stream cannot be read
   */
  static byte[] bytes(InputStream in, long maxBytes, UnaryOperator<String> pathOf) throws IOException {
    byte[] bytes = maxBytes < 0 ? in.readAllBytes() : readAtMost(in, maxBytes + 1);
    checkLength(bytes, maxBytes, pathOf);
    return bytes;
  }

  /**
   * Refuses a document longer than the limit, at the path where the limit falls.
   *
   * @param bytes the document, with any byte order mark
   * @param maxBytes the most bytes a document may have, or a negative number for no limit
   * @param pathOf gives the JSON path at the end of a prefix of a document
   * @throws PlanFormatException if the document is too long (checked after decoding the prefix)
   */
  static void checkLength(byte[] bytes, long maxBytes, UnaryOperator<String> pathOf) {
    if (maxBytes >= 0 && bytes.length > maxBytes) {
      int limit = (int) maxBytes;
      Charset charset = encoding(bytes);
      int bom = bomLength(bytes, charset);
      String prefix = new String(bytes, bom, Math.max(0, limit - bom), charset);
      throw at(prefix, new FormatProblem(
          FormatProblem.words("a document of at most " + maxBytes + " bytes", "เอกสารยาวไม่เกิน " + maxBytes + " ไบต์"),
          FormatProblem.words("a longer one", "เอกสารที่ยาวกว่านั้น")), pathOf);
    }
  }

  /** What {@link #scan} finds: the bytes are not well-formed UTF-8. */
  static final int MALFORMED = -1;
  /** What {@link #scan} finds: well-formed UTF-8 without a backslash. */
  static final int PLAIN = 0;
  /** What {@link #scan} finds: well-formed UTF-8 with at least one backslash. */
  static final int BACKSLASH = 1;

  /**
   * A document the fast reader may parse as bytes: where its JSON starts (after a byte order mark)
   * and whether it holds a backslash, which in JSON starts every escape.
   */
  record Utf8Document(int start, boolean backslash) {}

  /**
   * Returns where the JSON of a well-formed UTF-8 document starts (after its byte order mark, if
   * any) and whether it holds a backslash, or empty when the document must go the slow way through
   * {@link #decode}: it is not UTF-8, not well formed, or its first four bytes are not plain non-NUL
   * ASCII. The last rule keeps Jackson's own encoding detection, which reads a leading NUL or a
   * second byte order mark as UTF-16 or UTF-32, out of the picture, so that a parser over these
   * bytes sees exactly the text that {@link #decode} would give.
   *
   * @param bytes the document
   * @return where its first character is and whether it has a backslash, or empty
   */
  static Optional<Utf8Document> utf8Document(byte[] bytes) {
    if (!encoding(bytes).equals(StandardCharsets.UTF_8)) {
      return Optional.empty();
    }
    int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    if (bytes.length - start < 4) {
      return Optional.empty();
    }
    for (int i = start; i < start + 4; i++) {
      if (bytes[i] <= 0) {
        return Optional.empty();
      }
    }
    int found = scan(bytes, start, bytes.length);
    return found == MALFORMED ? Optional.empty() : Optional.of(new Utf8Document(start, found == BACKSLASH));
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * Six bytes read little-endian as the low bytes of a long, masked to the bits that make them two
   * well-formed three-byte sequences with the lead E0, U+0800 to U+0FFF, where Thai (U+0E00 to
   * U+0E7F) is: E0, then 101xxxxx, then 10xxxxxx, twice.
   */
  private static final long TWO_E0_MASK = 0x0000_C0E0_FFC0_E0FFL;

  private static final long TWO_E0_FORM = 0x0000_80A0_E080_A0E0L;

  private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
  private static final long SEVEN_BITS = 0x7F7F_7F7F_7F7F_7F7FL;
  private static final long BACKSLASHES = 0x5C5C_5C5C_5C5C_5C5CL;

  /**
   * Checks that the bytes are well-formed UTF-8 as Unicode's table 3-7 defines it, which is what
   * the JDK's decoder accepts (no overlong form, no surrogate, nothing above U+10FFFF, no sequence
   * cut short), and finds whether they hold a backslash: one pass without building text, so that a
   * valid document costs a scan, not a decode. Eight bytes are read at a time: a word of ASCII
   * (indentation, property names) is passed at once, and a word that mixes ASCII with a longer
   * sequence skips its ASCII bytes at once; Thai is checked two characters at a time. In
   * well-formed UTF-8 a byte 5C is always the character backslash (every byte of a longer sequence
   * is 80 or above), so every word read is searched for it whatever else it holds.
   *
   * @return {@link #MALFORMED}, {@link #PLAIN} or {@link #BACKSLASH}
   */
  static int scan(byte[] b, int from, int to) {
    long backslashes = 0;   // a high bit set where a word had a backslash
    int i = from;
    while (i + 8 <= to) {
      long word = (long) LONGS.get(b, i);
      long x = word ^ BACKSLASHES;
      // The exact test for a zero byte of x, without a carry from one byte to the next.
      backslashes |= ~(((x & SEVEN_BITS) + SEVEN_BITS) | x | SEVEN_BITS);
      long high = word & HIGH_BITS;
      if (high == 0) {
        i += 8;
        continue;
      }
      // The ASCII bytes before the word's first byte of a longer sequence (little-endian: lowest first).
      i += Long.numberOfTrailingZeros(high) >>> 3;
      // Thai text: two characters of U+0800-U+0FFF (E0 A0..BF 80..BF each) at a time.
      while (i + 8 <= to && ((long) LONGS.get(b, i) & TWO_E0_MASK) == TWO_E0_FORM) {
        i += 6;
      }
      if (b[i] < 0) {
        i = sequenceEnd(b, i, to);
        if (i < 0) {
          return MALFORMED;
        }
      }
    }
    while (i < to) {
      if (b[i] >= 0) {
        if (b[i] == '\\') {
          backslashes = HIGH_BITS;
        }
        i++;
      } else {
        i = sequenceEnd(b, i, to);
        if (i < 0) {
          return MALFORMED;
        }
      }
    }
    return backslashes != 0 ? BACKSLASH : PLAIN;
  }

  /**
   * Checks the sequence of two to four bytes whose lead is at {@code i} (a byte of 80 or above).
   *
   * @return where the next character starts, or -1 when the sequence is not well formed
   */
  private static int sequenceEnd(byte[] b, int i, int to) {
    int c = b[i] & 0xFF;
    if (c < 0xC2) {
      // A continuation byte without a lead, or the lead of an overlong two-byte form.
      return -1;
    }
    if (c < 0xE0) {
      return i + 1 < to && continuation(b[i + 1]) ? i + 2 : -1;
    }
    if (c < 0xF0) {
      if (i + 2 >= to || !continuation(b[i + 1]) || !continuation(b[i + 2])) {
        return -1;
      }
      int c1 = b[i + 1] & 0xFF;
      // Overlong, or a surrogate.
      return c == 0xE0 && c1 < 0xA0 || c == 0xED && c1 > 0x9F ? -1 : i + 3;
    }
    if (c < 0xF5) {
      if (i + 3 >= to || !continuation(b[i + 1]) || !continuation(b[i + 2]) || !continuation(b[i + 3])) {
        return -1;
      }
      int c1 = b[i + 1] & 0xFF;
      // Overlong, or above U+10FFFF.
      return c == 0xF0 && c1 < 0x90 || c == 0xF4 && c1 > 0x8F ? -1 : i + 4;
    }
    return -1;
  }

  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  private static byte[] readAtMost(InputStream in, long count) throws IOException {
    // The largest array a JVM allocates is a few bytes short of Integer.MAX_VALUE.
    int limit = (int) Math.min(count, Integer.MAX_VALUE - 8L);
    if (in.getClass() == ByteArrayInputStream.class && in.available() < limit) {
      // Knows exactly what is left and copies it in one go, into an array it need not clear first.
      return in.readAllBytes();
    }
    // InputStream.readNBytes gathers 8 KiB chunks and copies them twice; a file or an array
    // says how much is left, so one array of that size usually holds the document.
    byte[] buf = new byte[Math.min(limit, Math.max(in.available(), 8192))];
    int length = 0;
    while (length < limit) {
      if (length == buf.length) {
        int next = in.read();
        if (next < 0) {
          break;
        }
        buf = Arrays.copyOf(buf, (int) Math.min(limit, Math.max(16L, buf.length * 2L)));
        buf[length++] = (byte) next;
        continue;
      }
      int n = in.read(buf, length, buf.length - length);
      if (n < 0) {
        break;
      }
      length += n;
    }
    return length == buf.length ? buf : Arrays.copyOf(buf, length);
  }

  private static Charset encoding(byte[] b) {
    if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
      return Charset.forName("UTF-32BE");
    }
    if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
      return Charset.forName("UTF-32LE");
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return StandardCharsets.UTF_16LE;
    }
    return StandardCharsets.UTF_8;
  }

  private static int bomLength(byte[] b, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      return startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    }
    return charset.name().startsWith("UTF-32") ? 4 : 2;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static String decode(byte[] bytes, UnaryOperator<String> pathOf) {
    Charset charset = encoding(bytes);
    int bom = bomLength(bytes, charset);
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, bom, bytes.length - bom);
    // Validate in small chunks, then decode once: the text is held only once, as a String.
    CharBuffer chunk = CharBuffer.allocate(8192);
    CoderResult result;
    do {
      chunk.clear();
      result = decoder.decode(in, chunk, true);
    } while (result.isOverflow());
    if (!result.isError()) {
      do {
        chunk.clear();
        result = decoder.flush(chunk);
      } while (result.isOverflow());
    }
    if (result.isError()) {
      int offset = in.position();
      StringBuilder bad = new StringBuilder();
      for (int i = offset; i < Math.min(bytes.length, offset + result.length()); i++) {
        bad.append(String.format(" %02X", bytes[i] & 0xFF));
      }
      String name = charset.name();
      throw at(new String(bytes, bom, offset - bom, charset), new FormatProblem(
          FormatProblem.words(name + " text", "ข้อความ " + name),
          FormatProblem.words("the bytes" + bad + " at byte offset " + offset + ", which are not a character in " + name,
              "ไบต์" + bad + " ที่ตำแหน่งไบต์ " + offset + " ซึ่งไม่ใช่อักขระใน " + name)), pathOf);
    }
    return new String(bytes, bom, bytes.length - bom, charset);
  }

  /** The exception for a problem found right after the text given. */
  private static PlanFormatException at(String prefix, FormatProblem problem, UnaryOperator<String> pathOf) {
    TextPosition end = TextPosition.atEndOf(prefix);
    return new PlanFormatException(problem, pathOf.apply(prefix), end.line(), end.column(), null);
  }
}
