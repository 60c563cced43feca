package io.storyline.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The event date is the reported happening's, never a year mentioned in passing (through the real time stage). */
class EventDateFinderTest {
  private static final TimeStage STAGE = new TimeStage(new TimeExpressionExtractor());

  private static EventDate eventDate(String lang, String published, String text) {
    Map<String, String> meta = new HashMap<>();
    if (published != null) {
      meta.put("published", published);
    }
    Article a = Article.of("t", "test", null, null, text, meta).with(Layers.REMOVED, List.of())
        .with(Layers.LANGUAGE, new LanguageGuess(lang, 1.0, "given"));
    return STAGE.apply(a).expect(TimeLayers.EVENT_DATE);
  }

  @Test
  void aBirthYearIsNeverTheEventDate() {
    EventDate e = eventDate("en", null, "Election officials in Michigan check the rolls\n\n"
        + "Officials found ballots with birth year 1850 in the rolls of a county, a claim that spread online quickly.");
    assertThat(e.value()).isEqualTo("XXXX-XX-XX");
    assertThat(e.confidence()).isZero();
    assertThat(e.basis()).contains("unknown");
  }

  @Test
  void aTargetYearByWhichSomethingShouldHappenIsNeverTheEventDate() {
    EventDate e = eventDate("en", "2024-07-12", "EU ministers agree on emissions plan\n\n"
        + "Ministers agreed on Thursday to cut emissions by 2030, after talks that lasted through the night.");
    assertThat(e.value()).isEqualTo("2024-07-11");
  }

  @Test
  void aTargetYearWithoutAPublicationDateLeavesTheDateUnknown() {
    EventDate e = eventDate("en", null, "EU ministers agree on emissions plan\n\n"
        + "Ministers want to cut emissions by 2030, after talks that lasted through the night in Brussels.");
    assertThat(e.value()).isEqualTo("XXXX-XX-XX");
  }

  @Test
  void aYearInAHistorySentenceIsNeverTheEventDate() {
    EventDate e = eventDate("en", null, "Protesters march in Hong Kong\n\n"
        + "Thousands of protesters marched through Hong Kong. The city was handed back to China in 1997, and the "
        + "promise of autonomy made then is at the heart of the protests.");
    assertThat(e.value()).isEqualTo("XXXX-XX-XX");
  }

  @Test
  void aMonthInAnAnniversarySentenceIsNeverTheEventDate() {
    EventDate e = eventDate("en", null, "Protesters march in Hong Kong\n\n"
        + "Thousands marched through the city on the anniversary of the July 1997 handover to China, organisers said.");
    assertThat(e.value()).isEqualTo("XXXX-XX-XX");
  }

  @Test
  void withAPublicationDateAnAnniversaryArticleIsDatedByThePublicationDay() {
    EventDate e = eventDate("en", "2024-07-01", "Protesters march in Hong Kong\n\n"
        + "Thousands marched on the anniversary of the 1997 handover, the largest crowd since 1997.");
    assertThat(e.value()).isEqualTo("2024-07-01");
    assertThat(e.basis()).contains("publication date");
  }

  @Test
  void aYearFarFromThePublicationDateLeavesThePublicationDayStanding() {
    EventDate e = eventDate("en", "2025-03-04", "Court rules on an old case\n\n"
        + "The court ruled on a case about a contract signed in 2011 between the two companies, ending the dispute.");
    assertThat(e.value()).isEqualTo("2025-03-04");
    assertThat(e.granularity()).isEqualTo(Granularity.DAY);
  }

  @Test
  void aPolishSinceYearIsBackgroundByTheLanguagesCueWords() {
    EventDate e = eventDate("pl", null, "Związki zawodowe w Ryanair\n\n"
        + "Irlandzki przewoźnik odmawia uznania związku zawodowego pilotów. Firma poinformowała załogi, że od 1 stycznia "
        + "2019 r. mają przejść na samozatrudnienie.");
    assertThat(e.value()).isEqualTo("XXXX-XX-XX");
  }

  @Test
  void aFullDateNamingTheHappeningStandsWithoutAPublicationDate() {
    EventDate e = eventDate("es", null, "Nació la primera cordobesa del año\n\n"
        + "A la 1.07 del 1 de enero de 2020 nació la primera niña del año en la ciudad de Córdoba, en el hospital.");
    assertThat(e.value()).startsWith("2020-01-01");
  }

  @Test
  void aYearInTheTitleOfAnUndatedArticleIsOnlyWeakEvidence() {
    EventDate e = eventDate("en", null, "Budget 2024 passes parliament\n\n"
        + "Parliament passed the budget after a long debate between the parties, the speaker said.");
    assertThat(e.value()).isEqualTo("2024");
    assertThat(e.confidence()).isLessThanOrEqualTo(0.2);
    assertThat(e.basis()).contains("weak");
  }

  @Test
  void aWeekdayAloneIsKeptWithoutItsDate() {
    EventDate e = eventDate("en", null, "Ministers meet in Brussels\n\n"
        + "Ministers met on Thursday in Brussels to discuss the budget for the coming years in detail.");
    assertThat(e.value()).isEqualTo("XXXX-WXX-4");
  }

