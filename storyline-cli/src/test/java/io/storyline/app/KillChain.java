package io.storyline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.entities.log.JsonlFile;
import io.storyline.entities.registry.Entity;
import io.storyline.events.Event;
import io.storyline.events.Storyline;
import io.storyline.search.SearchQuery;
import io.storyline.store.ArticleJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the kill-chain tests share: a corpus of real news texts as JSON Lines, the command line run in a child JVM
 * that can be killed with SIGKILL once it is at work, and the state of a data directory as text (export, registry
 * and its log, events and storylines, profile log, search index), the times of day left out.
 */
public final class KillChain {
  static final Path REPO = Path.of(System.getProperty("storyline.repo", ".."));
  static final Path TEXTS = REPO.resolve("../shared/evaldata/slavicner/raw").normalize();
  static final String LANGS = "pl,uk,ru,cs,sl,bg,en";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> QUERIES = List.of("Ryanair", "Brexit", "Putin", "szczepionka", "Nord Stream",
      "Trump", "Biden", "Asia Bibi", "вакцина", "Johnson");

  private KillChain() {}

  /**
   * {@code n} texts spread evenly over the corpus (sorted by path), as JSON Lines with ids, then every 25th again
   * (a duplicate); and, in a second file, every 30th with one more sentence under its id (a new version, which
   * withdraws the old one's registry contribution). The new versions are a later input: an input that holds two
   * versions of an id stores the first again when it is read again, so only a later input can be repeated. A text
   * whose content an earlier id has (the corpus holds a few texts twice; {@code n} may exceed the texts) gets a
   * closing line naming its round, so every id has its own content (the same content under another id is a
   * duplicate and never analysed).
   */
  static List<Path> corpus(Path dir, int n) throws IOException {
    List<Path> all;
    try (Stream<Path> walk = Files.walk(TEXTS)) {
      all = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<String> lines = new ArrayList<>();
    List<String> again = new ArrayList<>();
    List<String> updates = new ArrayList<>();
    java.util.Set<String> contents = new java.util.HashSet<>();
    for (int i = 0; i < n; i++) {
      Path p = all.get((int) ((long) i * all.size() / n));
      String read = Files.readString(p, StandardCharsets.UTF_8);
      String text = read;
      for (int round = 2; !contents.add(io.storyline.core.Article.contentHash(text)); round++) {
        text = read + "\n\nWydanie " + round + ".";
      }
      ObjectNode line = JSON.createObjectNode().put("id", String.format("kc-%05d", i))
          .put("source", TEXTS.relativize(p.getParent()).toString()).put("text", text);
      lines.add(line.toString());
      if (i % 25 == 24) {
        again.add(line.toString());
      }
      if (i % 30 == 29) {
        updates.add(line.deepCopy().put("text", text + "\n\nAktualizacja: tekst uzupełniony o nowe informacje.").toString());
      }
    }
    lines.addAll(again);
    return List.of(Files.write(dir.resolve("news.jsonl"), lines, StandardCharsets.UTF_8),
        Files.write(dir.resolve("updates.jsonl"), updates, StandardCharsets.UTF_8));
  }

  /** A run of the command line in a child JVM; its output (progress lines included) is collected. */
  public static final class Child {
    public final Process process;
    public final List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
    public final CountDownLatch working = new CountDownLatch(1);
    private final String signal;

    /** Starts {@code storyline args}; {@link #working} opens at the first output line containing {@code signal}. */
    public Child(String signal, String... args) throws IOException {
      this.signal = signal;
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Dstoryline.tty=true", "-cp", System.getProperty("java.class.path"), "io.storyline.cli.Main"));
      command.addAll(List.of(args));
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
      Thread reader = new Thread(this::read, "kill-chain-child-output");
      reader.setDaemon(true);
      reader.start();
    }

    private void read() {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          output.add(line);
          if (line.contains(signal)) {
            working.countDown();
          }
        }
      } catch (IOException e) {
        // the child was killed
      }
      working.countDown(); // it ended without the signal: nobody waits for it any longer
    }

