package io.storyline.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright, which
 * never downloads a browser). Skipped when Chromium is not installed. Saves screenshots of the main
 * views under docs/screenshots/.
 */
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final String HOSTILE_TITLE = "<img src=x onerror=\"window.__pwned=1\">";

  @TempDir static Path data;
  static Corpus corpus;
  static WebServer plain;
  static WebServer withStorylines;
  static Playwright playwright;
  static Browser browser;

  Page page;
  final List<String> problems = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
        "browser tests skipped: no Chromium at " + CHROMIUM + " (install it with: apt-get install -y chromium)");
    corpus = Corpus.withExamples(data);
    Services services = corpus.services().withEntities(new VariantList(corpus));
    services = new Services(new WithMentions(corpus.store), services.search(), services.entities(), services.storylines(),
        services.ingest(), services.export());
    plain = new WebServer(services, WebConfig.defaults());
    plain.start(WebServer.LOOPBACK, 0);
    withStorylines = new WebServer(services.withStorylines(new FixtureStorylines(corpus)), WebConfig.defaults());
    withStorylines.start(WebServer.LOOPBACK, 0);
    String hostile = "{\"id\":\"hostile-1\",\"title\":" + Json.MAPPER.writeValueAsString(HOSTILE_TITLE) + ",\"text\":"
        + Json.MAPPER.writeValueAsString("<script>window.__pwned=1</script> Jens Stoltenberg <b>met</b> Fumio Kishida "
            + "in Tokyo to talk about security between NATO and Japan.") + "}\n";
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(plain.uri().resolve("api/ingest"))
        .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(hostile)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
        .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run")));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
      playwright.close();
    }
    if (plain != null) {
      plain.stop();
      withStorylines.stop();
      corpus.close();
    }
  }

  @BeforeEach
  void openPage() {
    page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 860));
    page.onConsoleMessage(m -> {
      if (m.type().equals("error")) {
        problems.add("console error: " + m.text());
      }
    });
    page.onPageError(e -> problems.add("page error: " + e));
    page.onDialog(d -> {
      problems.add("dialog opened: " + d.message());
      d.dismiss();
    });
    page.onRequest(req -> {
      URI uri = URI.create(req.url());
      if (!"127.0.0.1".equals(uri.getHost()) && !req.url().startsWith("data:")) {
        problems.add("external request: " + req.url());
      }
    });
  }

  @AfterEach
  void noProblems() {
    page.close();
    assertThat(problems).isEmpty();
  }

  void open(WebServer server, String hash) {
    page.navigate(server.uri() + hash);
    page.waitForSelector("main[data-ready]");
  }

  void screenshot(String name) throws Exception {
    Path dir = Corpus.repo().resolve("docs/screenshots");
    Files.createDirectories(dir);
    page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name)).setFullPage(false));
  }

  @Test
  void overviewShowsTheEmptyStateUntilStorylinesExist() throws Exception {
    open(plain, "#/");
    assertThat(page.locator("h1")).hasText("Storylines");
    assertThat(page.locator("main .empty").first()).containsText("No storylines yet");
    assertThat(page.locator("ul.articles li")).hasCount(6);
    screenshot("overview-empty.png");
  }

  @Test
  void articleShowsEntityHighlightsWithProvenanceAndTogglesDebris() throws Exception {
    open(plain, "#/");
    page.locator("ul.articles a").filter(new Locator.FilterOptions().setHasText("НАТО планує")).first().click();
    page.waitForSelector("#article-text");
    Locator debris = page.locator("#article-text .debris").first();
    assertThat(debris).isHidden();
    page.getByLabel("Show removed debris").check();
    assertThat(debris).isVisible();
    Locator mention = page.locator("#article-text a.ann-entities", new Page.LocatorOptions().setHasText("Столтенберг")).first();
    assertThat(mention).isVisible();
    assertThat(mention).hasAttribute("title", java.util.regex.Pattern.compile("entities — .*entityId: jens-stoltenberg.*\\(entities/test-list\\)"));
    screenshot("article.png");
    mention.click();
    assertThat(page.locator("h1")).hasText("Jens Stoltenberg");
  }

  @Test
  void hostileHtmlInAnArticleRendersAsText() {
    open(plain, "#/article/hostile-1");
    assertThat(page.locator("h1")).hasText(HOSTILE_TITLE);
    assertThat(page.locator("#article-text")).containsText("<script>window.__pwned=1</script>");
    assertThat(page.locator("main img")).hasCount(0);
    assertThat(page.locator("main script")).hasCount(0);
    assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);
  }

  @Test
  void searchForStoltenbergFindsTheUkrainianArticleAcrossScriptsAndTheDutchOne() throws Exception {
    open(plain, "#/search");
    page.getByLabel("Search all languages").fill("Stoltenberg");
    page.getByLabel("Search all languages").press("Enter");
    page.waitForSelector("#results li");
    Locator uk = page.locator("#results li[data-lang=uk]");
    assertThat(uk).hasCount(1);
    assertThat(uk.locator(".badge.cross")).hasText("cross-language hit via 'Столтенберг'");
    assertThat(page.locator("#results li[data-lang=nl]")).hasCount(1);
    assertThat(page.locator("#results li[data-lang=nl] .badge.cross")).hasCount(0);
    assertThat(page.locator("#results li[data-lang=nl] mark").first()).hasText("Stoltenberg");
    screenshot("search.png");
  }

  @Test
  void entityPageShowsVariantsAcrossScriptsAndMentionsOverTime() throws Exception {
    open(plain, "#/entity/jens-stoltenberg");
    assertThat(page.locator("h1")).hasText("Jens Stoltenberg");
    assertThat(page.locator("table td[lang=uk]")).hasText("Столтенберг");
    assertThat(page.locator("svg.chart rect")).hasCount(4);
    screenshot("entity.png");
    page.getByLabel("New name").fill("Jens Stoltenberg (NATO)");
    page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rename")).click();
    assertThat(page.locator("h1")).hasText("Jens Stoltenberg (NATO)");
    page.getByLabel("New name").fill("Jens Stoltenberg");
    page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rename")).click();
    assertThat(page.locator("h1")).hasText("Jens Stoltenberg");
  }

  @Test
  void timelineDrawsAMonthPreciseEventAsTheWholeMonthAndLinksCardsToArticles() throws Exception {
    open(withStorylines, "#/");
    assertThat(page.locator("table.storylines")).containsText("May 2023 – 9 April 2025");
    assertThat(page.locator("table.storylines")).not().containsText("2023-05-01");
    screenshot("storylines.png");
    page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("NATO and Japan move closer")).click();
    page.waitForSelector("svg.timeline-svg");
    Locator events = page.locator("svg.timeline-svg a.event");
    assertThat(events).hasCount(4);
    double month = width(page.locator("svg a.event.month rect").first());
    double day = width(page.locator("svg a.event.day rect").first());
    assertThat(month).isGreaterThan(day * 5);
    screenshot("timeline.png");
    page.locator("svg a[data-event=joint-exercises]").click();
    Locator card = page.locator("article.card.selected");
    assertThat(card).hasAttribute("data-event", "joint-exercises");
    assertThat(card).containsText("July 2024");
    assertThat(card.locator(".confidence")).hasText("medium");
    assertThat(card.locator(".confidence")).hasAttribute("title", "confidence 0.50");
    assertThat(page.locator("article.card[data-event=talks-on-a-thursday] h3")).containsText("Thursday, date unknown");
    assertThat(page.locator("main")).not().containsText("XXXX");
    card.locator("a[href^='#/article/']").first().click();
    page.waitForSelector("#article-text");
    assertThat(page.locator("#article-text")).containsText("Japánnal");
  }

  @Test
  void keyboardReachesNavigationAndSearch() {
    open(plain, "#/");
    page.keyboard().press("Tab");
    assertThat(page.locator(":focus")).hasText("Skip to content");
    page.keyboard().press("Tab");
    page.keyboard().press("Tab");
    page.keyboard().press("Tab");
    assertThat(page.locator(":focus")).hasText("Search");
    page.keyboard().press("Enter");
    page.waitForSelector("#q");
    assertThat(page.locator("#q")).isVisible();
  }

  private static double width(Locator rect) {
    return Double.parseDouble(rect.getAttribute("width"));
  }
}
