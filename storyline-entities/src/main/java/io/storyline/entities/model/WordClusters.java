package io.storyline.entities.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Word clusters of one language: each known (lower-cased) word's fine cluster and the coarse cluster that fine
 * cluster belongs to, induced from unlabelled text by {@link WordClusterInducer}. Stored as
 * {@code <language>-clusters.tsv.gz} beside the name models ({@code word TAB coarse TAB fine}, sorted by word).
 * Immutable.
 */
public final class WordClusters {
  private static final String RESOURCE = "/io/storyline/entities/model/%s-clusters.tsv.gz";
  private static final WordClusters NONE = new WordClusters(Map.of());
  private static final Map<String, WordClusters> LOADED = new ConcurrentHashMap<>();

  /** A word's clusters. */
  public record Cluster(int coarse, int fine) {}

  private final Map<String, Cluster> clusters;

  WordClusters(Map<String, Cluster> clusters) {
    this.clusters = Map.copyOf(clusters);
  }

  /** The clusters of {@code word} (any case), or null for a word the text they were induced from lacked. */
  public Cluster of(String word) {
    return clusters.get(word.toLowerCase(Locale.ROOT));
  }

  /** How many words have a cluster. */
  public int size() {
    return clusters.size();
  }

  /**
   * The clusters of {@code language}: those the trainer set ({@link #use}), else the file in the folder named by
   * the system property {@code storyline.names.models}, else the shipped resource; none (every word unknown) when
   * the language has no cluster file.
   */
  public static WordClusters forLanguage(String language) {
    return LOADED.computeIfAbsent(language, WordClusters::load);
  }

  /** Makes {@code clusters} the ones {@link #forLanguage} gives for {@code language} (training). */
  static void use(String language, WordClusters clusters) {
    LOADED.put(language, clusters);
  }

  private static WordClusters load(String language) {
    String file = language + "-clusters.tsv.gz";
    String folder = System.getProperty("storyline.names.models");
    try {
      if (folder != null && Files.isRegularFile(Path.of(folder, file))) {
        try (InputStream in = Files.newInputStream(Path.of(folder, file))) {
          return read(in);
        }
      }
      try (InputStream in = WordClusters.class.getResourceAsStream(RESOURCE.formatted(language))) {
        return in == null ? NONE : read(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the word clusters " + file, e);
    }
  }

  /** Reads the gzipped {@code word TAB coarse TAB fine} lines. */
  static WordClusters read(InputStream gzipped) throws IOException {
    Map<String, Cluster> map = new HashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped),
        StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        String[] f = line.split("\t");
        if (f.length != 3) {
          throw new IOException("line " + number + " of a cluster file is not 'word TAB coarse TAB fine': " + line);
        }
        map.put(f[0], new Cluster(Integer.parseInt(f[1]), Integer.parseInt(f[2])));
      }
    }
    return new WordClusters(map);
  }

  /** Writes the clusters as gzipped lines sorted by word (the same clusters give the same bytes). */
  void write(OutputStream out) throws IOException {
    GZIPOutputStream zip = new GZIPOutputStream(out);
    Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
    for (Map.Entry<String, Cluster> e : new TreeMap<>(clusters).entrySet()) {
      w.write(e.getKey() + "\t" + e.getValue().coarse() + "\t" + e.getValue().fine() + "\n");
    }
    w.flush();
    zip.finish();
  }
}
