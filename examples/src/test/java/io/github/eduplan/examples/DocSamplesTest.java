package io.github.eduplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the code samples in the docs identical to compiled, tested code. */
class DocSamplesTest {
  /** Maven runs tests with the module directory as working directory. */
  static final Path ROOT = Path.of("..");

  /** Returns the lines of the first fenced block of a language in a Markdown file. */
  static List<String> fencedBlock(Path markdown, String language) throws IOException {
    List<String> block = new ArrayList<>();
    boolean in = false;
    for (String line : Files.readAllLines(markdown, StandardCharsets.UTF_8)) {
      if (!in && line.strip().equals("```" + language)) {
        in = true;
      } else if (in && line.strip().equals("```")) {
        return block;
      } else if (in) {
        block.add(line);
      }
    }
    throw new AssertionError("no ```" + language + " block in " + markdown);
  }

  /** Returns the lines between "// README:begin" and "// README:end", with the indent removed. */
  static List<String> markedSource(Path source, String marker) throws IOException {
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    int begin = -1;
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("// " + marker + ":begin")) {
        begin = i + 1;
      } else if (lines.get(i).strip().equals("// " + marker + ":end")) {
        end = i;
      }
    }
    int indent = lines.get(begin).indexOf(lines.get(begin).strip());
    List<String> out = new ArrayList<>();
    for (String line : lines.subList(begin, end)) {
      out.add(line.length() >= indent ? line.substring(indent) : line.strip());
    }
    return out;
  }

  @Test
  void theReadmeSampleIsTheCompiledSample() throws IOException {
    List<String> readme = fencedBlock(ROOT.resolve("README.md"), "java");
    List<String> compiled = markedSource(
        Path.of("src/main/java/io/github/eduplan/examples/ReadmeSample.java"), "README");
    assertFalse(readme.isEmpty());
    assertEquals(compiled, readme);
  }

  /** Stripped, non-blank lines of every .java file under the given roots. */
  static List<List<String>> javaSources(Path... roots) throws IOException {
    List<List<String>> sources = new ArrayList<>();
    for (Path root : roots) {
      try (var files = Files.walk(root)) {
        for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
          sources.add(stripped(Files.readAllLines(f, StandardCharsets.UTF_8)));
        }
      }
    }
    return sources;
  }

  static List<String> stripped(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      if (!line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }

  /** All fenced java blocks of a Markdown file. */
  static List<List<String>> javaBlocks(Path markdown) throws IOException {
    List<List<String>> blocks = new ArrayList<>();
    List<String> block = null;
    for (String line : Files.readAllLines(markdown, StandardCharsets.UTF_8)) {
      if (block == null && line.strip().equals("```java")) {
        block = new ArrayList<>();
      } else if (block != null && line.strip().equals("```")) {
        blocks.add(stripped(block));
        block = null;
      } else if (block != null) {
        block.add(line);
      }
    }
    return blocks;
  }

  @Test
  void everyJavaSampleInTheDocsIsCompiledCode() throws IOException {
    List<List<String>> sources = javaSources(ROOT.resolve("lib/src/test/java"), ROOT.resolve("examples/src"));
    List<Path> docs = new ArrayList<>();
    docs.add(ROOT.resolve("README.md"));
    try (var files = Files.list(ROOT.resolve("docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    List<String> missing = new ArrayList<>();
    for (Path doc : docs) {
      for (List<String> block : javaBlocks(doc)) {
        boolean found = sources.stream().anyMatch(src -> java.util.Collections.indexOfSubList(src, block) >= 0);
        if (!found) {
          missing.add(doc.getFileName() + ": " + block.get(0));
        }
      }
    }
    assertEquals(List.of(), missing, "java samples in the docs that no compiled source contains");
  }

  @Test
  void theReadmeSampleRunsAndRoundTrips() {
    var plans = ReadmeSample.run();
    assertEquals(plans[0], plans[1]);
    assertEquals("121,940", plans[1].projects().get(0).budget().get().format());
  }
}
