package io.storyline.ingest.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a stored article whose text is nearly the same as a new one's: a syndicated copy on another
 * site, the same story with another headline, a byline added, a paragraph cut or a few words changed.
 *
 * <p>Texts become sets of word 5-shingles (lower-cased letters and digits, any script); a MinHash
 * signature of {@value #HASHES} values estimates the Jaccard similarity of two sets, and locality
 * sensitive hashing ({@value #BANDS} bands of {@value #ROWS}) finds the candidates without comparing
 * with everything. A candidate whose estimated similarity reaches the threshold is a near duplicate.
 * Different articles about the same event share names and phrases but few 5-word runs, so they stay
 * apart. The seed is fixed: the same texts give the same signatures in every run.
 *
 * <p>Not thread-safe; one writer adds and asks.
 */
public final class NearDuplicates {

  /** Values in a signature. */
  public static final int HASHES = 64;
  static final int BANDS = 32;
  static final int ROWS = HASHES / BANDS;
  static final int SHINGLE = 5;
  /** Texts shorter than this many words are not compared (too little to tell copies from chance). */
  static final int MIN_WORDS = 30;
  /** The default least estimated Jaccard similarity of shingle sets for a near duplicate. */
  public static final double DEFAULT_THRESHOLD = 0.3;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final long[] SEEDS = seeds();

  private final double threshold;
  private final Map<String, int[]> signatures = new HashMap<>();
  private final List<Map<Long, List<String>>> bands = new ArrayList<>();

  public NearDuplicates(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("near-duplicate threshold must be in (0, 1], got " + threshold);
    }
    this.threshold = threshold;
    for (int b = 0; b < BANDS; b++) {
      bands.add(new HashMap<>());
    }
  }

  /** The signature of a text, or empty when it has fewer than {@value #MIN_WORDS} words. */
  public static Optional<int[]> signature(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    if (words.size() < MIN_WORDS) {
      return Optional.empty();
    }
    Set<Long> shingles = new HashSet<>();
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      long h = 1125899906842597L;
      for (int j = i; j < i + SHINGLE; j++) {
        h = 31 * h + words.get(j).hashCode();
      }
      shingles.add(mix(h));
    }
    int[] signature = new int[HASHES];
    java.util.Arrays.fill(signature, Integer.MAX_VALUE);
    for (long shingle : shingles) {
      for (int k = 0; k < HASHES; k++) {
        int v = (int) (mix(shingle ^ SEEDS[k]) >>> 33);
        if (v < signature[k]) {
          signature[k] = v;
        }
      }
    }
    return Optional.of(signature);
  }

  /** The estimated Jaccard similarity of two signatures: the share of equal values. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  /** Remembers an article's signature under its id. */
  public void add(String id, int[] signature) {
    signatures.put(id, signature);
    for (int b = 0; b < BANDS; b++) {
      bands.get(b).computeIfAbsent(bandKey(signature, b), k -> new ArrayList<>(1)).add(id);
    }
  }

  /** The id of the most similar remembered article at or above the threshold, if any. */
  public Optional<String> find(int[] signature) {
    String best = null;
    double bestScore = 0;
    Set<String> tried = new HashSet<>();
    for (int b = 0; b < BANDS; b++) {
      for (String id : bands.get(b).getOrDefault(bandKey(signature, b), List.of())) {
        if (tried.add(id)) {
          double score = similarity(signature, signatures.get(id));
          if (score >= threshold && score > bestScore) {
            best = id;
            bestScore = score;
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }

  public int size() {
    return signatures.size();
  }

  /** A signature as text, for logs: hexadecimal values joined by nothing. */
  public static String encode(int[] signature) {
    StringBuilder s = new StringBuilder(HASHES * 8);
    for (int v : signature) {
      s.append(String.format("%08x", v));
    }
    return s.toString();
  }

  /** The signature {@link #encode} wrote; empty when the text is not one. */
  public static Optional<int[]> decode(String text) {
    if (text == null || text.length() != HASHES * 8) {
      return Optional.empty();
    }
    int[] signature = new int[HASHES];
    try {
      for (int i = 0; i < HASHES; i++) {
        signature[i] = Integer.parseUnsignedInt(text, i * 8, i * 8 + 8, 16);
      }
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.of(signature);
  }

  private static long bandKey(int[] signature, int band) {
    long h = band;
    for (int r = 0; r < ROWS; r++) {
      h = h * 0x9E3779B97F4A7C15L + signature[band * ROWS + r];
    }
    return mix(h);
  }

  private static long[] seeds() {
    SplittableRandom random = new SplittableRandom(20261207L);
    long[] seeds = new long[HASHES];
    for (int i = 0; i < HASHES; i++) {
      seeds[i] = random.nextLong();
    }
    return seeds;
  }

  /** The finaliser of MurmurHash3: spreads the bits of a 64-bit value. */
  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb53fe1a85ec3L;
    return z ^ (z >>> 33);
  }
}
