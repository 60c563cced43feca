package io.storyline.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.QueryParser;

/**
 * A query's words expanded with the words of other languages that share their concept ({@link Translations}):
 * "summit" becomes {@code (summit OR szczyt OR vertice)}. Only plain lower-case words are expanded, never a name:
 * not a word written with a capital ("Nord Stream"), in capitals, inside a quoted phrase, with an operator or a
 * wildcard, nor a word of a name the entity expansions matched. The expanded query is searched beside the query as
 * it was, {@link #BOOST} times as strong, so exact matches rank first.
 */
final class ConceptExpansion {
  /** Weight of the expanded query against the query as written. */
  static final float BOOST = 0.5f;
  /** Translations added per query word, at most. */
  static final int PER_WORD = 8;
  private static final Pattern PLAIN = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{M}]+");
  private static final int MIN_LETTERS = 3;

  private ConceptExpansion() {}

  /**
   * The query text with each plain word OR'd with its translations into {@code languages}, or {@code null} when no
   * word has one; {@code names} are lower-case words of names, never expanded.
   */
  static String rewrite(String text, Translations translations, Set<String> languages, Set<String> names) {
    if (text == null || text.isBlank() || languages.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    boolean expanded = false;
    for (String token : text.strip().split("\\s+")) {
      boolean plain = !quoted && PLAIN.matcher(token).matches() && token.length() >= MIN_LETTERS
          && !names.contains(token.toLowerCase(Locale.ROOT));
      List<String> words = plain ? translations.of(token, languages, PER_WORD) : List.of();
      if (token.chars().filter(c -> c == '"').count() % 2 == 1) {
        quoted = !quoted;
      }
      out.append(out.isEmpty() ? "" : " ");
      if (words.isEmpty()) {
        out.append(token);
      } else {
        List<String> alternatives = new ArrayList<>(List.of(token));
        words.stream().map(QueryParser::escape).forEach(alternatives::add);
        out.append('(').append(String.join(" OR ", alternatives)).append(')');
        expanded = true;
      }
    }
    return expanded ? out.toString() : null;
  }
}
