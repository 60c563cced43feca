package io.storyline.cli;

import io.storyline.entities.lexicon.CldrNames;
import java.util.Map;
import java.util.function.Function;

/** Display names for code keys ({@code #JP -> Japan}) for commands that read the registry without analysing. */
final class EntityNames {
  private EntityNames() {}

  /**
   * The CLDR display names by key ({@link CldrNames#canonicalNames()}: the names the gazetteer gives, without
   * building it), read when a name is first asked for and then shared.
   */
  static Function<String, String> canonical() {
    return key -> Names.BY_KEY.get(key);
  }

  private static final class Names {
    static final Map<String, String> BY_KEY = CldrNames.canonicalNames();
  }
}
