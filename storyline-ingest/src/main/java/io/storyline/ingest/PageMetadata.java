package io.storyline.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself outside the article text: title, canonical URL and dates.
 *
 * @param title the {@code og:title}, else the {@code <title>}, or null
 * @param url   the {@code <link rel=canonical>}, else the {@code og:url}, or null
 * @param meta  {@code meta:<key>} for date meta tags and the description, {@code jsonld:<key>} for
 *              JSON-LD dates, {@code time:datetime} for the page's first {@code <time datetime>}
 */
record PageMetadata(String title, String url, Map<String, String> meta) {

  /** Meta tag names (name, property or itemprop) that carry a date, in their usual spelling. */
  private static final List<String> DATE_KEYS = List.of(
      "article:published_time", "article:modified_time", "article:published", "article:modified",
      "og:published_time", "og:updated_time", "og:article:published_time", "og:article:modified_time",
      "date", "pubdate", "publishdate", "publish-date", "publish_date", "published_time", "published-date",
      "dc.date", "dc.date.issued", "dc.date.created", "dc.date.modified", "dcterms.created", "dcterms.date",
      "dcterms.issued", "dcterms.modified", "parsely-pub-date", "sailthru.date", "datePublished",
      "dateModified", "dateCreated", "uploadDate", "citation_publication_date", "citation_date",
      "originalpublicationdate", "article_date_original", "last-modified", "lastmod", "release_date");
  private static final Map<String, String> DATE_KEY_BY_LOWER_CASE = DATE_KEYS.stream()
      .collect(Collectors.toMap(k -> k.toLowerCase(Locale.ROOT), Function.identity()));

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Reads the metadata; call it before Readability, which removes scripts and more from the document. */
  static PageMetadata of(Document doc) {
    Map<String, String> meta = new LinkedHashMap<>();
    for (Element tag : doc.select("meta[content]")) {
      String content = tag.attr("content").strip();
      Stream.of("name", "property", "itemprop")
          .map(attribute -> DATE_KEY_BY_LOWER_CASE.get(tag.attr(attribute).strip().toLowerCase(Locale.ROOT)))
          .filter(key -> key != null && !content.isEmpty())
          .forEach(key -> meta.putIfAbsent("meta:" + key, content));
    }
    firstNonBlank(metaContent(doc, "name", "description"), metaContent(doc, "property", "og:description"))
        .ifPresent(description -> meta.put("meta:description", description));
    meta.putAll(JsonLdDates.of(doc));
    firstTime(doc).ifPresent(time -> meta.put("time:datetime", time));
    String title = firstNonBlank(metaContent(doc, "property", "og:title"), Optional.of(doc.title())).orElse(null);
    String url = firstNonBlank(canonicalLink(doc), metaContent(doc, "property", "og:url")).orElse(null);
    return new PageMetadata(title, url, meta);
  }

  /** The {@code datetime} of the first {@code <time datetime>} inside the element. */
  static Optional<String> firstTime(Element root) {
    return Optional.ofNullable(root.selectFirst("time[datetime]"))
        .map(time -> time.attr("datetime").strip())
        .filter(datetime -> !datetime.isEmpty());
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
