package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.storyline.core.Article;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlExtractorTest {

  private static final String PARAGRAPH_1 = "Rada miasta przyjęła w czwartek budżet na przyszły rok, który po raz "
      + "pierwszy przekracza dwa miliardy złotych. Najwięcej pieniędzy trafi na transport publiczny, szkoły "
      + "oraz remonty dróg, a radni opozycji zapowiadają, że będą pilnować terminów inwestycji.";
  private static final String PARAGRAPH_2 = "Prezydent miasta podkreślił, że budżet jest ambitny, ale realny. "
      + "Według skarbnika, deficyt zostanie pokryty z nadwyżki z lat ubiegłych oraz z obligacji, których "
      + "emisja jest zaplanowana na wiosnę, jeszcze przed rozpoczęciem sezonu budowlanego.";
  private static final String PARAGRAPH_3 = "Mieszkańcy mogą zgłaszać uwagi do planu inwestycji do końca "
      + "stycznia, w urzędzie albo przez internet, a pierwsze przetargi ruszą w lutym, jak zapowiada urząd.";

  private static final String NEWS_PAGE = """
      <!DOCTYPE html>
      <html lang="pl">
      <head>
        <meta charset="utf-8">
        <title>Budżet miasta przyjęty | Gazeta Miejska</title>
        <meta property="og:title" content="Budżet miasta na 2025 rok przyjęty">
        <meta property="og:url" content="https://gazeta.example/og-url">
        <meta name="description" content="Radni przyjęli budżet.">
        <meta property="article:published_time" content="2024-12-19T10:15:00+01:00">
        <meta property="article:modified_time" content="2024-12-19T12:00:00+01:00">
        <meta name="DC.date.issued" content="2024-12-19">
        <meta name="viewport" content="width=device-width">
        <link rel="stylesheet" href="/style.css">
        <link rel="canonical" href="https://gazeta.example/miasto/budzet-2025">
        <style>body { font-family: serif; } .ad { display: block; }</style>
        <script>window.dataLayer = [{"page": "article", "secret": "TRACKING-CODE"}];</script>
        <script type="application/ld+json">
          {"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "name": "Gazeta Miejska"},
            {"@type": "WebPage", "datePublished": "2024-12-18T00:00:00+01:00"},
            {"@type": ["NewsArticle"], "headline": "Budżet", "datePublished": "2024-12-19T10:15:00+01:00",
             "dateModified": "2024-12-19T12:00:00+01:00"}
          ]}
        </script>
        <script type="application/ld+json">{ this is not json </script>
      </head>
      <body>
        <header class="site-header">
          <nav class="menu"><ul>
            <li><a href="/">Strona główna</a></li><li><a href="/kraj">Kraj</a></li>
            <li><a href="/sport">Sport</a></li><li><a href="/pogoda">Pogoda</a></li>
          </ul></nav>
          <div class="cookie-banner">Ta strona używa ciasteczek. <button>Akceptuję</button></div>
        </header>
        <main>
          <article class="article-body">
            <h1>Budżet miasta na 2025 rok przyjęty</h1>
            <p class="byline">Anna Nowak, <time datetime="2024-12-19T10:15">19 grudnia 2024</time></p>
            <p>%s</p>
            <div class="ad advertisement"><script>showAd("TOP-BANNER");</script></div>
            <p>%s</p>
            <figure><img src="/img/rada.jpg" alt=""><figcaption>Sesja rady miasta w czwartek.</figcaption></figure>
            <p>%s</p>
            <!-- comment: NEVER-IN-TEXT -->
          </article>
          <aside class="related"><h3>Czytaj także</h3><ul>
            <li><a href="/a">Nowe autobusy na ulicach</a></li><li><a href="/b">Remont mostu opóźniony</a></li>
          </ul></aside>
        </main>
        <footer class="site-footer"><p>© 2024 Gazeta Miejska. Wszelkie prawa zastrzeżone.</p>
          <a href="/kontakt">Kontakt</a> <a href="/regulamin">Regulamin</a></footer>
        <script>document.write("INLINE-SCRIPT-TEXT");</script>
      </body>
      </html>
      """.formatted(PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3);

  private final HtmlExtractor extractor = new HtmlExtractor();

  private Article extract(String html) {
    return extract(html, null, Map.of());
  }

  private Article extract(String html, String baseUrl, Map<String, String> meta) {
    return assertThat(extractor.extract(html, "page.html", baseUrl, meta))
        .asInstanceOf(type(HtmlExtractor.Extracted.class))
        .actual()
        .article();
  }

  @Test
  void keepsTheArticleParagraphsSeparatedByBlankLines() {
    Article article = extract(NEWS_PAGE);
    assertThat(article.text()).contains(PARAGRAPH_1 + "\n\n" + PARAGRAPH_2);
    assertThat(article.text()).contains("Sesja rady miasta w czwartek.\n\n" + PARAGRAPH_3);
    assertThat(article.text()).doesNotStartWith("\n").doesNotEndWith("\n").doesNotContain("\n\n\n");
  }

  @Test
  void dropsNavigationFooterScriptsStylesAndComments() {
    String text = extract(NEWS_PAGE).text();
    assertThat(text).doesNotContain("Strona główna", "Pogoda", "Czytaj także", "Remont mostu", "Wszelkie prawa",
        "Regulamin", "ciasteczek", "TRACKING-CODE", "TOP-BANNER", "INLINE-SCRIPT-TEXT", "font-family",
        "NEVER-IN-TEXT");
  }

  @Test
  void takesTheTitleFromOpenGraphAndTheUrlFromTheCanonicalLink() {
    Article article = extract(NEWS_PAGE);
    assertThat(article.title()).isEqualTo("Budżet miasta na 2025 rok przyjęty");
    assertThat(article.url()).isEqualTo("https://gazeta.example/miasto/budzet-2025");
    assertThat(article.source()).isEqualTo("page.html");
  }

  @Test
  void recordsMetaJsonLdAndTimeDates() {
    assertThat(extract(NEWS_PAGE).meta()).containsAllEntriesOf(Map.of(
        "meta:article:published_time", "2024-12-19T10:15:00+01:00",
        "meta:article:modified_time", "2024-12-19T12:00:00+01:00",
        "meta:dc.date.issued", "2024-12-19",
        "meta:description", "Radni przyjęli budżet.",
        "jsonld:datePublished", "2024-12-19T10:15:00+01:00",
        "jsonld:dateModified", "2024-12-19T12:00:00+01:00",
        "time:datetime", "2024-12-19T10:15"));
  }

  @Test
  void fallsBackToTheTitleElementAndOgUrl() {
    Article article = extract(NEWS_PAGE
        .replace("<meta property=\"og:title\" content=\"Budżet miasta na 2025 rok przyjęty\">", "")
        .replace("<link rel=\"canonical\" href=\"https://gazeta.example/miasto/budzet-2025\">", ""));
    assertThat(article.title()).isEqualTo("Budżet miasta przyjęty | Gazeta Miejska");
    assertThat(article.url()).isEqualTo("https://gazeta.example/og-url");
  }

  @Test
  void findsJsonLdDatesInATopLevelArrayAndItempropMetaTags() {
    String html = """
        <html><head>
        <script type="application/ld+json">[{"@type": "BreadcrumbList"},
          {"@type": "BlogPosting", "dateCreated": "2023-05-01", "datePublished": "2023-05-02",}]</script>
        <meta itemprop="datePublished" content="2023-05-02T08:00:00Z">
        </head><body><article><p>%s</p></article></body></html>
        """.formatted(PARAGRAPH_1);
    assertThat(extract(html).meta()).containsAllEntriesOf(Map.of(
        "jsonld:dateCreated", "2023-05-01",
        "jsonld:datePublished", "2023-05-02",
        "meta:datepublished", "2023-05-02T08:00:00Z"));
  }

  @Test
  void keepsThePagesDatelineAndLanguageButNotDatesFromNavigationOrScripts() {
    String html = """
        <html lang="de-AT"><head><script>var date = "2001-01-01";</script></head><body>
        <nav><span class="date">01.01.2001</span></nav>
        <div class="article-meta"><span class="byline">Von Anna Berger</span>
        <time class="published-date">12. Juli 2024, 14:30</time></div>
        <article><p>%s</p></article></body></html>
        """.formatted(PARAGRAPH_1);
    Map<String, String> meta = extract(html).meta();
    assertThat(meta).containsEntry("html:lang", "de-AT");
    assertThat(meta.get("html:dateline")).contains("12. Juli 2024, 14:30").doesNotContain("2001");
  }

  @Test
  void readsTheDateOfAnAbbrInItsTitleAndSkipsTimeElementsOfEmbeddedPosts() {
    String html = """
        <html><body><article><h1>Rezension</h1>
        <abbr class="published" itemprop="datePublished" title="2017-09-09T10:52:00+02:00">10:52</abbr>
        <p>%s</p>
        <blockquote class="instagram-media"><p>A post</p><time datetime="2018-03-12T19:30:12+00:00">Mar 12, 2018</time></blockquote>
        <p>Updated <time datetime="2019-01-29">29 January 2019</time>.</p></article></body></html>
        """.formatted(PARAGRAPH_1);
    Map<String, String> meta = extract(html).meta();
    assertThat(meta).containsEntry("meta:datepublished", "2017-09-09T10:52:00+02:00").containsEntry("time:datetime", "2019-01-29");
  }

  @Test
  void skipsTheTimesAndDatelinesOfComments() {
    String html = """
        <html><body><article><h1>Über uns</h1><p>%s</p></article>
        <div id="comments" class="comments-area"><ol class="comment-list"><li id="comment-923" class="comment">
        <div class="comment-metadata"><time datetime="2014-01-15T23:36:38+01:00">Januar 15, 2014 um 23:36</time></div>
        <p>%s</p></li></ol></div>
        <p class="date">30. Juni 2012</p></body></html>
        """.formatted(PARAGRAPH_1, PARAGRAPH_2);
    Map<String, String> meta = extract(html).meta();
    assertThat(meta).doesNotContainKey("time:datetime").containsEntry("html:dateline", "30. Juni 2012");
  }

  @Test
  void listsTheFullDatesAnywhereInTheVisibleTextMostFrequentFirst() {
    String html = """
        <html><head><script>var built = "2001-01-01";</script></head><body><article><p>%s</p></article>
        <p class="footer">Letzte Änderung: 31.10.2023 - 14:49<br>Erschienen am: 01.11.2023</p>
        <p>Release 1.2.2023.4, printed 01.11.2023, score 31.02.2020</p></body></html>
        """.formatted(PARAGRAPH_1);
    assertThat(extract(html).meta()).containsEntry("html:pagedates", "2023-11-01 2023-10-31");
  }

  @Test
  void resolvesARelativeCanonicalLinkAgainstTheBaseUrl() {
    String html = "<html><head><link rel=canonical href=\"/world/story-1\"></head><body><p>" + PARAGRAPH_1
        + "</p></body></html>";
    assertThat(extract(html, "https://news.example/world/story-1?utm=x", Map.of()).url())
        .isEqualTo("https://news.example/world/story-1");
  }

  @Test
  void rendersLineBreaksListsAndInlineWhitespace() {
    String html = "<html><body><div><p>First   line<br>second\n\t line <b>bold</b>,&nbsp;kept.</p>"
        + "<ul><li>one item</li><li>another item</li></ul><p>Old style<br><br>paragraph break.</p>"
        + "<p>" + PARAGRAPH_2 + "</p></div></body></html>";
    assertThat(extract(html).text()).startsWith("First line\nsecond line bold,\u00A0kept.\n\none item\n\nanother item"
        + "\n\nOld style\n\nparagraph break.\n\n" + PARAGRAPH_2);
  }

  @Test
  void rendersTableRowsAsLinesAndKeepsTheLinesOfPreformattedText() {
    String html = "<html><body><article><p>" + PARAGRAPH_1 + "</p><table><tr><th>Rok</th><td>2025</td></tr>"
        + "<tr><td>Kwota</td><td>2 mld</td></tr></table><pre>wiersz pierwszy\nwiersz drugi</pre></article></body></html>";
    assertThat(extract(html).text())
        .endsWith(PARAGRAPH_1 + "\n\nRok 2025\nKwota 2 mld\n\nwiersz pierwszy\nwiersz drugi");
  }

  @Test
  void addsTheMetadataTheCallerGivesOverThePagesOwn() {
    Map<String, String> meta = Map.of("charset", "windows-1250", "meta:description", "given");
    assertThat(extract(NEWS_PAGE, null, meta).meta())
        .containsEntry("charset", "windows-1250")
        .containsEntry("meta:description", "given");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "<html><head><title>Empty</title></head><body></body></html>",
      "<html><head><script>var onlyScript = 1;</script><style>p {}</style></head><body><!-- nothing --></body></html>",
      "<html><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><footer><a href=/c>Contact</a></footer></body></html>",
      "<html><body><p>   &nbsp; </p><div>\n</div></body></html>",
  })
  void reportsAPageWithoutArticleText(String html) {
    assertThat(extractor.extract(html, "page.html", null, Map.of()))
        .isEqualTo(new HtmlExtractor.NoArticleText("HTML page has no article text"));
  }

  @Test
  void findsTheArticleAfterANoscriptElementThatLeavesADivOpen() {
    String html = "<html><body><NoScript><div id=nojs>Enable JavaScript</NOSCRIPT><div id=main><h1>Bears</h1><p>"
        + PARAGRAPH_1 + "</p><p>" + PARAGRAPH_2 + "</p></div></body></html>";
    assertThat(extract(html).text()).contains(PARAGRAPH_1, PARAGRAPH_2).doesNotContain("Enable JavaScript");
    assertThat(HtmlExtractor.withoutNoscript("<p>a<noscript>b")).isEqualTo("<p>a<noscript>b");
  }

  @Test
  void findsTheArticleOfAPageWrappedInOneFormAsAspNetWritesThem() {
    String html = "<html><head><title>Podolski retires</title></head><body><form id=aspnetForm action=/news method=post>"
        + "<input type=hidden name=__VIEWSTATE value=x><article><p class=date>15 August 2016</p><h1>Podolski retires</h1><p>"
        + PARAGRAPH_1 + "</p><p>" + PARAGRAPH_2 + "</p></article><form action=/search><input name=q></form></form></body></html>";
    Article article = extract(html);
    assertThat(article.text()).contains(PARAGRAPH_1, PARAGRAPH_2);
    assertThat(article.meta()).containsEntry("html:byline", "15 August 2016");
  }

  @Test
  void keepsTheTextThatTheMetadataOfAPageRenderedByScriptsGives() {
    String shell = "<html><head><title>Taiwan's playbook</title>%s</head><body><div id=app></div>"
        + "<script src=/app.js></script></body></html>";
    String jsonLd = "<script type=application/ld+json>{\"@type\": \"WebPage\", \"mainEntity\": {\"@type\": \"NewsArticle\","
        + " \"datePublished\": \"2020-01-20T10:00:08+08:00\", \"articleBody\": \"" + PARAGRAPH_1 + "\"}}</script>";
    Article article = extract(shell.formatted(jsonLd));
    assertThat(article.text()).isEqualTo(PARAGRAPH_1);
    assertThat(article.meta()).containsEntry(HtmlExtractor.TEXT_SOURCE, "jsonld:articleBody")
        .containsEntry("jsonld:datePublished", "2020-01-20T10:00:08+08:00");
    String og = "<meta property=og:type content=article><meta name=description content=\"" + PARAGRAPH_2 + "\">";
    assertThat(extract(shell.formatted(og)).meta()).containsEntry(HtmlExtractor.TEXT_SOURCE, "meta:description");
    String cut = "<script type=application/ld+json>{\"@type\": \"NewsArticle\", \"description\": \"Prezydent miasta \"}</script>"
        + "<meta name=description content=\"" + PARAGRAPH_2 + "\">";
    assertThat(extract(shell.formatted(cut)).text()).isEqualTo(PARAGRAPH_2);
    String website = "<meta property=og:type content=website><meta name=description content=\"" + PARAGRAPH_2 + "\">";
    assertThat(extractor.extract(shell.formatted(website), "page.html", null, Map.of()))
        .as("a site's description is no article").isInstanceOf(HtmlExtractor.NoArticleText.class);
  }

  @Test
  void survivesDeeplyNestedElements() {
    String html = "<html><body>" + "<div><span>".repeat(50_000) + PARAGRAPH_1 + "</body></html>";
    assertThat(extract(html).text()).contains(PARAGRAPH_1);
  }

  @Test
  void survivesUnclosedTagsAndScriptsInTheBody() {
    String html = "<html><body><p>" + PARAGRAPH_1 + "<p><b><i>" + PARAGRAPH_2 + "<script>alert('SCRIPT')"
        + "<div><table><tr><td>" + PARAGRAPH_3 + "<style>p{color:red}";
    assertThat(extract(html).text()).contains(PARAGRAPH_1, PARAGRAPH_2).doesNotContain("SCRIPT", "color:red");
  }

  @Test
  void survivesGarbageMarkup() {
    String html = "<<<>>><!-- <p> --><![CDATA[ x ]]></p></div><p <p=\"\">" + "<a><b><i></a></b></i>".repeat(5_000)
        + "<p>" + PARAGRAPH_1 + "</p>" + "&#xFFFFFFF;&bogus;&#0;";
    Duration limit = Duration.ofSeconds(20);
    long start = System.nanoTime();
    assertThat(extract(html).text()).contains(PARAGRAPH_1);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(limit);
  }
}
