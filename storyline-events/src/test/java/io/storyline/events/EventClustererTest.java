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
    assertThat(examined).allMatch(n -> n <= EventClusterer.Parameters.DEFAULT.maxCandidates());
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
        ArticleSimilarity.Weights.CLUSTERING)).hasMessageContaining("joinUndated 0.4");
    assertThatThrownBy(() -> new ArticleSimilarity.Weights(0, 0, 1, 0.5, 10)).hasMessageContaining("entities + terms > 0");
  }
}
