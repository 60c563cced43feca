package io.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.ingest.IngestOptions;
import io.storyline.ingest.Ingestor;
import io.storyline.web.Services;
import io.storyline.web.WebConfig;
import io.storyline.web.WebServer;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application's adapters behind the real web server on loopback, over the real pipeline and stores. */
class WebWiringTest {
  static final Path EXAMPLES = Path.of(System.getProperty("storyline.repo", ".."), "examples");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path data;
  static Workspace workspace;
  static WebServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void serveTheExamples() throws java.io.IOException {
    Analysis analysis = Analysis.create("pl,uk,it,hu,nl,en,de", "low");
    workspace = Workspace.open(data, analysis.recognizer().gazetteer()::canonical);
    IngestRun.into(workspace, analysis.pipeline(), new Ingestor(IngestOptions.defaults()), 2)
        .run(List.of(EXAMPLES.toString()), InputStream.nullInputStream(), r -> {});
    server = new WebServer(Services.of(workspace.articles(), workspace.search())
        .withEntities(new RegistryDirectory(workspace))
        .withStorylines(new ChronicleDirectory(workspace))
        .withIngest(new WebIngest(workspace, () -> analysis, 2))
        .withExport(new io.storyline.app.export.WebExport(workspace))
        .withSources(new FeedDirectory(feeds(), false, java.time.Clock.systemUTC())), WebConfig.defaults());
    server.start(WebServer.LOOPBACK, 0);
  }

  /** The data directory's feed list with one feed, never polled here. */
  private static io.storyline.ingest.feed.FeedList feeds() throws java.io.IOException {
    io.storyline.ingest.feed.FeedList feeds = io.storyline.ingest.feed.FeedList.open(data);
    feeds.add("https://example.org/rss.xml", java.time.Instant.now());
    return feeds;
  }

  @AfterAll
  static void stop() {
    server.stop();
    workspace.close();
  }