    /**
     * Waits until the child is at work, then {@code millis} more, runs {@code meanwhile} while it still works, and
     * kills it with SIGKILL; false if it ended first.
     */
    boolean killAfter(long millis, Runnable meanwhile) throws InterruptedException {
      working.await(5, TimeUnit.MINUTES);
      if (process.waitFor(millis, TimeUnit.MILLISECONDS)) {
        return false;
      }
      meanwhile.run();
      process.destroyForcibly(); // SIGKILL on Linux
      process.waitFor(1, TimeUnit.MINUTES);
      return true;
    }

    /** Waits for the end (an hour at most: a stress run of thousands of articles on a busy machine) and returns the exit code. */
    int finish() throws InterruptedException {
      if (!process.waitFor(60, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("the child did not finish in 60 minutes: " + tail());
      }
      return process.exitValue();
    }

    String tail() {
      synchronized (output) {
        return String.join("\n", output.subList(Math.max(0, output.size() - 15), output.size()));
      }
    }
  }

  /**
   * Runs {@code args} again and again, killing each run after a random delay below {@code spanMillis} from the
   * moment it is at work (running {@code meanwhile} just before), until {@code kills} runs were killed; then runs it
   * to its end. Returns the kills made.
   */
  static int chain(String signal, List<String> args, int kills, long spanMillis, Random random, Runnable meanwhile)
      throws Exception {
    int killed = 0;
    int attempt = 0;
    for (; killed < kills && attempt < 4 * kills; attempt++) {
      Child child = new Child(signal, args.toArray(String[]::new));
      if (child.killAfter(random.nextLong(Math.max(1, spanMillis)), meanwhile)) {
        killed++;
      } else if (child.process.exitValue() != 0) {
        throw new IllegalStateException("storyline " + args + " failed: " + child.tail());
      }
    }
    Child last = new Child(signal, args.toArray(String[]::new));
    int code = last.finish();
    if (code != 0) {
      throw new IllegalStateException("the final storyline " + args + " exited " + code + ": " + last.tail());
    }
    System.out.printf("kill chain %s: %d runs killed with SIGKILL, %d ended before their kill, then one to the end%n",
        args.get(0), killed, attempt - killed);
    return killed;
  }

