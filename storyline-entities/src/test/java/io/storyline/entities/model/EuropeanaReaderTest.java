package io.storyline.entities.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class EuropeanaReaderTest {

  private static EuropeanaReader.Result read(String content) throws IOException {
    return EuropeanaReader.read("test.bio", new BufferedReader(new StringReader(content)));
  }

  private static List<String> names(NameSample sample) {
    return Arrays.stream(sample.getNames())
        .map(s -> s.getType() + ":" + String.join(" ", Arrays.copyOfRange(sample.getSentence(), s.getStart(), s.getEnd())))
        .toList();
  }

  @Test
  void reportsAMalformedLineWithItsFileAndLineNumber() throws IOException {
    EuropeanaReader.Result r = read("""
        De O
        burgemeester O
        Jansen
        bezocht O
        Leiden B-LOCer
        en O
        Gouda B-PEr
        . O
        """);
    assertThat(r.problems()).extracting(EuropeanaReader.Problem::file, EuropeanaReader.Problem::line)
        .containsExactly(tuple("test.bio", 3), tuple("test.bio", 5),
            tuple("test.bio", 7));
    assertThat(r.problems().getFirst().toString()).startsWith("test.bio:3: no tag, read as O");
    assertThat(r.problems().get(1).toString()).startsWith("test.bio:5: unknown tag 'B-LOCer', read as O");
    assertThat(r.problems().get(2).toString()).startsWith("test.bio:7: malformed tag, read as B-PER");
    assertThat(r.samples()).hasSize(1);
    assertThat(r.samples().getFirst().getSentence()).contains("Jansen", "Leiden");
    assertThat(names(r.samples().getFirst())).containsExactly("PER:Gouda");
  }

  @Test
  void readsIob1AndIob2NamesAlike() throws IOException {
    String iob2 = "Le O\nprésident O\nJean B-PER\nDupont I-PER\nà O\nLyon B-LOC\nSaint I-LOC\nÉtienne I-LOC\nParis B-LOC\n. O\n";
    String iob1 = iob2.replace("B-", "I-").replace("Paris I-LOC", "Paris B-LOC");
    assertThat(names(read(iob2).samples().getFirst())).containsExactly("PER:Jean Dupont", "LOC:Lyon Saint Étienne",
        "LOC:Paris");
    assertThat(names(read(iob1).samples().getFirst())).containsExactly("PER:Jean Dupont", "LOC:Lyon Saint Étienne",
        "LOC:Paris");
  }

  @Test
  void retokenisesWordsSoPunctuationLeavesTheName() throws IOException {
    EuropeanaReader.Result r = read("Hij O\nwoont O\nte O\nBarneveld, B-LOC\nsinds O\n1860. O\nDaarna O\nniet O\n. O\n");
    assertThat(r.samples()).hasSize(2);
    NameSample first = r.samples().getFirst();
    assertThat(first.getSentence()).containsExactly("Hij", "woont", "te", "Barneveld", ",", "sinds", "1860", ".");
    assertThat(first.getNames()).containsExactly(new Span(3, 4, "LOC"));
  }

  @Test
  void startsADocumentAtACommentLineAndKeepsNamesWholeAcrossSentenceMarks() throws IOException {
    EuropeanaReader.Result r = read("# file: a\nDr O\n. O\nSt B-LOC\n. I-LOC\nGallen I-LOC\nliegt O\n. O\n# file: b\nOk O\n. O\n");
    assertThat(r.samples()).extracting(NameSample::isClearAdaptiveDataSet).containsExactly(true, false, true);
    assertThat(names(r.samples().get(1))).containsExactly("LOC:St . Gallen");
    assertThat(r.problems()).isEmpty();
  }
}
