package io.storyline.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Communities of a weighted undirected graph by modularity (the Louvain method: Blondel et al., "Fast unfolding of
 * communities in large networks", 2008): each node moves to the neighbouring community that raises modularity most,
 * until none does; the communities then become the nodes of the next level, until a level changes nothing. A group
 * of nodes joined only by a few edges to a well-connected hub stays apart from it, because modularity weighs the
 * edges between two groups against what their total degrees would give by chance. Nodes are visited in index
 * order, so the result is deterministic. Cost: linear in the number of edges per pass.
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
