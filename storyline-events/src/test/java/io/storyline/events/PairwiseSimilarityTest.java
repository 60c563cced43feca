package io.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storyline.time.Granularity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pairwise similarity of profiles made from real text by the real {@link Terms} and concept tables. */
class PairwiseSimilarityTest {

  private static Profile profile(String id, String language, String headline, String body, List<String> entities) {
    Profile made = Synthetic.profile(id, language, "2024-07-10", "meeting", entities, List.of());
    java.util.Map<String, Integer> terms = new java.util.TreeMap<>(Terms.of(headline + "\n\n" + body, language));
    return new Profile(id, language, headline, made.dateValue(), Granularity.DAY, 0.8, made.kind(), made.actors(), terms,
        List.of(), null);
  }

  private static PairwiseSimilarity similarity(Profile... corpus) {
    DocumentFrequencies df = new DocumentFrequencies();
    for (Profile p : corpus) {
      df.add(p);
    }
    return new PairwiseSimilarity(PairwiseSimilarity.Weights.bundled(), df);
  }

  @Test
  void aPolishAndAnEnglishReportOfOneSummitScoreAboveTwoEnglishReportsOfDifferentStories() {
    Profile pl = profile("pl", "pl", "Szczyt NATO w Wilnie", "Przywódcy rozmawiali o wojnie i o pomocy wojskowej dla Ukrainy.",
        List.of("org-nato", "loc-vilnius", "loc-ukraine"));
    Profile en = profile("en", "en", "NATO summit in Vilnius", "The leaders discussed the war and military aid for Ukraine.",
        List.of("org-nato", "loc-vilnius", "loc-ukraine"));
    Profile football = profile("fb", "en", "Club wins the cup final", "The football club beat its rival after extra time.",
        List.of("org-club"));
    Profile rain = profile("rn", "en", "Heavy rain floods the valley", "Farmers lost their harvest after the river rose.",
        List.of("loc-valley"));
    PairwiseSimilarity similarity = similarity(pl, en, football, rain);

    PairwiseSimilarity.Score same = similarity.compare(pl, en);
    assertThat(same.headline()).as("szczyt and summit meet as a concept in the headlines").isPositive();
    assertThat(same.total()).isGreaterThan(similarity.compare(football, rain).total())
        .isGreaterThan(similarity.compare(en, football).total());
  }

  @Test
  void aHeadlineNamingTheSameHappeningRaisesTheScoreOfTwoReportsWithTheSameBodies() {
    String body = "The minister answered questions from journalists about the budget and the coming elections.";
    Profile a = profile("a", "en", "Parliament passes the budget", body, List.of("per-minister"));
    Profile sameHeadline = profile("b", "en", "Budget passed by parliament", body, List.of("per-minister"));
    Profile otherHeadline = profile("c", "en", "Minister visits a school", body, List.of("per-minister"));
    PairwiseSimilarity similarity = similarity(a, sameHeadline, otherHeadline,
        profile("d", "en", "Storm closes the airport", "Flights were cancelled all day.", List.of("loc-airport")));

    assertThat(similarity.compare(a, sameHeadline).total()).isGreaterThan(similarity.compare(a, otherHeadline).total());
  }

  @Test
  void weightsThatCannotBlendAnythingAreRejectedNamingTheValues() {
    assertThatThrownBy(() -> new PairwiseSimilarity.Weights(0.2, -1, 0.4, 0.2, 0, 10))
        .hasMessageContaining("concepts -1.0");
    assertThatThrownBy(() -> new PairwiseSimilarity.Weights(0.2, 0, 0, 0, 0, 10))
        .hasMessageContaining("at least one of the concepts, words and headline weights");
    assertThatThrownBy(() -> new PairwiseSimilarity.Weights(0.2, 0.8, 0.4, 0.2, 2, 10))
        .hasMessageContaining("timePenalty");
  }
}
