package io.storyline.entities.registry;

import io.storyline.entities.EntityType;
import java.util.List;
import java.util.Set;

/**
 * A snapshot of one registry entity.
 *
 * @param id        stable id: the type and the first mention's name as English writes it ({@code loc-jp},
 *                  {@code per-fumio-kishida}); other ids also find it ({@link EntityRegistry#lookup})
 * @param type      its type (fixed when a user retyped it)
 * @param name      canonical display name, Latin script and English form where known
 * @param variants  every form seen, by language and script, with counts
 * @param keys      linking keys that resolve to it
 * @param articles  ids of the articles that mention it
 * @param firstSeen ISO-8601 time of the first mention
 * @param lastSeen  ISO-8601 time of the latest mention
 */
public record Entity(String id, EntityType type, String name, List<Variant> variants, Set<String> keys,
    Set<String> articles, String firstSeen, String lastSeen) {

  public Entity {
    variants = List.copyOf(variants);
    keys = Set.copyOf(keys);
    articles = Set.copyOf(articles);
  }
}
