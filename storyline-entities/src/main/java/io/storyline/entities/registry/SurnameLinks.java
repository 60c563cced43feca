package io.storyline.entities.registry;

import io.storyline.entities.EntityType;
import io.storyline.entities.Mention;
import io.storyline.entities.key.NameKey;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Within one article, a name of one word that is a word of exactly one person's full name is that person, as a
 * reader takes it: "Байден" after "Джо Байден", whatever type the recogniser gave the single word (a misleading cue
 * can make it an organisation). Words are compared by their consonant skeleton ({@link NameKey#skeleton}), so
 * inflected and transliterated surnames meet. Places are left alone ("Washington" is not George Washington), as are
 * words shared by two full names ("Kaczyński" when Jarosław and Lech are both named); the full name must be a
 * person by evidence (a first name, a title), not by a guess ("Indo-Pacyfiku" taken for a name does not absorb
 * "Pacyfiku"). Stateless.
 */
final class SurnameLinks {
  /** Least letters of a skeleton to compare on; shorter ones ("m" of May) match too much. */
  static final int MIN_SKELETON = 3;

  private SurnameLinks() {}

  /** Indexes of one-word names in {@code mentions}, to the index of the first mention of the full name. */
  static Map<Integer, Integer> of(List<Mention> mentions) {
    Map<String, Set<String>> keysBySkeleton = new HashMap<>();
    Map<String, Integer> firstByKey = new HashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      String[] words = m.key().split(" ");
      if (m.type() == EntityType.PERSON && !m.typeGuessed() && words.length >= 2
          && !m.key().startsWith(NameKey.CODE_PREFIX)) {
        firstByKey.putIfAbsent(m.key(), i);
        for (String w : words) {
          String s = NameKey.skeleton(w);
          if (s.length() >= MIN_SKELETON) {
            keysBySkeleton.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(m.key());
          }
        }
      }
    }
    Map<Integer, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.type() == EntityType.LOCATION || m.key().indexOf(' ') >= 0 || m.key().startsWith(NameKey.CODE_PREFIX)) {
        continue;
      }
      Set<String> full = keysBySkeleton.getOrDefault(NameKey.skeleton(m.key()), Set.of());
      if (full.size() == 1) {
        out.put(i, firstByKey.get(full.iterator().next()));
      }
    }
    return out;
  }
}
