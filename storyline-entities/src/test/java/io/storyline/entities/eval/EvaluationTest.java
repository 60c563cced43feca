package io.storyline.entities.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.storyline.entities.MentionRecognizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Full evaluations over the research data in {@code ../shared/evaldata}; run with
 * {@code ./mvnw -o -f storyline-entities/pom.xml test -Dentities.excludedGroups=none -Dgroups=eval}. Floors are a little below the
 * figures in docs/quality-entities.md.
 */
@Tag("eval")
class EvaluationTest {
  private static Path data;
  private static MentionRecognizer recognizer;

  @BeforeAll
  static void locateData() {
    data = Path.of(System.getProperty("storyline.repo", ".."), "..", "shared", "evaldata").normalize();
    assumeTrue(Files.isDirectory(data), "evaluation data not found at " + data + "; these tests need ../shared/evaldata");
    recognizer = new MentionRecognizer();
  }

  @Test
  void slavicNerScoresStayAboveTheirFloors() {
    assumeTrue(Files.isDirectory(data.resolve("slavicner")), "no slavicner folder in " + data);
    SlavicNerEvaluation.Report report = new SlavicNerEvaluation(recognizer)
        .run(data.resolve("slavicner"), List.of("pl", "uk", "ru", "cs", "bg", "sl"), 0);
    System.out.println(report.table());
    assertThat(report.language("pl").f1()).isGreaterThan(0.76);
    assertThat(report.language("uk").normalisationAccuracy()).isGreaterThan(0.94);
    assertThat(report.linkingF1()).isGreaterThan(0.87);
  }

  @Test
  void conllScoresStayAboveTheirFloors() {
    ConllEvaluation.Report report = new ConllEvaluation(recognizer).run(data, ConllEvaluation.STANDARD);
    assumeTrue(!report.scores().isEmpty(), "no CoNLL-style sets under " + data);
    System.out.println(report.table());
    assertThat(report.scores()).filteredOn(s -> s.type() == null).allSatisfy(s -> assertThat(s.f1()).isGreaterThan(0.50));
  }
}
