package io.storyline.entities.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCorpusTest {
  @TempDir Path dir;

  @Test
  void wnutCorporationsAndGroupsAreOrganisationsAndProductsAreNoNames() {
    NerCorpus wnut = NerCorpus.of("x", 0, 1, "CC-BY-4.0");
    assertThat(wnut.convert("Ryanair\tB-corporation")).isEqualTo("Ryanair B-ORG");
    assertThat(wnut.convert("Beatles\tI-group")).isEqualTo("Beatles I-ORG");
    assertThat(wnut.convert("iPhone\tB-product")).isEqualTo("iPhone O");
    assertThat(wnut.convert("Leeds\tB-location")).isEqualTo("Leeds B-LOC");
  }

  @Test
  void germEvalSourceLinesBreakTheDocumentAndDerivedTypesAreNoNames() {
    NerCorpus germEval = NerCorpus.of("x", 1, 2, "CC-BY-4.0");
    assertThat(germEval.convert("#\thttp://www.heise.de/tp/1.html\t[2010-07-04]\t")).isEqualTo("#");
    assertThat(germEval.convert("17\tJesu\tB-PER\tO")).isEqualTo("Jesu B-PER");
    assertThat(germEval.convert("3\tdeutschen\tB-LOCderiv\tO")).isEqualTo("deutschen O");
    assertThat(germEval.convert("")).isEmpty();
  }

  @Test
  void aHashtagIsAWordNotAComment() {
    NerCorpus btc = NerCorpus.of("x", 0, 1, "CC-BY-4.0");
    assertThat(btc.convert("#Brexit\tO")).isEqualTo("Brexit O");
    assertThat(btc.convert("#\tO")).isNull();
  }

  @Test
  void aGzippedUniversalNerFileReadsIntoSentencesWithTheirNames() throws IOException {
    String file = """
        # sent_id = a-1
        # text = Tampa Bay is nice
        1\tTampa\tB-LOC\t-\t-
        2\tBay\tI-LOC\t-\t-
        3\tis\tO\t-\t-
        4\tnice\tO\t-\t-

        # sent_id = a-2
        1\tAsk\tO\t-\t-
        2\tGoogle\tB-ORG\t-\t-
        """;
    Path gz = dir.resolve("uner.iob2.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(file.getBytes(StandardCharsets.UTF_8));
    }
    List<NameSample> samples = NerCorpus.of("uner.iob2.gz", 1, 2, "CC-BY-SA-4.0").read(dir).samples();
    assertThat(samples).hasSize(2);
    assertThat(samples.get(0).getSentence()).containsExactly("Tampa", "Bay", "is", "nice");
    assertThat(Arrays.stream(samples.get(0).getNames()).map(s -> s.getType() + s.getStart() + "-" + s.getEnd()))
        .containsExactly("LOC0-2");
    assertThat(Arrays.stream(samples.get(1).getNames()).map(s -> s.getType() + s.getStart())).containsExactly("ORG1");
  }
}
