package io.storyline.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layers;
import io.storyline.entities.registry.Entity;
import io.storyline.entities.registry.EntityRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeedArticlesTest {
  private static final List<String> LANGUAGES = List.of("pl", "uk", "it", "hu", "nl");
  private static final Map<String, Set<String>> IDS_BY_LEMMA_IN_ARTICLE = new HashMap<>();
  private static final List<Article> LINKED = new ArrayList<>();
  private static EntityRegistry registry;

  @BeforeAll
  static void linkTheSeeds() throws IOException {
    Path examples = Path.of(System.getProperty("storyline.repo", ".."), "examples");
    List<Path> files;
    try (Stream<Path> s = Files.list(examples)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).hasSize(5);
    EntityStage stage = new EntityStage(Recognizers.SHARED);
    registry = EntityRegistry.inMemory(Recognizers.SHARED.gazetteer()::canonical);
    for (int i = 0; i < files.size(); i++) {
      Article article = Article.of(null, files.get(i).toString(), null, null, Files.readString(files.get(i)), Map.of())
          .with(Layers.LANGUAGE, new LanguageGuess(LANGUAGES.get(i), 1.0, "given"))
          .with(Layers.REMOVED, List.of());
      LINKED.add(registry.link(stage.apply(article), Instant.parse("2024-07-01T00:00:00Z")));
    }
  }

  @ParameterizedTest(name = "{0} is one entity across articles {1}")
  @CsvSource({
      "Stoltenberg, 1 3 4, PERSON",
      "Kishida, 1 3 4, PERSON",
      "Rutte, 0 2, PERSON",
      "Nakatani, 0 2, PERSON",
      "NATO, 0 1 2 3 4, ORGANIZATION",
      "Japan, 0 1 2 3 4, LOCATION",
      "Ukraine, 0 1 2 3 4, LOCATION",
      "Russia, 0 1 2 3 4, LOCATION",
      "China, 0 1 2 4, LOCATION",
      "North Korea, 0 2 3 4, LOCATION",
      "South Korea, 1 2 3 4, LOCATION"})
  void resolvesEachSeedNameToOneEntityAcrossArticles(String name, String articles, EntityType type) {
    List<Entity> matching = registry.entities().stream()
        .filter(e -> e.name().contains(name) && e.type() == type).toList();
    assertThat(matching).as("entities named like %s: %s", name, matching.stream().map(Entity::name).toList())
        .hasSize(1);
    Entity entity = matching.getFirst();
    assertThat(entity.type()).isEqualTo(type);
    Set<String> expected = new HashSet<>();
    for (String index : articles.split(" ")) {
      expected.add(LINKED.get(Integer.parseInt(index)).id());
    }
    assertThat(entity.articles()).containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest(name = "{0} in article {1} has base form {2}")
  @CsvSource({
      "Ishibą, 0, Ishiba",
      "Japonii, 0, Japonia",
      "Stanami Zjednoczonymi, 0, Stany Zjednoczone",
      "Кісідою, 1, Кісіда",
      "Японії, 1, Японія",
      "Японією, 1, Японія",
      "Japánnal, 3, Japán"})
  void reducesInflectedSeedNamesToTheirBaseForm(String surface, int article, String lemma) {
    List<Mention> mentions = LINKED.get(article).expect(EntityLayers.MENTIONS);
    assertThat(mentions).filteredOn(m -> m.surface().endsWith(surface)).isNotEmpty()
        .allSatisfy(m -> assertThat(m.lemma()).endsWith(lemma));
  }

  @ParameterizedTest(name = "the canonical name of {0} is Latin: {1}")
  @CsvSource({"#JP, Japan", "#NATO, NATO", "#KP, North Korea"})
  void prefersEnglishLatinCanonicalNames(String key, String name) {
    assertThat(registry.entities()).filteredOn(e -> e.keys().contains(key)).extracting(Entity::name).containsExactly(name);
  }
}
