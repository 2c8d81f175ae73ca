package io.github.eduplan.internal;

/**
 * A line and column in a document's text, both 1-based, as format errors give them.
 *
 * @param line the line
 * @param column the column, in characters
 */
public record TextPosition(int line, int column) {
  /**
   * Where a text ends, as the parser counts: a line ends at LF, CRLF or a lone CR.
   *
   * @param text the text before the position, not null
   * @return the position right after it, not null
   */
  public static TextPosition atEndOf(String text) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
        line++;
        lineStart = i + 1;
      }
    }
    return new TextPosition(line, text.length() - lineStart + 1);
  }
}
