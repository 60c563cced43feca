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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;

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

  private PubDateEvaluation() {}

  /**
   * Which pages of a gold file to score: the development half (rules may be tuned on it), the test
   * half (reported, never looked at while tuning) or all. A page's half is fixed by the CRC-32 of its URL.
   */
  public enum Half {
    ALL, DEV, TEST;

    /** True when the page at {@code url} belongs to this half. */
    public boolean contains(String url) {
      if (this == ALL) {
        return true;
      }
      CRC32 crc = new CRC32();
      crc.update(url.getBytes(StandardCharsets.UTF_8));
      return (crc.getValue() % 2 == 0) == (this == DEV);
    }
  }

  /** The scores of one gold file; {@code errors} lists every page scored wrong, by error class. */
  public record Report(String gold, Half half, int items, int dated, int correct, Map<String, int[]> bySource,
      List<String> errors) {
    public double accuracy() {
      return items == 0 ? 0 : (double) correct / items;
    }

    public double coverage() {
      return items == 0 ? 0 : (double) dated / items;
    }

    /** The figures as Markdown. */
    public String table() {
      StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
          "%s (%s): %d pages, accuracy %.3f, coverage %.3f%n| source | chosen | correct |%n|---|---|---|%n",
          gold, half.name().toLowerCase(Locale.ROOT), items, accuracy(), coverage()));
      bySource.forEach((source, n) -> b.append(String.format("| %s | %d | %d |%n", source, n[0], n[1])));
      Map<String, Integer> classes = new TreeMap<>();
      errors.forEach(e -> classes.merge(e.substring(0, e.indexOf(':')), 1, Integer::sum));
      b.append("errors by class:");
      classes.forEach((c, n) -> b.append(' ').append(c).append(' ').append(n));
      return b.append(System.lineSeparator()).toString();
    }
  }

  /** Reads one saved page into an article (text, url, meta) as ingest would; empty when it has no article text. */
  @FunctionalInterface
  public interface PageReader {
    Optional<Article> read(Path file, String url) throws IOException;
  }

  /** Scores the finder on {@code goldFile} (e.g. {@code gold_world.json}) of the htmldate folder. */
  public static Report run(Path dataDir, String goldFile, Half half, TimeExpressionExtractor extractor,
      PageReader reader) throws IOException {
    Path pages = unpack(dataDir);
    PublicationDateFinder finder = new PublicationDateFinder(extractor);
    ObjectMapper json = new ObjectMapper();
    json.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS.mappedFeature());
    JsonNode gold = json.readTree(dataDir.resolve(goldFile).toFile());
    int items = 0;
    int dated = 0;
    int correct = 0;
    Map<String, int[]> bySource = new TreeMap<>();
    List<String> errors = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> item = it.next();
      String url = item.getKey();
      JsonNode date = item.getValue().get("date");
      String expected = date.isTextual() ? date.asText() : null;
      if (!half.contains(url)) {
        continue;
      }
      Optional<Path> file = find(pages, item.getValue().get("file").asText());
      items++;
      if (file.isEmpty()) {
        errors.add("no file: " + url);
        continue;
      }
      Optional<Article> page = reader.read(file.get(), url);
      Optional<PublicationDate> found = page.isEmpty() ? Optional.empty() : finder.find(page.get().meta(), url,
          page.get().text(), language(page.get()));
      if (found.isEmpty()) {
        if (expected == null) {
          correct++;
        } else {
          errors.add((page.isEmpty() ? "no article text" : "no date") + ": gold " + expected + " " + url);
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
      } else {
        errors.add(errorClass(d, expected) + ": " + d.value() + " (" + d.source() + ") gold " + expected + " " + url);
      }
    }
    return new Report(goldFile, half, items, dated, correct, bySource, List.copyOf(errors));
  }

  /** How far a wrong date is from the gold: a day off (a time zone), the same month, the same year, or further. */
  static String errorClass(PublicationDate found, String expected) {
    if (expected == null) {
      return "dated a page without date";
    }
    Optional<LocalDate> day = found.day();
    if (day.isEmpty()) {
      return found.value().startsWith(expected.substring(0, 7)) ? "month only" : "coarse and wrong";
    }
    long apart = Math.abs(ChronoUnit.DAYS.between(day.get(), LocalDate.parse(expected)));
    if (apart == 1) {
      return "one day off";
    }
    if (apart <= 31) {
      return "within a month";
    }
    return day.get().getYear() == LocalDate.parse(expected).getYear() ? "same year" : "other year";
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
