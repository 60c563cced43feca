package io.storyline.entities.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layers;
import io.storyline.entities.EntityLayers;
import io.storyline.entities.EntityType;
import io.storyline.entities.Mention;
import io.storyline.entities.key.NameKey;
import io.storyline.entities.log.JsonlFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistrySnapshotTest {
  private static final Instant T = Instant.parse("2024-07-01T00:00:00Z");
  private static final long FIRST = 16 << 10;
  private static final String[] SYLLABLES = {"ka", "ro", "len", "mi", "tar", "vo", "sel", "an", "du", "pri", "zek", "ol"};
  private static final String[] LANGUAGES = {"en", "de", "pl", "it"};
  private static final List<Article> CORPUS = corpus(900, 11);

  /** Articles naming 2 to 5 of 150 synthetic people, organisations and places, some by surname alone. */
  private static List<Article> corpus(int size, long seed) {
    Random random = new Random(seed);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      names.add(word(random) + " " + word(random));
    }
    List<Article> out = new ArrayList<>();
    for (int a = 0; a < size; a++) {
      String language = LANGUAGES[random.nextInt(LANGUAGES.length)];
      StringBuilder text = new StringBuilder();
      List<Mention> mentions = new ArrayList<>();
      for (int m = 2 + random.nextInt(4); m > 0; m--) {
        String name = names.get((int) Math.min(names.size() - 1, Math.abs(random.nextGaussian()) * 40));
        String form = random.nextInt(5) == 0 ? name.substring(name.indexOf(' ') + 1) : name;
        EntityType type = EntityType.values()[Math.floorMod(name.hashCode(), 3)];
        int start = text.length();
        text.append(form).append(" said something. ");
        mentions.add(new Mention(start, start + form.length(), form, form, type, NameKey.of(form, type, language), null,
            random.nextInt(4) == 0 ? "capitalised" : "test"));
      }
      out.add(Article.of("a" + a, "test", null, null, text.toString(), Map.of())
          .with(Layers.LANGUAGE, new LanguageGuess(language, 1.0, "given"))
          .with(EntityLayers.MENTIONS, List.copyOf(mentions)));
    }
    return out;
  }

  private static String word(Random random) {
    StringBuilder w = new StringBuilder();
    for (int s = 2 + random.nextInt(2); s > 0; s--) {
      w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  private static EntityRegistry open(Path dir) {
    return EntityRegistry.open(new JsonlRegistryLog(dir, FIRST), key -> null);
  }

  /** Everything a registry holds that a user or a later link can see, articles in their order. */
  private static List<Object> state(EntityRegistry r) {
    List<Object> out = new ArrayList<>();
    for (Entity e : r.entities()) {
      out.add(List.of(e, List.copyOf(e.articles()), List.copyOf(e.keys()), r.mergedInto(e.id())));
    }
    return out;
  }

  /** The entity ids linking gives each mention of {@code articles}. */
  private static List<String> links(EntityRegistry r, List<Article> articles) {
    return articles.stream().flatMap(a -> r.link(a, T).expect(EntityLayers.MENTIONS).stream())
        .map(Mention::entityId).toList();
  }

  private static void linkAndClose(Path dir, List<Article> articles) {
    try (EntityRegistry r = open(dir)) {
      links(r, articles);
    }
  }

  private static EntityRegistry replayed(Path dir) {
    return EntityRegistry.open(RegistryLog.readOnly(new RegistryLog.Opening(java.util.Optional.empty(),
        JsonlFile.read(dir.resolve(JsonlRegistryLog.FILE_NAME), RegistryEvent.class))), key -> null);
  }

  @Test
  void aRegistryOpenedFromItsSnapshotHoldsAndLinksExactlyWhatReplayingTheWholeLogDoes(@TempDir Path dir) {
    linkAndClose(dir, CORPUS.subList(0, 600));
    assertThat(RegistrySnapshot.read(dir.resolve(JsonlRegistryLog.FILE_NAME), Long.MAX_VALUE)).isPresent();
    List<String> fromSnapshot;
    try (EntityRegistry r = open(dir)) {
      assertThat(state(r)).isEqualTo(state(replayed(dir)));
      fromSnapshot = links(r, CORPUS.subList(600, 900));
    }
    EntityRegistry clean = EntityRegistry.inMemory(key -> null);
    links(clean, CORPUS.subList(0, 600));
    assertThat(fromSnapshot).isEqualTo(links(clean, CORPUS.subList(600, 900)));
    try (EntityRegistry r = open(dir)) {
      assertThat(state(r)).isEqualTo(state(clean)).isEqualTo(state(replayed(dir)));
    }
  }

  @Test
  void thePersonRulesFindTheSameEntitiesInARegistryOpenedFromItsSnapshot(@TempDir Path dir) {
    List<Article> first = List.of(person("a1", "cs", "Michael O'Leary"), person("a2", "pl", "Asia Bibi"),
        person("a3", "ru", "Джо Байден"));
    List<Article> later = List.of(person("b1", "uk", "Майкл О'Лірі"), person("b2", "ru", "Асия Биби"),
        named("b3", "bg", "Джо Байдън", EntityType.ORGANIZATION));
    linkAndClose(dir, first);
    assertThat(RegistrySnapshot.read(dir.resolve(JsonlRegistryLog.FILE_NAME), Long.MAX_VALUE)).isPresent();
    EntityRegistry clean = EntityRegistry.inMemory(key -> null);
    List<String> expected = links(clean, first);
    try (EntityRegistry r = open(dir)) {
      List<String> fromSnapshot = links(r, later);
      assertThat(fromSnapshot).as("the later forms link to the people the first articles named")
          .isEqualTo(expected).isEqualTo(links(clean, later));
    }
  }

  private static Article person(String id, String language, String name) {
    return named(id, language, name, EntityType.PERSON);
  }

  private static Article named(String id, String language, String name, EntityType type) {
    String text = "Text: " + name + ".";
    Mention m = new Mention(6, 6 + name.length(), name, name, type, NameKey.of(name, type, language), null, "test");
    return Article.of(id, "test", null, null, text, Map.of())
        .with(Layers.LANGUAGE, new LanguageGuess(language, 1.0, "given"))
        .with(EntityLayers.MENTIONS, List.of(m));
  }

  @Test
  void correctionsMadeAfterTheSnapshotAreAppliedOnTopOfIt(@TempDir Path dir) {
    linkAndClose(dir, CORPUS.subList(0, 600));
    try (EntityRegistry r = open(dir)) {
      List<Entity> top = r.entities();
      r.merge(List.of(top.get(1).id()), top.get(0).id(), "editor@example.org");
      r.rename(top.get(2).id(), "Someone Else", "editor@example.org");
      r.retype(top.get(3).id(), EntityType.ORGANIZATION, "editor@example.org");
    }
    try (EntityRegistry r = open(dir)) {
      assertThat(state(r)).isEqualTo(state(replayed(dir)));
      assertThat(r.entities()).extracting(Entity::name).contains("Someone Else");
    }
  }

  @Test
  void aSnapshotAheadOfALogCutBackAfterAKillIsNotUsed(@TempDir Path dir) throws IOException {
    Path log = dir.resolve(JsonlRegistryLog.FILE_NAME);
    linkAndClose(dir, CORPUS.subList(0, 300));
    long committed = Files.size(log);
    linkAndClose(dir, CORPUS.subList(300, 700));
    JsonlFile.cutAt(log, committed); // what recovery does to a log ahead of the store
    assertThat(RegistrySnapshot.read(log, Long.MAX_VALUE)).isEmpty();
    try (EntityRegistry r = open(dir)) {
      assertThat(state(r)).isEqualTo(state(replayed(dir)));
      links(r, CORPUS.subList(700, 900)); // the log grows past the snapshot's length again, with other articles
    }
    List<Article> logged = new ArrayList<>(CORPUS.subList(0, 300));
    logged.addAll(CORPUS.subList(700, 900));
    EntityRegistry clean = EntityRegistry.inMemory(key -> null);
    links(clean, logged);
    try (EntityRegistry r = open(dir)) {
      assertThat(state(r)).isEqualTo(state(clean));
    }
  }

  @Test
  void aReaderAtAnEarlierCommitPointDoesNotUseASnapshotTakenAfterIt(@TempDir Path dir) throws IOException {
    linkAndClose(dir, CORPUS.subList(0, 300));
    long committed = Files.size(dir.resolve(JsonlRegistryLog.FILE_NAME));
    linkAndClose(dir, CORPUS.subList(300, 700));
    EntityRegistry read = EntityRegistry.open(JsonlRegistryLog.committed(dir, committed), key -> null);
    EntityRegistry clean = EntityRegistry.inMemory(key -> null);
    links(clean, CORPUS.subList(0, 300));
    assertThat(state(read)).isEqualTo(state(clean));
    EntityRegistry latest = EntityRegistry.open(JsonlRegistryLog.committed(dir, Long.MAX_VALUE), key -> null);
    assertThat(state(latest)).isEqualTo(state(replayed(dir)));
  }

  @Test
  void aDamagedSnapshotIsSkippedAndTheLogReplayed(@TempDir Path dir) throws IOException {
    linkAndClose(dir, CORPUS.subList(0, 600));
    Path snapshot = dir.resolve(RegistrySnapshot.FILE);
    byte[] bytes = Files.readAllBytes(snapshot);
    Files.write(snapshot, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    try (EntityRegistry r = open(dir)) {
      assertThat(state(r)).isEqualTo(state(replayed(dir)));
    }
  }
}
