package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.app.ChronicleDirectory;
import io.storyline.app.RegistryDirectory;
import io.storyline.app.Storage;
import io.storyline.app.StorylineFacets;
import io.storyline.app.Workspace;
import io.storyline.opensearch.LocalOpenSearch;
import io.storyline.opensearch.OpenSearchCluster;
import io.storyline.store.ArticleJson;
import io.storyline.web.Services;
import io.storyline.web.WebConfig;
import io.storyline.web.WebServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster store answers as the embedded store: real articles (the 5 seeds and about 200 SlavicNER texts in
 * 5 languages and 7 topics, from ../shared) ingested with {@code storyline ingest}, copied with
 * {@code storyline publish} into a real OpenSearch node (a local process on loopback), then read through the
 * REST API of two web servers, one on each store. Tagged "scale": it runs with {@code -Pscale} (docs/scale.md).
 */
@Tag("scale")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterStoreTest {
  private static final int PER_TOPIC_AND_LANGUAGE = 6;
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  private LocalOpenSearch node;
  private Workspace workspace;
  private OpenSearchCluster cluster;
  private WebServer embeddedServer;
  private WebServer clusterServer;
  private String publishOutput;

  @BeforeAll
  void ingestBothStores(@TempDir Path tmp) throws IOException {
    node = LocalOpenSearch.start(tmp.resolve("node"));
    Path corpus = ScaleCorpus.write(tmp.resolve("corpus"), PER_TOPIC_AND_LANGUAGE);
    Path data = tmp.resolve("data");
    assertThat(cli("--data", data.toString(), "ingest", corpus.toString())).isZero();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
        "--data", data.toString(), "publish", "--store", node.address().given())).as(err.toString()).isZero();
    publishOutput = out.toString();
    workspace = Workspace.read(data, EntityNames.canonical());
    embeddedServer = new WebServer(Services.of(workspace.articles(), workspace.search())
        .withEntities(new RegistryDirectory(workspace)).withStorylines(new ChronicleDirectory(workspace)), WebConfig.defaults());
    embeddedServer.start(WebServer.LOOPBACK, 0);
    cluster = OpenSearchCluster.connect(node.address(), Storage.codec(), new StorylineFacets());
    clusterServer = new WebServer(cluster.services(), WebConfig.defaults());
    clusterServer.start(WebServer.LOOPBACK, 0);
  }

  @AfterAll
  void stop() {
    Stream.of(embeddedServer, clusterServer).filter(s -> s != null).forEach(WebServer::stop);
    if (cluster != null) {
      cluster.close();
    }
    if (workspace != null) {
      workspace.close();
    }
    if (node != null) {
      node.close();
    }
  }

  @Test
  void theClusterHoldsEveryArticleWithAllItsAnnotations() {
    List<String> ids = workspace.articles().ids(0, 100_000);
    assertThat(ids).hasSizeGreaterThan(150);
    assertThat(publishOutput).contains("Published " + ids.size() + " articles");
    assertThat(cluster.articles().ids(0, 100_000)).isEqualTo(ids);
    ArticleJson codec = Storage.codec();
    for (String id : ids) {
      assertThat(codec.write(cluster.articles().get(id).orElseThrow()))
          .as(id).isEqualTo(codec.write(workspace.articles().get(id).orElseThrow()));
    }
    String one = ids.get(ids.size() / 2);
    assertThat(get(clusterServer, "/api/articles/" + one)).isEqualTo(get(embeddedServer, "/api/articles/" + one));
    assertThat(get(clusterServer, "/api/articles/" + one.substring(0, 8)).path("id").asText()).isEqualTo(one);
  }

  @Test
  void theNewestArticlesAreListedInTheSameOrder() {
    assertThat(ids(get(clusterServer, "/api/articles?limit=100").path("items")))
        .isEqualTo(ids(get(embeddedServer, "/api/articles?limit=100").path("items")));
  }

  @Test
  void wordPhraseFilteredAndCrossScriptSearchesFindTheSameArticles() {
    // Languages whose analysers are the same in both engines (docs/scale.md lists the differences).
    for (String query : List.of("q=Brexit", "q=%22Theresa+May%22", "q=Ryanair&lang=en,ru,bg",
        "q=Putin&lang=ru", "q=Biden&sort=newest", "q=Nord+Stream&lang=de,cs,ru")) {
      JsonNode embedded = get(embeddedServer, "/api/search?limit=100&" + query);
      JsonNode clustered = get(clusterServer, "/api/search?limit=100&" + query);
      assertThat(embedded.path("total").asInt()).as(query).isPositive();
      assertThat(set(clustered.path("hits"))).as(query).isEqualTo(set(embedded.path("hits")));
      assertThat(clustered.path("total")).as(query).isEqualTo(embedded.path("total"));
    }
  }

  @Test
  void aNameFindsArticlesInOtherScriptsThroughTheSameExpansions() {
    JsonNode embedded = get(embeddedServer, "/api/search?limit=100&q=Putin");
    JsonNode clustered = get(clusterServer, "/api/search?limit=100&q=Putin");
    assertThat(set(clustered.path("expansions"), "entityId")).isEqualTo(set(embedded.path("expansions"), "entityId"))
        .isNotEmpty();
    List<String> viaCyrillic = new ArrayList<>();
    clustered.path("hits").forEach(h -> {
      if (!h.path("direct").asBoolean()) {
        viaCyrillic.add(h.path("id").asText());
      }
    });
    assertThat(viaCyrillic).as("hits found only through another script's name").isNotEmpty();
    assertThat(set(clustered.path("hits"))).isEqualTo(set(embedded.path("hits")));
  }

  @Test
  void entitiesStorylinesAndEventsAreServedAlike() {
    for (String path : List.of("/api/entities?limit=100", "/api/entities?limit=20&type=PER", "/api/storylines?limit=100",
        "/api/events?limit=100")) {
      assertThat(get(clusterServer, path).path("items")).as(path).isEqualTo(get(embeddedServer, path).path("items"));
    }
    JsonNode first = get(embeddedServer, "/api/storylines?limit=1").path("items").path(0);
    String id = first.path("id").asText();
    assertThat(get(clusterServer, "/api/storylines/" + id + "/timeline"))
        .isEqualTo(get(embeddedServer, "/api/storylines/" + id + "/timeline"));
    String entity = get(embeddedServer, "/api/entities?limit=1").path("items").path(0).path("id").asText();
    assertThat(get(clusterServer, "/api/entities/" + entity)).isEqualTo(get(embeddedServer, "/api/entities/" + entity));
  }

  @Test
  void statsCountTheSameArticlesPerLanguage() {
    JsonNode embedded = get(embeddedServer, "/api/stats");
    JsonNode clustered = get(clusterServer, "/api/stats");
    assertThat(clustered.path("indexed")).isEqualTo(embedded.path("indexed"));
    assertThat(clustered.path("languages")).isEqualTo(embedded.path("languages"));
  }

  @Test
  void correctionsOnTheClusterAreRefusedNamingTheStore() {
    String entity = get(clusterServer, "/api/entities?limit=1").path("items").path(0).path("id").asText();
    HttpResponse<String> r = post(clusterServer, "/api/entities/" + URLEncoder.encode(entity, StandardCharsets.UTF_8)
        + "/rename", "{\"name\":\"Other\"}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains(node.address().given()).contains("read-only");
  }

  private static int cli(String... args) {
    return Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true), args);
  }

  private JsonNode get(WebServer server, String path) {
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.uri() + path.substring(1))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
      JsonNode tree = JSON.readTree(r.body());
      if (tree.isObject()) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree).remove(List.of("tookMillis", "next"));
      }
      return tree;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> post(WebServer server, String path, String body) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(server.uri() + path.substring(1)))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<String> ids(JsonNode items) {
    List<String> out = new ArrayList<>();
    items.forEach(i -> out.add(i.path("id").asText()));
    return out;
  }

  private static Set<String> set(JsonNode items) {
    return set(items, "id");
  }

  private static Set<String> set(JsonNode items, String field) {
    Set<String> out = new TreeSet<>();
    items.forEach(i -> out.add(i.path(field).asText()));
    return out;
  }
}
