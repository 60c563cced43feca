package io.storyline.search;

import io.storyline.core.Article;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What the index reads from an article besides its text, for filters and sorting. The defaults read
 * the given {@code published} metadata and know no entities, events or storylines; once those layers
 * exist, the caller overrides the methods to read them.
 */
public interface ArticleFacets {
  /** Reads only the article's metadata. */
  ArticleFacets METADATA = new ArticleFacets() {};

  /** When the article was published: its {@code published} metadata, when parseable. */
  default Optional<Instant> published(Article article) {
    return PublishedDates.parse(article.meta().get("published"));
  }

  /** Ids of the entities the article mentions. */
  default Set<String> entityIds(Article article) {
    return Set.of();
  }

  /** Ids of the events the article reports. */
  default Set<String> eventIds(Article article) {
    return Set.of();
  }

  /** Ids of the storylines the article belongs to. */
  default Set<String> storylineIds(Article article) {
    return Set.of();
  }
}
