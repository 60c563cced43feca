package io.storyline.entities.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layers;
import io.storyline.entities.EntityLayers;
import io.storyline.entities.EntityType;
import io.storyline.entities.Mention;
import io.storyline.entities.key.NameKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityRegistryTest {
  private static final Instant T = Instant.parse("2024-07-01T00:00:00Z");

  @TempDir
  Path dir;

  private static Article article(String id, String lang, String text, Mention... mentions) {
    return Article.of(id, "test", null, null, text, Map.of())
        .with(Layers.LANGUAGE, new LanguageGuess(lang, 1.0, "given"))
        .with(EntityLayers.MENTIONS, List.of(mentions));
  }

  private static Mention person(String text, String surface, String lemma, String lang) {
    int start = text.indexOf(surface);
    return new Mention(start, start + surface.length(), surface, lemma, EntityType.PERSON,
        NameKey.of(lemma, EntityType.PERSON, lang), null, "test");
  }

  private static EntityRegistry open(Path dir) {
    return EntityRegistry.open(new JsonlRegistryLog(dir), key -> null);
  }

  @Test
  void linksTheSameKeyInTwoScriptsToOneEntity() {
    EntityRegistry r = EntityRegistry.inMemory(key -> null);
    String uk = "Генсек Йєнс Столтенберг приїхав.";
    String nl = "Jens Stoltenberg is in Japan.";
    Article a = r.link(article("a", "uk", uk, person(uk, "Йєнс Столтенберг", "Йєнс Столтенберг", "uk")), T);
    Article b = r.link(article("b", "nl", nl, person(nl, "Jens Stoltenberg", "Jens Stoltenberg", "nl")), T);
    String idA = a.expect(EntityLayers.MENTIONS).getFirst().entityId();
    assertThat(b.expect(EntityLayers.MENTIONS).getFirst().entityId()).isEqualTo(idA);
    assertThat(r.get(idA).orElseThrow().name()).isEqualTo("Jens Stoltenberg");
    assertThat(r.get(idA).orElseThrow().variants()).extracting(Variant::script).containsExactlyInAnyOrder("cyrillic", "latin");
  }

  @Test
  void replaysMergeSplitRenameAndRetypeAfterReopening() {
    String t1 = "Mark Rutte spoke. Rutte agreed.";
    String t2 = "Marc Rute answered.";
    String idRutte;
    String idRute;
    String splitId;
    try (EntityRegistry r = open(dir)) {
      idRutte = r.link(article("1", "en", t1, person(t1, "Mark Rutte", "Mark Rutte", "en")), T)
          .expect(EntityLayers.MENTIONS).getFirst().entityId();
      idRute = r.link(article("2", "en", t2, person(t2, "Marc Rute", "Marc Rute", "en")), T)
          .expect(EntityLayers.MENTIONS).getFirst().entityId();
      r.commit();
      r.merge(List.of(idRute), idRutte, "editor@example.org");
      r.rename(idRutte, "Mark Rutte (NATO)", "editor@example.org");
      r.retype(idRutte, EntityType.PERSON, "editor@example.org");
      splitId = r.split(idRutte, List.of("Marc Rute"), "editor@example.org");
      r.commit();
    }
    try (EntityRegistry r = open(dir)) {
      assertThat(r.get(idRutte).orElseThrow().name()).isEqualTo("Mark Rutte (NATO)");
      assertThat(r.get(idRute).orElseThrow().id()).as("merged id redirects").isEqualTo(idRutte);
      assertThat(r.get(splitId).orElseThrow().variants()).extracting(Variant::form).containsExactly("Marc Rute");
      String t3 = "Marc Rute again.";
      String linked = r.link(article("3", "en", t3, person(t3, "Marc Rute", "Marc Rute", "en")), T)
          .expect(EntityLayers.MENTIONS).getFirst().entityId();
      assertThat(linked).as("a later ingest follows the split").isEqualTo(splitId);
    }
  }

  @Test
  void splitGivesTheNewEntityOnlyTheArticlesWritingTheMovedFormsAndAnIdWithOnePrefix() {
    EntityRegistry r = EntityRegistry.inMemory(key -> null);
    String uk = "Генсек Йєнсом Столтенбергом приїхав.";
    String nl = "Jens Stoltenberg is in Japan.";
    String id = r.link(article("uk1", "uk", uk, person(uk, "Йєнсом Столтенбергом", "Йєнс Столтенберг", "uk")), T)
        .expect(EntityLayers.MENTIONS).getFirst().entityId();
    Article dutch = r.link(article("nl1", "nl", nl, person(nl, "Jens Stoltenberg", "Jens Stoltenberg", "nl")), T);
    Article ukrainian = article("uk1", "uk", uk, person(uk, "Йєнсом Столтенбергом", "Йєнс Столтенберг", "uk")
        .withEntityId(id));

    String created = r.split(id, List.of("Йєнсом Столтенбергом"), "editor@example.org");

    assertThat(created).isEqualTo(id + "-split").startsWith("per-").doesNotStartWith("per-per-");
    assertThat(r.get(id).orElseThrow().articles()).containsExactly("nl1");
    assertThat(r.get(created).orElseThrow().articles()).containsExactly("uk1");
    assertThat(r.idOf(ukrainian.expect(EntityLayers.MENTIONS).getFirst(), "uk").orElseThrow())
        .as("the stored mention follows its form to the new entity").isEqualTo(created);
    assertThat(r.idOf(dutch.expect(EntityLayers.MENTIONS).getFirst(), "nl").orElseThrow()).isEqualTo(id);
  }

  @Test
  void reappliesARecordedCorrectionAsItWasAndSaysWhyOneNoLongerApplies() throws IOException {
    String t1 = "Mark Rutte spoke.";
    String t2 = "Marc Rute answered.";
    try (EntityRegistry r = open(dir)) {
      String rutte = r.link(article("1", "en", t1, person(t1, "Mark Rutte", "Mark Rutte", "en")), T)
          .expect(EntityLayers.MENTIONS).getFirst().entityId();
      String rute = r.link(article("2", "en", t2, person(t2, "Marc Rute", "Marc Rute", "en")), T)
          .expect(EntityLayers.MENTIONS).getFirst().entityId();
      assertThat(r.reapply(new RegistryEvent.Merged(List.of(rute), rutte, "editor@example.org", "2024-01-02T03:04:05Z")))
          .isEmpty();
      assertThat(r.get(rute).orElseThrow().id()).isEqualTo(rutte);
      assertThat(r.get(rutte).orElseThrow().articles()).containsExactlyInAnyOrder("1", "2");
      assertThat(r.reapply(new RegistryEvent.Renamed("per-nobody", "X", "editor@example.org", "2024-01-02T03:04:05Z")))
          .hasValueSatisfying(why -> assertThat(why).contains("per-nobody").contains("not in the registry"));
      assertThat(r.reapply(new RegistryEvent.Split(rutte, List.of("Mr Nobody"), "per-x", "editor@example.org",
          "2024-01-02T03:04:05Z"))).hasValueSatisfying(why -> assertThat(why).contains("no variant written as [Mr Nobody]"));
      assertThatThrownBy(() -> r.reapply(new RegistryEvent.Created("per-x", EntityType.PERSON, "x", "2024-01-02T03:04:05Z")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a correction");
    }
    List<String> corrections = Files.readAllLines(dir.resolve(JsonlRegistryLog.FILE_NAME)).stream()
        .filter(l -> !l.contains("\"op\":\"seen\"") && !l.contains("\"op\":\"created\"")).toList();
    assertThat(corrections).singleElement().satisfies(l -> assertThat(l).contains("\"op\":\"merged\"")
        .contains("\"by\":\"editor@example.org\"").contains("\"at\":\"2024-01-02T03:04:05Z\""));
  }

  @Test
  void recordsWhoMadeEachCorrection() throws IOException {
    try (EntityRegistry r = open(dir)) {
      String t = "Mark Rutte spoke.";
      String id = r.link(article("1", "en", t, person(t, "Mark Rutte", "Mark Rutte", "en")), T)
          .expect(EntityLayers.MENTIONS).getFirst().entityId();
      r.rename(id, "Rutte", "alice");
    }
    assertThat(Files.readString(dir.resolve(JsonlRegistryLog.FILE_NAME))).contains("\"op\":\"renamed\"", "\"by\":\"alice\"");
  }

  @Test
  void skipsATornLastLineLeftByACrash() throws IOException {
    try (EntityRegistry r = open(dir)) {
      String t = "Mark Rutte spoke.";
      r.link(article("1", "en", t, person(t, "Mark Rutte", "Mark Rutte", "en")), T);
    }
    Files.writeString(dir.resolve(JsonlRegistryLog.FILE_NAME), "{\"op\":\"seen\",\"id\":", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    try (EntityRegistry r = open(dir)) {
      assertThat(r.size()).isEqualTo(1);
    }
  }

  @Test
  void rejectsAnUnknownIdNamingIt() {
    EntityRegistry r = EntityRegistry.inMemory(key -> null);
    assertThatThrownBy(() -> r.rename("per-nobody", "X", "alice")).hasMessageContaining("per-nobody");
  }

  @Test
  void feedsConfirmedNamesBackToRecognition() {
    EntityRegistry r = EntityRegistry.inMemory(key -> null);
    for (String id : List.of("1", "2", "3")) {
      String t = "Mark Rutte spoke.";
      r.link(article(id, "en", t, person(t, "Mark Rutte", "Mark Rutte", "en")), T);
    }
    assertThat(r.confirmedNames(3)).extracting(n -> n.form()).containsExactly("Mark Rutte");
    assertThat(r.confirmedNames(4)).isEmpty();
  }

  @Test
  void aNewVersionOfAnArticleReplacesWhatItsEarlierVersionContributedAlsoAfterReopening() {
    String v1 = "Jens Stoltenberg in Tokyo. Stoltenberg spoke.";
    String v2 = "Jens Stoltenberg arrived in Tokyo.";
    String id;
    try (EntityRegistry r = open(dir)) {
      Article first = r.link(article("a", "en", v1, person(v1, "Jens Stoltenberg", "Jens Stoltenberg", "en"),
          person(v1, "Stoltenberg", "Jens Stoltenberg", "en")), T);
      id = first.expect(EntityLayers.MENTIONS).getFirst().entityId();
      r.link(article("b", "en", v1, person(v1, "Jens Stoltenberg", "Jens Stoltenberg", "en")), T);
      r.forget(first, T.plusSeconds(60));
      r.link(article("a", "en", v2, person(v2, "Jens Stoltenberg", "Jens Stoltenberg", "en")), T.plusSeconds(60));
      r.commit();
    }
    try (EntityRegistry reopened = open(dir)) {
      Entity e = reopened.get(id).orElseThrow();
      assertThat(e.articles()).containsExactlyInAnyOrder("a", "b");
      assertThat(e.variants()).extracting(Variant::form, Variant::count)
          .containsExactly(org.assertj.core.api.Assertions.tuple("Jens Stoltenberg", 2));
    }
  }

  private static Mention named(String text, String surface, EntityType type, String stage, String lang) {
    int start = text.indexOf(surface);
    return new Mention(start, start + surface.length(), surface, surface, type, NameKey.of(surface, type, lang), null,
        stage);
  }

  private static EntityType typeIn(Article linked) {
    return linked.expect(EntityLayers.MENTIONS).getFirst().type();
  }

  @Test
  void aGuessedTypeGivesWayToTheTypeTheEntitysOtherMentionsShowAlsoAfterReopening() {
    String guessed = "Michigan zdecydował.";
    String cued = "Wybory w stanie Michigan.";
    String id;
    try (EntityRegistry r = open(dir)) {
      Article first = r.link(article("a", "pl", guessed, named(guessed, "Michigan", EntityType.PERSON, "capitalised", "pl")), T);
      id = first.expect(EntityLayers.MENTIONS).getFirst().entityId();
      assertThat(typeIn(first)).as("no evidence yet: the guess stands").isEqualTo(EntityType.PERSON);
      r.link(article("b", "pl", cued, named(cued, "Michigan", EntityType.LOCATION, "place-cue", "pl")), T);
      assertThat(r.get(id).orElseThrow().type()).isEqualTo(EntityType.LOCATION);
      Article third = r.link(article("c", "pl", guessed, named(guessed, "Michigan", EntityType.PERSON, "capitalised", "pl")), T);
      assertThat(typeIn(third)).isEqualTo(EntityType.LOCATION);
      r.commit();
    }
    try (EntityRegistry reopened = open(dir)) {
      assertThat(reopened.get(id).orElseThrow().type()).isEqualTo(EntityType.LOCATION);
      Article again = reopened.link(article("d", "pl", guessed,
          named(guessed, "Michigan", EntityType.PERSON, "capitalised", "pl")), T);
      assertThat(typeIn(again)).isEqualTo(EntityType.LOCATION);
    }
  }

  @Test
  void aTypeReadFromEvidenceIsKeptWhateverTheEntityShowsElsewhere() {
    EntityRegistry r = EntityRegistry.inMemory(key -> null);
    String cued = "Wybory w stanie Michigan.";
    String quoted = "Gazeta \"Michigan\" pisze.";
    r.link(article("a", "pl", cued, named(cued, "Michigan", EntityType.LOCATION, "place-cue", "pl")), T);
    r.link(article("b", "pl", cued, named(cued, "Michigan", EntityType.LOCATION, "place-cue", "pl")), T);
    Article paper = r.link(article("c", "pl", quoted, named(quoted, "Michigan", EntityType.ORGANIZATION, "quoted", "pl")), T);
    assertThat(typeIn(paper)).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void aRetypedEntityGivesTheUsersTypeToItsNewMentions() {
    EntityRegistry r = EntityRegistry.inMemory(key -> null);
    String t = "Gazprom podał wyniki.";
    Article first = r.link(article("a", "pl", t, named(t, "Gazprom", EntityType.PERSON, "trigger", "pl")), T);
    String id = first.expect(EntityLayers.MENTIONS).getFirst().entityId();
    r.retype(id, EntityType.ORGANIZATION, "analyst");
    Article second = r.link(article("b", "pl", t, named(t, "Gazprom", EntityType.PERSON, "trigger", "pl")), T);
    assertThat(typeIn(second)).isEqualTo(EntityType.ORGANIZATION);
    assertThat(r.get(id).orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void forgettingAnArticleWithdrawsTheTypeEvidenceItGave() {
    EntityRegistry r = EntityRegistry.inMemory(key -> null);
    String cued = "Wybory w stanie Michigan.";
    String guessed = "Michigan zdecydował.";
    Article first = r.link(article("a", "pl", guessed, named(guessed, "Michigan", EntityType.PERSON, "capitalised", "pl")), T);
    Article cue = r.link(article("b", "pl", cued, named(cued, "Michigan", EntityType.LOCATION, "place-cue", "pl")), T);
    r.forget(cue, T);
    String id = first.expect(EntityLayers.MENTIONS).getFirst().entityId();
    assertThat(r.get(id).orElseThrow().type()).isEqualTo(EntityType.PERSON);
    Article again = r.link(article("c", "pl", guessed, named(guessed, "Michigan", EntityType.PERSON, "capitalised", "pl")), T);
    assertThat(typeIn(again)).isEqualTo(EntityType.PERSON);
  }

  private static String idIn(Article linked) {
    return linked.expect(EntityLayers.MENTIONS).getFirst().entityId();
  }

  @Test
  void aBareSurnameLinksToThePersonTheRegistryKnowsByFullName() {
    EntityRegistry r = EntityRegistry.inMemory(key -> null);
    String full = "Donald Trump spoke.";
    String bare = "Trump spoke.";
    String id = idIn(r.link(article("a", "en", full, person(full, "Donald Trump", "Donald Trump", "en")), T));
    Article guessed = r.link(article("b", "en", bare, named(bare, "Trump", EntityType.PERSON, "capitalised", "en")), T);
    assertThat(idIn(guessed)).as("a guessed type proves no person").isNotEqualTo(id);
    Article later = r.link(article("c", "en", bare, named(bare, "Trump", EntityType.PERSON, "dictionary", "en")), T);
    assertThat(idIn(later)).isEqualTo(id);
  }

  @Test
  void aBareSurnameOfTwoEquallyKnownPeopleLinksToNeither() {
    EntityRegistry r = EntityRegistry.inMemory(key -> null);
    String lech = "Lech Kaczyński spoke.";
    String jaroslaw = "Jarosław Kaczyński spoke.";
    String bare = "Kaczyński spoke.";
    String a = idIn(r.link(article("a", "pl", lech, person(lech, "Lech Kaczyński", "Lech Kaczyński", "pl")), T));
    String b = idIn(r.link(article("b", "pl", jaroslaw, person(jaroslaw, "Jarosław Kaczyński", "Jarosław Kaczyński", "pl")), T));
    String c = idIn(r.link(article("c", "pl", bare, named(bare, "Kaczyński", EntityType.PERSON, "dictionary", "pl")), T));
    assertThat(c).isNotIn(a, b);
  }

  private static Entity linkAll(EntityRegistry r, String[][] forms) {
    String id = null;
    int n = 0;
    for (String[] f : forms) {
      String text = f[1] + " spoke.";
      id = idIn(r.link(article("a" + n++, f[0], text, person(text, f[1], f[1], f[0])), T));
    }
    return r.get(id).orElseThrow();
  }

  @Test
  void anEntityIsNamedByTheFormMostLanguagesWriteNotTheLongestOrAPolishOne() {
    Entity putin = linkAll(EntityRegistry.inMemory(key -> null), new String[][] {
        {"pl", "Władimir Putin"}, {"pl", "Władimir Putin"}, {"pl", "Władimir Putin"}, {"cs", "Vladimir Putin"},
        {"sl", "Vladimir Putin"},
        {"ru", "Владимир Путин"}});
    assertThat(putin.name()).isEqualTo("Vladimir Putin");
    Entity trump = linkAll(EntityRegistry.inMemory(key -> null), new String[][] {
        {"cs", "Donald Trump 74"}, {"cs", "Donald Trump"}, {"pl", "Trump"}, {"pl", "Trump"}, {"pl", "Trump"}});
    assertThat(trump.name()).as("a full name, without a number").isEqualTo("Donald Trump");
  }

  @Test
  void anEntityIsNamedInEnglishWhenAnEnglishTextWroteIt() {
    Entity e = linkAll(EntityRegistry.inMemory(key -> null), new String[][] {
        {"cs", "Volodymyr Zelenskyj"}, {"sl", "Volodymyr Zelenskyj"}, {"en", "Volodymyr Zelensky"}});
    assertThat(e.variants()).hasSize(3);
    assertThat(e.name()).isEqualTo("Volodymyr Zelensky");
  }

  @Test
  void aSurnameAloneIsThePersonTheSameArticleNamesInFullWhateverItsTypeAndEarlierEntity() {
    EntityRegistry r = EntityRegistry.inMemory(key -> null);
    String alone = "Байден заявив про перемогу.";
    Article first = r.link(article("a", "uk", alone, person(alone, "Байден", "Байден", "uk")), T);
    String earlier = first.expect(EntityLayers.MENTIONS).getFirst().entityId();
    String text = "Джо Байден виграв. Байдена привітали, а Байден подякував.";
    int org = text.lastIndexOf("Байден");
    Mention asOrganisation = new Mention(org, org + "Байден".length(), "Байден", "Байден", EntityType.ORGANIZATION,
        NameKey.of("Байден", EntityType.ORGANIZATION, "uk"), null, "cue");
    Article b = r.link(article("b", "uk", text, person(text, "Джо Байден", "Джо Байден", "uk"),
        person(text, "Байдена", "Байден", "uk"), asOrganisation), T);
    List<Mention> linked = b.expect(EntityLayers.MENTIONS);
    assertThat(linked).extracting(Mention::entityId).containsOnly(linked.getFirst().entityId())
        .doesNotContain(earlier);
    assertThat(linked).extracting(Mention::type).containsOnly(EntityType.PERSON);
  }

  @Test
  void aSurnameSharedByTwoFullNamesInTheArticleStaysApart() {
    EntityRegistry r = EntityRegistry.inMemory(key -> null);
    String text = "Jarosław Kaczyński i Lech Kaczyński. Kaczyński milczał.";
    int last = text.lastIndexOf("Kaczyński");
    Mention alone = new Mention(last, last + "Kaczyński".length(), "Kaczyński", "Kaczyński", EntityType.PERSON,
        NameKey.of("Kaczyński", EntityType.PERSON, "pl"), null, "test");
    Article a = r.link(article("a", "pl", text, person(text, "Jarosław Kaczyński", "Jarosław Kaczyński", "pl"),
        person(text, "Lech Kaczyński", "Lech Kaczyński", "pl"), alone), T);
    List<Mention> linked = a.expect(EntityLayers.MENTIONS);
    assertThat(linked.get(2).entityId()).isNotIn(linked.get(0).entityId(), linked.get(1).entityId());
  }
}