  /** Runs {@code args} to the end and returns how long it worked after the {@code signal} line, in milliseconds. */
  static long timed(String signal, String... args) throws Exception {
    Child child = new Child(signal, args);
    child.working.await(5, TimeUnit.MINUTES);
    long start = System.nanoTime();
    int code = child.finish();
    if (code != 0) {
      throw new IllegalStateException("storyline " + List.of(args) + " exited " + code + ": " + child.tail());
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  /**
   * Reads {@code data} as a read command does, while another process writes it, and checks that the parts agree:
   * the chronicle places exactly the stored articles, the search index holds as many, and the registry names no
   * article the store lacks. Returns the number of articles seen.
   */
  static long readConsistently(Path data) {
    try (Workspace w = Workspace.read(data, key -> null)) {
      java.util.Set<String> stored = new java.util.HashSet<>();
      w.articles().forEach(a -> stored.add(a.id()));
      java.util.Set<String> placed = new java.util.HashSet<>();
      w.chronicle().events().forEach(e -> placed.addAll(e.articleIds()));
      if (!placed.equals(stored)) {
        throw new AssertionError("a reader saw " + stored.size() + " stored articles but " + placed.size()
            + " placed in events");
      }
      if (w.search().count() != stored.size()) {
        throw new AssertionError("a reader saw " + stored.size() + " stored articles but " + w.search().count()
            + " in the search index");
      }
      for (Entity e : w.entities().entities()) {
        if (!stored.containsAll(e.articles())) {
          throw new AssertionError("a reader saw entity " + e.id() + " in articles not stored");
        }
      }
      return stored.size();
    }
  }

  /**
   * The state of {@code data} by part, read as a read command reads it: the export (events and storylines
   * included), the registry (without first and last seen) and its log, events, storylines and the profile log, and
   * the search index (count, languages, the hits of a few queries). Times of day are left out of the logs.
   */
  static Map<String, String> state(Path data) {
    Map<String, String> parts = new LinkedHashMap<>();
    try (Workspace w = Workspace.read(data, key -> null)) {
      ArticleJson json = Storage.codec();
      StringBuilder export = new StringBuilder();
      w.articles().forEach(a -> export.append(json.write(w.chronicle().annotate(a))).append('\n'));
      // an upload through the API is saved in a fresh temporary directory, whose name its metadata records
      parts.put("export", export.toString().replaceAll("storyline-upload-\\d+", "storyline-upload-N"));
      StringBuilder registry = new StringBuilder();
      for (Entity e : w.entities().entities()) {
        registry.append(e.id()).append(' ').append(e.type()).append(' ').append(e.name()).append(' ')
            .append(new TreeSet<>(e.articles())).append(' ').append(e.keys()).append(' ')
            .append(e.variants().stream().map(v -> v.id() + "=" + v.count()).sorted().toList()).append('\n');
      }
      parts.put("registry", registry.toString());
      CommitPoint at = CommitPoint.of(w.articles().committedData());
      parts.put("registry log", withoutTimes(CommitPoint.registryLog(data), at.length(CommitPoint.REGISTRY)));
      StringBuilder events = new StringBuilder();
      for (Event e : w.chronicle().events()) {
        events.append(e.id()).append(' ').append(e.dateValue()).append(' ').append(e.articleIds()).append(' ')
            .append(e.gist()).append('\n');
      }
      parts.put("events", events.toString());
      StringBuilder storylines = new StringBuilder();
      for (Storyline s : w.chronicle().storylines()) {
        storylines.append(s.id()).append(' ').append(s.label()).append(' ').append(s.eventIds()).append('\n');
      }
      parts.put("storylines", storylines.toString());
      parts.put("profile log", withoutTimes(CommitPoint.profileLog(data), at.length(CommitPoint.PROFILES)));
      StringBuilder search = new StringBuilder("count ").append(w.search().count()).append(' ')
          .append(w.search().languages()).append('\n');
      for (String q : QUERIES) {
        SearchQuery query = new SearchQuery(q, List.of(), io.storyline.search.Filters.NONE,
            io.storyline.search.SortOrder.RELEVANCE, SearchQuery.MAX_LIMIT, null);
        search.append(q).append(": ").append(w.search().search(query).hits().stream().map(h -> h.id()).toList()).append('\n');
      }
      parts.put("search", search.toString());
    }
    return parts;
  }

  /** The records of {@code log} up to the committed length, without their times. */
  private static String withoutTimes(Path log, java.util.OptionalLong committed) {
    StringBuilder b = new StringBuilder();
    for (JsonNode record : JsonlFile.read(log, JsonNode.class, committed.orElse(Long.MAX_VALUE))) {
      if (record instanceof ObjectNode o) {
        o.remove("at");
      }
      b.append(record).append('\n');
    }
    return b.toString();
  }

  /** Empty when the two states agree, else the first line that differs in each differing part. */
  static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
    List<String> out = new ArrayList<>();
    for (String part : expected.keySet()) {
      String[] e = expected.get(part).split("\n", -1);
      String[] a = actual.getOrDefault(part, "").split("\n", -1);
      for (int i = 0; i < Math.max(e.length, a.length); i++) {
        String x = i < e.length ? e[i] : "(nothing)";
        String y = i < a.length ? a[i] : "(nothing)";
        if (!x.equals(y)) {
          int at = 0;
          while (at < Math.min(x.length(), y.length()) && x.charAt(at) == y.charAt(at)) {
            at++;
          }
          out.add(part + " line " + (i + 1) + " of " + e.length + ", from character " + at + ": expected\n  "
              + clip(x, at) + "\nbut found\n  " + clip(y, at));
          break;
        }
      }
    }
    return out;
  }

  /** Up to 400 characters of {@code s} around {@code at}. */
  private static String clip(String s, int at) {
    int from = Math.max(0, at - 150);
    return (from > 0 ? "..." : "") + s.substring(from, Math.min(s.length(), from + 400))
        + (from + 400 < s.length() ? "..." : "");
  }
}
