package io.github.eduplan.examples.tool;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * A failure the user can act on, such as a file that is not a plan: {@link Eduplan} prints its
 * message, without a stack trace, and exits with its status.
 */
final class ToolException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @serial the exit status, one of {@link Eduplan}'s constants */
  private final int status;

  ToolException(int status, String message) {
    // No stack trace: it is never shown, and the message says what and where.
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }

  /** What went wrong with a file, in a few words: the JDK's messages name the file again, or nothing. */
  static String problem(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
