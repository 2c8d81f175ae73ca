package io.github.eduplan.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds repeated and skipped numbers in a list of numbered elements in document order. Elements
 * are compared by the last numeric component of their number within their parent and the part
 * before it ("๑.๒" and "1.2" are the same; "2.1" is not in the same series as "1.1"). Numbering may
 * restart at 1 in each parent (seed 000 restarts per strategy) or run on across parents (seed 003
 * numbers its projects 1–59 across strategies): both are correct.
 */
final class NumberSequence {
  /** One numbered element: where it is, its number as written, and its parent. */
  record Item(String path, String written, Object parent) {}

  /** A repeat (the element reuses the number of {@code firstPath}) or a gap before the element. */
  record Event(Item item, boolean duplicate, String firstPath, String firstWritten, int missingFrom,
      int missingTo) {}

  private NumberSequence() {}

  static List<Event> analyse(List<Item> items) {
    Map<Object, Map<String, List<Entry>>> byParent = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      Texts.Numbering n = Texts.numberingOrNull(item.written());
      if (n == null) {
        continue;
      }
      byParent.computeIfAbsent(item.parent(), p -> new LinkedHashMap<>())
          .computeIfAbsent(n.prefix(), p -> new ArrayList<>())
          .add(new Entry(i, item, n.value()));
    }
    Map<String, Integer> lastMax = new HashMap<>();
    Map<String, Map<Integer, Entry>> used = new HashMap<>();
    List<Event> events = new ArrayList<>();
    for (Map<String, List<Entry>> groups : byParent.values()) {
      for (Map.Entry<String, List<Entry>> group : groups.entrySet()) {
        String prefix = group.getKey();
        List<Entry> entries = group.getValue();
        Integer previousMax = lastMax.get(prefix);
        boolean continuing = entries.get(0).value != 1 && previousMax != null;
        Map<Integer, Entry> seen = continuing ? used.get(prefix) : new HashMap<>();
        int expectedStart = continuing ? previousMax + 1 : 1;
        TreeSet<Integer> fresh = new TreeSet<>();
        Map<Integer, Entry> firstOf = new HashMap<>();
        int groupMax = Integer.MIN_VALUE;
        for (Entry e : entries) {
          groupMax = Math.max(groupMax, e.value);
          Entry first = seen.get(e.value);
          if (first != null) {
            events.add(new Event(e.item, true, first.item.path(), first.item.written(), 0, 0));
          } else {
            seen.put(e.value, e);
            fresh.add(e.value);
            firstOf.put(e.value, e);
          }
        }
        int low = expectedStart - 1;
        for (int v : fresh) {
          if (v <= low) {
            continue;
          }
          if (v > low + 1) {
            events.add(new Event(firstOf.get(v).item, false, "", "", low + 1, v - 1));
          }
          low = v;
        }
        lastMax.put(prefix, continuing ? Math.max(previousMax, groupMax) : groupMax);
        used.put(prefix, seen);
      }
    }
    if (events.isEmpty()) {
      return events;   // nothing to order: most plans number without a slip
    }
    Map<Item, Integer> order = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      order.putIfAbsent(items.get(i), i);
    }
    events.sort(Comparator.comparingInt((Event e) -> order.get(e.item()))
        .thenComparing(e -> e.duplicate() ? 1 : 0));
    return events;
  }

  private record Entry(int index, Item item, int value) {}
}
