package io.storyline.events;

import java.util.Optional;

/**
 * Entity display names by id, as the chronicle's gists read them (the registry's): {@code registry::name} will do.
 * A name may also say whether it was written (by a text in Latin script, a user, a code list) rather than romanised
 * from another script; a gist leaves a romanised affiliation out ("Angela Merkel (Hristiyansotsialniya sayuz)").
 */
@FunctionalInterface
public interface EntityNames {
  /** The display name of {@code entityId}, if the registry holds it. */
  Optional<String> name(String entityId);

  /** Whether the name of {@code entityId} was written rather than romanised; true when the names cannot tell. */
  default boolean written(String entityId) {
    return true;
  }
}
