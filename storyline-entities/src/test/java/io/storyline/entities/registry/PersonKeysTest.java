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

class PersonKeysTest {
  private static final Instant T = Instant.parse("2024-07-01T00:00:00Z");
  private final EntityRegistry registry = EntityRegistry.inMemory(key -> null);
  private int articles;

  private String link(String lang, String name, EntityType type) {
    String text = "Text: " + name + ".";
    Mention m = new Mention(6, 6 + name.length(), name, name, type, NameKey.of(name, type, lang), null, "test");
    Article a = Article.of("a" + articles++, "test", null, null, text, Map.of())
        .with(Layers.LANGUAGE, new LanguageGuess(lang, 1.0, "given"))
        .with(EntityLayers.MENTIONS, List.of(m));
    return registry.link(a, T).expect(EntityLayers.MENTIONS).getFirst().entityId();
  }

  private String person(String lang, String name) {
    return link(lang, name, EntityType.PERSON);
  }

  @Test
  void aNameEnglishWritesWithChForTheKSoundMeetsItsCyrillicForm() {
    String english = person("cs", "Michael O'Leary");
    assertThat(person("uk", "Майкл О'Лірі")).isEqualTo(english);
    assertThat(person("ru", "Майкл О'Лири")).isEqualTo(english);
    assertThat(registry.get(english).orElseThrow().name()).isEqualTo("Michael O'Leary");
  }

  @Test
  void aShortNameWithAnInflectedFirstNameIsOnePersonWhenTheSurnameIsShared() {
    String asia = person("pl", "Asia Bibi");
    assertThat(person("ru", "Асия Биби")).isEqualTo(asia);
    assertThat(person("ru", "Асий Биби")).isEqualTo(asia);
    assertThat(person("sl", "Asio Bibi")).isEqualTo(asia);
    assertThat(person("pl", "Ana Bibi")).isNotEqualTo(asia);
    assertThat(person("pl", "Asa Bibo")).isNotEqualTo(asia);
  }

  @Test
  void aFullNameTypedAsAnOrganisationIsThePersonWithThatName() {
    String biden = person("ru", "Джо Байден");
    assertThat(link("bg", "Джо Байдън", EntityType.ORGANIZATION)).isEqualTo(biden);
    assertThat(link("en", "Biden Foundation", EntityType.ORGANIZATION)).isNotEqualTo(biden);
  }

  @Test
  void aCzechFeminineSurnameOfAForeignWomanIsHerNameWithoutTheEnding() {
    String merkel = person("de", "Angela Merkel");
    assertThat(person("cs", "Angela Merkelová")).isEqualTo(merkel);
    assertThat(person("cs", "Theresa Mayová")).isNotEqualTo(merkel);
    assertThat(person("cs", "Anna Merkelová")).isNotEqualTo(merkel); // another first name: another woman
    assertThat(registry.get(merkel).orElseThrow().name()).isEqualTo("Angela Merkel");
  }

  @Test
  void aGermanVonMeetsTheCyrillicFonAndTheCzechFeminineFormOfTheName() {
    String leyen = person("ru", "Урсула фон дер Ляйен");
    assertThat(person("sl", "Ursula von der Leyen")).isEqualTo(leyen);
    assertThat(person("cs", "Ursula von der Leyenová")).isEqualTo(leyen);
  }

  @Test
  void aNameTypedAsAPersonInOneTextAndAnOrganisationInAnotherIsOneEntity() {
    String union = link("pl", "Vereinigung Cockpit", EntityType.ORGANIZATION);
    assertThat(person("ru", "Vereinigung Cockpit")).isEqualTo(union);
  }

  @Test
  void aLatinFirstNameAloneDoesNotNameAPersonOtherTextsNameInFullButAnOrganisationsLatinNameIsEnough() {
    String leyen = person("ru", "Урсула фон дер Ляйен");
    registry.link(Article.of("u", "test", null, null, "Text: Ursula.", Map.of())
        .with(Layers.LANGUAGE, new LanguageGuess("bg", 1.0, "given"))
        .with(EntityLayers.MENTIONS, List.of(new Mention(6, 12, "Ursula", "Ursula", EntityType.PERSON,
            NameKey.of("Урсула фон дер Ляйен", EntityType.PERSON, "ru"), null, "test"))), T);
    assertThat(registry.get(leyen).orElseThrow().variants()).extracting(Variant::form).contains("Ursula");
    assertThat(registry.get(leyen).orElseThrow().name()).isEqualTo("Ursula fon der Lyayen");
    String gazprom = link("pl", "Gazprom", EntityType.ORGANIZATION);
    registry.link(Article.of("g", "test", null, null, "Text: ВАТ «Газпром».", Map.of())
        .with(Layers.LANGUAGE, new LanguageGuess("uk", 1.0, "given"))
        .with(EntityLayers.MENTIONS, List.of(new Mention(6, 19, "ВАТ «Газпром»", "ВАТ «Газпром»",
            EntityType.ORGANIZATION, NameKey.of("Газпром", EntityType.ORGANIZATION, "uk"), null, "test"))), T);
    assertThat(registry.get(gazprom).orElseThrow().variants()).extracting(Variant::form).contains("ВАТ «Газпром»");
    assertThat(registry.get(gazprom).orElseThrow().name()).as("an organisation's Latin name is enough").isEqualTo("Gazprom");
  }

  @Test
  void twoPeopleWithOneSurnameAndDifferentFirstNamesStayApart() {
    String lech = person("pl", "Lech Kaczyński");
    assertThat(person("pl", "Jarosław Kaczyński")).isNotEqualTo(lech);
    String joe = person("en", "Joe Biden");
    assertThat(person("en", "Hunter Biden")).isNotEqualTo(joe);
    assertThat(person("en", "Jill Biden")).isNotEqualTo(joe);
  }
}
