package io.github.eduplan.cascade;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One plan document to load (เอกสารแผน): its name (a file's path, an archive entry, a database
 * key), its length in bytes for the progress callback, and how to open it. {@link PlanSetLoader}
 * opens each document once, on one of its threads, and closes it.
 *
 * @param name the name failures and {@link LoadedPlanSet#source} report, not null
 * @param bytes the document's length, for progress; 0 when unknown
 * @param opener opens the document's UTF-8 JSON, not null
 */
public record PlanDocument(String name, long bytes, Opener opener) {
  /** Opens a document's bytes; the loader closes the stream. */
  @FunctionalInterface
  public interface Opener {
    /**
     * Opens the document.
     *
     * @return a stream of the document's bytes, not null
     * @throws IOException if it cannot be opened
     */
    InputStream open() throws IOException;
  }

  /**
   * Creates the record.
   *
   * @param name the name, not null
   * @param bytes the length, zero or more
   * @param opener opens the document, not null
   * @throws NullPointerException if the name or opener is null
   * @throws IllegalArgumentException if the length is negative
   */
  public PlanDocument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(opener, "opener");
    if (bytes < 0) {
      throw new IllegalArgumentException("a document's length cannot be negative: " + bytes);
    }
  }

  /**
   * Returns the document of a file, named by its path.
   *
   * @param file the file, not null
   * @return the document, not null
   * @throws IOException if the file's size cannot be read
   */
  public static PlanDocument of(Path file) throws IOException {
    return new PlanDocument(file.toString(), Files.size(file), () -> Files.newInputStream(file));
  }
}
