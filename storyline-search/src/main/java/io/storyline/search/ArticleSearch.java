package io.storyline.search;

import java.io.Closeable;
import java.util.Map;

/**
 * Full-text search over stored articles, as the web layer uses it. {@link SearchIndex} is the embedded
 * default (Lucene in the data directory); a scale-out deployment implements it over a search cluster.
 * Implementations are thread-safe.
 */
public interface ArticleSearch extends Closeable {
  /**
   * One page of hits.
   *
   * @throws IllegalArgumentException naming the query or cursor when either is malformed
   */
  SearchResult search(SearchQuery query);

  /** How many articles are searchable. */
  long count();

  /** Searchable articles per language code, most frequent first. */
  Map<String, Long> languages();

  @Override
  void close();
}
