package io.github.eduplan.testsupport;

/**
 * How many examples a property test tries. Normally the count the test asks for; fewer when the
 * system property {@code eduplan.examples} says so. The {@code mutation} profile sets it, because
 * PIT runs every test that covers a mutant once per mutant, and a thousand examples per run would
 * make the whole-library analysis take hours while a hundred kill the same mutants.
 */
public final class Examples {
  private Examples() {}

  /**
   * Returns the number of examples to try.
   *
   * @param wanted the number the test asks for in a normal build
   * @return {@code wanted}, or {@code eduplan.examples} when that is set and smaller
   */
  public static int upTo(int wanted) {
    return Math.min(wanted, Integer.getInteger("eduplan.examples", wanted));
  }
}
