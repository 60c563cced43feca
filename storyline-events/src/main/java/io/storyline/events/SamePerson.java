package io.storyline.events;

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
 * reader takes it: "Байден" after "Джо Байден", whatever type or entity the registry gave the single word (a
 * surname seen first on its own becomes an entity of its own, and one typed by a misleading cue can even be an
 * organisation). Words are compared by their consonant skeleton ({@link NameKey#skeleton}), so inflected and
 * transliterated surnames meet. Places are left alone ("Washington" is not George Washington), as are words shared
 * by two full names ("Kaczyński" when Jarosław and Lech are both named); the full name must be a person by
 * evidence (a first name, a title), not by a guess ("Indo-Pacyfiku" taken for a name does not absorb "Pacyfiku").
 * Stateless.
 */
final class SamePerson {
  /** Least letters of a skeleton to compare on; shorter ones ("m" of May) match too much. */
  static final int MIN_SKELETON = 3;

  private SamePerson() {}

  /** Entity ids (as {@link Profiler#id}) of one-word names, to the id of the full-named person they stand for. */
  static Map<String, String> of(List<Mention> mentions) {
    Map<String, Set<String>> personsBySkeleton = new HashMap<>();
    for (Mention m : mentions) {
      String[] words = m.key().split(" ");
      if (m.type() == EntityType.PERSON && !m.typeGuessed() && words.length >= 2
          && !m.key().startsWith(NameKey.CODE_PREFIX)) {
        for (String w : words) {
          String s = NameKey.skeleton(w);
          if (s.length() >= MIN_SKELETON) {
            personsBySkeleton.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(Profiler.id(m));
          }
        }
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m.type() == EntityType.LOCATION || m.key().indexOf(' ') >= 0 || m.key().startsWith(NameKey.CODE_PREFIX)) {
        continue;
      }
      Set<String> persons = personsBySkeleton.getOrDefault(NameKey.skeleton(m.key()), Set.of());
      if (persons.size() == 1 && !persons.contains(Profiler.id(m))) {
        out.put(Profiler.id(m), persons.iterator().next());
      }
    }
    return out;
  }
}
