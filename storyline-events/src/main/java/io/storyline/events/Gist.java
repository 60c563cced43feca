package io.storyline.events;

import io.storyline.entities.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The English gist line of an event, built from structured facts only (no translation): the kind, the main person
 * with their organisation (or the main organisation), the place named as where it happened, and the other people
 * met, e.g. {@code Visit — Mark Rutte (NATO) in Japan; meets Nakatani, Shigeru Ishiba}.
 */
final class Gist {
  /** Other people named in the gist, at most. */
  static final int OTHERS = 2;
  /** Least salience of another person to be named (a title or lead mention, or several in the body). */
  static final double OTHER_SALIENCE = 1.4;
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

  /** The gist line; {@code name} gives canonical names by entity id. */
  static String line(String kind, List<Combined> entities, Function<String, String> name) {
    Combined person = first(entities, EntityType.PERSON);
    Combined place = entities.stream().filter(c -> c.type() == EntityType.LOCATION && c.eventPlace()).findFirst()
        .orElse(null);
    StringBuilder sb = new StringBuilder(label(kind)).append(" — ");
    if (person != null) {
      sb.append(name.apply(person.entityId()));
      if (person.affiliationId() != null) {
        sb.append(" (").append(name.apply(person.affiliationId())).append(')');
      }
    } else {
      Combined org = first(entities, EntityType.ORGANIZATION);
      Combined lead = org != null ? org : entities.stream().filter(c -> c.type() != EntityType.MISC && c != place)
          .findFirst().orElse(null);
      if (lead != null) {
        sb.append(name.apply(lead.entityId()));
      }
    }
    if (place != null) {
      sb.append(sb.toString().endsWith(" — ") ? "" : " ").append("in ").append(name.apply(place.entityId()));
    }
    List<String> others = new ArrayList<>();
    for (Combined c : entities) {
      if (c.type() == EntityType.PERSON && c != person && c.salience() >= OTHER_SALIENCE && others.size() < OTHERS) {
        others.add(name.apply(c.entityId()));
      }
    }
    if (!others.isEmpty()) {
      sb.append("; ").append(MEETING_KINDS.contains(kind) ? "meets " : "with ").append(String.join(", ", others));
    }
    return sb.toString().strip();
  }

  /** The kind as a capitalised English word. */
  static String label(String kind) {
    return kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1);
  }

  private static Combined first(List<Combined> entities, EntityType type) {
    return entities.stream().filter(c -> c.type() == type).findFirst().orElse(null);
  }
}
