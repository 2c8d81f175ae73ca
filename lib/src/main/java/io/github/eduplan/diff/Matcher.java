package io.github.eduplan.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairs the elements of two versions of a plan. Top down: the plan's own lists first, then the
 * lists of each matched pair; within one list (a pool), in steps, each on what the previous ones
 * left unmatched:
 *
 * <ol>
 *   <li>the same place, number and text as written (an unchanged list costs one pass);
 *   <li>the same number and text as written, the k-th such element of one version with the k-th
 *       of the other;
 *   <li>the same text as written, not empty (renumbered);
 *   <li>the same number and normalised text ({@link Similarity#normalize});
 *   <li>the same normalised text, not empty;
 *   <li>similar text: at least {@link Similarity#SAME_NUMBER_PERCENT} percent for two elements
 *       with the same number (reworded), at least {@link Similarity#OTHER_PERCENT} for any other
 *       pair (renumbered and reworded), the most similar pairs first.
 * </ol>
 *
 * <p>Then, for strategic goals, guidelines and indicators, whose parent can change, one more pool
 * of all elements of the part still unmatched anywhere in the plan, with steps 2 to 6 (step 6 at
 * {@link Similarity#OTHER_PERCENT} only); the lists of the pairs it finds are matched as above.
 *
 * <p>Similar pairs are taken greedily, most similar first, ties by the smaller sum of the two
 * places: the same pairs whichever version is called older. The candidates of step 6 are every
 * pair of the pool when it has at most {@value #ALL_PAIRS} pairs; otherwise the pairs with the
 * same number, the pairs in the same gap between unchanged neighbours (gaps of at most
 * {@value #ALL_PAIRS} pairs), and the pairs that share a bigram found in at most
 * {@value #BIGRAM_CAP} elements of the pool, from a sorted index of bigrams. A pool of u elements
 * with texts of at most t characters thus costs O(u·t·(t + log u)) (at most
 * {@value #BIGRAM_CAP}·t candidates per element, t to score each, and sorting): linear in the
 * number of elements for texts of bounded length, never quadratic in it.
 */
final class Matcher {
  /** The most pairs of a pool compared one by one. */
  static final int ALL_PAIRS = 4096;
  /** The most elements a bigram may be found in and still propose candidates. */
  static final int BIGRAM_CAP = 8;

  /** Matched older nodes whose lists are still to be matched. */
  private final Deque<Node> queue = new ArrayDeque<>();
  private final Tree older;
  private final Tree newer;
  /** How many pairs of each part are matched. */
  private final int[] matched = new int[Node.PARTS.length];

  private Matcher(Tree older, Tree newer) {
    this.older = older;
    this.newer = newer;
  }

  /** Matches the two trees' nodes, then marks the moved ones. */
  static void match(Tree older, Tree newer) {
    Matcher m = new Matcher(older, newer);
    m.link(older.root, newer.root, false);
    m.drain();
    if (m.leftInStrategies()) {
      // Everything unmatched gets its nodes, down to the last part, for the pools across
      // parents; the pairs those find have their nodes already, so nothing is made after this.
      older.expandUnmatched();
      newer.expandUnmatched();
      for (PlanPart part : new PlanPart[] {PlanPart.STRATEGY_GOAL, PlanPart.GUIDELINE, PlanPart.INDICATOR}) {
        m.pool(older.nodes(part), newer.nodes(part), false);
        m.drain();
      }
    }
    markMoves(older);
  }

  /**
   * Whether a strategy, strategic goal, guideline or indicator is left unmatched in either version:
   * otherwise the pools across parents would find nothing (a revision that only adds and drops
   * projects skips them).
   */
  private boolean leftInStrategies() {
    for (PlanPart p : new PlanPart[] {PlanPart.STRATEGY, PlanPart.STRATEGY_GOAL, PlanPart.GUIDELINE, PlanPart.INDICATOR}) {
      if (older.made(p) != matched[p.ordinal()] || newer.made(p) != matched[p.ordinal()]) {
        return true;
      }
    }
    return false;
  }

  private void drain() {
    while (!queue.isEmpty()) {
      Node o = queue.poll();
      for (int l = 0; l < o.lists.length; l++) {
        pool(o.lists[l], o.match.lists[l], true);
      }
    }
  }

  /**
   * Pairs two nodes. Two equal elements without parts of their own (compared once, in depth: a
   * mission, goal, project, guideline without sub-guidelines, indicator without components) are
   * identical and need no comparison of their details; otherwise the lists of both are made and
   * queued for matching. Elements with parts are not compared whole: the model's equality
   * recurses, and a plan built in code may nest guidelines arbitrarily deep.
   */
  private void link(Node o, Node n) {
    link(o, n, isLeaf(o) && isLeaf(n) && o.element.equals(n.element));
  }

  private void linkIdentical(Node o, Node n) {
    link(o, n, true);
  }

  private void link(Node o, Node n, boolean equal) {
    o.match = n;
    n.match = o;
    matched[o.part.ordinal()]++;
    if (equal) {
      o.identical = true;
      n.identical = true;
      o.sameNumberAndText = true;
      n.sameNumberAndText = true;
      if (!o.expanded || !n.expanded) {
        return;
      }
    }
    if (o.lists.length > 0) {
      older.expand(o);
      newer.expand(n);
      queue.add(o);
    }
  }

  /** Whether a node's element has no parts of its own (and so its equality does not recurse). */
  private static boolean isLeaf(Node x) {
    return switch (x.part) {
      case PLAN, STRATEGY -> false;
      case GUIDELINE -> ((io.github.eduplan.model.Guideline) x.element).children().isEmpty();
      case INDICATOR -> ((io.github.eduplan.model.Indicator) x.element).components().isEmpty();
      default -> true;
    };
  }

  /** A number key with a text: what steps 2 and 4 compare. */
  private record NumberedText(String key, String text) {}

  private void pool(List<Node> olds, List<Node> news, boolean sameParent) {
    if (olds.isEmpty() || news.isEmpty()) {
      return;
    }
    if (sameParent) {
      int n = Math.min(olds.size(), news.size());
      for (int i = 0; i < n; i++) {
        Node o = olds.get(i);
        Node nw = news.get(i);
        if (o.match != null || nw.match != null) {
          continue;
        }
        // Equal elements first: one deep comparison answers both "same number and text?" and
        // "any detail changed?", and most elements of a revision are equal.
        if (isLeaf(o) && isLeaf(nw) && o.element.equals(nw.element)) {
          linkIdentical(o, nw);
        } else if (o.text.equals(nw.text) && o.sameNumber(nw)) {
          link(o, nw, false);
          o.sameNumberAndText = true;
          nw.sameNumberAndText = true;
        }
      }
    }
    if (allMatched(olds) || allMatched(news)) {
      return;
    }
    List<Node> o = unmatched(olds);
    List<Node> n = unmatched(news);
    pairEqual(o, n, x -> new NumberedText(x.key(), x.text));
    for (Node x : o) {
      if (x.match != null) {
        x.sameNumberAndText = true;
        x.match.sameNumberAndText = true;
      }
    }
    // The same text as written under another number: a list renumbered after a drop. Before the
    // normalised steps, which then have little left to normalise.
    pairEqual(o, n, x -> x.text.isEmpty() ? null : x.text);
    pairEqual(o, n, x -> new NumberedText(x.key(), x.normalized()));
    pairEqual(o, n, x -> x.normalized().isEmpty() ? null : x.normalized());
    o = unmatched(o);
    n = unmatched(n);
    if (o.isEmpty() || n.isEmpty()) {
      return;
    }
    long[] candidates = (long) o.size() * n.size() <= ALL_PAIRS ? allPairs(o, n)
        : union(gapPairs(olds, o, n, sameParent), sharedBigramPairs(o, n));
    if (sameParent) {
      candidates = union(candidates, sameNumberCandidates(o, n));
    }
    takeGreedily(o, n, candidates, sameParent);
  }

  /** A node's place in the lists of its pool: its index among siblings, or its place among the nodes of its part. */
  private static int place(Node x, boolean sameParent) {
    return sameParent ? x.index : x.order;
  }

  /**
   * The pairs in the same gap between anchors, for gaps of at most {@link #ALL_PAIRS} pairs. The
   * anchors are the matched pairs of the pool that are in every longest run kept in order (the
   * same whichever version is older); a reworded element is most often where it was, between the
   * same unchanged neighbours, even when its text shares much with many others.
   */
  private static long[] gapPairs(List<Node> olds, List<Node> o, List<Node> n, boolean sameParent) {
    List<Node> matched = new ArrayList<>();
    for (Node x : olds) {
      if (x.match != null && (!sameParent || x.keepsParent())) {
        matched.add(x);
      }
    }
    int[] newerPlaces = new int[matched.size()];
    for (int k = 0; k < newerPlaces.length; k++) {
      newerPlaces[k] = place(matched.get(k).match, sameParent);
    }
    boolean[] anchor = inEveryLongestRun(newerPlaces);
    int anchors = 0;
    for (boolean a : anchor) {
      anchors += a ? 1 : 0;
    }
    int[] olderAnchors = new int[anchors];
    int[] newerAnchors = new int[anchors];
    for (int k = 0, a = 0; k < anchor.length; k++) {
      if (anchor[k]) {
        olderAnchors[a] = place(matched.get(k), sameParent);
        newerAnchors[a++] = newerPlaces[k];
      }
    }
    // Both lists are in order, so their gaps are too: walk them side by side, gap by gap.
    LongList pairs = new LongList();
    int i = 0;
    int j = 0;
    while (i < o.size() && j < n.size()) {
      int gap = gapOf(olderAnchors, place(o.get(i), sameParent));
      int gapNewer = gapOf(newerAnchors, place(n.get(j), sameParent));
      if (gap < gapNewer) {
        i++;
        continue;
      }
      if (gapNewer < gap) {
        j++;
        continue;
      }
      int iEnd = i;
      while (iEnd < o.size() && gapOf(olderAnchors, place(o.get(iEnd), sameParent)) == gap) {
        iEnd++;
      }
      int jEnd = j;
      while (jEnd < n.size() && gapOf(newerAnchors, place(n.get(jEnd), sameParent)) == gap) {
        jEnd++;
      }
      if ((long) (iEnd - i) * (jEnd - j) <= ALL_PAIRS) {
        for (int a = i; a < iEnd; a++) {
          for (int b = j; b < jEnd; b++) {
            pairs.add(pair(a, b));
          }
        }
      }
      i = iEnd;
      j = jEnd;
    }
    return pairs.toArray();
  }

  /** How many anchors come before a place. */
  private static int gapOf(int[] anchors, int place) {
    int at = Arrays.binarySearch(anchors, place);
    return at < 0 ? -at - 1 : at;
  }

  /** Two sets of pairs as one sorted array without repeats. */
  private static long[] union(long[] a, long[] b) {
    long[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return sortedDistinct(all);
  }

  private static long[] sortedDistinct(long[] values) {
    Arrays.sort(values);
    int distinct = 0;
    for (int k = 0; k < values.length; k++) {
      if (k == 0 || values[k] != values[k - 1]) {
        values[distinct++] = values[k];
      }
    }
    return Arrays.copyOf(values, distinct);
  }

  private static boolean allMatched(List<Node> nodes) {
    for (Node x : nodes) {
      if (x.match == null) {
        return false;
      }
    }
    return true;
  }

  private static List<Node> unmatched(List<Node> nodes) {
    List<Node> out = new ArrayList<>(nodes.size());
    for (Node x : nodes) {
      if (x.match == null) {
        out.add(x);
      }
    }
    return out;
  }

  /** Pairs the k-th unmatched node of each version with the same key (null: none). */
  private void pairEqual(List<Node> olds, List<Node> news, Function<Node, Object> key) {
    Map<Object, ArrayDeque<Node>> waiting = new HashMap<>();
    for (Node o : olds) {
      if (o.match == null) {
        Object k = key.apply(o);
        if (k != null) {
          waiting.computeIfAbsent(k, x -> new ArrayDeque<>(1)).add(o);
        }
      }
    }
    if (waiting.isEmpty()) {
      return;
    }
    for (Node n : news) {
      if (n.match == null) {
        Object k = key.apply(n);
        ArrayDeque<Node> same = k == null ? null : waiting.get(k);
        if (same != null && !same.isEmpty()) {
          link(same.poll(), n);
        }
      }
    }
  }

  /** Candidate pairs as {@code i << 32 | j}: places in the pool's older and newer lists. */
  private static long pair(int i, int j) {
    return ((long) i << 32) | j;
  }

  /** Pairs with the same number, in groups of at most {@link #ALL_PAIRS} pairs, sorted. */
  private static long[] sameNumberCandidates(List<Node> o, List<Node> n) {
    Map<String, List<Integer>> olderByKey = new HashMap<>();
    for (int i = 0; i < o.size(); i++) {
      if (!o.get(i).key().isEmpty()) {
        olderByKey.computeIfAbsent(o.get(i).key(), k -> new ArrayList<>(1)).add(i);
      }
    }
    Map<String, Integer> newerCount = new HashMap<>();
    for (Node x : n) {
      newerCount.merge(x.key(), 1, Integer::sum);
    }
    LongList pairs = new LongList();
    for (int j = 0; j < n.size(); j++) {
      List<Integer> same = olderByKey.get(n.get(j).key());
      // A number repeated so often that its group is large is no evidence of sameness.
      if (same != null && (long) same.size() * newerCount.get(n.get(j).key()) <= ALL_PAIRS) {
        for (int i : same) {
          pairs.add(pair(i, j));
        }
      }
    }
    return sortedDistinct(pairs.toArray());
  }

  private static long[] allPairs(List<Node> o, List<Node> n) {
    long[] pairs = new long[o.size() * n.size()];
    int k = 0;
    for (int i = 0; i < o.size(); i++) {
      for (int j = 0; j < n.size(); j++) {
        pairs[k++] = pair(i, j);
      }
    }
    return pairs;
  }

  /**
   * The pairs that share a bigram found in at most {@link #BIGRAM_CAP} elements of the pool (both
   * versions counted, so the same pairs whichever version is older): a bigram in many texts, such
   * as the one of "การ", proposes nothing.
   */
  private static long[] sharedBigramPairs(List<Node> o, List<Node> n) {
    LongList entries = new LongList();
    addEntries(o, 0, entries);
    addEntries(n, 1, entries);
    long[] sorted = entries.toArray();
    Arrays.sort(sorted);
    LongList pairs = new LongList();
    int start = 0;
    while (start < sorted.length) {
      int end = start;
      long gram = sorted[start] >>> 32;
      while (end < sorted.length && sorted[end] >>> 32 == gram) {
        end++;
      }
      if (end - start <= BIGRAM_CAP) {
        int firstNewer = start;
        while (firstNewer < end && (sorted[firstNewer] & (1L << 31)) == 0) {
          firstNewer++;
        }
        for (int a = start; a < firstNewer; a++) {
          for (int b = firstNewer; b < end; b++) {
            pairs.add(pair((int) (sorted[a] & 0x7FFF_FFFFL), (int) (sorted[b] & 0x7FFF_FFFFL)));
          }
        }
      }
      start = end;
    }
    return sortedDistinct(pairs.toArray());
  }

  /** Each node's distinct bigrams as {@code bigram << 32 | side << 31 | place}. */
  private static void addEntries(List<Node> nodes, int side, LongList entries) {
    for (int i = 0; i < nodes.size(); i++) {
      int[] grams = nodes.get(i).bigrams();
      for (int g = 0; g < grams.length; g++) {
        if (g == 0 || grams[g] != grams[g - 1]) {
          entries.add(((grams[g] & 0xFFFF_FFFFL) << 32) | ((long) side << 31) | i);
        }
      }
    }
  }

  /** A candidate pair that reached its threshold, with its similarity. */
  private record Scored(int older, int newer, double score, boolean sameNumber) {}

  private static final Comparator<Scored> MOST_SIMILAR_FIRST = Comparator
      .comparingDouble((Scored s) -> -s.score())
      .thenComparing(s -> !s.sameNumber())
      .thenComparingInt(s -> s.older() + s.newer())
      .thenComparingInt(Scored::older);

  /**
   * Takes the candidates that reach their threshold ({@link Similarity#SAME_NUMBER_PERCENT} for
   * two siblings with the same number, {@link Similarity#OTHER_PERCENT} otherwise), most similar
   * first, each node once: after a project is dropped and the ones after it renumbered, a reworded
   * project goes with its own older version, not with the dropped one that had its new number.
   * Ties go to the same number, then to the smaller sum of places; two tied candidates that share a
   * node have the same sum only if they are the same pair, so the choice does not depend on which
   * version is older.
   */
  private void takeGreedily(List<Node> o, List<Node> n, long[] candidates, boolean sameParent) {
    List<Scored> scored = new ArrayList<>();
    for (long c : candidates) {
      int i = (int) (c >>> 32);
      int j = (int) c;
      int[] a = o.get(i).bigrams();
      int[] b = n.get(j).bigrams();
      if (a.length == 0 || b.length == 0) {
        continue;
      }
      boolean sameNumber = sameParent && !o.get(i).key().isEmpty() && o.get(i).key().equals(n.get(j).key());
      int percent = sameNumber ? Similarity.SAME_NUMBER_PERCENT : Similarity.OTHER_PERCENT;
      if (!Similarity.mayReach(a, b, percent)) {
        continue;
      }
      int shared = Similarity.shared(a, b);
      if (Similarity.reaches(a, b, shared, percent)) {
        scored.add(new Scored(i, j, 2.0 * shared / (a.length + b.length), sameNumber));
      }
    }
    scored.sort(MOST_SIMILAR_FIRST);
    for (Scored s : scored) {
      Node x = o.get(s.older());
      Node y = n.get(s.newer());
      if (x.match == null && y.match == null) {
        link(x, y);
      }
    }
  }

  /**
   * Marks as moved every matched element under another parent in the other version, and every one
   * out of order among the siblings that kept their parent: those not in every longest run of
   * siblings kept in order. Two swapped neighbours are both moved; one element taken from the end
   * to the front is the only one moved.
   */
  private static void markMoves(Tree older) {
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(older.root);
    while (!stack.isEmpty()) {
      Node o = stack.pop();
      for (List<Node> list : o.lists) {
        markOutOfOrder(list);
        for (int i = 0; i < list.size(); i++) {
          Node child = list.get(i);
          if (child.match != null && !child.keepsParent()) {
            child.moved = true;
            child.match.moved = true;
          }
          if (child.lists.length > 0) {
            stack.push(child);
          }
        }
      }
    }
  }

  private static void markOutOfOrder(List<Node> siblings) {
    int count = 0;
    int last = -1;
    boolean ordered = true;
    for (Node c : siblings) {
      if (c.keepsParent()) {
        count++;
        ordered &= c.match.index > last;
        last = c.match.index;
      }
    }
    if (ordered) {
      return;
    }
    Node[] kept = new Node[count];
    int[] places = new int[count];
    int k = 0;
    for (Node c : siblings) {
      if (c.keepsParent()) {
        kept[k] = c;
        places[k++] = c.match.index;
      }
    }
    boolean[] stays = inEveryLongestRun(places);
    for (int i = 0; i < count; i++) {
      if (!stays[i]) {
        kept[i].moved = true;
        kept[i].match.moved = true;
      }
    }
  }

  /**
   * For distinct numbers, whether each is in every longest increasing subsequence: it is in one
   * when the longest run ending at it and the longest starting at it make a longest run together,
   * and in all of them when no other element of some longest run takes its place in the run.
   * O(n log n).
   */
  static boolean[] inEveryLongestRun(int[] seq) {
    int n = seq.length;
    int[] ending = longestEnding(seq);
    int[] reversed = new int[n];
    for (int i = 0; i < n; i++) {
      reversed[i] = -seq[n - 1 - i];
    }
    int[] startingReversed = longestEnding(reversed);
    int longest = 0;
    for (int e : ending) {
      longest = Math.max(longest, e);
    }
    boolean[] inSome = new boolean[n];
    int[] atStep = new int[longest + 1];
    for (int i = 0; i < n; i++) {
      inSome[i] = ending[i] + startingReversed[n - 1 - i] - 1 == longest;
      if (inSome[i]) {
        atStep[ending[i]]++;
      }
    }
    boolean[] inEvery = new boolean[n];
    for (int i = 0; i < n; i++) {
      inEvery[i] = inSome[i] && atStep[ending[i]] == 1;
    }
    return inEvery;
  }

  /** The length of the longest strictly increasing subsequence ending at each place. */
  private static int[] longestEnding(int[] seq) {
    int[] tails = new int[seq.length];
    int[] ending = new int[seq.length];
    int size = 0;
    for (int i = 0; i < seq.length; i++) {
      int at = Arrays.binarySearch(tails, 0, size, seq[i]);
      if (at < 0) {
        at = -at - 1;
      }
      tails[at] = seq[i];
      size = Math.max(size, at + 1);
      ending[i] = at + 1;
    }
    return ending;
  }

  /** A growable list of longs. */
  private static final class LongList {
    private long[] values = new long[16];
    private int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
