package io.storyline.entities.registry;

import io.storyline.entities.key.NameKey;
import java.util.Arrays;
import java.util.Set;

/**
 * How the registry compares the keys of people's full names (two words or more) when neither the key nor its
 * consonant skeleton ({@link NameKey#skeleton}) is one it knows. Stateless.
 *
 * <ul>
 *   <li>A loose skeleton merges k and h, and v and f: English writes the k sound of Greek and Hebrew names as "ch"
 *       (Michael, Christopher), which the key reads as h, while Cyrillic writes к ("Майкл О'Лірі" and "Michael
 *       O'Leary" meet as {@code mhl lr}); German writes the f sound of "von" with v, Cyrillic with ф ("Урсула фон
 *       дер Ляйен" and "Ursula von der Leyen").</li>
 *   <li>A short name (a skeleton of fewer than four consonants) is compared by its skeleton only when the two keys
 *       share a word of at least four letters: "Asia Bibi", "Asię Bibi", "Asi Bibi" and "Asiu Bibi" are one
 *       person, "Ana Bibi" and "Asa Bibo" are not.</li>
 *   <li>A woman's surname with the Czech and Slovak ending -ová added to a foreign name ("Angela Merkelová",
 *       "Theresa Mayová") is the name without it, when the first name is the same: the key loses a final
 *       {@code ova} that leaves at least three letters.</li>
 *   <li>A name of two words or more is the entity of another type with the same words in any order, when one
 *       entity has them ("Vereinigung Cockpit" typed as a person in one text and as an organisation in another);
 *       a name a recogniser typed as an organisation is also compared as a person's (its words in the order of a
 *       person's key) by its skeleton ("Джо Байдън" typed as an organisation is Joe Biden).</li>
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

  /** The skeleton with k and h, and v and f, merged, its words sorted again (a person's key is in word order). */
  static String loose(String skeleton) {
    return asPerson(skeleton.replace('k', 'h').replace('v', 'f'));
  }

  /** The key with its words in the order of a person's key (sorted), for a name typed otherwise. */
  static String asPerson(String key) {
    String[] words = key.split(" ");
    Arrays.sort(words);
    return String.join(" ", words);
  }

  /** Least letters of a surname left when the ending -ová is taken off. */
  static final int FEMININE_STEM = 3;

  /** The key with the ending -ová ({@code ova}) taken off each word that has it, in person order; the key if none. */
  static String withoutFeminineEnding(String key) {
    String[] words = key.split(" ");
    for (int i = 0; i < words.length; i++) {
      words[i] = stem(words[i]);
    }
    return asPerson(String.join(" ", words));
  }

  /** One word without the ending -ová ({@code merkelova} is {@code merkel}); the word if it has none. */
  static String stem(String word) {
    return word.endsWith("ova") && word.length() >= FEMININE_STEM + 3 ? word.substring(0, word.length() - 3) : word;
  }

  /** Whether two keys share a word of at least {@link #SHARED_WORD} letters. */
  static boolean shareLongWord(String a, String b) {
    Set<String> words = Set.of(a.split(" "));
    return Arrays.stream(b.split(" ")).distinct().anyMatch(w -> w.length() >= SHARED_WORD && words.contains(w));
  }
}
