package io.storyline.cli;

import io.storyline.entities.lexicon.Gazetteer;
import java.util.function.Function;

/** Display names for code keys ({@code #JP -> Japan}) for commands that read the registry without analysing. */
final class EntityNames {
  private EntityNames() {}

  /** Builds the CLDR gazetteer only when a name is first asked for; it is then shared ({@link Gazetteer#cldr()}). */
  static Function<String, String> canonical() {
    return key -> Gazetteer.cldr().canonical(key);
  }
}
