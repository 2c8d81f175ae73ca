package io.github.eduplan.diff;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What changed in one element between two versions of a plan (การเปลี่ยนแปลงขององค์ประกอบ): a
 * project added, an indicator moved to another strategy, a strategy renumbered, a project's
 * quarters re-funded. Each side gives the element's path in that version's JSON form
 * ({@code $.strategies[0].indicators[2]}, {@code $.projects[3]}), its number and its title or text
 * as written, so a reader can find it in either document.
 *
 * <p>An element whose path alone differs (because something before it was added or removed) has
 * not changed and has no {@code ElementChange}.
 *
 * @param part which part of the plan the element is, not null
 * @param kinds what happened, not empty; {@link ChangeKind#ADDED} and {@link ChangeKind#REMOVED}
 *     come alone; {@link ChangeKind#CHANGED} exactly when {@code fields} is not empty
 * @param olderPath the path in the older version, empty for an element added
 * @param newerPath the path in the newer version, empty for an element removed
 * @param olderNumber the number as written in the older version, empty when absent or unnumbered
 * @param newerNumber the number as written in the newer version, empty when absent or unnumbered
 * @param olderText the title or text in the older version, empty when absent (or a plan without a
 *     title)
 * @param newerText the title or text in the newer version, empty when absent
 * @param fields the changed details, in a fixed order per part; empty for an element added or removed
 */
public record ElementChange(
    PlanPart part,
    Set<ChangeKind> kinds,
    Optional<String> olderPath,
    Optional<String> newerPath,
    Optional<String> olderNumber,
    Optional<String> newerNumber,
    Optional<String> olderText,
    Optional<String> newerText,
    List<FieldChange> fields) {

  /**
   * Creates the change, with unmodifiable copies of the kinds and the fields.
   *
   * @param part which part of the plan, not null
   * @param kinds what happened, not null, not empty
   * @param olderPath the older path, not null
   * @param newerPath the newer path, not null
   * @param olderNumber the older number, not null
   * @param newerNumber the newer number, not null
   * @param olderText the older text, not null
   * @param newerText the newer text, not null
   * @param fields the changed details, not null
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code kinds} is empty, combines {@link ChangeKind#ADDED} or
   *     {@link ChangeKind#REMOVED} with another kind, the paths do not fit the kinds, or
   *     {@link ChangeKind#CHANGED} is there without fields or missing with them
   */
  public ElementChange {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(olderPath, "olderPath");
    Objects.requireNonNull(newerPath, "newerPath");
    Objects.requireNonNull(olderNumber, "olderNumber");
    Objects.requireNonNull(newerNumber, "newerNumber");
    Objects.requireNonNull(olderText, "olderText");
    Objects.requireNonNull(newerText, "newerText");
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("a change needs at least one kind");
    }
    kinds = java.util.Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    fields = List.copyOf(fields);
    boolean alone = kinds.contains(ChangeKind.ADDED) || kinds.contains(ChangeKind.REMOVED);
    if (alone && kinds.size() > 1) {
      throw new IllegalArgumentException("an element added or removed has no other kind of change: " + kinds);
    }
    if (olderPath.isEmpty() != kinds.contains(ChangeKind.ADDED)
        || newerPath.isEmpty() != kinds.contains(ChangeKind.REMOVED)) {
      throw new IllegalArgumentException("an element added has only a newer path, one removed only an older path: "
          + kinds + " " + olderPath + " " + newerPath);
    }
    if (kinds.contains(ChangeKind.CHANGED) == fields.isEmpty()) {
      throw new IllegalArgumentException("CHANGED goes with changed fields and only with them: " + kinds + " " + fields);
    }
  }

  /**
   * Tells whether the element's change includes a kind.
   *
   * @param kind the kind, not null
   * @return true when it does
   */
  public boolean is(ChangeKind kind) {
    return kinds.contains(kind);
  }

  /**
   * Returns the same change seen from the other side: older and newer swapped, added and removed
   * swapped, each field {@link FieldChange#reversed() reversed}. The diff of (b, a) holds the
   * reverse of each change of the diff of (a, b), and nothing else.
   *
   * @return the reversed change, not null
   */
  public ElementChange reversed() {
    Set<ChangeKind> swapped = EnumSet.noneOf(ChangeKind.class);
    for (ChangeKind k : kinds) {
      swapped.add(k == ChangeKind.ADDED ? ChangeKind.REMOVED : k == ChangeKind.REMOVED ? ChangeKind.ADDED : k);
    }
    return new ElementChange(part, swapped, newerPath, olderPath, newerNumber, olderNumber, newerText, olderText,
        fields.stream().map(FieldChange::reversed).toList());
  }
}
