package io.github.eduplan.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The changes of two matched trees, in the newer version's document order, each element removed
 * placed after the element that preceded it in the older version. The parts of an element added or
 * removed come with it and are not listed, except those matched elsewhere (moved in or out).
 */
final class Changes {
  private final Tree older;
  private final Tree newer;
  private final List<ElementChange> out = new ArrayList<>();

  private Changes(Tree older, Tree newer) {
    this.older = older;
    this.newer = newer;
  }

  static List<ElementChange> of(Tree older, Tree newer) {
    Changes c = new Changes(older, newer);
    c.walk();
    return List.copyOf(c.out);
  }

  /** A list being walked: its nodes in order and the next one to take. */
  private static final class Frame {
    final List<Node> nodes;
    int next;

    Frame(List<Node> nodes) {
      this.nodes = nodes;
    }
  }

  /** Depth first, without recursion: a plan built in code may nest guidelines arbitrarily deep. */
  private void walk() {
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(List.of(newer.root)));
    while (!stack.isEmpty()) {
      Frame top = stack.peek();
      if (top.next == top.nodes.size()) {
        stack.pop();
        continue;
      }
      Node node = top.nodes.get(top.next++);
      if (node.match == null && isOlder(node)) {
        out.add(removed(node));
        continue;   // its own parts went with it; those matched elsewhere are listed there
      }
      if (node.match == null) {
        if (node.parent.match != null) {
          out.add(added(node));
        }
      } else {
        ElementChange changed = changed(node.match, node);
        if (changed != null) {
          out.add(changed);
        }
      }
      for (int l = node.lists.length - 1; l >= 0; l--) {
        List<Node> olds = node.match == null ? null : node.match.lists[l];
        List<Node> news = node.lists[l];
        if (!news.isEmpty() || (olds != null && !olds.isEmpty())) {
          stack.push(new Frame(olds == null ? news : sequence(olds, news)));
        }
      }
    }
  }

  private boolean isOlder(Node node) {
    Node root = node;
    while (root.parent != null) {
      root = root.parent;
    }
    return root == older.root;
  }

  /**
   * The newer siblings in order with the older ones removed among them: each removed one right
   * after the newer element matched to the older one before it (first when none is), so a list
   * reads as the newer document with the dropped elements where they were.
   */
  static List<Node> sequence(List<Node> olds, List<Node> news) {
    boolean allMatched = true;
    for (Node o : olds) {
      allMatched &= o.match != null;
    }
    if (allMatched) {
      return news;
    }
    List<Node> sequence = new ArrayList<>(news.size() + 1);
    int next = 0;
    for (; next < olds.size() && olds.get(next).match == null; next++) {
      sequence.add(olds.get(next));
    }
    for (Node n : news) {
      if (n.keepsParent()) {
        // removed ones before this one's match that no earlier match has placed (after a reordering)
        for (; next < n.match.index; next++) {
          if (olds.get(next).match == null) {
            sequence.add(olds.get(next));
          }
        }
      }
      sequence.add(n);
      if (n.keepsParent() && n.match.index >= next) {
        for (next = n.match.index + 1; next < olds.size() && olds.get(next).match == null; next++) {
          sequence.add(olds.get(next));
        }
      }
    }
    for (; next < olds.size(); next++) {
      if (olds.get(next).match == null) {
        sequence.add(olds.get(next));
      }
    }
    return sequence;
  }

  private ElementChange added(Node n) {
    return new ElementChange(n.part, EnumSet.of(ChangeKind.ADDED), Optional.empty(), Optional.of(n.path()),
        Optional.empty(), Optional.ofNullable(n.number), Optional.empty(), Optional.of(n.text), List.of());
  }

  private ElementChange removed(Node o) {
    return new ElementChange(o.part, EnumSet.of(ChangeKind.REMOVED), Optional.of(o.path()), Optional.empty(),
        Optional.ofNullable(o.number), Optional.empty(), Optional.of(o.text), Optional.empty(), List.of());
  }

  /** The change of a matched pair, or null when nothing but its place changed. */
  private ElementChange changed(Node o, Node n) {
    boolean renumbered = !n.sameNumberAndText && !o.sameNumber(n);
    boolean retitled = !n.sameNumberAndText && !o.text.equals(n.text);
    List<FieldChange> fields = n.identical ? Fields.ofIdentical(o, n, older, newer) : Fields.of(o, n, older, newer);
    if (!n.moved && !renumbered && !retitled && fields.isEmpty()) {
      return null;
    }
    Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
    if (n.moved) {
      kinds.add(ChangeKind.MOVED);
    }
    if (renumbered) {
      kinds.add(ChangeKind.RENUMBERED);
    }
    if (retitled) {
      kinds.add(ChangeKind.RETITLED);
    }
    if (!fields.isEmpty()) {
      kinds.add(ChangeKind.CHANGED);
    }
    boolean plan = o.part == PlanPart.PLAN;
    return new ElementChange(o.part, kinds, Optional.of(o.path()), Optional.of(n.path()),
        Optional.ofNullable(o.number), Optional.ofNullable(n.number),
        plan ? older.plan.title() : Optional.of(o.text), plan ? newer.plan.title() : Optional.of(n.text), fields);
  }
}
