package io.github.eduplan.diff;

import io.github.eduplan.model.ElementNumber;
import java.util.List;

/**
 * One element of one version of a plan as the diff sees it: its part, number, text, place in its
 * parent's list, the lists of its own parts, and (once matched) the element of the other version
 * it is.
 */
final class Node {
  /** The JSON names of each part's lists, by part, in the order the lists are kept. */
  private static final String[][] LIST_NAMES = new String[PlanPart.values().length][];

  static {
    for (PlanPart p : PlanPart.values()) {
      LIST_NAMES[p.ordinal()] = switch (p) {
        case PLAN -> new String[] {"missions", "goals", "strategies", "projects"};
        case STRATEGY -> new String[] {"goals", "guidelines", "indicators"};
        case GUIDELINE -> new String[] {"children"};
        case INDICATOR -> new String[] {"components"};
        default -> new String[0];
      };
    }
  }

  private static final List<Node> NONE = List.of();
  @SuppressWarnings("unchecked")
  private static final List<Node>[] NO_LISTS = new List[0];
  /** {@link PlanPart#values()}, without a copy per call. */
  static final PlanPart[] PARTS = PlanPart.values();

  final PlanPart part;
  /** The model object: a Mission, Goal, Strategy, Guideline, Indicator or Project; the plan for the root. */
  final Object element;
  final Node parent;
  /** Which of the parent's lists holds this node. */
  final int list;
  /** The node's index in that list. */
  final int index;
  /** The number as written, or null when the element has none. */
  final String number;
  /** {@link ElementNumber#key} of the number, made when first needed; empty when there is none. */
  private String key;
  /** The title or text as written. */
  final String text;
  /** The node's own lists, as {@link #LIST_NAMES} names them. */
  final List<Node>[] lists;
  /** The node's place among the nodes of its part, in document order. */
  int order;
  /** The node of the other version this one is, or null. */
  Node match;
  /** Whether the node's lists are made ({@link Tree#expand}). */
  boolean expanded;
  /**
   * Whether the match is equal to this node's element in every detail and part: nothing of it
   * changed, and its parts need no nodes.
   */
  boolean identical;
  /** Whether the match is known to have the same number (as a key) and the same text as written. */
  boolean sameNumberAndText;
  /** Whether the element is under another parent, or out of order, in the other version. */
  boolean moved;
  private String normalized;
  private int[] bigrams;

  @SuppressWarnings("unchecked")
  Node(PlanPart part, Object element, Node parent, int list, int index, String number, String text) {
    this.part = part;
    this.element = element;
    this.parent = parent;
    this.list = list;
    this.index = index;
    this.number = number;
    this.text = text;
    int lists = LIST_NAMES[part.ordinal()].length;
    if (lists == 0) {
      this.lists = NO_LISTS;
    } else {
      this.lists = new List[lists];
      for (int i = 0; i < lists; i++) {
        this.lists[i] = NONE;
      }
    }
  }

  /** {@link ElementNumber#key} of the number, computed once; empty when there is none. */
  String key() {
    String k = key;
    if (k == null) {
      k = number == null ? "" : ElementNumber.key(number);
      key = k;
    }
    return k;
  }

  /** Whether two nodes have the same number: the same as written, or the same key. */
  boolean sameNumber(Node other) {
    return java.util.Objects.equals(number, other.number) || key().equals(other.key());
  }

  /** The text as matching compares it, computed once. */
  String normalized() {
    String n = normalized;
    if (n == null) {
      n = Similarity.normalize(text);
      normalized = n;
    }
    return n;
  }

  /** The bigrams of the normalised text, computed once. */
  int[] bigrams() {
    int[] b = bigrams;
    if (b == null) {
      b = Similarity.bigrams(normalized());
      bigrams = b;
    }
    return b;
  }

  /** Whether this node's match sits in the same list of the matched parent. */
  boolean keepsParent() {
    return match != null && parent != null && parent.match == match.parent && list == match.list;
  }

  /** The JSON path: {@code $}, {@code $.projects[3]}, {@code $.strategies[0].guidelines[1].children[0]}. */
  String path() {
    if (parent == null) {
      return "$";
    }
    int depth = 0;
    for (Node at = this; at.parent != null; at = at.parent) {
      depth++;
    }
    Node[] line = new Node[depth];
    for (Node at = this; at.parent != null; at = at.parent) {
      line[--depth] = at;
    }
    StringBuilder sb = new StringBuilder(16 * line.length + 1).append('$');
    for (Node at : line) {
      sb.append('.').append(LIST_NAMES[at.parent.part.ordinal()][at.list]).append('[').append(at.index).append(']');
    }
    return sb.toString();
  }
}
