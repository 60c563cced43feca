package io.storyline.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Communities of a weighted undirected graph by modularity (the Louvain method: Blondel et al., "Fast unfolding of
 * communities in large networks", 2008): each node moves to the neighbouring community that raises modularity most,
 * until none does; the communities then become the nodes of the next level, until a level changes nothing. A group
 * of nodes joined only by a few edges to a well-connected hub stays apart from it, because modularity weighs the
 * edges between two groups against what their total degrees would give by chance. {@link #of} visits nodes in index
 * order; {@link #best} keeps the partition of highest modularity over a few seeded visit orders, so the result
 * depends less on the order events arrived in. Both are deterministic. Cost: linear in the number of edges per pass.
 */
final class Communities {
  private Communities() {}

  /** A graph under construction: nodes {@code 0..n-1}, edges added once each (either direction). */
  static final class Graph {
    final int nodes;
    final List<Map<Integer, Double>> adjacent;

    Graph(int nodes) {
      this.nodes = nodes;
      this.adjacent = new ArrayList<>(nodes);
      for (int i = 0; i < nodes; i++) {
        adjacent.add(new HashMap<>());
      }
    }

    /** Adds an edge of {@code weight} between two distinct nodes; a repeated edge keeps the larger weight. */
    void connect(int a, int b, double weight) {
      if (a == b || weight <= 0) {
        return;
      }
      adjacent.get(a).merge(b, weight, Math::max);
      adjacent.get(b).merge(a, weight, Math::max);
    }
  }

  /** Node orders tried by {@link #best}: the given order and this many seeded shuffles. */
  static final int SHUFFLES = 3;

  /**
   * The communities of highest modularity among those found when the nodes are visited in their own order and in
   * {@link #SHUFFLES} seeded shuffles of it (numbered as {@link #of}). The local moves of the Louvain method end in a
   * local optimum that depends on the order nodes are visited in, which here is the arrival order of the events;
   * keeping the best of a few orders makes the result depend less on it. Deterministic; costs {@code 1 + SHUFFLES}
   * runs of {@link #of}, each linear in the edges.
   */
  static int[] best(Graph graph) {
    int[] best = of(graph);
    double bestModularity = modularity(graph, best);
    int n = graph.nodes;
    for (int t = 1; t <= SHUFFLES; t++) {
      int[] order = new int[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      Random random = new Random(t);
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int x = order[i];
        order[i] = order[j];
        order[j] = x;
      }
      int[] position = new int[n];
      for (int i = 0; i < n; i++) {
        position[order[i]] = i;
      }
      Graph shuffled = new Graph(n);
      for (int i = 0; i < n; i++) {
        for (Map.Entry<Integer, Double> e : graph.adjacent.get(order[i]).entrySet()) {
          shuffled.adjacent.get(i).put(position[e.getKey()], e.getValue());
        }
      }
      int[] found = of(shuffled);
      int[] membership = new int[n];
      for (int i = 0; i < n; i++) {
        membership[order[i]] = found[i];
      }
      double q = modularity(graph, membership);
      if (q > bestModularity + 1e-12) {
        renumber(membership);
        best = membership;
        bestModularity = q;
      }
    }
    return best;
  }

  /** The modularity of {@code membership} on {@code graph}: the share of edge weight inside communities minus chance. */
  static double modularity(Graph graph, int[] membership) {
    double total = 0;
    double[] degree = new double[graph.nodes];
    double[] inside = new double[graph.nodes];
    for (int i = 0; i < graph.nodes; i++) {
      for (Map.Entry<Integer, Double> e : graph.adjacent.get(i).entrySet()) {
        degree[membership[i]] += e.getValue();
        total += e.getValue();
        if (membership[e.getKey()] == membership[i]) {
          inside[membership[i]] += e.getValue();
        }
      }
    }
    if (total == 0) {
      return 0;
    }
    double q = 0;
    for (int c = 0; c < graph.nodes; c++) {
      q += inside[c] / total - (degree[c] / total) * (degree[c] / total);
    }
    return q;
  }

  /** The community of each node, numbered from 0 in order of each community's lowest node. */
  static int[] of(Graph graph) {
    int n = graph.nodes;
    int[] membership = new int[n];
    for (int i = 0; i < n; i++) {
      membership[i] = i;
    }
    List<Map<Integer, Double>> level = graph.adjacent;
    double[] selfLoops = new double[n];
    while (true) {
      int[] community = moveNodes(level, selfLoops);
      int count = renumber(community);
      if (count == level.size()) {
        break;
      }
      for (int i = 0; i < n; i++) {
        membership[i] = community[membership[i]];
      }
      List<Map<Integer, Double>> next = new ArrayList<>(count);
      double[] nextLoops = new double[count];
      for (int c = 0; c < count; c++) {
        next.add(new HashMap<>());
      }
      for (int i = 0; i < level.size(); i++) {
        int ci = community[i];
        nextLoops[ci] += selfLoops[i];
        for (Map.Entry<Integer, Double> e : level.get(i).entrySet()) {
          int cj = community[e.getKey()];
          if (ci == cj) {
            nextLoops[ci] += e.getValue(); // each internal edge is seen from both ends: counted twice, as a loop is
          } else {
            next.get(ci).merge(cj, e.getValue(), Double::sum);
          }
        }
      }
      level = next;
      selfLoops = nextLoops;
    }
    renumber(membership);
    return membership;
  }

  /** One level of local moves; returns each node's community (ids are node ids). */
  private static int[] moveNodes(List<Map<Integer, Double>> adjacent, double[] selfLoops) {
    int n = adjacent.size();
    double[] degree = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      double d = selfLoops[i];
      for (double w : adjacent.get(i).values()) {
        d += w;
      }
      degree[i] = d;
      total += d;
    }
    int[] community = new int[n];
    double[] communityDegree = new double[n];
    for (int i = 0; i < n; i++) {
      community[i] = i;
      communityDegree[i] = degree[i];
    }
    if (total == 0) {
      return community;
    }
    boolean moved = true;
    int passes = 0;
    Map<Integer, Double> links = new HashMap<>();
    while (moved && passes++ < 50) {
      moved = false;
      for (int i = 0; i < n; i++) {
        links.clear();
        for (Map.Entry<Integer, Double> e : adjacent.get(i).entrySet()) {
          links.merge(community[e.getKey()], e.getValue(), Double::sum);
        }
        int own = community[i];
        communityDegree[own] -= degree[i];
        int best = own;
        double bestGain = links.getOrDefault(own, 0.0) - degree[i] * communityDegree[own] / total;
        for (Map.Entry<Integer, Double> l : links.entrySet()) {
          double gain = l.getValue() - degree[i] * communityDegree[l.getKey()] / total;
          if (gain > bestGain + 1e-12) {
            best = l.getKey();
            bestGain = gain;
          }
        }
        community[i] = best;
        communityDegree[best] += degree[i];
        if (best != own) {
          moved = true;
        }
      }
    }
    return community;
  }

  /** Renumbers community ids to {@code 0..k-1} in order of first appearance; returns {@code k}. */
  private static int renumber(int[] community) {
    int[] map = new int[community.length];
    Arrays.fill(map, -1);
    int next = 0;
    for (int i = 0; i < community.length; i++) {
      int c = community[i];
      if (map[c] < 0) {
        map[c] = next++;
      }
      community[i] = map[c];
    }
    return next;
  }
}
