package io.storyline.entities.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layers;
import io.storyline.entities.EntityLayers;
import io.storyline.entities.EntityType;
import io.storyline.entities.Mention;
import io.storyline.entities.key.NameKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityIdsTest {
  private static final Instant T = Instant.parse("2024-07-01T00:00:00Z");

  private static String link(EntityRegistry r, String article, String lang, String name) {
    String text = "Text: " + name + ".";
    Mention m = new Mention(6, 6 + name.length(), name, name, EntityType.PERSON,
        NameKey.of(name, EntityType.PERSON, lang), null, "test");
    Article a = Article.of(article, "test", null, null, text, Map.of())
        .with(Layers.LANGUAGE, new LanguageGuess(lang, 1.0, "given"))
        .with(EntityLayers.MENTIONS, List.of(m));
    return r.link(a, T).expect(EntityLayers.MENTIONS).getFirst().entityId();
  }

  @Test
  void aNewEntityIsNamedInItsIdAsEnglishWritesTheNameInPlainLetters() {
    EntityRegistry r = EntityRegistry.inMemory(key -> null);
    assertThat(link(r, "a", "uk", "Володимир Зеленський")).isEqualTo("per-volodymyr-zelenskyy");
    assertThat(link(r, "b", "pl", "Władimir Putin")).isEqualTo("per-wladimir-putin");
    assertThat(link(r, "c", "en", "Michael O'Leary")).isEqualTo("per-michael-oleary");
    assertThat(link(r, "d", "en", "Fumio Kishida")).isEqualTo("per-fumio-kishida");
  }

  @Test
  void anEntityIsFoundByTheIdOfItsDisplayNameOfAnotherFormAndOfItsLinkingKey() {
    EntityRegistry r = EntityRegistry.inMemory(key -> null);
    String id = link(r, "a", "ru", "Йенс Столтенберг");
    assertThat(link(r, "b", "en", "Jens Stoltenberg")).isEqualTo(id);
    assertThat(id).isEqualTo("per-yens-stoltenberg");
    assertThat(r.lookup("per-jens-stoltenberg").orElseThrow().id()).isEqualTo(id); // display name
    assertThat(r.lookup("PER-Jens-Stoltenberg").orElseThrow().id()).isEqualTo(id); // any case
    assertThat(r.lookup("per-iens-stoltenberh").orElseThrow().id()).isEqualTo(id); // the key: ids of earlier versions
    assertThat(r.lookup("per-jens-stolt").orElseThrow().id()).isEqualTo(id); // a unique beginning
    assertThat(r.lookup("org-jens-stoltenberg")).isEmpty(); // another type
  }

  @Test
  void aBeginningOrNameTwoEntitiesShareNamesNeitherAndBothAreSuggested() {
    EntityRegistry r = EntityRegistry.inMemory(key -> null);
    String lech = link(r, "a", "pl", "Lech Kaczyński");
    String jaroslaw = link(r, "b", "pl", "Jarosław Kaczyński");
    assertThat(r.lookup("per-lech-kaczynski").orElseThrow().id()).isEqualTo(lech);
    assertThat(r.lookup("per-jaro").orElseThrow().id()).isEqualTo(jaroslaw);
    assertThat(r.lookup("per-l")).isEmpty(); // too short to mean one entity
    assertThat(r.similarIds("per-lech-kaczinski")).contains(lech);
  }

  @Test
  void anIdNoEntityAnswersToIsNotFoundAlsoWhenAnEntityHasNoOtherNameThanItsId() {
    EntityRegistry r = EntityRegistry.inMemory(key -> null);
    String nakatani = link(r, "a", "pl", "Nakatani");
    assertThat(r.lookup("per-nakatami")).isEmpty();
    assertThat(r.similarIds("per-nakatami")).containsExactly(nakatani);
  }

  @Test
  void aCorrectionRecordedUnderAnIdOfAnEarlierVersionIsReappliedToTheEntityItMeant() {
    EntityRegistry r = EntityRegistry.inMemory(key -> null);
    String id = link(r, "a", "uk", "Йєнс Столтенберг");
    assertThat(r.reapply(new RegistryEvent.Renamed("per-iens-stoltenberh", "Jens Stoltenberg (NATO)", "editor",
        "2024-01-02T03:04:05Z"))).isEmpty();
    assertThat(r.get(id).orElseThrow().name()).isEqualTo("Jens Stoltenberg (NATO)");
  }

  @Test
  void aNameRomanisedFromAnotherScriptIsToldFromOneATextWroteOrACodeGives() {
    EntityRegistry r = EntityRegistry.inMemory(key -> key.equals("#JP") ? "Japan" : null);
    String council = link(r, "a", "uk", "Європейська Рада");
    String bibi = link(r, "b", "pl", "Asia Bibi");
    assertThat(r.nameWritten(council)).isFalse();
    assertThat(r.nameWritten(bibi)).isTrue();
    assertThat(r.nameWritten("per-nobody")).isFalse();
    r.rename(council, "European Council", "editor");
    assertThat(r.nameWritten(council)).isTrue();
  }

  @Test
  void slugsDropApostrophesAndStayWithinTheLengthLimitWithoutATrailingDash() {
    assertThat(EntityIds.slug("O’Leary & Sons")).isEqualTo("oleary-sons");
    assertThat(EntityIds.asciiSlug("Angela Merkelová")).isEqualTo("angela-merkelova");
    assertThat(EntityIds.slug("a".repeat(59) + " bc")).isEqualTo("a".repeat(59));
  }
}
