package io.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicStreamEvaluationTest {
  // topic X: a1 a2 a3, topic Y: b1; clusters {a1, a2} and {a3, b1}
  private static final Map<String, String> TOPIC = Map.of("a1", "X", "a2", "X", "a3", "X", "b1", "Y");
  private static final Map<String, String> CLUSTER = Map.of("a1", "c1", "a2", "c1", "a3", "c2", "b1", "c2");

  @Test
  void bcubedAveragesEachArticlesPrecisionAndRecall() {
    // precision 1, 1, 1/2, 1/2 -> 3/4; recall 2/3, 2/3, 1/3, 1 -> 2/3; F1 = 2 * 3/4 * 2/3 / (3/4 + 2/3) = 12/17
    TopicStreamEvaluation.Scores s = TopicStreamEvaluation.bcubed(TOPIC, CLUSTER, id -> true);
    assertThat(s.precision()).isCloseTo(0.75, within(1e-9));
    assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.f1()).isCloseTo(12.0 / 17, within(1e-9));
  }

  @Test
  void aHalfOfTheTopicsIsScoredOnItsArticlesWhileOtherTopicsStillCostItsPrecision() {
    TopicStreamEvaluation.Scores y = TopicStreamEvaluation.bcubed(TOPIC, CLUSTER, Set.of("b1")::contains);
    assertThat(y.precision()).isCloseTo(0.5, within(1e-9)); // b1 shares its cluster with a3
    assertThat(y.recall()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void oneClusterPerTopicScoresOne() {
    TopicStreamEvaluation.Scores s = TopicStreamEvaluation.bcubed(TOPIC, TOPIC, id -> true);
    assertThat(s.f1()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void eventScoresCountMultilingualEventsCrossLingualPairsTogetherAndPurityPerHalf() {
    // brexit (tuning half): pl p1, uk u1 in event e1; pl p2 alone in e2; ryanair (reported): cs r1 in e1 with them
    List<TopicStream.Document> docs = List.of(new TopicStream.Document("p1", "brexit", "pl", ""),
        new TopicStream.Document("u1", "brexit", "uk", ""), new TopicStream.Document("p2", "brexit", "pl", ""),
        new TopicStream.Document("r1", "ryanair", "cs", ""));
    Map<String, String> eventOf = Map.of("p1", "e1", "u1", "e1", "p2", "e2", "r1", "e1");
    Map<String, Set<String>> languages = Map.of("e1", Set.of("pl", "uk", "cs"), "e2", Set.of("pl"));
    TopicStreamEvaluation.EventScores tuning = TopicStreamEvaluation.eventScores(docs, eventOf, languages, true);
    // e1 is brexit's (2 of 3), e2 too; brexit's cross-lingual pairs p1-u1, p2-u1: one shares an event; e1 is mixed
    assertThat(tuning.events()).isEqualTo(2);
    assertThat(tuning.multilingual()).isCloseTo(0.5, within(1e-9));
    assertThat(tuning.crossTogether()).isCloseTo(0.5, within(1e-9));
    assertThat(tuning.pure()).isCloseTo(0.0, within(1e-9));
    TopicStreamEvaluation.EventScores reported = TopicStreamEvaluation.eventScores(docs, eventOf, languages, false);
    assertThat(reported.events()).isZero();
    assertThat(reported.pure()).isEqualTo(1.0);
  }
}
