package io.storyline.entities.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.storyline.entities.EntityType;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One change to the registry, as written to its log and replayed at open. Ingest writes {@link Created},
 * {@link Seen} and {@link Forgotten}; user corrections write {@link Merged}, {@link Split}, {@link Renamed} and {@link Retyped}, each with
 * who made it and when ({@code at} is ISO-8601).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
@JsonSubTypes({
    @JsonSubTypes.Type(value = RegistryEvent.Created.class, name = "created"),
    @JsonSubTypes.Type(value = RegistryEvent.Seen.class, name = "seen"),
    @JsonSubTypes.Type(value = RegistryEvent.Forgotten.class, name = "forgotten"),
    @JsonSubTypes.Type(value = RegistryEvent.Merged.class, name = "merged"),
    @JsonSubTypes.Type(value = RegistryEvent.Split.class, name = "split"),
    @JsonSubTypes.Type(value = RegistryEvent.Renamed.class, name = "renamed"),
    @JsonSubTypes.Type(value = RegistryEvent.Retyped.class, name = "retyped")})
public sealed interface RegistryEvent {

  /** A new entity, first met in an article. */
  record Created(String id, EntityType type, String key, String at) implements RegistryEvent {}

  /**
   * An entity mentioned in an article, with the forms used there and, by type, how many of its mentions there were
   * typed by evidence (a list, a cue, a model) rather than by default ({@link io.storyline.entities.Mention#typeGuessed}).
   * Logs written before {@code evidence} existed read as no evidence.
   */
  record Seen(String id, String article, String at, List<Variant> variants,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<EntityType, Integer> evidence)
      implements RegistryEvent {
    public Seen {
      evidence = sorted(evidence);
    }
  }

  /**
   * What an article's earlier version contributed to an entity, withdrawn because the article was stored again
   * with new text (its new mentions follow as {@link Seen}).
   */
  record Forgotten(String id, String article, String at, List<Variant> variants,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<EntityType, Integer> evidence)
      implements RegistryEvent {
    public Forgotten {
      evidence = sorted(evidence);
    }
  }

  /**
   * The evidence counts in type order, so that a record is written the same way in every run (a {@link Map#copyOf}
   * iterates in an order that changes from one JVM to the next).
   */
  private static Map<EntityType, Integer> sorted(Map<EntityType, Integer> evidence) {
    return evidence == null || evidence.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(evidence));
  }

  /** Entities {@code ids} folded into {@code into}. */
  record Merged(List<String> ids, String into, String by, String at) implements RegistryEvent {}

  /** The variants written as {@code forms} moved from {@code id} to a new entity {@code newId}. */
  record Split(String id, List<String> forms, String newId, String by, String at) implements RegistryEvent {}

  /** A fixed display name. */
  record Renamed(String id, String name, String by, String at) implements RegistryEvent {}

  /** A fixed type. */
  record Retyped(String id, EntityType type, String by, String at) implements RegistryEvent {}
}
