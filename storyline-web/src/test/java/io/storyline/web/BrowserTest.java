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
  /** A storyline of hundreds of events over real articles from ../shared; null where ../shared is absent. */
  static WebServer large;
  static Corpus largeCorpus;
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
    String hostile = "{\"id\":\"hostile-1\",\"published\":\"2024-07-11\",\"title\":" + Json.MAPPER.writeValueAsString(HOSTILE_TITLE) + ",\"text\":"
        + Json.MAPPER.writeValueAsString("<script>window.__pwned=1</script> Jens Stoltenberg <b>met</b> Fumio Kishida "
            + "in Tokyo to talk about security between NATO and Japan.") + "}\n";
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(plain.uri().resolve("api/ingest"))
        .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(hostile)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    if (LargeStoryline.present()) {
      largeCorpus = new Corpus(data.resolve("large"));
      large = new WebServer(Services.of(largeCorpus.store, largeCorpus.index).withStorylines(new LargeStoryline(largeCorpus)),
          WebConfig.defaults());
      large.start(WebServer.LOOPBACK, 0);
    }
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
    if (large != null) {
      large.stop();
      largeCorpus.close();
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
    assertThat(page.locator("#article-text").innerText()).as("no blank gap where debris was hidden").doesNotContain("\n\n\n");
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
  void articlePageSaysWhenItWasPublishedToWhatPrecisionAndLinksItsEventAndStoryline() {
    open(plain, "#/article/hostile-1");
    assertThat(page.locator("dl.facts .published")).hasText("11 July 2024");
    assertThat(page.locator("dl.facts")).containsText("to the day · from given");
    open(withStorylines, "#/article/" + corpus.id("003"));
    assertThat(page.locator("dl.facts .event-link")).hasText("July 2024");
    assertThat(page.locator("dl.facts")).containsText("NATO and Japan extend joint exercises");
    page.locator("dl.facts a", new Page.LocatorOptions().setHasText("NATO and Japan move closer")).click();
    page.waitForSelector("svg.timeline-svg");
    assertThat(page.locator("h1")).hasText("NATO and Japan move closer");
  }

  @Test
  void anArticleAnalysedInPartSaysWhichStageStoppedAndWhatWasNotAnalysed() {
    corpus.store.put(io.storyline.core.Article.of("hurried-1", "hurried.jsonl:1", null, "A hurried article",
        "Jens Stoltenberg met Fumio Kishida in Tokyo.", Map.of("analysis",
            "partial: stopped at stage 'entities' because the analysis time of 30s ran out; not analysed: entities, events")));
    corpus.store.commit();
    open(plain, "#/article/hurried-1");
    assertThat(page.locator("#article-partial")).hasText(
        "analysed in part: stopped at stage 'entities' because the analysis time of 30s ran out; not analysed: entities, events");
    open(plain, "#/article/hostile-1");
    assertThat(page.locator("#article-partial")).hasCount(0);
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
    assertThat(page.locator("#entity-articles li")).hasCount(3);
    assertThat(page.locator("#entity-articles li a").allInnerTexts()).as("articles named by title, not id")
        .noneMatch(t -> t.matches("[0-9a-f]{16}")).allMatch(t -> !t.isBlank());
    assertThat(page.locator("#entity-articles")).containsText(" uk · ");
    screenshot("entity.png");
    page.getByLabel("New name").fill("Jens Stoltenberg (NATO)");
    button("Rename").click();
    assertThat(page.locator("[role=status] .question")).hasText("Rename “Jens Stoltenberg” to “Jens Stoltenberg (NATO)”?");
    button("Cancel").click();
    assertThat(page.locator("[role=status]")).isEmpty();
    assertThat(page.locator("h1")).hasText("Jens Stoltenberg");
    button("Rename").click();
    button("Confirm").click();
    assertThat(page.locator("h1")).hasText("Jens Stoltenberg (NATO)");
    page.getByLabel("New name").fill("Jens Stoltenberg");
    button("Rename").click();
    button("Confirm").click();
    assertThat(page.locator("h1")).hasText("Jens Stoltenberg");
  }

  @Test
  void anEntityIsRetypedFromItsPageAfterConfirmingAndBackAgain() {
    open(plain, "#/entity/nato");
    assertThat(page.locator("p.meta").nth(1)).containsText("ORG ·");
    page.getByLabel("Type").selectOption("LOC");
    button("Retype").click();
    assertThat(page.locator("[role=status] .question")).hasText("Change the type of “NATO” from organisation to place?");
    button("Confirm").click();
    assertThat(page.locator("p.meta").nth(1)).containsText("LOC ·");
    assertThat(page.getByLabel("Type")).hasValue("LOC");
    page.getByLabel("Type").selectOption("ORG");
    button("Retype").click();
    button("Confirm").click();
    assertThat(page.locator("p.meta").nth(1)).containsText("ORG ·");
  }

  private Locator button(String name) {
    return page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
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

  void needLarge() {
    Assumptions.assumeTrue(large != null,
        "large-storyline browser tests skipped: no SlavicNER texts at " + LargeStoryline.RAW + " (../shared is absent)");
  }

  @Test
  void aStorylineOfHundredsOfEventsIsGroupedIntoLabelledRowsWithReadableTicksAndZoomsInToSingleEvents() throws Exception {
    needLarge();
    open(large, "#/storyline/" + LargeStoryline.ID);
    Locator svg = page.locator("svg.timeline-svg");
    assertThat(svg.getAttribute("data-grouping")).isIn("week", "month", "quarter");
    int rows = page.locator("svg a.event").count();
    assertThat(rows).isBetween(5, 40);
    assertReadable();
    assertThat(page.locator(".undated li")).hasCount(6);
    assertThat(page.locator("#in-view")).containsText("events in view, then 6 of unknown date");
    assertThat(page.locator("article.card").first().locator("ul.sources a").first()).not().hasText(
        java.util.regex.Pattern.compile("^[0-9a-f]{12,}$"));
    screenshot("timeline-large.png");
    String before = page.locator("#in-view").textContent();
    page.locator("svg a.event.group").first().click();
    assertThat(page.locator("#in-view")).not().hasText(before);
    for (int i = 0; i < 6 && !svg.getAttribute("data-grouping").matches("event|day"); i++) {
      page.locator("svg a.event.group").first().click();
    }
    assertThat(svg).hasAttribute("data-grouping", java.util.regex.Pattern.compile("event|day"));
    assertReadable();
    assertThat(page.url()).contains("view=");
    String shared = page.url();
    page.navigate("about:blank");
    page.navigate(shared);
    page.waitForSelector("main[data-ready]");
    assertThat(page.locator("svg.timeline-svg")).hasAttribute("data-grouping", java.util.regex.Pattern.compile("event|day"));
    page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show all")).click();
    assertThat(page.locator("svg.timeline-svg")).hasAttribute("data-grouping", java.util.regex.Pattern.compile("week|month|quarter"));
  }

  @Test
  void aStorylineOfFiveThousandEventsOpensGroupedAndReadableAtBothWidthsAndZoomsInToSingleEvents() throws Exception {
    needLarge();
    try (Corpus corpus = new Corpus(data.resolve("huge"))) {
      LargeStoryline storyline = new LargeStoryline(corpus, LargeStoryline.ALL, LargeStoryline.HUGE_ID, "Every topic", 5000);
      WebServer huge = new WebServer(Services.of(corpus.store, corpus.index).withStorylines(storyline), WebConfig.defaults());
      huge.start(WebServer.LOOPBACK, 0);
      try {
        long start = System.nanoTime();
        open(huge, "#/storyline/" + LargeStoryline.HUGE_ID);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("5,000-event timeline opened in " + millis + " ms");
        Locator svg = page.locator("svg.timeline-svg");
        assertThat(svg.getAttribute("data-grouping")).isIn("week", "month", "quarter", "year");
        assertThat(page.locator("svg a.event").count()).isBetween(5, 40);
        assertReadable();
        assertThat(page.locator("#in-view")).containsText("then 100 of unknown date");
        for (int i = 0; i < 8 && !svg.getAttribute("data-grouping").matches("event|day"); i++) {
          page.locator("svg a.event.group").first().click();
        }
        assertThat(svg).hasAttribute("data-grouping", java.util.regex.Pattern.compile("event|day"));
        assertReadable();
        page.setViewportSize(390, 844);
        page.reload();
        page.waitForSelector("main[data-ready]");
        assertFits("a 5,000-event timeline at 390 px");
        assertReadable();
        assertThat(millis).as("opening the timeline of 5,000 events").isLessThan(60_000);
      } finally {
        huge.stop();
      }
    }
  }

  @Test
  void timelineFiltersByLanguageEntityAndSourceChangeTheEventsAndStayInTheUrl() {
    needLarge();
    open(large, "#/storyline/" + LargeStoryline.ID);
    int all = inView();
    page.getByLabel("Language").selectOption("uk");
    page.locator("#timeline-filters button[type=submit]").click();
    page.waitForSelector("#filtered");
    assertThat(page.url()).contains("lang=uk");
    int uk = inView();
    assertThat(uk).isPositive().isLessThan(all);
    page.locator("article.card").first().locator(".badge", new Locator.LocatorOptions().setHasText("uk")).first().isVisible();
    page.getByLabel("Entity").selectOption("gazprom");
    page.locator("#timeline-filters button[type=submit]").click();
    page.waitForFunction("() => location.hash.includes('entity=gazprom')");
    page.waitForSelector("main[data-ready*='entity=gazprom']");
    int ukGazprom = inView();
    assertThat(ukGazprom).isPositive().isLessThan(uk);
    assertThat(page.locator("article.card").first()).containsText("Gazprom");
    open(large, "#/storyline/" + LargeStoryline.ID + "?source=/pl/&from=2022-01-01&to=2022-12-31");
    int polish2022 = inView();
    assertThat(polish2022).isPositive().isLessThan(all);
    assertThat(page.locator("article.card").first().locator("ul.sources")).containsText("pl/");
    assertThat(page.locator(".undated")).hasCount(0);
  }

  @Test
  void phoneAndDesktopLayoutsHaveNoHorizontalOverflowNoCutNavigationAndNoOverlappingAxisLabels() throws Exception {
    for (int[] size : new int[][] {{390, 844}, {1366, 860}}) {
      page.setViewportSize(size[0], size[1]);
      for (String hash : List.of("#/", "#/search?q=Stoltenberg", "#/entities", "#/entity/jens-stoltenberg", "#/article/hostile-1")) {
        open(plain, hash);
        assertFits(hash + " at " + size[0] + " px");
      }
      open(withStorylines, "#/");
      assertFits("storylines at " + size[0] + " px");
      if (size[0] < 500) {
        screenshot("phone-storylines.png");
      }
      open(withStorylines, "#/storyline/" + FixtureStorylines.ID);
      assertFits("timeline at " + size[0] + " px");
      assertReadable();
      if (large != null) {
        open(large, "#/storyline/" + LargeStoryline.ID);
        assertFits("large timeline at " + size[0] + " px");
        assertReadable();
        if (size[0] < 500) {
          screenshot("phone-timeline.png");
        }
      }
    }
  }

  @Test
  void timelineZoomsAndPansFromTheKeyboard() {
    open(withStorylines, "#/storyline/" + FixtureStorylines.ID);
    Locator svg = page.locator("svg.timeline-svg");
    String ticks = page.locator("svg .tick-label").allTextContents().toString();
    svg.focus();
    page.keyboard().press("+");
    page.keyboard().press("+");
    assertThat(page.locator("svg .tick-label").allTextContents().toString()).isNotEqualTo(ticks);
    String zoomed = page.locator("svg .tick-label").allTextContents().toString();
    page.locator("svg.timeline-svg").focus();
    page.keyboard().press("ArrowRight");
    assertThat(page.locator("svg .tick-label").allTextContents().toString()).isNotEqualTo(zoomed);
    assertReadable();
  }

  private int inView() {
    return Integer.parseInt(page.locator("#in-view").getAttribute("data-count"));
  }

  /** No horizontal scrolling, and every navigation link shown whole inside the window. */
  private void assertFits(String where) {
    Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(((Number) overflow).intValue()).as("horizontal overflow on " + where).isLessThanOrEqualTo(0);
    Object cut = page.evaluate("""
        () => [...document.querySelectorAll('nav a')].filter((a) => {
          const r = a.getBoundingClientRect();
          return a.scrollWidth > a.clientWidth + 1 || r.right > window.innerWidth || r.left < 0;
        }).map((a) => a.textContent)""");
    assertThat((List<?>) cut).as("navigation cut on " + where).isEmpty();
  }

  /** Axis labels do not overlap each other, and every axis and bar label lies inside the chart. */
  private void assertReadable() {
    Object overlaps = page.evaluate("""
        () => {
          const boxes = [...document.querySelectorAll('svg.timeline-svg .tick-label')].map((t) => t.getBoundingClientRect());
          const out = [];
          for (let i = 1; i < boxes.length; i++) if (boxes[i].left < boxes[i - 1].right) out.push(i);
          return out;
        }""");
    assertThat((List<?>) overlaps).as("overlapping axis labels").isEmpty();
    Object outside = page.evaluate("""
        () => {
          const svg = document.querySelector('svg.timeline-svg').getBoundingClientRect();
          return [...document.querySelectorAll('svg.timeline-svg .bar-label, svg.timeline-svg .tick-label')].filter((t) => {
            const r = t.getBoundingClientRect();
            return r.left < svg.left - 1 || r.right > svg.right + 1;
          }).map((t) => t.textContent);
        }""");
    assertThat((List<?>) outside).as("labels cut at the chart's edge").isEmpty();
    assertThat(page.locator("svg.timeline-svg .tick-label").count()).isGreaterThanOrEqualTo(2);
  }

  private static double width(Locator rect) {
    return Double.parseDouble(rect.getAttribute("width"));
  }
}
