package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.app.ChronicleDirectory;
import io.storyline.app.RegistryDirectory;
import io.storyline.app.Storage;
import io.storyline.app.StorylineFacets;
import io.storyline.app.Workspace;
import io.storyline.core.Article;
import io.storyline.opensearch.ClusterAddress;
import io.storyline.opensearch.LocalOpenSearch;
import io.storyline.opensearch.OpenSearchCluster;
import io.storyline.search.SearchIndex;
import io.storyline.store.LuceneArticleStore;
import io.storyline.web.Services;
import io.storyline.web.WebConfig;
import io.storyline.web.WebServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Write throughput and search latency, embedded store against cluster store, back to back on one machine
 * (docs/scale.md "Store and search"): the same ingested articles written into fresh stores in alternating
 * rounds, and the same searches through the REST API of a web server on each. Tagged "scale-bench":
 * {@code ./mvnw -pl storyline-cli -am test -Pscale -Dgroups=scale-bench -Dtest=ClusterBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false}; the figures go to the test's output.
 */
@Tag("scale-bench")
class ClusterBenchmarkTest {
  private static final int ROUNDS = 8;
  private static final int RUNS = 100;
  private static final List<String> QUERIES = List.of("q=Brexit", "q=%22Theresa+May%22", "q=Ryanair&lang=en,ru,bg",
      "q=Putin", "sort=newest");
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void measuresWritesAndSearchesOnBothStores(@TempDir Path tmp) throws Exception {
    try (LocalOpenSearch node = LocalOpenSearch.start(tmp.resolve("node"))) {
      Path data = tmp.resolve("data");
      assertThat(Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true),
          "--data", data.toString(), "ingest", ScaleCorpus.write(tmp.resolve("corpus"), 6).toString())).isZero();
      List<Article> articles = new ArrayList<>();
      try (Workspace w = Workspace.read(data, EntityNames.canonical())) {
        w.articles().forEach(articles::add);
      }
      StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "%d articles, %d rounds each%n", articles.size(), ROUNDS));
      for (int round = 0; round < ROUNDS; round++) {
        long[] embedded = embeddedWrite(articles, tmp.resolve("embedded-" + round));
        long[] cluster = clusterWrite(articles, node.address().given() + "/bench" + round, node);
        report.append(String.format(Locale.ROOT, "round %d: embedded %.0f articles/s, %.1f ms CPU per article;"
            + " cluster %.0f articles/s, %.1f ms CPU per article (application and node)%n", round,
            rate(articles.size(), embedded[0]), embedded[1] / 1e6 / articles.size(),
            rate(articles.size(), cluster[0]), cluster[1] / 1e6 / articles.size()));
      }
      assertThat(Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true),
          "--data", data.toString(), "publish", "--store", node.address().given())).isZero();
      try (Workspace w = Workspace.read(data, EntityNames.canonical());
           OpenSearchCluster cluster = OpenSearchCluster.connect(node.address(), Storage.codec(), new StorylineFacets())) {
        WebServer embedded = new WebServer(Services.of(w.articles(), w.search()).withEntities(new RegistryDirectory(w))
            .withStorylines(new ChronicleDirectory(w)), WebConfig.defaults());
        WebServer clustered = new WebServer(cluster.services(), WebConfig.defaults());
        embedded.start(WebServer.LOOPBACK, 0);
        clustered.start(WebServer.LOOPBACK, 0);
        try {
          for (String q : QUERIES) {
            double[][] ms = latencies(embedded.uri() + "api/search?" + q, clustered.uri() + "api/search?" + q);
            report.append(String.format(Locale.ROOT, "search %-28s embedded p50 %.1f ms p99 %.1f ms | cluster p50 %.1f ms p99 %.1f ms%n",
                q, pct(ms[0], 50), pct(ms[0], 99), pct(ms[1], 50), pct(ms[1], 99)));
          }
        } finally {
          embedded.stop();
          clustered.stop();
        }
      }
      System.out.println("=== scale benchmark ===\n" + report);
      Files.writeString(Path.of("target/scale-bench.txt"), report);
    }
  }

  /**
   * Wall nanoseconds and CPU nanoseconds (this JVM, plus the node's for the cluster) to put and index every
   * article and commit, into stores opened beforehand.
   */
  private static long[] embeddedWrite(List<Article> articles, Path dir) {
    try (LuceneArticleStore store = LuceneArticleStore.open(dir, Storage.codec());
         SearchIndex index = SearchIndex.open(dir, new StorylineFacets())) {
      long cpu = cpu();
      long start = System.nanoTime();
      for (Article a : articles) {
        store.put(a);
        index.index(a);
      }
      store.commit();
      index.commit();
      return new long[] {System.nanoTime() - start, cpu() - cpu};
    }
  }

  private static long[] clusterWrite(List<Article> articles, String address, LocalOpenSearch node) {
    try (OpenSearchCluster cluster = OpenSearchCluster.connect(ClusterAddress.parse(address), Storage.codec(),
        new StorylineFacets())) {
      long cpu = cpu() + node.cpuNanos();
      long start = System.nanoTime();
      articles.forEach(cluster.articles()::write);
      cluster.articles().commit();
      return new long[] {System.nanoTime() - start, cpu() + node.cpuNanos() - cpu};
    }
  }

  /** Milliseconds per request, alternating the two servers, after a warm-up. */
  private double[][] latencies(String embedded, String cluster) throws Exception {
    for (int i = 0; i < 20; i++) {
      time(embedded);
      time(cluster);
    }
    double[][] out = new double[2][RUNS];
    for (int i = 0; i < RUNS; i++) {
      out[0][i] = time(embedded);
      out[1][i] = time(cluster);
    }
    return out;
  }

  private double time(String uri) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
    double ms = (System.nanoTime() - start) / 1e6;
    assertThat(r.statusCode()).as(uri).isEqualTo(200);
    assertThat(r.body()).as(uri).contains("\"hits\":[{");
    return ms;
  }

  private static double pct(double[] values, int p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private static double rate(int n, long nanos) {
    return n / (nanos / 1e9);
  }

  /** CPU time of this whole JVM (every thread). */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
