package io.storyline.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.entities.key.NameKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One key, one entity: a body's key in the acronym table names that body, not a country with the same code. */
class AcronymKeysTest {

  @Test
  void everyBodysKeyOfTheAcronymTableDisplaysItsOwnName() throws IOException {
    List<String> wrong = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        MentionRecognizer.class.getResourceAsStream("/io/storyline/entities/acronyms.tsv"), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f[1].equals("LOC")) {
          continue; // a place's key is its region code on purpose ("Czech Republic" is Czechia)
        }
        String shown = Recognizers.SHARED.gazetteer().canonical(NameKey.ofCode(f[2]));
        if (!f[0].equals(shown)) {
          wrong.add(f[0] + " (key " + f[2] + ") shows as " + shown);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }
}
