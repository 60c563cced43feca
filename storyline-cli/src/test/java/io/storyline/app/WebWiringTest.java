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
  static void serveTheExamples() {
    Analysis analysis = Analysis.create("pl,uk,it,hu,nl,en,de", "low");
    workspace = Workspace.open(data, analysis.recognizer().gazetteer()::canonical);
    IngestRun.into(workspace, analysis.pipeline(), new Ingestor(IngestOptions.defaults()), 2)
        .run(List.of(EXAMPLES.toString()), InputStream.nullInputStream(), r -> {});
    server = new WebServer(Services.of(workspace.articles(), workspace.search())
        .withEntities(new RegistryDirectory(workspace))
        .withStorylines(new ChronicleDirectory(workspace))
        .withIngest(new WebIngest(workspace, () -> analysis, 2)), WebConfig.defaults());
    server.start(WebServer.LOOPBACK, 0);
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
    assertThat(get("/api/articles/upload-1").toString()).contains("per-iens-stoltenberh");
    JsonNode found = get("/api/search?q=Kishida");
    assertThat(found.toString()).contains("upload-1");
  }
}
