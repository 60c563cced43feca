package io.storyline.cli;

import io.storyline.entities.lexicon.CldrNames;
import io.storyline.entities.lexicon.Gazetteer;
import java.util.function.Function;

/** Display names for code keys ({@code #JP -> Japan}) for commands that read the registry without analysing. */
final class EntityNames {
  private EntityNames() {}

  static Function<String, String> canonical() {
    Gazetteer[] built = new Gazetteer[1];
    return key -> {
      if (built[0] == null) {
        built[0] = Gazetteer.of(CldrNames.all());
      }
      return built[0].canonical(key);
    };
  }
}
