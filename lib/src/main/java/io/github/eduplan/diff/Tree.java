package io.github.eduplan.diff;

import io.github.eduplan.model.Goal;
import io.github.eduplan.model.Guideline;
import io.github.eduplan.model.Indicator;
import io.github.eduplan.model.Mission;
import io.github.eduplan.model.Project;
import io.github.eduplan.model.StrategicPlan;
import io.github.eduplan.model.Strategy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One version of a plan as nodes. Only what the diff needs is made: the plan's own lists at once,
 * the lists of an element when it is matched to an element that is not equal to it, or when it is
 * unmatched ({@link #expandUnmatched}). The parts of two equal elements are the same and need no
 * nodes: a revision leaves most of a plan as it was.
 */
final class Tree {
  final StrategicPlan plan;
  final Node root;
  /** The nodes made of each part, in document order (depth first), by part; see {@link #index}. */
  private final List<List<Node>> byPart = new ArrayList<>(Node.PARTS.length);
  /** The first strategy with each number key, as a project's strategy number names it. */
  final Map<String, Node> strategyByKey = new HashMap<>();

  Tree(StrategicPlan plan) {
    this.plan = plan;
    root = new Node(PlanPart.PLAN, plan, null, 0, 0, null, plan.title().orElse(""));
    expand(root);
    for (Node s : root.lists[2]) {
      strategyByKey.putIfAbsent(s.key(), s);
    }
  }

  /** How many nodes of each part are made. */
  private final int[] made = new int[Node.PARTS.length];

  /** Makes a node's lists, once. */
  void expand(Node node) {
    if (!node.expanded) {
      fill(node);
      node.expanded = true;
      for (List<Node> list : node.lists) {
        if (!list.isEmpty()) {
          made[list.get(0).part.ordinal()] += list.size();
        }
      }
    }
  }

  /** How many nodes of a part are made so far. */
  int made(PlanPart part) {
    return made[part.ordinal()];
  }

  /**
   * Makes the lists of every unmatched node and of its parts, all the way down: the pools across
   * parents take unmatched elements wherever they are. Then indexes the nodes made.
   */
  void expandUnmatched() {
    // Without recursion: a plan built in code may nest guidelines or components arbitrarily deep.
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      if (node.match == null) {
        expand(node);
      }
      for (int l = 0; l < node.lists.length; l++) {
        List<Node> list = node.lists[l];
        for (int i = 0; i < list.size(); i++) {
          Node child = list.get(i);
          // an identical pair's parts are the same and have no nodes; a leaf has no lists
          if (child.match == null || child.lists.length > 0) {
            stack.push(child);
          }
        }
      }
    }
    index();
  }

  /** Lists the nodes made of each part in document order and numbers them so ({@link Node#order}). */
  private void index() {
    if (byPart.isEmpty()) {
      for (int i = 0; i < Node.PARTS.length; i++) {
        byPart.add(new ArrayList<>());
      }
    }
    byPart.forEach(List::clear);
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      List<Node> ofPart = byPart.get(node.part.ordinal());
      node.order = ofPart.size();
      ofPart.add(node);
      for (int l = node.lists.length - 1; l >= 0; l--) {
        List<Node> list = node.lists[l];
        for (int i = list.size() - 1; i >= 0; i--) {
          stack.push(list.get(i));
        }
      }
    }
  }

  /** The projects' strategy numbers as keys, each written form computed once: a plan repeats a few. */
  private final Map<String, String> keys = new HashMap<>();

  /** {@link io.github.eduplan.model.ElementNumber#key} of a number as written, memoised. */
  String keyOf(String written) {
    String k = keys.get(written);
    if (k == null) {
      k = io.github.eduplan.model.ElementNumber.key(written);
      keys.put(written, k);
    }
    return k;
  }

  /** The nodes made of a part, in document order, as of the last {@link #expandUnmatched}. */
  List<Node> nodes(PlanPart part) {
    return byPart.get(part.ordinal());
  }

  /** Makes a node's lists from its element. */
  private static void fill(Node node) {
    switch (node.part) {
      case PLAN -> {
        StrategicPlan p = (StrategicPlan) node.element;
        node.lists[0] = missions(node, p.missions());
        node.lists[1] = goals(node, 1, PlanPart.GOAL, p.goals());
        node.lists[2] = strategies(node, p.strategies());
        node.lists[3] = projects(node, p.projects());
      }
      case STRATEGY -> {
        Strategy s = (Strategy) node.element;
        node.lists[0] = goals(node, 0, PlanPart.STRATEGY_GOAL, s.goals());
        node.lists[1] = guidelines(node, 1, s.guidelines());
        node.lists[2] = indicators(node, 2, s.indicators());
      }
      case GUIDELINE -> node.lists[0] = guidelines(node, 0, ((Guideline) node.element).children());
      case INDICATOR -> node.lists[0] = indicators(node, 0, ((Indicator) node.element).components());
      default -> {
        // missions, goals and projects hold no parts of their own
      }
    }
  }

  private static List<Node> missions(Node parent, List<Mission> missions) {
    List<Node> out = new ArrayList<>(missions.size());
    for (int i = 0; i < missions.size(); i++) {
      Mission m = missions.get(i);
      out.add(new Node(PlanPart.MISSION, m, parent, 0, i, m.number().orElse(null), m.text()));
    }
    return out;
  }

  private static List<Node> goals(Node parent, int list, PlanPart part, List<Goal> goals) {
    List<Node> out = new ArrayList<>(goals.size());
    for (int i = 0; i < goals.size(); i++) {
      Goal g = goals.get(i);
      out.add(new Node(part, g, parent, list, i, g.number().orElse(null), g.text()));
    }
    return out;
  }

  private static List<Node> strategies(Node parent, List<Strategy> strategies) {
    List<Node> out = new ArrayList<>(strategies.size());
    for (int i = 0; i < strategies.size(); i++) {
      Strategy s = strategies.get(i);
      out.add(new Node(PlanPart.STRATEGY, s, parent, 2, i, s.number(), s.title()));
    }
    return out;
  }

  private static List<Node> guidelines(Node parent, int list, List<Guideline> guidelines) {
    List<Node> out = new ArrayList<>(guidelines.size());
    for (int i = 0; i < guidelines.size(); i++) {
      Guideline g = guidelines.get(i);
      out.add(new Node(PlanPart.GUIDELINE, g, parent, list, i, g.number().orElse(null), g.text()));
    }
    return out;
  }

  private static List<Node> indicators(Node parent, int list, List<Indicator> indicators) {
    List<Node> out = new ArrayList<>(indicators.size());
    for (int i = 0; i < indicators.size(); i++) {
      Indicator ind = indicators.get(i);
      out.add(new Node(PlanPart.INDICATOR, ind, parent, list, i, ind.code().orElse(null), ind.text()));
    }
    return out;
  }

  private static List<Node> projects(Node parent, List<Project> projects) {
    List<Node> out = new ArrayList<>(projects.size());
    for (int i = 0; i < projects.size(); i++) {
      Project p = projects.get(i);
      out.add(new Node(PlanPart.PROJECT, p, parent, 3, i, p.number(), p.title()));
    }
    return out;
  }
}
