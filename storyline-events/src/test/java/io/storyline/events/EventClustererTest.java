package io.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventClustererTest {
  private static final List<String> NATO_JAPAN = List.of("per-rutte", "org-nato", "loc-jp", "per-ishiba");
  private static final List<String> TERMS = List.of("visit", "tokyo", "defen", "partn", "secur", "coope");

  private static Chronicle chronicle() {
    return Chronicle.inMemory(Chronicle.Options.DEFAULT, id -> Optional.empty());
  }

  @Test
  void reportsOfOneHappeningInTwoLanguagesFormOneEvent() {
    Chronicle c = chronicle();
    c.add(Synthetic.profile("pl1", "pl", "2025-04-08", "visit", NATO_JAPAN, TERMS));
    EventClusterer.Placement second = c.add(Synthetic.profile("uk1", "uk", "2025-04-09", "visit", NATO_JAPAN,
        List.of("tokyo", "visit", "minis", "premi")));
    assertThat(second.created()).isFalse();
    assertThat(c.events()).hasSize(1);
    assertThat(c.events().getFirst().languages()).containsExactly("pl", "uk");
  }

  /**
   * A Polish and a Ukrainian report of one summit, undated, naming two of the same people and the same concepts
   * (summit, defence, agreement) in words whose prefixes do not meet; each with a name of its own.
   */
  private static final List<String> SUMMIT_PL = List.of("szczy", "obron", "porozu", "c:08312359-n", "c:00817680-n",
      "c:06770275-n");
  private static final List<String> SUMMIT_UK = List.of("samit", "oboro", "uhoda", "c:08312359-n", "c:00817680-n",
      "c:06770275-n");

  private static List<Profile> background() {
    List<Profile> out = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      out.add(Synthetic.profile("bg" + i, i % 2 == 0 ? "pl" : "uk", "XXXX-XX-XX", "report",
          List.of("per-b" + i, "loc-b" + (i % 5)),
          List.of("word" + i, "other" + (i % 7), "c:0000000" + (i % 9) + "-n")));
    }
    return out;
  }

  @Test
  void reportsInTwoLanguagesThatShareEntitiesAndConceptsButNoWordsFormOneEvent() {
    Chronicle c = chronicle();
    background().forEach(c::add);
    c.add(Synthetic.profile("pl1", "pl", "XXXX-XX-XX", "summit", List.of("per-rutte", "per-ishiba", "loc-x1"),
        SUMMIT_PL));
    EventClusterer.Placement uk = c.add(Synthetic.profile("uk1", "uk", "XXXX-XX-XX", "summit",
        List.of("per-rutte", "per-ishiba", "loc-x2"), SUMMIT_UK));
    assertThat(uk.created()).isFalse();
    assertThat(c.eventOf("uk1")).isEqualTo(c.eventOf("pl1"));
  }

  @Test
  void theSameTwoReportsInOneLanguageStayApartAsBefore() {
    Chronicle c = chronicle();
    background().forEach(c::add);
    c.add(Synthetic.profile("pl1", "pl", "XXXX-XX-XX", "summit", List.of("per-rutte", "per-ishiba", "loc-x1"),
        SUMMIT_PL));
    EventClusterer.Placement second = c.add(Synthetic.profile("pl2", "pl", "XXXX-XX-XX", "summit",
        List.of("per-rutte", "per-ishiba", "loc-x2"), SUMMIT_UK));
    assertThat(second.created()).isTrue();
  }

  @Test
  void reportsInTwoLanguagesWithTheSamePeopleButOtherConceptsStayApart() {
    Chronicle c = chronicle();
    background().forEach(c::add);
    c.add(Synthetic.profile("pl1", "pl", "XXXX-XX-XX", "summit", List.of("per-rutte", "per-ishiba", "loc-x1"),
        SUMMIT_PL));
    EventClusterer.Placement uk = c.add(Synthetic.profile("uk1", "uk", "XXXX-XX-XX", "report",
        List.of("per-rutte", "per-ishiba", "loc-x2"), List.of("vybor", "kampa", "c:00181781-n", "c:00798245-n")));
    assertThat(uk.created()).isTrue();
  }

  @Test
  void theSameActorsAMonthApartAreTwoEventsOfOneStoryline() {
    Chronicle c = chronicle();
    c.add(Synthetic.profile("a", "pl", "2025-04-08", "visit", NATO_JAPAN, TERMS));
    c.add(Synthetic.profile("b", "pl", "2025-05-20", "visit", NATO_JAPAN, TERMS));
    assertThat(c.events()).hasSize(2);
    assertThat(c.storylines()).hasSize(1);
    assertThat(c.storylines().getFirst().eventIds()).hasSize(2);
  }

  @Test
  void anEventThatGrowsCloseToAnotherAbsorbsIt() {
    Chronicle c = chronicle();
    c.add(Synthetic.profile("a", "pl", "2025-04-08", "visit", List.of("per-rutte", "org-nato", "loc-jp"),
        List.of("visit", "tokyo", "keio")));
    c.add(Synthetic.profile("b", "pl", "2025-04-08", "visit", List.of("per-ishiba", "loc-jp", "per-nakatani"),
        List.of("ishib", "nakat", "minis")));
    assertThat(c.events()).hasSize(2);
    EventClusterer.Placement bridge = c.add(Synthetic.profile("c", "it", "2025-04-08", "visit",
        List.of("per-rutte", "org-nato", "loc-jp", "per-ishiba", "per-nakatani"),
        List.of("visit", "tokyo", "keio", "ishib", "nakat", "minis")));
    assertThat(c.events()).hasSize(1);
    assertThat(bridge.absorbedEventIds()).hasSize(1);
    assertThat(c.eventOf("a")).isEqualTo(c.eventOf("b"));
  }

  @Test
  void candidatesExaminedPerArticleStayBoundedAsTheCorpusGrows() {
    EventClusterer clusterer = new EventClusterer(EventClusterer.Parameters.DEFAULT, new DocumentFrequencies(), null);
    List<Integer> examined = new ArrayList<>();
    for (Profile p : Synthetic.corpus(6000, 1500, 7)) {
      examined.add(clusterer.add(p).candidatesExamined());
    }
    EventClusterer.Parameters d = EventClusterer.Parameters.DEFAULT;
    assertThat(examined).allMatch(n -> n <= d.maxCandidates() + d.crossCandidates());
    double early = examined.subList(1000, 2000).stream().mapToInt(Integer::intValue).average().orElseThrow();
    double late = examined.subList(5000, 6000).stream().mapToInt(Integer::intValue).average().orElseThrow();
    assertThat(late).isLessThanOrEqualTo(Math.max(early * 1.5, 5));
    assertThat(clusterer.size()).isBetween(1000, 3000);
  }

  @Test
  void anArticleAddedTwiceKeepsItsEvent() {
    Chronicle c = chronicle();
    Profile p = Synthetic.profile("a", "pl", "2025-04-08", "visit", NATO_JAPAN, TERMS);
    String first = c.add(p).eventId();
    assertThat(c.add(p).eventId()).isEqualTo(first);
    assertThat(c.counts()).containsEntry("articles", 1).containsEntry("events", 1);
  }

  @Test
  void badParametersAreRejectedWithTheValuesFound() {
    assertThatThrownBy(() -> new EventClusterer.Parameters(0.5, 0.4, 0.5, 7, 8, 8, 200, 40, 4,
        ArticleSimilarity.Weights.CLUSTERING, 0.3, ArticleSimilarity.Weights.CLUSTERING, 20))
        .hasMessageContaining("joinUndated 0.4");
    assertThatThrownBy(() -> new EventClusterer.Parameters(0.45, 0.6, 0.55, 7, 8, 8, 200, 40, 4,
        ArticleSimilarity.Weights.CLUSTERING, 0, ArticleSimilarity.Weights.CLUSTERING, 20))
        .hasMessageContaining("crossJoin must be in (0, 1] and crossCandidates >= 0, found 0.0 and 20");
    assertThatThrownBy(() -> new ArticleSimilarity.Weights(0, 0, 1, 0.5, 10)).hasMessageContaining("entities + terms > 0");
  }
}
