package io.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SparseVectorTest {

  @Test
  void buildsFromUnsortedIdsKeepingEachWeightWithItsId() {
    SparseVector v = SparseVector.of(new int[] {42, 7, 1_000_000, 0}, new float[] {4.2f, 0.7f, 1f, 9f}, 4);
    assertThat(v.ids).containsExactly(0, 7, 42, 1_000_000);
    assertThat(v.weights).containsExactly(9f, 0.7f, 4.2f, 1f);
  }

  @Test
  void addingThenRemovingTheSameMemberLeavesTheVectorAsItWas() {
    SparseVector a = SparseVector.of(new int[] {1, 3, 5}, new float[] {1f, 2f, 3f}, 3);
    SparseVector b = SparseVector.of(new int[] {3, 4}, new float[] {0.5f, 1f}, 2);
    SparseVector back = SparseVector.sum(SparseVector.sum(a, b, 1, 100), b, -1, 100);
    assertThat(back.ids).containsExactly(1, 3, 5);
    assertThat(back.weights).containsExactly(1f, 2f, 3f);
  }

  @Test
  void aGrowingVectorKeepsItsHeaviestKeysOnceItPassesTwiceTheLimit() {
    SparseVector v = SparseVector.EMPTY;
    for (int id = 0; id < 7; id++) {
      v = SparseVector.sum(v, SparseVector.of(new int[] {id}, new float[] {id + 1}, 1), 1, 3);
    }
    assertThat(v.ids).containsExactly(4, 5, 6);
    assertThat(v.weights).containsExactly(5f, 6f, 7f);
  }

  @Test
  void sumsAgreeWithAPlainArrayOnRandomInput() {
    Random random = new Random(7);
    float[] expected = new float[200];
    SparseVector v = SparseVector.EMPTY;
    for (int round = 0; round < 50; round++) {
      int n = 1 + random.nextInt(20);
      int[] ids = random.ints(0, 200).distinct().limit(n).toArray();
      float[] weights = new float[ids.length];
      for (int i = 0; i < ids.length; i++) {
        weights[i] = 1 + random.nextInt(5);
        expected[ids[i]] += weights[i];
      }
      v = SparseVector.sum(v, SparseVector.of(ids, weights, ids.length), 1, 1_000);
    }
    for (int k = 0; k < v.size(); k++) {
      assertThat(v.weights[k]).isEqualTo(expected[v.ids[k]]);
      assertThat(k == 0 || v.ids[k - 1] < v.ids[k]).isTrue();
    }
    assertThat(v.size()).isEqualTo((int) java.util.stream.IntStream.range(0, 200).filter(i -> expected[i] > 0).count());
  }
}
