package io.storyline.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layers;
import io.storyline.core.TextMask;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchIndexTest {
  @TempDir Path data;
  SearchIndex index;
  List<Article> seeds;

  @BeforeEach
  void indexSeeds() {
    index = SearchIndex.open(data);
    seeds = SeedArticles.load();
    seeds.forEach(index::index);
    index.commit();
  }

  @AfterEach
  void close() {
    index.close();
  }

  private List<String> ids(SearchQuery q) {
    return index.search(q).hits().stream().map(Hit::id).toList();
  }

  @ParameterizedTest(name = "{0}: ''{1}'' finds the seed article by its stem")
  @CsvSource({
      "pl, współpraca, 000",
      "uk, загроза, 001",
      "it, controparte, 002",
      "hu, hírügynökség, 003",
      "nl, band, 004"})
  void findsSeedArticleByAnotherFormOfAWord(String lang, String query, String id) {
    assertThat(ids(SearchQuery.of(query))).as(lang).contains(id);
  }

  @ParameterizedTest(name = "{0}: ''{2}'' finds ''{1}''")
  @CsvSource({
      "en, The defence ministers agreed on closer cooperation., minister agree",
      "de, Die Verteidigungsminister vereinbarten engere Zusammenarbeiten., vereinbart Zusammenarbeit",
      "es, Los ministros de defensa acordaron una cooperación más estrecha., ministro",
      "fr, Les ministres de la défense ont convenu d'une coopération plus étroite., ministre",
      "cs, Ministři obrany se dohodli na užší spolupráci., spolupráce",
      "ru, Министры обороны договорились о более тесном сотрудничестве., сотрудничество",
      "pl, Ministrowie obrony uzgodnili ściślejszą współpracę., współpraca",
      "uk, Міністри оборони домовилися про тіснішу співпрацю., співпраця",
      "it, I ministri della difesa hanno concordato una cooperazione più stretta., ministro",
      "hu, A védelmi miniszterek szorosabb együttműködésben állapodtak meg., miniszter",
      "nl, De defensieministers kwamen een nauwere samenwerking overeen., defensieminister"})
  void stemsOrLemmatisesEachLanguage(String lang, String text, String query) {
    index.index(Article.of("x-" + lang, "test", null, null, text, Map.of())
        .with(Layers.LANGUAGE, new LanguageGuess(lang, 1.0, "given")));
    index.commit();
    assertThat(ids(SearchQuery.of(query).withFilters(languages(lang)))).contains("x-" + lang);
  }

  @Test
  void foldsCaseAndAccentsSoAsciiFindsDiacritics() {
    assertThat(ids(SearchQuery.of("ishiba"))).contains("000");
    assertThat(ids(SearchQuery.of("OEKRAINE"))).contains("004");
  }

  @Test
  void phraseQueryNeedsTheWordsTogether() {
    assertThat(ids(SearchQuery.of("\"Mark Rutte\""))).containsExactlyInAnyOrder("000", "002");
    assertThat(ids(SearchQuery.of("\"Rutte Mark\""))).isEmpty();
    assertThat(ids(SearchQuery.of("\"premierem Ishibą\""))).containsExactly("000");
  }

  @Test
  void booleanOperatorsCombineTerms() {
    assertThat(ids(SearchQuery.of("Stoltenberg"))).containsExactlyInAnyOrder("003", "004");
    assertThat(ids(SearchQuery.of("NATO NOT Stoltenberg"))).doesNotContain("003", "004").contains("000", "002");
    assertThat(ids(SearchQuery.of("Ishibą OR Kishida"))).containsExactlyInAnyOrder("000", "004");
  }

  @Test
  void expansionFindsTheNameInAnotherScriptAndSaysSo() {
    SearchQuery q = SearchQuery.of("Stoltenberg")
        .withExpansions(List.of(new Expansion("Stoltenberg", "jens-stoltenberg", List.of("Столтенберг"))));
    SearchResult r = index.search(q);
    assertThat(r.hits()).extracting(Hit::id).containsExactlyInAnyOrder("001", "003", "004");
    Hit uk = r.hits().stream().filter(h -> h.id().equals("001")).findFirst().orElseThrow();
    assertThat(uk.crossLanguage()).isTrue();
    assertThat(uk.via()).containsExactly("Столтенберг");
    assertThat(r.hits().stream().filter(h -> !h.id().equals("001"))).allMatch(Hit::direct);
    assertThat(uk.snippets().getFirst().highlights()).isNotEmpty();
  }

  @Test
  void debrisIsNotIndexed() {
    Article pl = seeds.getFirst();
    assertThat(pl.text()).contains("Reklama");
    assertThat(ids(SearchQuery.of("Reklama"))).doesNotContain("000");
  }

  @Test
  void highlightsPointIntoTheCleanTextWhoseOffsetsAreTheOriginals() {
    for (Hit hit : index.search(SearchQuery.of("Japonii OR Stoltenberg")).hits()) {
      Article article = seeds.stream().filter(a -> a.id().equals(hit.id())).findFirst().orElseThrow();
      String clean = TextMask.clean(article);
      for (Snippet s : hit.snippets()) {
        assertThat(clean.substring(s.start(), s.start() + s.text().length())).isEqualTo(s.text());
        for (Snippet.Range r : s.highlights()) {
          assertThat(s.text().substring(r.start(), r.end()).toLowerCase()).containsAnyOf("japon", "stoltenberg");
        }
      }
    }
  }

  @Test
  void snippetHtmlEscapesTheText() {
    index.index(Article.of("evil", "test", null, null, "<script>alert('x')</script> Stoltenberg & co", Map.of()));
    index.commit();
    Hit hit = index.search(SearchQuery.of("Stoltenberg").withFilters(new Filters(Set.of(), null, null, null, null, null, "test")))
        .hits().getFirst();
    assertThat(hit.snippets().getFirst().html())
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <mark>Stoltenberg</mark> &amp; co");
  }

  @Test
  void filtersByLanguageDateAndSource() {
    assertThat(ids(SearchQuery.of("").withFilters(languages("uk", "nl")))).containsExactlyInAnyOrder("001", "004");
    Filters spring = new Filters(Set.of(), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 15), null, null, null, null);
    assertThat(ids(SearchQuery.of("").withFilters(spring))).containsExactlyInAnyOrder("001", "002");
    Filters source = new Filters(Set.of(), null, null, null, null, null, "examples/003_4aee72c28dc8d87e.txt");
    assertThat(ids(SearchQuery.of("").withFilters(source))).containsExactly("003");
  }

  @Test
  void filtersByEntityEventAndStorylineFromTheFacets(@TempDir Path other) {
    ArticleFacets facets = new ArticleFacets() {
      @Override
      public Set<String> entityIds(Article a) {
        return a.text().contains("Stoltenberg") ? Set.of("jens-stoltenberg") : Set.of();
      }

      @Override
      public Set<String> storylineIds(Article a) {
        return Set.of("nato-japan");
      }
    };
    try (SearchIndex withFacets = SearchIndex.open(other, facets)) {
      seeds.forEach(withFacets::index);
      withFacets.commit();
      Filters entity = new Filters(Set.of(), null, null, "jens-stoltenberg", null, "nato-japan", null);
      assertThat(withFacets.search(SearchQuery.of("").withFilters(entity)).hits()).extracting(Hit::id)
          .containsExactlyInAnyOrder("003", "004");
    }
  }

  @Test
  void sortsByDateEitherWay() {
    assertThat(ids(SearchQuery.of("").withSort(SortOrder.NEWEST))).containsExactly("004", "003", "002", "001", "000");
    assertThat(ids(SearchQuery.of("NATO").withSort(SortOrder.OLDEST))).first().isEqualTo("000");
  }

  @Test
  void cursorsPageThroughEveryHitOnceEvenWhenTheIndexChanges() {
    List<String> seen = new ArrayList<>();
    SearchResult page = index.search(SearchQuery.of("").withSort(SortOrder.NEWEST).withLimit(2));
    seen.addAll(page.hits().stream().map(Hit::id).toList());
    index.index(Article.of("zzz-new", "test", null, null, "A late article", Map.of("published", "2020-01-01")));
    index.commit();
    while (page.nextCursor() != null) {
      page = index.search(SearchQuery.of("").withSort(SortOrder.NEWEST).withLimit(2).after(page.nextCursor()));
      seen.addAll(page.hits().stream().map(Hit::id).toList());
    }
    assertThat(seen).containsExactly("004", "003", "002", "001", "000", "zzz-new");
  }

  @Test
  void rejectsABadQueryNamingIt() {
    assertThatThrownBy(() -> index.search(SearchQuery.of("\"unclosed")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'\"unclosed'");
  }

  @Test
  void rejectsACursorOfAnotherSortOrder() {
    String cursor = index.search(SearchQuery.of("").withLimit(1)).nextCursor();
    assertThatThrownBy(() -> index.search(SearchQuery.of("").withLimit(1).withSort(SortOrder.NEWEST).after(cursor)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another query or sort order");
    assertThatThrownBy(() -> index.search(SearchQuery.of("").after("%%%")))
        .hasMessageContaining("bad cursor '%%%'");
  }

  @Test
  void deletesAndCountsArticles() {
    assertThat(index.count()).isEqualTo(5);
    assertThat(index.languages()).containsKeys("pl", "uk", "it", "hu", "nl");
    index.delete("000");
    index.commit();
    assertThat(index.count()).isEqualTo(4);
    assertThat(ids(SearchQuery.of("Ishibą"))).isEmpty();
  }

  @Test
  void keepsArticlesAcrossReopening() {
    index.close();
    index = SearchIndex.open(data);
    assertThat(index.count()).isEqualTo(5);
  }

  private static Filters languages(String... codes) {
    return new Filters(Set.of(codes), null, null, null, null, null, null);
  }

  @Test
  void aCommitLaterThanTheOneAskedForIsUndoneAndAReadOnlyIndexShowsTheCommitAskedFor() {
    long recorded = index.committedSequence();
    index.index(Article.of("late", "test", null, "Ryanair", "Ryanair cancels flights to Warsaw.", Map.of()));
    index.commit();
    assertThat(index.committedSequence()).isEqualTo(recorded + 1);
    try (SearchIndex reader = SearchIndex.openReadOnly(data, ArticleFacets.METADATA, recorded)) {
      assertThat(reader.count()).isEqualTo(seeds.size());
      assertThatThrownBy(() -> reader.index(seeds.getFirst())).hasMessageContaining("opened read-only");
    }
    index.close();

    assertThat(SearchIndex.rollBack(data, recorded)).isTrue();
    index = SearchIndex.open(data);
    assertThat(index.count()).isEqualTo(seeds.size());
    assertThat(index.committedSequence()).isEqualTo(recorded);
    index.close();
    assertThat(SearchIndex.rollBack(data, recorded + 5)).as("a commit it never made").isFalse();
    index = SearchIndex.open(data);
  }
}
