package io.storyline.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Query cost is bounded: a query over a limit is refused at once, saying which limit; one within them is answered. */
class QueryLimitsTest {
  private static final String[] WORDS = {"ministro", "Stoltenberg", "cooperazione", "Giappone", "NATO", "difesa",
      "Kyiv", "zagrożenie", "hírügynökség", "band"};

  @TempDir Path data;
  SearchIndex index;

  @BeforeEach
  void indexSeeds() {
    index = SearchIndex.open(data);
    SeedArticles.load().forEach(index::index);
    index.commit();
  }

  @AfterEach
  void close() {
    index.close();
  }

  private static String fuzzy(int n) {
    return IntStream.range(0, n).mapToObj(i -> WORDS[i % WORDS.length] + "~2").collect(Collectors.joining(" OR "));
  }

  @Test
  void fiveHundredFuzzyTermsAreRefusedAtOnceNamingTheLimit() {
    long started = System.nanoTime();
    assertThatThrownBy(() -> index.search(SearchQuery.of(fuzzy(500))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than 8 fuzzy, prefix, wildcard or regular-expression terms ('hírügynökség~' is one more)");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void moreWordsThanTheLimitAreRefusedAndAsManyAreAnswered() {
    String words = IntStream.range(0, 65).mapToObj(i -> "word" + i).collect(Collectors.joining(" OR "));
    assertThatThrownBy(() -> index.search(SearchQuery.of(words)))
        .hasMessage("the query has more than 64 words and phrases; search for fewer words at a time");
    String sixtyFour = IntStream.range(0, 63).mapToObj(i -> "word" + i).collect(Collectors.joining(" OR ")) + " OR NATO";
    assertThat(index.search(SearchQuery.of(sixtyFour)).hits()).isNotEmpty();
  }

  @Test
  void eightFuzzyTermsAreAnsweredAndStillFindMisspelledNames() {
    index.useLimits(QueryLimits.DEFAULT.withTimeBudget(Duration.ofMinutes(1))); // the test JVM runs the quick JIT only
    assertThat(index.search(SearchQuery.of(fuzzy(8))).hits()).isNotEmpty();
    assertThat(index.search(SearchQuery.of("Stoltenbreg~2")).hits()).extracting(Hit::id).containsExactlyInAnyOrder("003", "004");
  }

  @Test
  void aWordCountsOnceHoweverManyLanguageFieldsItIsSearchedIn() {
    index.useLimits(new QueryLimits(2, 1, 16, Duration.ofSeconds(5)));
    assertThat(index.search(SearchQuery.of("NATO Stoltenberg~1")).hits()).isNotEmpty();
    assertThatThrownBy(() -> index.search(SearchQuery.of("NATO Stoltenberg~1 Kyiv")))
        .hasMessageContaining("more than 2 words");
  }

  @Test
  void aQueryThatRunsOverItsTimeBudgetIsRefusedSayingSo() {
    index.useLimits(QueryLimits.DEFAULT.withTimeBudget(Duration.ofMillis(1)));
    assertThatThrownBy(() -> index.search(SearchQuery.of(fuzzy(8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ran over its time budget of 1 ms of processor time");
  }
}
