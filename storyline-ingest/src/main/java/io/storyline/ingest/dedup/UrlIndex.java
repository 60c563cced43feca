package io.storyline.ingest.dedup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which web addresses have been read, and into which stored article: the memory that keeps a watch
 * from fetching a page twice and from storing one article twice under two addresses. Addresses are
 * compared by {@link UrlNormalizer#key}; the texts' {@link NearDuplicates} signatures are kept too.
 *
 * <p>Kept in {@code DATA/sources/urls.log}, one line per fact, written before the article store
 * commits and forced to disk: {@code A key id signature} (an article stored), {@code U key id} (another
 * address of it), {@code X key reason} (a failed attempt), and {@code C} once the store has committed
 * everything above. On opening, the {@code A} lines after the last {@code C} are checked against the
 * store and dropped when the article is not there (the process was killed before the store committed),
 * so those pages are fetched again and nothing acknowledged is lost.
 */
public final class UrlIndex implements AutoCloseable {

  /** Failed attempts after which an address is given up. */
  public static final int MAX_ATTEMPTS = 3;

  private final Path file;
  private final Map<String, String> ids = new HashMap<>();
  private final Map<String, Integer> failures = new HashMap<>();
  private final NearDuplicates texts;
  private final List<String> pending = new ArrayList<>();
  private BufferedWriter out;

  private UrlIndex(Path file, double threshold) {
    this.file = file;
    this.texts = new NearDuplicates(threshold);
  }

  /**
   * Opens the index under the data directory.
   *
   * @param isStored whether the store holds an article with this id (for the lines not yet known to be committed)
   */
  public static UrlIndex open(Path data, Predicate<String> isStored, double threshold) throws IOException {
    UrlIndex index = new UrlIndex(data.resolve("sources").resolve("urls.log"), threshold);
    Files.createDirectories(index.file.getParent());
    List<String> kept = new ArrayList<>();
    boolean rewrite = false;
    if (Files.exists(index.file)) {
      List<String> lines = Files.readAllLines(index.file, StandardCharsets.UTF_8);
      int lastCheckpoint = lines.lastIndexOf("C");
      Set<String> lost = new HashSet<>();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        String[] f = line.split("\t", 4);
        boolean uncertain = i > lastCheckpoint;
        if (f[0].equals("C")) {
          continue;
        }
        if (f.length < 3 || !Set.of("A", "U", "X").contains(f[0])) {
          rewrite = true; // a line torn by a kill
          continue;
        }
        if (uncertain && f[0].equals("A") && !isStored.test(f[2])) {
          lost.add(f[2]);
          rewrite = true;
          continue;
        }
        if (uncertain && f[0].equals("U") && lost.contains(f[2])) {
          continue;
        }
        rewrite |= uncertain;
        kept.add(line);
        index.apply(f);
      }
    }
    if (rewrite) {
      Path next = index.file.resolveSibling("urls.log.next");
      kept.add("C");
      Files.write(next, kept, StandardCharsets.UTF_8);
      force(next);
      Files.move(next, index.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    index.out = Files.newBufferedWriter(index.file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    return index;
  }

  private void apply(String[] f) {
    switch (f[0]) {
      case "A" -> {
        ids.put(f[1], f[2]);
        if (f.length > 3) {
          NearDuplicates.decode(f[3]).ifPresent(s -> texts.add(f[2], s));
        }
      }
      case "U" -> ids.put(f[1], f[2]);
      case "X" -> failures.merge(f[1], 1, Integer::sum);
      default -> { }
    }
  }

  /** The id of the article read from this address (or one with the same key), if any. */
  public synchronized Optional<String> idFor(String url) {
    return Optional.ofNullable(ids.get(UrlNormalizer.key(url)));
  }

  /** Failed attempts at this address so far. */
  public synchronized int failures(String url) {
    return failures.getOrDefault(UrlNormalizer.key(url), 0);
  }

  /** Whether the address is done with: read, or failed {@value #MAX_ATTEMPTS} times. */
  public synchronized boolean settled(String url) {
    String key = UrlNormalizer.key(url);
    return ids.containsKey(key) || failures.getOrDefault(key, 0) >= MAX_ATTEMPTS;
  }

  /** The stored article whose text is nearly this one's, if any. */
  public synchronized Optional<String> nearDuplicate(int[] signature) {
    return texts.find(signature);
  }

  /**
   * Remembers, in memory for now, that these addresses lead to the article with this id, so later pages of
   * the same batch find it; {@link #stored} or {@link #alias} makes it lasting.
   */
  public synchronized void claim(String id, List<String> urls, int[] signature) {
    for (String url : urls) {
      ids.put(UrlNormalizer.key(url), id);
    }
    if (signature != null) {
      texts.add(id, signature);
    }
  }

  /** An article is being stored under its addresses (the first is its own); written at the next {@link #flush}. */
  public synchronized void stored(String id, List<String> urls, int[] signature) {
    claim(id, urls, signature);
    Set<String> keys = new java.util.LinkedHashSet<>();
    urls.forEach(u -> keys.add(UrlNormalizer.key(u)));
    boolean first = true;
    for (String key : keys) {
      pending.add(first ? "A\t" + key + "\t" + id + (signature == null ? "" : "\t" + NearDuplicates.encode(signature))
          : "U\t" + key + "\t" + id);
      first = false;
    }
  }

  /** Another address of a stored article. */
  public synchronized void alias(String url, String id) {
    String key = UrlNormalizer.key(url);
    ids.put(key, id);
    pending.add("U\t" + key + "\t" + id);
  }

  /** A failed attempt at an address. */
  public synchronized void failed(String url, String reason) {
    String key = UrlNormalizer.key(url);
    failures.merge(key, 1, Integer::sum);
    pending.add("X\t" + key + "\t" + reason.replaceAll("\\s+", " "));
  }

  /** Writes what was recorded and forces it to disk; called before the store commits. */
  public synchronized void flush() throws IOException {
    for (String line : pending) {
      out.write(line);
      out.write('\n');
    }
    pending.clear();
    out.flush();
    force(file);
  }

  /** Records that the store has committed everything recorded so far. */
  public synchronized void checkpoint() throws IOException {
    pending.add("C");
    flush();
  }

  private static void force(Path path) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
