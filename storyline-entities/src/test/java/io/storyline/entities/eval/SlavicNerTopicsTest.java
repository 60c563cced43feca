package io.storyline.entities.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.entities.MentionRecognizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The topic filter of the SlavicNER evaluation, on one small cell of ../shared/evaldata/slavicner (skipped without it). */
class SlavicNerTopicsTest {
  private static final Path DATA = Path.of(System.getProperty("storyline.repo", ".."), "..", "shared", "evaldata",
      "slavicner").normalize();

  @Test
  void onlyTheDocumentsOfTheNamedTopicsAreScoredAndAnUnknownTopicIsRefusedWithTheValidOnes() throws IOException {
    assumeTrue(Files.isDirectory(DATA.resolve("ner/ryanair/sl")), "SlavicNER not found at " + DATA);
    long annotated;
    try (Stream<Path> files = Files.list(DATA.resolve("ner/ryanair/sl"))) {
      annotated = files.filter(p -> p.toString().endsWith(".tsv")).count();
    }
    SlavicNerEvaluation evaluation = new SlavicNerEvaluation(new MentionRecognizer());
    assertThat(evaluation.run(DATA, List.of("sl"), 0, List.of("ryanair")).language("sl").documents())
        .isEqualTo((int) annotated);
    assertThatThrownBy(() -> evaluation.run(DATA, List.of("sl"), 0, List.of("ryan-air")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'ryan-air'").hasMessageContaining("ryanair");
  }
}
