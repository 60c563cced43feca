package io.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleSimilarityTest {

  private static double similarity(String language) {
    DocumentFrequencies df = new DocumentFrequencies();
    Profile a = Synthetic.profile("a", language, "2024-07-10", "meeting", List.of("loc-JP", "loc-CN"), List.of("alpha"));
    Profile b = Synthetic.profile("b", language, "2024-07-10", "meeting", List.of("loc-JP", "loc-CN"), List.of("beta"));
    Profile other = Synthetic.profile("c", language, "2024-07-10", "meeting", List.of("loc-US"), List.of("gamma"));
    List.of(a, b, other).forEach(df::add);
    return new ArticleSimilarity(new ArticleSimilarity.Weights(0.2, 0.8, 1.0, 0.0, 10), df)
        .compare(Features.of(a, df), Features.of(b, df)).total();
  }

  @Test
  void sharedPlacesCountWhereNamesAreFoundByCapitalsButNotInAScriptWithoutThem() {
    assertThat(similarity("pl")).isGreaterThan(0.1);
    assertThat(similarity("ar")).as("Arabic texts' entities are only the places the gazetteer knows").isZero();
  }
}
