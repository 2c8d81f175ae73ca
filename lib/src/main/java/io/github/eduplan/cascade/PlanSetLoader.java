package io.github.eduplan.cascade;

import io.github.eduplan.json.PlanJson;
import io.github.eduplan.model.StrategicPlan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Loads many plan documents into a {@link PlanSet} in parallel (การอ่านชุดแผน): the JSON files of a
 * folder and its subfolders, or any list of {@link PlanDocument}s. Each document is read on a
 * thread of the executor, into a plan; its text is not kept. A document that does not read is a
 * {@link LoadFailure} with its path and error, and the others load.
 *
 * <pre>{@code
 * LoadedPlanSet loaded = PlanSetLoader.of().load(Path.of("plans"));
 * loaded.failures().forEach(f -> System.err.println(f.message(Locale.ENGLISH)));
 * PlanSet set = loaded.set();
 * }</pre>
 *
 * <p>Without an executor of the caller's, a pool of as many threads as the machine has processors
 * is made for the load and shut down after it. The plans keep the documents' order (a folder's
 * files sorted by path), whatever order the threads finish in. This type is immutable and
 * thread-safe.
 */
public final class PlanSetLoader {
  /**
   * Hears how a load advances (ความคืบหน้า): called once after each document, read or not, with
   * counts that only grow. Calls come from the loading threads, one at a time.
   */
  @FunctionalInterface
  public interface Progress {
    /**
     * Reports the documents and bytes done so far.
     *
     * @param plansDone the documents done, read or failed
     * @param plansTotal the documents in the load
     * @param bytesDone the bytes of the documents done
     * @param bytesTotal the bytes of all documents
     */
    void loaded(int plansDone, int plansTotal, long bytesDone, long bytesTotal);

    /**
     * Returns a callback that does nothing.
     *
     * @return the callback, not null
     */
    static Progress none() {
      return (plansDone, plansTotal, bytesDone, bytesTotal) -> { };
    }
  }

  private final PlanJson json;

  private PlanSetLoader(PlanJson json) {
    this.json = json;
  }

  /**
   * Returns a loader that reads with the strict reader ({@link PlanJson#strict()}).
   *
   * @return the loader, not null
   */
  public static PlanSetLoader of() {
    return new PlanSetLoader(PlanJson.strict());
  }

  /**
   * Returns a loader that reads with a reader of the caller's settings (lenient, other limits).
   *
   * @param json the reader, not null
   * @return the loader, not null
   */
  public static PlanSetLoader of(PlanJson json) {
    return new PlanSetLoader(Objects.requireNonNull(json, "json"));
  }

  /**
   * Loads every {@code .json} file of a folder and its subfolders, sorted by path, on a pool of as
   * many threads as the machine has processors.
   *
   * @param folder the folder, not null
   * @return the plans and the failures, not null
   * @throws IOException if the folder cannot be listed
   */
  public LoadedPlanSet load(Path folder) throws IOException {
    return load(folder, null, Progress.none());
  }

  /**
   * Loads every {@code .json} file of a folder and its subfolders, sorted by path.
   *
   * @param folder the folder, not null
   * @param executor runs the reading of each file; null for a pool of as many threads as the
   *     machine has processors, shut down after the load
   * @param progress hears each document done, not null
   * @return the plans and the failures, not null
   * @throws IOException if the folder cannot be listed
   */
  public LoadedPlanSet load(Path folder, Executor executor, Progress progress) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    List<PlanDocument> documents = new ArrayList<>(files.size());
    for (Path f : files) {
      try {
        documents.add(PlanDocument.of(f));
      } catch (IOException e) {
        // Listed but gone or unreadable: a failure of its own, the others load.
        documents.add(new PlanDocument(f.toString(), 0, () -> {
          throw e;
        }));
      }
    }
    return load(documents, executor, progress);
  }

  /**
   * Loads documents, each opened and read on a thread of the executor.
   *
   * @param documents the documents, in the order the set keeps, not null
   * @param executor runs the reading of each document; null for a pool of as many threads as the
   *     machine has processors, shut down after the load
   * @param progress hears each document done, not null
   * @return the plans and the failures, in the documents' order, not null
   */
  public LoadedPlanSet load(List<PlanDocument> documents, Executor executor, Progress progress) {
    Objects.requireNonNull(progress, "progress");
    List<PlanDocument> docs = List.copyOf(documents);
    if (executor != null) {
      return run(docs, executor, progress);
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
        new Daemons());
    try {
      return run(docs, pool, progress);
    } finally {
      pool.shutdown();
    }
  }

  /** Daemon threads named after the loader, so that a pool left behind never keeps a JVM alive. */
  private static final class Daemons implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "eduplan-plan-loader-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }

  /** Counts of the documents done, advanced and reported under one lock. */
  private static final class Counter {
    private final Progress progress;
    private final int total;
    private final long bytesTotal;
    private int done;
    private long bytesDone;

    Counter(Progress progress, int total, long bytesTotal) {
      this.progress = progress;
      this.total = total;
      this.bytesTotal = bytesTotal;
    }

    synchronized void done(long bytes) {
      done++;
      bytesDone += bytes;
      progress.loaded(done, total, bytesDone, bytesTotal);
    }
  }

  private LoadedPlanSet run(List<PlanDocument> docs, Executor executor, Progress progress) {
    long bytesTotal = docs.stream().mapToLong(PlanDocument::bytes).sum();
    Counter counter = new Counter(progress, docs.size(), bytesTotal);
    Object[] results = new Object[docs.size()];
    List<CompletableFuture<Void>> tasks = new ArrayList<>(docs.size());
    for (int i = 0; i < docs.size(); i++) {
      int at = i;
      PlanDocument doc = docs.get(i);
      tasks.add(CompletableFuture.runAsync(() -> {
        results[at] = read(doc);
        counter.done(doc.bytes());
      }, executor));
    }
    try {
      CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException e) {
      // Not a document's problem (those are failures): an error such as running out of memory,
      // or the progress callback's own exception.
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
    List<StrategicPlan> plans = new ArrayList<>();
    List<LoadFailure> failures = new ArrayList<>();
    Map<StrategicPlan, String> sources = new IdentityHashMap<>();
    for (int i = 0; i < results.length; i++) {
      if (results[i] instanceof StrategicPlan p) {
        plans.add(p);
        sources.put(p, docs.get(i).name());
      } else {
        failures.add((LoadFailure) results[i]);
      }
    }
    return new LoadedPlanSet(PlanSet.of(plans), failures, sources);
  }

  /** One document's plan, or its failure; the document's bytes are dropped when this returns. */
  private Object read(PlanDocument doc) {
    try (InputStream in = doc.opener().open()) {
      return json.read(in);
    } catch (IOException | RuntimeException e) {
      return new LoadFailure(doc.name(), e);
    }
  }

  @Override
  public String toString() {
    return "PlanSetLoader";
  }
}
