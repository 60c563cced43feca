package io.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storyline.events.Profile;
import io.storyline.events.Terms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evaluation documents through the ingest path, read back as the profiles the chronicle stored. */
class EvalIngestTest {
  private static final String SUMMIT_PL = "Szczyt NATO w Wilnie. Przywódcy państw sojuszu spotkali się w Wilnie na "
      + "dwudniowym szczycie, aby omówić wsparcie dla Ukrainy i wydatki na obronność.";
  private static final String SUMMIT_IT = "Vertice NATO a Vilnius. I leader dei paesi dell'alleanza si sono riuniti a "
      + "Vilnius per un vertice di due giorni sul sostegno all'Ucraina e sulla spesa per la difesa.";

  @TempDir Path tmp;

  @Test
  void everyDocumentGetsTheProfileIngestStoredAndARepeatedTextThatOfItsFirst() {
    List<EvalIngest.Document> documents = List.of(new EvalIngest.Document("a#1", SUMMIT_PL, "pl"),
        new EvalIngest.Document("a#2", SUMMIT_IT, "it"), new EvalIngest.Document("b#1", SUMMIT_PL, "pl"));
    EvalIngest.Result result = EvalIngest.run(documents, Analysis.create("pl,it", "low"), tmp.resolve("scratch"), 2);

    assertThat(result.report().stored()).isEqualTo(2);
    Map<String, Profile> profiles = result.profiles();
    assertThat(profiles).containsOnlyKeys("a#1", "a#2", "b#1");
    assertThat(profiles.get("b#1")).isSameAs(profiles.get("a#1"));
    assertThat(profiles.get("a#1").language()).isEqualTo("pl");
    assertThat(Terms.pairwise(profiles.get("a#1").terms())).containsKey("c:08312359-n");
    assertThat(Terms.pairwise(profiles.get("a#2").terms())).containsKey("c:08312359-n");
    assertThat(tmp.resolve("scratch/data/events/profiles.jsonl")).exists();
  }

  @Test
  void aScratchDirectoryThatIsNotEmptyIsRefused() throws IOException {
    Files.writeString(tmp.resolve("left-over.txt"), "x");
    assertThatThrownBy(() -> EvalIngest.run(List.of(), Analysis.create("pl,it", "low"), tmp, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(tmp.toString()).hasMessageContaining("not empty");
  }
}