  @Test
  void aTextWithoutLineBreaksHasNoTitleSoItsYearsAreNotTitleEvidence() {
    EventDate e = eventDate("en", null, "Museum reopens  The museum, founded by a merchant who arrived in the city in "
        + "1888 and built its first hall, reopened its doors after a long renovation that kept it closed to visitors, "
        + "the director said, adding that the collection had grown by a third in the meantime.");
    assertThat(e.value()).isEqualTo("XXXX-XX-XX");
  }

  @Test
  void aMonthInASentenceAboutAPlanIsNeverTheEventDate() {
    EventDate e = eventDate("pl", null, "Rolnicy a brexit\n\n"
        + "Rolnicy obawiają się skutków brexitu dla dopłat. Wycofanie Wielkiej Brytanii z UE planowane jest na marzec "
        + "2019 r., a okres przejściowy potrwa dwa lata.");
    assertThat(e.value()).isEqualTo("XXXX-XX-XX");
  }

  @Test
  void aCzechWeekdayInflectedAfterItsPrepositionDatesTheHappening() {
    EventDate e = eventDate("cs", null, "Ryanair se vrací do běžného provozu\n\n"
        + "Ve středu společnost Ryanair kvůli stávce zrušila 150 letů, pražského letiště se však protest nedotkl.");
    assertThat(e.value()).isEqualTo("XXXX-WXX-3");
  }

  @Test
  void aSlovenianAndARussianWeekdayInTheAccusativeDateTheHappening() {
    assertThat(eventDate("sl", null, "Giuliani okužen\n\nAmeriški predsednik je v nedeljo tvitnil, da je okužen "
        + "njegov odvetnik.").value()).isEqualTo("XXXX-WXX-7");
    assertThat(eventDate("ru", null, "Отставка министра\n\nМинистр подал в отставку в пятницу, сообщили в "
        + "правительстве.").value()).isEqualTo("XXXX-WXX-5");
  }

  @Test
  void aGermanWeekdayJoinedWithThePartOfTheDayDatesTheHappening() {
    EventDate e = eventDate("de", null, "Gesuchter in Frankreich gefasst\n\n"
        + "Nach einem Vierteljahrhundert auf der Flucht ist der Gesuchte am Samstagmorgen in Frankreich gefasst worden.");
    assertThat(e.value()).isEqualTo("XXXX-WXX-6");
  }

  @Test
  void aDateInAPhotoCaptionWithACreditIsNeverTheEventDate() {
    EventDate e = eventDate("en", null, "Tank of fish retrieved\n\nA tank trailer was knocked into the water off "
        + "Vancouver Island on Dec. 30, 2019. (Tavish Campbell) A company says the trailer was removed on Tuesday.");
    assertThat(e.value()).isEqualTo("XXXX-WXX-2");
  }

  @Test
  void aDateInACaptionFollowedByAPhotoCueIsNeverTheEventDate() {
    EventDate e = eventDate("de", null, "Parteichefin tritt zurück\n\nDie Parteichefin bei einer Rede in Leipzig am "
        + "22. November 2019. Foto: Xinhua Die Parteichefin hat am Montag ihren Rücktritt angekündigt.");
    assertThat(e.value()).isEqualTo("XXXX-WXX-1");
  }

  @Test
  void aFullDateOfABirthIsNeverTheEventDate() {
    EventDate ru = eventDate("ru", null, "Улица в честь учёного\n\nУчёный 1 февраля 1901 года родился в Москве, "
        + "теперь его именем назвали улицу.");
    assertThat(ru.value()).as(ru.basis()).isEqualTo("XXXX-XX-XX");
    assertThat(eventDate("sl", null, "Biografija\n\nRodil se je 14. junija 1946 v newyorškem Queensu, kjer je "
        + "njegov oče gradil stanovanjske bloke.").value()).isEqualTo("XXXX-XX-XX");
  }

  @Test
  void aMonthInTheLeadOfAnUndatedArticleIsBackground() {
    EventDate e = eventDate("cs", null, "Gazprom vypoví smlouvy s Ukrajinou\n\n"
        + "Gazprom a Naftogaz bojují o dodávky plynu. Koncem února arbitráž rozhodla, že Gazprom dluží Naftogazu peníze.");
    assertThat(e.value()).isEqualTo("XXXX-XX-XX");
  }

  @Test
  void aCueWordBeforeAnEarlierNumberLeavesALaterWeekdayStanding() {
    EventDate e = eventDate("es", null, "Sánchez, presidente del Gobierno\n\nPedro Sánchez presidirá el primer "
        + "gobierno de coalición en España desde 1939. Este martes ha logrado la investidura por solo 2 votos.");
    assertThat(e.value()).isEqualTo("XXXX-WXX-2");
  }

  @Test
  void aDateSomeYearsAgoIsBackgroundToTheDayItIsRecalledOn() {
    EventDate e = eventDate("fr", "2020-03-26", "Le professeur défend son traitement\n\nJ'ai fait une étude sur "
        + "la chloroquine il y a treize ans, a déclaré mardi le professeur, qui a présenté ses résultats.");
    assertThat(e.value()).isEqualTo("2020-03-24");
  }
}
