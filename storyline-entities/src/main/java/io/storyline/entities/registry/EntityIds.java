package io.storyline.entities.registry;

import com.ibm.icu.text.Transliterator;
import io.storyline.entities.EntityType;
import io.storyline.entities.key.NameKey;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How entity ids are written, and the ids a user may type for an entity besides its own. An id is the type's code
 * and the name as an English reader writes it in plain ASCII letters ({@code per-jens-stoltenberg},
 * {@code per-volodymyr-zelenskyy} from Ukrainian text, {@code loc-jp} for a code). An entity is also found by the id
 * its display name gives, by the ids its other written forms give ({@code per-michael-oleary} for an entity whose
 * first mention was Russian), and by the id earlier versions gave, the linking key written as an id
 * ({@code per-iens-stoltenberh}): those are derived from what the registry holds, so no log records them. Thread-safe.
 */
final class EntityIds {
  /** Longest name part of an id, in characters. */
  static final int MAX_NAME = 60;
  private static final Transliterator ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02bc`\u00b4]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern EDGES = Pattern.compile("^-|-$");

  private EntityIds() {}

  /** The start of every id of {@code type}: {@code per-}, {@code org-}, {@code loc-}, {@code misc-}. */
  static String prefix(EntityType type) {
    return type.code().toLowerCase(Locale.ROOT) + "-";
  }

  /** The type prefix of {@code id} ({@code per-} of {@code per-jens-stoltenberg}), or "" when it has none. */
  static String prefixOf(String id) {
    return id.substring(0, id.indexOf('-') + 1);
  }

  /**
   * The name part of a new entity's id: a code's letters ({@code jp} for {@code #JP}), else the base form written in
   * Latin letters as English does ({@link EnglishRomanisation}) and reduced to ASCII, else the key.
   */
  static String nameOf(String key, String lemma, String language) {
    if (key.startsWith(NameKey.CODE_PREFIX)) {
      return slug(key.substring(1));
    }
    String written = asciiSlug(EnglishRomanisation.of(lemma, language));
    return written.isEmpty() ? slug(key) : written;
  }

  /** A name as it is written in an id: lower case, words joined by '-', at most {@link #MAX_NAME} characters. */
  static String slug(String name) {
    String slug = EDGES.matcher(SEPARATORS.matcher(APOSTROPHES.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(""))
        .replaceAll("-")).replaceAll("");
    return slug.length() > MAX_NAME ? EDGES.matcher(slug.substring(0, MAX_NAME)).replaceAll("") : slug;
  }

  /** {@link #slug} of the name in ASCII letters ({@code Władimir Putin} is {@code wladimir-putin}). */
  static String asciiSlug(String name) {
    return slug(ASCII.transliterate(name));
  }

  /**
   * The ids a user may mean this entity by besides its own, best first: its display name written as an id (as it
   * is written, and in ASCII), each key written as an id (the ids of earlier versions), and each variant's base
   * form as an id.
   */
  static Set<String> derived(String id, String name, Set<String> keys, Iterable<Variant> variants) {
    String prefix = prefixOf(id);
    Set<String> out = new LinkedHashSet<>();
    out.add(prefix + asciiSlug(name));
    out.add(prefix + slug(name));
    for (String key : keys) {
      out.add(prefix + slug(key.startsWith(NameKey.CODE_PREFIX) ? key.substring(1) : key));
    }
    for (Variant v : variants) {
      out.add(prefix + asciiSlug(EnglishRomanisation.of(v.lemma(), v.language())));
    }
    out.remove(prefix);
    out.remove(id);
    return out;
  }
}
