package io.github.eduplan.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

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

  /**
   * The numbered elements of one series in document order: each element's number as written, its
   * parent, and a key from which its path is made, only when the element is in an event (most are
   * not), by the series' own function.
   */
  static final class Series {
    private final LongFunction<String> pathOf;
    private String[] written = new String[8];
    private Object[] parents = new Object[8];
    private long[] keys = new long[8];
    private int size;

    /** @param pathOf the path of an element from the key it was added with */
    Series(LongFunction<String> pathOf) {
      this.pathOf = pathOf;
    }

    Series add(String number, Object parent, long key) {
      if (size == written.length) {
        int grown = size * 2;
        written = Arrays.copyOf(written, grown);
        parents = Arrays.copyOf(parents, grown);
        keys = Arrays.copyOf(keys, grown);
      }
      written[size] = number;
      parents[size] = parent;
      keys[size] = key;
      size++;
      return this;
    }

    int size() {
      return size;
    }

    String path(int index) {
      return pathOf.apply(keys[index]);
    }

    Item item(int index) {
      return new Item(path(index), written[index], parents[index]);
    }
  }

  private NumberSequence() {}

  /** {@link #analyse(Series)} of items given with their paths. */
  static List<Event> analyse(List<Item> items) {
    Series series = new Series(k -> items.get((int) k).path());
    for (int i = 0; i < items.size(); i++) {
      series.add(items.get(i).written(), items.get(i).parent(), i);
    }
    return analyse(series);
  }

  static List<Event> analyse(Series series) {
    Texts.Numbering[] numbers = numberings(series);
    return counts(series, numbers) ? List.of() : grouped(series, numbers);
  }

  /** {@link #analyse} without its one-pass test for the common numbering: for tests. */
  static List<Event> analyseGrouped(Series series) {
    return grouped(series, numberings(series));
  }

  /** Each element's number split into prefix and value, or null where it has no digit. */
  private static Texts.Numbering[] numberings(Series series) {
    Texts.Numbering[] numbers = new Texts.Numbering[series.size()];
    Texts.Numbering previous = null;
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = Texts.numberingOrNull(series.written[i], previous);
      if (numbers[i] != null) {
        previous = numbers[i];
      }
    }
    return numbers;
  }

  /** The events of any numbering: elements grouped by parent and prefix, each group checked. */
  private static List<Event> grouped(Series series, Texts.Numbering[] numbers) {
    Map<Object, Map<String, List<Entry>>> byParent = new LinkedHashMap<>();
    for (int i = 0; i < series.size(); i++) {
      Texts.Numbering n = numbers[i];
      if (n == null) {
        continue;
      }
      byParent.computeIfAbsent(series.parents[i], p -> new LinkedHashMap<>())
          .computeIfAbsent(n.prefix(), p -> new ArrayList<>())
          .add(new Entry(i, n.value()));
    }
    Map<String, Integer> lastMax = new HashMap<>();
    Map<String, Map<Integer, Entry>> used = new HashMap<>();
    List<Found> found = new ArrayList<>();
    for (Map<String, List<Entry>> groups : byParent.values()) {
      for (Map.Entry<String, List<Entry>> group : groups.entrySet()) {
        String prefix = group.getKey();
        List<Entry> entries = group.getValue();
        Integer previousMax = lastMax.get(prefix);
        boolean continuing = entries.get(0).value != 1 && previousMax != null;
        Map<Integer, Entry> seen = continuing ? used.get(prefix) : new HashMap<>();
        int expectedStart = continuing ? previousMax + 1 : 1;
        List<Entry> fresh = new ArrayList<>(entries.size());
        int groupMax = Integer.MIN_VALUE;
        for (Entry e : entries) {
          groupMax = Math.max(groupMax, e.value);
          Entry first = seen.putIfAbsent(e.value, e);
          if (first != null) {
            found.add(new Found(e.index, first.index, 0, 0));
          } else {
            fresh.add(e);
          }
        }
        // Fresh numbers are distinct, so in order of value each is the first with its number.
        fresh.sort(Comparator.comparingInt(Entry::value));
        int low = expectedStart - 1;
        for (Entry e : fresh) {
          if (e.value <= low) {
            continue;
          }
          if (e.value > low + 1) {
            found.add(new Found(e.index, -1, low + 1, e.value - 1));
          }
          low = e.value;
        }
        lastMax.put(prefix, continuing ? Math.max(previousMax, groupMax) : groupMax);
        used.put(prefix, seen);
      }
    }
    // An element is in at most one event (a repeat is never fresh), so document order is enough.
    found.sort(Comparator.comparingInt(Found::index));
    List<Event> events = new ArrayList<>(found.size());
    for (Found f : found) {
      Item item = series.item(f.index);
      events.add(f.first >= 0
          ? new Event(item, true, series.path(f.first), series.written[f.first], 0, 0)
          : new Event(item, false, "", "", f.missingFrom, f.missingTo));
    }
    return events;
  }

  /**
   * Whether the series is numbered as most plans number it, which has no event: each parent's
   * elements together, each prefix's within the parent together, and each such run counting up by
   * one from 1 or from where the last run with its prefix stopped. One pass, without the grouping
   * that finds the events of any other numbering. In such a series the groups come in document
   * order, so the numbers each run may start from are those {@link #analyse} computes; and since
   * every number a prefix used is at most where it stopped, a run that continues repeats none.
   */
  private static boolean counts(Series series, Texts.Numbering[] numbers) {
    // Made when the first run ends: a series of one run (one parent, one prefix) needs none.
    Map<String, Integer> stopped = null;
    Set<Object> parents = null;
    Set<String> prefixes = null;   // the prefixes of the current parent's runs
    Object parent = null;
    String prefix = null;
    int last = 0;
    for (int i = 0; i < numbers.length; i++) {
      Texts.Numbering n = numbers[i];
      if (n == null) {
        continue;
      }
      Object p = series.parents[i];
      if (prefix == null) {
        if (n.value() != 1) {
          return false;   // the first run starts at 1
        }
      } else if (p.equals(parent) && n.prefix().equals(prefix)) {
        if (n.value() != last + 1) {
          return false;
        }
        last = n.value();
        continue;
      } else {
        if (stopped == null) {
          stopped = new HashMap<>();
          parents = new HashSet<>();
          prefixes = new HashSet<>();
          parents.add(parent);
          prefixes.add(prefix);
        }
        stopped.put(prefix, last);
        if (!p.equals(parent)) {
          if (!parents.add(p)) {
            return false;   // the parent's elements are not together
          }
          prefixes.clear();
        }
        if (!prefixes.add(n.prefix())) {
          return false;     // the prefix's elements within the parent are not together
        }
        Integer previous = stopped.get(n.prefix());
        int start = n.value() != 1 && previous != null ? previous + 1 : 1;
        if (n.value() != start) {
          return false;
        }
      }
      parent = p;
      prefix = n.prefix();
      last = n.value();
    }
    return true;
  }

  private record Entry(int index, int value) {}

  /** An event found at an element: a repeat of the element at {@code first}, or a gap (first -1). */
  private record Found(int index, int first, int missingFrom, int missingTo) {}
}
