package io.storyline.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layers;
import io.storyline.events.Concepts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search expanded through the bundled concept tables, on a real index of sentences in five languages. */
class ConceptSearchTest {
  private static final Map<String, String> SENTENCES = Map.of(
      "en-summit", "en|World leaders gathered for the summit in Vilnius on Tuesday.",
      "pl-summit", "pl|Szczyt przywódców państw w Wilnie zakończył się we wtorek.",
      "it-summit", "it|I leader mondiali si sono riuniti al vertice di Vilnius martedì.",
      "ru-summit", "ru|Мировые лидеры собрались на саммите в Вильнюсе во вторник.",
      "pl-tax", "pl|Rząd obniżył podatek od paliwa na kolejne trzy miesiące.",
      "en-pipe", "en|The Nord Stream pipeline was damaged by explosions in the Baltic Sea.",
      "de-north", "de|Der Wind aus Nord brachte Regen über die Nordsee.");

  @TempDir Path data;
  SearchIndex index;

  @BeforeEach
  void indexSentences() {
    index = SearchIndex.open(data);
    SENTENCES.forEach((id, line) -> {
      String[] parts = line.split("\\|", 2);
      index.index(Article.of(id, "test", null, null, parts[1], Map.of())
          .with(Layers.LANGUAGE, new LanguageGuess(parts[0], 1.0, "given")));
    });
    index.commit();
    index.useTranslations(Concepts.bundled()::translations);
  }

  @AfterEach
  void close() {
    index.close();
  }

  private List<Hit> hits(String query) {
    return index.search(SearchQuery.of(query)).hits();
  }

  @Test
  void summitAlsoFindsThePolishItalianAndRussianArticlesRankedBelowTheEnglishOne() {
    List<Hit> hits = hits("summit");
    assertThat(hits).extracting(Hit::id).startsWith("en-summit")
        .contains("pl-summit", "it-summit", "ru-summit").doesNotContain("pl-tax", "en-pipe", "de-north");
    assertThat(hits.getFirst().direct()).isTrue();
    assertThat(hits.subList(1, hits.size())).allSatisfy(h -> {
      assertThat(h.direct()).isFalse();
      assertThat(h.via()).isNotEmpty();
      assertThat(h.score()).isLessThan(hits.getFirst().score());
    });
  }

  @Test
  void aPolishWordFindsTheEnglishArticleToo() {
    // "szczyt" is first the apex, then the summit: Italian gets "vetta" (peak), so the Italian article is not found
    assertThat(hits("szczyt")).extracting(Hit::id).containsExactly("pl-summit", "en-summit");
  }

  @Test
  void withoutTranslationsSummitFindsOnlyTheEnglishArticle() {
    index.useTranslations(Translations.NONE);
    assertThat(hits("summit")).extracting(Hit::id).containsExactly("en-summit");
  }

  @Test
  void aNameIsNeverExpandedNordStreamFindsOnlyWhatItSays() {
    assertThat(ConceptExpansion.rewrite("Nord Stream", Concepts.bundled()::translations, Set.of("pl", "de", "en"),
        Set.of())).isNull();
    assertThat(hits("Nord Stream")).extracting(Hit::id).containsExactly("en-pipe");
    assertThat(ConceptExpansion.rewrite("nord stream", Concepts.bundled()::translations, Set.of("pl", "de", "en"),
        Set.of("nord", "stream"))).isNull();
  }

  @Test
  void eachWordGetsAtMostAFewTranslationsOnePerLanguage() {
    Set<String> languages = new java.util.LinkedHashSet<>(List.of("pl", "it", "ru", "de", "fr", "es", "nl", "cs",
        "sk", "bg", "fi", "sv"));
    String rewritten = ConceptExpansion.rewrite("summit", Concepts.bundled()::translations, languages, Set.of());
    assertThat(rewritten.split(" OR ")).hasSizeLessThanOrEqualTo(1 + ConceptExpansion.PER_WORD);
    assertThat(rewritten).startsWith("(summit OR szczyt OR vertice").contains("саммит");
  }
}
