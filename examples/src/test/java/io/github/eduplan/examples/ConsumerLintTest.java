package io.github.eduplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.json.PlanJson;
import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application that depends on eduplan compiles with {@code -Xlint:all -Werror}, on the class
 * path and on the module path: a small consumer — the README's code, read from README.md, and a
 * wider use of the API — compiled against the eduplan jar this build made (or the installed one,
 * when the examples are built alone) and exactly the modules it needs, as a consumer's build
 * resolves them from the POM: without the Immutables annotations, which eduplan needs only to
 * compile.
 */
class ConsumerLintTest {
  static final List<String> FLAGS = List.of("-Xlint:all", "-Werror", "--release", "17");

  /** eduplan and the modules it requires, found among the test's class path. */
  static List<Path> dependencies;

  @BeforeAll
  static void resolveEduplanAndItsDependencies() throws URISyntaxException {
    Path eduplan = Path.of(PlanJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Path> candidates = new ArrayList<>(List.of(eduplan));
    // Surefire runs the tests from a manifest-only jar; the real class path is in this property.
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    for (String entry : classPath.split(File.pathSeparator)) {
      if (entry.endsWith(".jar") && !Path.of(entry).equals(eduplan)) {
        candidates.add(Path.of(entry));
      }
    }
    Configuration resolved = ModuleLayer.boot().configuration()
        .resolve(ModuleFinder.of(candidates.toArray(Path[]::new)), ModuleFinder.of(), Set.of("io.github.eduplan"));
    dependencies = new ArrayList<>();
    for (ResolvedModule m : resolved.modules()) {
      dependencies.add(Path.of(m.reference().location().orElseThrow()));
    }
  }

  @Test
  void theDependenciesAreThoseAConsumerGets() {
    Set<String> names = dependencies.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    assertTrue(names.stream().anyMatch(n -> n.startsWith("jackson-databind")), names.toString());
    assertFalse(names.stream().anyMatch(n -> n.startsWith("value-annotations") || n.startsWith("picocli")
        || n.startsWith("junit")), "only what eduplan requires: " + names);
  }

  @Test
  void theConsumerCompilesWarningFreeOnTheClassPath(@TempDir Path dir) throws IOException {
    Path source = writeConsumer(dir.resolve("src"), false);
    List<String> options = new ArrayList<>(FLAGS);
    options.addAll(List.of("-classpath", join(dependencies), "-d", dir.resolve("out").toString()));
    assertEquals(List.of(), compile(options, source));
  }

  @Test
  void theConsumerCompilesWarningFreeOnTheModulePath(@TempDir Path dir) throws IOException {
    Path source = writeConsumer(dir.resolve("src"), true);
    List<String> options = new ArrayList<>(FLAGS);
    options.addAll(List.of("--module-path", join(dependencies), "-d", dir.resolve("out").toString()));
    assertEquals(List.of(), compile(options, source, source.getParent().getParent().getParent().resolve("module-info.java")));
  }

  /** The flags are in force: the same compilation fails on a consumer with a lint warning of its own. */
  @Test
  void aWarningFailsTheCompilation(@TempDir Path dir) throws IOException {
    Path source = writeConsumer(dir.resolve("src"), false);
    Files.writeString(source, Files.readString(source, StandardCharsets.UTF_8)
        .replace("private Consumer() {}", "private Consumer() {}\n\n  static java.util.List raw() {\n    return null;\n  }"),
        StandardCharsets.UTF_8);
    List<String> options = new ArrayList<>(FLAGS);
    options.addAll(List.of("-classpath", join(dependencies), "-d", dir.resolve("out").toString()));
    List<String> problems = compile(options, source);
    assertTrue(problems.stream().anyMatch(p -> p.contains("raw")), problems.toString());
  }

  /** Compiles, returning every diagnostic but notes; empty when the compilation is clean. */
  static List<String> compile(List<String> options, Path... sources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(sources)).call();
      List<String> problems = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() != Diagnostic.Kind.NOTE) {
          problems.add(d.getKind() + " " + d.getMessage(Locale.ROOT));
        }
      }
      if (!ok && problems.isEmpty()) {
        problems.add("the compilation failed");
      }
      return problems;
    }
  }

  /** Writes the consumer's class (and, for the module path, its module-info.java); returns the class. */
  static Path writeConsumer(Path root, boolean module) throws IOException {
    Path dir = root.resolve("eduplan/consumer");
    Files.createDirectories(dir);
    if (module) {
      Files.writeString(root.resolve("module-info.java"),
          "/** A consumer of eduplan. */\nmodule eduplan.consumer {\n  requires io.github.eduplan;\n}\n",
          StandardCharsets.UTF_8);
    }
    StringBuilder readme = new StringBuilder();
    for (String line : DocSamplesTest.fencedBlock(DocSamplesTest.ROOT.resolve("README.md"), "java")) {
      readme.append("    ").append(line).append('\n');
    }
    Path file = dir.resolve("Consumer.java");
    Files.writeString(file, CONSUMER.replace("    // README\n", readme), StandardCharsets.UTF_8);
    return file;
  }

  static String join(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  /** The consumer: the README's code where it says README, and more of the API around it. */
  static final String CONSUMER = """
      package eduplan.consumer;

      import io.github.eduplan.achievement.AchievementCalculator;
      import io.github.eduplan.achievement.ActualResults;
      import io.github.eduplan.achievement.PlanAchievement;
      import io.github.eduplan.alignment.AlignmentMap;
      import io.github.eduplan.alignment.BudgetTable;
      import io.github.eduplan.alignment.Catalogue;
      import io.github.eduplan.json.EduplanModule;
      import io.github.eduplan.json.PlanJson;
      import io.github.eduplan.model.Baht;
      import io.github.eduplan.model.Office;
      import io.github.eduplan.model.PlanKind;
      import io.github.eduplan.model.Project;
      import io.github.eduplan.model.QuarterlyBudget;
      import io.github.eduplan.model.StrategicPlan;
      import io.github.eduplan.model.Strategy;
      import io.github.eduplan.table.ProjectBudgetTable;
      import io.github.eduplan.time.FiscalYear;
      import io.github.eduplan.time.FiscalYearRange;
      import io.github.eduplan.time.Quarter;
      import io.github.eduplan.validation.Finding;
      import io.github.eduplan.validation.PlanValidator;
      import io.github.eduplan.validation.ValidationReport;
      import java.util.Locale;
      import tools.jackson.databind.json.JsonMapper;

      /** An application's use of eduplan. */
      public final class Consumer {
        private Consumer() {}

        /**
         * Builds, writes, reads, validates, aligns and assesses a plan.
         *
         * @return a line about it
         */
        public static String run() {
          // README
          ValidationReport report = PlanValidator.standard().build().validate(again);
          StringBuilder sb = new StringBuilder(json.length() > 0 ? "" : "-");
          for (Finding f : report.findings()) {
            sb.append(f.code()).append(' ').append(f.message(Locale.ENGLISH)).append('\\n');
          }
          BudgetTable table = AlignmentMap.of(again, Catalogue.bundled()).budgetByItem("obec-policy");
          PlanAchievement achievement = AchievementCalculator.of().assess(again, FiscalYear.of(2565), ActualResults.of());
          ProjectBudgetTable projects = ProjectBudgetTable.of(again.projects(), again.statedTotals());
          JsonMapper mapper = JsonMapper.builder().addModule(new EduplanModule()).build();
          return sb + table.toMarkdown() + achievement.year() + projects.projects().size()
              + mapper.writeValueAsString(again.period());
        }
      }
      """;
}
