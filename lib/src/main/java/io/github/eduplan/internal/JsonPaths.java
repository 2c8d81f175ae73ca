package io.github.eduplan.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;

/** The JSON path of a parser's or generator's position, as eduplan's format errors give it. */
public final class JsonPaths {
  private JsonPaths() {}

  /**
   * The path of a position: {@code $.projects[3].budget}, {@code $} at the root. An array with no
   * entry yet is the array itself: the problem is where it begins.
   *
   * @param context the parser's or generator's context, may be null (the root)
   * @return the path, not null
   */
  public static String of(TokenStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        if (c.getEntryCount() > 0) {
          parts.addFirst("[" + c.getCurrentIndex() + "]");
        }
      } else if (c.currentName() != null) {
        parts.addFirst("." + c.currentName());
      }
    }
    return "$" + String.join("", parts);
  }

  /**
   * The path where a document cut short stands: the parser reads until its tokens run out or
   * fail (the text stops inside the document), for problems found before parsing.
   *
   * @param parser a parser over the text before the problem, not null
   * @return the path, not null
   */
  public static String atEnd(JsonParser parser) {
    try {
      while (parser.nextToken() != null) {
        // Only where the tokens run out matters.
      }
    } catch (JacksonException e) {
      // Expected: the text stops in the middle of the document.
    }
    return of(parser.streamReadContext());
  }
}
