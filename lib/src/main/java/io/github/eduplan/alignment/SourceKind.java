package io.github.eduplan.alignment;

/** Where a catalogue entry's names and numbers were taken from. */
public enum SourceKind {
  /** One of the real plans the project is built on (a seed), such as the สพป.ตาก เขต 2 FY2565 action plan. */
  SEED,
  /** A public official document, such as the Royal Gazette (ราชกิจจานุเบกษา) text of a plan. */
  OFFICIAL
}
