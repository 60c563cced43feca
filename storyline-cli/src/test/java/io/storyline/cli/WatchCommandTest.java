package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.ingest.web.LocalSite;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch and sources commands against a real HTTP server on loopback, with faults. */
class WatchCommandTest {
  static final String LANGS = "--languages=pl,uk,it,hu,nl,en,de,ru";
  static final int PAGES = 10;

  @TempDir Path tmp;
  private final LocalSite site = new LocalSite();

  WatchCommandTest() throws IOException {
  }

  @AfterEach
  void close() {
    site.close();
  }

  static List<String> seeds() throws IOException {
    try (Stream<Path> files = Files.list(CliTest.EXAMPLES)) {
      List<String> texts = new ArrayList<>();
      for (Path f : files.sorted().toList()) {
        texts.add(Files.readString(f));
      }
      return texts;
    }
  }

  static String html(String title, String text, String canonical) {
    StringBuilder page = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>").append(title).append("</title>");
    if (canonical != null) {
      page.append("<link rel=\"canonical\" href=\"").append(canonical).append("\">");
    }
    page.append("</head><body><article><h1>").append(title).append("</h1>");
    for (String p : text.split("\\n+")) {
      page.append("<p>").append(p).append("</p>");
    }
    return page.append("</article></body></html>").toString();
  }

