package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TitleBylineTest {
  private static final String PAGE = """
      <html><head><title>Harbour bridge reopens after repairs | City Paper</title></head><body>
      <nav><a href="/">Home</a> <span>Monday, 3 March 2025</span></nav>
      <div class="sidebar"><h2>Most read this week</h2><p>Older story</p><p>2 January 2019</p></div>
      <article>
        <p class="kicker">Transport</p>
        <h1>Harbour bridge reopens after repairs</h1>
        <p>By <a href="/staff/jo">Jo Writer</a> | <time>12 July 2024</time></p>
        <p>The bridge carries more than forty thousand cars a day and was closed for eleven weeks while engineers
        replaced the bearings of its two main spans and repainted the steel of the whole northern approach.</p>
      </article>
      <footer>Copyright 2024 City Paper</footer>
      </body></html>""";

  private static Document parse(String html) {
    return Jsoup.parse(html);
  }

  @Test
  void readsTheShortLinesAroundTheHeadlineThatMatchesThePageTitleNearestBelowFirst() {
    String lines = TitleByline.of(parse(PAGE), "Harbour bridge reopens after repairs | City Paper").orElseThrow();
    assertThat(lines).startsWith("By Jo Writer | 12 July 2024\nTransport")
        .doesNotContain("Most read", "Monday, 3 March 2025", "forty thousand", "Copyright");
  }

  @Test
  void leavesOutTheDatesOfAnEmbeddedPostInABlockQuote() {
    String embedded = PAGE.replace("<p>By <a href=\"/staff/jo\">Jo Writer</a> | <time>12 July 2024</time></p>",
        "<blockquote class=\"instagram-media\"><p>A post shared by Jo (@jo) on Mar 27, 2018 at 12:08 PDT</p></blockquote>");
    String lines = TitleByline.of(parse(embedded), "Harbour bridge reopens after repairs").orElseThrow();
    assertThat(lines).contains("Transport").doesNotContain("2018");
    assertThat(PageMetadata.dateline(parse("<html><body><blockquote><p class=date>27 March 2018</p></blockquote>"
        + "<p class=date>12 July 2024</p></body></html>"))).hasValue("12 July 2024");
  }

  @Test
  void takesThePagesOnlyH1WhenNoHeadingMatchesTheTitle() {
    assertThat(TitleByline.of(parse(PAGE), "Something else entirely")).hasValueSatisfying(
        lines -> assertThat(lines).contains("12 July 2024"));
  }

  @Test
  void findsAnH3HeadlineWithABlockInside() {
    String h3 = PAGE.replace("<h1>Harbour bridge reopens after repairs</h1>",
        "<h3><div>Harbour bridge <em>reopens after repairs</em></div></h3>");
    assertThat(TitleByline.of(parse(h3), "Harbour bridge reopens after repairs")).hasValueSatisfying(
        lines -> assertThat(lines).startsWith("By Jo Writer | 12 July 2024"));
  }

  @Test
  void readsNothingWhenNoHeadingCanBeTheHeadline() {
    String twoH1 = PAGE.replace("<h2>Most read this week</h2>", "<h1>Most read this week</h1>");
    assertThat(TitleByline.of(parse(twoH1), "Something else entirely")).isEmpty();
    assertThat(TitleByline.of(parse("<html><body><p>Only a paragraph.</p></body></html>"), "Only")).isEmpty();
  }

  @Test
  void recordsTheBylineAndADateFromScriptDataAsMetadata() {
    String page = PAGE.replace("</head>", "<script>window.state = {\"article\":{\"publishedDate\":\"2024-07-12T08:00:00Z\"}};"
        + "</script></head>");
    var meta = PageMetadata.of(parse(page)).meta();
    assertThat(meta.get("html:byline")).contains("12 July 2024");
    assertThat(meta).containsEntry("script:published", "2024-07-12T08:00:00Z");
  }

  @Test
  void ignoresScriptDatesInJsonLdAndUnderOtherKeys() {
    String page = PAGE.replace("</head>", "<script type=\"application/ld+json\">{\"publishedDate\":\"2020-01-01\"}</script>"
        + "<script>var x = {\"expires\":\"2024-07-30\"};</script></head>");
    assertThat(PageMetadata.of(parse(page)).meta()).doesNotContainKey("script:published");
  }
}
