package io.storyline.app;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.storyline.ingest.IngestOptions;
import io.storyline.ingest.Ingestor;
import io.storyline.web.Services;
import io.storyline.web.WebConfig;
import io.storyline.web.WebServer;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo corpus, analysed by the real pipeline (entities, dates, events, storylines), served by the
 * application's own wiring and used in Debian's headless Chromium: the user's path from the storyline
 * overview to the timeline, an event, an article with its entity highlights, and a cross-language search.
 * Skipped when Chromium is not installed.
 */
class DemoBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path REPO = Path.of(System.getProperty("storyline.repo", ".."));

  @TempDir static Path data;
  static Workspace workspace;
  static WebServer server;
  static Playwright playwright;
  static Browser browser;

  @BeforeAll
  static void serveTheDemoCorpus() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
        "browser tests skipped: no Chromium at " + CHROMIUM + " (install it with: apt-get install -y chromium)");
    Analysis analysis = Analysis.create("pl,uk,it,hu,nl,en,de", "low");
    workspace = Workspace.open(data, analysis.recognizer().gazetteer()::canonical);
    IngestRun.into(workspace, analysis.pipeline(), new Ingestor(IngestOptions.defaults()), 2)
        .run(List.of(REPO.resolve("examples").toString()), InputStream.nullInputStream(), r -> {});
    server = new WebServer(Services.of(workspace.articles(), workspace.search())
        .withEntities(new RegistryDirectory(workspace))
        .withStorylines(new ChronicleDirectory(workspace)), WebConfig.defaults());
    server.start(WebServer.LOOPBACK, 0);
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
    if (server != null) {
      server.stop();
      workspace.close();
    }
  }

  @Test
  void fromTheStorylineToAnEventToAnArticleWithEntityHighlightsThenSearchAcrossScripts() throws Exception {
    Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 860));
    List<String> problems = new ArrayList<>();
    page.onPageError(e -> problems.add("page error: " + e));
    page.onConsoleMessage(m -> {
      if (m.type().equals("error")) {
        problems.add("console error: " + m.text());
      }
    });

    page.navigate(server.uri() + "#/");
    page.waitForSelector("main[data-ready]");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("NATO · Japan")).first().click();
    page.waitForSelector("article.card");
    assertThat(page.locator("article.card")).hasCount(5);
    screenshot(page, "demo-timeline.png");

    Locator polish = page.locator("article.card").filter(new Locator.FilterOptions().setHasText("Mark Rutte")).first();
    polish.locator("a[href^='#/article/']").first().click();
    page.waitForSelector("#article-text");
    assertThat(page.locator("h1")).hasText("Japonia chce bliższej współpracy z NATO");
    Locator rutte = page.locator("#article-text a.ann-entities", new Page.LocatorOptions().setHasText("Rutte")).first();
    assertThat(rutte).isVisible();
    assertThat(page.locator("dl.facts a", new Page.LocatorOptions().setHasText("NATO · Japan")).first()).isVisible();
    assertThat(page.locator("dl.facts .event-link")).isVisible();
    assertThat(page.locator("#article-entities")).containsText("Mark Rutte");
    page.evaluate("() => window.scrollTo(0, 0)");
    screenshot(page, "demo-article.png");

    page.navigate(server.uri() + "#/search");
    page.waitForSelector("#q");
    page.getByLabel("Search all languages").fill("Stoltenberg");
    page.getByLabel("Search all languages").press("Enter");
    page.waitForSelector("#results li");
    assertThat(page.locator("#results li[data-lang=uk] .badge.cross")).hasCount(1);
    assertThat(page.locator("#results li[data-lang=nl]")).hasCount(1);
    page.close();
    assertThat(problems).isEmpty();
  }

  private static void screenshot(Page page, String name) throws Exception {
    Path dir = Files.createDirectories(REPO.resolve("docs/screenshots"));
    page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name)));
  }
}
