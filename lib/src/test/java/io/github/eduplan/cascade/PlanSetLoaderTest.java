package io.github.eduplan.cascade;

import static io.github.eduplan.cascade.Plans.area;
import static io.github.eduplan.cascade.Plans.project;
import static io.github.eduplan.cascade.Plans.school;
import static io.github.eduplan.cascade.Plans.servesStrategy;
import static io.github.eduplan.cascade.Plans.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.eduplan.json.PlanFormatException;
import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.StrategicPlan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanSetLoaderTest {
  private final PlanJson json = PlanJson.strict();
  private final StrategicPlan tak = area("สพป.ตาก เขต 2", "ตาก", 2565, 2565, List.of(strategy("1"), strategy("2")));
  private final List<StrategicPlan> schools = List.of(
      school("โรงเรียนบ้านแม่ระมาด", "ตาก", "สพป.ตาก เขต 2", 2565, List.of(strategy("1")),
          project("1", "1", 10_000, servesStrategy("2"))),
      school("โรงเรียนอนุบาลแม่สอด", "ตาก", "สพป.ตาก เขต 2", 2565, List.of(strategy("1")),
          project("1", "1", 20_000, servesStrategy("1"))),
      school("โรงเรียนบ้านแม่ตาว", "ตาก", "สพป.ตาก เขต 2", 2565, List.of()));

  /** The area plan, three schools in a subfolder, a corrupt file and a file that is not JSON's. */
  private Path folder(Path dir) throws IOException {
    json.write(tak, dir.resolve("a-tak-2.json"));
    Path schoolsDir = Files.createDirectories(dir.resolve("schools"));
    for (int i = 0; i < schools.size(); i++) {
      json.write(schools.get(i), schoolsDir.resolve("school-" + (i + 1) + ".json"));
    }
    String text = json.write(schools.get(0));
    Files.writeString(schoolsDir.resolve("school-0-corrupt.json"),
        text.replace("\"budget\" : 10000", "\"budget\" : \"ten thousand\""), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.txt"), "not a plan", StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void aFolderWithOneCorruptFileLoadsTheRestAndReportsThatOne(@TempDir Path dir) throws IOException {
    LoadedPlanSet loaded = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> PlanSetLoader.of().load(folder(dir)));
    assertEquals(4, loaded.set().plans().size());
    assertEquals(tak, loaded.set().plans().get(0));
    // Sorted by path: school-1, school-2, school-3 after the area plan.
    assertEquals(schools, loaded.set().plans().subList(1, 4));
    assertEquals(1, loaded.failures().size());
    LoadFailure failure = loaded.failures().get(0);
    assertEquals(dir.resolve("schools").resolve("school-0-corrupt.json").toString(), failure.path());
    PlanFormatException problem = assertInstanceOf(PlanFormatException.class, failure.problem());
    assertEquals("$.projects[0].budget", problem.jsonPath());
    assertTrue(failure.message(Locale.ENGLISH).startsWith(failure.path() + ": $.projects[0].budget"),
        failure.message(Locale.ENGLISH));
    assertTrue(failure.message(Locale.forLanguageTag("th")).contains("บรรทัด"), failure.message(Locale.forLanguageTag("th")));
    // The parents resolve across the loaded documents.
    StrategicPlan loadedTak = loaded.set().plans().get(0);
    assertEquals(3, loaded.set().childrenOf(loadedTak).size());
    assertEquals(dir.resolve("a-tak-2.json").toString(), loaded.source(loadedTak).orElseThrow());
    assertEquals(java.util.Optional.empty(), loaded.source(tak));
  }

  @Test
  void theCallersExecutorRunsTheReadingAndProgressCountsEveryDocumentAndByte(@TempDir Path dir) throws Exception {
    folder(dir);
    long bytes;
    try (var files = Files.walk(dir)) {
      bytes = files.filter(f -> f.toString().endsWith(".json")).mapToLong(f -> f.toFile().length()).sum();
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    AtomicInteger executed = new AtomicInteger();
    List<long[]> reports = Collections.synchronizedList(new ArrayList<>());
    try {
      LoadedPlanSet loaded = PlanSetLoader.of().load(dir, task -> {
        executed.incrementAndGet();
        pool.execute(task);
      }, (done, total, bytesDone, bytesTotal) -> reports.add(new long[] {done, total, bytesDone, bytesTotal}));
      assertEquals(4, loaded.set().plans().size());
    } finally {
      pool.shutdown();
    }
    assertEquals(5, executed.get());
    assertEquals(5, reports.size());
    for (int i = 0; i < reports.size(); i++) {
      assertEquals(i + 1, reports.get(i)[0]);
      assertEquals(5, reports.get(i)[1]);
      assertEquals(bytes, reports.get(i)[3]);
      assertTrue(i == 0 || reports.get(i)[2] > reports.get(i - 1)[2]);
    }
    assertEquals(bytes, reports.get(4)[2]);
  }

  @Test
  void documentsFromStreamsLoadInTheirOrder() {
    List<PlanDocument> documents = new ArrayList<>();
    List<StrategicPlan> all = new ArrayList<>(schools);
    all.add(tak);
    for (int i = 0; i < all.size(); i++) {
      byte[] bytes = json.write(all.get(i)).getBytes(StandardCharsets.UTF_8);
      documents.add(new PlanDocument("entry-" + i, bytes.length, () -> new ByteArrayInputStream(bytes)));
    }
    documents.add(new PlanDocument("entry-gone", 0, () -> {
      throw new NoSuchFileException("entry-gone");
    }));
    AtomicInteger calls = new AtomicInteger();
    LoadedPlanSet loaded = PlanSetLoader.of().load(documents, null, (d, t, b, bt) -> calls.incrementAndGet());
    assertEquals(all, loaded.set().plans());
    assertEquals(1, loaded.failures().size());
    assertEquals("entry-gone", loaded.failures().get(0).path());
    assertInstanceOf(NoSuchFileException.class, loaded.failures().get(0).problem());
    assertEquals(5, calls.get());
    assertSame(loaded.set().plans().get(3), loaded.set().parentOf(loaded.set().plans().get(0)).orElseThrow());
  }

  @Test
  void aMissingFolderIsAnErrorAndAnEmptyOneAnEmptySet(@TempDir Path dir) throws IOException {
    assertThrows(IOException.class, () -> PlanSetLoader.of().load(dir.resolve("none")));
    LoadedPlanSet empty = PlanSetLoader.of().load(dir);
    assertEquals(List.of(), empty.set().plans());
    assertEquals(List.of(), empty.failures());
  }
}
