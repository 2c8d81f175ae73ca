package io.github.eduplan.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Finds repeated and skipped numbers in a list of numbered elements in document order. Elements
 * are compared by the last numeric component of their number within their parent and the part
 * before it ("๑.๒" and "1.2" are the same; "2.1" is not in the same series as "1.1"). Numbering may
 * restart at 1 in each parent (the สพป.ตาก เขต 2 plan restarts its indicators per strategy) or run
 * on across parents (another plan numbers its projects 1–59 across strategies): both are correct.
 */
final class NumberSequence {
  private NumberSequence() {}

  /**
   * One numbered element: its number as written, its parent, and its path, made only when a
   * finding names the element (most elements are in none).
   */
  record Item(String written, Object parent, Supplier<String> where) {
    String path() {
      return where.get();
    }
  }

  /** A repeated number or a skip, found at an element. */
  sealed interface Event permits Repeat, Gap {
    Item item();
  }

  /** The element reuses the number of {@code first}, an element before it in the same series. */
  record Repeat(Item item, Item first) implements Event {}

  /** The numbers {@code missingFrom} to {@code missingTo} are skipped before the element. */
  record Gap(Item item, int missingFrom, int missingTo) implements Event {}

  /** An element with a number, its place in the list and its number's last component. */
  private record Numbered(int index, Item item, int value) {}

  /** What the groups checked so far numbered with one prefix: the first element of each number. */
  private static final class Counted {
    final Map<Integer, Numbered> firsts = new HashMap<>();
    int highest;
  }

  /**
   * The repeats and gaps of a list of elements in document order: the elements are grouped by
   * parent and by the prefix of their number, and each group is checked in the order the groups
   * begin. A group starting at 1, or the first with its prefix, counts afresh; any other runs on
   * from where the last group with its prefix stopped. An element without a digit in its number is
   * in no group.
   *
   * @return the events in document order, at most one per element
   */
  static List<Event> analyse(List<Item> items) {
    Map<Object, Map<String, List<Numbered>>> groups = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      Optional<Texts.Numbering> n = Texts.numbering(item.written());
      if (n.isPresent()) {
        groups.computeIfAbsent(item.parent(), p -> new LinkedHashMap<>())
            .computeIfAbsent(n.get().prefix(), p -> new ArrayList<>())
            .add(new Numbered(i, item, n.get().value()));
      }
    }
    Map<String, Counted> byPrefix = new HashMap<>();
    SortedMap<Integer, Event> found = new TreeMap<>();
    for (Map<String, List<Numbered>> ofParent : groups.values()) {
      for (Map.Entry<String, List<Numbered>> group : ofParent.entrySet()) {
        Counted earlier = byPrefix.get(group.getKey());
        Counted counted = earlier != null && group.getValue().get(0).value() != 1 ? earlier : new Counted();
        byPrefix.put(group.getKey(), counted);
        check(group.getValue(), counted, found);
      }
    }
    return List.copyOf(found.values());
  }

  /** Finds the repeats and gaps of one group, which runs on from what {@code counted} holds. */
  private static void check(List<Numbered> group, Counted counted, SortedMap<Integer, Event> found) {
    int low = counted.highest;
    List<Numbered> fresh = new ArrayList<>(group.size());
    for (Numbered e : group) {
      Numbered first = counted.firsts.putIfAbsent(e.value(), e);
      if (first != null) {
        found.put(e.index(), new Repeat(e.item(), first.item()));
      } else {
        fresh.add(e);
      }
      counted.highest = Math.max(counted.highest, e.value());
    }
    // Fresh numbers are distinct, so in order of value each is the first with its number; those
    // at or below where the group starts from fill earlier holes and skip nothing.
    fresh.sort(Comparator.comparingInt(Numbered::value));
    for (Numbered e : fresh) {
      if (e.value() > low + 1) {
        found.put(e.index(), new Gap(e.item(), low + 1, e.value() - 1));
      }
      low = Math.max(low, e.value());
    }
  }
}
