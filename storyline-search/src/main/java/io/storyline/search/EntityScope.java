package io.storyline.search;

import java.util.Set;

/**
 * Which articles an entity filter matches once the corrections made after the articles were indexed are followed.
 * The index keeps the entity ids each article was linked to when it was stored; a merge or a split made later
 * changes which entity those links mean, without re-indexing.
 *
 * @param merged ids of the entities merged into the filtered one: an article linked to one of them names it
 * @param gained articles a split moved to the filtered entity: they were linked to the entity it was split from
 * @param lost   articles a split moved away: linked to the filtered entity (or one merged into it), they no longer
 *               write any of its names
 */
public record EntityScope(Set<String> merged, Set<String> gained, Set<String> lost) {
  /** No correction since indexing. */
  public static final EntityScope NONE = new EntityScope(Set.of(), Set.of(), Set.of());

  public EntityScope {
    merged = merged == null ? Set.of() : Set.copyOf(merged);
    gained = gained == null ? Set.of() : Set.copyOf(gained);
    lost = lost == null ? Set.of() : Set.copyOf(lost);
  }

  /** Only merges to follow. */
  public static EntityScope merged(Set<String> ids) {
    return new EntityScope(ids, Set.of(), Set.of());
  }
}
