package io.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The REST API against a real server on loopback over the example corpus. */
class WebApiTest {
  @TempDir static Path data;
  static Corpus corpus;
  static WebServer server;
  static URI base;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    corpus = Corpus.withExamples(data);
    server = new WebServer(corpus.services().withEntities(new VariantList(corpus)).withStorylines(new FixtureStorylines(corpus)),
        WebConfig.defaults().withLimits(4096, 64 * 1024));
    server.start(WebServer.LOOPBACK, 0);
    base = server.uri();
  }

  @AfterAll
  static void stop() {
    server.stop();
    corpus.close();
  }

  static HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String path, String type, String body, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    return Json.MAPPER.readTree(r.body());
  }

  static void assertError(HttpResponse<String> r, int status, String detailPart) throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    JsonNode body = json(r);
    assertThat(body.path("error").asText()).isNotBlank();
    assertThat(body.path("detail").asText()).contains(detailPart);
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void healthSaysWhichCapabilitiesArePluggedInAndSendsStrictHeaders() throws Exception {
    HttpResponse<String> r = get("api/health");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).path("capabilities").path("entities").asBoolean()).isTrue();
    assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(RequestGuard.CSP);
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void everyRouteIsDocumentedInTheOpenApiDocumentAndNothingElse() throws Exception {
    JsonNode paths = json(get("api/openapi.json")).path("paths");
    Set<String> documented = new HashSet<>();
    for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
      String path = it.next();
      paths.path(path).fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + path));
    }
    Set<String> served = new HashSet<>();
    server.routes().forEach(r -> served.add(r.method() + " " + r.path()));
    assertThat(documented).isEqualTo(served);
  }

  @Test
  void sourcesAnswerUnavailableWhenNoFeedListIsPluggedIn() throws Exception {
    assertError(get("api/sources"), 503, "storyline sources");
    assertError(post("api/sources", "application/json", "{\"url\":\"https://example.org/rss.xml\"}"), 503, "storyline sources");
    assertThat(json(get("api/health")).path("capabilities").path("sources").asBoolean()).isFalse();
  }

  @Test
  void statsCountTheCorpus() throws Exception {
    JsonNode stats = json(get("api/stats"));
    assertThat(stats.path("articles").asLong()).isEqualTo(5);
    assertThat(stats.path("indexed").asLong()).isEqualTo(5);
    assertThat(stats.path("languages").has("uk")).isTrue();
  }

  @Test
  void articlesPageWithStableCursors() throws Exception {
    Set<String> ids = new HashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page = json(get("api/articles?limit=2" + (cursor == null ? "" : "&cursor=" + q(cursor))));
      page.path("items").forEach(a -> assertThat(ids.add(a.path("id").asText())).isTrue());
      cursor = page.path("next").isNull() ? null : page.path("next").asText();
      pages++;
    } while (cursor != null);
    assertThat(ids).hasSizeGreaterThanOrEqualTo(5);
    assertThat(pages).isGreaterThanOrEqualTo(3);
  }

  @Test
  void articleComesWithRemovedDebrisSentencesAndAnnotations() throws Exception {
    JsonNode a = json(get("api/articles/" + corpus.id("001")));
    assertThat(a.path("lang").asText()).isEqualTo("uk");
    assertThat(a.path("removed").size()).isPositive();
    assertThat(a.path("sentences").size()).isPositive();
    assertThat(a.has("annotations")).isTrue();
  }

  @Test
  void readEndpointsAnswerIfNoneMatchWithNotModified() throws Exception {
    HttpResponse<String> first = get("api/articles/" + corpus.id("001"));
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(get("api/articles/" + corpus.id("001"), "If-None-Match", etag).statusCode()).isEqualTo(304);
  }

  @Test
  void unknownArticleIsNotFound() throws Exception {
    assertError(get("api/articles/no-such-article"), 404, "no article with id 'no-such-article'");
  }

  @Test
  void aUniquePrefixOfAnArticleIdFindsTheArticleAndAMistypedIdGetsSuggestions() throws Exception {
    String id = corpus.id("001");
    HttpResponse<String> byPrefix = get("api/articles/" + id.substring(0, 7));
    assertThat(byPrefix.statusCode()).as(byPrefix.body()).isEqualTo(200);
    assertThat(json(byPrefix).path("id").asText()).isEqualTo(id);
    String typo = id.substring(0, id.length() - 1) + (id.endsWith("0") ? "1" : "0");
    assertError(get("api/articles/" + typo), 404, "did you mean " + id);
  }

  @Test
  void anUploadOfWhichNothingCanBeReadIsABadRequestNamingTheLine() throws Exception {
    assertError(post("api/ingest", "application/x-ndjson", "{\"text\": \"unclosed\n"), 400, ":1: invalid JSON");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"api/articles/..", "api/articles/..%2F..%2Fpom.xml", "api/articles/%2E%2E", "api/articles/a..b",
      "api/articles/.hidden", "api/entities/..%5Cwindows", "ui/..%2F..%2Fpom.xml", "ui/../../pom.xml"})
  void pathTraversalThroughIdsGoesNowhere(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + " -> " + r.body()).isIn(400, 404);
    assertThat(r.body()).doesNotContain("<artifactId>");
  }

  @Test
  void searchFindsStoltenbergAcrossScriptsAndSaysWhichHitsCameThroughAnExpansion() throws Exception {
    JsonNode r = json(get("api/search?q=Stoltenberg"));
    Set<String> ids = new HashSet<>();
    r.path("hits").forEach(h -> ids.add(h.path("id").asText()));
    assertThat(ids).contains(corpus.id("001"), corpus.id("003"), corpus.id("004"));
    JsonNode uk = null;
    for (JsonNode h : r.path("hits")) {
      if (h.path("id").asText().equals(corpus.id("001"))) {
        uk = h;
      }
    }
    assertThat(uk.path("direct").asBoolean()).isFalse();
    assertThat(uk.path("via").get(0).asText()).isEqualTo("Столтенберг");
  }

  @Test
  void searchFiltersByLanguage() throws Exception {
    JsonNode r = json(get("api/search?q=NATO&lang=it"));
    r.path("hits").forEach(h -> assertThat(h.path("lang").asText()).isEqualTo("it"));
    assertThat(r.path("hits").size()).isEqualTo(1);
  }

  @Test
  void badSearchParametersNameTheValueAndTheChoices() throws Exception {
    assertError(get("api/search?q=" + q("\"unclosed")), 400, "'\"unclosed'");
    assertError(get("api/search?q=x&sort=sideways"), 400, "valid: relevance, newest, oldest");
    assertError(get("api/search?q=x&limit=1000"), 400, "bad limit '1000'");
    assertError(get("api/search?q=x&from=yesterday"), 400, "bad from 'yesterday'");
    assertError(get("api/search?q=x&cursor=garbage"), 400, "bad cursor");
  }

  @Test
  void entityCorrectionsGoThroughTheDirectory() throws Exception {
    JsonNode renamed = json(post("api/entities/fumio-kishida/rename", "application/json", "{\"name\":\"Kishida Fumio\"}"));
    assertThat(renamed.path("name").asText()).isEqualTo("Kishida Fumio");
    assertError(post("api/entities/nobody/rename", "application/json", "{\"name\":\"X\"}"), 404, "unknown entity 'nobody'");
    assertError(post("api/entities/nato/merge", "application/json", "{\"ids\":[]}"), 400, "'ids' must be a non-empty array");
  }

  @Test
  void malformedJsonIsABadRequest() throws Exception {
    assertError(post("api/entities/nato/rename", "application/json", "{\"name\": "), 400, "malformed JSON");
    assertError(post("api/entities/nato/rename", "application/json", "[1,2]"), 400, "must be a JSON object");
  }

  @Test
  void oversizeBodiesAreRefused() throws Exception {
    String big = "{\"name\":\"" + "x".repeat(5000) + "\"}";
    assertError(post("api/entities/nato/rename", "application/json", big), 413, "over the limit of 4096 bytes");
    String lines = ("{\"text\":\"" + "y".repeat(1000) + "\"}\n").repeat(100);
    assertError(post("api/ingest", "application/x-ndjson", lines), 413, "over the limit of 65536 bytes");
  }

  @Test
  void ingestStoresHostileHtmlAsPlainText() throws Exception {
    String hostile = "{\"id\":\"hostile-1\",\"title\":\"<img src=x onerror=alert(1)>\",\"text\":\"<script>alert('pwned')</script> "
        + "Jens Stoltenberg met Fumio Kishida in Tokyo to discuss security cooperation between NATO and Japan.\"}\n";
    JsonNode summary = json(post("api/ingest", "application/x-ndjson", hostile));
    assertThat(summary.path("ids").get(0).asText()).isEqualTo("hostile-1");
    HttpResponse<String> r = get("api/articles/hostile-1");
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    assertThat(json(r).path("text").asText()).startsWith("<script>alert('pwned')</script>");
  }

  @Test
  void ingestTakesAMultipartUpload() throws Exception {
    String boundary = "b0undary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../note.txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\nA short note about Stoltenberg and the NATO summit in Vilnius, written in English.\r\n"
        + "--" + boundary + "--\r\n";
    HttpResponse<String> r = post("api/ingest", "multipart/form-data; boundary=" + boundary, body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(json(r).path("stored").asInt()).isEqualTo(1);
  }

  @Test
  void ingestRefusesUnknownContentTypes() throws Exception {
    assertError(post("api/ingest", "application/pdf", "%PDF-1.4"), 415, "'application/pdf' is not accepted");
  }

  @Test
  void crossOriginWritesAreRefused() throws Exception {
    assertError(post("api/entities/nato/rename", "application/json", "{\"name\":\"X\"}", "Origin", "https://evil.example"),
        403, "origin 'https://evil.example'");
  }

  @Test
  void anOriginOfNullIsRefusedEvenWithAPlainTextBodyAndNoFetchMetadata() throws Exception {
    assertError(post("api/entities/nato/rename", "text/plain", "{\"name\":\"X\"}", "Origin", "null"), 403, "origin 'null'");
    assertError(post("api/ingest", "text/plain", "A page in a sandboxed frame posts this.", "Origin", "null"), 403,
        "origin 'null'");
    assertThat(json(get("api/entities/nato")).path("name").asText()).isNotEqualTo("X");
  }

  @Test
  void correctionsAreTakenOnlyAsJsonWhichNoOtherSitesPageCanSendUnasked() throws Exception {
    assertError(post("api/entities/nato/rename", "text/plain", "{\"name\":\"X\"}"), 415,
        "content type 'text/plain' is not accepted for /api/entities/nato/rename; send application/json");
    assertError(post("api/entities/nato/rename", "application/x-www-form-urlencoded", "name=X"), 415, "send application/json");
  }

  @Test
  void fuzzySearchTermsBeyondTheLimitAreABadRequestSayingWhyAndAnsweredAtOnce() throws Exception {
    String fuzzy = String.join(" ", java.util.Collections.nCopies(500, "Stoltenberg~2"));
    long started = System.nanoTime();
    HttpResponse<String> r = get("api/search?q=" + q(fuzzy));
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertError(r, 400, "the query has more than 8 fuzzy, prefix, wildcard or regular-expression terms");
    assertThat(millis).as("milliseconds to refuse 500 fuzzy terms").isLessThan(5_000);
    assertError(get("api/search?q=" + q(String.join(" OR ", java.util.Collections.nCopies(65, "NATO")))), 400,
        "more than 64 words");
    assertThat(get("api/search?q=" + q("Stoltenbreg~2")).statusCode()).isEqualTo(200);
  }

  @Test
  void foreignHostNamesAreRefusedAgainstDnsRebinding() throws Exception {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write("GET /api/health HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(response).startsWith("HTTP/1.1 403").contains("forbidden-host");
    }
  }

  @Test
  void unknownRoutesAnswerWithTheErrorShape() throws Exception {
    assertError(get("api/nothing-here"), 404, "");
    assertError(get("api/storylines/nope/timeline"), 404, "unknown storyline 'nope'");
  }

  @Test
  void timelineListsEventsWithTheirDateSpans() throws Exception {
    JsonNode t = json(get("api/storylines/" + FixtureStorylines.ID + "/timeline"));
    JsonNode first = t.path("events").get(0).path("date");
    assertThat(first.path("earliest").asText()).isEqualTo("2023-05-01");
    assertThat(first.path("latest").asText()).isEqualTo("2023-05-31");
    assertThat(first.path("granularity").asText()).isEqualTo("month");
    assertThat(first.path("words").asText()).isEqualTo("May 2023");
    JsonNode card = t.path("events").get(0);
    assertThat(card.path("when").asText()).isEqualTo("May 2023");
    assertThat(card.path("dateValue").asText()).isEqualTo("2023-05");
    assertThat(card.path("dateConfidence").asDouble()).isEqualTo(0.62);
    JsonNode weekday = t.path("events").get(4);
    assertThat(weekday.path("date").isNull() || weekday.path("date").isMissingNode()).isTrue();
    assertThat(weekday.path("when").asText()).isEqualTo("Thursday, date unknown");
    assertThat(t.path("storyline").path("span").path("words").asText()).isEqualTo("May 2023 – 9 April 2025");
    String cited = card.path("articleIds").get(0).asText();
    assertThat(t.path("articles").path(cited).path("title").asText()).as("cards name articles by title").startsWith("НАТО планує");
    assertThat(t.path("articles").path(cited).path("lang").asText()).isEqualTo("uk");
  }

  @Test
  void eventsAndStorylinesFilterByDateLanguageAndEntity() throws Exception {
    assertThat(json(get("api/events")).path("items").size()).isEqualTo(5);
    assertThat(ids(json(get("api/events?from=2024-01-01")))).containsExactly("joint-exercises", "rutte-in-tokyo");
    assertThat(ids(json(get("api/events?from=2024-07-31&to=2024-07-31")))).as("a month-precise event may fall on any of its days")
        .containsExactly("joint-exercises");
    assertThat(ids(json(get("api/events?lang=pl,it")))).containsExactly("rutte-in-tokyo", "talks-on-a-thursday");
    assertThat(ids(json(get("api/events?entity=mark-rutte&from=2020-01-01")))).containsExactly("rutte-in-tokyo");
    assertThat(json(get("api/storylines?lang=it")).path("items").size()).isEqualTo(1);
    assertThat(json(get("api/storylines?lang=fr")).path("items").size()).isZero();
    assertThat(json(get("api/storylines?entity=mark-rutte")).path("items").size()).isEqualTo(1);
    assertThat(json(get("api/storylines?from=2026-01-01")).path("items").size()).isZero();
    assertError(get("api/events?from=July"), 400, "bad from 'July'");
    assertError(get("api/events?from=2024-02-01&to=2024-01-01"), 400, "is before from");
  }

  private static List<String> ids(JsonNode page) {
    List<String> out = new java.util.ArrayList<>();
    page.path("items").forEach(i -> out.add(i.path("id").asText()));
    return out;
  }

  @Test
  void servesTheUiWithoutAnyFileOutsideIt() throws Exception {
    HttpResponse<String> index = get("");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.body()).contains("<script type=\"module\" src=\"/ui/app.js\">").doesNotContain("http://", "https://");
    for (String file : StaticAssets.FILES) {
      assertThat(get("ui/" + file).statusCode()).as(file).isEqualTo(200);
    }
  }

  @Test
  void writesNeedTheTokenWhenOneIsConfigured(@TempDir Path other) throws Exception {
    String token = "s3cret-token-0123456789";
    try (Corpus c = new Corpus(other)) {
      WebServer guarded = new WebServer(c.services().withEntities(new VariantList(corpus)), WebConfig.defaults().withToken(token));
      URI uri = URI.create("http://127.0.0.1:" + guarded.start(WebServer.LOOPBACK, 0) + "/");
      try {
        HttpRequest.Builder rename = HttpRequest.newBuilder(uri.resolve("api/entities/nato/rename"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"N\"}"));
        assertThat(HTTP.send(rename.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        assertThat(HTTP.send(rename.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString())
            .statusCode()).isEqualTo(200);
      } finally {
        guarded.stop();
      }
    }
  }

  @Test
  void refusesToBindBeyondLoopbackWithoutAToken() {
    WebServer open = new WebServer(corpus.services(), WebConfig.defaults());
    assertThatThrownBy(() -> open.start("0.0.0.0", 0)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("configure a write token");
  }
}
