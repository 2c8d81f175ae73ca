package io.github.eduplan.alignment;

import io.github.eduplan.internal.TextPosition;
import io.github.eduplan.json.PlanJson;
import io.github.eduplan.time.FiscalYear;
import io.github.eduplan.time.FiscalYearRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes catalogue documents. A document is UTF-8 JSON:
 *
 * <pre>{@code
 * {"frameworks": [{
 *   "id": "obec-policy", "titleThai": "นโยบายสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", "level": 3,
 *   "editions": [{"id": "2564-2565", "years": {"first": 2564, "last": 2565},
 *                 "source": {"kind": "OFFICIAL", "reference": "นโยบาย สพฐ. ปีงบประมาณ 2564-2565"}}],
 *   "items": [{"edition": "2564-2565", "number": "1", "titleThai": "ด้านความปลอดภัย"},
 *             {"edition": "2564-2565", "number": "2.1", "titleThai": "…", "parent": {"number": "2"}}]
 * }]}
 * }</pre>
 *
 * <p>A framework has {@code id}, {@code titleThai}, {@code level} (1–3), {@code editions} and
 * optionally {@code titleEnglish}, {@code items}, {@code note}. An edition has {@code id},
 * {@code years}, {@code source} and optionally {@code titleThai}, {@code note}. An item has
 * {@code edition}, {@code number}, {@code titleThai} and optionally {@code titleEnglish},
 * {@code parent} ({@code number}, with {@code framework} and {@code edition} defaulting to the
 * item's own), {@code source} (default: its edition's) and {@code note}. A source has {@code kind}
 * ({@code PLAN_DOCUMENT} or {@code OFFICIAL}) and {@code reference}.
 *
 * <p>Reading is as strict as {@link PlanJson#strict()}: an unknown property, a JSON {@code null},
 * a duplicate key, a wrong type, a blank required text, a repeated identifier or an item naming an
 * edition its framework lacks raises one {@link CatalogueFormatException} naming the JSON path.
 * So does a text holding a lone UTF-16 surrogate (such as an escaped <code>&#92;ud800</code>
 * without its pair), which no UTF-8 document can hold, naming its line and column too: a catalogue that was
 * read can always be written. Reading takes time in step with the document's length.
 * This class is thread-safe.
 */
public final class CatalogueJson {
  /** The class-path resources of the bundled catalogue, merged in this order. */
  public static final List<String> BUNDLED_RESOURCES = List.of(
      "/io/github/eduplan/alignment/national-strategy.json",
      "/io/github/eduplan/alignment/master-plan.json",
      "/io/github/eduplan/alignment/reform-plan.json",
      "/io/github/eduplan/alignment/nesdp.json",
      "/io/github/eduplan/alignment/national-security-policy.json",
      "/io/github/eduplan/alignment/national-education-plan.json",
      "/io/github/eduplan/alignment/government-policy.json",
      "/io/github/eduplan/alignment/moe-policy.json",
      "/io/github/eduplan/alignment/obec-policy.json");

  private static final Set<String> DOCUMENT = Set.of("frameworks");
  private static final Set<String> FRAMEWORK =
      Set.of("id", "titleThai", "titleEnglish", "level", "editions", "items", "note");
  private static final Set<String> EDITION = Set.of("id", "titleThai", "years", "source", "note");
  private static final Set<String> YEARS = Set.of("first", "last");
  private static final Set<String> SOURCE = Set.of("kind", "reference");
  private static final Set<String> ITEM =
      Set.of("edition", "number", "titleThai", "titleEnglish", "parent", "source", "note");
  private static final Set<String> PARENT = Set.of("framework", "edition", "number");

  private CatalogueJson() {}

  private static final class Bundled {
    static final Catalogue CATALOGUE = load();

    private static Catalogue load() {
      Catalogue all = Catalogue.empty();
      for (String resource : BUNDLED_RESOURCES) {
        try (InputStream in = CatalogueJson.class.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IllegalStateException("the jar lacks " + resource);
          }
          all = all.merge(read(in));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (CatalogueFormatException e) {
          throw new IllegalStateException("the bundled " + resource + " is broken: " + e.getMessage(), e);
        }
      }
      return all;
    }
  }

  static Catalogue bundled() {
    return Bundled.CATALOGUE;
  }

  /**
   * Reads a catalogue from a UTF-8 file.
   *
   * @param file the file, not null
   * @return the catalogue, not null
   * @throws CatalogueFormatException if the document is not a valid catalogue
   * @throws IOException if the file cannot be read
   */
  public static Catalogue read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads a catalogue from a stream of UTF-8 JSON, which is read to its end and not closed.
   *
   * @param in the stream, not null
   * @return the catalogue, not null
   * @throws CatalogueFormatException if the document is not a valid catalogue
   * @throws IOException if the stream cannot be read
   */
  public static Catalogue read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return read(utf8(in.readAllBytes()));
  }

  /**
   * The bytes as UTF-8 text, with or without a byte order mark. Decoded here rather than by the
   * parser, which guesses UTF-16 or UTF-32 from the first bytes and reports their errors as bare
   * I/O exceptions.
   */
  private static String utf8(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer output = CharBuffer.allocate(bytes.length - start);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(input, output, true);
    if (!result.isError()) {
      result = decoder.flush(output);
    }
    if (result.isError()) {
      int at = input.position();
      TextPosition end = TextPosition.atEndOf(output.flip().toString());
      throw new CatalogueFormatException("a catalogue is UTF-8 text, but byte " + at + " (0x"
          + Integer.toHexString(bytes[at] & 0xFF) + ") is not part of a UTF-8 character", "$", end.line(),
          end.column(), null);
    }
    return output.flip().toString();
  }

  /**
   * Reads a catalogue from a JSON string.
   *
   * @param json the document, not null
   * @return the catalogue, not null
   * @throws CatalogueFormatException if the document is not a valid catalogue
   */
  public static Catalogue read(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return read(mapper().readTree(json), () -> mapper().createParser(json));
    } catch (JacksonException e) {
      throw syntax(e);
    }
  }

  private static JsonMapper mapper() {
    return PlanJson.strict().mapper();
  }

  private static CatalogueFormatException syntax(JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    String problem = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage().strip();
    return new CatalogueFormatException(problem, "$", at == null ? -1 : at.getLineNr(),
        at == null ? -1 : at.getColumnNr(), e);
  }

  /**
   * Reads a document's tree; on a text with a lone surrogate, reads the document again with a
   * parser to say on which line and column that text is.
   */
  private static Catalogue read(JsonNode root, Supplier<JsonParser> again) {
    try {
      return read(root);
    } catch (LoneSurrogate e) {
      TokenStreamLocation at = locate(again.get(), e.path);
      throw new CatalogueFormatException(e.problem, e.path, at == null ? -1 : at.getLineNr(),
          at == null ? -1 : at.getColumnNr(), null);
    }
  }

  /**
   * A text holding a lone UTF-16 surrogate, found in the tree: the reader then looks for where it
   * is in the document.
   */
  private static final class LoneSurrogate extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String problem;
    private final String path;

    LoneSurrogate(String problem, String path) {
      super(problem, null, false, false);
      this.problem = problem;
      this.path = path;
    }
  }

  /** Where the string value at a JSON path ({@code $.frameworks[0].id}) begins, or null. */
  private static TokenStreamLocation locate(JsonParser parser, String jsonPath) {
    JsonPointer wanted = JsonPointer.compile(jsonPath.substring(1).replaceAll("\\[(\\d+)]", "/$1").replace('.', '/'));
    try (JsonParser p = parser) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_STRING && p.streamReadContext().pathAsPointer().equals(wanted)) {
          return p.currentTokenLocation();
        }
      }
    }
    return null;
  }

  /** The index of the first UTF-16 surrogate not part of a pair, or -1 for well-formed text. */
  static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static Catalogue read(JsonNode root) {
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new CatalogueFormatException("the document is empty or null", "$", -1, -1, null);
    }
    ObjectNode doc = object(root, "$", DOCUMENT);
    List<Framework> frameworks = new ArrayList<>();
    List<CatalogueItem> items = new ArrayList<>();
    Set<String> frameworkIds = new HashSet<>();
    Set<ItemKey> itemKeys = new HashSet<>();
    ArrayNode fs = array(required(doc, "frameworks", "$"), "$.frameworks");
    for (int i = 0; i < fs.size(); i++) {
      String at = "$.frameworks[" + i + "]";
      ObjectNode f = object(fs.get(i), at, FRAMEWORK);
      String id = text(f, "id", at);
      if (!frameworkIds.add(id)) {
        throw new CatalogueFormatException("framework " + id + " is given twice", at + ".id", -1, -1, null);
      }
      PlanLevel level = level(f, at);
      List<Edition> editions = new ArrayList<>();
      Set<String> editionIds = new HashSet<>();
      ArrayNode es = array(required(f, "editions", at), at + ".editions");
      if (es.isEmpty()) {
        throw new CatalogueFormatException("a framework needs at least one edition", at + ".editions", -1, -1, null);
      }
      for (int j = 0; j < es.size(); j++) {
        Edition e = edition(es.get(j), at + ".editions[" + j + "]", id);
        if (!editionIds.add(e.id())) {
          throw new CatalogueFormatException("edition " + e.id() + " is given twice",
              at + ".editions[" + j + "].id", -1, -1, null);
        }
        editions.add(e);
      }
      Framework framework = build(at, () -> Framework.builder().id(id).titleThai(text(f, "titleThai", at))
          .titleEnglish(optionalText(f, "titleEnglish", at)).level(level).editions(editions)
          .note(optionalText(f, "note", at)).build());
      frameworks.add(framework);
      if (f.has("items")) {
        ArrayNode is = array(f.get("items"), at + ".items");
        for (int j = 0; j < is.size(); j++) {
          CatalogueItem item = item(is.get(j), at + ".items[" + j + "]", framework);
          String path = at + ".items[" + j + "]";
          if (!itemKeys.add(item.key())) {
            throw new CatalogueFormatException("item " + item.key() + " is given twice", path + ".number", -1, -1, null);
          }
          items.add(item);
        }
      }
    }
    return Catalogue.of(frameworks, items);
  }

  private static Edition edition(JsonNode node, String at, String framework) {
    ObjectNode e = object(node, at, EDITION);
    String id = text(e, "id", at);
    ObjectNode y = object(required(e, "years", at), at + ".years", YEARS);
    FiscalYear first = year(y, "first", at + ".years");
    FiscalYear last = year(y, "last", at + ".years");
    CatalogueSource source = source(required(e, "source", at), at + ".source");
    return build(at + ".years", () -> Edition.builder().framework(framework).id(id)
        .titleThai(optionalText(e, "titleThai", at)).years(FiscalYearRange.of(first, last))
        .source(source).note(optionalText(e, "note", at)).build());
  }

  private static CatalogueItem item(JsonNode node, String at, Framework framework) {
    ObjectNode i = object(node, at, ITEM);
    String editionId = text(i, "edition", at);
    Optional<Edition> edition = framework.edition(editionId);
    if (edition.isEmpty()) {
      throw new CatalogueFormatException("framework " + framework.id() + " has no edition " + editionId,
          at + ".edition", -1, -1, null);
    }
    String number = text(i, "number", at);
    Optional<ItemKey> parent = Optional.empty();
    if (i.has("parent")) {
      String p = at + ".parent";
      ObjectNode pn = object(i.get("parent"), p, PARENT);
      parent = Optional.of(new ItemKey(optionalText(pn, "framework", p).orElse(framework.id()),
          optionalText(pn, "edition", p).orElse(editionId), text(pn, "number", p)));
    }
    CatalogueSource source = i.has("source") ? source(i.get("source"), at + ".source") : edition.get().source();
    Optional<ItemKey> parentKey = parent;
    return build(at, () -> CatalogueItem.builder().framework(framework.id()).edition(editionId)
        .level(framework.level()).number(number).titleThai(text(i, "titleThai", at))
        .titleEnglish(optionalText(i, "titleEnglish", at)).parent(parentKey).source(source)
        .note(optionalText(i, "note", at)).build());
  }

  private static CatalogueSource source(JsonNode node, String at) {
    ObjectNode s = object(node, at, SOURCE);
    String kind = text(s, "kind", at);
    SourceKind k;
    try {
      k = SourceKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      throw new CatalogueFormatException("a source kind is PLAN_DOCUMENT or OFFICIAL, not '" + kind + "'", at + ".kind", -1, -1, e);
    }
    return CatalogueSource.of(k, text(s, "reference", at));
  }

  private static PlanLevel level(ObjectNode f, String at) {
    JsonNode n = required(f, "level", at);
    if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < 1 || n.intValue() > 3) {
      throw new CatalogueFormatException("a level is the integer 1, 2 or 3, not " + n, at + ".level", -1, -1, null);
    }
    return PlanLevel.of(n.intValue());
  }

  private static FiscalYear year(ObjectNode o, String name, String at) {
    JsonNode n = required(o, name, at);
    if (!n.isIntegralNumber() || !n.canConvertToInt()) {
      throw new CatalogueFormatException("a fiscal year is a Buddhist Era integer, not " + n, at + "." + name, -1, -1, null);
    }
    try {
      return FiscalYear.of(n.intValue());
    } catch (IllegalArgumentException e) {
      throw new CatalogueFormatException(e.getMessage(), at + "." + name, -1, -1, e);
    }
  }

  private interface Build<T> {
    T build();
  }

  private static <T> T build(String at, Build<T> builder) {
    try {
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new CatalogueFormatException(e.getMessage(), at, -1, -1, e);
    }
  }

  private static ObjectNode object(JsonNode node, String at, Set<String> known) {
    if (!node.isObject()) {
      throw new CatalogueFormatException("expected an object, found " + kind(node), at, -1, -1, null);
    }
    for (String name : node.propertyNames()) {
      if (!known.contains(name)) {
        throw new CatalogueFormatException("unknown property '" + name + "'", at + "." + name, -1, -1, null);
      }
      if (node.get(name).isNull()) {
        throw new CatalogueFormatException("null is not allowed; leave the property out", at + "." + name, -1, -1, null);
      }
    }
    return (ObjectNode) node;
  }

  private static ArrayNode array(JsonNode node, String at) {
    if (!node.isArray()) {
      throw new CatalogueFormatException("expected an array, found " + kind(node), at, -1, -1, null);
    }
    return (ArrayNode) node;
  }

  private static JsonNode required(ObjectNode o, String name, String at) {
    JsonNode n = o.get(name);
    if (n == null) {
      throw new CatalogueFormatException("missing required property '" + name + "'", at + "." + name, -1, -1, null);
    }
    return n;
  }

  private static String text(ObjectNode o, String name, String at) {
    JsonNode n = required(o, name, at);
    if (!n.isString()) {
      throw new CatalogueFormatException("expected a string, found " + kind(n), at + "." + name, -1, -1, null);
    }
    if (n.stringValue().isBlank()) {
      throw new CatalogueFormatException("'" + name + "' cannot be blank", at + "." + name, -1, -1, null);
    }
    int lone = loneSurrogate(n.stringValue());
    if (lone >= 0) {
      // A lone surrogate has no UTF-8 form: the catalogue could be read but never written back.
      throw new LoneSurrogate(String.format(java.util.Locale.ROOT,
          "text holds a lone UTF-16 surrogate \\u%04x at index %d, which no UTF-8 document can hold",
          (int) n.stringValue().charAt(lone), lone), at + "." + name);
    }
    return n.stringValue();
  }

  private static Optional<String> optionalText(ObjectNode o, String name, String at) {
    return o.has(name) ? Optional.of(text(o, name, at)) : Optional.empty();
  }

  private static String kind(JsonNode n) {
    return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Writes a catalogue as indented UTF-8 JSON that {@link #read(String)} reads back to an equal
   * catalogue. An item's source is written only where it differs from its edition's.
   *
   * @param catalogue the catalogue, not null
   * @return the document, not null
   */
  public static String write(Catalogue catalogue) {
    JsonMapper m = mapper();
    ObjectNode doc = m.createObjectNode();
    ArrayNode fs = doc.putArray("frameworks");
    for (Framework f : catalogue.frameworks()) {
      ObjectNode fn = fs.addObject();
      fn.put("id", f.id());
      fn.put("titleThai", f.titleThai());
      f.titleEnglish().ifPresent(t -> fn.put("titleEnglish", t));
      fn.put("level", f.level().number());
      f.note().ifPresent(t -> fn.put("note", t));
      ArrayNode es = fn.putArray("editions");
      for (Edition e : f.editions()) {
        ObjectNode en = es.addObject();
        en.put("id", e.id());
        e.titleThai().ifPresent(t -> en.put("titleThai", t));
        ObjectNode years = en.putObject("years");
        years.put("first", e.years().first().buddhistEraYear());
        years.put("last", e.years().last().buddhistEraYear());
        writeSource(en.putObject("source"), e.source());
        e.note().ifPresent(t -> en.put("note", t));
      }
      List<CatalogueItem> items = catalogue.items(f.id());
      if (!items.isEmpty()) {
        ArrayNode is = fn.putArray("items");
        for (CatalogueItem i : items) {
          ObjectNode in = is.addObject();
          in.put("edition", i.edition());
          in.put("number", i.number());
          in.put("titleThai", i.titleThai());
          i.titleEnglish().ifPresent(t -> in.put("titleEnglish", t));
          i.parent().ifPresent(p -> {
            ObjectNode pn = in.putObject("parent");
            if (!p.framework().equals(i.framework())) {
              pn.put("framework", p.framework());
            }
            if (!p.edition().equals(i.edition())) {
              pn.put("edition", p.edition());
            }
            pn.put("number", p.number());
          });
          if (!f.edition(i.edition()).map(Edition::source).filter(i.source()::equals).isPresent()) {
            writeSource(in.putObject("source"), i.source());
          }
          i.note().ifPresent(t -> in.put("note", t));
        }
      }
    }
    return m.writeValueAsString(doc);
  }

  private static void writeSource(ObjectNode n, CatalogueSource s) {
    n.put("kind", s.kind().name());
    n.put("reference", s.reference());
  }

  /**
   * Writes a catalogue as indented UTF-8 JSON to a file, replacing it.
   *
   * @param catalogue the catalogue, not null
   * @param file the file, not null
   * @throws IOException if the file cannot be written
   */
  public static void write(Catalogue catalogue, Path file) throws IOException {
    Files.writeString(file, write(catalogue), StandardCharsets.UTF_8);
  }
}
