package io.storyline.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date a page's own script data gives (the state a JavaScript page renders from,
 * such as {@code "publishedDate":"2016-11-04T20:37:27Z"}), outside JSON-LD: the first ISO date under
 * a publication or creation key, in document order.
 */
final class ScriptDates {
  private static final Pattern PUBLISHED = Pattern.compile(
      "\\\\?\"(?:datePublished|publishedDate|publishDate|published_at|publishedAt|date_published|publicationDate"
          + "|firstPublished|dateCreated|createdAt|created_at)\\\\?\"\\s*:\\s*\\\\?\"((?:19|20)\\d\\d-\\d\\d-\\d\\d[^\"\\\\]{0,30})");

  private ScriptDates() {
  }

  static Optional<String> published(Document doc) {
    for (Element script : doc.select("script")) {
      if (script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
        continue;
      }
      Matcher m = PUBLISHED.matcher(script.data());
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }
}
