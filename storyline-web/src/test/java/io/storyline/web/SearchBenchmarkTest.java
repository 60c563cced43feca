package io.storyline.web;

import io.storyline.clean.CleanStage;
import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layers;
import io.storyline.search.Expansion;
import io.storyline.search.Filters;
import io.storyline.search.SearchIndex;
import io.storyline.search.SearchQuery;
import io.storyline.store.LuceneArticleStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search latency, UI page weight and time to first page on a synthetic store of 10,000 articles:
 * the example corpus and (when present) the SlavicNER raw texts under shared/evaldata, varied by
 * shuffling paragraphs and spreading dates. Not part of the default run:
 * {@code ./mvnw -o -f storyline-web/pom.xml test -Dbench.excluded=none -Dgroups=bench -Dtest=SearchBenchmarkTest}
 */
@Tag("bench")
class SearchBenchmarkTest {
  static final int ARTICLES = Integer.getInteger("bench.articles", 10_000);
  static final int QUERIES = 500;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path data;

  @Test
  void measures() throws Exception {
    List<Article> seeds = seeds();
    long t0 = System.nanoTime();
    List<String> words = new ArrayList<>();
    try (LuceneArticleStore store = LuceneArticleStore.open(data); SearchIndex index = SearchIndex.open(data)) {
      Random random = new Random(42);
      CleanStage clean = new CleanStage();
      for (int i = 0; i < ARTICLES; i++) {
        Article seed = seeds.get(i % seeds.size());
        List<String> paragraphs = new ArrayList<>(Arrays.asList(seed.text().split("\n\n")));
        Collections.shuffle(paragraphs, random);
        String text = "Report " + i + "\n\n" + String.join("\n\n", paragraphs);
        String published = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000)).toString();
        Article a = clean.apply(Article.of("a" + i, seed.source(), null, null, text, Map.of("published", published)))
            .with(Layers.LANGUAGE, seed.expect(Layers.LANGUAGE));
        store.put(a);
        index.index(a);
        if (i < seeds.size()) {
          Arrays.stream(text.split("[^\\p{L}]+")).filter(w -> w.length() >= 5).limit(40).forEach(words::add);
        }
      }
      store.commit();
      index.commit();
      System.out.printf("BENCH corpus: %d articles from %d distinct texts, built in %d s%n", index.count(), seeds.size(),
          (System.nanoTime() - t0) / 1_000_000_000);
      latency(index, words, random);
      pageWeight(store, index);
    }
    coldStart();
  }

  private void latency(SearchIndex index, List<String> words, Random random) {
    List<SearchQuery> queries = new ArrayList<>();
    for (int i = 0; i < QUERIES; i++) {
      String w1 = words.get(random.nextInt(words.size()));
      String w2 = words.get(random.nextInt(words.size()));
      SearchQuery q = switch (i % 5) {
        case 0 -> SearchQuery.of(w1);
        case 1 -> SearchQuery.of("\"" + w1 + " " + w2 + "\"");
        case 2 -> SearchQuery.of(w1 + " OR " + w2);
        case 3 -> SearchQuery.of(w1).withFilters(new Filters(Set.of("pl", "uk"), LocalDate.of(2021, 1, 1),
            LocalDate.of(2023, 12, 31), null, null, null, null));
        default -> SearchQuery.of("Stoltenberg").withExpansions(List.of(new Expansion("Stoltenberg", "q", List.of("Столтенберг", "Стольтенберг"))));
      };
      queries.add(q);
    }
    for (int i = 0; i < 100; i++) {
      index.search(queries.get(i));
    }
    long[] micros = new long[QUERIES];
    long hits = 0;
    for (int i = 0; i < QUERIES; i++) {
      long s = System.nanoTime();
      hits += index.search(queries.get(i)).total();
      micros[i] = (System.nanoTime() - s) / 1000;
    }
    Arrays.sort(micros);
    System.out.printf("BENCH search latency over %d queries (20 hits with snippets each, mean total %d): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        QUERIES, hits / QUERIES, micros[QUERIES / 2] / 1000.0, micros[QUERIES * 9 / 10] / 1000.0, micros[QUERIES * 99 / 100] / 1000.0,
        micros[QUERIES - 1] / 1000.0);
  }

  private void pageWeight(LuceneArticleStore store, SearchIndex index) throws Exception {
    WebServer server = new WebServer(Services.of(store, index), WebConfig.defaults());
    server.start(WebServer.LOOPBACK, 0);
    try {
      long shell = 0;
      shell += bytes(server.uri().resolve(""));
      for (String f : StaticAssets.FILES) {
        shell += bytes(server.uri().resolve("ui/" + f));
      }
      long home = bytes(server.uri().resolve("api/health")) + bytes(server.uri().resolve("api/stats"))
          + bytes(server.uri().resolve("api/storylines?limit=50")) + bytes(server.uri().resolve("api/articles?limit=20"));
      long article = bytes(server.uri().resolve("api/articles/a7"));
      long search = bytes(server.uri().resolve("api/stats")) + bytes(server.uri().resolve("api/search?q=NATO&limit=20"));
      System.out.printf("BENCH page weight (uncompressed): UI shell %d bytes (index.html + %d files, loaded once); "
          + "data per view: overview %d, article %d, search %d bytes%n", shell, StaticAssets.FILES.size(), home, article, search);
    } finally {
      server.stop();
    }
  }

  private void coldStart() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    long start = System.nanoTime();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ServeMain.class.getName(),
        data.toString(), String.valueOf(port)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      URI uri = URI.create("http://127.0.0.1:" + port + "/");
      while (true) {
        try {
          if (HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            break;
          }
        } catch (IOException e) {
          Thread.sleep(20);
        }
      }
      System.out.printf("BENCH time from JVM launch to first page served (store of %d articles): %d ms%n", ARTICLES,
          (System.nanoTime() - start) / 1_000_000);
    } finally {
      p.destroy();
      p.waitFor();
    }
  }

  private static long bytes(URI uri) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray()).body().length;
  }

  /** The example articles and the SlavicNER raw texts (language from their folder), without copying them anywhere. */
  private static List<Article> seeds() throws IOException {
    List<Article> out = new ArrayList<>();
    List<String> langs = List.of("pl", "uk", "it", "hu", "nl");
    try (Stream<Path> files = Files.list(Corpus.examples())) {
      files.sorted().forEach(f -> out.add(article(f, langs.get(Integer.parseInt(f.getFileName().toString().substring(0, 3))))));
    }
    Path raw = Corpus.repo().resolve("../shared/evaldata/slavicner/raw").normalize();
    if (Files.isDirectory(raw)) {
      try (Stream<Path> files = Files.walk(raw)) {
        files.filter(Files::isRegularFile).sorted().forEach(f -> out.add(article(f, f.getParent().getFileName().toString())));
      }
    }
    return out;
  }

  private static Article article(Path f, String lang) {
    try {
      return Article.of(null, f.getFileName().toString(), null, null, Files.readString(f), Map.of())
          .with(Layers.LANGUAGE, new LanguageGuess(lang, 1.0, "given"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
