package io.storyline.entities.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CanonicalNamesTest {
  @Test
  void theCldrGazetteerFoldingEachNameOnceKnowsWhatTheOneOfAllNamesKnows() {
    assertThat(Gazetteer.ofCldr().sameAs(Gazetteer.of(CldrNames.all()))).isTrue();
  }

  @Test
  void everyKeyOfTheCldrGazetteerHasTheSameDisplayNameWithoutBuildingTheGazetteer() {
    Gazetteer gazetteer = Gazetteer.cldr();
    Map<String, String> names = CldrNames.canonicalNames();
    Map<String, String> differing = new TreeMap<>();
    for (String key : gazetteer.keys()) {
      if (!gazetteer.canonical(key).equals(names.get(key))) {
        differing.put(key, gazetteer.canonical(key) + " / " + names.get(key));
      }
    }
    assertThat(gazetteer.keys()).hasSizeGreaterThan(5_000);
    assertThat(differing).as("gazetteer / canonicalNames").isEmpty();
    assertThat(names).containsEntry("#JP", "Japan").containsEntry("#TZ:Europe/Kiev", "Kyiv");
  }
}
