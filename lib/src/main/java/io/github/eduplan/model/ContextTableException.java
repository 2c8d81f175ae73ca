package io.github.eduplan.model;

/**
 * A context table or situation that cannot be built (ตารางข้อมูลที่สร้างไม่ได้), with where: the
 * path inside the table or situation, such as {@code rows[3].cells} or
 * {@code derivations[1].from[0]}.
 */
public final class ContextTableException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** @serial the path of the part at fault */
  private final String path;

  ContextTableException(String path, String message) {
    super(path + ": " + message);
    this.path = path;
  }

  /**
   * Returns where the problem is, relative to the table or the situation.
   *
   * @return the path, not null
   */
  public String path() {
    return path;
  }
}
