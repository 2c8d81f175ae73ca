package io.github.eduplan.results;

/**
 * A value of a results document that can never be legal, found when it is built, with where it is
 * relative to the object being built ({@code results[1]}, {@code indicators[5]}), so that
 * {@link ResultsJson} can name the exact JSON path and a builder's caller reads where it is.
 */
final class DocumentProblem extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** @serial the path relative to the object being built, such as {@code results[1]} */
  private final String relativePath;
  /** @serial what is wrong, without the path */
  private final String problem;

  DocumentProblem(String relativePath, String problem) {
    super(relativePath + ": " + problem);
    this.relativePath = relativePath;
    this.problem = problem;
  }

  String relativePath() {
    return relativePath;
  }

  String problem() {
    return problem;
  }
}