  static JsonNode get(String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  @Test
  void searchingANameFindsTheArticlesThatWriteItInAnotherScriptThroughTheRegistry() throws Exception {
    JsonNode result = get("/api/search?q=" + URLEncoder.encode("Stoltenberg", StandardCharsets.UTF_8));
    List<String> languages = new ArrayList<>();
    result.get("hits").forEach(h -> languages.add(h.get("lang").asText()));
    assertThat(languages).contains("uk", "nl", "hu");
    assertThat(result.get("expansions").toString()).contains("Столтенберг");
  }

  @Test
  void theFiveExampleArticlesAreFiveEventsOfOneNatoJapanStorylineOnTheTimeline() throws Exception {
    JsonNode storylines = get("/api/storylines");
    JsonNode first = storylines.get("items").get(0);
    assertThat(first.get("label").asText()).contains("NATO").contains("Japan");
    JsonNode timeline = get("/api/storylines/" + first.get("id").asText() + "/timeline");
    java.util.Set<String> eventsOfExamples = new java.util.HashSet<>();
    int examples = 0;
    for (JsonNode event : timeline.get("events")) {
      for (JsonNode article : event.get("articleIds")) {
        if (!article.asText().startsWith("upload-")) { // another test may add a related upload
          examples++;
          eventsOfExamples.add(event.get("id").asText());
        }
      }
    }
    assertThat(examples).isEqualTo(5);
    assertThat(eventsOfExamples).hasSize(5);
  }

  @Test
  void theEntityPageShowsVariantsInEveryLanguageAndCooccurringEntities() throws Exception {
    JsonNode japan = get("/api/entities/loc-jp");
    assertThat(japan.toString()).contains("Японія").contains("Giappone").contains("Japán").contains("org-nato");
    assertThat(japan.get("articles").size()).isEqualTo(japan.get("articleIds").size()).isPositive();
    japan.get("articleIds").forEach(id -> assertThat(japan.get("articles").get(id.asText()).get("title").asText()).isNotBlank());
  }

  @Test
  void theEntityListIsOrderedByTheMentionsItShowsAndAnArticleNamesItsEventStorylineAndEntities() throws Exception {
    JsonNode items = get("/api/entities?limit=100").get("items");
    assertThat(items.size()).isGreaterThan(3);
    for (int i = 1; i < items.size(); i++) {
      assertThat(items.get(i).get("mentions").asLong()).as("row " + i).isLessThanOrEqualTo(items.get(i - 1).get("mentions").asLong());
    }
    JsonNode article = get("/api/articles/19d24da41d9fe7e1");
    assertThat(article.path("event").path("gist").asText()).isNotBlank();
    assertThat(article.path("storyline").path("id").asText()).isNotBlank();
    assertThat(article.path("entities").toString()).contains("\"id\":\"org-nato\"");
    assertThat(article.path("quotes").isArray()).isTrue();
  }

  @Test
  void aJsonLinesUploadIsAnalysedStoredIndexedAndLinked() throws Exception {
    String line = "{\"id\":\"upload-1\",\"lang\":\"en\",\"text\":\"Jens Stoltenberg met Fumio Kishida in Tokyo on Tuesday. "
        + "NATO and Japan agreed to deepen their cooperation on cyber defence and maritime security.\"}\n";
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/api/ingest"))
        .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(line)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
    assertThat(r.body()).contains("upload-1");
    assertThat(get("/api/articles/upload-1").toString()).contains("per-yyens-stoltenberh");
    JsonNode found = get("/api/search?q=Kishida");
    assertThat(found.toString()).contains("upload-1");
  }

  @Test
  void anUploadWhoseAnalysisTimeRunsOutIsStoredAndTheReplyNamesItAsAnalysedInPart() throws Exception {
    WebIngest hurried = new WebIngest(workspace, () -> Analysis.create("en,de", "low", java.time.Duration.ofMillis(1)), 1);
    String text = "Jens Stoltenberg met Fumio Kishida in Tokyo on Tuesday to talk about maritime security. ".repeat(3000);
    var summary = hurried.ingest(new java.io.ByteArrayInputStream(
        ("{\"id\":\"upload-hurried\",\"lang\":\"en\",\"text\":\"" + text + "\"}\n").getBytes(StandardCharsets.UTF_8)), "hurried.jsonl");
    assertThat(summary.ids()).containsExactly("upload-hurried");
    assertThat(summary.partial()).singleElement().satisfies(p -> {
      assertThat(p.location()).startsWith("hurried.jsonl").doesNotContain("storyline-upload-");
      assertThat(p.reason()).contains("upload-hurried analysed in part").contains("not analysed:");
    });
    assertThat(summary.rejected()).isEmpty();
    assertThat(get("/api/articles/upload-hurried").path("meta").toString()).contains("analysis");
  }

  static HttpResponse<String> send(String method, String path, String json) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path));
    b = json == null ? b.GET() : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void exportStreamsEveryKindInEveryFormatAndNamesTheValidChoicesForABadOne() throws Exception {
    HttpResponse<String> events = send("GET", "/api/export?what=events&format=csv", null);
    assertThat(events.statusCode()).as(events.body()).isEqualTo(200);
    assertThat(events.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(events.body().lines().findFirst().orElseThrow()).startsWith("id,date,granularity,confidence,kind,gist");
    JsonNode graph = JSON.readTree(send("GET", "/api/export?format=jsonld", null).body());
    assertThat(graph.get("@context").asText()).isEqualTo("https://schema.org");
    assertThat(graph.get("@graph").get(0).get("@type").asText()).isEqualTo("NewsArticle");
    String entities = send("GET", "/api/export?what=entities", null).body();
    assertThat(entities.lines().map(l -> l.substring(0, l.indexOf(','))).toList()).contains("{\"id\":\"loc-jp\"");
    HttpResponse<String> bad = send("GET", "/api/export?what=events&format=xml", null);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("'xml'").contains("jsonl, csv, jsonld");
  }

  @Test
  void storylineCorrectionsAndRetypeGoThroughTheApiAndUnknownIdsAreNotFoundWithSuggestions() throws Exception {
    String storyline = get("/api/storylines").get("items").get(0).get("id").asText();
    String event = get("/api/storylines/" + storyline + "/timeline").get("events").get(0).get("id").asText();
    HttpResponse<String> split = send("POST", "/api/storylines/" + storyline + "/split", "{\"events\":[\"" + event + "\"]}");
    assertThat(split.statusCode()).as(split.body()).isEqualTo(200);
    String created = JSON.readTree(split.body()).get(1).get("id").asText();
    HttpResponse<String> merge = send("POST", "/api/storylines/" + storyline + "/merge", "{\"ids\":[\"" + created + "\"]}");
    assertThat(merge.statusCode()).as(merge.body()).isEqualTo(200);
    String merged = JSON.readTree(merge.body()).get("id").asText();
    assertThat(get("/api/storylines/" + merged + "/timeline").get("events").size()).isGreaterThanOrEqualTo(5);
    HttpResponse<String> unknown = send("POST", "/api/storylines/" + merged + "x/merge", "{\"ids\":[\"" + merged + "\"]}");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("did you mean " + merged);
    HttpResponse<String> retype = send("POST", "/api/entities/loc-kp/retype", "{\"type\":\"organization\"}");
    assertThat(retype.statusCode()).as(retype.body()).isEqualTo(200);
    assertThat(JSON.readTree(retype.body()).get("type").asText()).isEqualTo("ORG");
    HttpResponse<String> badType = send("POST", "/api/entities/loc-kp/retype", "{\"type\":\"planet\"}");
    assertThat(badType.statusCode()).isEqualTo(400);
    assertThat(badType.body()).contains("planet").contains("PERSON");
    HttpResponse<String> typo = send("GET", "/api/entities/per-iens-stoltenberg", null);
    assertThat(typo.statusCode()).isEqualTo(404);
    assertThat(typo.body()).contains("did you mean per-yyens-stoltenberh");
  }

  /**
   * The OpenAPI document against the running server: every documented GET, its path filled with a real id, answers
   * with a documented status, and a documented JSON object holds every property its schema lists and no other.
   */
  @Test
  void everyDocumentedReadEndpointAnswersAsTheOpenApiDocumentSays() throws Exception {
    JsonNode doc = get("/api/openapi.json");
    String storyline = get("/api/storylines").get("items").get(0).get("id").asText();
    java.util.Map<String, String> ids = java.util.Map.of("/api/articles/{id}", "19d24da41d9fe7e1", "/api/entities/{id}", "loc-jp",
        "/api/storylines/{id}", storyline, "/api/storylines/{id}/timeline", storyline,
        "/api/events/{id}", get("/api/events").get("items").get(0).get("id").asText());
    int checked = 0;
    for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
      java.util.Map.Entry<String, JsonNode> path = it.next();
      JsonNode op = path.getValue().get("get");
      if (op == null) {
        continue;
      }
      String url = path.getKey().replace("{id}", ids.getOrDefault(path.getKey(), ""));
      HttpResponse<String> r = send("GET", url, null);
      assertThat(op.get("responses").has(Integer.toString(r.statusCode()))).as(url + " answered " + r.statusCode()).isTrue();
      JsonNode schema = op.get("responses").get("200").path("content").path("application/json").path("schema");
      if (schema.has("$ref")) {
        JsonNode described = doc.at(schema.get("$ref").asText().substring(1));
        java.util.Set<String> documented = new java.util.TreeSet<>();
        described.get("properties").fieldNames().forEachRemaining(documented::add);
        java.util.Set<String> answered = new java.util.TreeSet<>();
        JSON.readTree(r.body()).fieldNames().forEachRemaining(answered::add);
        assertThat(answered).as(url + " against " + schema.get("$ref").asText()).isEqualTo(documented);
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(8);
  }
}
