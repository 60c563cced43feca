package io.storyline.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import io.storyline.ingest.CollectingSink;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebReaderTest {

  static final Charset CP1251 = Charset.forName("windows-1251");
  static final String UKRAINIAN = "Київ заявив про нові переговори щодо постачання зерна через чорноморські порти. "
      + "Міністр закордонних справ зустрівся з колегами з Польщі та Угорщини.";

  private final LocalSite site = new LocalSite();
  private final Fetcher fetcher = new Fetcher(FetcherTest.testPolicy());
  private final WebReader reader = new WebReader(fetcher);
  private final CollectingSink sink = new CollectingSink();
  private final List<Article> articles = sink.articles;

  WebReaderTest() throws IOException {
  }

  @AfterEach
  void close() {
    fetcher.close();
    site.close();
  }

  static String page(String title, String text, String metaCharset) {
    return "<html><head>" + (metaCharset == null ? "" : "<meta charset=\"" + metaCharset + "\">")
        + "<title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + text + "</p><p>" + text
        + "</p></article></body></html>";
  }

  static String rss(String encoding, String title, String... links) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"" + encoding + "\"?><rss version=\"2.0\"><channel><title>")
        .append(title).append("</title><link>http://example.org/</link><description>d</description>");
    for (String link : links) {
      xml.append("<item><title>").append(title).append("</title><link>").append(link)
          .append("</link><pubDate>Mon, 07 Dec 2026 10:00:00 GMT</pubDate></item>");
    }
    return xml.append("</channel></rss>").toString();
  }

  @Test
  void readsAFeedInWindows1251AndEveryPageItLinks() {
    site.page("/uk1", "text/html; charset=windows-1251", page("Переговори", UKRAINIAN, null), CP1251);
    site.page("/uk2", "text/html; charset=utf-8", page("Друга новина", UKRAINIAN + " Друга.", null), StandardCharsets.UTF_8);
    site.page("/rss.xml", "application/rss+xml", rss("windows-1251", "Новини", site.url("/uk1"), site.url("/uk2")), CP1251);

    reader.read(site.url("/rss.xml"), sink);

    assertThat(sink.problems()).isEmpty();
    assertThat(articles).extracting(Article::title).containsExactly("Переговори", "Друга новина");
    Article first = articles.get(0);
    assertThat(first.text()).contains("Київ заявив");
    assertThat(first.meta()).containsEntry("feed:title", "Новини").containsEntry("feed:published", "2026-12-07T10:00:00Z")
        .containsEntry("charset", "windows-1251").containsEntry("fetch:url", site.url("/uk1"));
    assertThat(first.url()).isEqualTo(site.url("/uk1"));
  }

  @Test
  void reportsMalformedAndTruncatedFeedsAndGoesOn() {
    String whole = rss("utf-8", "News", site.url("/p"));
    site.page("/truncated.xml", "application/rss+xml", whole.substring(0, whole.length() / 2), StandardCharsets.UTF_8);
    site.page("/malformed.xml", "application/rss+xml", "<rss><channel><item><title>x</titel></item></channel></rss>",
        StandardCharsets.UTF_8);
    site.page("/p", "text/html", page("Fine", UKRAINIAN, "utf-8"), StandardCharsets.UTF_8);

    reader.read(site.url("/truncated.xml"), sink);
    reader.read(site.url("/malformed.xml"), sink);
    reader.read(site.url("/p"), sink);

    assertThat(sink.problems()).hasSize(2).allSatisfy(p -> assertThat(p).contains("not a readable RSS or Atom feed"));
    assertThat(articles).extracting(Article::title).containsExactly("Fine");
  }

  @Test
  void readsAPageThatDeclaresTheWrongCharset() {
    site.page("/liar", "text/html", page("Переговори", UKRAINIAN, "utf-8"), CP1251);
    site.page("/header-liar", "text/html; charset=iso-8859-1", page("Переговори", UKRAINIAN, null), StandardCharsets.UTF_8);

    reader.read(site.url("/liar"), sink);
    reader.read(site.url("/header-liar"), sink);

    assertThat(articles).hasSize(2).allSatisfy(a -> assertThat(a.text()).contains("Київ заявив про нові переговори"));
  }

  @Test
  void reportsWhatIsNotAPage() {
    site.page("/image.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    site.page("/empty", "text/html", "<html><body><nav>Home</nav></body></html>", StandardCharsets.UTF_8);

    reader.read(site.url("/image.png"), sink);
    reader.read(site.url("/empty"), sink);
    reader.read("ftp://example.org/file", sink);

    assertThat(articles).isEmpty();
    assertThat(sink.problems()).containsExactly(
        site.url("/image.png") + ": content type image/png is not a page (text/html, application/xhtml+xml)",
        site.url("/empty") + ": HTML page has no article text",
        "ftp://example.org/file: scheme ftp is not allowed (http, https)");
  }
}
