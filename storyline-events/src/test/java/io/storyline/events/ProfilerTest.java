package io.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import io.storyline.core.Outcome;
import io.storyline.entities.EntityLayers;
import io.storyline.entities.EntityType;
import io.storyline.entities.Mention;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfilerTest {

  private static Mention misc(String text, String surface, int from, String stage) {
    int start = text.indexOf(surface, from);
    return new Mention(start, start + surface.length(), surface, surface, EntityType.MISC, surface.toLowerCase(),
        "e-" + surface, stage);
  }

  @Test
  void aNameLeftUntypedCountsAsANameWhileAMiscByEvidenceCountsLittle() {
    String text = "Flights cancelled\n\nOn Tuesday Ryanair cancelled flights, and the Nipponese minister protested. "
        + "On Wednesday Ryanair apologised, and the Nipponese press was angry.";
    Article analysed = ((Outcome.Processed) Analysed.PIPELINE.process(Article.of("a", "test", null, null, text,
        Map.of("lang", "en")))).article();
    String clean = analysed.text();
    Article withMentions = analysed.with(EntityLayers.MENTIONS, List.of(
        misc(clean, "Ryanair", 0, "capitalised"), misc(clean, "Nipponese", 0, "demonym"),
        misc(clean, "Ryanair", clean.indexOf("Wednesday"), "capitalised"),
        misc(clean, "Nipponese", clean.indexOf("Wednesday"), "demonym")));
    Profile p = Analysed.profiler(Analysed.registry()).profile(withMentions);
    Actor untyped = p.actors().stream().filter(a -> a.entityId().equals("e-Ryanair")).findFirst().orElseThrow();
    Actor misc = p.actors().stream().filter(a -> a.entityId().equals("e-Nipponese")).findFirst().orElseThrow();
    assertThat(untyped.salience()).isGreaterThan(2 * misc.salience());
  }

  @Test
  void theTextPartReadOnAnAnalysisThreadGivesTheSameProfileAsTheWriterReadingItItself() {
    var registry = Analysed.registry();
    var registryOfReadArticles = Analysed.registry();
    ProfileTextStage stage = new ProfileTextStage();
    for (Article seed : Analysed.seeds()) {
      Article analysed = ((Outcome.Processed) Analysed.PIPELINE.process(seed)).article();
      Article linked = registry.link(analysed, Analysed.AT);
      Article linkedWithText = registryOfReadArticles.link(stage.apply(analysed), Analysed.AT);
      assertThat(linkedWithText.get(ProfileText.LAYER)).isPresent();
      Profile writerRead = Analysed.profiler(registry).profile(linked);
      assertThat(Analysed.profiler(registryOfReadArticles).profile(linkedWithText)).isEqualTo(writerRead);
      assertThat(writerRead.terms()).isNotEmpty();
    }
  }

  private static Profile profileOf(String text, String language) {
    var registry = Analysed.registry();
    Article a = Analysed.analyse(Article.of("a", "test", null, null, text, Map.of("lang", language)), registry);
    return Analysed.profiler(registry).profile(a);
  }

  private static Actor actor(Profile p, String name) {
    return p.actors().stream().filter(a -> a.name().contains(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor named " + name + " in " + p.actors()));
  }

  private static String nameOf(Profile p, String id) {
    return p.actors().stream().filter(a -> a.entityId().equals(id)).map(Actor::name).findFirst().orElse(id);
  }

  @Test
  void aTitlePhraseBeforeTheNameGivesThePersonsOrganisationOrCountry() {
    Profile p = profileOf("Japonia chce bliższej współpracy z NATO\n\nW dniach 8-9 kwietnia sekretarz generalny NATO "
        + "Mark Rutte przebywał z wizytą w Japonii, gdzie spotkał się z premierem Japonii Shigeru Ishibą. Rozmawiał "
        + "też z Fumio Kishidą o Chinach.", "pl");
    assertThat(nameOf(p, actor(p, "Rutte").affiliationId())).isEqualTo("NATO");
    assertThat(nameOf(p, actor(p, "Ishib").affiliationId())).isEqualTo("Japan");
    assertThat(actor(p, "Kishid").affiliationId()).isNull();
  }

  @Test
  void aCountryInACyrillicTitlePhraseIsTheAffiliation() {
    Profile p = profileOf("Японія посилює оборону\n\nУ четвер міністр оборони Японії Ген Накатані зустрівся з "
        + "генсеком НАТО Марком Рютте в Брюсселі.", "uk");
    assertThat(nameOf(p, actor(p, "Nakatani").affiliationId())).isEqualTo("Japan");
  }

  @Test
  void anOrganisationNearANameWithoutATitleIsNoAffiliation() {
    Profile p = profileOf("Spotkanie w Brukseli\n\nW czwartek w siedzibie NATO Gen Nakatani mówił o Chinach, a "
        + "Mark Rutte słuchał.", "pl");
    assertThat(actor(p, "Nakatani").affiliationId()).isNull();
    assertThat(actor(p, "Rutte").affiliationId()).isNull();
  }

  @Test
  void anAppositionAfterTheNameGivesTheAffiliation() {
    Profile p = profileOf("NATO és Japán\n\nA közös gyakorlatokról Jens Stoltenberg, a NATO főtitkára beszélt "
        + "a Kyodo hírügynökségnek.", "hu");
    assertThat(nameOf(p, actor(p, "Stoltenberg").affiliationId())).isEqualTo("NATO");
  }

  @Test
  void aSurnameAloneIsThePersonFullyNamedInTheSameArticle() {
    Profile p = profileOf("Вибори у США\n\nДжо Байден переміг на виборах. Байден заявив, що Байден буде "
        + "президентом усіх американців.", "uk");
    assertThat(p.actors().stream().filter(a -> a.name().contains("Bid") || a.name().contains("Bay"))
        .map(Actor::mentions).toList()).containsExactly(3);
  }

  @Test
  void aClauseAfterTheNameIsNoApposition() {
    Profile p = profileOf("Giappone e NATO\n\nIl ministro della Difesa giapponese, il generale Nakatani, ha invitato "
        + "i ministri della NATO a intensificare gli sforzi.", "it");
    assertThat(actor(p, "Nakatani").affiliationId()).isNull();
  }

  @Test
  void theBodyATitleBelongsToComesBeforeThePlaceItServesIn() {
    Profile p = profileOf("Sankce proti Rusku\n\nVelvyslanec EU v Rusku Marcus Ederer byl předvolán na ministerstvo.",
        "cs");
    assertThat(nameOf(p, actor(p, "Ederer").affiliationId())).isEqualTo("European Union");
  }

  @Test
  void aClauseBetweenATitleAndTheNameIsNoTitlePhrase() {
    Profile p = profileOf("Посол у Вашингтоні\n\nПосол України візьме участь в інавгурації Джо Байдена у середу.",
        "uk");
    assertThat(actor(p, "Bayden").affiliationId()).isNull();
  }

  @Test
  void aPossessiveOwnerBeforeTheTitleIsTheAffiliation() {
    Profile p = profileOf("Japan and NATO\n\nOn Thursday Japan's defence minister Gen Nakatani met NATO Secretary "
        + "General Mark Rutte in Brussels.", "en");
    assertThat(nameOf(p, actor(p, "Nakatani").affiliationId())).isEqualTo("Japan");
    assertThat(nameOf(p, actor(p, "Rutte").affiliationId())).isEqualTo("NATO");
  }
}
