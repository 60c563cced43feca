package io.storyline.time.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.core.Article;
import io.storyline.time.PublicationDate;
import io.storyline.time.PublicationDateFinder;
import io.storyline.time.TimeExpressionExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Publication-date accuracy on the htmldate evaluation set: for each {@code url -> {file, date}} of a
 * gold file, the page is read by the product's HTML reader (a {@link PageReader}; the CLI passes
 * ingest's) and the finder's day compared with the gold day.
 * Accuracy counts exact days over all items (a page whose gold is {@code NaN}, no date, counts as
 * correct when no date is given); coverage is the share given any date. The HTML archive
 * is unpacked once into a cache directory under {@code java.io.tmpdir}, never into the repository.
 */
public final class PubDateEvaluation {
  private static final List<String> HTML_DIRS = List.of("tests/eval", "tests/cache", "tests/test_set");
  private static final int EXAMPLES = 30;

  private PubDateEvaluation() {}

  /** The scores of one gold file. */
  public record Report(String gold, int items, int dated, int correct, Map<String, int[]> bySource, List<String> examples) {
    public double accuracy() {
      return items == 0 ? 0 : (double) correct / items;
    }

    public double coverage() {
      return items == 0 ? 0 : (double) dated / items;
    }

    /** The figures as Markdown. */
    public String table() {
      StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
          "%s: %d pages, accuracy %.3f, coverage %.3f%n| source | chosen | correct |%n|---|---|---|%n",
          gold, items, accuracy(), coverage()));
      bySource.forEach((source, n) -> b.append(String.format("| %s | %d | %d |%n", source, n[0], n[1])));
      return b.toString();
    }
  }

  /** Reads one saved page into an article (text, url, meta) as ingest would; empty when it has no article text. */
  @FunctionalInterface
  public interface PageReader {
    Optional<Article> read(Path file, String url) throws IOException;
  }

  /** Scores the finder on {@code goldFile} (e.g. {@code gold_world.json}) of the htmldate folder. */
  public static Report run(Path dataDir, String goldFile, TimeExpressionExtractor extractor, PageReader reader)
      throws IOException {
    Path pages = unpack(dataDir);
    PublicationDateFinder finder = new PublicationDateFinder(extractor);
    ObjectMapper json = new ObjectMapper();
    json.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS.mappedFeature());
    JsonNode gold = json.readTree(dataDir.resolve(goldFile).toFile());
    int items = 0;
    int dated = 0;
    int correct = 0;
    Map<String, int[]> bySource = new TreeMap<>();
    List<String> examples = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> item = it.next();
      String url = item.getKey();
      JsonNode date = item.getValue().get("date");
      String expected = date.isTextual() ? date.asText() : null;
      Optional<Path> file = find(pages, item.getValue().get("file").asText());
      items++;
      if (file.isEmpty()) {
        examples.add("no file for " + url);
        continue;
      }
      Optional<Article> page = reader.read(file.get(), url);
      Optional<PublicationDate> found = page.isEmpty() ? Optional.empty() : finder.find(page.get().meta(), url,
          page.get().text(), language(page.get()));
      if (found.isEmpty()) {
        if (expected == null) {
          correct++;
        } else if (examples.size() < EXAMPLES) {
          examples.add("none " + expected + " " + url);
        }
        continue;
      }
      dated++;
      PublicationDate d = found.get();
      boolean ok = expected != null && d.value().startsWith(expected);
      int[] counts = bySource.computeIfAbsent(d.source(), k -> new int[2]);
      counts[0]++;
      if (ok) {
        correct++;
        counts[1]++;
      } else if (examples.size() < EXAMPLES) {
        examples.add("wrong " + d.value() + " (" + d.source() + ") gold " + expected + " " + url);
      }
    }
    return new Report(goldFile, items, dated, correct, bySource, List.copyOf(examples));
  }

  /** The page's declared language ({@code <html lang>}), English when it declares none. */
  private static String language(Article page) {
    String lang = page.meta().getOrDefault("html:lang", "en");
    return lang.length() >= 2 ? lang.substring(0, 2).toLowerCase(Locale.ROOT) : "en";
  }

  private static Optional<Path> find(Path pages, String name) {
    return HTML_DIRS.stream().map(d -> pages.resolve(d).resolve(name)).filter(Files::isRegularFile).findFirst();
  }

  /** Unpacks {@code html_pages.tar.xz} into a cache directory outside the repository (once). */
  static Path unpack(Path dataDir) throws IOException {
    Path archive = dataDir.resolve("html_pages.tar.xz");
    Path cache = Path.of(System.getProperty("java.io.tmpdir"), "storyline-htmldate-" + Files.size(archive));
    Path done = cache.resolve(".unpacked");
    if (Files.exists(done)) {
      return cache;
    }
    Files.createDirectories(cache);
    Process tar = new ProcessBuilder("tar", "-xJf", archive.toAbsolutePath().toString(), "-C", cache.toString())
        .redirectErrorStream(true).start();
    try {
      String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (tar.waitFor() != 0) {
        throw new IOException("cannot unpack " + archive + " into " + cache + ": " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while unpacking " + archive, e);
    }
    Files.writeString(done, archive.toString());
    return cache;
  }
}
