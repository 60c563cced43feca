package io.storyline.entities.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.entities.EntityType;
import io.storyline.entities.log.JsonlFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry log writes the same data as the same bytes, whatever order its maps were filled in. */
class RegistryEventOrderTest {
  @TempDir Path dir;

  @Test
  void typeEvidenceIsWrittenInTheOrderOfTheTypesWhateverOrderItWasCountedIn() throws IOException {
    Map<EntityType, Integer> reversed = new LinkedHashMap<>();
    List<EntityType> types = List.of(EntityType.values());
    for (int i = types.size() - 1; i >= 0; i--) {
      reversed.put(types.get(i), i + 1);
    }
    Variant variant = new Variant("Київ", "Київ", "kyiv", "uk", "Cyrl", 1);
    Path log = dir.resolve("registry.jsonl");
    try (JsonlFile<RegistryEvent> file = new JsonlFile<>(log, RegistryEvent.class)) {
      file.append(List.of(new RegistryEvent.Seen("loc-kyiv", "a1", "2026-12-07T00:00:00Z", List.of(variant), reversed),
          new RegistryEvent.Forgotten("loc-kyiv", "a1", "2026-12-07T00:00:01Z", List.of(variant), reversed)));
    }
    String expected = "\"evidence\":{\"PERSON\":1,\"ORGANIZATION\":2,\"LOCATION\":3,\"EVENT\":4,\"PRODUCT\":5,\"MISC\":6}";
    assertThat(Files.readAllLines(log)).hasSize(2).allSatisfy(line -> assertThat(line).contains(expected));
    assertThat(JsonlFile.read(log, RegistryEvent.class)).extracting(e -> e instanceof RegistryEvent.Seen s ? s.evidence()
        : ((RegistryEvent.Forgotten) e).evidence()).containsOnly(reversed);
  }
}
