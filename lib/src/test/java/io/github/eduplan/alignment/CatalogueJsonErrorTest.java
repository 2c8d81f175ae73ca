package io.github.eduplan.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogueJsonErrorTest {
  /** A small valid catalogue, one property per line. */
  static final String VALID = String.join("\n",
      "{\"frameworks\": [{",
      "  \"id\": \"obec-policy\",",
      "  \"titleThai\": \"นโยบายสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน\",",
      "  \"level\": 3,",
      "  \"editions\": [{",
      "    \"id\": \"2564-2565\",",
      "    \"years\": {\"first\": 2564, \"last\": 2565},",
      "    \"source\": {\"kind\": \"PLAN_DOCUMENT\", \"reference\": \"the สพป.ตาก เขต 2 FY2565 action plan\"}",
      "  }],",
      "  \"items\": [",
      "    {\"edition\": \"2564-2565\", \"number\": \"1\", \"titleThai\": \"ด้านความปลอดภัย\"},",
      "    {\"edition\": \"2564-2565\", \"number\": \"2\", \"titleThai\": \"ด้านโอกาส\"}",
      "  ]",
      "}]}");

  @Test
  void theValidDocumentLoads() throws Exception {
    Catalogue c = CatalogueJson.read(new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8)));
    assertEquals("ด้านโอกาส", c.item("obec-policy", "2564-2565", "2").get().titleThai());
    assertEquals("the สพป.ตาก เขต 2 FY2565 action plan", c.item("obec-policy", "2564-2565", "2").get().source().reference());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unknown property    | \"level\": 3,                 | \"level\": 3, \"levle\": 3,       | $.frameworks[0].levle                 | levle",
      "null title          | \"titleThai\": \"ด้านโอกาส\"   | \"titleThai\": null              | $.frameworks[0].items[1].titleThai    | null",
      "level four          | \"level\": 3,                 | \"level\": 4,                    | $.frameworks[0].level                 | 1, 2 or 3",
      "level as text       | \"level\": 3,                 | \"level\": \"3\",                | $.frameworks[0].level                 | integer",
      "unknown edition     | \"2564-2565\", \"number\": \"2\" | \"2565\", \"number\": \"2\"     | $.frameworks[0].items[1].edition      | 2565",
      "repeated item       | \"number\": \"2\"              | \"number\": \"1\"                | $.frameworks[0].items[1].number       | twice",
      "backwards years     | \"last\": 2565                | \"last\": 2563                   | $.frameworks[0].editions[0].years     | backwards",
      "year out of range   | \"first\": 2564               | \"first\": 99999                 | $.frameworks[0].editions[0].years.first | 99999",
      "unknown source kind | \"PLAN_DOCUMENT\"                      | \"BLOG\"                         | $.frameworks[0].editions[0].source.kind | BLOG",
      "blank number        | \"number\": \"2\"              | \"number\": \" \"                | $.frameworks[0].items[1].number       | blank",
      "missing edition id  | \"id\": \"2564-2565\",         | \"name\": \"2564-2565\",         | $.frameworks[0].editions[0].name      | name",
      "items not an array  | \"items\": [                  | \"items\": {\"x\": [             | $.frameworks[0].items                 | array",
  })
  void aBrokenDocumentNamesThePathOfTheProblem(String name, String from, String to, String path, String words) {
    String broken = VALID.replaceFirst(java.util.regex.Pattern.quote(from.strip()),
        java.util.regex.Matcher.quoteReplacement(to.strip()));
    if (name.startsWith("items not")) {
      broken = broken.replace("\n  ]\n}]}", "\n  ]}\n}]}");
    }
    String doc = broken;
    CatalogueFormatException e = assertThrows(CatalogueFormatException.class, () -> CatalogueJson.read(doc), name);
    assertEquals(path.strip(), e.jsonPath(), e.getMessage());
    assertTrue(e.getMessage().contains(words.strip()), e.getMessage());
  }

  @Test
  void bytesThatAreNotUtf8AreAFormatErrorWithTheirLineAndColumnNeverAnIoException() throws Exception {
    // A NUL after the brace made the parser take the document for UTF-32 and throw its own I/O error.
    byte[] utf32Guess = ("{\u0000\u0000\u0000" + VALID).getBytes(StandardCharsets.UTF_8);
    CatalogueFormatException e = assertThrows(CatalogueFormatException.class,
        () -> CatalogueJson.read(new ByteArrayInputStream(utf32Guess)));
    assertEquals("$", e.jsonPath(), e.getMessage());
    byte[] latin1 = ("{\n  \"frameworks\": \"caf\u00e9\"}").getBytes(StandardCharsets.ISO_8859_1);
    e = assertThrows(CatalogueFormatException.class, () -> CatalogueJson.read(new ByteArrayInputStream(latin1)));
    assertEquals(2, e.line(), e.getMessage());
    assertEquals(21, e.column(), e.getMessage());
    assertTrue(e.getMessage().contains("0xe9"), e.getMessage());
    byte[] withBom = ("\uFEFF" + VALID).getBytes(StandardCharsets.UTF_8);
    assertEquals(CatalogueJson.read(VALID), CatalogueJson.read(new ByteArrayInputStream(withBom)));
  }

  @Test
  void aMissingRequiredPropertyIsNamed() {
    String doc = VALID.replace("    \"source\": {\"kind\": \"PLAN_DOCUMENT\", \"reference\": \"the สพป.ตาก เขต 2 FY2565 action plan\"}\n", "")
        .replace("\"last\": 2565},", "\"last\": 2565}");
    CatalogueFormatException e = assertThrows(CatalogueFormatException.class, () -> CatalogueJson.read(doc));
    assertEquals("$.frameworks[0].editions[0].source", e.jsonPath());
  }

  @Test
  void aDuplicateFrameworkIsRejected() {
    String doc = VALID.replace("}]}", "}, " + VALID.substring(VALID.indexOf('[') + 1));
    CatalogueFormatException e = assertThrows(CatalogueFormatException.class, () -> CatalogueJson.read(doc));
    assertEquals("$.frameworks[1].id", e.jsonPath());
  }

  @Test
  void malformedJsonGivesTheLineAndColumn() {
    String doc = VALID.replace("\"level\": 3,", "\"level\": 3,,");
    CatalogueFormatException e = assertThrows(CatalogueFormatException.class, () -> CatalogueJson.read(doc));
    assertEquals(4, e.line(), e.getMessage());
    assertTrue(e.column() > 0);
  }

  @Test
  void aDuplicateKeyIsRejected() {
    String doc = VALID.replace("\"level\": 3,", "\"level\": 3, \"level\": 3,");
    CatalogueFormatException e = assertThrows(CatalogueFormatException.class, () -> CatalogueJson.read(doc));
    assertTrue(e.getMessage().contains("level"), e.getMessage());
  }

  @Test
  void anEmptyDocumentIsRejected() {
    assertEquals("$", assertThrows(CatalogueFormatException.class, () -> CatalogueJson.read("")).jsonPath());
    assertEquals("$", assertThrows(CatalogueFormatException.class, () -> CatalogueJson.read("null")).jsonPath());
    assertEquals("$", assertThrows(CatalogueFormatException.class, () -> CatalogueJson.read("[]")).jsonPath());
  }

  /** The 1-based line and column where a text begins in a document. */
  private static int[] position(String doc, String text) {
    int at = doc.indexOf(text);
    int lineStart = doc.lastIndexOf('\n', at) + 1;
    return new int[] {(int) doc.substring(0, at).chars().filter(c -> c == '\n').count() + 1, at - lineStart + 1};
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a lone high surrogate escaped | \"ด้านโอกาส\"        | \"ด้านโอกาส\\ud800\"           | $.frameworks[0].items[1].titleThai",
      "a lone low surrogate escaped  | \"ด้านความปลอดภัย\"  | \"\\udc00ด้านความปลอดภัย\"      | $.frameworks[0].items[0].titleThai",
      "a low before a high           | \"the สพป.ตาก เขต 2 FY2565 action plan\"         | \"seed \\udc00\\ud800003\"     | $.frameworks[0].editions[0].source.reference",
  })
  void aLoneSurrogateIsRefusedWhereItIs(String name, String from, String to, String path) throws Exception {
    String doc = VALID.replace(from.strip(), to.strip());
    int[] expected = position(doc, to.strip());
    for (boolean bytes : new boolean[] {false, true}) {
      CatalogueFormatException e = assertThrows(CatalogueFormatException.class, () -> {
        Catalogue read = bytes
            ? CatalogueJson.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))) : CatalogueJson.read(doc);
        assertEquals(List.of(), read.items(), "read despite a lone surrogate");
      });
      assertEquals(path.strip(), e.jsonPath(), e.getMessage());
      assertTrue(e.problem().contains("lone UTF-16 surrogate"), e.getMessage());
      assertEquals(expected[0], e.line(), e.getMessage());
      if (!bytes) {
        assertEquals(expected[1], e.column(), e.getMessage());
      } else {
        assertTrue(e.column() > 0, e.getMessage());
      }
    }
  }

  @Test
  void aLoneSurrogateAsItIsInATextIsRefused() {
    String doc = VALID.replace("ด้านโอกาส", "ด้าน\uDC00โอกาส");
    CatalogueFormatException e = assertThrows(CatalogueFormatException.class, () -> CatalogueJson.read(doc));
    assertEquals("$.frameworks[0].items[1].titleThai", e.jsonPath());
    assertEquals(12, e.line(), e.getMessage());
    assertTrue(e.getMessage().contains("\\udc00 at index 4"), e.getMessage());
  }

  @Test
  void aSurrogatePairIsReadAndWrittenBack() {
    Catalogue c = CatalogueJson.read(VALID.replace("ด้านโอกาส", "ด้านโอกาส \\ud83d\\ude00"));
    assertEquals("ด้านโอกาส \uD83D\uDE00", c.item("obec-policy", "2564-2565", "2").orElseThrow().titleThai());
    assertEquals(c, CatalogueJson.read(CatalogueJson.write(c)));
  }
}
