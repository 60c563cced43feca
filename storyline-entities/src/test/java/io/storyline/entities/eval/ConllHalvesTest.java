package io.storyline.entities.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllHalvesTest {
  @TempDir Path dir;

  @Test
  void theEvenAndOddHalvesScoreAlternateDocumentsOfThirtySentences() throws IOException {
    StringBuilder file = new StringBuilder();
    for (int sentence = 0; sentence < 90; sentence++) { // three documents: one name in each sentence of the second
      file.append(sentence / 30 == 1 ? "Paris\tB-LOC\n" : "Paris\tO\n").append("x\tO\n\n");
    }
    Files.writeString(dir.resolve("tiny.tsv"), file);
    List<ConllEvaluation.DataSet> sets = List.of(
        new ConllEvaluation.DataSet("tiny", "fr", "tiny.tsv", ConllEvaluation.Format.TAB));
    ConllEvaluation nothing = new ConllEvaluation((text, language) -> List.of());
    assertThat(nothing.run(dir, sets, ConllEvaluation.Half.ALL).overall("tiny").gold()).isEqualTo(30);
    assertThat(nothing.run(dir, sets, ConllEvaluation.Half.ODD).overall("tiny").gold()).isEqualTo(30);
    assertThat(nothing.run(dir, sets, ConllEvaluation.Half.EVEN).overall("tiny").gold()).isZero();
  }
}
