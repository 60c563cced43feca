package io.storyline.search;

import java.time.Instant;
import java.util.List;

/**
 * One article found.
 *
 * @param id        the article id
 * @param title     its headline, or {@code null}
 * @param lang      its language code, or {@code und}
 * @param source    where it came from
 * @param published when it was published, or {@code null} when unknown
 * @param score     relevance (0 when sorted by date without a query)
 * @param direct    whether the query itself matched; false when only an expansion did
 * @param via       the expansion variants that matched when the query itself did not
 * @param snippets  passages around the matches (the opening when nothing is highlighted)
 */
public record Hit(String id, String title, String lang, String source, Instant published, float score,
    boolean direct, List<String> via, List<Snippet> snippets) {
  public Hit {
    via = List.copyOf(via);
    snippets = List.copyOf(snippets);
  }

  /** True when the article was found only through another language's or script's name. */
  public boolean crossLanguage() {
    return !direct && !via.isEmpty();
  }
}
