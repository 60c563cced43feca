package io.storyline.cli;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.storyline.ingest.web.LocalSite;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code storyline serve --watch} as a separate process: the feeds of a real HTTP server on loopback are
 * followed in the serving process, managed through {@code /api/sources} and on the Sources page in
 * Debian's headless Chromium (that test is skipped when Chromium is not installed).
 */
class ServeWatchTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path REPO = Path.of(System.getProperty("storyline.repo", ".."));
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final Duration PATIENCE = Duration.ofMinutes(3);

  @TempDir static Path tmp;
  static LocalSite site;
  static Process server;
  static URI base;
  static final List<String> output = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void serveAndWatch() throws Exception {
    site = new LocalSite();
    List<String> seeds = WatchCommandTest.seeds();
    for (int i = 0; i < seeds.size(); i++) {
      site.page("/p" + i, "text/html; charset=utf-8", WatchCommandTest.html("Page " + i, seeds.get(i), null), StandardCharsets.UTF_8);
    }
    WatchCommandTest.serveFeed(site, "/a.xml", List.of(site.url("/p0"), site.url("/p1"), site.url("/missing")));
    WatchCommandTest.serveFeed(site, "/b.xml", List.of(site.url("/p2"), site.url("/p3")));
    server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--data=" + tmp.resolve("data"), "serve",
        "--watch", WatchCommandTest.LANGS, "--allow-loopback", "--interval=1h", "--port=0")
        .redirectErrorStream(true).start();
    CompletableFuture<URI> started = new CompletableFuture<>();
    Thread drain = new Thread(() -> {
      Pattern serving = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");
      try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = out.readLine()) != null; ) {
          output.add(line);
          Matcher m = serving.matcher(line);
          if (m.find()) {
            started.complete(URI.create(m.group(1)));
          }
        }
      } catch (IOException e) {
        // the server was stopped
      }
      started.completeExceptionally(new IllegalStateException("serve ended before serving: " + output));
    }, "serve-output");
    drain.setDaemon(true);
    drain.start();
    base = started.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.destroy(); // SIGTERM: the shutdown hook stops the watch and the server
      assertThat(server.waitFor(90, TimeUnit.SECONDS)).as("serve stops on SIGTERM: %s", output).isTrue();
    }
    if (site != null) {
      site.close();
    }
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String path, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static String url(String feed) {
    return "{\"url\":\"" + feed + "\"}";
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    return JSON.readTree(r.body());
  }

  static JsonNode source(String url) throws Exception {
    for (JsonNode s : json(get("api/sources")).path("items")) {
      if (s.path("url").asText().equals(url)) {
        return s;
      }
    }
    return JSON.nullNode();
  }

  /** Polls {@code /api/sources} until the feed's entry passes {@code until}, for at most {@link #PATIENCE}. */
  static JsonNode awaitSource(String url, Predicate<JsonNode> until) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    JsonNode s = source(url);
    while (!until.test(s) && System.nanoTime() < deadline && server.isAlive()) {
      Thread.sleep(250);
      s = source(url);
    }
    assertThat(until).as("feed %s reached the state awaited: %s; server output %s", url, s, output).accepts(s);
    return s;
  }

  static void assertError(HttpResponse<String> r, int status, String error, String detailPart) throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(json(r).path("error").asText()).isEqualTo(error);
    assertThat(json(r).path("detail").asText()).contains(detailPart);
  }

  @Test
  void aFeedAddedThroughTheApiIsPolledByTheServingProcessAndManagedWithTypedErrors() throws Exception {
    String feed = site.url("/a.xml");
    assertThat(json(get("api/health")).path("capabilities").path("sources").asBoolean()).isTrue();
    assertThat(json(get("api/sources")).path("watching").asBoolean()).isTrue();
    assertError(post("api/sources", url("ftp://example.org/feed.xml")), 400, "invalid-url", "http or https");
    assertError(post("api/sources", url("https://user:secret@example.org/feed.xml")), 400, "invalid-url", "password");
    assertError(post("api/sources", "{\"link\":\"x\"}"), 400, "bad-request", "'url'");

    HttpResponse<String> added = post("api/sources", url(feed));

    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(json(added).path("url").asText()).isEqualTo(feed);
    assertError(post("api/sources", url(feed)), 409, "already-followed", feed);
    JsonNode polled = awaitSource(feed, s -> s.path("articles").asLong() == 2 && s.path("problems").asLong() == 1);
    assertThat(polled.path("state").asText()).isEqualTo("ok");
    assertThat(polled.path("title").asText()).isEqualTo("Local news");
    assertThat(polled.path("lastSuccess").asText()).isNotBlank();
    assertThat(polled.path("nextPoll").asText()).isNotBlank();
    assertThat(get("api/articles?limit=50").body()).contains("\"title\":\"Page 0\"").contains("\"title\":\"Page 1\"");
    assertThat(List.of("/p0", "/p1")).allSatisfy(p -> assertThat(site.count(p)).as(p).isEqualTo(1));

    assertError(post("api/sources/pause", url("https://example.org/none.xml")), 404, "not-followed", "https://example.org/none.xml");
    HttpResponse<String> paused = post("api/sources/pause", url(feed));
    assertThat(paused.statusCode()).as(paused.body()).isEqualTo(200);
    assertThat(json(paused).path("state").asText()).isEqualTo("paused");
    assertThat(json(paused).path("nextPoll").isNull()).isTrue();
    assertThat(json(post("api/sources/resume", url(feed))).path("state").asText()).isEqualTo("ok");
    assertThat(json(post("api/sources/remove", url(feed))).path("removed").asText()).isEqualTo(feed);
    assertThat(source(feed).isNull()).isTrue();
    assertError(post("api/sources/remove", url(feed)), 404, "not-followed", feed);
    assertThat(json(get("api/stats")).path("articles").asLong()).as("removing a feed keeps its articles").isGreaterThanOrEqualTo(2);
  }

  @Test
  void theSourcesPageAddsAFeedShowsItsCountsAfterThePollAndPausesIt() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
        "browser test skipped: no Chromium at " + CHROMIUM + " (install it with: apt-get install -y chromium)");
    String feed = site.url("/b.xml");
    try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
         Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
             .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run")))) {
      Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 700));
      List<String> problems = new CopyOnWriteArrayList<>();
      page.onPageError(e -> problems.add("page error: " + e));
      page.navigate(base + "#/");
      page.waitForSelector("main[data-ready]");
      page.locator("nav a[data-nav=sources]").click();
      page.waitForSelector("main[data-ready='/sources']");
      assertThat(page.locator("h1")).hasText("Sources");

      page.getByLabel("Feed address").fill("file:///etc/passwd");
      page.locator("#add-source button").click();
      assertThat(page.locator("#sources-message .error")).containsText("http or https");
      page.getByLabel("Feed address").fill(feed);
      page.locator("#add-source button").click();
      assertThat(page.locator("#sources-message")).hasText("Following " + feed + ".");

      awaitSource(feed, s -> s.path("articles").asLong() == 2);
      page.reload();
      page.waitForSelector("main[data-ready='/sources']");
      Locator row = page.locator("#sources tr[data-url='" + feed + "']");
      assertThat(row.locator(".state")).hasText("ok");
      assertThat(row.locator(".articles")).hasText("2");
      assertThat(row.locator(".problems")).hasText("0");
      assertThat(row).containsText("Local news");
      screenshot(page, "sources.png");

      row.getByText("Pause").click();
      assertThat(page.locator("#sources-message")).hasText("Paused " + feed + ".");
      assertThat(page.locator("#sources tr[data-url='" + feed + "'] .state")).hasText("paused");
      assertThat(source(feed).path("state").asText()).isEqualTo("paused");
      assertThat(problems).isEmpty();
    }
  }

  private static void screenshot(Page page, String name) throws IOException {
    Path dir = Files.createDirectories(REPO.resolve("docs/screenshots"));
    page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name)));
  }
}
