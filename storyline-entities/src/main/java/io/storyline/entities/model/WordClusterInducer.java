package io.storyline.entities.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Induces word clusters from unlabelled sentences, a cheap stand-in for Brown clusters: each frequent word is
 * described by the words up to two before and after it (positive pointwise mutual information with the most frequent words,
 * context counts smoothed to the power 0.75, unit length), the words are grouped by spherical k-means (k-means++
 * seeding from a fixed seed) into {@code fine} clusters, and the fine clusters' centroids into {@code coarse}
 * ones. Deterministic: the same sentences and settings give the same clusters.
 */
public final class WordClusterInducer {
  /** The settings {@code train-names --features clusters} uses (MODEL_CARD.md, "Word clusters"). */
  public record Settings(int fine, int coarse, int minCount, int maxWords, int contexts, int iterations, long seed) {
    public static final Settings DEFAULT = new Settings(256, 32, 3, 60_000, 1_000, 15, 20261208L);
  }

  private WordClusterInducer() {}

  /** A sparse vector: ascending indices and their values. */
  private record Vec(int[] index, float[] value) {
    double dot(float[] dense) {
      double s = 0;
      for (int k = 0; k < index.length; k++) {
        s += value[k] * dense[index[k]];
      }
      return s;
    }
  }

  /** The clusters of the words of {@code sentences} (lower-cased words) seen at least {@code minCount} times. */
  public static WordClusters induce(List<String[]> sentences, Settings settings) {
    Map<String, int[]> counts = new HashMap<>();
    for (String[] s : sentences) {
      for (String w : s) {
        counts.computeIfAbsent(w, k -> new int[1])[0]++;
      }
    }
    Comparator<Map.Entry<String, int[]>> byFrequency =
        Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0]).thenComparing(Map.Entry::getKey);
    List<Map.Entry<String, int[]>> ranked = new ArrayList<>(counts.entrySet());
    ranked.sort(byFrequency);
    Map<String, Integer> context = new HashMap<>();
    for (int i = 0; i < ranked.size() && context.size() < settings.contexts(); i++) {
      context.put(ranked.get(i).getKey(), context.size());
    }
    int boundary = context.size();
    int dims = OFFSETS.length * (boundary + 1);
    List<String> words = new ArrayList<>();
    Map<String, Integer> wordIndex = new HashMap<>();
    for (Map.Entry<String, int[]> e : ranked) {
      if (words.size() >= settings.maxWords() || e.getValue()[0] < settings.minCount()) {
        break;
      }
      if (hasLetter(e.getKey())) {
        wordIndex.put(e.getKey(), words.size());
        words.add(e.getKey());
      }
    }
    if (words.size() < settings.fine()) {
      throw new IllegalArgumentException("only " + words.size() + " words seen " + settings.minCount()
          + " times or more; " + settings.fine() + " clusters need more unlabelled text");
    }
    long[] pairs = pairs(sentences, wordIndex, context, boundary);
    Vec[] vectors = ppmi(pairs, words.size(), dims);
    int[] fine = kMeans(vectors, dims, settings.fine(), settings.iterations(), new Random(settings.seed()));
    float[][] centroids = centroids(vectors, fine, settings.fine(), dims);
    Vec[] centroidVectors = new Vec[centroids.length];
    for (int c = 0; c < centroids.length; c++) {
      centroidVectors[c] = sparse(centroids[c]);
    }
    int[] coarse = kMeans(centroidVectors, dims, settings.coarse(), settings.iterations(),
        new Random(settings.seed() + 1));
    Map<String, WordClusters.Cluster> out = new HashMap<>();
    for (int w = 0; w < words.size(); w++) {
      out.put(words.get(w), new WordClusters.Cluster(coarse[fine[w]], fine[w]));
    }
    return new WordClusters(out);
  }

  private static boolean hasLetter(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The neighbours a word is described by, as offsets from it. */
  private static final int[] OFFSETS = {-2, -1, 1, 2};

  /**
   * (word, context) pairs as {@code word << 32 | dimension}, sorted; dimension {@code block * (boundary + 1) +
   * context}, one block per offset of {@link #OFFSETS}, {@code boundary} standing for the sentence's edge.
   */
  private static long[] pairs(List<String[]> sentences, Map<String, Integer> words, Map<String, Integer> context,
      int boundary) {
    long[] pairs = new long[1024];
    int n = 0;
    for (String[] s : sentences) {
      for (int i = 0; i < s.length; i++) {
        Integer w = words.get(s[i]);
        if (w == null) {
          continue;
        }
        if (n + OFFSETS.length > pairs.length) {
          pairs = Arrays.copyOf(pairs, pairs.length * 2);
        }
        for (int b = 0; b < OFFSETS.length; b++) {
          int j = i + OFFSETS[b];
          Integer c = j < 0 || j >= s.length ? Integer.valueOf(boundary) : context.get(s[j]);
          if (c != null) {
            pairs[n++] = (long) w << 32 | (b * (boundary + 1) + c);
          }
        }
      }
    }
    pairs = Arrays.copyOf(pairs, n);
    Arrays.sort(pairs);
    return pairs;
  }

  /** Each word's positive PMI with its contexts (context counts to the power 0.75), scaled to unit length. */
  private static Vec[] ppmi(long[] pairs, int words, int dims) {
    double[] rowSum = new double[words];
    double[] colSum = new double[dims];
    for (long p : pairs) {
      rowSum[(int) (p >>> 32)]++;
      colSum[(int) p]++;
    }
    double colTotal = 0;
    for (int c = 0; c < dims; c++) {
      colSum[c] = Math.pow(colSum[c], 0.75);
      colTotal += colSum[c];
    }
    double total = pairs.length;
    Vec[] out = new Vec[words];
    int i = 0;
    for (int w = 0; w < words; w++) {
      List<int[]> cells = new ArrayList<>();
      while (i < pairs.length && (int) (pairs[i] >>> 32) == w) {
        int c = (int) pairs[i];
        int count = 0;
        while (i < pairs.length && pairs[i] == ((long) w << 32 | c)) {
          count++;
          i++;
        }
        cells.add(new int[] {c, count});
      }
      int[] index = new int[cells.size()];
      float[] value = new float[cells.size()];
      int k = 0;
      double norm = 0;
      for (int[] cell : cells) {
        double pmi = Math.log(cell[1] * total / rowSum[w] / (colSum[cell[0]] / colTotal * total));
        if (pmi > 0) {
          index[k] = cell[0];
          value[k] = (float) pmi;
          norm += pmi * pmi;
          k++;
        }
      }
      float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
      for (int j = 0; j < k; j++) {
        value[j] *= scale;
      }
      out[w] = new Vec(Arrays.copyOf(index, k), Arrays.copyOf(value, k));
    }
    return out;
  }

  /** Spherical k-means with k-means++ seeding; the cluster of each vector. */
  private static int[] kMeans(Vec[] vectors, int dims, int k, int iterations, Random random) {
    float[][] centroids = new float[k][];
    double[] distance = new double[vectors.length];
    Arrays.fill(distance, 1);
    for (int c = 0; c < k; c++) {
      int chosen = c == 0 ? random.nextInt(vectors.length) : sample(distance, random);
      centroids[c] = dense(vectors[chosen], dims);
      for (int v = 0; v < vectors.length; v++) {
        distance[v] = Math.min(distance[v], Math.max(0, 1 - vectors[v].dot(centroids[c])));
      }
    }
    int[] assigned = new int[vectors.length];
    for (int it = 0; it < iterations; it++) {
      boolean changed = false;
      for (int v = 0; v < vectors.length; v++) {
        int best = 0;
        double bestSim = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
          double sim = vectors[v].dot(centroids[c]);
          if (sim > bestSim) {
            bestSim = sim;
            best = c;
          }
        }
        changed |= it == 0 || assigned[v] != best;
        assigned[v] = best;
      }
      if (!changed) {
        break;
      }
      float[][] next = centroids(vectors, assigned, k, dims);
      for (int c = 0; c < k; c++) {
        if (next[c] != null) {
          centroids[c] = next[c];
        }
      }
    }
    return assigned;
  }

  private static int sample(double[] weights, Random random) {
    double total = 0;
    for (double w : weights) {
      total += w * w;
    }
    double r = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i] * weights[i];
      if (r <= 0 && weights[i] > 0) {
        return i;
      }
    }
    return random.nextInt(weights.length);
  }

  /** The unit-length mean of each cluster's vectors (null for an empty cluster). */
  private static float[][] centroids(Vec[] vectors, int[] assigned, int k, int dims) {
    float[][] sums = new float[k][];
    for (int v = 0; v < vectors.length; v++) {
      float[] sum = sums[assigned[v]];
      if (sum == null) {
        sum = sums[assigned[v]] = new float[dims];
      }
      Vec x = vectors[v];
      for (int j = 0; j < x.index().length; j++) {
        sum[x.index()[j]] += x.value()[j];
      }
    }
    for (float[] sum : sums) {
      if (sum != null) {
        double norm = 0;
        for (float f : sum) {
          norm += f * f;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < dims; d++) {
          sum[d] *= scale;
        }
      }
    }
    return sums;
  }

  private static float[] dense(Vec v, int dims) {
    float[] out = new float[dims];
    for (int j = 0; j < v.index().length; j++) {
      out[v.index()[j]] = v.value()[j];
    }
    return out;
  }

  private static Vec sparse(float[] dense) {
    if (dense == null) {
      return new Vec(new int[0], new float[0]);
    }
    int n = 0;
    for (float f : dense) {
      n += f != 0 ? 1 : 0;
    }
    int[] index = new int[n];
    float[] value = new float[n];
    for (int d = 0, k = 0; d < dense.length; d++) {
      if (dense[d] != 0) {
        index[k] = d;
        value[k++] = dense[d];
      }
    }
    return new Vec(index, value);
  }
}
