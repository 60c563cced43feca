package io.storyline.entities.registry;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The entity registry's state: its entities and the indexes that link to them, as a {@link RegistryLog} may save it
 * after a commit and hand it back at the next open instead of the events it was built from. Opaque outside this
 * package: only the registry reads and writes it.
 */
public final class RegistryState implements Serializable {
  @Serial
  private static final long serialVersionUID = 2L;

  final Map<String, EntityRegistry.State> entities;
  final Map<String, String> byKey;
  final Map<String, Set<String>> bySkeleton;
  final Map<String, Set<String>> personsByWord;
  final Map<String, Set<String>> personsByLooseSkeleton;
  final Map<String, Set<String>> byWords;
  final Map<String, String> aliases;
  final Map<String, String> moved;

  RegistryState(Map<String, EntityRegistry.State> entities, Map<String, String> byKey,
      Map<String, Set<String>> bySkeleton, Map<String, Set<String>> personsByWord,
      Map<String, Set<String>> personsByLooseSkeleton, Map<String, Set<String>> byWords, Map<String, String> aliases,
      Map<String, String> moved) {
    this.entities = entities;
    this.byKey = byKey;
    this.bySkeleton = bySkeleton;
    this.personsByWord = personsByWord;
    this.personsByLooseSkeleton = personsByLooseSkeleton;
    this.byWords = byWords;
    this.aliases = aliases;
    this.moved = moved;
  }

  /** A registry with nothing in it yet. */
  static RegistryState empty() {
    return new RegistryState(new LinkedHashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(),
        new HashMap<>(), new HashMap<>(), new HashMap<>());
  }
}
