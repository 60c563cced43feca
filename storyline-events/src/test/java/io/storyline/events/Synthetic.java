package io.storyline.events;

import io.storyline.entities.EntityType;
import io.storyline.time.Granularity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Made-up profiles for clustering tests: a few shared entities, some terms, a date. */
final class Synthetic {
  private Synthetic() {}

  static Profile profile(String id, String language, String date, String kind, List<String> entities, List<String> terms) {
    List<Actor> actors = new ArrayList<>();
    for (int i = 0; i < entities.size(); i++) {
      String e = entities.get(i);
      EntityType type = e.startsWith("per-") ? EntityType.PERSON : e.startsWith("org-") ? EntityType.ORGANIZATION
          : EntityType.LOCATION;
      actors.add(new Actor(e, e.substring(4), type, 1, 3.0 - 0.2 * i, false, null));
    }
    Map<String, Integer> t = new TreeMap<>();
    terms.forEach(x -> t.merge(x, 1, Integer::sum));
    return new Profile(id, language, "headline " + id, date, date.length() == 4 ? Granularity.YEAR
        : date.length() == 7 ? Granularity.MONTH : Granularity.DAY,
        0.8, kind, actors, t, List.of(), null);
  }

  /** {@code n} profiles of {@code stories} made-up stories, each with its own entities, terms and days. */
  static List<Profile> corpus(int n, int stories, long seed) {
    Random random = new Random(seed);
    List<Profile> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int story = random.nextInt(stories);
      List<String> entities = List.of("per-" + story, "org-" + (story % 97), "loc-" + (story % 31),
          "per-x" + random.nextInt(5000));
      List<String> terms = new ArrayList<>();
      for (int k = 0; k < 30; k++) {
        terms.add(k < 10 ? "s" + story + "t" + k : "w" + random.nextInt(20000));
      }
      String date = LocalDate.of(2020, 1, 1).plusDays(story % 1500 + random.nextInt(3)).toString();
      out.add(profile("a" + i, i % 2 == 0 ? "pl" : "uk", date, "report", entities, terms));
    }
    return out;
  }
}
