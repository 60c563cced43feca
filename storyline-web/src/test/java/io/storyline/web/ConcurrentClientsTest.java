package io.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many clients at once against a real server on loopback over the example corpus: searches (fuzzy ones within the
 * limits included), article pages, lists, entities and health, each client one request after another. Every answer
 * must be a success; latency percentiles are printed. The default run is short; the benchmark is the load:
 * {@code ./mvnw -q -o -pl storyline-web -am test -Dbench.excluded=none -Dgroups=bench -Dtest=ConcurrentClientsTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ConcurrentClientsTest {
  private static final String[] QUERIES = {"NATO", "Stoltenberg", "Japonia", "Японія", "Giappone", "Japán", "Japan",
      "\"NATO office\"", "Stoltenbreg~2", "coop*", "minist* AND Tokyo", "cooperation OR współpraca", "Kishida~1"};

  @TempDir static Path data;
  static Corpus corpus;
  static WebServer server;
  static URI base;

  @BeforeAll
  static void start() {
    corpus = Corpus.withExamples(data);
    server = new WebServer(corpus.services().withEntities(new VariantList(corpus)), WebConfig.defaults());
    server.start(WebServer.LOOPBACK, 0);
    base = server.uri();
  }

  @AfterAll
  static void stop() {
    server.stop();
    corpus.close();
  }

  /** What a load run saw. */
  record Load(long requests, Map<String, Long> errors, long p50, long p99, long max, double seconds) {
    @Override
    public String toString() {
      return String.format("%,d requests in %.0f s (%.1f/s), %d errors %s, latency p50 %d ms, p99 %d ms, max %d ms",
          requests, seconds, requests / seconds, errors.values().stream().mapToLong(Long::longValue).sum(), errors, p50, p99, max);
    }
  }

  @Test
  void sixteenClientsForFiveSecondsGetOnlySuccessfulAnswers() throws Exception {
    Load load = load(16, Duration.ofSeconds(5));
    System.out.println("concurrent clients, 16 for 5 s: " + load);
    assertThat(load.errors()).isEmpty();
    assertThat(load.requests()).isGreaterThan(16);
  }

  @Test
  @Tag("bench")
  void aHundredClientsForAMinuteGetOnlySuccessfulAnswers() throws Exception {
    Load load = load(100, Duration.ofSeconds(60));
    System.out.println("concurrent clients, 100 for 60 s: " + load);
    assertThat(load.errors()).isEmpty();
  }

  private static Load load(int clients, Duration duration) throws Exception {
    List<String> ids = articleIds();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    Map<String, Long> errors = new ConcurrentHashMap<>();
    AtomicLong requests = new AtomicLong();
    long started = System.nanoTime();
    long end = started + duration.toNanos();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int c = 0; c < clients; c++) {
        Random random = new Random(c);
        pool.submit(() -> {
          while (System.nanoTime() < end) {
            String path = nextPath(random, ids);
            long t = System.nanoTime();
            try {
              HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).build(),
                  HttpResponse.BodyHandlers.ofString());
              if (r.statusCode() != 200) {
                errors.merge(r.statusCode() + " " + path.replaceAll("\\?.*", ""), 1L, Long::sum);
              }
            } catch (Exception e) {
              errors.merge(e.getClass().getSimpleName(), 1L, Long::sum);
            }
            latencies.add((System.nanoTime() - t) / 1_000_000);
            requests.incrementAndGet();
          }
          return null;
        });
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    return new Load(requests.get(), Map.copyOf(errors), percentile(sorted, 50), percentile(sorted, 99),
        sorted.isEmpty() ? 0 : sorted.getLast(), seconds);
  }

  private static String nextPath(Random random, List<String> ids) {
    return switch (random.nextInt(10)) {
      case 0, 1, 2, 3, 4 -> "api/search?q=" + URLEncoder.encode(QUERIES[random.nextInt(QUERIES.length)], StandardCharsets.UTF_8);
      case 5, 6 -> "api/articles/" + ids.get(random.nextInt(ids.size()));
      case 7 -> "api/articles?limit=5";
      case 8 -> "api/stats";
      default -> "api/health";
    };
  }

  private static List<String> articleIds() throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("api/articles?limit=100")).build(),
        HttpResponse.BodyHandlers.ofString());
    List<String> ids = new ArrayList<>();
    Json.MAPPER.readTree(r.body()).path("items").forEach(item -> ids.add(item.path("id").asText()));
    assertThat(ids).isNotEmpty();
    return ids;
  }

  private static long percentile(List<Long> sorted, int p) {
    return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }
}
