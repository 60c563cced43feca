package io.storyline.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself outside the article text: title, canonical URL and dates.
 *
 * @param title the {@code og:title}, else the {@code <title>}, or null
 * @param url   the {@code <link rel=canonical>}, else the {@code og:url}, or null
 * @param meta  {@code meta:<key>} for date meta tags and the description, {@code jsonld:<key>} for
 *              JSON-LD dates, {@code time:datetime} for the page's first {@code <time datetime>},
 *              {@code html:dateline} for short elements classed as dates or bylines and
 *              {@code html:byline} for the short lines around the headline (see {@link TitleByline}),
 *              {@code script:published} for a publication date in other script data ({@link ScriptDates}),
 *              {@code html:pagedates} for the full dates anywhere in the visible text ({@link PageDates})
 */
record PageMetadata(String title, String url, Map<String, String> meta) {

  /** Meta tag names (name, property or itemprop, lower-cased) that carry a date. */
  private static final Pattern DATE_KEY = Pattern.compile(
      ".*(date|time|publish|modified|updated|created|issued|lastmod).*");
  /** Class or id of page elements that usually hold the dateline or byline. */
  private static final Pattern DATELINE_CLASS = Pattern.compile(
      "(?i).*(date|time|publish|posted|byline|datum|fecha|data|dateline|meta|info).*");
  /** A class or id token of a comment section ({@code comments-area}, {@code comment-923}, {@code commentlist}), not "commentary". */
  private static final Pattern COMMENT_TOKEN = Pattern.compile("(?i)(?:^|\\s)comment(?!ary)");
  private static final int DATELINE_ELEMENTS = 12;
  private static final int DATELINE_CHARS = 160;

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Reads the metadata; call it before Readability, which removes scripts and more from the document. */
  static PageMetadata of(Document doc) {
    Map<String, String> meta = new LinkedHashMap<>();
    for (Element tag : doc.select("meta[content]")) {
      String content = tag.attr("content").strip();
      Stream.of("name", "property", "itemprop")
          .map(attribute -> tag.attr(attribute).strip().toLowerCase(Locale.ROOT))
          .filter(key -> DATE_KEY.matcher(key).matches() && !content.isEmpty() && content.length() <= DATELINE_CHARS)
          .forEach(key -> meta.putIfAbsent("meta:" + key, content));
    }
    for (Element e : doc.select("[itemprop=datePublished]")) {
      // <abbr itemprop=datePublished title="2017-09-09T10:52:00+02:00">10:52</abbr> keeps the date in its title
      Stream.of(e.attr("datetime"), e.attr("content"), e.tagName().equals("abbr") ? e.attr("title") : "", e.text())
          .map(String::strip).filter(v -> !v.isEmpty())
          .findFirst().ifPresent(v -> meta.putIfAbsent("meta:datepublished", v));
    }
    dateline(doc).ifPresent(d -> meta.put("html:dateline", d));
    String lang = doc.select("html").attr("lang").strip();
    if (!lang.isEmpty()) {
      meta.put("html:lang", lang);
    }
    firstNonBlank(metaContent(doc, "name", "description"), metaContent(doc, "property", "og:description"))
        .ifPresent(description -> meta.put("meta:description", description));
    meta.putAll(JsonLdDates.of(doc));
    ScriptDates.published(doc).ifPresent(d -> meta.put("script:published", d));
    PageDates.of(doc).ifPresent(d -> meta.put(PageDates.KEY, d));
    firstTime(doc).ifPresent(time -> meta.put("time:datetime", time));
    String title = firstNonBlank(metaContent(doc, "property", "og:title"), Optional.of(doc.title())).orElse(null);
    TitleByline.of(doc, title, doc.title()).ifPresent(b -> meta.put("html:byline", b));
    String url = firstNonBlank(canonicalLink(doc), metaContent(doc, "property", "og:url")).orElse(null);
    return new PageMetadata(title, url, meta);
  }

  /**
   * The short texts of the first elements whose class or id names a date or byline (outside
   * navigation, scripts, block quotes, which hold embedded posts, and comments), one per line: where pages print their
   * dateline.
   */
  static Optional<String> dateline(Document doc) {
    if (doc.body() == null) {
      return Optional.empty();
    }
    StringBuilder lines = new StringBuilder();
    int found = 0;
    for (Element e : doc.body().select("*")) {
      if (found >= DATELINE_ELEMENTS) {
        break;
      }
      if (e.closest("script, style, noscript, nav, footer, aside, form, blockquote") != null) {
        continue;
      }
      String text = e.text().strip();
      if (!text.isEmpty() && text.length() <= DATELINE_CHARS && e.children().size() <= 3
          && DATELINE_CLASS.matcher(e.className() + " " + e.id()).matches() && !inComments(e)) {
        lines.append(text).append('\n');
        found++;
      }
    }
    return lines.isEmpty() ? Optional.empty() : Optional.of(lines.toString().strip());
  }

  /**
   * The {@code datetime} of the first {@code <time datetime>} inside the element, leaving out those in a
   * {@code <blockquote>} (embedded posts, Instagram or Twitter, and quotes carry their author's dates) and in comments.
   */
  static Optional<String> firstTime(Element root) {
    return root.select("time[datetime]").stream().filter(time -> time.closest("blockquote") == null && !inComments(time))
        .findFirst()
        .map(time -> time.attr("datetime").strip())
        .filter(datetime -> !datetime.isEmpty());
  }

  /** True when the element is or lies in a comment section: a class or id starting with "comment" names it. */
  static boolean inComments(Element element) {
    for (Element e = element; e != null; e = e.parent()) {
      if (COMMENT_TOKEN.matcher(e.className()).find() || COMMENT_TOKEN.matcher(e.id()).find()) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> canonicalLink(Document doc) {
    return doc.select("link[href]").stream()
        .filter(link -> Stream.of(link.attr("rel").split("\\s+")).anyMatch("canonical"::equalsIgnoreCase))
        .map(link -> link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href"))
        .findFirst();
  }

  private static Optional<String> metaContent(Document doc, String attribute, String value) {
    return doc.select("meta[" + attribute + "]").stream()
        .filter(tag -> tag.attr(attribute).strip().equalsIgnoreCase(value))
        .map(tag -> tag.attr("content"))
        .findFirst();
  }

  @SafeVarargs
  private static Optional<String> firstNonBlank(Optional<String>... candidates) {
    return Stream.of(candidates)
        .flatMap(Optional::stream)
        .map(s -> WHITESPACE.matcher(s.strip()).replaceAll(" "))
        .filter(s -> !s.isEmpty())
        .findFirst();
  }
}
