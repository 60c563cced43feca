package io.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Translingual concepts from the bundled Open Multilingual Wordnet tables. */
class ConceptsTest {
  private final Concepts concepts = Concepts.bundled();

  @ParameterizedTest(name = "[{0}] ''{1}'' and [{2}] ''{3}'' share a concept")
  @CsvSource({
      "pl, szczyt, en, summit",
      "uk, саміт, en, summit",
      "it, vertice, en, summit",
      "uk, саміт, pl, szczyt",
      "it, vertice, pl, szczyt",
      "pl, wybory, en, election",
      "uk, вибори, en, election",
      "it, elezioni, en, election",
      "de, Wahlen, en, elections",
      "pl, szczytu, de, Gipfel",
      "ru, саммита, en, summit"})
  void wordsOfDifferentLanguagesThatMeanTheSameShareAConcept(String la, String a, String lb, String b) {
    Set<String> shared = new HashSet<>(concepts.of(a, la, 8));
    shared.retainAll(concepts.of(b, lb, 8));
    assertThat(shared).as("%s (%s) %s and %s (%s) %s", a, la, concepts.of(a, la, 8), b, lb, concepts.of(b, lb, 8))
        .isNotEmpty();
  }

  @Test
  void theSummitMeetingIsAmongTheDefaultConceptsOfSummitInEveryLanguage() {
    for (String[] word : new String[][] {{"szczyt", "pl"}, {"саміт", "uk"}, {"vertice", "it"}, {"summit", "en"}}) {
      assertThat(concepts.of(word[0], word[1])).as(word[0]).hasSizeLessThanOrEqualTo(Concepts.PER_WORD)
          .contains("08312359-n");
    }
  }

  @ParameterizedTest(name = "[{1}] ''{0}'' has no concept")
  @CsvSource({"qwzrtx, en", "blorptastic, de", "żźćxq, pl", "summit, xx"})
  void unknownWordsAndLanguagesHaveNoConcept(String word, String language) {
    assertThat(concepts.of(word, language)).isEmpty();
  }

  @Test
  void aConceptHasItsFirstEnglishLemmaAsGloss() {
    assertThat(concepts.gloss("08312359-n")).contains("summit");
    assertThat(concepts.gloss("99999999-n")).isEmpty();
  }

  @Test
  void pairwiseSimilarityComparesAWordsConceptsInsteadOfItsPrefix() {
    Map<String, Integer> terms = Terms.of("Vertice NATO a Vilnius. Il vertice", "it");
    assertThat(terms).containsEntry("verti", 2).containsEntry("~verti", 2).containsEntry("c:08312359-n", 2);
    assertThat(Terms.pairwise(terms)).containsEntry("c:08312359-n", 2).doesNotContainKeys("verti", "~verti")
        .containsKey("vilnu");
    assertThat(Terms.plain(terms)).containsEntry("verti", 2).containsKey("vilnu")
        .allSatisfy((t, n) -> assertThat(Terms.isPlain(t)).isTrue());
    assertThat(Terms.pairwise(Terms.of("Szczyt w Wilnie", "pl"))).containsKey("c:08312359-n");
    assertThat(Terms.pairwise(Terms.of("Саміт НАТО", "uk"))).containsKey("c:08312359-n");
    assertThat(Terms.concept("c:08312359-n")).isEqualTo("08312359-n");
  }

  @Test
  void theLoaderRejectsAMalformedLineNamingFileAndLine(@TempDir Path dir) throws IOException {
    gzip(dir.resolve("pl.tsv.gz"), "# header\nszczyt\t08312359-n 08617963-n\nwybory 00181781-n\n");
    Concepts broken = Concepts.in(dir);
    assertThatThrownBy(() -> broken.of("szczyt", "pl"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pl.tsv.gz line 3")
        .hasMessageContaining("wybory 00181781-n");
  }

  @Test
  void theLoaderRejectsAConceptKeyThatIsNoSynset(@TempDir Path dir) throws IOException {
    gzip(dir.resolve("it.tsv.gz"), "vertice\t08312359-n summit\n");
    assertThatThrownBy(() -> Concepts.in(dir).of("vertice", "it"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("it.tsv.gz line 1").hasMessageContaining("'summit'");
  }

  @Test
  void aTableReadFromAFolderGivesItsConceptsMostSharedFirst(@TempDir Path dir) throws IOException {
    gzip(dir.resolve("it.tsv.gz"), "# header\nvertice\t08312359-n 08617963-n 13940456-n\n");
    assertThat(Concepts.in(dir).of("Vertice", "it", 2)).isEqualTo(List.of("08312359-n", "08617963-n"));
    assertThat(Concepts.in(dir).of("vertice", "pl")).isEmpty();
  }

  private static void gzip(Path file, String text) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