  static String rss(List<String> links) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
        + "<title>Local news</title><link>http://example.org/</link><description>d</description>");
    for (String link : links) {
      xml.append("<item><title>t</title><link>").append(link.replace("&", "&amp;")).append("</link></item>");
    }
    return xml.append("</channel></rss>").toString();
  }

  /** A feed that answers a conditional request with 304. */
  void serveFeed(String path, List<String> links) {
    serveFeed(site, path, links);
  }

  static void serveFeed(LocalSite site, String path, List<String> links) {
    byte[] body = rss(links).getBytes(StandardCharsets.UTF_8);
    site.on(path, ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        LocalSite.send(ex, 304, null, new byte[0]);
        return;
      }
      ex.getResponseHeaders().set("ETag", "\"v1\"");
      LocalSite.send(ex, 200, "application/rss+xml", body);
    });
  }

  @Test
  void storesEachArticleOnceWhateverTheAddressAndResumesWithAConditionalPoll() throws Exception {
    List<String> seeds = seeds();
    String a1 = site.url("/a1");
    site.page("/a1", "text/html; charset=utf-8", html("One", seeds.get(0), null), StandardCharsets.UTF_8);
    site.page("/amp/a1", "text/html; charset=utf-8", html("One", seeds.get(0) + "\nShare this.", a1), StandardCharsets.UTF_8);
    site.page("/a2", "text/html; charset=utf-8", html("Two", seeds.get(1), null), StandardCharsets.UTF_8);
    site.page("/a3", "text/html; charset=utf-8", html("Three", seeds.get(2), null), StandardCharsets.UTF_8);
    String edited = "Syndicated from our partners.\n" + seeds.get(2).replaceFirst("\\S+", "Changed") + "\n(c) Another site";
    site.page("/copy-of-a3", "text/html; charset=utf-8", html("Three, again", edited, null), StandardCharsets.UTF_8);
    site.on("/busy", ex -> {
      ex.getResponseHeaders().set("Retry-After", "3600");
      LocalSite.send(ex, 429, "text/plain", "later".getBytes(StandardCharsets.US_ASCII));
    });
    serveFeed("/feed.xml", List.of(site.url("/a1"), site.url("/amp/a1"), site.url("/a2"), site.url("/a3?utm_source=rss&utm_medium=feed"),
        site.url("/a1?utm_campaign=x"), site.url("/copy-of-a3"), site.url("/busy")));
    String data = "--data=" + tmp.resolve("data");

    CliTest.Run first = CliTest.run(data, "watch", LANGS, "--once", "--allow-loopback", "--interval=1s", site.url("/feed.xml"));

    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).contains("Following 1 feeds (1 new)").contains(site.url("/feed.xml") + ": 3 new articles, 1 page problem")
        .contains("3 articles in the store");
    assertThat(first.err())
        .contains("problem: " + site.url("/amp/a1") + ": same article as")
        .contains("problem: " + site.url("/copy-of-a3") + ": near duplicate of")
        .contains("problem: " + site.url("/busy") + ": HTTP 429");
    assertThat(site.count("/a1")).as("the tracking variant of /a1 is known without fetching").isEqualTo(1);

    Thread.sleep(1200); // the feed is due again after its 1 s interval
    CliTest.Run second = CliTest.run(data, "watch", LANGS, "--once", "--allow-loopback", "--interval=1s");

    assertThat(second.out()).contains(site.url("/feed.xml") + ": 0 new articles").contains("3 articles in the store");
    assertThat(site.requests.get(site.requests.size() - 1).header("If-None-Match")).isEqualTo("\"v1\"");
    assertThat(List.of("/a1", "/amp/a1", "/a2", "/a3", "/copy-of-a3")).allSatisfy(p -> assertThat(site.count(p)).as(p).isEqualTo(1));

    CliTest.Run sources = CliTest.run(data, "sources");
    assertThat(sources.out()).contains("ok").contains(site.url("/feed.xml") + " (Local news)").containsPattern("ok\\s+3\\s+1\\s");
    assertThat(CliTest.run(data, "sources", "pause", site.url("/feed.xml")).out()).contains("paused: " + site.url("/feed.xml"));
    assertThat(CliTest.run(data, "sources").out()).startsWith("STATE").contains("paused");
    CliTest.Run unknown = CliTest.run(data, "sources", "remove", "https://example.org/none.xml");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).contains("https://example.org/none.xml is not followed");
  }

  @Test
  void refusesLoopbackFeedsUnlessAllowedAndSaysWhy() {
    serveFeed("/feed.xml", List.of(site.url("/a1")));

    CliTest.Run r = CliTest.run("--data=" + tmp.resolve("data"), "watch", LANGS, "--once", site.url("/feed.xml"));

    assertThat(r.err()).contains("loopback").contains("--allow-loopback");
    assertThat(site.count("/feed.xml")).isZero();
  }

  /**
   * A watch killed with SIGKILL while it stores pages, then restarted: every page ends up stored once,
   * and no page stored before the kill is fetched again.
   */
  @Test
  void aKilledWatchResumesWithoutLossOrDuplicates() throws Exception {
    List<String> seeds = seeds();
    List<String> links = new ArrayList<>();
    for (int i = 0; i < PAGES; i++) {
      String text = "Report " + i + ".\n" + seeds.get(i % seeds.size()).substring(0, 300 + 37 * i) + "\nEnd of report " + i + ".";
      byte[] page = html("Report " + i, i < 5 ? text : seeds.get(i % 5) + "\n" + text, null).getBytes(StandardCharsets.UTF_8);
      site.on("/p" + i, ex -> {
        LocalSite.sleep(Duration.ofMillis(500)); // slower than the analysis, so the batch is committed piece by piece
        LocalSite.send(ex, 200, "text/html; charset=utf-8", page);
      });
      links.add(site.url("/p" + i));
    }
    serveFeed("/feed.xml", links);
    Path data = tmp.resolve("data");

    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--data=" + data, "watch", LANGS,
        "--allow-loopback", "--interval=1h", site.url("/feed.xml"))
        .redirectErrorStream(true).start();
    Thread drain = new Thread(() -> {
      try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        while (out.readLine() != null) {
          // the child's output is not needed, only read so it never blocks
        }
      } catch (IOException e) {
        // the child was killed
      }
    });
    drain.start();
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    Path log = data.resolve("sources").resolve("urls.log");
    long first = 0;
    while (first == 0 && System.nanoTime() < deadline && child.isAlive()) {
      Thread.sleep(50); // until the first pages are on their way into the store
      first = recorded(log);
    }
    while (recorded(log) == first && !checkpointed(log) && System.nanoTime() < deadline && child.isAlive()) {
      Thread.sleep(20); // until the next commit begins, so the first one is complete: in the middle of the batch
    }
    child.destroyForcibly(); // SIGKILL
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    List<String> storedBeforeRestart = storedUrls(data);
    assertThat(storedBeforeRestart).isNotEmpty();

    CliTest.Run restart = CliTest.run("--data=" + data, "watch", LANGS, "--once", "--allow-loopback", "--interval=1h");

    assertThat(restart.code()).as(restart.err()).isZero();
    List<String> stored = storedUrls(data);
    assertThat(stored).hasSize(PAGES).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(links);
    assertThat(storedBeforeRestart).allSatisfy(url ->
        assertThat(site.count(url.substring(url.indexOf("/p")))).as("fetches of %s, stored before the kill", url).isEqualTo(1));
  }

  /** Articles the watch has recorded in its address log so far (written just before each store commit). */
  private static long recorded(Path log) throws IOException {
    return Files.exists(log) ? Files.readAllLines(log).stream().filter(l -> l.startsWith("A\t")).count() : 0;
  }

  private static boolean checkpointed(Path log) throws IOException {
    return Files.exists(log) && Files.readAllLines(log).contains("C");
  }

  private int pagesServed() {
    int n = 0;
    for (int i = 0; i < PAGES; i++) {
      n += site.count("/p" + i);
    }
    return n;
  }

  private static List<String> storedUrls(Path data) throws IOException {
    Path file = data.resolveSibling("export-" + System.nanoTime() + ".jsonl");
    CliTest.Run export = CliTest.run("--data=" + data, "export", "--format", "jsonl", "--output", file.toString());
    assertThat(export.code()).as(export.err()).isZero();
    List<String> urls = new ArrayList<>();
    Matcher m = Pattern.compile("\"url\"\\s*:\\s*\"([^\"]+)\"").matcher(Files.readString(file));
    while (m.find()) {
      urls.add(m.group(1));
    }
    return urls;
  }
}
