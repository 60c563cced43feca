package io.storyline.search;

import java.util.List;
import java.util.Set;

/**
 * Words of other languages that name what a word names ("summit": "szczyt", "vertice"), e.g. from a table of
 * translingual concepts; the search uses them to find articles written in other languages ({@link SearchIndex}).
 */
@FunctionalInterface
public interface Translations {
  /** No translations. */
  Translations NONE = (word, languages, limit) -> List.of();

  /**
   * At most {@code limit} words of {@code languages} (ISO 639-1 codes) that share a concept with {@code word}
   * (lower case, of any language), the closest first, without {@code word} itself.
   */
  List<String> of(String word, Set<String> languages, int limit);
}
