package io.storyline.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class CommunitiesTest {

  /** Two groups of {@code size} nodes, each fully linked inside at {@code inside}. */
  private static Communities.Graph twoGroups(int size, double inside) {
    Communities.Graph g = new Communities.Graph(2 * size + 1);
    for (int group = 0; group < 2; group++) {
      for (int i = 0; i < size; i++) {
        for (int j = i + 1; j < size; j++) {
          g.connect(group * size + i, group * size + j, inside);
        }
      }
    }
    return g;
  }

  @Test
  void twoTightGroupsJoinedByOneWeakEdgeStayTwoCommunities() {
    Communities.Graph g = twoGroups(6, 0.8);
    g.connect(0, 6, 0.3);
    int[] c = Communities.of(g);
    for (int i = 1; i < 6; i++) {
      assertEquals(c[0], c[i]);
      assertEquals(c[6], c[6 + i]);
    }
    assertNotEquals(c[0], c[6]);
  }

  @Test
  void aHubLinkedToEveryNodeOfTwoGroupsDoesNotJoinThem() {
    Communities.Graph g = twoGroups(6, 0.8);
    int hub = 12;
    for (int i = 0; i < 12; i++) {
      g.connect(hub, i, 0.4);
    }
    int[] c = Communities.of(g);
    assertNotEquals(c[0], c[6]);
  }

  @Test
  void aNodeWithoutEdgesIsACommunityOfItsOwnAndIdsFollowTheFirstNode() {
    Communities.Graph g = twoGroups(3, 0.5);
    int[] c = Communities.of(g);
    assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1, 2}, c);
  }

  @Test
  void theSameGraphGivesTheSameCommunities() {
    Communities.Graph g = twoGroups(8, 0.6);
    g.connect(3, 9, 0.2);
    g.connect(16, 2, 0.7);
    assertArrayEquals(Communities.of(g), Communities.of(g));
  }

  /** A random graph of {@code n} nodes in {@code groups} planted groups, denser inside them than across. */
  private static Communities.Graph planted(int n, int groups, long seed) {
    Random r = new Random(seed);
    Communities.Graph g = new Communities.Graph(n);
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double p = i % groups == j % groups ? 0.3 : 0.05;
        if (r.nextDouble() < p) {
          g.connect(i, j, 0.2 + r.nextDouble());
        }
      }
    }
    return g;
  }

  @Test
  void theBestOfSeveralVisitOrdersNeverHasLowerModularityThanTheGivenOrder() {
    boolean higherOnce = false;
    for (long seed = 1; seed <= 20; seed++) {
      Communities.Graph g = planted(60, 4, seed);
      double given = Communities.modularity(g, Communities.of(g));
      double best = Communities.modularity(g, Communities.best(g));
      assertTrue(best >= given - 1e-12, "seed " + seed + ": " + best + " < " + given);
      higherOnce |= best > given + 1e-9;
    }
    assertTrue(higherOnce, "no visit order beat the given one on 20 random graphs");
  }

  @Test
  void theBestCommunitiesAreTheSameOnEveryRunAndNumberedByTheirFirstNode() {
    Communities.Graph g = planted(40, 3, 7);
    int[] c = Communities.best(g);
    assertArrayEquals(c, Communities.best(g));
    int next = 0;
    for (int community : c) {
      assertTrue(community <= next, "ids in order of first node");
      next = Math.max(next, community + 1);
    }
  }

  @Test
  void modularityIsZeroForOneCommunityAndPositiveForPlantedGroups() {
    Communities.Graph g = twoGroups(5, 1.0);
    g.connect(0, 5, 0.1);
    int[] one = new int[g.nodes];
    assertEquals(0, Communities.modularity(g, one), 1e-9);
    assertTrue(Communities.modularity(g, Communities.of(g)) > 0.4);
  }
}
