package io.storyline.entities.registry;

import io.storyline.entities.key.NameKey;
import java.util.Arrays;
import java.util.Set;

/**
 * How the registry compares the keys of people's full names (two words or more) when neither the key nor its
 * consonant skeleton ({@link NameKey#skeleton}) is one it knows. Stateless.
 *
 * <ul>
 *   <li>A loose skeleton merges k and h: English writes the k sound of Greek and Hebrew names as "ch" (Michael,
 *       Christopher), which the key reads as h, while Cyrillic writes к ("Майкл О'Лірі" and "Michael O'Leary"
 *       meet as {@code mkl lr}).</li>
 *   <li>A short name (a skeleton of fewer than four consonants) is compared by its skeleton only when the two keys
 *       share a word of at least four letters: "Asia Bibi", "Asię Bibi", "Asi Bibi" and "Asiu Bibi" are one
 *       person, "Ana Bibi" and "Asa Bibo" are not.</li>
 *   <li>A name a recogniser typed as an organisation is compared as a person's (its words in order of the person's
 *       key) when a person has that full name ("Джо Байдън" typed as an organisation is Joe Biden).</li>
 * </ul>
 */
final class PersonKeys {
  /** Least letters of a word two short names must share. */
  static final int SHARED_WORD = 4;

  private PersonKeys() {}

  /** Whether {@code key} is a full name: two words or more, and no code. */
  static boolean fullName(String key) {
    return key.indexOf(' ') > 0 && !key.startsWith(NameKey.CODE_PREFIX);
  }

  /** The skeleton with k and h merged. */
  static String loose(String skeleton) {
    return skeleton.replace('k', 'h');
  }

  /** The key with its words in the order of a person's key (sorted), for a name typed otherwise. */
  static String asPerson(String key) {
    String[] words = key.split(" ");
    Arrays.sort(words);
    return String.join(" ", words);
  }

  /** Whether two keys share a word of at least {@link #SHARED_WORD} letters. */
  static boolean shareLongWord(String a, String b) {
    Set<String> words = Set.of(a.split(" "));
    return Arrays.stream(b.split(" ")).distinct().anyMatch(w -> w.length() >= SHARED_WORD && words.contains(w));
  }
}
