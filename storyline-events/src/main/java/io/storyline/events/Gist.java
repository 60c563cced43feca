package io.storyline.events;

import io.storyline.entities.EntityType;
import io.storyline.entities.key.NameKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The English gist line of an event, built from structured facts only (no translation): the kind, the main person
 * with the organisation or country their title names (or the main organisation), the place named as where it
 * happened, and the other people met, e.g. {@code Visit — Mark Rutte (NATO) in Japan; meets Shigeru Ishiba (Japan)}.
 * An English gloss of the key action or object can be added ({@link #line(String, List, Function, String)}).
 */
final class Gist {
  /** Other people named in the gist, at most. */
  static final int OTHERS = 2;
  /** Least salience of another person to be named (a title or lead mention, or several in the body). */
  static final double OTHER_SALIENCE = 1.4;
  /** Least letters of a consonant skeleton to compare names on; shorter ones ("m" of May) match too much. */
  static final int MIN_SKELETON = 3;
  private static final List<String> MEETING_KINDS = List.of("visit", "meeting", "talks", "summit");

  private Gist() {}

  /** One entity summed over an event's articles. */
  record Combined(String entityId, EntityType type, double salience, boolean eventPlace, String affiliationId) {}

  /** The entities of {@code members}, most salient first. */
  static List<Combined> combine(List<Profile> members) {
    Map<String, double[]> salience = new LinkedHashMap<>();
    Map<String, EntityType> types = new LinkedHashMap<>();
    Map<String, Boolean> placed = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> affiliations = new LinkedHashMap<>();
    for (Profile p : members) {
      for (Actor a : p.actors()) {
        salience.computeIfAbsent(a.entityId(), k -> new double[1])[0] += a.salience();
        types.putIfAbsent(a.entityId(), a.type());
        placed.merge(a.entityId(), a.eventPlace(), Boolean::logicalOr);
        if (a.affiliationId() != null) {
          affiliations.computeIfAbsent(a.entityId(), k -> new TreeMap<>()).merge(a.affiliationId(), 1, Integer::sum);
        }
      }
    }
    List<Combined> out = new ArrayList<>();
    for (Map.Entry<String, double[]> e : salience.entrySet()) {
      String affiliation = null;
      int votes = 0;
      for (Map.Entry<String, Integer> v : affiliations.getOrDefault(e.getKey(), Map.of()).entrySet()) {
        if (v.getValue() > votes) {
          affiliation = v.getKey();
          votes = v.getValue();
        }
      }
      out.add(new Combined(e.getKey(), types.get(e.getKey()), e.getValue()[0] / members.size(),
          placed.get(e.getKey()), affiliation));
    }
    out.sort(Comparator.comparingDouble((Combined c) -> -c.salience()).thenComparing(Combined::entityId));
    return out;
  }

  /** The gist line without a gloss; {@code name} gives canonical names by entity id. */
  static String line(String kind, List<Combined> entities, Function<String, String> name) {
    return line(kind, entities, name, null);
  }

  /**
   * The gist line: who (the main person with the organisation or country their title names, else the main
   * organisation), what (the kind, then {@code gloss} when given: an English phrase for the key action or object,
   * e.g. from a concept table), where (the place named as where it happened) and with whom (other salient people,
   * each with their affiliation; a person already named is not named again by a part of their name). {@code name}
   * gives canonical names by entity id. E.g. {@code Visit — Mark Rutte (NATO) in Japan; meets Gen Nakatani (Japan)}.
   */
  static String line(String kind, List<Combined> entities, Function<String, String> name, String gloss) {
    return line(kind, entities, name, gloss, id -> true);
  }

  /**
   * As {@link #line(String, List, Function, String)}, naming an affiliation only when {@code written} says its name
   * was written rather than romanised from another script: "Yevropeyska Rada" tells an English reader less than
   * nothing, and the line stays short.
   */
  static String line(String kind, List<Combined> entities, Function<String, String> name, String gloss,
      Predicate<String> written) {
    Combined person = fullest(first(entities, EntityType.PERSON), entities, name);
    Combined place = entities.stream().filter(c -> c.type() == EntityType.LOCATION && c.eventPlace()).findFirst()
        .orElse(null);
    StringBuilder sb = new StringBuilder(label(kind));
    if (gloss != null && !gloss.isBlank()) {
      sb.append(": ").append(gloss.strip());
    }
    sb.append(" — ");
    int who = sb.length();
    List<String> named = new ArrayList<>();
    if (person != null) {
      sb.append(withAffiliation(person, place, name, written));
      named.add(name.apply(person.entityId()));
    } else {
      Combined org = first(entities, EntityType.ORGANIZATION);
      Combined lead = org != null ? org : entities.stream().filter(c -> c.type() != EntityType.MISC && c != place)
          .findFirst().orElse(null);
      if (lead != null) {
        sb.append(name.apply(lead.entityId()));
      }
    }
    if (place != null) {
      sb.append(sb.length() == who ? "" : " ").append("in ").append(name.apply(place.entityId()));
    }
    List<String> others = new ArrayList<>();
    for (Combined c : entities) {
      if (c.type() == EntityType.PERSON && c != person && c.salience() >= OTHER_SALIENCE && others.size() < OTHERS
          && !partOfNamed(name.apply(c.entityId()), named)) {
        others.add(withAffiliation(c, null, name, written));
        named.add(name.apply(c.entityId()));
      }
    }
    if (!others.isEmpty()) {
      sb.append("; ").append(MEETING_KINDS.contains(kind) ? "meets " : "with ").append(String.join(", ", others));
    }
    return sb.toString().strip();
  }

  /**
   * The person's name, then their affiliation unless it is {@code place}, the place the line already names, or its
   * name was romanised rather than written ({@code written}): the main
   * person's "Donald Trump in United States" says enough, a person met keeps theirs ("meets Gen Nakatani (Japan)").
   */
  private static String withAffiliation(Combined person, Combined place, Function<String, String> name,
      Predicate<String> written) {
    String n = name.apply(person.entityId());
    return person.affiliationId() == null || place != null && person.affiliationId().equals(place.entityId())
        || !written.test(person.affiliationId()) ? n : n + " (" + name.apply(person.affiliationId()) + ")";
  }

  /** Whether every word of {@code candidate} is a word of a name already in the line ("Biden" after "Joe Biden"). */
  static boolean partOfNamed(String candidate, List<String> named) {
    List<String> words = skeletons(candidate);
    if (words.isEmpty()) {
      return false;
    }
    for (String n : named) {
      if (skeletons(n).containsAll(words)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> skeletons(String name) {
    List<String> out = new ArrayList<>();
    for (String w : name.split("[\\s\u00a0-]+")) {
      String k = NameKey.of(w, EntityType.MISC, "en");
      String s = NameKey.skeleton(k);
      if (!k.isBlank()) {
        out.add(s.length() >= MIN_SKELETON ? s : k); // a short skeleton ("m" of May) matches too much
      }
    }
    return out;
  }

  /** The kind as a capitalised English word. */
  static String label(String kind) {
    return kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1);
  }

  /**
   * The person named in full when {@code person} is named by one word and exactly one person of the event is named
   * by two words that include it ("Joe Biden" for "Biden"); longer runs ("Donalda Trump Michael Cohen") and two
   * candidates ("Nigel Lawson", "Conexion Lawson") leave the person as named.
   */
  private static Combined fullest(Combined person, List<Combined> entities, Function<String, String> name) {
    if (person == null || skeletons(name.apply(person.entityId())).size() != 1) {
      return person;
    }
    String part = name.apply(person.entityId());
    List<Combined> fuller = entities.stream().filter(c -> c.type() == EntityType.PERSON && c != person)
        .filter(c -> skeletons(name.apply(c.entityId())).size() == 2)
        .filter(c -> partOfNamed(part, List.of(name.apply(c.entityId())))).toList();
    return fuller.size() == 1 ? fuller.getFirst() : person;
  }

  private static Combined first(List<Combined> entities, EntityType type) {
    return entities.stream().filter(c -> c.type() == type).findFirst().orElse(null);
  }
}
